"""Вопрос: жив ли дочерний процесс после того, как истёк тайм-аут communicate()?"""

import subprocess
import sys

if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        proc.communicate(timeout=0.5)
    except subprocess.TimeoutExpired:
        print("тайм-аут истёк")
    print(f"процесс ещё работает: {proc.poll() is None}")
    proc.kill()
    proc.wait()
