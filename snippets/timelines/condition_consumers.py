"""Condition: потребители спят в wait(), пока производитель не положит товар и не разбудит одного из них."""

import sys
import threading
import time
from collections import deque

items: deque[str] = deque()
ready = threading.Condition(threading.Lock())  # Lock вместо RLock по умолчанию: повторный захват не нужен
taken: list[str] = []


def consumer(name: str) -> None:
    with ready:
        # wait_for проверяет условие заново после каждого пробуждения.
        ready.wait_for(lambda: items)
        item = items.popleft()
    taken.append(item)
    sys.stdout.write(f"{name} получил {item}\n")


def producer() -> None:
    for number in range(1, 4):
        time.sleep(0.05)  # товар готовится какое-то время
        with ready:
            items.append(f"товар-{number}")
            ready.notify()  # будит одного из ждущих; какого — не гарантировано


if __name__ == "__main__":
    names = ["потребитель-A", "потребитель-B", "потребитель-C"]
    consumers = [threading.Thread(target=consumer, args=(n,), name=n) for n in names]
    for t in consumers:
        t.start()
    producer_thread = threading.Thread(target=producer, name="производитель")
    producer_thread.start()
    for t in [*consumers, producer_thread]:
        t.join()
    # Товар забирают под блокировкой условия: ни один не достаётся двоим и ни один не теряется.
    everything_once = sorted(taken) == ["товар-1", "товар-2", "товар-3"]
    print(f"Каждый товар достался ровно одному потребителю: {everything_once}")
