"""Barrier(3): каждый ждёт у барьера, пока не подойдут все трое."""

import sys
import threading
import time


def all_arrived() -> None:
    # action выполняет один из потоков: после прихода последнего
    # и до того, как барьер отпустит всех.
    sys.stdout.write("все трое у барьера\n")


barrier = threading.Barrier(3, action=all_arrived)
indices: list[int] = []


def runner(name: str, prep: float) -> None:
    time.sleep(prep)  # подготовка разной длины
    sys.stdout.write(f"{name}: готов, жду у барьера\n")
    index = barrier.wait()  # у каждого потока своё число от 0 до parties - 1
    indices.append(index)
    sys.stdout.write(f"{name}: прошёл барьер\n")


if __name__ == "__main__":
    threads = [
        threading.Thread(target=runner, args=(name, prep))
        for name, prep in (("бегун 1", 0.0), ("бегун 2", 0.1), ("бегун 3", 0.2))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"wait() вернул индексы: {sorted(indices)}")
