"""Обработчики сигналов ставятся и выполняются только в главном потоке, даже если сигнал пришёл из другого."""

import signal
import threading

handled_in = []
done = threading.Event()


def handler(signum: int, frame) -> None:
    handled_in.append(threading.current_thread().name)
    done.set()


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
    # ждём короткими отрезками, чтобы это наверняка произошло.
    while not done.wait(timeout=0.05):
        pass
    print("Обработчик выполнился в потоке:", handled_in)
