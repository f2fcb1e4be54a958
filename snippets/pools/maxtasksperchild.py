"""maxtasksperchild: рабочий процесс пула выполняет не больше N задач, а потом его заменяет новый."""

import multiprocessing
import os


def whoami(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)
    print("Без maxtasksperchild: 6 задач выполнили не больше 2 процессов:", len(set(pids)) <= 2)

    with multiprocessing.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)  # chunksize=1: одна задача — один элемент
    print("С maxtasksperchild=1: 6 задач выполнили разных процессов:", len(set(pids)))
