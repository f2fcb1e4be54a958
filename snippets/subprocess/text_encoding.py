"""text=True декодирует вывод кодировкой по умолчанию: до Python 3.14 — локали, с 3.15 — UTF-8."""

import os
import subprocess
import sys

# Кодировку для text=True выбирает родитель, когда создаёт Popen. Спросим новый интерпретатор
# (тот же Python), что он выбрал бы. Печатает он только ASCII: так его вывод читается при любой кодировке.
PROBE = """
import subprocess, sys
with subprocess.Popen([sys.executable, "-c", ""], stdout=subprocess.PIPE, text=True) as proc:
    print(sys.flags.utf8_mode, proc.stdout.encoding)
"""

if __name__ == "__main__":
    # PYTHONUTF8 включает или выключает режим UTF-8 явно; убираем её, чтобы увидеть поведение по умолчанию.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUTF8"}
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env)
    utf8_mode, encoding = probe.stdout.split()
    print(f"режим UTF-8 (sys.flags.utf8_mode): {utf8_mode}")
    print(f"text=True декодирует вывод как: {encoding}")

    # Программа, которая пишет не в UTF-8 (так пишут многие программы Windows): кодировку указывают явно.
    cp1251 = [sys.executable, "-c", "import sys; sys.stdout.buffer.write('привет'.encode('cp1251'))"]
    try:
        print(f"text=True: {subprocess.run(cp1251, capture_output=True, text=True, check=True).stdout!r}")
    except UnicodeDecodeError as exc:
        print(f"text=True: UnicodeDecodeError, декодировали как {exc.encoding}")
    explicit = subprocess.run(cp1251, capture_output=True, encoding="cp1251", check=True)
    print(f"encoding='cp1251': {explicit.stdout!r}")
