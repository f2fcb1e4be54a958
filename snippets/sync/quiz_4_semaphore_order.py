"""Проверьте себя: в каком порядке четыре потока проходят Semaphore(2)?"""

import sys
import threading
import time

slots = threading.Semaphore(2)


def task(n: int) -> None:
    with slots:
        sys.stdout.write(f"поток {n} вошёл\n")
        time.sleep(0.05)  # держит место, пока остальные ждут


if __name__ == "__main__":
    threads = [threading.Thread(target=task, args=(n,)) for n in range(1, 5)]
    for t in threads:  # запускаются по порядку: 1, 2, 3, 4
        t.start()
    for t in threads:
        t.join()
