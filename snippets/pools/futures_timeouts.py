"""Тайм-ауты result() и as_completed(): TimeoutError, а задача работает."""

import threading

# futures.TimeoutError: с 3.11 встроенный TimeoutError, в 3.10 — свой класс
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
            print("result(timeout=0.1): TimeoutError")
            print("  задача отменена:", late.cancelled())
        try:
            for future in futures.as_completed([quick, late], timeout=0.1):
                print("as_completed:", future.result())
        except futures.TimeoutError as exc:
            print("as_completed: TimeoutError:", exc)
        # Тайм-аут не отменил задачу: без gate.set() with ждал бы её вечно.
        gate.set()
    print("После with:", late.result())
