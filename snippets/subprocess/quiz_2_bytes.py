"""Вопрос: равен ли перехваченный вывод строке, которую напечатала программа?"""

import subprocess
import sys

if __name__ == "__main__":
    result = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, check=True)
    print(result.stdout == "42\n")
    print(type(result.stdout).__name__)
