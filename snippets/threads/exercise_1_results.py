"""Упражнение 1: по потоку на число, результаты — в исходном порядке."""

import threading
import time


def slow_square(x: int) -> int:
    time.sleep(0.05)  # «медленный сервис»
    return x * x


def run_all(numbers: list[int]) -> list[int]:
    # У каждого потока своя ячейка: потоки не мешают друг другу.
    results = [0] * len(numbers)

    def work(i: int, x: int) -> None:
        results[i] = slow_square(x)

    jobs = enumerate(numbers)  # пары (индекс, число)
    threads = [threading.Thread(target=work, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # после join() результат потока уже записан
    return results


if __name__ == "__main__":
    print(run_all([3, 1, 4, 1, 5, 9, 2, 6]))
