"""Пять процессов увеличивают общий счётчик Value под блокировкой Lock: итог всегда ровно 500."""

import time
from multiprocessing import Lock, Process, Value


def increment(counter, lock) -> None:
    for _ in range(100):
        time.sleep(0.001)  # имитируем работу
        with lock:
            counter.value += 1  # читаем и записываем общую переменную под блокировкой


if __name__ == "__main__":
    counter = Value("i", 0)  # целое число типа C int в общей памяти
    lock = Lock()  # объект блокировки
    processes = []
    for _ in range(5):
        p = Process(target=increment, args=(counter, lock))
        p.start()
        processes.append(p)

    for p in processes:
        p.join()

    print(f"Итоговое значение счётчика: {counter.value}")
