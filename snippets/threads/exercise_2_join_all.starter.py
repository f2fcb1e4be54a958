"""Общий тайм-аут."""

# Задача. Напишите join_all(threads, timeout): она ждёт все потоки, но в сумме не дольше
# timeout секунд, и возвращает имена потоков, которые за это время не завершились.
# Помните, что join() ничего не возвращает.

import threading
import time


def join_all(threads: list[threading.Thread], timeout: float) -> list[str]:
    # Дождитесь потоков не дольше timeout секунд на всех вместе; верните имена незавершившихся.
    ...
    return []


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
