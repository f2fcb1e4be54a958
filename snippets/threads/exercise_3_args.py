"""Упражнение 3: почему args=("Анна") ломает поток и как это исправить."""

import threading


def greet(person: str) -> None:
    # Печатает один поток за раз (главный ждёт в join()), поэтому print() безопасен.
    print(f"Привет, {person}!")


if __name__ == "__main__":
    errors: list[str] = []
    threading.excepthook = lambda args: errors.append(f"{args.exc_type.__name__}: {args.exc_value}")

    broken = threading.Thread(target=greet, args=("Анна"))  # скобки без запятой — это просто строка
    broken.start()
    broken.join()
    print(f"ошибка в потоке: {errors}")

    fixed = threading.Thread(target=greet, args=("Анна",))  # кортеж из одного элемента
    fixed.start()
    fixed.join()
