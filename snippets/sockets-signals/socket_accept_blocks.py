"""Сервер и клиент в одном скрипте друг за другом зависают: accept() ждёт клиента, который не придёт."""

import socket

if __name__ == "__main__":
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(0.5)  # без тайм-аута accept() ждал бы вечно
        try:
            conn, addr = listener.accept()  # код клиента стоит ниже и до сюда не выполнится
        except TimeoutError as exc:
            print(f"accept() никого не дождался за 0,5 с: {type(exc).__name__}: {exc}")
