"""Как родитель узнаёт об ошибке."""

# Задача. Одна и та же функция fail() выбрасывает ValueError("сбой"). Выполните её в
# threading.Thread, в ThreadPoolExecutor, в multiprocessing.Process, а тот же raise — в отдельной
# программе через subprocess.run(). Для каждого случая напечатайте, как об ошибке узнал родитель:
# через threading.excepthook, исключение из result(), exitcode или CalledProcessError.

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Process


def fail() -> None:
    raise ValueError("сбой")


if __name__ == "__main__":
    caught: list[str] = []
    threading.excepthook = lambda args: caught.append(repr(args.exc_value))  # вместо трассировки в stderr
    # 1. Выполните fail() в threading.Thread и дождитесь потока.
    ...
    print(f"Thread: join() вернулся без исключения, excepthook получил {', '.join(caught)}")

    error = None
    # 2. Отправьте fail() в ThreadPoolExecutor и запишите в error исключение, которое выбросит result().
    ...
    print(f"ThreadPoolExecutor: result() выбросил {type(error).__name__}: {error}")

    exitcode = None
    # 3. Выполните fail() в multiprocessing.Process, дождитесь процесса и запишите его exitcode.
    ...
    print(f"Process: exitcode = {exitcode}, трассировку дочерний процесс напечатал в stderr")

    returncode, last_line = None, ""
    # 4. Выполните raise ValueError('сбой') в отдельной программе: subprocess.run([sys.executable, "-c",
    # ...], capture_output=True, text=True, check=True); поймайте CalledProcessError и запишите его
    # returncode и последнюю строку его stderr.
    ...
    print(f"subprocess: CalledProcessError, returncode = {returncode}, в stderr: {last_line}")
