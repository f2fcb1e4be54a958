"""Под Lock — только запись в журнал."""

# Задача. Каждый поток готовит текст (time.sleep(0.2)), не трогая общих данных, и добавляет
# запись в общий журнал. Напишите write_report так, чтобы под Lock осталось только изменение
# журнала, а подготовка шла без блокировки. Как изменится шкала?

import sys
import threading
import time

lock = threading.Lock()
log: list[str] = []


def write_report(name: str) -> None:
    # Подготовьте текст (time.sleep(0.2)) и добавьте в log строку f"{name}: запись готова";
    # под lock — только изменение log.
    ...


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
