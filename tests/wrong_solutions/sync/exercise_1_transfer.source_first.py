"""Ошибка: блокировки в порядке «откуда — куда» — встречные переводы блокируют друг друга."""

# check.py: взаимная блокировка

import threading
import time


class Account:
    def __init__(self, number: int, balance: int) -> None:
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src: Account, dst: Account, amount: int) -> None:
    with src.lock, dst.lock:
        balance = src.balance
        time.sleep(0)
        src.balance = balance - amount
        dst.balance += amount


def many(src: Account, dst: Account, times: int) -> None:
    for _ in range(times):
        transfer(src, dst, 1)


if __name__ == "__main__":
    a, b = Account(1, 1000), Account(2, 1000)
    threads = [
        threading.Thread(target=many, args=(a, b, 500)),
        threading.Thread(target=many, args=(b, a, 300)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"счёт 1: {a.balance}, счёт 2: {b.balance}, всего: {a.balance + b.balance}")
