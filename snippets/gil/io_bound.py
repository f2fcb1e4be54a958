"""I/O-bound: десять ожиданий последовательно и в десяти потоках."""

import os
import platform
import threading
import time

TASKS = 10
WAIT = 0.1  # секунды: так долго «отвечает сервер»


def fetch() -> None:
    # На время ожидания поток отпускает GIL, как при чтении из сокета или файла.
    time.sleep(WAIT)


def sequential() -> None:
    for _ in range(TASKS):
        fetch()


def in_threads() -> None:
    workers = [threading.Thread(target=fetch) for _ in range(TASKS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def measure(job) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


if __name__ == "__main__":
    version = platform.python_version()
    print(f"Машина: логических процессоров {os.cpu_count()}, Python {version}")
    seq = measure(sequential)
    thr = measure(in_threads)
    print(f"{TASKS} ожиданий по {WAIT} с")
    print(f"последовательно:      {seq:.2f} с")
    print(f"в {TASKS} потоках:         {thr:.2f} с, ускорение ×{seq / thr:.1f}")
    # sleep() не возвращается раньше срока: подряд — не меньше TASKS * WAIT.
    serial = TASKS * WAIT
    print(f"последовательно не быстрее {serial:.1f} с: {seq >= serial}")
    print(f"потоки справились хотя бы вдвое быстрее: {thr <= seq / 2}")
