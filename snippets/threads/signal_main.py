"""Сигналы (POSIX): обработчик и KeyboardInterrupt — только в главном потоке."""

import os
import signal
import sys
import threading
import time

armed = threading.Event()
handled = threading.Event()


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def on_signal(signum: int, frame: object) -> None:
    name = signal.Signals(signum).name
    where = threading.current_thread().name
    say(f"обработчик {name} выполняется в потоке {where}")
    handled.set()


def sender() -> None:
    try:
        # Ставить обработчики может только главный поток.
        signal.signal(signal.SIGINT, on_signal)
    except ValueError as exc:
        say(f"рабочий: ValueError: {exc}")
    armed.wait()  # главный поток уже в try и готов поймать KeyboardInterrupt
    say("рабочий: посылаю SIGINT своему процессу")
    os.kill(os.getpid(), signal.SIGINT)  # то же делает Ctrl+C в терминале


def wait_in_main(done: threading.Event) -> None:
    # Короткие паузы: ОС может доставить сигнал другому потоку, а Python
    # вызывает обработчик, когда главный поток снова выполняет байт-код.
    for _ in range(500):
        if done.is_set():
            return
        time.sleep(0.01)
    say("главный поток: сигнал так и не обработан")


if __name__ == "__main__":
    # 1. Стандартный обработчик SIGINT выбрасывает KeyboardInterrupt
    #    в главном потоке.
    t = threading.Thread(target=sender, name="рабочий")
    try:
        t.start()
        armed.set()
        wait_in_main(threading.Event())  # KeyboardInterrupt прервёт ожидание
    except KeyboardInterrupt:
        say(f"{threading.current_thread().name}: KeyboardInterrupt")
    t.join()

    # 2. Свой обработчик тоже выполняется в главном потоке,
    #    хотя сигнал послал рабочий.
    signal.signal(signal.SIGINT, on_signal)
    kill_args = (os.getpid(), signal.SIGINT)
    t = threading.Thread(target=os.kill, args=kill_args, name="рабочий")
    t.start()
    t.join()
    wait_in_main(handled)
