"""Какие методы запуска есть, какой выбран, почему второй выбор — ошибка."""

import multiprocessing

if __name__ == "__main__":
    print("Доступны:", multiprocessing.get_all_start_methods())
    # get_start_method() не только сообщает метод, но и закрепляет его.
    print("Выбран:", multiprocessing.get_start_method())
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as exc:
        print("set_start_method('spawn'):", exc)
    # Контекст не трогает глобальный выбор и годится для одной части программы.
    ctx = multiprocessing.get_context("spawn")
    print("Контекст:", ctx.get_start_method())
    print("Глобально по-прежнему:", multiprocessing.get_start_method())
