"""Примеры с Lock из конспекта: 100 потоков по 1 шагу, 5 потоков по 100 000."""

import threading

lock = threading.Lock()
counter = 0


def increment(steps: int) -> None:
    global counter
    for _ in range(steps):
        with lock:  # захватывает блокировку при входе и освобождает при выходе
            counter += 1


def run_threads(count: int, steps: int) -> int:
    """Запустить count потоков по steps увеличений; вернуть итог счётчика."""
    global counter
    counter = 0
    threads = []
    for _ in range(count):
        threads.append(threading.Thread(target=increment, args=(steps,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


if __name__ == "__main__":
    one, many = run_threads(100, 1), run_threads(5, 100_000)
    print(f"100 потоков, каждый увеличивает счётчик один раз: counter = {one}")
    print(f"5 потоков, каждый увеличивает его 100 000 раз: counter = {many}")
