"""Проверьте себя: что напечатают потоки, если главный вызвал sys.exit(3)?"""

import sys
import threading

exiting = threading.Event()


def saver() -> None:
    exiting.wait()  # печатает после главного потока, поэтому print() безопасен
    print("обычный поток: данные сохранены")


def poller() -> None:
    try:
        threading.Event().wait()  # фоновый опрос, который сам не кончается
    finally:
        print("демон: опрос остановлен")


if __name__ == "__main__":
    threading.Thread(target=saver).start()
    threading.Thread(target=poller, daemon=True).start()
    print("главный поток: вызываю sys.exit(3)")
    exiting.set()
    sys.exit(3)
