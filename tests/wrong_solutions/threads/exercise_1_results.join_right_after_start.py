"""Ошибка: join() сразу после start() в том же цикле — потоки работают по очереди."""

# check.py: сначала запустите все потоки, потом дождитесь каждого

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
        t = threading.Thread(target=work, args=(i, x))
        t.start()
        t.join()
    return results


if __name__ == "__main__":
    print(run_all([3, 1, 4, 1, 5, 9, 2, 6]))
