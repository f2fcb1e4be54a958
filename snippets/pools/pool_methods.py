"""starmap() — много аргументов, apply_async() — одна задача, chunksize."""

import os
from multiprocessing import Pool


def power(base: int, exp: int) -> int:
    return base**exp


def whose(item: int) -> tuple[int, int]:
    return item, os.getpid()  # какой процесс обработал элемент


if __name__ == "__main__":
    with Pool(2) as pool:
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))

        pending = pool.apply_async(power, (2, 10))  # сразу даёт AsyncResult
        print("apply_async:", pending.get(timeout=10))  # get() ждёт результат

        # chunksize=5: элементы уходят рабочим пачками по 5,
        # каждую пачку считает один процесс.
        pairs = pool.map(whose, range(10), chunksize=5)
        for start in (0, 5):
            pids = {pid for item, pid in pairs[start : start + 5]}
            one = len(pids) == 1
            print(f"Элементы {start}..{start + 4} считал один процесс: {one}")
