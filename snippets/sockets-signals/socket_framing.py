"""Границы сообщений в TCP: длина впереди каждого сообщения (struct) и чтение ровно n байт."""

import socket
import struct
import sys
from multiprocessing import Process, Queue

HEADER = struct.Struct("!I")  # 4 байта, беззнаковое целое, сетевой порядок байтов (big-endian)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def frame(data: bytes) -> bytes:
    return HEADER.pack(len(data)) + data  # сначала длина, потом само сообщение


def send_message(sock: socket.socket, data: bytes) -> None:
    sock.sendall(frame(data))


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
        listener.settimeout(10)  # клиент так и не пришёл — TimeoutError, а не вечное ожидание
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
    with socket.create_connection(("127.0.0.1", port)) as client:
        # Два коротких сообщения одним sendall(): байты идут подряд, границы видны только по длинам.
        client.sendall(b"".join(frame(text.encode("utf-8")) for text in ("привет", "как дела?")))
        replies = [recv_message(client) for _ in range(2)]  # ровно два ответа, не больше и не меньше
        long_text = "я" * 100_000  # 200 000 байт в UTF-8: за один recv() они не придут
        send_message(client, long_text.encode("utf-8"))
        replies.append(recv_message(client))
        send_message(client, b"")  # конец разговора
    for reply in replies:
        text = reply.decode("utf-8")
        say(f"Клиент: ответ {text[:12]!r}, {len(text)} символов")
    p.join()
    say(f"Сервер завершился, exitcode: {p.exitcode}")
