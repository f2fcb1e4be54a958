"""Сколько стоит запустить и дождаться потока и процесса с пустой функцией."""

import multiprocessing
import threading
import time

REPEATS = 30


def nothing() -> None:
    pass


def cost_ms(worker) -> float:
    started = time.perf_counter()
    worker.start()
    worker.join()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    thread_times, process_times = [], []
    # Замеры чередуются: помехи от других программ достаются обоим поровну.
    for _ in range(REPEATS):
        thread_times.append(cost_ms(threading.Thread(target=nothing)))
        process_times.append(cost_ms(multiprocessing.Process(target=nothing)))
    # Лучший из повторов: в нём меньше всего помех.
    thread_ms, process_ms = min(thread_times), min(process_times)
    best = f"start() + join() — лучшее из {REPEATS} раз"
    print(f"Поток:   {best} {thread_ms:.2f} мс")
    print(f"Процесс: {best} {process_ms:.2f} мс")
    print(f"Процесс дороже потока в {process_ms / thread_ms:.1f} раза")
    # Во сколько раз — зависит от машины и загрузки; неизменно само неравенство.
    print(f"Процесс дороже потока: {process_ms > thread_ms}")
