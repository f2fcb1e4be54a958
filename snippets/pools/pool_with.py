"""Выход из with — это terminate(): задачи пропадают; close() и join() ждут."""

import time
from multiprocessing import Pool


def slow(seconds: float) -> str:
    time.sleep(seconds)
    return f"готово за {seconds} с"


if __name__ == "__main__":
    with Pool(2) as pool:
        lost = pool.apply_async(slow, (5,))
    # __exit__ уже вызвал terminate(): рабочие остановлены, задача не доделана.
    print(f"После with без ожидания: ready()={lost.ready()}")

    with Pool(2) as pool:
        kept = pool.apply_async(slow, (0.2,))
        pool.close()  # новых задач не будет
        pool.join()  # ждём, пока рабочие доделают уже отданные
    result = f"ready()={kept.ready()}, get()={kept.get()!r}"
    print(f"После close() и join(): {result}")
