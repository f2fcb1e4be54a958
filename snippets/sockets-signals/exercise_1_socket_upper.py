"""Решение упражнения 1: сервер в отдельном процессе по очереди обслуживает трёх клиентов."""

import socket
from multiprocessing import Process, Queue

CLIENTS = 3


def recv_all(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def server(port_queue: Queue) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(10)  # не ждать вечно клиента, который не придёт
        port_queue.put(listener.getsockname()[1])
        for _ in range(CLIENTS):  # обслужить ровно CLIENTS подключений и выйти
            conn, _addr = listener.accept()
            with conn:
                conn.sendall(recv_all(conn).decode("utf-8").upper().encode("utf-8"))


def ask(port: int, text: str) -> str:
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(text.encode("utf-8"))
        client.shutdown(socket.SHUT_WR)
        return recv_all(client).decode("utf-8")


if __name__ == "__main__":
    port_queue = Queue()
    p = Process(target=server, args=(port_queue,))
    p.start()
    port = port_queue.get()
    for text in ("привет", "сокеты и процессы", "ещё раз"):
        print(f"{text!r} -> {ask(port, text)!r}")
    p.join()
    print("Сервер обслужил всех и завершился, exitcode:", p.exitcode)
