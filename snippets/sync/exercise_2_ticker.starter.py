"""Повторяющийся таймер."""

# Задача. Timer срабатывает один раз. Напишите класс Ticker(interval, function) — поток, который
# вызывает function каждые interval секунд, пока не вызван stop(). stop() должен прерывать
# ожидание сразу, даже если интервал — 10 секунд.

import threading
import time


class Ticker(threading.Thread):
    def __init__(self, interval: float, function) -> None:
        super().__init__()
        self.interval = interval
        self.function = function
        # Заведите то, чем stop() прервёт ожидание.
        ...

    def run(self) -> None:
        # Вызывайте function каждые interval секунд, пока не вызван stop().
        ...

    def stop(self) -> None:
        # Остановите таймер, прервав ожидание сразу.
        ...


if __name__ == "__main__":
    calls = 0

    def tick() -> None:
        global calls
        calls += 1  # вызывается только из потока таймера
        if calls == 3:
            ticker.stop()  # после этого четвёртого вызова быть не должно

    ticker = Ticker(0.05, tick)
    ticker.start()
    ticker.join()
    print(f"вызовов: {calls}")

    slow = Ticker(10.0, tick)  # первый вызов был бы только через 10 секунд
    started = time.monotonic()
    slow.start()
    slow.stop()
    slow.join()
    print(f"остановлен быстрее 10 с: {time.monotonic() - started < 10}")
