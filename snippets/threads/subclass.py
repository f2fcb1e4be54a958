"""Поток-подкласс: код потока в run(), результат в атрибуте объекта."""

import threading


class SumWorker(threading.Thread):
    def __init__(self, numbers: range) -> None:
        # Без этого вызова поток не запустится.
        super().__init__(name=f"сумма-{len(numbers)}")
        self.numbers = numbers
        self.result: int | None = None
        self.ran_in = ""

    def run(self) -> None:
        self.ran_in = threading.current_thread().name
        self.result = sum(self.numbers)


if __name__ == "__main__":
    workers = [SumWorker(range(n)) for n in (10, 100, 1000)]
    for w in workers:
        w.start()  # start() создаёт поток и вызывает в нём run()
    for w in workers:
        w.join()
    for w in workers:
        print(f"{w.name}: сумма {w.result}, run() выполнен в потоке {w.ran_in}")

    direct = SumWorker(range(5))
    direct.run()  # прямой вызов run() — обычный вызов метода, нового потока нет
    d = direct
    print(f"{d.name}: сумма {d.result}, run() выполнен в потоке {d.ran_in}")
