"""Проверьте себя: сколько займут четыре потока, каждый ждёт 0,25 с?"""

import threading
import time


def fetch() -> None:
    time.sleep(0.25)  # ожидание ответа: GIL на это время отпущен


if __name__ == "__main__":
    started = time.perf_counter()
    workers = [threading.Thread(target=fetch) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    print(f"четыре ожидания по 0.25 с заняли меньше 1 с: {elapsed < 1.0}")
