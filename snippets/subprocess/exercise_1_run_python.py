"""Упражнение 1: выполнить выражение в отдельном интерпретаторе, различая успех, ошибку и зависание."""

import subprocess
import sys


class ChildError(Exception):
    """Дочерний процесс упал или завис."""


def evaluate(expression: str, timeout: float = 5.0) -> str:
    code = f"print({expression})"
    try:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        # run() уже убил дочерний процесс и дождался его: ничего не осталось висеть.
        raise ChildError(f"не уложился в {timeout} с") from None
    except subprocess.CalledProcessError as exc:
        last_line = exc.stderr.strip().splitlines()[-1]
        raise ChildError(f"код возврата {exc.returncode}: {last_line}") from None
    return result.stdout.strip()


if __name__ == "__main__":
    for expression in ("2 ** 100", "1 / 0", "__import__('time').sleep(30)"):
        try:
            print(f"{expression} -> {evaluate(expression, timeout=2.0)}")
        except ChildError as exc:
            print(f"{expression} -> ошибка: {exc}")
