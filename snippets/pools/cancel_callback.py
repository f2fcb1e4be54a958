"""cancel() отменяет только ждущую задачу; колбэк — когда задача готова."""

import sys
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor


def job(name: str, started: threading.Event, gate: threading.Event) -> str:
    started.set()
    gate.wait()  # задача держится, пока главный поток не откроет gate
    return f"{name}: готово"


def report(future) -> None:
    main = threading.current_thread() is threading.main_thread()
    where = "главный поток" if main else "поток пула"
    state = "отменена" if future.cancelled() else future.result()
    sys.stdout.write(f"  колбэк ({where}): {state}\n")  # пишет и поток пула


if __name__ == "__main__":
    started, gate = threading.Event(), threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(job, "первая", started, gate)
        # Рабочий поток один, поэтому вторая задача ждёт в очереди.
        second = pool.submit(job, "вторая", threading.Event(), gate)
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
