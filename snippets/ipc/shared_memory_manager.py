"""SharedMemoryManager: блоки общей памяти, которые удаляются сами при выходе из with."""

from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList


def square(name: str, i: int) -> None:
    items = ShareableList(name=name)  # подключиться по имени, как к обычному блоку
    items[i] = i * i  # каждый процесс пишет только в свою ячейку
    items.shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:  # запускает процесс-сервер, который помнит все блоки
        items = smm.ShareableList([0] * 4)
        name = items.shm.name
        workers = [Process(target=square, args=(name, i)) for i in range(4)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print("Процессы записали:", list(items))
        items.shm.close()  # отключиться каждый должен сам; unlink() сделает менеджер
    # Выход из with: менеджер вызвал unlink() для каждого блока, который создал.
    try:
        ShareableList(name=name)
    except FileNotFoundError:
        print("После выхода из with блока нет: FileNotFoundError")
