"""Несколько интерпретаторов в одном процессе (Python 3.14+): у каждого свои модули и свой GIL."""

import os
import sys

setting = "значение из файла"


def describe(tag: str, main_pid: int) -> str:
    # Выполняется в другом интерпретаторе: модуль там импортирован заново, а блок
    # if __name__ == "__main__" не выполнялся, поэтому setting — значение из файла.
    same = "тот же" if os.getpid() == main_pid else "другой"
    return f"{tag}: процесс {same}, setting = {setting!r}"


def square(n: int) -> int:
    return n * n


def produce(results, count: int) -> None:  # results — очередь concurrent.interpreters
    for n in range(count):
        results.put(n * 10)


if __name__ == "__main__":
    if sys.version_info < (3, 14):
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        print(f"concurrent.interpreters появился в Python 3.14, здесь {here}")
        sys.exit(0)
    from concurrent import interpreters
    from concurrent.futures import InterpreterPoolExecutor

    setting = "изменено в главном интерпретаторе"
    print(describe("главный", os.getpid()))

    interp = interpreters.create()
    # call() передаёт функцию и аргументы в другой интерпретатор через pickle и ждёт результата.
    print(interp.call(describe, "второй", os.getpid()))

    # Очередь из concurrent.interpreters можно передать другому интерпретатору.
    results = interpreters.create_queue()
    interp.call(produce, results, 3)
    print(f"из очереди: {[results.get() for _ in range(3)]}")
    interp.close()

    # Пул интерпретаторов: каждый рабочий — отдельный интерпретатор в своём потоке.
    with InterpreterPoolExecutor(max_workers=2) as pool:
        print(f"InterpreterPoolExecutor: {list(pool.map(square, range(5)))}")
