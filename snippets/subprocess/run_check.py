"""Ненулевой код возврата — не исключение; check=True превращает его в CalledProcessError."""

import subprocess
import sys

# Дочерний процесс успевает что-то напечатать, сообщает об ошибке в stderr и завершается с кодом 3.
FAILING = "import sys; print('partial result'); sys.stderr.write('config not found\\n'); sys.exit(3)"

if __name__ == "__main__":
    # check=False (так по умолчанию): run() молча возвращает результат, код возврата проверяйте сами.
    quiet = subprocess.run([sys.executable, "-c", FAILING], capture_output=True, text=True, check=False)
    print(f"без check: исключения нет, returncode={quiet.returncode}")

    try:
        subprocess.run([sys.executable, "-c", FAILING], capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError as exc:
        print(f"с check=True: {type(exc).__name__}")
        print(f"  str(exc)   = {exc}")
        print(f"  returncode = {exc.returncode}")
        print(f"  stdout     = {exc.stdout!r}")  # то же, что exc.output
        print(f"  stderr     = {exc.stderr!r}")

    # Проверить код возврата уже готового результата: CompletedProcess.check_returncode().
    try:
        quiet.check_returncode()
    except subprocess.CalledProcessError as exc:
        print(f"check_returncode(): исключение с returncode={exc.returncode}")

    # Текст трёх исключений для одной и той же команды-списка: в 3.15 изменился только первый.
    cmd = ["prog", "--flag"]
    print(subprocess.CalledProcessError(3, cmd))  # ненулевой код возврата
    print(subprocess.CalledProcessError(-15, cmd))  # убит сигналом 15 (SIGTERM); бывает только в POSIX
    print(subprocess.TimeoutExpired(cmd, 2.0))
