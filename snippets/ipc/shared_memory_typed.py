"""Типизированный вид на SharedMemory без NumPy: memoryview.cast("d") — массив double в общей памяти."""

import struct
from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory

COUNT = 5
ITEM = struct.calcsize("d")  # 8 байт на число double


def fill_squares(name: str) -> None:
    shm = SharedMemory(name=name)
    numbers = shm.buf[: COUNT * ITEM].cast("d")  # те же байты, но по 8 на элемент, как список float
    for i in range(COUNT):
        numbers[i] = i * i / 2
    numbers.release()  # отпустить вид до close(): иначе BufferError
    shm.close()


if __name__ == "__main__":
    shm = SharedMemory(create=True, size=COUNT * ITEM)
    try:
        # Размер блока может оказаться больше запрошенного (память выделяют страницами),
        # поэтому вид берут ровно на COUNT * ITEM байт.
        numbers = shm.buf[: COUNT * ITEM].cast("d")
        p = Process(target=fill_squares, args=(shm.name,))
        p.start()
        p.join()
        print("Формат и размер элемента:", numbers.format, numbers.itemsize)
        print("Родитель прочитал:", numbers.tolist())
        try:
            shm.close()
        except BufferError as exc:
            print("close() при живом виде: BufferError:", exc)
        numbers.release()
    finally:
        shm.close()
        shm.unlink()
