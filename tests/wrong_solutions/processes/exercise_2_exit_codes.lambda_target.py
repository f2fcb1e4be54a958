"""Ошибка: лямбда как target процесса — при spawn и forkserver её нельзя передать (pickle)."""

# check.py: лямбду, вложенную функцию

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

if __name__ == "__main__":
    for name, case in CASES.items():
        p = multiprocessing.Process(target=case)
        p.start()
        p.join()
        print(f"{name}: exitcode={p.exitcode}")
