"""Границы сообщений в TCP: длина впереди каждого сообщения (struct) и чтение ровно n байт."""

import socket
import struct
import sys
from multiprocessing import Process, Queue

HEADER = struct.Struct("!I")  # 4 байта, беззнаковое целое, сетевой порядок байтов (big-endian)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def send_message(sock: socket.socket, data: bytes) -> None:
    sock.sendall(HEADER.pack(len(data)) + data)


def recv_exact(sock: socket.socket, n: int) -> bytes:
    """Читать, пока не наберётся ровно n байт: один recv() может вернуть меньше."""
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError(f"соединение закрыто: получено {len(buf)} байт из {n}")
        buf += chunk
    return bytes(buf)


def recv_message(sock: socket.socket) -> bytes:
    (length,) = HEADER.unpack(recv_exact(sock, HEADER.size))
    return recv_exact(sock, length)


def server(port_queue: Queue) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        if sys.platform != "win32":
            reuse = listener.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
            say(f"Сервер: create_server() включил SO_REUSEADDR: {reuse != 0}")
        port_queue.put(listener.getsockname()[1])
        conn, _addr = listener.accept()
        with conn:
            while (data := recv_message(conn)) != b"":  # пустое сообщение — «больше ничего не будет»
                say(f"Сервер: сообщение из {len(data)} байт")
                send_message(conn, data.decode("utf-8").upper().encode("utf-8"))


if __name__ == "__main__":
    port_queue = Queue()
    p = Process(target=server, args=(port_queue,))
    p.start()
    port = port_queue.get()
    messages = ["привет", "как дела?", "я" * 100_000]  # последнее — 200 000 байт, не за один recv()
    with socket.create_connection(("127.0.0.1", port)) as client:
        for text in messages:
            send_message(client, text.encode("utf-8"))
            reply = recv_message(client).decode("utf-8")  # ответ на это сообщение, не больше и не меньше
            say(f"Клиент: ответ {reply[:12]!r}, {len(reply)} символов")
        send_message(client, b"")  # конец разговора
    p.join()
    say(f"Сервер завершился, exitcode: {p.exitcode}")
