"""Забытый close() в конвейере."""

# Задача. В конвейере производитель -> потребитель нет строки producer.stdout.close(). Покажите,
# не зависая, что производитель после ухода потребителя не может завершиться, а после close() —
# может.

import subprocess
import sys

PRODUCER = """
import os
try:
    for i in range(100_000):
        os.write(1, f"{i}\\n".encode())
except BrokenPipeError:
    raise SystemExit(3)
"""
HEAD = "import sys; sys.stdout.write(sys.stdin.readline())"

if __name__ == "__main__":
    producer = subprocess.Popen([sys.executable, "-c", PRODUCER], stdout=subprocess.PIPE)
    consumer = subprocess.Popen([sys.executable, "-c", HEAD], stdin=producer.stdout, stdout=subprocess.PIPE)
    # Ошибка намеренная: producer.stdout.close() не вызван.
    first, _ = consumer.communicate(timeout=30)
    print(f"потребитель прочитал {first!r} и вышел: returncode = {consumer.returncode}")

    # Подождите производителя с тайм-аутом 0,3 с; не дождавшись, напечатайте
    # f"производитель висит: poll() = {producer.poll()}".
    ...

    # Закройте нашу копию читающего конца канала и дождитесь производителя (с тайм-аутом).
    ...
    print(f"после close(): производитель завершился, returncode = {producer.returncode}")
