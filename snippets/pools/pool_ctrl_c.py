"""Ctrl+C, пока главный процесс ждёт пул: KeyboardInterrupt в главном, with завершает пул (Linux, macOS)."""

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
    # Ctrl+C в терминале получают все процессы группы, в том числе рабочие. Пусть решает главный.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow(x: int) -> int:
    started.put(x)
    time.sleep(30)  # столько ждать не придётся
    return x


def press_ctrl_c(queue) -> None:
    queue.get()  # задача уже выполняется, главный поток ждёт в map()
    os.kill(os.getpid(), signal.SIGINT)  # то, что делает Ctrl+C (только главному процессу)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("Пример для Linux и macOS: он посылает себе SIGINT через os.kill()")
        sys.exit()
    queue = multiprocessing.Queue()
    threading.Thread(target=press_ctrl_c, args=(queue,), daemon=True).start()
    begin = time.monotonic()
    try:
        with multiprocessing.Pool(2, initializer=init_worker, initargs=(queue,)) as pool:
            print("Результаты:", pool.map(slow, range(4)))
    except KeyboardInterrupt:
        print("KeyboardInterrupt в главном процессе; выход из with вызвал terminate()")
    print("Ждали меньше 30 с:", time.monotonic() - begin < 30)
