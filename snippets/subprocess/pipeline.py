"""Конвейер «производитель | потребитель» из двух процессов без оболочки: stdout одного — stdin другого."""

import subprocess
import sys

# Производитель пишет 100 000 строк (около 575 КиБ) — намного больше, чем вмещает канал.
# os.write без буфера: BrokenPipeError возникает сразу при записи, а не при выходе.
PRODUCER = """
import os, sys
try:
    for i in range(100_000):
        os.write(1, f"{i}\\n".encode())
except BrokenPipeError:
    sys.stderr.write(f"producer: reader is gone at line {i}\\n")
    sys.exit(3)
"""
# Потребитель, как `head -n 3`: читает три строки и выходит, не дочитав остальное.
HEAD = """
import sys
for _ in range(3):
    sys.stdout.write(sys.stdin.readline())
"""

if __name__ == "__main__":
    producer = subprocess.Popen(
        [sys.executable, "-c", PRODUCER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    consumer = subprocess.Popen(
        [sys.executable, "-c", HEAD], stdin=producer.stdout, stdout=subprocess.PIPE, text=True
    )
    # Наша копия читающего конца канала больше не нужна. Пока она открыта, канал «жив»
    # и после выхода потребителя: производитель навсегда повис бы в write().
    producer.stdout.close()

    head, _ = consumer.communicate(timeout=30)
    _, producer_err = producer.communicate(timeout=30)
    print(f"потребитель получил: {head.split()}, returncode = {consumer.returncode}")
    print(f"производитель: returncode = {producer.returncode}")
    print(f"его stderr: {producer_err.strip()}")
