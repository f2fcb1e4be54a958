"""Результаты из нескольких процессов."""

# Задача. Запустите три процесса. Каждый считает сумму квадратов чисел своего диапазона
# (range(100), range(100, 200), range(200, 300)) и кладёт в общую очередь пару «номер процесса,
# сумма». Соберите результаты в родителе так, чтобы программа не могла зависнуть, выведите их по
# порядку номеров и сверьте общую сумму с подсчётом в одном процессе.

from multiprocessing import Process, Queue


def sum_of_squares(q: Queue, worker_id: int, numbers: range) -> None:
    # Положите в очередь q пару (worker_id, сумма квадратов чисел numbers).
    ...


if __name__ == "__main__":
    q = Queue()
    ranges = [range(100), range(100, 200), range(200, 300)]
    results: list[tuple[int, int]] = []
    # Запустите sum_of_squares(q, номер, диапазон) в своём процессе для каждого диапазона,
    # соберите пары из очереди в results и дождитесь процессов.
    ...

    for worker_id, total in sorted(results):
        print(f"Процесс {worker_id}: {total}")
    grand_total = sum(total for _, total in results)
    print(f"Всего: {grand_total}")
    print(f"Совпадает с подсчётом в одном процессе: {grand_total == sum(n * n for n in range(300))}")
