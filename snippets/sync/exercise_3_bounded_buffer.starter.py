"""Ограниченный буфер."""

# Задача. Реализуйте на Condition класс BoundedBuffer(capacity) с методами put(item) (ждёт, если
# буфер полон) и get() (ждёт, если пуст). Проверьте его на одном производителе и одном
# потребителе: все элементы должны прийти по порядку, а в буфере никогда не должно оказаться
# больше capacity элементов.

import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: deque[int] = deque()
        self.lock = threading.Lock()
        # Заведите на этой блокировке два условия (threading.Condition): «есть место» и «есть данные».
        ...
        self.largest = 0  # наибольший размер, который видели

    def put(self, item: int) -> None:
        # Дождитесь места, положите item, обновите largest и разбудите того, кто ждёт данных.
        ...

    def get(self) -> int:
        # Дождитесь данных, заберите первый элемент, разбудите того, кто ждёт места, и верните элемент.
        ...
        return -1


if __name__ == "__main__":
    buffer = BoundedBuffer(capacity=3)
    received: list[int] = []

    def produce() -> None:
        for n in range(20):
            buffer.put(n)

    def consume() -> None:
        for _ in range(20):
            received.append(buffer.get())

    threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"получено по порядку: {received == list(range(20))}")
    print(f"в буфере не бывало больше {buffer.capacity}: {buffer.largest <= buffer.capacity}")
