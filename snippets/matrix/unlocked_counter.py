"""Счётчик без блокировки: пять потоков делают counter += 1; теряются ли обновления, зависит от версии."""

import sys
import threading

THREADS = 5
counter = 0


def work(times: int) -> None:
    global counter
    for _ in range(times):
        counter += 1  # прочитать, прибавить, записать: три шага, между которыми может вклиниться другой поток


def run(times: int) -> None:
    global counter
    counter = 0
    threads = [threading.Thread(target=work, args=(times,)) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = THREADS * times
    sys.stdout.write(f"{THREADS} потоков × {times}: {counter} из {expected}, потеряно {expected - counter}\n")


if __name__ == "__main__":
    run(100_000)  # как в исходном конспекте
    run(1_000_000)  # в десять раз дольше: переключений потоков во время счёта больше
