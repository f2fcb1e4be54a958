"""Пул без защиты __main__ при spawn: рабочие падают и запускаются снова."""

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# Программа без защиты __main__. Сама она не закончилась бы никогда, поэтому
# сторожевой таймер через 3 секунды завершает её кодом 3. Таймер заводит и
# каждый дочерний процесс, но тот падает раньше: поток-демон его не держит.
UNGUARDED = textwrap.dedent(
    """
    import multiprocessing
    import os
    import threading

    watchdog = threading.Timer(3, os._exit, args=(3,))
    watchdog.daemon = True  # не держит дочерний процесс: тот падает сразу
    watchdog.start()


    def square(x):
        return x * x


    pool = multiprocessing.get_context("spawn").Pool(2)
    print(pool.map(square, range(4)))
    """
)

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "unguarded_pool.py"
        script.write_text(UNGUARDED, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script)],
            check=False,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=30,
        )
    lines = done.stderr.splitlines()
    crashes = sum(line.rstrip() == "RuntimeError:" for line in lines)
    print(f"pool.map() вернул результат: {'[0, 1, 4, 9]' in done.stdout}")
    print(f"Код возврата: {done.returncode} (остановил сторожевой таймер)")
    print(f"Рабочих процессов упало с RuntimeError: {crashes}")
    # В пуле два рабочих; если упавших больше, пул запускал новых снова и снова.
    print(f"Пул перезапускал упавшие процессы: {crashes > 2}")
