"""Результат из процесса через Queue: сначала get(), потом join()."""

from multiprocessing import Process, Queue


def worker(q: Queue, n: int) -> None:
    q.put(n * n)  # кладём в очередь квадрат числа


if __name__ == "__main__":
    q = Queue()
    p = Process(target=worker, args=(q, 7))
    p.start()
    result = q.get()  # ждёт, пока дочерний процесс положит результат
    p.join()  # теперь дочернему процессу нечего отдавать, и он завершается
    print(f"Квадрат: {result}")
    print(f"exitcode дочернего процесса: {p.exitcode}")
