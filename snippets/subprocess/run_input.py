"""input= передаёт данные на стандартный ввод дочернего процесса; run() сам закрывает его после записи."""

import subprocess
import sys

# Дочерний процесс читает stdin до конца (до EOF) и считает строки и сумму чисел.
SUMMER = """
import sys
numbers = [int(line) for line in sys.stdin]
print(f"lines={len(numbers)} sum={sum(numbers)}")
"""

if __name__ == "__main__":
    data = "\n".join(str(n) for n in range(1, 101)) + "\n"
    result = subprocess.run(
        [sys.executable, "-c", SUMMER], input=data, capture_output=True, text=True, check=True
    )
    print(f"дочерний процесс ответил: {result.stdout.strip()}")
    print(f"то же в родителе: lines=100 sum={sum(range(1, 101))}")

    # Без input= дочерний процесс наследует stdin родителя. DEVNULL — явный пустой ввод:
    # дочерний процесс сразу получает EOF, а не ждёт, пока кто-то что-нибудь наберёт.
    empty = subprocess.run(
        [sys.executable, "-c", SUMMER], stdin=subprocess.DEVNULL, capture_output=True, text=True, check=True
    )
    print(f"со stdin=DEVNULL: {empty.stdout.strip()}")
