"""Выражение в отдельном интерпретаторе."""

# Задача. Напишите функцию evaluate(expression, timeout), которая вычисляет выражение Python в
# отдельном интерпретаторе и возвращает напечатанный результат. Если дочерний процесс упал или не
# уложился в timeout, функция выбрасывает ChildError с понятным сообщением: для ошибки — код
# возврата и последняя строка его stderr, для тайм-аута — «не уложился в {timeout} с».

import subprocess
import sys


class ChildError(Exception):
    """Дочерний процесс упал или завис."""


def evaluate(expression: str, timeout: float = 5.0) -> str:
    # Выполните print(expression) в отдельном интерпретаторе (sys.executable) не дольше timeout
    # секунд и верните напечатанное. Ошибка: ChildError(f"код возврата {код}: {последняя строка
    # stderr}"); тайм-аут: ChildError(f"не уложился в {timeout} с").
    ...
    return ""


if __name__ == "__main__":
    for expression in ("2 ** 100", "1 / 0", "__import__('time').sleep(30)"):
        try:
            print(f"{expression} -> {evaluate(expression, timeout=2.0)}")
        except ChildError as exc:
            print(f"{expression} -> ошибка: {exc}")
