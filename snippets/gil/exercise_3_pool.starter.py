"""Пул потоков."""

# Задача. 20 «запросов» по 0,25 с выполняются в пуле из пяти потоков (ThreadPoolExecutor).
# Быстрее какого времени это не может закончиться? Проверьте замером.

import time
from concurrent.futures import ThreadPoolExecutor

TASKS, WORKERS, WAIT = 20, 5, 0.25


def fetch(i: int) -> int:
    time.sleep(WAIT)
    return i


def lower_bound() -> float:
    """Быстрее какого времени TASKS ожиданий по WAIT не закончатся, если одновременно идут WORKERS?"""
    ...
    return 0.0


if __name__ == "__main__":
    started = time.perf_counter()
    results: list[int] = []
    # Выполните fetch(i) для i от 0 до TASKS - 1 в пуле из WORKERS потоков; results — по порядку i.
    ...
    elapsed = time.perf_counter() - started
    lower = lower_bound()
    print(f"результаты по порядку: {results == list(range(TASKS))}")
    print(f"заняло {elapsed:.2f} с; меньше {lower:.1f} с не бывает: {elapsed >= lower}")
    print(f"быстрее последовательных {TASKS * WAIT:.1f} с хотя бы вдвое: {elapsed <= TASKS * WAIT / 2}")
