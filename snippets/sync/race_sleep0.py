"""Гонка, которая воспроизводится всегда: прочитать, уступить процессор, записать."""

import threading
import time

THREADS = 5
STEPS = 1000
counter = 0
start = threading.Barrier(THREADS)  # все потоки начинают одновременно


def increment() -> None:
    global counter
    start.wait()
    for _ in range(STEPS):
        value = counter  # прочитать
        time.sleep(0)  # любой вызов, отпускающий GIL: ввод-вывод, ожидание, sleep
        counter = value + 1  # записать: чужие записи за это время пропадут


if __name__ == "__main__":
    threads = [threading.Thread(target=increment) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = THREADS * STEPS
    print(f"counter = {counter}, должно быть {total}")
    print(f"обновления потеряны: {counter < total}")
