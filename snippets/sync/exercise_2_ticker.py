"""Упражнение 2: повторяющийся таймер на Event; stop() действует сразу."""

import threading
import time


class Ticker(threading.Thread):
    def __init__(self, interval: float, function) -> None:
        super().__init__()
        self.interval = interval
        self.function = function
        self.stopped = threading.Event()

    def run(self) -> None:
        # wait() возвращает False по тайм-ауту (пора вызывать)
        # и True, как только вызван stop().
        while not self.stopped.wait(self.interval):
            self.function()

    def stop(self) -> None:
        self.stopped.set()


if __name__ == "__main__":
    calls = 0

    def tick() -> None:
        global calls
        calls += 1  # вызывается только из потока таймера
        if calls == 3:
            # Теперь wait() в run() вернёт True: четвёртого вызова не будет.
            ticker.stop()

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
