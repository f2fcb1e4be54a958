"""Semaphore(3): внутри одновременно не больше трёх потоков из шести."""

import sys
import threading
import time

LIMIT = 3
semaphore = threading.Semaphore(LIMIT)
state_lock = threading.Lock()  # защищает счётчик inside и порядок строк вывода
inside = 0
most = 0


def task(n: int) -> None:
    global inside, most
    with semaphore:
        with state_lock:
            inside += 1
            most = max(most, inside)
            sys.stdout.write(f"поток {n} вошёл, внутри {inside}\n")
        time.sleep(0.1)  # работа с ограниченным ресурсом
        with state_lock:
            inside -= 1
            sys.stdout.write(f"поток {n} вышел, внутри {inside}\n")


if __name__ == "__main__":
    threads = [threading.Thread(target=task, args=(n,)) for n in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"больше всего внутри одновременно: {most}")
    print(f"предел {LIMIT} не превышен: {most <= LIMIT}")
