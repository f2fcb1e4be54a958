"""Два потока выполняют одну и ту же функцию; главный поток ждёт их через join()."""

import sys
import threading
import time

DELAY = 0.5


def say(text: str) -> None:
    # Одна запись на строку: строки из разных потоков не склеятся.
    sys.stdout.write(text + "\n")


def task(name: str) -> None:
    say(f"Задача {name} началась")
    time.sleep(DELAY)  # имитация ожидания ввода-вывода
    say(f"Задача {name} завершилась")


if __name__ == "__main__":
    started = time.perf_counter()
    thread1 = threading.Thread(target=task, args=("A",))
    thread2 = threading.Thread(target=task, args=("B",))

    thread1.start()
    thread2.start()

    thread1.join()
    thread2.join()

    elapsed = time.perf_counter() - started
    say("Все потоки завершены")
    say(f"Ожидания шли одновременно: {elapsed < 2 * DELAY}")
