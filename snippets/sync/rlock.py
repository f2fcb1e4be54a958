"""RLock: владелец захватывает его повторно, а чужой поток не освободит."""

import threading


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = threading.RLock()

    def deposit(self, amount: int) -> None:
        with self.lock:
            self.balance += amount

    def deposit_twice(self, amount: int) -> None:
        with self.lock:  # первый захват
            # Второй захват тем же потоком: с Lock поток ждал бы сам себя.
            self.deposit(amount)
            self.deposit(amount)


def release_foreign(lock: threading.RLock) -> None:
    try:
        lock.release()
    except RuntimeError as exc:
        print(f"чужой поток: RuntimeError: {exc}")  # главный ждёт в join()


if __name__ == "__main__":
    account = Account()
    account.deposit_twice(50)
    print(f"баланс: {account.balance}")

    lock = threading.RLock()
    with lock:
        with lock:
            # У RLock есть владелец (ident потока) и счётчик захватов:
            # освобождать нужно столько же раз.
            print(f"ident главного потока: {threading.get_ident()}")
            print(repr(lock))
        other = threading.Thread(target=release_foreign, args=(lock,))
        other.start()
        other.join()
    try:
        lock.release()  # все захваты уже сняты
    except RuntimeError as exc:
        print(f"лишний release(): RuntimeError: {exc}")
