"""Обработчики сигналов ставятся и выполняются только в главном потоке, даже если сигнал пришёл из другого."""

import signal
import threading
import time

handled_in: list[str] = []


def handler(signum: int, frame) -> None:
    handled_in.append(threading.current_thread().name)  # только отметка: блокировок не берёт


def worker() -> None:
    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError as exc:
        print("Поток Worker: signal.signal() ->", f"ValueError: {exc}")
    signal.raise_signal(signal.SIGINT)  # послать сигнал своему процессу из этого потока


if __name__ == "__main__":
    signal.signal(signal.SIGINT, handler)  # в главном потоке — можно
    t = threading.Thread(target=worker, name="Worker")
    t.start()
    t.join()
    # Обработчик выполнится, когда главный поток вернётся к байт-коду Python;
    # ждём его отметку короткими паузами, не дольше 5 секунд.
    deadline = time.monotonic() + 5
    while not handled_in and time.monotonic() < deadline:
        time.sleep(0.01)
    print("Обработчик выполнился в потоке:", handled_in)
