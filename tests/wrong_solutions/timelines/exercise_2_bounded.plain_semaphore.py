"""Ошибка: обычный Semaphore — лишний release() проходит молча."""

# check.py: Нужен threading.BoundedSemaphore(2)

import sys
import threading
import time

slots = threading.Semaphore(2)
counter_lock = threading.Lock()
inside = peak = 0


def task(number: int) -> None:
    global inside, peak
    with slots:
        with counter_lock:
            inside += 1
            peak = max(peak, inside)
        sys.stdout.write(f"поток {number} внутри\n")
        time.sleep(0.05)
        with counter_lock:
            inside -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=task, args=(n,), name=f"поток-{n}") for n in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"Одновременно внутри было не больше двух: {peak <= 2}")
    try:
        slots.release()
    except ValueError as exc:
        print(f"Лишний release(): ValueError: {exc}")
