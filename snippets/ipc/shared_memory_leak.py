"""Блок SharedMemory без unlink(): при выходе его удаляет resource_tracker и предупреждает об утечке."""

from multiprocessing.shared_memory import SharedMemory

if __name__ == "__main__":
    shm = SharedMemory(create=True, size=16)
    shm.buf[0] = 1
    shm.close()  # отключились, но блок не удалили: unlink() забыт
    print("Программа закончилась, блок не удалён")
