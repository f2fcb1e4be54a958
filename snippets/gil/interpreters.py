"""Несколько интерпретаторов в одном процессе (Python 3.14+): обмен данными."""

import os
import pickle
import sys

setting = "значение из файла"


def describe(tag: str, main_pid: int) -> str:
    # Функция читает глобальные переменные, поэтому call() передаёт её через
    # pickle, по имени: модуль в другом интерпретаторе импортирован заново,
    # без блока if __name__ == "__main__".
    same = "тот же" if os.getpid() == main_pid else "другой"
    return f"{tag}: процесс {same}, setting = {setting!r}"


def square(n: int) -> int:
    return n * n


def produce(results, count: int) -> None:  # results — очередь interpreters
    for n in range(count):
        results.put(n * 10)


def use_faulthandler() -> str:
    # Модуль на C, который не объявил поддержку нескольких интерпретаторов.
    import faulthandler

    return faulthandler.__name__


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
    print(interp.call(describe, "второй", os.getpid()))

    # Функция без замыкания и глобальных имён идёт без pickle — даже лямбда.
    try:
        pickle.dumps(lambda n: n * 3)
    except pickle.PicklingError:
        answer = interp.call(lambda n: n * 3, 14)
        print(f"лямбду pickle не берёт, а call() её выполнил: {answer}")
    # Неизменяемые встроенные объекты идут без pickle, список — копией (pickle).
    print(f"is_shareable((1, 'a')): {interpreters.is_shareable((1, 'a'))}")
    print(f"is_shareable([1]): {interpreters.is_shareable([1])}")

    # Очередь из concurrent.interpreters — общая:
    # что положил один интерпретатор, забирает другой.
    results = interpreters.create_queue()
    interp.call(produce, results, 3)
    print(f"из очереди: {[results.get() for _ in range(3)]}")
    interp.close()

    # Пул: каждый рабочий поток выполняет задачи в своём интерпретаторе.
    with InterpreterPoolExecutor(max_workers=2) as pool:
        print(f"InterpreterPoolExecutor: {list(pool.map(square, range(5)))}")
        try:
            pool.submit(use_faulthandler).result()
        except ImportError as exc:
            print(f"ImportError: {exc}")
