"""Ошибка: подготовка (sleep) под блокировкой — потоки ждут друг друга."""

# check.py: Подготовка (time.sleep(0.2)) шла под блокировкой

import sys
import threading
import time

lock = threading.Lock()
log: list[str] = []


def write_report(name: str) -> None:
    with lock:
        time.sleep(0.2)
        log.append(f"{name}: запись готова")


if __name__ == "__main__":
    names = [f"поток-{i}" for i in range(1, 5)]
    threads = [threading.Thread(target=write_report, args=(name,), name=name) for name in names]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    for line in log:
        sys.stdout.write(line + "\n")
    print(f"Записей в журнале: {len(log)}")
    print(f"Подготовки шли одновременно (меньше 0,8 с): {elapsed < 0.8}")
