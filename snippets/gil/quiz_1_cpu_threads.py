"""Проверьте себя: сколько ядер займут два потока, считающих на Python?"""

import threading
import time

N = 3_000_000


def count(n: int) -> None:
    while n:
        n -= 1


if __name__ == "__main__":
    workers = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
    wall, cpu = time.perf_counter(), time.process_time()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    # Процессорное время процесса (все его потоки), делённое на реальное.
    cores = (time.process_time() - cpu) / (time.perf_counter() - wall)
    print(f"два потока в среднем заняли больше одного ядра: {cores > 1.3}")
