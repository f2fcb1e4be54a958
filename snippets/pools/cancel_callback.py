"""cancel() отменяет только ждущую задачу; add_done_callback() зовёт функцию, когда задача завершена."""

import sys
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor


def job(name: str, started: threading.Event, gate: threading.Event) -> str:
    started.set()
    gate.wait()  # задача держится, пока главный поток не откроет gate
    return f"{name}: готово"


def report(future) -> None:
    where = "главный поток" if threading.current_thread() is threading.main_thread() else "поток пула"
    state = "отменена" if future.cancelled() else future.result()
    sys.stdout.write(f"  колбэк ({where}): {state}\n")  # строку пишет и поток пула


if __name__ == "__main__":
    started, gate = threading.Event(), threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(job, "первая", started, gate)
        second = pool.submit(job, "вторая", threading.Event(), gate)  # ждёт: рабочий поток один
        started.wait()  # первая уже выполняется
        for future in (first, second):
            future.add_done_callback(report)
        print("first.cancel():", first.cancel())
        print("second.cancel():", second.cancel())
        gate.set()
    try:
        second.result()
    except CancelledError:
        print("second.result(): CancelledError")
    print("first.result():", first.result())
