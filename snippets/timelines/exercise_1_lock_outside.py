"""Решение: под Lock остаётся только короткая запись в журнал, а долгая подготовка идёт без блокировки."""

import sys
import threading
import time

lock = threading.Lock()
log: list[str] = []


def write_report(name: str) -> None:
    time.sleep(0.2)  # подготовка текста: общих данных не трогает, блокировка не нужна
    with lock:
        log.append(f"{name}: запись готова")  # общий журнал меняется только под блокировкой


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
    # Под блокировкой четыре подготовки по 0,2 с шли бы одна за другой: не меньше 0,8 с.
    print(f"Подготовки шли одновременно (меньше 0,8 с): {elapsed < 0.8}")
