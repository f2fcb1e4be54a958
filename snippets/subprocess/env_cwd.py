"""cwd= задаёт рабочую папку дочернего процесса, env= — его переменные окружения; у родителя всё прежнее."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPORT = "import os; print(f'cwd={os.getcwd()}'); print(f'GREETING={os.environ.get(\"GREETING\")}')"


def child(**kwargs) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", REPORT], capture_output=True, text=True, check=True, **kwargs
    )
    return result.stdout.splitlines()


if __name__ == "__main__":
    parent_cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as workdir:
        # По умолчанию дочерний процесс наследует рабочую папку и окружение родителя.
        cwd_line, greeting = child()
        print(f"по умолчанию: папка родителя: {cwd_line == f'cwd={os.getcwd()}'}, {greeting}")

        # env= ЗАМЕНЯЕТ окружение целиком, поэтому берут копию os.environ и дополняют её:
        # без PATH (а в Windows без SYSTEMROOT) многие программы не запустятся.
        env = {**os.environ, "GREETING": "привет"}
        cwd_line, greeting = child(cwd=workdir, env=env)
        # resolve(): в macOS временная папка — символическая ссылка (/var -> /private/var).
        in_workdir = Path(cwd_line.removeprefix("cwd=")).resolve() == Path(workdir).resolve()
        print(f"с cwd= и env=: папка — workdir: {in_workdir}, {greeting}")

        unchanged = os.getcwd() == parent_cwd
        print(f"родитель: папка не менялась: {unchanged}, GREETING={os.environ.get('GREETING')}")
