"""Сервер в отдельном процессе."""

# Задача. Напишите сервер, который в отдельном процессе по очереди обслуживает трёх клиентов:
# читает текст до конца потока и отвечает тем же текстом заглавными буквами, а потом
# завершается. Клиенты подключаются из главной программы.

import socket
from multiprocessing import Process, Queue

CLIENTS = 3


def recv_all(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def server(port_queue: Queue) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:  # порт 0: любой свободный
        listener.settimeout(10)  # не ждать вечно клиента, который не придёт
        port_queue.put(listener.getsockname()[1])
        # Обслужите по очереди CLIENTS подключений: прочитайте текст до конца потока и ответьте
        # им же заглавными буквами (текст — в UTF-8).
        ...


def ask(port: int, text: str) -> str:
    # Подключитесь к серверу, отправьте text в UTF-8, сообщите серверу, что больше ничего не
    # пошлёте, и верните его ответ.
    ...
    return ""


if __name__ == "__main__":
    port_queue = Queue()
    p = Process(target=server, args=(port_queue,))
    p.start()
    port = port_queue.get()
    for text in ("привет", "сокеты и процессы", "ещё раз"):
        print(f"{text!r} -> {ask(port, text)!r}")
    p.join()
    print("Сервер обслужил всех и завершился, exitcode:", p.exitcode)
