"""Ошибка: результаты добавляются в список по мере готовности — в порядке завершения, а не чисел."""

# check.py: каждый поток пишет в свою ячейку

import threading
import time


def slow_square(x: int) -> int:
    time.sleep(0.05)
    return x * x


def run_all(numbers: list[int]) -> list[int]:
    results: list[int] = []
    threads = [threading.Thread(target=lambda x=x: results.append(slow_square(x))) for x in numbers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


if __name__ == "__main__":
    print(run_all([3, 1, 4, 1, 5, 9, 2, 6]))
