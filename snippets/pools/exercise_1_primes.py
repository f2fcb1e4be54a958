"""Упражнение 1: простые числа до 100 000 по кускам в пуле процессов."""

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
    with Pool() as pool:  # рабочих столько, сколько CPU доступно процессу
        counts = pool.map(count_primes, chunks)
    for (start, stop), count in zip(chunks, counts, strict=True):
        print(f"[{start:>7}, {stop:>7}): {count}")
    print(f"Всего простых меньше {LIMIT}: {sum(counts)}")
    same = sum(counts) == count_primes((0, LIMIT))
    print(f"Совпадает с подсчётом в одном процессе: {same}")
