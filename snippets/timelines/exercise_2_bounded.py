"""Решение: BoundedSemaphore(2) пускает не больше двух потоков и не даёт отпустить себя лишний раз."""

import sys
import threading
import time

slots = threading.BoundedSemaphore(2)
counter_lock = threading.Lock()
inside = peak = 0  # сколько потоков внутри сейчас и больше всего за всё время


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
        slots.release()  # лишний release: у обычного Semaphore счётчик молча вырос бы до 3
    except ValueError as exc:
        print(f"Лишний release(): ValueError: {exc}")
