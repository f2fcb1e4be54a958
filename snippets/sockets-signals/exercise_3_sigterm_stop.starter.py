"""Остановка по SIGTERM."""

# Задача (только Linux и macOS: в Windows os.kill() с SIGTERM завершает процесс сразу, не вызывая
# обработчик). Дочерний процесс выполняет задания в цикле (каждое — пауза 0,01 с) и по SIGTERM не
# умирает посреди задания, а дорабатывает текущее и выходит сам. Родитель дожидается, пока дочерний
# процесс выполнит хотя бы одно задание, посылает SIGTERM и ждёт его.

import os
import signal
import sys
import time
from multiprocessing import Event, Process


def worker(started) -> None:
    stop: list[int] = []
    # Установите обработчик SIGTERM, который только отмечает сигнал в stop (а процесс не завершает).
    ...
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
