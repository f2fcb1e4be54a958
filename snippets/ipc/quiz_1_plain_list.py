"""Вопрос: увидит ли родитель элемент, который дочерний процесс добавил в обычный список?"""

from multiprocessing import Process


def add(items: list) -> None:
    items.append("из дочернего процесса")
    print("В дочернем процессе:", items)


if __name__ == "__main__":
    items = []
    p = Process(target=add, args=(items,))
    p.start()
    p.join()
    print("В родителе:", items)
