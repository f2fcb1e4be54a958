"""wait() возвращает множества (done, not_done): по первой готовой или сбою."""

import threading
from concurrent import futures


def job(name: str, gate: threading.Event | None = None) -> str:
    if gate is not None:
        gate.wait()  # эта задача ждёт, пока её отпустят
    if name == "сбой":
        raise ValueError("задача упала")
    return name


def report(names: dict, when: str) -> set:
    done, not_done = futures.wait(names, return_when=when)
    ready = sorted(names[f] for f in done)
    waiting = sorted(names[f] for f in not_done)
    print(f"{when}: готовы {ready}, не готовы {waiting}")
    return done


if __name__ == "__main__":
    gate = threading.Event()
    with futures.ThreadPoolExecutor(max_workers=3) as pool:
        names = {}  # Future -> имя задачи
        names[pool.submit(job, "быстрая")] = "быстрая"
        names[pool.submit(job, "долгая", gate)] = "долгая"
        report(names, futures.FIRST_COMPLETED)

        names[pool.submit(job, "сбой")] = "сбой"
        done = report(names, futures.FIRST_EXCEPTION)
        failed = next(f for f in done if f.exception() is not None)
        print("Исключение задачи:", repr(failed.exception()))
        gate.set()  # иначе выход из with ждал бы долгую задачу вечно
