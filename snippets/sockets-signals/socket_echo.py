"""Сервер в отдельном процессе, клиент в главном: TCP-сокет на 127.0.0.1 и свободном порту от ОС."""

import socket
import sys
from multiprocessing import Process, Queue

MESSAGE = "Привет от клиента!"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def recv_all(conn: socket.socket) -> bytes:
    """Читать, пока собеседник не закроет свою сторону: recv() вернёт b"", когда данных больше не будет."""
    chunks = []
    while chunk := conn.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def server(port_queue: Queue) -> None:
    # Порт 0: свободный порт выбирает операционная система.
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(10)  # клиент так и не пришёл — TimeoutError, а не вечное ожидание
        port_queue.put(listener.getsockname()[1])  # сообщаем клиенту, куда подключаться
        conn, _addr = listener.accept()  # ждём одного клиента
        with conn:
            text = recv_all(conn).decode("utf-8")
            say(f"Сервер получил: {text}")
            reply = f"Сервер прочитал {len(text)} символов"
            conn.sendall(reply.encode("utf-8"))
    # Выход из with закрывает сокеты: recv() у клиента вернёт b"".


if __name__ == "__main__":
    port_queue = Queue()
    p = Process(target=server, args=(port_queue,))
    p.start()
    port = port_queue.get()  # сервер уже слушает: listen() вызван внутри create_server()
    say(f"Сервер слушает 127.0.0.1:{port}")

    with socket.create_connection(("127.0.0.1", port)) as client:
        # sendall() отправляет все байты; send() может отправить только часть и вернуть их число.
        client.sendall(MESSAGE.encode("utf-8"))
        client.shutdown(socket.SHUT_WR)  # «я всё отправил»: recv() у сервера вернёт b""
        reply = recv_all(client).decode("utf-8")
    say(f"Клиент получил ответ: {reply}")
    p.join()
    say(f"Сервер завершился, exitcode: {p.exitcode}")
