"""Упражнение 2: прогресс задач пула через add_done_callback()."""

import sys
import threading
from concurrent.futures import ProcessPoolExecutor

TASKS = 10


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    finished = 0
    lock = threading.Lock()  # колбэки вызывают разные потоки родителя

    def progress(_future) -> None:
        global finished
        with lock:  # счёт и печать вместе: номера идут по порядку
            finished += 1
            sys.stdout.write(f"Готово {finished} из {TASKS}\n")

    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(square, n) for n in range(TASKS)]
        for future in futures:
            future.add_done_callback(progress)
    print("Сумма квадратов:", sum(f.result() for f in futures))
