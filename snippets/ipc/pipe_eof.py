"""recv() выбрасывает EOFError, только когда закрыты все копии передающего конца, включая родительскую."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def producer(conn: Connection) -> None:
    for word in ("раз", "два", "три"):
        conn.send(word)
    conn.close()  # дочерний процесс закрывает свою копию


def read_until_eof(conn: Connection) -> None:
    while True:
        try:
            print("  получено:", conn.recv())
        except EOFError:
            print("  EOFError: писать в канал больше некому")
            return


if __name__ == "__main__":
    print("Родитель закрыл свою копию передающего конца:")
    recv_end, send_end = Pipe(duplex=False)
    p = Process(target=producer, args=(send_end,))
    p.start()
    send_end.close()  # сразу после start(): копия у дочернего процесса уже есть
    read_until_eof(recv_end)
    p.join()
    recv_end.close()

    print("Родитель забыл закрыть свою копию:")
    recv_end, send_end = Pipe(duplex=False)
    p = Process(target=producer, args=(send_end,))
    p.start()
    for _ in range(3):
        print("  получено:", recv_end.recv())
    p.join()
    print("  дочерний процесс завершился, exitcode:", p.exitcode)
    # recv() здесь ждал бы вечно; poll() с тайм-аутом показывает это безопасно.
    print("  за 0,5 с в канале ничего не появилось:", not recv_end.poll(0.5))
    send_end.close()
    print("  после send_end.close():")
    read_until_eof(recv_end)
    recv_end.close()
