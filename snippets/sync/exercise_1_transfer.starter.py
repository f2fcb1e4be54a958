"""Переводы между счетами."""

# Задача. У каждого счёта свой Lock. Напишите transfer(src, dst, amount) так, чтобы встречные
# переводы из двух потоков не теряли денег и не зависали. Между чтением и записью баланса стоит
# time.sleep(0), чтобы ошибка проявилась наверняка. Подсказка: что будет, если брать блокировки
# в порядке «сначала счёт-источник, потом счёт-получатель»?

import threading
import time


class Account:
    def __init__(self, number: int, balance: int) -> None:
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src: Account, dst: Account, amount: int) -> None:
    # Возьмите блокировки обоих счетов так, чтобы встречные переводы не мешали друг другу и не
    # зависали, и выполните перевод под ними.
    ...
    balance = src.balance
    time.sleep(0)  # уступить процессор посреди операции
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
