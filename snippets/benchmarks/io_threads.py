"""Потоки, которые ждут ввода-вывода, ждут одновременно: четыре ожидания по 0,2 с — около 0,2 с, не 0,8."""

import sys
import threading
import time

DELAY = 0.2


def io_task(delay: float) -> float:
    """Ожидание ввода-вывода (здесь sleep вместо сети или диска); возвращает время ожидания."""
    time.sleep(delay)
    return delay


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
    started = time.perf_counter()
    results = in_threads(io_task, [DELAY] * 4)
    elapsed = time.perf_counter() - started
    sys.stdout.write(f"Ожиданий: {len(results)}, каждое по {DELAY} с\n")
    sequential = DELAY * len(results)  # столько заняли бы те же ожидания по очереди
    sys.stdout.write(f"Вместе заняли меньше, чем по очереди ({sequential:.1f} с): {elapsed < sequential}\n")
