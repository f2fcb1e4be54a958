"""Дескриптор вывода общий, буферы sys.stdout свои: в канале строки вразброд."""

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# Программа печатает строки 1-4 в этом порядке: его задают Event и join().
PROGRAM = textwrap.dedent(
    """
    import multiprocessing


    def child(go):
        go.wait()
        print("3. дочерний процесс")


    if __name__ == "__main__":
        go = multiprocessing.Event()
        print("1. родитель: до start()")
        p = multiprocessing.Process(target=child, args=(go,))
        p.start()
        print("2. родитель: после start()")
        go.set()
        p.join()
        print("4. родитель: после join()")
    """
)


def run(script: Path, *options: str, unbuffered: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"  # то же, что python -u
    done = subprocess.run(
        [sys.executable, *options, str(script)],
        capture_output=True,  # stdout — канал, как в python program.py | cat
        text=True,
        encoding="utf-8",
        env=env,
        timeout=30,
        check=True,
    )
    print(textwrap.indent(done.stdout, "  "), end="")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "program.py"
        script.write_text(PROGRAM, encoding="utf-8")
        print("Вывод в канал с буферизацией (по умолчанию):")
        run(script, unbuffered=False)
        print("Без буферизации (python -u):")
        run(script, "-u", unbuffered=False)
        print("Без буферизации (PYTHONUNBUFFERED=1):")
        run(script, unbuffered=True)
