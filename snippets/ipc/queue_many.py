"""Несколько производителей и несколько потребителей работают с одной очередью заданий."""

import sys
from multiprocessing import Process, Queue

PRODUCERS = 3
CONSUMERS = 2
TASKS_EACH = 4
STOP = None


def producer(number: int, tasks: Queue) -> None:
    for k in range(TASKS_EACH):
        tasks.put(number * TASKS_EACH + k)  # задания 0..11, у каждого производителя свои


def consumer(name: str, tasks: Queue, results: Queue) -> None:
    while (n := tasks.get()) is not STOP:
        results.put((name, n, n * n))


if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    consumers = [
        Process(target=consumer, args=(f"потребитель-{i}", tasks, results)) for i in range(CONSUMERS)
    ]
    producers = [Process(target=producer, args=(i, tasks)) for i in range(PRODUCERS)]
    for p in consumers + producers:
        p.start()

    for p in producers:
        p.join()  # все задания уже в очереди...
    for _ in consumers:
        tasks.put(STOP)  # ...значит, метки конца встанут после них: по одной на потребителя

    total = PRODUCERS * TASKS_EACH
    done = [results.get() for _ in range(total)]  # сначала забрать результаты, потом join()
    for p in consumers:
        p.join()

    for i in range(CONSUMERS):
        name = f"потребитель-{i}"
        count = sum(1 for who, _, _ in done if who == name)
        sys.stdout.write(f"{name} обработал заданий: {count}\n")
    numbers = sorted(n for _, n, _ in done)
    sys.stdout.write(f"Каждое задание обработано ровно один раз: {numbers == list(range(total))}\n")
    sys.stdout.write(f"Сумма квадратов: {sum(sq for _, _, sq in done)}\n")
