"""Popen запускает дочерний процесс и сразу возвращает управление; communicate() обменивается и ждёт."""

import os
import subprocess
import sys

# Дочерний процесс ждёт строку на stdin и отвечает, сообщив свой PID.
ECHO = "import os, sys; line = sys.stdin.readline(); print(f'pid={os.getpid()} got={line.strip()!r}')"

if __name__ == "__main__":
    print(f"родитель: pid={os.getpid()}")
    with subprocess.Popen(
        [sys.executable, "-c", ECHO],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        # Дочерний процесс запущен, но ещё ждёт ввода: он точно не завершился.
        print(f"Popen вернул управление: proc.pid={proc.pid}, poll()={proc.poll()}")
        # communicate() пишет input, закрывает stdin, читает stdout и stderr до EOF
        # и ждёт завершения дочернего процесса. Вызвать его можно один раз.
        out, err = proc.communicate("ping\n", timeout=10)
        print(f"ответ дочернего процесса: {out.strip()}")
        print(f"stderr не перехвачен, поэтому err={err!r}")
        print(f"после communicate(): returncode={proc.returncode}, poll()={proc.poll()}")
