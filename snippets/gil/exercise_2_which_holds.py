"""Упражнение 2: держат ли GIL json.loads() и bz2.compress()? Проверяем паузами главного потока."""

import bz2
import json
import os
import threading
import time


def longest_pause(work) -> tuple[float, float]:
    """Тот же приём, что в release.py: длительность вызова и самая долгая пауза главного потока."""
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
    while not done.is_set():
        now = time.perf_counter()
        pause = max(pause, now - last)
        last = now
    t.join()
    return duration, pause


if __name__ == "__main__":
    document = "[" + ", ".join(['{"id": 1, "name": "user"}'] * 500_000) + "]"  # JSON на 13 МиБ
    payload = os.urandom(16 * 2**20)  # сжатие длится около секунды: паузы ОС много короче
    jobs = {
        "json.loads()": lambda: json.loads(document),
        "bz2.compress()": lambda: bz2.compress(payload),
    }
    for name, job in jobs.items():
        duration, pause = longest_pause(job)
        print(f"{name} держит GIL: {pause > duration / 2}")
