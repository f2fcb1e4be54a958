"""Ошибка: в pool.map() передана лямбда — её нельзя передать в рабочий процесс (pickle)."""

# check.py: Объявите функцию на верхнем уровне файла

import math
from multiprocessing import Pool

LIMIT = 100_000
PARTS = 4


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


def count_primes(bounds: tuple[int, int]) -> int:
    start, stop = bounds
    return sum(1 for n in range(start, stop) if is_prime(n))


if __name__ == "__main__":
    step = LIMIT // PARTS
    chunks = [(start, start + step) for start in range(0, LIMIT, step)]
    with Pool() as pool:  # по умолчанию рабочих столько, сколько ядер (os.cpu_count())
        counts = pool.map(lambda bounds: count_primes(bounds), chunks)
    for (start, stop), count in zip(chunks, counts, strict=True):
        print(f"[{start:>7}, {stop:>7}): {count}")
    print(f"Всего простых меньше {LIMIT}: {sum(counts)}")
    print(f"Совпадает с подсчётом в одном процессе: {sum(counts) == count_primes((0, LIMIT))}")
