"""Упражнение 3: 20 ожиданий по 0.25 с в пуле из 5 потоков: оценка снизу и замер."""

import time
from concurrent.futures import ThreadPoolExecutor

TASKS, WORKERS, WAIT = 20, 5, 0.25


def fetch(i: int) -> int:
    time.sleep(WAIT)
    return i


if __name__ == "__main__":
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(fetch, range(TASKS)))
    elapsed = time.perf_counter() - started
    lower = TASKS / WORKERS * WAIT  # одновременно ждут не больше WORKERS задач
    print(f"результаты по порядку: {results == list(range(TASKS))}")
    print(f"заняло {elapsed:.2f} с; меньше {lower:.1f} с не бывает: {elapsed >= lower}")
    print(f"быстрее последовательных {TASKS * WAIT:.1f} с хотя бы вдвое: {elapsed <= TASKS * WAIT / 2}")
