"""Частичные суммы в общем Array."""

# Задача. Посчитайте сумму чисел от 0 до 999 999 четырьмя процессами: каждый считает свою
# четверть и записывает результат в свою ячейку общего Array, созданного с lock=False. Почему
# здесь не нужна блокировка, хотя счётчик без блокировки терял обновления?

from multiprocessing import Array, Process

WORKERS = 4
N = 1_000_000


def partial_sum(slots, index: int) -> None:
    # Посчитайте сумму своей четверти range(N) (последняя доходит до N) и запишите её в slots[index].
    ...


if __name__ == "__main__":
    slots = [0] * WORKERS
    # Сделайте slots общим Array из WORKERS 64-битных целых (lock=False), запустите WORKERS
    # процессов partial_sum(slots, i) и дождитесь их.
    ...
    print("Частичные суммы:", list(slots))
    print("Сумма:", sum(slots))
    print("Совпадает с sum(range(N)):", sum(slots) == sum(range(N)))
