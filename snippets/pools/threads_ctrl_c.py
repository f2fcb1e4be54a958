"""Ctrl+C и ThreadPoolExecutor: KeyboardInterrupt в главном, задачи работают."""

import signal
import threading
from concurrent.futures import ThreadPoolExecutor


def work(seconds: float, started, stop: threading.Event) -> str:
    started.release()
    # Поток не прервать снаружи: задача сама проверяет, не пора ли остановиться.
    return "остановлена" if stop.wait(seconds) else "доделана"


def press_ctrl_c(started: threading.Semaphore) -> None:
    started.acquire()
    started.acquire()  # оба рабочих потока заняты, четыре задачи ждут в очереди
    # То же, что Ctrl+C для этого процесса: KeyboardInterrupt в главном потоке.
    signal.raise_signal(signal.SIGINT)


def summary(futures) -> str:
    states = ["отменена" if f.cancelled() else f.result() for f in futures]
    kinds = dict.fromkeys(states)  # без повторов, в порядке появления
    return ", ".join(f"{state} {states.count(state)}" for state in kinds)


if __name__ == "__main__":
    started, stop = threading.Semaphore(0), threading.Event()
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(work, 0.1, started, stop) for _ in range(6)]
            press_ctrl_c(started)
    except KeyboardInterrupt:
        # Выход из with сначала дождался всех задач, и лишь потом
        # исключение пошло дальше.
        print("Без обработки: KeyboardInterrupt вышел из with, когда задачи:")
        print(f"  {summary(futures)}")

    started, stop = threading.Semaphore(0), threading.Event()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(work, 30, started, stop) for _ in range(6)]
        try:
            press_ctrl_c(started)
        except KeyboardInterrupt:
            # Убрать задачи из очереди и попросить выполняемые закончить.
            pool.shutdown(wait=False, cancel_futures=True)
            stop.set()
    print("С обработкой: задачи:")
    print(f"  {summary(futures)}")
