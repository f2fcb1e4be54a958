"""Угадайте exitcode."""

# Задача. Предскажите exitcode процесса, функция которого делает sys.exit(), sys.exit(0),
# sys.exit(7), sys.exit("Нет файла настроек"), os._exit(5) или просто возвращается. Проверьте
# программой, которая запускает по процессу на каждый случай и печатает его exitcode.

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
    # Выполните случай CASES[name] (эта функция работает в дочернем процессе).
    ...


if __name__ == "__main__":
    for name in CASES:
        exitcode = None
        # Выполните run_case(name) в отдельном процессе, дождитесь его и запишите в exitcode его код.
        ...
        print(f"{name}: exitcode={exitcode}")
