"""Ошибка: в пул передана лямбда — в рабочий процесс её не передать (pickle)."""

# check.py: Объявите функцию на верхнем уровне файла

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

LIMITS = [5_000, 10_000, 15_000, 20_000]


def count_primes(limit: int) -> tuple[int, int]:
    """Сколько простых чисел меньше limit (перебором делителей) и в каком процессе их считали."""
    count = sum(1 for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1)))
    return count, os.getpid()


def run(executor_class) -> None:
    with executor_class(max_workers=2) as pool:
        results = list(pool.map(lambda limit: count_primes(limit), LIMITS))  # результаты в порядке LIMITS
    counts = [count for count, _ in results]
    in_parent = all(pid == os.getpid() for _, pid in results)
    print(f"{executor_class.__name__}: {counts}, посчитано в процессе родителя: {in_parent}")


if __name__ == "__main__":
    run(ThreadPoolExecutor)
    run(ProcessPoolExecutor)  # то же самое: заменено одно имя
