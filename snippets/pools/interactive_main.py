"""Функцию из __main__ без файла (REPL, Jupyter, python -c) рабочий процесс spawn и forkserver не найдёт."""

import multiprocessing
import subprocess
import sys

# Так выглядит код, набранный в REPL или в ячейке Jupyter: функция живёт в __main__, файла у которого нет.
TYPED = """
import multiprocessing, sys
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(sys.argv[1])) as pool:
    try:
        print(list(pool.map(square, range(4), timeout=30)))
    except Exception as exc:
        print(type(exc).__name__)
"""

if __name__ == "__main__":
    for method in ("fork", "forkserver", "spawn"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # в Windows есть только spawn
        # python -c: у __main__ нет файла, как в REPL; рабочему нечего импортировать заново
        done = subprocess.run(
            [sys.executable, "-c", TYPED, method], capture_output=True, text=True, timeout=60, check=False
        )
        error = [line for line in done.stderr.splitlines() if line.startswith("AttributeError")]
        print(f"{method}: {done.stdout.strip()}", *error[:1], sep="\n  ")
