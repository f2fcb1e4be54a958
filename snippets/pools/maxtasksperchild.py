"""maxtasksperchild: рабочий выполняет N задач, затем его сменяет новый."""

import multiprocessing
import os


def whoami(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    # chunksize=1: одна задача — один элемент
    with multiprocessing.Pool(2) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)
    few = len(set(pids)) <= 2
    print("Без maxtasksperchild: процессов на 6 задач не больше 2:", few)

    with multiprocessing.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)
    print("С maxtasksperchild=1: разных процессов на 6 задач:", len(set(pids)))
