"""Рабочий погиб: ProcessPoolExecutor ломается, а Pool теряет задачу молча."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x: int) -> int:
    return x * x


def die(x: int) -> int:
    os._exit(1)  # процесс исчезает без исключения, как при kill -9


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(die, 1)
        try:
            future.result(timeout=60)
        except BrokenProcessPool:
            print("ProcessPoolExecutor: result() выбросил BrokenProcessPool")
        try:
            executor.submit(square, 2)
        except BrokenProcessPool:
            print("Новая задача тому же пулу: тоже BrokenProcessPool")

    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(die, (1,))
        try:
            result.get(timeout=2)  # без тайм-аута get() ждал бы вечно
        except multiprocessing.TimeoutError:
            print("Pool: за 2 с ни результата, ни исключения")
        # Вместо погибшего рабочего пул запустил новый: новые задачи идут.
        print("Pool: следующая задача выполнена:", pool.apply(square, (7,)))
