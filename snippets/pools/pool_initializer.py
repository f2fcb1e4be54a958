"""Lock и Queue не передать задаче пула аргументом; их передаёт initializer."""

import multiprocessing
import os

# У каждого рабочего свои глобальные переменные; их заполнит init_worker.
lock = None
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
            print("Lock аргументом задачи: RuntimeError:")
            print(f"  {exc}")
        try:
            pool.apply(put_into, (shared_events, 3))
        except RuntimeError as exc:
            print("Queue аргументом задачи: RuntimeError:")
            print(f"  {exc}")

    shared = (shared_lock, shared_events)
    pool = multiprocessing.Pool(2, initializer=init_worker, initargs=shared)
    print("Через initializer:", pool.map(square, range(5)))
    # close() и join(), а не with: ждём, пока оба рабочих выполнят initializer
    pool.close()
    pool.join()
    kinds = [shared_events.get(timeout=10)[0] for _ in range(2 + 5)]
    inits, tasks = kinds.count("init"), kinds.count("task")
    print(f"initializer выполнен раз: {inits} | задач: {tasks}")
