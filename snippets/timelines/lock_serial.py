"""Lock пропускает потоки к общему ресурсу по одному: остальные ждут у acquire()."""

import sys
import threading
import time

lock = threading.Lock()
log: list[str] = []


def write_report(name: str) -> None:
    with lock:
        # Внутри блокировки поток один: никто не допишет в журнал посередине.
        log.append(f"{name}: начал запись")
        time.sleep(0.05)  # запись в общий файл, которая занимает время
        log.append(f"{name}: закончил запись")


if __name__ == "__main__":
    names = [f"поток-{i}" for i in range(1, 5)]
    threads = [threading.Thread(target=write_report, args=(name,), name=name) for name in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for line in log:
        sys.stdout.write(line + "\n")
    # Под блокировкой начало и конец записи одного потока всегда стоят рядом.
    pairs = all(log[k].split(":")[0] == log[k + 1].split(":")[0] for k in range(0, len(log), 2))
    print(f"Записи не перемешались: {pairs}")
