"""Два потока выполняют одну функцию; главный поток ждёт их через join()."""

import sys
import threading
import time

DELAY = 0.3  # секунды


def say(text: str) -> None:
    # Одна запись на строку: строки из разных потоков не склеятся.
    sys.stdout.write(text + "\n")


def task(name: str) -> None:
    say(f"Задача {name} началась")
    time.sleep(DELAY)  # имитация ожидания ввода-вывода: сеть, диск
    say(f"Задача {name} завершилась")


if __name__ == "__main__":
    started = time.perf_counter()
    thread1 = threading.Thread(target=task, args=("A",))
    thread2 = threading.Thread(target=task, args=("B",))

    thread1.start()  # запускает поток и сразу возвращается, задачу не ждёт
    thread2.start()

    thread1.join()  # join() ждёт, пока поток не завершится
    thread2.join()

    elapsed = time.perf_counter() - started
    note = f"каждая задача ждёт {DELAY} с"
    say(f"Все потоки завершены за {elapsed:.2f} с ({note})")
