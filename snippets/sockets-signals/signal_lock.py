"""Обработчик сигнала и блокировки: он ждёт сам себя, исключение из него оставляет блокировку взятой."""

import signal
import threading

lock = threading.Lock()
notes: list[str] = []  # сюда пишут обработчики; печатает основной код


class Stop(Exception):
    """Исключение, которое выбрасывает обработчик сигнала."""


class Guarded:
    """Контекстный менеджер с блокировкой, как в примере из документации модуля signal."""

    def __enter__(self):
        lock.acquire()
        # Сигнал пришёл здесь: блокировка уже взята, а __exit__ ещё не назначен.
        signal.raise_signal(signal.SIGINT)  # обработчик Python выполнится сразу после вызова
        return self

    def __exit__(self, *exc_info) -> None:
        lock.release()


def waiting_handler(signum: int, frame) -> None:
    # Обработчик выполняется в главном потоке, а блокировку держит прерванный код того же потока.
    notes.append(f"обработчик взял блокировку за 0,2 с: {lock.acquire(timeout=0.2)}")


def raising_handler(signum: int, frame) -> None:
    raise Stop("просьба остановиться")


def flag_handler(signum: int, frame) -> None:
    notes.append("обработчик только отметил сигнал")


if __name__ == "__main__":
    # SIGINT и raise_signal() есть и в Windows.
    signal.signal(signal.SIGINT, waiting_handler)
    with Guarded():
        print("1.", *notes)  # без тайм-аута обработчик ждал бы вечно

    signal.signal(signal.SIGINT, raising_handler)
    try:
        with Guarded():
            print("Тело with не выполнится")
    except Stop as exc:
        print("2. Обработчик выбросил Stop:", exc)
    print("   блокировка осталась взятой:", lock.locked())
    lock.release()  # вернуть как было, чтобы показать третий случай

    notes.clear()
    signal.signal(signal.SIGINT, flag_handler)
    with Guarded():
        print("3.", *notes)
    print("   блокировка свободна:", not lock.locked())
