"""counter.value += 1 у общего Value не атомарно: без блокировки обновления теряются, с get_lock() — нет."""

import time
from multiprocessing import Array, Barrier, Process, Value

WORKERS = 4
DURATION = 0.2  # секунды: так процессы наверняка работают одновременно...
MIN_STEPS = 50_000  # ...и каждый успевает сделать много увеличений, даже если машина занята


def add(counter, made, index: int, start, locked: bool) -> None:
    start.wait()  # все процессы начинают одновременно
    deadline = time.monotonic() + DURATION
    n = 0  # сколько увеличений сделал этот процесс: свой счёт, без гонок
    while n < MIN_STEPS or time.monotonic() < deadline:
        for _ in range(100):
            if locked:
                with counter.get_lock():  # блокировка, встроенная в Value
                    counter.value += 1
            else:
                counter.value += 1  # чтение и запись — две отдельные операции
        n += 100
    made[index] = n  # у каждого процесса своя ячейка


def run(locked: bool) -> tuple[int, int]:
    counter = Value("i", 0)
    made = Array("i", WORKERS, lock=False)
    start = Barrier(WORKERS)
    workers = [Process(target=add, args=(counter, made, i, start, locked)) for i in range(WORKERS)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    return sum(made), counter.value


if __name__ == "__main__":
    made, value = run(locked=False)
    print(f"Без блокировки: сделано увеличений {made}, в счётчике {value}")
    print(f"Часть обновлений потеряна: {value < made}")
    made, value = run(locked=True)
    print(f"С get_lock():   сделано увеличений {made}, в счётчике {value}")
    print(f"Потерь нет: {value == made}")
