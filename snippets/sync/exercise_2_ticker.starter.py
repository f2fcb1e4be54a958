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
    ticks = 0
    third = threading.Event()

    def tick() -> None:
        global ticks
        ticks += 1  # вызывается только из потока таймера
        if ticks == 3:
            third.set()

    ticker = Ticker(0.05, tick)
    ticker.start()
    third.wait(timeout=5)  # дождаться третьего вызова (не дольше 5 с, если таймер не работает)
    ticker.stop()
    ticker.join()
    print(f"вызовов не меньше трёх: {ticks >= 3}")

    slow = Ticker(10.0, tick)  # первый вызов был бы только через 10 секунд
    started = time.perf_counter()
    slow.start()
    slow.stop()
    slow.join()
    print(f"stop() прервал ожидание, не дожидаясь 10 секунд: {time.perf_counter() - started < 5}")
