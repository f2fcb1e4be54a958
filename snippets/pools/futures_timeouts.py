"""Тайм-ауты result(timeout) и as_completed(timeout): TimeoutError у ждущего, а задача продолжает работать."""

import threading

# futures.TimeoutError: с 3.11 это встроенный TimeoutError, в 3.10 — отдельный класс
from concurrent import futures


def fast() -> str:
    return "быстрая: готово"


def slow(gate: threading.Event) -> str:
    gate.wait()
    return "медленная: готово"


if __name__ == "__main__":
    gate = threading.Event()
    with futures.ThreadPoolExecutor(max_workers=2) as pool:
        quick, late = pool.submit(fast), pool.submit(slow, gate)
        futures.wait([quick])  # быстрая готова: дальше её не ждём
        try:
            late.result(timeout=0.1)
        except futures.TimeoutError:
            print("result(timeout=0.1): TimeoutError; задача отменена:", late.cancelled())
        try:
            for future in futures.as_completed([quick, late], timeout=0.1):
                print("as_completed:", future.result())
        except futures.TimeoutError as exc:
            print("as_completed: TimeoutError:", exc)
        gate.set()  # тайм-аут не отменил задачу: без этого выход из with ждал бы её вечно
    print("После with:", late.result())
