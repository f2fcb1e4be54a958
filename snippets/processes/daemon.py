"""Демона останавливают при выходе главного процесса, обычного — дожидаются."""

import multiprocessing
import sys
import time


def regular() -> None:
    time.sleep(0.3)
    # Одна запись на строку: строки разных процессов не склеятся.
    sys.stdout.write("Обычный процесс: доработал до конца\n")


def daemonic() -> None:
    time.sleep(10)  # не доживёт: главный процесс остановит его при выходе
    sys.stdout.write("Демон: доработал до конца\n")


if __name__ == "__main__":
    multiprocessing.Process(target=regular).start()
    # daemon задают до start(): аргументом daemon=True или p.daemon = True.
    multiprocessing.Process(target=daemonic, daemon=True).start()
    sys.stdout.write("Главный процесс: код закончился, join() не было\n")
