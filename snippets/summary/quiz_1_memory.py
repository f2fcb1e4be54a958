"""Вопрос: какой список увидит родитель после потока и после процесса?"""

import multiprocessing
import threading

items: list[str] = []


def work(where: str) -> None:
    items.append(where)


if __name__ == "__main__":
    t = threading.Thread(target=work, args=("из потока",))
    t.start()
    t.join()
    p = multiprocessing.Process(target=work, args=("из процесса",))
    p.start()
    p.join()
    print(items)
