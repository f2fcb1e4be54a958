"""Упражнение 3: запустить несколько дочерних процессов одновременно и забрать результаты к общему сроку."""

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
    # Все дочерние процессы стартуют сразу: Popen не ждёт завершения, они работают одновременно.
    procs = {
        name: subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for name, code in JOBS.items()
    }
    stop_at = time.monotonic() + DEADLINE
    for name, proc in procs.items():
        # Каждому communicate() — только остаток общего срока (после срока — ноль).
        remaining = max(0.0, stop_at - time.monotonic())
        killed = False
        try:
            out, _ = proc.communicate(timeout=remaining)
        except subprocess.TimeoutExpired:
            # Тайм-аут communicate() значит лишь «не дождались»: дочерний процесс мог уже выйти,
            # просто его вывод ещё не прочитан. Убиваем только тех, кто ещё работает.
            if proc.poll() is None:
                proc.kill()
                killed = True
            out, _ = proc.communicate()  # дочитать вывод и дождаться дочернего процесса
        status = "убит по сроку" if killed else f"результат {out.strip()}"
        print(f"{name}: {status}, returncode = {proc.returncode}")
