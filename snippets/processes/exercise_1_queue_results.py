"""Упражнение 1: три процесса кладут результаты в очередь, родитель собирает."""

from multiprocessing import Process, Queue


def sum_of_squares(q: Queue, worker_id: int, numbers: range) -> None:
    q.put((worker_id, sum(n * n for n in numbers)))


if __name__ == "__main__":
    q = Queue()
    ranges = [range(100), range(100, 200), range(200, 300)]
    workers = []
    for i, numbers in enumerate(ranges):
        workers.append(Process(target=sum_of_squares, args=(q, i, numbers)))
    for p in workers:
        p.start()

    # Ровно столько get(), сколько процессов, и до join().
    # Пары приходят в порядке готовности, поэтому их сортируем.
    results = sorted(q.get() for _ in workers)
    for p in workers:
        p.join()

    for worker_id, total in results:
        print(f"Процесс {worker_id}: {total}")
    grand_total = sum(total for _, total in results)
    print(f"Всего: {grand_total}")
    same = grand_total == sum(n * n for n in range(300))
    print(f"Совпадает с подсчётом в одном процессе: {same}")
