"""CPU-bound: одна и та же работа последовательно, в двух потоках и в двух процессах."""

import multiprocessing
import os
import platform
import threading
import time

N = 6_000_000  # шагов счётчика в одной задаче
REPEATS = 3  # каждый вариант замеряем несколько раз и берём лучший результат


def count(n: int) -> None:
    while n:  # чистый Python: всё время, пока цикл идёт, поток держит GIL
        n -= 1


def sequential() -> None:
    count(N)
    count(N)


def in_threads() -> None:
    workers = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def in_processes() -> None:
    workers = [multiprocessing.Process(target=count, args=(N,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def measure(job) -> tuple[float, float]:
    """Реальное время и процессорное время этого процесса (все его потоки, без дочерних процессов)."""
    wall, cpu = time.perf_counter(), time.process_time()
    job()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    print(f"Машина: логических процессоров {os.cpu_count()}, Python {platform.python_version()}")
    count(N // 10)  # разогрев
    runs: dict[str, list[tuple[float, float]]] = {"seq": [], "thr": [], "proc": []}
    for _ in range(REPEATS):  # варианты чередуются, чтобы всплеск чужой нагрузки задел все
        runs["seq"].append(measure(sequential))
        runs["thr"].append(measure(in_threads))
        runs["proc"].append(measure(in_processes))
    (seq, seq_cpu), (thr, thr_cpu), proc = min(runs["seq"]), min(runs["thr"]), min(runs["proc"])[0]

    print(f"последовательно:   {seq:.2f} с, занято ядер: {seq_cpu / seq:.2f}")
    print(f"в двух потоках:    {thr:.2f} с, ускорение ×{seq / thr:.2f}, занято ядер: {thr_cpu / thr:.2f}")
    print(f"в двух процессах:  {proc:.2f} с, ускорение ×{seq / proc:.2f}")
    # Это верно, даже когда ядра заняты чужими программами: нагрузка может только уменьшить долю.
    print(f"потоки в среднем занимали больше одного ядра: {thr_cpu / thr > 1.3}")
