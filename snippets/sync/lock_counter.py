"""Та же гонка, исправленная блокировкой: чтение и запись под одним Lock."""

import threading
import time

THREADS = 5
STEPS = 200
counter = 0
lock = threading.Lock()
start = threading.Barrier(THREADS)


def increment() -> None:
    global counter
    start.wait()
    for _ in range(STEPS):
        with lock:  # захват при входе, освобождение при выходе, даже по ошибке
            value = counter
            time.sleep(0.0001)  # GIL отпущен, но другие потоки ждут у lock
            counter = value + 1


if __name__ == "__main__":
    threads = [threading.Thread(target=increment) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"counter = {counter}, должно быть {THREADS * STEPS}")
