"""Память у процесса своя: изменения дочернего процесса родитель не видит."""

import multiprocessing

counter = 0
items = ["из родителя"]


def worker() -> None:
    global counter
    counter += 100
    items.append("из дочернего процесса")
    print(f"Дочерний процесс: counter={counter}, items={items}")


if __name__ == "__main__":
    p = multiprocessing.Process(target=worker)
    p.start()
    p.join()
    print(f"Родитель:         counter={counter}, items={items}")
