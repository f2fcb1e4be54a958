"""Ошибка: после срока «опоздавшим» считается и завершившийся процесс, чей вывод не прочитан."""

# check.py: Убивайте только тех, у кого poll() is None

import subprocess
import sys
import time

JOBS = {
    "квадраты": "print(sum(i * i for i in range(1000)))",
    "зависший": "import time; time.sleep(30)",
    "степень": "print(2 ** 64)",
}
DEADLINE = 2.0

if __name__ == "__main__":
    procs = {
        name: subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for name, code in JOBS.items()
    }
    stop_at = time.monotonic() + DEADLINE
    for name, proc in procs.items():
        killed = False
        try:
            out, _ = proc.communicate(timeout=max(0.0, stop_at - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            killed = True
            out, _ = proc.communicate()
        status = "убит по сроку" if killed else f"результат {out.strip()}"
        print(f"{name}: {status}, returncode = {proc.returncode}")
