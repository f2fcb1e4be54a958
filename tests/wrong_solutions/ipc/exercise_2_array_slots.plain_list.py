"""Ошибка: процессы пишут в обычный список — у каждого своя копия, родитель видит нули."""

# check.py: нужен общий multiprocessing.Array

from multiprocessing import Process

WORKERS = 4
N = 1_000_000


def partial_sum(slots, index: int) -> None:
    chunk = N // WORKERS
    start = index * chunk
    stop = N if index == WORKERS - 1 else start + chunk
    slots[index] = sum(range(start, stop))


if __name__ == "__main__":
    slots = [0] * WORKERS
    workers = [Process(target=partial_sum, args=(slots, i)) for i in range(WORKERS)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print("Частичные суммы:", list(slots))
    print("Сумма:", sum(slots))
    print("Совпадает с sum(range(N)):", sum(slots) == sum(range(N)))
