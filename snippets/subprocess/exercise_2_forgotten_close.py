"""Упражнение 2: без producer.stdout.close() производитель конвейера зависает после ухода потребителя."""

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

    try:
        # Канал ещё открыт у нас, поэтому write() производителя не получает ошибку,
        # а ждёт, когда освободится место. Тайм-аут вместо вечного ожидания.
        producer.wait(timeout=0.3)
    except subprocess.TimeoutExpired:
        print(f"производитель висит: poll() = {producer.poll()}")

    # Закрываем последнюю копию читающего конца: write() сразу получает BrokenPipeError.
    producer.stdout.close()
    print(f"после close(): производитель завершился, returncode = {producer.wait(timeout=30)}")
