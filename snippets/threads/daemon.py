"""Поток-демон не мешает программе завершиться и обрывается на полуслове."""

import threading
import time


def worker() -> None:
    try:
        for i in range(1, 1000):
            print(f"демон: шаг {i}", flush=True)
            time.sleep(0.1)
    finally:
        # При выходе интерпретатора демон просто останавливают: finally не выполнится.
        print("демон: уборка после себя")


if __name__ == "__main__":
    t = threading.Thread(target=worker, daemon=True)
    t.start()
    time.sleep(0.35)
    print(f"главный поток: выхожу, демон жив: {t.is_alive()}")
