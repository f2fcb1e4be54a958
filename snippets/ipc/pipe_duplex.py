"""Pipe() по умолчанию двунаправленный; Pipe(duplex=False) даёт пару (принимающий конец, передающий конец)."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def child(conn: Connection) -> None:
    question = conn.recv()  # дочерний процесс читает из своего конца...
    conn.send(f"ответ на «{question}»")  # ...и пишет в тот же конец
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()  # duplex=True: каждый конец и читает, и пишет
    p = Process(target=child, args=(child_end,))
    p.start()
    child_end.close()  # этот конец теперь у дочернего процесса; родителю своя копия не нужна
    parent_end.send("вопрос")
    print("Родитель получил:", parent_end.recv())
    p.join()
    parent_end.close()

    recv_end, send_end = Pipe(duplex=False)  # порядок: сначала принимающий, потом передающий
    send_end.send([1, 2, 3])  # любой объект, который сериализуется pickle
    print("По одностороннему каналу пришло:", recv_end.recv())
    for name, method, args in (
        ("recv_end.send", recv_end.send, ("x",)),
        ("send_end.recv", send_end.recv, ()),
    ):
        try:
            method(*args)
        except OSError as exc:
            print(f"{name}(): OSError: {exc}")
    recv_end.close()
    send_end.close()
