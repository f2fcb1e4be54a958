"""Выход из with вызывает terminate(): незавершённые задачи пула пропадают; close() и join() их дожидаются."""

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
    print(f"После close() и join(): ready()={kept.ready()}, get()={kept.get()!r}")
