"""Ошибка: run_all() возвращает список, не дождавшись потоков (нет join())."""

# check.py: дождитесь всех потоков (join())

import threading
import time


def slow_square(x: int) -> int:
    time.sleep(0.05)
    return x * x


def run_all(numbers: list[int]) -> list[int]:
    results = [0] * len(numbers)

    def work(i: int, x: int) -> None:
        results[i] = slow_square(x)

    for i, x in enumerate(numbers):
        threading.Thread(target=work, args=(i, x)).start()
    return results


if __name__ == "__main__":
    print(run_all([3, 1, 4, 1, 5, 9, 2, 6]))
