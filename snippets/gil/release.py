"""Кто держит GIL: пока sorted() работает, другие потоки стоят; hashlib и zlib их не задерживают."""

import hashlib
import os
import random
import threading
import time
import zlib


def longest_pause(work) -> tuple[float, float]:
    """Выполнить work() в другом потоке; вернуть длительность вызова и самую долгую паузу этого потока."""
    duration = 0.0
    done = threading.Event()

    def worker() -> None:
        nonlocal duration
        started = time.perf_counter()
        work()
        duration = time.perf_counter() - started
        done.set()

    pause = 0.0
    last = time.perf_counter()
    t = threading.Thread(target=worker)
    t.start()
    while not done.is_set():  # этот поток всё время выполняет байт-код, и ему нужен GIL
        now = time.perf_counter()
        pause = max(pause, now - last)
        last = now
    t.join()
    return duration, pause


if __name__ == "__main__":
    numbers = [random.random() for _ in range(1_500_000)]
    # Вызовы, отпускающие GIL, длятся около секунды: так граница (половина вызова) далеко от пауз,
    # которые даёт планировщик ОС на занятой машине (до десятков миллисекунд).
    zeros = bytes(512 * 2**20)
    noise = os.urandom(24 * 2**20)
    jobs = {
        "sorted()": lambda: sorted(numbers),
        "hashlib.sha256()": lambda: hashlib.sha256(zeros).digest(),
        "zlib.compress()": lambda: zlib.compress(noise),
    }
    for name, job in jobs.items():
        duration, pause = longest_pause(job)
        # Держит GIL: главный поток простоял больше половины вызова.
        print(f"{name:17} вызов {duration:.2f} с, главный поток замирал до {pause:.3f} с")
        print(f"{name:17} держит GIL: {pause > duration / 2}")
