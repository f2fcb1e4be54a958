"""Решение упражнения 3: родитель читает три канала через connection.wait(), пока все не закроются."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def sender(n: int, conn) -> None:
    for k in (1, 2, 3):
        conn.send(n * k)
    conn.close()


if __name__ == "__main__":
    sums = {}  # номер процесса -> сумма присланных им чисел
    readers = {}  # принимающий конец -> номер процесса
    workers = []
    for n in (1, 2, 3):
        recv_end, send_end = Pipe(duplex=False)
        p = Process(target=sender, args=(n, send_end))
        p.start()
        send_end.close()  # иначе EOFError не наступит никогда
        readers[recv_end] = n
        sums[n] = 0
        workers.append(p)

    closed = 0
    while readers:
        for conn in wait(list(readers)):
            try:
                sums[readers[conn]] += conn.recv()
            except EOFError:
                del readers[conn]
                conn.close()
                closed += 1
    for p in workers:
        p.join()
    for n in sorted(sums):  # порядок прихода меняется, печать — по номеру процесса
        print(f"Сумма от процесса {n}: {sums[n]}")
    print(f"Закрыто каналов: {closed}")
