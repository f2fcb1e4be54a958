"""Найдите ошибку в args=("Анна")."""

# Задача. Почему threading.Thread(target=greet, args=("Анна")) не печатает приветствие, а
# программа при этом не падает? Запустите заготовку: какую ошибку поймал excepthook? Допишите
# в конце исправленный поток, который печатает «Привет, Анна!».

import threading


def greet(person: str) -> None:
    # Печатает один поток за раз (главный ждёт в join()), поэтому print() безопасен.
    print(f"Привет, {person}!")


if __name__ == "__main__":
    errors: list[str] = []
    threading.excepthook = lambda args: errors.append(f"{args.exc_type.__name__}: {args.exc_value}")

    broken = threading.Thread(target=greet, args=("Анна"))  # ошибка, которую мы разбираем: не трогайте
    broken.start()
    broken.join()
    print(f"ошибка в потоке: {errors}")

    # Запустите greet с аргументом "Анна" в новом потоке правильно и дождитесь его.
    ...
