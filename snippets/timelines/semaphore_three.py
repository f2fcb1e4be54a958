"""Semaphore(3) впускает в участок кода не больше трёх потоков сразу."""

import sys
import threading
import time

slots = threading.Semaphore(3)
inside = 0
most_inside = 0
counter_lock = threading.Lock()


def task(number: int) -> None:
    global inside, most_inside
    with slots:
        with counter_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        sys.stdout.write(f"поток {number} вошёл\n")
        time.sleep(0.2)  # работа с ресурсом, который выдерживает троих
        with counter_lock:
            inside -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=task, args=(n,), name=f"поток-{n}") for n in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"Больше всего потоков внутри одновременно: {most_inside}")
