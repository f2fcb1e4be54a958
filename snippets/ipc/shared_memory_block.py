"""SharedMemory: родитель создаёт блок общей памяти, дочерний процесс подключается к нему по имени."""

from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def child(name: str) -> None:
    shm = SharedMemory(name=name)  # подключиться к существующему блоку (create=False)
    message = "привет из дочернего процесса".encode()
    shm.buf[0] = len(message)  # первый байт — длина сообщения
    shm.buf[1 : 1 + len(message)] = message
    shm.close()  # дочерний процесс только отключается; удалять блок — дело создателя


if __name__ == "__main__":
    shm = SharedMemory(create=True, size=64)
    print("Имя блока:", shm.name)  # имя выбирает система; по нему блок находят другие процессы
    print("Размер не меньше запрошенного:", shm.size >= 64)
    try:
        p = Process(target=child, args=(shm.name,))
        p.start()
        p.join()
        length = shm.buf[0]
        print("Родитель прочитал:", bytes(shm.buf[1 : 1 + length]).decode())
    finally:
        shm.close()  # отключить блок от этого процесса
        shm.unlink()  # удалить сам блок: один раз, в процессе-владельце

    try:
        SharedMemory(name=shm.name)
    except FileNotFoundError:
        print("После unlink() подключиться по имени нельзя: FileNotFoundError")
