"""Queue.shutdown() (Python 3.13+): потребители выходят без меток конца."""

import queue
import sys
import threading


def worker(name: str, tasks: queue.Queue[int], done: "list[int]") -> None:
    while True:
        try:
            item = tasks.get()  # ждёт, пока очередь пуста и не закрыта
        except queue.ShutDown:  # очередь закрыта и пуста: работы не будет
            sys.stdout.write(f"{name}: очередь закрыта, выхожу\n")
            return
        done.append(item * item)
        tasks.task_done()


if __name__ == "__main__":
    if sys.version_info < (3, 13):
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        print(f"Queue.shutdown() появился в Python 3.13, здесь {here}")
        sys.exit(0)
    tasks: queue.Queue[int] = queue.Queue()
    done: list[int] = []
    workers = []
    for k in (1, 2):
        name = f"потребитель {k}"
        args = (name, tasks, done)
        workers.append(threading.Thread(target=worker, args=args))
    for w in workers:
        w.start()
    for n in range(1, 7):
        tasks.put(n)
    tasks.shutdown()  # новых заданий не будет; положенные потребители заберут
    try:
        tasks.put(7)
    except queue.ShutDown:
        # Потребители в это время тоже печатают: одна запись на строку.
        sys.stdout.write("put() после shutdown(): queue.ShutDown\n")
    for w in workers:
        w.join()
    print(f"обработано: {sorted(done)}")

    # shutdown(immediate=True) отбрасывает то, что ещё лежит в очереди.
    rest: queue.Queue[int] = queue.Queue()
    for n in range(3):
        rest.put(n)
    rest.shutdown(immediate=True)
    left = rest.qsize()
    print(f"после shutdown(immediate=True): в очереди {left}", end="")
    print(", get() -> ", end="")
    try:
        rest.get()
    except queue.ShutDown:
        print("queue.ShutDown")
