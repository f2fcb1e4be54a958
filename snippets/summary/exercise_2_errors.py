"""Решение упражнения 2: как родитель узнаёт об ошибке в потоке, в процессе и во внешней программе."""

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Process


def fail() -> None:
    raise ValueError("сбой")


if __name__ == "__main__":
    caught = []
    threading.excepthook = lambda args: caught.append(repr(args.exc_value))  # вместо трассировки в stderr
    t = threading.Thread(target=fail)
    t.start()
    t.join()  # исключения здесь нет: оно осталось в потоке
    print(f"Thread: join() вернулся без исключения, excepthook получил {caught[0]}")

    with ThreadPoolExecutor() as pool:
        future = pool.submit(fail)
    try:
        future.result()  # пул сохранил исключение и выбрасывает его здесь, в родителе
    except ValueError as exc:
        print(f"ThreadPoolExecutor: result() выбросил ValueError: {exc}")

    p = Process(target=fail)
    p.start()
    p.join()
    print(f"Process: exitcode = {p.exitcode}, трассировку дочерний процесс напечатал в stderr")

    child = [sys.executable, "-c", "raise ValueError('сбой')"]
    try:
        subprocess.run(child, capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError as exc:
        last_line = exc.stderr.splitlines()[-1]  # последняя строка трассировки
        print(f"subprocess: CalledProcessError, returncode = {exc.returncode}, в stderr: {last_line}")
