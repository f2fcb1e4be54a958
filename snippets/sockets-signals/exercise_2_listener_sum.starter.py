"""Сервер-сумматор на Listener."""

# Задача. Напишите сервер-сумматор на Listener с ключом authkey: в отдельном процессе он принимает
# одного клиента, получает пары чисел и отвечает их суммой, пока не придёт метка конца None.
# Клиент из главной программы присылает (1, 2), (10, 20), (100, 200) и печатает для каждой пары
# «a + b = сумма», а в конце — «Сервер завершился, exitcode: 0».

from multiprocessing import Process, Queue
from multiprocessing.connection import Client, Listener

KEY = b"exercise key"


def server(address_queue: Queue) -> None:
    with Listener(("127.0.0.1", 0), authkey=KEY) as listener:
        address_queue.put(listener.address)  # порт выбрала система: сообщаем клиенту
        # Примите одного клиента и отвечайте на каждую пару чисел их суммой, пока не придёт None.
        ...


if __name__ == "__main__":
    address_queue = Queue()
    p = Process(target=server, args=(address_queue,))
    p.start()
    address = address_queue.get()
    # Подключитесь к address с ключом KEY, пошлите пары (1, 2), (10, 20), (100, 200), печатая для
    # каждой f"{a} + {b} = {сумма}", и пошлите метку конца None.
    ...
    p.join()
    print("Сервер завершился, exitcode:", p.exitcode)
