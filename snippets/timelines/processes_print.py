"""Три процесса печатают свои строки: порядок строк между процессами задаёт планировщик ОС, а не программа."""

import multiprocessing
import sys


def report(name: str) -> None:
    for step in range(1, 3):
        # Одна запись на строку: строки разных процессов не склеятся.
        sys.stdout.write(f"{name}: шаг {step}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    processes = [multiprocessing.Process(target=report, args=(n,)) for n in ("A", "B", "C")]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("Все процессы завершились")
