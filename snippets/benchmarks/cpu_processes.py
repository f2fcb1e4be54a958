"""Счёт без ожиданий (CPU-bound) в двух процессах: у каждого процесса свой GIL, и они считают одновременно."""

import multiprocessing


def cpu_task(n: int) -> int:
    """Чистый счёт на Python: сумма квадратов остатков, без ввода-вывода."""
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 7)
    return total


def _work(func, arg, index: int, results) -> None:
    results.put((index, func(arg)))


def in_processes(func, args: list) -> list:
    """Вызвать func(arg) для каждого аргумента в своём процессе и вернуть результаты по порядку."""
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=_work, args=(func, arg, index, results))
        for index, arg in enumerate(args)
    ]
    for p in processes:
        p.start()
    # Сначала забрать результаты, потом join(): процесс, чьи данные в очереди никто не прочитал,
    # может не завершиться.
    collected = dict(results.get() for _ in processes)
    for p in processes:
        p.join()
    return [collected[i] for i in range(len(args))]


if __name__ == "__main__":
    N = 1_000_000
    results = in_processes(cpu_task, [N, N])
    print(f"Результаты процессов: {results}")
    print(f"Совпадают с подсчётом в одном процессе: {results == [cpu_task(N)] * 2}")
