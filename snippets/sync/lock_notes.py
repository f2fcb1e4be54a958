"""Оба примера с Lock из конспекта: 100 потоков по одному увеличению и 5 потоков по 100 000."""

import threading

lock = threading.Lock()
counter = 0


def increment(steps: int) -> None:
    global counter
    for _ in range(steps):
        with lock:  # захватывает блокировку при входе и освобождает при выходе
            counter += 1


def run_threads(count: int, steps: int) -> int:
    """Запустить count потоков, каждый делает steps увеличений; вернуть итог счётчика."""
    global counter
    counter = 0
    threads = [threading.Thread(target=increment, args=(steps,)) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


if __name__ == "__main__":
    print(f"100 потоков по 1 увеличению: counter = {run_threads(100, 1)}")
    print(f"5 потоков по 100 000 увеличений: counter = {run_threads(5, 100_000)}")
