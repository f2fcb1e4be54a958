"""Ошибка: нет метки конца — дочерний процесс ждёт следующее число вечно, родитель ждёт его в join()."""

# check.py: пошлите метку конца (STOP)

from multiprocessing import Pipe, Process


def squarer(conn) -> None:
    while True:
        n = conn.recv()
        conn.send(n * n)


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=squarer, args=(child_end,))
    p.start()
    child_end.close()

    results = []
    for n in range(1, 6):
        parent_end.send(n)
        results.append(parent_end.recv())
    p.join()
    parent_end.close()
    print("Квадраты:", results)
    print("exitcode:", p.exitcode)
