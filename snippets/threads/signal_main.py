"""Сигналы (POSIX): обработчик и KeyboardInterrupt срабатывают только в главном потоке."""

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
    say(f"обработчик {signal.Signals(signum).name} выполняется в потоке {threading.current_thread().name}")
    handled.set()


def sender() -> None:
    try:
        signal.signal(signal.SIGINT, on_signal)  # ставить обработчики может только главный поток
    except ValueError as exc:
        say(f"рабочий поток: ValueError: {exc}")
    armed.wait()  # главный поток уже внутри try и готов поймать KeyboardInterrupt
    say("рабочий поток: посылаю SIGINT своему процессу")
    os.kill(os.getpid(), signal.SIGINT)  # то же делает Ctrl+C в терминале


def wait_in_main(done: threading.Event) -> None:
    # Короткие паузы: ОС может доставить сигнал другому потоку, а Python вызывает обработчик,
    # когда главный поток в очередной раз выполняет байт-код.
    for _ in range(500):
        if done.is_set():
            return
        time.sleep(0.01)
    say("главный поток: сигнал так и не обработан")


if __name__ == "__main__":
    # 1. Стандартный обработчик SIGINT выбрасывает KeyboardInterrupt — в главном потоке.
    t = threading.Thread(target=sender, name="рабочий")
    try:
        t.start()
        armed.set()
        wait_in_main(threading.Event())  # KeyboardInterrupt прервёт ожидание в любой точке
    except KeyboardInterrupt:
        say(f"{threading.current_thread().name}: KeyboardInterrupt")
    t.join()

    # 2. Свой обработчик тоже выполняется в главном потоке, хотя сигнал послал рабочий.
    signal.signal(signal.SIGINT, on_signal)
    t = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT), name="рабочий")
    t.start()
    t.join()
    wait_in_main(handled)
