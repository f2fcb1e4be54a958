"""Кто держит GIL: json.loads() и bz2.compress()."""

# Задача. Примените приём из release.py к json.loads() (разбор 13 МиБ JSON) и bz2.compress()
# (сжатие 16 МиБ): выполнить вызов в другом потоке и измерить самую долгую паузу главного
# потока, который всё это время крутится в цикле. Какая из функций держит GIL?

import bz2
import json
import os
import threading
import time


def longest_pause(work) -> tuple[float, float]:
    """Выполнить work() в другом потоке; вернуть длительность вызова и самую долгую паузу этого потока."""
    # Перенесите сюда приём из release.py.
    ...
    return 0.0, 0.0


if __name__ == "__main__":
    document = "[" + ", ".join(['{"id": 1, "name": "user"}'] * 500_000) + "]"  # JSON на 13 МиБ
    payload = os.urandom(16 * 2**20)  # сжатие длится около секунды: паузы ОС много короче
    jobs = {
        # Функции без аргументов: разбор document и сжатие payload.
        "json.loads()": ...,
        "bz2.compress()": ...,
    }
    for name, job in jobs.items():
        duration, pause = longest_pause(job)
        print(f"{name} держит GIL: {pause > duration / 2}")
