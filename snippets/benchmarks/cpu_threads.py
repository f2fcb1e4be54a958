"""Счёт без ожиданий (CPU-bound) в двух потоках: из-за GIL потоки считают по очереди, а не одновременно."""

import threading


def cpu_task(n: int) -> int:
    """Чистый счёт на Python: сумма квадратов остатков, без ввода-вывода."""
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 7)
    return total


def in_threads(func, args: list) -> list:
    """Вызвать func(arg) для каждого аргумента в своём потоке и вернуть результаты по порядку."""
    results = [None] * len(args)

    def work(index: int) -> None:
        results[index] = func(args[index])

    threads = [threading.Thread(target=work, args=(i,), name=f"поток-{i + 1}") for i in range(len(args))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


if __name__ == "__main__":
    N = 1_000_000
    results = in_threads(cpu_task, [N, N])
    print(f"Результаты потоков: {results}")
    print(f"Совпадают с подсчётом в одном потоке: {results == [cpu_task(N)] * 2}")
