"""wait() возвращает пару множеств (done, not_done): по первой готовой задаче или по первому исключению."""

import threading
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor, wait


def job(name: str, gate: threading.Event | None = None) -> str:
    if gate is not None:
        gate.wait()  # эта задача ждёт, пока её отпустят
    if name == "сбой":
        raise ValueError("задача упала")
    return name


def label(futures, names: dict) -> list[str]:
    return sorted(names[f] for f in futures)


if __name__ == "__main__":
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=3) as pool:
        names = {pool.submit(job, "быстрая"): "быстрая", pool.submit(job, "долгая", gate): "долгая"}
        done, not_done = wait(names, return_when=FIRST_COMPLETED)
        print("FIRST_COMPLETED: готовы", label(done, names), "не готовы", label(not_done, names))

        names[pool.submit(job, "сбой")] = "сбой"
        done, not_done = wait(names, return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION: готовы", label(done, names), "не готовы", label(not_done, names))
        failed = next(f for f in done if f.exception() is not None)
        print("Исключение задачи:", repr(failed.exception()))
        gate.set()  # иначе выход из with ждал бы долгую задачу вечно
