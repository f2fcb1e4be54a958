"""Упражнение 2: join_all() ждёт потоки не дольше общего тайм-аута."""

import threading
import time


def join_all(threads: list[threading.Thread], timeout: float) -> list[str]:
    deadline = time.monotonic() + timeout
    for t in threads:
        # Тайм-аут общий: каждому следующему потоку достаётся остаток.
        t.join(max(0.0, deadline - time.monotonic()))
    # join() сам не говорит, дождался ли: спрашиваем is_alive().
    return [t.name for t in threads if t.is_alive()]


if __name__ == "__main__":
    stop = threading.Event()
    threads = [
        threading.Thread(target=stop.wait, name="ждёт сигнала"),
        threading.Thread(target=lambda: None, name="быстрый"),
    ]
    for t in threads:
        t.start()
    late = join_all(threads, timeout=0.3)
    print(f"не завершились за 0.3 с: {late}")
    stop.set()
    print(f"после сигнала: {join_all(threads, timeout=5)}")
