"""Вопрос: что вернёт recv(), когда собеседник отправил два байта и закрыл соединение?"""

import socket

if __name__ == "__main__":
    a, b = socket.socketpair()  # два соединённых сокета в одном процессе
    with a, b:
        a.sendall(b"hi")
        a.close()
        print(b.recv(1024))
        print(b.recv(1024))
