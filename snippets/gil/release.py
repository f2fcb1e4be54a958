"""Кто держит GIL: пока sorted() работает, другие потоки стоят; hashlib и zlib их не задерживают."""

import hashlib
import os
import random
import threading
import time
import zlib


def during_call(work) -> tuple[float, float, float]:
    """Выполнить work() в другом потоке; вернуть длительность вызова, время процессора, которое занял вызов,
    и время процессора, которое за это время получил этот (главный) поток."""
    started, done = threading.Event(), threading.Event()
    call = {}

    def worker() -> None:
        started.set()
        wall, cpu = time.perf_counter(), time.thread_time()
        work()
        call["wall"], call["cpu"] = time.perf_counter() - wall, time.thread_time() - cpu
        done.set()

    t = threading.Thread(target=worker)
    t.start()
    started.wait()
    mine = time.thread_time()  # время процессора этого потока: растёт, только пока он выполняется
    while not done.is_set():  # этот поток всё время выполняет байт-код, и ему нужен GIL
        pass
    mine = time.thread_time() - mine
    t.join()
    return call["wall"], call["cpu"], mine


if __name__ == "__main__":
    numbers = [random.random() for _ in range(1_500_000)]
    zeros = bytes(256 * 2**20)
    noise = os.urandom(12 * 2**20)
    jobs = {
        "sorted()": lambda: sorted(numbers),
        "hashlib.sha256()": lambda: hashlib.sha256(zeros).digest(),
        "zlib.compress()": lambda: zlib.compress(noise),
    }
    for name, job in jobs.items():
        wall, cpu, mine = during_call(job)
        print(f"{name:17} вызов {wall:.2f} с (процессор {cpu:.2f} с), главный поток работал {mine:.2f} с")
        # Держит GIL: главный поток за время вызова почти не работал (меньше четверти того, что занял вызов).
        # Загрузка машины растягивает вызов, но не даёт главному потоку работать: он ждёт GIL, а не ядро.
        print(f"{name:17} держит GIL: {mine < cpu / 4}")
