"""Четыре потока пишут в один текстовый файл: без блокировки и под Lock."""

import os
import re
import tempfile
import threading

THREADS = 4
LINES = 5000
RECORD = re.compile(r"поток \d строка \d+")


def fill(path: str, use_lock: bool) -> None:
    lock = threading.Lock()
    start = threading.Barrier(THREADS)
    with open(path, "w", encoding="utf-8") as f:

        def work(k: int) -> None:
            start.wait()
            for i in range(LINES):
                line = f"поток {k} строка {i}\n"  # одна запись на строку
                if use_lock:
                    with lock:
                        f.write(line)
                else:
                    f.write(line)

        threads = []
        for k in range(THREADS):
            threads.append(threading.Thread(target=work, args=(k,)))
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def inspect(path: str, title: str) -> None:
    # Испорченные байты станут "�".
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    good = [line for line in lines if RECORD.fullmatch(line)]
    lost = THREADS * LINES - len(set(good))
    bad = len(lines) - len(good)
    counts = f"пропало {lost}, испорчено {bad}"
    print(f"{title}: строк {len(lines)} из {THREADS * LINES}, {counts}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "out.txt")
        fill(path, use_lock=False)
        inspect(path, "без блокировки")
        fill(path, use_lock=True)
        inspect(path, "под Lock")
