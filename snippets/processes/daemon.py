"""Процесс-демон останавливают при выходе главного; обычного процесса главный дожидается и без join()."""

import multiprocessing
import sys
import time


def regular() -> None:
    time.sleep(0.3)
    sys.stdout.write("Обычный процесс: доработал до конца\n")  # одна запись на строку


def daemonic() -> None:
    time.sleep(10)  # до конца не доживёт: главный процесс остановит его при выходе
    sys.stdout.write("Демон: доработал до конца\n")


if __name__ == "__main__":
    multiprocessing.Process(target=regular).start()
    # daemon задают до start(): аргументом daemon=True или атрибутом p.daemon = True.
    multiprocessing.Process(target=daemonic, daemon=True).start()
    sys.stdout.write("Главный процесс: код закончился, join() не было\n")
