"""ThreadPoolExecutor: submit(), result(), исключения, map(), as_completed()."""

import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def slow_square(x: int, delay: float) -> int:
    time.sleep(delay)  # «медленный сервис»
    return x * x


def fail(x: int) -> int:
    raise ValueError(f"плохое значение {x}")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        # Задача ушла в пул, а submit() сразу вернул Future.
        future = pool.submit(slow_square, 7, 0.1)
        print(f"result() ждёт и возвращает: {future.result()}")

        bad = pool.submit(fail, 13)
        try:
            bad.result()  # исключение задачи выбрасывается здесь, у вызывающего
        except ValueError as exc:
            print(f"result() выбросил ValueError: {exc}")

        # Первая задача самая долгая, но map() отдаёт результаты
        # в порядке входных данных.
        delays = [0.3, 0.2, 0.1]
        print(f"map(): {list(pool.map(slow_square, [1, 2, 3], delays))}")

        # as_completed() выдаёт Future по мере готовности:
        # в порядке завершения, а не отправки.
        pairs = zip([1, 2, 3], delays, strict=True)
        futures = {pool.submit(slow_square, x, d): x for x, d in pairs}
        for done in as_completed(futures):
            line = f"as_completed(): готово {futures[done]} -> {done.result()}"
            sys.stdout.write(line + "\n")

    # Без max_workers пул берёт min(32, число процессоров + 4): потоки ждут
    # ввода-вывода. os.process_cpu_count() появилась в 3.13.
    cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1
    with ThreadPoolExecutor() as pool:
        # _max_workers — внутренний атрибут: читаем его только для сверки.
        workers = pool._max_workers
    print(f"процессоров: {cpus}, потоков в пуле по умолчанию: {workers}")
    print(f"это min(32, {cpus} + 4): {workers == min(32, cpus + 4)}")
    print(f"потоков после выхода из with: {threading.active_count()}")
