"""Упражнение 3: почему args=("Анна") ломает поток и как это исправить."""

import threading


def greet(person: str) -> None:
    # Печатает один поток за раз (главный ждёт в join()): print() безопасен.
    print(f"Привет, {person}!")


if __name__ == "__main__":
    errors: list[str] = []

    def collect(args: threading.ExceptHookArgs) -> None:
        errors.append(f"{args.exc_type.__name__}: {args.exc_value}")

    threading.excepthook = collect

    # Скобки без запятой — это просто строка, а не кортеж.
    broken = threading.Thread(target=greet, args=("Анна"))
    broken.start()
    broken.join()
    print(f"ошибка в потоке: {errors}")

    fixed = threading.Thread(target=greet, args=("Анна",))  # кортеж из одного
    fixed.start()
    fixed.join()
