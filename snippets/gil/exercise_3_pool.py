"""Упражнение 3: 20 ожиданий по 0,25 с в пуле из 5 потоков: оценка и замер."""

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
    serial = TASKS * WAIT  # столько заняли бы ожидания одно за другим
    not_less, halved = elapsed >= lower, elapsed <= serial / 2
    print(f"заняло {elapsed:.2f} с; меньше {lower:.1f} с не бывает: {not_less}")
    print(f"быстрее последовательных {serial:.1f} с хотя бы вдвое: {halved}")
