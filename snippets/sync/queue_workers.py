"""queue.Queue: задания забирают два потребителя; None — метка конца."""

import queue
import sys
import threading

WORKERS = 2
STOP = None  # метка конца: по одной на каждого потребителя

# put() ждёт, если в очереди уже 3 задания.
tasks: queue.Queue[int | None] = queue.Queue(maxsize=3)
results: queue.Queue[tuple[int, int]] = queue.Queue()


def worker(name: str) -> None:
    while True:
        item = tasks.get()  # ждёт, пока очередь пуста
        try:
            if item is STOP:
                return
            results.put((item, item * item))
            sys.stdout.write(f"{name} обработал {item}\n")
        finally:
            tasks.task_done()  # на каждый get() — ровно один task_done()


if __name__ == "__main__":
    names = [f"потребитель {k}" for k in range(1, WORKERS + 1)]
    workers = [threading.Thread(target=worker, args=(n,)) for n in names]
    for w in workers:
        w.start()
    for n in range(1, 7):
        tasks.put(n)
    tasks.join()  # ждёт, пока на каждое задание не вызовут task_done()
    print("tasks.join(): все задания обработаны")

    for _ in workers:
        tasks.put(STOP)
    for w in workers:
        w.join()
    squares = sorted(results.get() for _ in range(results.qsize()))
    print(f"результаты: {squares}")
