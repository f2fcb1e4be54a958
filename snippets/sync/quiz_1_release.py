"""Проверьте себя: главный поток захватил Lock и RLock, а освобождает другой."""

import threading


def release(name: str, lock) -> None:
    try:
        lock.release()
        print(f"{name}: освобождён другим потоком")
    except RuntimeError as exc:
        print(f"{name}: RuntimeError: {exc}")


if __name__ == "__main__":
    locks = {"Lock": threading.Lock(), "RLock": threading.RLock()}
    for name, lock in locks.items():
        lock.acquire()  # захватывает главный поток
        helper = threading.Thread(target=release, args=(name, lock))
        helper.start()
        helper.join()  # пока другой поток печатает, главный ждёт здесь
