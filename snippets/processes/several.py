"""Четыре процесса работают одновременно; главный ждёт каждый через join()."""

import sys
from multiprocessing import Process


def worker(num: int) -> None:
    # Одна запись на строку: строки разных процессов не склеятся.
    sys.stdout.write(f"Процесс {num} запущен\n")


if __name__ == "__main__":
    processes = []
    for i in range(4):
        p = Process(target=worker, args=(i,))
        p.start()
        processes.append(p)

    for p in processes:
        p.join()

    print("Все процессы завершены")
