"""Функцию из REPL или Jupyter рабочий при spawn и forkserver не найдёт."""

import multiprocessing
import subprocess
import sys

# Так выглядит код, набранный в REPL или в ячейке Jupyter: функция живёт
# в __main__, у которого нет файла.
TYPED = """
import multiprocessing, sys
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

ctx = multiprocessing.get_context(sys.argv[1])
with ProcessPoolExecutor(1, mp_context=ctx) as pool:
    try:
        print(list(pool.map(square, range(4), timeout=30)))
    except Exception as exc:
        print(type(exc).__name__)
"""

if __name__ == "__main__":
    for method in ("fork", "forkserver", "spawn"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # в Windows есть только spawn
        # python -c: у __main__ нет файла, как в REPL; импортировать нечего
        done = subprocess.run(
            [sys.executable, "-c", TYPED, method],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        print(f"{method}: {done.stdout.strip()}")
        for line in done.stderr.splitlines():
            if line.startswith("AttributeError"):
                print(f"  {line}")
                break  # одной строки достаточно: у рабочих она одинакова
