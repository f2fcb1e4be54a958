"""Гонка, которая воспроизводится всегда: прочитать, подождать, записать."""

import threading
import time

THREADS = 5
STEPS = 200
counter = 0
start = threading.Barrier(THREADS)  # все потоки начинают одновременно


def increment() -> None:
    global counter
    start.wait()
    for _ in range(STEPS):
        value = counter  # прочитать
        # Любое ожидание, например ввод-вывод: пока поток спит, другие работают.
        time.sleep(0.0001)
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
