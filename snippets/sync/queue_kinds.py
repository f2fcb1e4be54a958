"""LifoQueue, PriorityQueue и SimpleQueue: в каком порядке они отдают данные."""

import itertools
import queue
import threading


def drain(q: "queue.Queue[object] | queue.SimpleQueue[object]") -> list[object]:
    items = []
    while True:
        try:
            items.append(q.get_nowait())
        except queue.Empty:
            return items


if __name__ == "__main__":
    fifo: queue.Queue[str] = queue.Queue()
    lifo: queue.LifoQueue[str] = queue.LifoQueue()
    for word in ("раз", "два", "три"):
        fifo.put(word)
        lifo.put(word)
    print(f"Queue (первым пришёл — первым ушёл): {drain(fifo)}")
    print(f"LifoQueue (последним пришёл — первым ушёл): {drain(lifo)}")

    # PriorityQueue отдаёт наименьший элемент. Номер из счётчика стоит вторым:
    # при равных приоритетах порядок — по времени добавления,
    # а сами задачи сравнивать не приходится.
    tasks: queue.PriorityQueue[tuple[int, int, str]] = queue.PriorityQueue()
    order = itertools.count()
    jobs = ((2, "отчёт"), (0, "авария"), (1, "письмо"), (0, "пожар"))
    for priority, name in jobs:
        tasks.put((priority, next(order), name))
    print(f"PriorityQueue: {[name for _, _, name in drain(tasks)]}")

    # SimpleQueue: без maxsize, task_done() и join(); put() никогда не ждёт.
    simple: queue.SimpleQueue[int] = queue.SimpleQueue()
    threads = [threading.Thread(target=simple.put, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    has_done = hasattr(simple, "task_done")
    print(f"SimpleQueue: {sorted(drain(simple))}, есть task_done(): {has_done}")
