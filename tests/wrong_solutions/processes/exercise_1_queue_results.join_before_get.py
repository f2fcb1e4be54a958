"""Ошибка: join() до get() — процесс не завершается, пока его данные не прочитаны из очереди."""

# check.py: Сначала заберите все результаты

from multiprocessing import Process, Queue


def sum_of_squares(q: Queue, worker_id: int, numbers: range) -> None:
    q.put((worker_id, sum(n * n for n in numbers)))


if __name__ == "__main__":
    q = Queue()
    ranges = [range(100), range(100, 200), range(200, 300)]
    workers = [Process(target=sum_of_squares, args=(q, i, r)) for i, r in enumerate(ranges)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    results = sorted(q.get() for _ in workers)

    for worker_id, total in results:
        print(f"Процесс {worker_id}: {total}")
    grand_total = sum(total for _, total in results)
    print(f"Всего: {grand_total}")
    print(f"Совпадает с подсчётом в одном процессе: {grand_total == sum(n * n for n in range(300))}")
