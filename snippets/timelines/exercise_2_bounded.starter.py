"""Не больше двух потоков сразу."""

# Задача. Ограничьте число одновременно работающих потоков двумя, но так, чтобы лишний вызов
# release() (ошибка в программе) не прошёл молча. Какой класс из threading для этого подходит?

import sys
import threading
import time

# Объект из threading, который пускает внутрь не больше двух потоков и выбрасывает исключение
# на лишний release().
slots = ...
counter_lock = threading.Lock()
inside = peak = 0  # сколько потоков внутри сейчас и больше всего за всё время


def task(number: int) -> None:
    global inside, peak
    with slots:
        with counter_lock:
            inside += 1
            peak = max(peak, inside)
        sys.stdout.write(f"поток {number} внутри\n")
        time.sleep(0.05)
        with counter_lock:
            inside -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=task, args=(n,), name=f"поток-{n}") for n in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"Одновременно внутри было не больше двух: {peak <= 2}")
    try:
        slots.release()  # лишний release()
    except ValueError as exc:
        print(f"Лишний release(): ValueError: {exc}")
