"""Родитель посылает сигналы дочернему процессу (только Linux и macOS: в Windows нет SIGUSR1)."""

import os
import signal
import sys
import threading
import time
from multiprocessing import Event, Process


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def wait_for(received: list[str], name: str, timeout: float = 10) -> bool:
    """Дождаться, пока обработчик отметит сигнал `name`: короткими паузами, не дольше timeout."""
    deadline = time.monotonic() + timeout
    while name not in received:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def child(ready, acked) -> None:
    received: list[str] = []

    def note(signum: int, frame) -> None:
        # Обработчик только записывает имя сигнала: ни блокировок (Event.set()), ни print().
        received.append(signal.Signals(signum).name)

    signal.signal(signal.SIGUSR1, note)
    signal.signal(signal.SIGTERM, note)
    ready.set()  # обработчики установлены, можно слать сигналы

    if wait_for(received, "SIGUSR1"):
        say("Дочерний процесс: получен SIGUSR1")
        acked.set()
    if wait_for(received, "SIGTERM"):
        say("Дочерний процесс: получен SIGTERM, закрываю ресурсы и выхожу сам")


def idle(ready) -> None:
    ready.set()
    threading.Event().wait(timeout=10)  # просто ждёт; обработчика SIGTERM нет


def main() -> None:
    ready, acked = Event(), Event()
    p = Process(target=child, args=(ready, acked))
    p.start()
    ready.wait()  # без этого сигнал мог бы прийти раньше, чем дочерний процесс установит обработчики
    os.kill(p.pid, signal.SIGUSR1)
    acked.wait()
    say("Родитель: дочерний процесс подтвердил SIGUSR1, посылаю SIGTERM")
    os.kill(p.pid, signal.SIGTERM)
    p.join()
    say(f"Родитель: exitcode дочернего процесса с обработчиком SIGTERM: {p.exitcode}")

    ready = Event()
    q = Process(target=idle, args=(ready,))
    q.start()
    ready.wait()
    q.terminate()  # в Linux и macOS это SIGTERM
    q.join()
    say(f"Родитель: exitcode дочернего процесса без обработчика: {q.exitcode} (минус номер сигнала SIGTERM)")


if __name__ == "__main__":
    if hasattr(signal, "SIGUSR1"):
        main()
    else:
        print("Этот пример только для Linux и macOS: в Windows нет сигнала SIGUSR1")
