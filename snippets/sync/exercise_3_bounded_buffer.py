"""Упражнение 3: буфер на Condition — put() ждёт места, get() ждёт данных."""

import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: deque[int] = deque()
        self.lock = threading.Lock()
        # Два условия на одном Lock: «есть место» и «есть данные».
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.largest = 0  # наибольший размер, который видели

    def put(self, item: int) -> None:
        with self.not_full:
            self.not_full.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.largest = max(self.largest, len(self.items))
            self.not_empty.notify()

    def get(self) -> int:
        with self.not_empty:
            self.not_empty.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.not_full.notify()
            return item


if __name__ == "__main__":
    buffer = BoundedBuffer(capacity=3)
    received: list[int] = []

    def produce() -> None:
        for n in range(20):
            buffer.put(n)

    def consume() -> None:
        for _ in range(20):
            received.append(buffer.get())

    threads = [threading.Thread(target=f) for f in (produce, consume)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"получено по порядку: {received == list(range(20))}")
    within = buffer.largest <= buffer.capacity
    print(f"в буфере не бывало больше {buffer.capacity}: {within}")
