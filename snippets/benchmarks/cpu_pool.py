"""Пул процессов раздаёт счётные задачи рабочим процессам: у каждого свой интерпретатор и свой GIL."""

import multiprocessing


def cpu_task(n: int) -> int:
    """Чистый счёт на Python: сумма квадратов остатков, без ввода-вывода."""
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 7)
    return total


def in_pool(func, args: list, workers: int) -> list:
    """Выполнить func(arg) для каждого аргумента в пуле из workers процессов; результаты по порядку."""
    with multiprocessing.Pool(workers) as pool:
        return pool.map(func, args, chunksize=1)


if __name__ == "__main__":
    tasks = [200_000] * 6
    results = in_pool(cpu_task, tasks, workers=2)
    print(f"Задач: {len(results)}, результаты совпадают: {results == [cpu_task(200_000)] * 6}")
