"""Barrier держит потоки, пока не подойдут все, и отпускает их вместе."""

import sys
import threading
import time

PARTIES = 4
barrier = threading.Barrier(PARTIES)
arrived: list[int] = []


def runner(number: int) -> None:
    time.sleep(0.05 * number)  # потоки готовятся разное время
    arrived.append(number)
    sys.stdout.write(f"поток {number} подошёл к барьеру\n")
    barrier.wait()
    # Сюда поток попадает, только когда у барьера собрались все PARTIES потоков.
    sys.stdout.write(f"поток {number} прошёл барьер, у барьера были: {len(arrived)}\n")


if __name__ == "__main__":
    threads = [threading.Thread(target=runner, args=(n,), name=f"поток-{n}") for n in range(1, PARTIES + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("Все потоки прошли барьер")
