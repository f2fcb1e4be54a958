"""Упражнение 2: повторяющийся таймер на Event, который останавливается сразу по stop()."""

import threading
import time


class Ticker(threading.Thread):
    def __init__(self, interval: float, function) -> None:
        super().__init__()
        self.interval = interval
        self.function = function
        self.stopped = threading.Event()

    def run(self) -> None:
        # wait() возвращает False по тайм-ауту (пора вызывать) и True, как только вызван stop().
        while not self.stopped.wait(self.interval):
            self.function()

    def stop(self) -> None:
        self.stopped.set()


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
    third.wait()  # дождаться третьего вызова
    ticker.stop()
    ticker.join()
    print(f"вызовов не меньше трёх: {ticks >= 3}")

    slow = Ticker(10.0, tick)  # первый вызов был бы только через 10 секунд
    started = time.perf_counter()
    slow.start()
    slow.stop()
    slow.join()
    print(f"stop() прервал ожидание, не дожидаясь 10 секунд: {time.perf_counter() - started < 5}")
