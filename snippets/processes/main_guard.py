"""Без защиты __main__ spawn ломается: процесс заново импортирует модуль."""

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# Программа без защиты __main__: создаёт процесс прямо на уровне модуля.
UNGUARDED = textwrap.dedent(
    """
    import multiprocessing

    print(f"Модуль выполняется как {__name__}")


    def work():
        print("work() выполнилась")


    p = multiprocessing.get_context("spawn").Process(target=work)
    p.start()
    p.join()
    print(f"exitcode дочернего процесса: {p.exitcode}")
    """
)

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "unguarded.py"
        script.write_text(UNGUARDED, encoding="utf-8")
        # Отдельный интерпретатор с тайм-аутом: пример завершится всегда.
        done = subprocess.run(
            [sys.executable, str(script)],
            check=False,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=30,
        )
    print("stdout программы без защиты:")
    print(textwrap.indent(done.stdout, "  "), end="")
    print("Последнее исключение в её stderr (трассировка дочернего процесса):")
    error = done.stderr[done.stderr.rindex("RuntimeError:") :]
    head, _, message = error.partition("\n")
    print("  " + head.rstrip())
    for line in textwrap.dedent(message).strip().splitlines():
        print(("    " + line).rstrip())
    print(f"Код возврата программы: {done.returncode}")
