"""Упражнение 3: что видит дочерний процесс в глобальном списке."""

import multiprocessing

ITEMS = ["из файла"]


def show() -> None:
    ITEMS.append("из дочернего")
    print(f"  дочерний: {ITEMS}")


if __name__ == "__main__":
    ITEMS.append("из родителя")  # это видит только копия родителя, то есть fork
    for method in ("fork", "spawn", "forkserver"):
        if method not in multiprocessing.get_all_start_methods():
            continue
        print(f"{method}:")
        p = multiprocessing.get_context(method).Process(target=show)
        p.start()
        p.join()
    print(f"Родитель: {ITEMS}")
