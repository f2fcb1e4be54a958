"""Упражнение 2: exitcode при sys.exit() с разными аргументами и os._exit()."""

import multiprocessing
import os
import sys

CASES = {
    "sys.exit()": lambda: sys.exit(),
    "sys.exit(0)": lambda: sys.exit(0),
    "sys.exit(7)": lambda: sys.exit(7),
    "sys.exit('Нет файла настроек')": lambda: sys.exit("Нет файла настроек"),
    "os._exit(5)": lambda: os._exit(5),
    "return None": lambda: None,
}


def run_case(name: str) -> None:
    # Лямбду при spawn в процесс не передать (pickle её не сохраняет),
    # поэтому передаём имя случая.
    CASES[name]()


if __name__ == "__main__":
    for name in CASES:
        p = multiprocessing.Process(target=run_case, args=(name,))
        p.start()
        p.join()
        print(f"{name}: exitcode={p.exitcode}")
