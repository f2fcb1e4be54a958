"""multiprocessing.connection.wait(): ждать сразу несколько каналов и процессов и читать тот, что готов."""

import sys
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def worker(n: int, conn) -> None:
    conn.send(n * n)
    conn.close()  # последняя копия передающего конца: у родителя recv() выбросит EOFError


if __name__ == "__main__":
    idle_end, _idle_send = Pipe(duplex=False)  # в этот канал никто не пишет
    print("wait() на пустом канале с тайм-аутом 0,1 с:", wait([idle_end], timeout=0.1))

    readers = {}  # принимающий конец -> имя процесса
    workers = []
    for n in (1, 2, 3):
        recv_end, send_end = Pipe(duplex=False)
        p = Process(target=worker, args=(n, send_end), name=f"процесс-{n}")
        p.start()
        send_end.close()  # копия родителя не нужна: иначе EOFError не наступит
        readers[recv_end] = p.name
        workers.append(p)

    while readers:
        for conn in wait(list(readers)):  # только те концы, из которых можно читать
            try:
                sys.stdout.write(f"{readers[conn]} прислал {conn.recv()}\n")
            except EOFError:  # канал закрыт с той стороны: больше его не ждём
                del readers[conn]
                conn.close()

    # p.sentinel — дескриптор процесса: wait() считает его готовым, когда процесс завершился.
    pending = {p.sentinel: p for p in workers}
    while pending:
        for sentinel in wait(list(pending)):
            pending.pop(sentinel).join()
    print("Все процессы завершились, exitcode:", [p.exitcode for p in workers])
