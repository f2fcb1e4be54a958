"""Обработчик SIGUSR1 и сигнал самому себе через os.kill (только Linux и macOS: в Windows нет SIGUSR1)."""

import os
import signal
import threading

received = threading.Event()


def handler(signum: int, frame) -> None:
    print("Обработчик: получен сигнал", signal.Signals(signum).name)
    received.set()


def main() -> None:
    previous = signal.signal(signal.SIGUSR1, handler)  # signal() возвращает прежний обработчик
    print("Прежний обработчик — действие по умолчанию (SIG_DFL):", previous == signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGUSR1)  # другой процесс сделал бы то же самое с нашим PID
    # Ждём событие, а не спим: обработчик мог уже выполниться, а мог ещё нет.
    print("Сигнал обработан:", received.wait(timeout=5))


if __name__ == "__main__":
    if hasattr(signal, "SIGUSR1"):
        main()
    else:
        print("Этот пример только для Linux и macOS: в Windows нет сигнала SIGUSR1")
