"""ShareableList: список фиксированной длины в общей памяти; строка не может стать длиннее исходной."""

from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def child(name: str) -> None:
    items = ShareableList(name=name)  # подключиться по имени
    items[0] += 1
    items[2] = "ок"  # короче исходной строки — помещается
    try:
        items[2] = "гораздо более длинная строка"
    except ValueError as exc:
        print("Ребёнок: ValueError:", exc)
    items.shm.close()


if __name__ == "__main__":
    items = ShareableList([41, 2.5, "строка", None, True])
    try:
        p = Process(target=child, args=(items.shm.name,))
        p.start()
        p.join()
        print("Родитель видит:", list(items))
        print("Длина фиксирована:", len(items))
    finally:
        items.shm.close()
        items.shm.unlink()
