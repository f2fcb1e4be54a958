"""Ctrl+C, пока главный процесс ждёт пул: решает главный (Linux, macOS)."""

import multiprocessing
import os
import signal
import sys
import threading
import time

started = None  # очередь «задача началась»; рабочие получают её в initializer


def init_worker(queue) -> None:
    global started
    started = queue
    # Ctrl+C получают все процессы группы, и рабочие тоже. Пусть решает главный.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow(x: int) -> int:
    started.put(os.getpid())
    time.sleep(30)  # столько ждать не придётся
    return x


def press_ctrl_c(queue, workers: int) -> None:
    # Ждём, пока все рабочие возьмут задачу: initializer у них уже выполнен.
    pids = [queue.get() for _ in range(workers)]
    # Ctrl+C в терминале шлёт SIGINT всем процессам группы: рабочим и нам.
    for pid in [*pids, os.getpid()]:
        os.kill(pid, signal.SIGINT)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("Пример для Linux и macOS: он посылает SIGINT через os.kill()")
        sys.exit()
    queue = multiprocessing.Queue()
    args = (queue, 2)
    threading.Thread(target=press_ctrl_c, args=args, daemon=True).start()
    pool = multiprocessing.Pool(2, initializer=init_worker, initargs=(queue,))
    begin = time.monotonic()
    try:
        with pool:
            print("Результаты:", pool.map(slow, range(4)))
    except KeyboardInterrupt:
        print("KeyboardInterrupt в главном процессе; with вызвал terminate()")
    print("Ждали меньше 30 с:", time.monotonic() - begin < 30)
