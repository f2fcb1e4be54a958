"""Ошибка: после тайм-аута communicate() зависший дочерний процесс не убит и остаётся работать."""

# check.py: его нужно убить (kill())

import subprocess
import sys


class ChildError(Exception):
    """Дочерний процесс упал или завис."""


def evaluate(expression: str, timeout: float = 5.0) -> str:
    command = [sys.executable, "-c", f"print({expression})"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ChildError(f"не уложился в {timeout} с") from None
    if proc.returncode:
        raise ChildError(f"код возврата {proc.returncode}: {err.strip().splitlines()[-1]}")
    return out.strip()


if __name__ == "__main__":
    for expression in ("2 ** 100", "1 / 0", "__import__('time').sleep(30)"):
        try:
            print(f"{expression} -> {evaluate(expression, timeout=2.0)}")
        except ChildError as exc:
            print(f"{expression} -> ошибка: {exc}")
