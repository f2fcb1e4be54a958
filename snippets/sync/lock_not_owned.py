"""У Lock нет владельца: захватил один поток, а освободить может другой."""

import threading

lock = threading.Lock()


def release_it() -> None:
    lock.release()  # этот поток lock не захватывал, и это не ошибка
    print("другой поток: освободил чужой захват")  # главный ждёт в join()


if __name__ == "__main__":
    lock.acquire()
    print(f"главный поток: захватил, locked() = {lock.locked()}")
    helper = threading.Thread(target=release_it)
    helper.start()
    helper.join()
    print(f"главный поток: locked() = {lock.locked()}")

    # Повторный захват тем же потоком: без тайм-аута ждал бы сам себя вечно.
    lock.acquire()
    again = lock.acquire(timeout=0.1)
    print(f"второй acquire(timeout=0.1) в том же потоке: {again}")
    lock.release()

    try:
        lock.release()  # освобождать незахваченный Lock нельзя
    except RuntimeError as exc:
        print(f"release() свободного Lock: RuntimeError: {exc}")
