"""Пул потоков и пул процессов."""

# Задача. Функция count_primes(limit) перебором делителей считает простые числа меньше limit и
# возвращает их число и PID своего процесса. Выполните её для 5 000, 10 000, 15 000 и 20 000 в
# ThreadPoolExecutor, а затем в ProcessPoolExecutor, заменив только имя класса. Что должно быть
# верно для функции, чтобы её можно было отправить в другой процесс?

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

LIMITS = [5_000, 10_000, 15_000, 20_000]


def count_primes(limit: int) -> tuple[int, int]:
    """Сколько простых чисел меньше limit (перебором делителей) и в каком процессе их считали."""
    # Посчитайте простые числа меньше limit перебором делителей; верните их число и os.getpid().
    ...
    return 0, os.getpid()


def run(executor_class) -> None:
    results: list[tuple[int, int]] = []
    # Выполните count_primes для каждого из LIMITS в пуле executor_class(max_workers=2); results —
    # в порядке LIMITS.
    ...
    counts = [count for count, _ in results]
    in_parent = all(pid == os.getpid() for _, pid in results)
    print(f"{executor_class.__name__}: {counts}, посчитано в процессе родителя: {in_parent}")


if __name__ == "__main__":
    run(ThreadPoolExecutor)
    run(ProcessPoolExecutor)  # то же самое: заменено одно имя
