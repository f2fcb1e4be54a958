"""Поток нельзя убить снаружи: его просят остановиться через Event."""

import sys
import threading

stop = threading.Event()
three_done = threading.Event()


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def worker() -> None:
    steps = 0
    try:
        # Поток сам проверяет флаг между шагами работы:
        # остановка — его собственное решение.
        while not stop.is_set():
            steps += 1  # шаг работы
            if steps == 3:
                three_done.set()
            stop.wait(0.05)  # пауза, которую stop.set() прерывает сразу
    finally:
        report = f"остановился сам после {steps} шагов, finally выполнен"
        say(f"рабочий поток: {report}")


if __name__ == "__main__":
    t = threading.Thread(target=worker, name="рабочий")
    t.start()
    three_done.wait()  # дождаться трёх шагов работы
    say("главный поток: прошу остановиться")
    stop.set()
    t.join()  # поток закончил сам, и его finally выполнен
    say(f"главный поток: поток жив: {t.is_alive()}")
