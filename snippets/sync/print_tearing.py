"""print() из нескольких потоков склеивает строки; под Lock — нет."""

import os
import re
import subprocess
import sys
import threading

THREADS = 4
LINES = 2000
RECORD = re.compile(r"поток \d строка \d+")


def child(mode: str) -> None:
    """Дочерний процесс: THREADS потоков печатают по LINES строк в stdout."""
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def work(k: int) -> None:
        start.wait()
        for i in range(LINES):
            line = f"поток {k} строка {i}"
            if mode == "print":
                print(line)  # пишет текст, потом отдельно "\n"
            elif mode == "lock":
                with lock:
                    print(line)
            else:
                sys.stdout.write(line + "\n")  # строка и "\n" — одна запись

    threads = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def check(mode: str, title: str) -> None:
    # -u: вывод без буфера, каждая запись сразу уходит в канал
    # (как при PYTHONUNBUFFERED=1).
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(
        [sys.executable, "-u", __file__, mode],
        capture_output=True,
        encoding="utf-8",
        env=env,
        check=True,
    ).stdout
    lines = out.splitlines()
    records = RECORD.findall(out)
    glued = [line for line in lines if len(RECORD.findall(line)) > 1]
    complete = len(records) == len(set(records)) == THREADS * LINES
    counts = f"все {THREADS * LINES} записей на месте: {complete}"
    print(f"{title}: {counts}, склеенных строк: {len(glued)}")
    if glued:
        print(f"пример склейки: {glued[0]!r}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(sys.argv[1])
    else:
        check("print", "print() без блокировки")
        check("lock", "print() под Lock")
        check("write", "одна запись на строку")
