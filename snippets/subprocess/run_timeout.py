"""timeout=: run() ждёт не дольше заданного, убивает дочерний процесс и выбрасывает TimeoutExpired."""

import subprocess
import sys
import time

# Дочерний процесс сообщает, что начал, и «зависает» на 30 секунд.
HANGING = "import time; print('started', flush=True); time.sleep(30); print('finished')"

if __name__ == "__main__":
    started = time.monotonic()
    try:
        subprocess.run(
            [sys.executable, "-c", HANGING], capture_output=True, text=True, timeout=2.0, check=True
        )
    except subprocess.TimeoutExpired as exc:
        elapsed = time.monotonic() - started
        print(f"{type(exc).__name__}: timeout={exc.timeout}")
        # Вывод, полученный до истечения времени, лежит в исключении. В POSIX это bytes
        # даже при text=True: run() отдаёт прочитанное, не декодируя (gh-87597).
        # В Windows run() дочитывает вывод через communicate() после kill(), и там это str.
        print(f"успел напечатать: {exc.stdout!r}")
        # run() убил дочерний процесс и дождался его, поэтому вернулся сразу, а не через 30 с.
        print(f"run() вернул управление быстрее чем за 5 с: {elapsed < 5}")
