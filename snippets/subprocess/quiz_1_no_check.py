"""Вопрос: что сделает run(), если программа завершилась с кодом 5, а check не указан?"""

import subprocess
import sys

if __name__ == "__main__":
    # check не указан намеренно: вопрос о поведении по умолчанию (линтеры советуют указывать его всегда).
    result = subprocess.run([sys.executable, "-c", "import sys; sys.exit(5)"])  # noqa: PLW1510
    print("run() вернул управление")
    print(f"returncode = {result.returncode}")
