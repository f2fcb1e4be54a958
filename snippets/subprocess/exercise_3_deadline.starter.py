"""Общий срок для нескольких процессов."""

# Задача. Запустите три дочерних процесса одновременно; один из них зависает. Заберите
# результаты всех, кто успел за общий срок в 2 секунды, а опоздавших убейте. Осторожно:
# communicate(timeout=0) выбрасывает TimeoutExpired и для процесса, который уже завершился, но
# чей вывод ещё не прочитан.

import subprocess
import sys
import time

JOBS = {
    "квадраты": "print(sum(i * i for i in range(1000)))",
    "зависший": "import time; time.sleep(30)",
    "степень": "print(2 ** 64)",
}
DEADLINE = 2.0  # секунд на всех вместе

if __name__ == "__main__":
    procs = {
        name: subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for name, code in JOBS.items()
    }
    stop_at = time.monotonic() + DEADLINE
    for name, proc in procs.items():
        killed, out = False, ""
        # Заберите вывод proc, ожидая не дольше остатка общего срока. Не успел — убейте его (но
        # только если он ещё работает; тогда killed = True) и дочитайте вывод.
        ...
        status = "убит по сроку" if killed else f"результат {out.strip()}"
        print(f"{name}: {status}, returncode = {proc.returncode}")
