"""Пул процессов: map() раздаёт элементы рабочим, результаты — по порядку."""

from multiprocessing import Pool


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    with Pool(4) as pool:
        results = pool.map(square, [1, 2, 3, 4, 5])
    print(results)
