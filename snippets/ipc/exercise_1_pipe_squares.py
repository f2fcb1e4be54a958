"""Решение упражнения 1: дочерний процесс возводит в квадрат числа, которые присылает родитель по Pipe."""

from multiprocessing import Pipe, Process

STOP = None


def squarer(conn) -> None:
    while (n := conn.recv()) is not STOP:
        conn.send(n * n)  # ответ идёт по тому же двунаправленному каналу
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=squarer, args=(child_end,))
    p.start()
    child_end.close()

    results = []
    for n in range(1, 6):
        parent_end.send(n)
        results.append(parent_end.recv())  # по одному: ответы не перепутаются
    parent_end.send(STOP)
    p.join()
    parent_end.close()
    print("Квадраты:", results)
    print("exitcode:", p.exitcode)
