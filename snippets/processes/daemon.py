"""Процесс-демон останавливают при выходе главного; обычного процесса главный дожидается и без join()."""

import multiprocessing
import time


def regular() -> None:
    time.sleep(0.3)
    print("Обычный процесс: доработал до конца")


def daemonic() -> None:
    time.sleep(10)  # до конца не доживёт: главный процесс остановит его при выходе
    print("Демон: доработал до конца")


if __name__ == "__main__":
    multiprocessing.Process(target=regular).start()
    # daemon задают до start(): аргументом daemon=True или атрибутом p.daemon = True.
    multiprocessing.Process(target=daemonic, daemon=True).start()
    print("Главный процесс: код закончился, join() не было")
