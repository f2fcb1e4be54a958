"""Condition: потребители ждут товар на складе; поставщик будит их notify()."""

import sys
import threading

goods: list[str] = []
closed = False
cond = threading.Condition()  # внутри — RLock: он защищает goods и closed


def consumer(name: str) -> None:
    while True:
        with cond:
            # wait_for() отпускает блокировку на время ожидания
            # и проверяет условие после каждого пробуждения.
            cond.wait_for(lambda: goods or closed)
            if not goods:  # склад закрыт и пуст
                return
            item = goods.pop(0)
            sys.stdout.write(f"{item} забрал {name}\n")


def producer() -> None:
    global closed
    for n in range(1, 6):
        with cond:
            goods.append(f"товар {n}")
            cond.notify()  # разбудить одного ждущего
    with cond:
        closed = True
        cond.notify_all()  # разбудить всех: пора расходиться


if __name__ == "__main__":
    names = [f"потребитель {k}" for k in (1, 2, 3)]
    consumers = [threading.Thread(target=consumer, args=(n,)) for n in names]
    for t in consumers:
        t.start()
    supplier = threading.Thread(target=producer)
    supplier.start()
    supplier.join()
    for t in consumers:
        t.join()
    finished = not any(t.is_alive() for t in consumers)
    print(f"склад пуст: {not goods}, потоки завершились: {finished}")
    with cond:
        print(f"wait(timeout=0.1) без notify() вернул {cond.wait(timeout=0.1)}")
