"""Цена прокси: каждое обращение к manager.Value — запрос к другому процессу, а Value — просто память."""

import time
from multiprocessing import Manager, Value

N = 1000
REPEATS = 3  # берём лучший из трёх замеров: так случайная пауза в системе не исказит результат


def measure(counter, lock) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        for _ in range(N):
            with lock:
                counter.value += 1
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    shared = Value("i", 0)
    with Manager() as manager:
        proxy = manager.Value("i", 0)
        proxy_lock = manager.Lock()  # у прокси нет get_lock(): блокировку тоже берём у менеджера
        fast = measure(shared, shared.get_lock())
        slow = measure(proxy, proxy_lock)
        print(f"Value:         {N} увеличений за {fast * 1000:.1f} мс")
        print(f"manager.Value: {N} увеличений за {slow * 1000:.1f} мс")
        print(f"Оба счётчика дошли до {N * REPEATS}: {shared.value == proxy.value == N * REPEATS}")
        print(f"Прокси медленнее хотя бы в 10 раз: {slow > 10 * fast}")
