"""Простые числа в пуле."""

# Задача. Посчитайте простые числа меньше 100 000, разбив диапазон на четыре равных куска и
# раздав их пулу Pool через map(). Выведите число простых в каждом куске и сверьте сумму с
# подсчётом в одном процессе.

import math
from multiprocessing import Pool

LIMIT = 100_000
PARTS = 4


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


def count_primes(bounds: tuple[int, int]) -> int:
    # Верните, сколько простых чисел среди range(start, stop), где start, stop = bounds.
    ...
    return 0


if __name__ == "__main__":
    step = LIMIT // PARTS
    chunks = [(start, start + step) for start in range(0, LIMIT, step)]
    counts = [0] * PARTS
    # Раздайте куски chunks пулу процессов через map(); counts — число простых в каждом куске.
    ...
    for (start, stop), count in zip(chunks, counts, strict=True):
        print(f"[{start:>7}, {stop:>7}): {count}")
    print(f"Всего простых меньше {LIMIT}: {sum(counts)}")
    print(f"Совпадает с подсчётом в одном процессе: {sum(counts) == count_primes((0, LIMIT))}")
