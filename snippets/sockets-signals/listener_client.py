"""Listener и Client из multiprocessing.connection: сокет, по которому ходят объекты, с проверкой ключа."""

import sys
from multiprocessing import Process
from multiprocessing.connection import AuthenticationError, Client, Listener

KEY = b"secret key"


def client(address, key: bytes) -> None:
    try:
        with Client(address, authkey=key) as conn:  # рукопожатие: доказать, что знаем ключ
            conn.send({"задача": "сложить", "числа": [1, 2, 3]})
            sys.stdout.write(f"Клиент получил ответ: {conn.recv()}\n")
    except AuthenticationError as exc:
        sys.stdout.write(f"Клиент: AuthenticationError: {exc}\n")


def serve_one(listener: Listener, key: bytes) -> str:
    """Запустить клиента с ключом key и обслужить одно его подключение."""
    p = Process(target=client, args=(listener.address, key))
    p.start()
    try:
        with listener.accept() as conn:  # accept() сам проверяет ключ клиента
            request = conn.recv()
            conn.send(sum(request["числа"]))
            result = f"Сервер получил {request}"
    except AuthenticationError as exc:
        result = f"Сервер: AuthenticationError: {exc}"
    p.join()  # строка клиента напечатана раньше: она выводится до его выхода
    return result


if __name__ == "__main__":
    # Порт 0: свободный порт выбирает система; listener.address — настоящий адрес.
    with Listener(("127.0.0.1", 0), authkey=KEY) as listener:
        print("С верным ключом:", flush=True)  # до запуска клиента: его строка пойдёт следом
        print(serve_one(listener, KEY), flush=True)
        print("С неверным ключом:", flush=True)
        print(serve_one(listener, b"wrong key"))
