"""subprocess.run() запускает программу, ждёт её завершения и отдаёт код возврата и вывод."""

import subprocess
import sys

# Дочерняя программа — тот же интерпретатор Python (sys.executable, а не "python":
# так пример одинаково работает в venv, в Windows и там, где "python" — другая версия).
CHILD = "import sys; print('to stdout'); print('to stderr', file=sys.stderr); sys.exit(0)"

if __name__ == "__main__":
    # Без capture_output вывод дочернего процесса идёт прямо в наш stdout/stderr, Python его не видит.
    plain = subprocess.run([sys.executable, "-c", "print('дочерний процесс пишет сам')"], check=True)
    print(f"без захвата: returncode={plain.returncode}, stdout={plain.stdout!r}")

    # capture_output=True: stdout и stderr перехватываются в каналы (pipes);
    # text=True: вместо bytes получаем str.
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
    print(f"тип результата: {type(result).__name__}")
    print(f"returncode: {result.returncode}")
    print(f"stdout: {result.stdout!r}")
    print(f"stderr: {result.stderr!r}")

    # Без text=True те же данные приходят байтами.
    raw = subprocess.run([sys.executable, "-c", "print('bytes')"], capture_output=True, check=True)
    print(f"без text=True: {raw.stdout!r}")
