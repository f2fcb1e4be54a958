"""Обработчик SIGUSR1 и сигнал самому себе через os.kill (только Linux и macOS: в Windows нет SIGUSR1)."""

import os
import signal
import time

received: list[str] = []  # сюда обработчик записывает, какой сигнал пришёл


def handler(signum: int, frame) -> None:
    # Только отметка: ни Event.set(), ни Lock (обработчик может прервать главный поток, когда тот
    # сам держит эту блокировку), ни print() (прерванная запись в stdout даст RuntimeError).
    received.append(signal.Signals(signum).name)


def main() -> None:
    previous = signal.signal(signal.SIGUSR1, handler)  # signal() возвращает прежний обработчик
    print("Прежний обработчик — действие по умолчанию (SIG_DFL):", previous == signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGUSR1)  # другой процесс сделал бы то же самое с нашим PID
    # Ждём отметку обработчика (а не спим наугад): короткими паузами и не дольше 5 секунд.
    deadline = time.monotonic() + 5
    while not received and time.monotonic() < deadline:
        time.sleep(0.01)
    print("Обработчик отметил сигнал:", ", ".join(received))


if __name__ == "__main__":
    if hasattr(signal, "SIGUSR1"):
        main()
    else:
        print("Этот пример только для Linux и macOS: в Windows нет сигнала SIGUSR1")
