"""Программа конспекта «Несколько процессов»: в каком порядке процессы печатают, решает планировщик."""

import sys
from multiprocessing import Process


def worker(num):
    # Одна запись на строку, чтобы строки разных процессов не склеились.
    sys.stdout.write(f"Process {num} started\n")
    sys.stdout.flush()


if __name__ == "__main__":
    processes = []
    for i in range(4):
        p = Process(target=worker, args=(i,))
        p.start()
        processes.append(p)
    for p in processes:
        p.join()

    print("Все процессы завершены")
