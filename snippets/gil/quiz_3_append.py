"""Проверьте себя: теряются ли элементы, добавленные в список без блокировки?"""

import threading

items: list[str] = []


def fill(tag: str) -> None:
    for _ in range(50_000):
        items.append(tag)  # одна операция встроенного типа


if __name__ == "__main__":
    workers = [threading.Thread(target=fill, args=(tag,)) for tag in "ABCD"]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"элементов в списке: {len(items)}")
