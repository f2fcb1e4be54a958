"""Ошибка: исключения из пула ждут от submit(), а result() не вызывают — ошибку никто не получает."""

# check.py: вызовите его и поймайте

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Process


def fail() -> None:
    raise ValueError("сбой")


if __name__ == "__main__":
    caught: list[str] = []
    threading.excepthook = lambda args: caught.append(repr(args.exc_value))
    t = threading.Thread(target=fail)
    t.start()
    t.join()
    print(f"Thread: join() вернулся без исключения, excepthook получил {', '.join(caught)}")

    error = None
    try:
        with ThreadPoolExecutor() as pool:
            pool.submit(fail)
    except ValueError as exc:
        error = exc
    print(f"ThreadPoolExecutor: result() выбросил {type(error).__name__}: {error}")

    p = Process(target=fail)
    p.start()
    p.join()
    print(f"Process: exitcode = {p.exitcode}, трассировку дочерний процесс напечатал в stderr")

    returncode, last_line = None, ""
    child = [sys.executable, "-c", "raise ValueError('сбой')"]
    try:
        subprocess.run(child, capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError as exc:
        returncode, last_line = exc.returncode, exc.stderr.splitlines()[-1]
    print(f"subprocess: CalledProcessError, returncode = {returncode}, в stderr: {last_line}")
