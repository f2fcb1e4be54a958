"""Блокировку и очередь нельзя передать задаче пула аргументом; рабочие получают их в initializer."""

import multiprocessing
import os

lock = None  # у каждого рабочего своя глобальная переменная; её заполнит init_worker
events = None


def init_worker(shared_lock, shared_events) -> None:
    """Выполняется один раз в каждом рабочем процессе, до первой задачи."""
    global lock, events
    lock, events = shared_lock, shared_events
    events.put(("init", os.getpid()))


def square(x: int) -> int:
    with lock:  # блокировка, общая для всех рабочих
        events.put(("task", x))
    return x * x


def square_with_lock(shared_lock, x: int) -> int:
    with shared_lock:
        return x * x


def put_into(queue, x: int) -> None:
    queue.put(x)


if __name__ == "__main__":
    shared_lock = multiprocessing.Lock()
    shared_events = multiprocessing.Queue()

    with multiprocessing.Pool(2) as pool:
        try:
            pool.apply(square_with_lock, (shared_lock, 3))
        except RuntimeError as exc:
            print("Lock аргументом задачи: RuntimeError:", exc)
        try:
            pool.apply(put_into, (shared_events, 3))
        except RuntimeError as exc:
            print("Queue аргументом задачи: RuntimeError:", exc)

    pool = multiprocessing.Pool(2, initializer=init_worker, initargs=(shared_lock, shared_events))
    print("Через initializer:", pool.map(square, range(5)))
    pool.close()  # close() + join(), а не with: дождаться, пока оба рабочих выполнят initializer
    pool.join()
    kinds = [shared_events.get(timeout=10)[0] for _ in range(2 + 5)]
    print("initializer выполнен раз:", kinds.count("init"), "| задач:", kinds.count("task"))
