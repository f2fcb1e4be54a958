"""Ctrl+C и ThreadPoolExecutor: KeyboardInterrupt получает главный поток, а задачи пула работают дальше."""

import signal
import threading
from concurrent.futures import ThreadPoolExecutor


def work(seconds: float, started: threading.Semaphore, stop: threading.Event) -> str:
    started.release()
    # Поток не прервать снаружи: задача сама проверяет, не пора ли остановиться.
    return "остановлена" if stop.wait(seconds) else "доделана"


def press_ctrl_c(started: threading.Semaphore) -> None:
    started.acquire()
    started.acquire()  # оба рабочих потока заняты, четыре задачи ждут в очереди
    signal.raise_signal(signal.SIGINT)  # то же, что Ctrl+C в терминале: KeyboardInterrupt здесь


def summary(futures) -> str:
    states = ["отменена" if f.cancelled() else f.result() for f in futures]
    return ", ".join(f"{state} {states.count(state)}" for state in dict.fromkeys(states))


if __name__ == "__main__":
    started, stop = threading.Semaphore(0), threading.Event()
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(work, 0.1, started, stop) for _ in range(6)]
            press_ctrl_c(started)
    except KeyboardInterrupt:
        # Выход из with сначала дождался всех задач, и только потом исключение пошло дальше.
        print("Без обработки: KeyboardInterrupt вышел из with, когда задачи:", summary(futures))

    started, stop = threading.Semaphore(0), threading.Event()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(work, 30, started, stop) for _ in range(6)]
        try:
            press_ctrl_c(started)
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)  # убрать задачи из очереди
            stop.set()  # попросить выполняемые закончить
    print("С обработкой: задачи:", summary(futures))
