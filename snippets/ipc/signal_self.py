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
    # Ждём событие от обработчика (а не спим наугад), короткими отрезками и не дольше 5 секунд.
    for _ in range(100):
        if received.wait(0.05):
            break
    print("Сигнал обработан:", received.is_set())


if __name__ == "__main__":
    if hasattr(signal, "SIGUSR1"):
        main()
    else:
        print("Этот пример только для Linux и macOS: в Windows нет сигнала SIGUSR1")
