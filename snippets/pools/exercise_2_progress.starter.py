"""Прогресс через колбэк."""

# Задача. Отдайте ProcessPoolExecutor с двумя рабочими десять задач: квадраты чисел от 0 до 9.
# Каждой задаче добавьте через add_done_callback() функцию, которая печатает «Готово k из 10»,
# где k — сколько задач завершено к этому моменту; строки должны идти с k от 1 до 10 по порядку.
# В конце напечатайте «Сумма квадратов: 285».

import sys
import threading
from concurrent.futures import ProcessPoolExecutor

TASKS = 10


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    finished = 0
    lock = threading.Lock()  # колбэки вызывают разные потоки родителя

    def progress(_future) -> None:
        # Увеличьте finished (global finished) и напечатайте f"Готово {finished} из {TASKS}\n" так,
        # чтобы номера шли по порядку, какой бы поток ни вызвал колбэк.
        ...

    futures = []
    # Отдайте ProcessPoolExecutor(max_workers=2) задачи square(n) для n от 0 до TASKS - 1 (futures —
    # их Future) и каждой добавьте колбэк progress через add_done_callback().
    ...
    print("Сумма квадратов:", sum(f.result() for f in futures))
