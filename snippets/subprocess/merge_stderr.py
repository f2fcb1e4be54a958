"""stderr=STDOUT сливает stderr с выводом; check_output() возвращает вывод или выбрасывает исключение."""

import subprocess
import sys

# Дочерний процесс пишет то в stdout, то в stderr; flush после каждой строки сохраняет порядок.
BOTH = """
import sys
print("вывод 1", flush=True)
print("ошибка 1", file=sys.stderr, flush=True)
print("вывод 2", flush=True)
"""

if __name__ == "__main__":
    # stderr=STDOUT: stdout и stderr пишут в один канал, и строки идут в том порядке, в каком записаны.
    result = subprocess.run(
        [sys.executable, "-c", BOTH], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True
    )
    print(f"stdout: {result.stdout!r}")
    print(f"stderr: {result.stderr!r}")  # отдельного stderr нет: он ушёл в stdout

    # check_output() — то же, что run(..., stdout=PIPE, check=True).stdout.
    print(f"check_output: {subprocess.check_output([sys.executable, '-c', 'print(2 ** 10)'], text=True)!r}")
    try:
        subprocess.check_output([sys.executable, "-c", "print('частично'); raise SystemExit(2)"], text=True)
    except subprocess.CalledProcessError as exc:
        print(f"код {exc.returncode}, вывод сохранён в исключении: {exc.output!r}")
