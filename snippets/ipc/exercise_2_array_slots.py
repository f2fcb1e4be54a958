"""Решение упражнения 2: каждый процесс пишет частичную сумму в свою ячейку Array, блокировка не нужна."""

from multiprocessing import Array, Process

WORKERS = 4
N = 1_000_000


def partial_sum(slots, index: int) -> None:
    chunk = N // WORKERS
    start = index * chunk
    stop = N if index == WORKERS - 1 else start + chunk
    slots[index] = sum(range(start, stop))  # ячейку index пишет только этот процесс


if __name__ == "__main__":
    slots = Array("q", WORKERS, lock=False)  # "q" — 64-битное целое; ячейки не пересекаются
    workers = [Process(target=partial_sum, args=(slots, i)) for i in range(WORKERS)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print("Частичные суммы:", list(slots))
    print("Сумма:", sum(slots))
    print("Совпадает с sum(range(N)):", sum(slots) == sum(range(N)))
