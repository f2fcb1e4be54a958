"""wait() при stdout=PIPE и большом выводе ждёт вечно; communicate() читает канал и завершается."""

import subprocess
import sys

SIZE = 4 * 1024 * 1024  # 4 МиБ: гораздо больше буфера канала (64 КиБ в Linux)
# Дочерний процесс пишет SIZE байт в stdout одним вызовом write и выходит.
WRITER = f"import sys; sys.stdout.buffer.write(b'x' * {SIZE}); sys.stdout.flush()"

if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", WRITER], stdout=subprocess.PIPE)
    try:
        # Без timeout здесь была бы взаимная блокировка: дочерний процесс ждёт, пока кто-нибудь
        # освободит место в канале, а мы ждём, пока он завершится.
        proc.wait(timeout=0.3)
    except subprocess.TimeoutExpired:
        print("wait(timeout=0.3): TimeoutExpired, дочерний процесс не может завершиться")
        print(f"дочерний процесс ещё жив: poll() = {proc.poll()}")

    # communicate() читает канал, пока дочерний процесс пишет, и ждёт его завершения.
    out, _ = proc.communicate(timeout=30)
    print(f"communicate(): получено {len(out)} байт из {SIZE}, returncode = {proc.returncode}")
