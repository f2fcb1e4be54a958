"""Ошибка: клиент не посылает метку конца None — сервер ждёт следующую пару вечно."""

# check.py: клиент должен послать метку конца None

from multiprocessing import Process, Queue
from multiprocessing.connection import Client, Listener

KEY = b"exercise key"


def server(address_queue: Queue) -> None:
    with Listener(("127.0.0.1", 0), authkey=KEY) as listener:
        address_queue.put(listener.address)  # порт выбрала система: сообщаем клиенту
        with listener.accept() as conn:
            while (pair := conn.recv()) is not None:  # None — метка конца
                conn.send(pair[0] + pair[1])


if __name__ == "__main__":
    address_queue = Queue()
    p = Process(target=server, args=(address_queue,))
    p.start()
    address = address_queue.get()
    with Client(address, authkey=KEY) as conn:
        for a, b in ((1, 2), (10, 20), (100, 200)):
            conn.send((a, b))
            print(f"{a} + {b} = {conn.recv()}")
    p.join()
    print("Сервер завершился, exitcode:", p.exitcode)
