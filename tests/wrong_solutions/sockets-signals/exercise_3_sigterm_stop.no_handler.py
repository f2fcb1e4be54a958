"""Ошибка: обработчик SIGTERM не установлен — сигнал убивает дочерний процесс посреди работы."""

# check.py: установите обработчик

import os
import signal
import sys
import time
from multiprocessing import Event, Process


def worker(started) -> None:
    stop: list[int] = []
    done = 0
    while not stop:  # флаг проверяется между заданиями, а не посреди задания
        time.sleep(0.01)  # «задание»
        done += 1
        if done == 1:
            started.set()  # обработчик установлен и одно задание выполнено: можно слать сигнал
    sys.stdout.write(f"Получен SIGTERM, заданий выполнено больше нуля: {done > 0}\n")


if __name__ == "__main__":
    if sys.platform == "win32":  # в Windows os.kill() с SIGTERM завершает процесс без обработчика
        print("Это упражнение только для Linux и macOS")
        sys.exit()
    started = Event()
    p = Process(target=worker, args=(started,))
    p.start()
    started.wait()
    os.kill(p.pid, signal.SIGTERM)
    p.join()
    print("exitcode:", p.exitcode)
