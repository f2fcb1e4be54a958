"""Одна задача в потоке, в процессе и во внешней программе: чья это память и как вернуть результат."""

import multiprocessing
import os
import subprocess
import sys
import threading

results: list[str] = []  # глобальный список; у каждого процесса — свой


def work(where: str) -> int:
    results.append(where)  # меняет список того процесса, в котором выполняется
    return os.getpid()


def in_process(queue: multiprocessing.Queue) -> None:
    queue.put(work("процесс"))  # результат приходится отправлять явно


def report(where: str, pid: int) -> None:
    print(f"{where}: PID {'тот же, что у родителя' if pid == os.getpid() else 'другой'}")


if __name__ == "__main__":
    # Поток: та же память. Результат можно просто положить в общий объект.
    box: list[int] = []
    t = threading.Thread(target=lambda: box.append(work("поток")))
    t.start()
    t.join()
    report("поток", box[0])

    # Процесс multiprocessing: своя память. Результат едет через очередь (в виде pickle).
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=in_process, args=(queue,))
    p.start()
    report("процесс", queue.get())  # сначала забрать результат, потом join()
    p.join()

    # Внешняя программа: тоже своя память, а общаться можно только байтами (здесь — через stdout).
    code = "import os; print(os.getpid())"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    report("программа", int(child.stdout))

    # Изменения видны родителю только из потока.
    print(f"список родителя: {results}")
