"""fork передаёт дочернему процессу что угодно; spawn и forkserver — только то, что сериализует pickle."""

import multiprocessing
import pickle
import sys
import threading


def use_lock(lock) -> None:
    with lock:
        sys.stdout.write("  дочерний процесс: threading.Lock получен\n")


if __name__ == "__main__":
    # Порядок фиксирован: get_all_start_methods() начинает с метода по умолчанию, а он зависит от версии.
    available = multiprocessing.get_all_start_methods()
    for method in [m for m in ("fork", "spawn", "forkserver") if m in available]:
        ctx = multiprocessing.get_context(method)
        print(f"{method}:")
        for what, target, args in (
            ("лямбда", lambda: sys.stdout.write("  дочерний процесс: лямбда выполнилась\n"), ()),
            ("threading.Lock", use_lock, (threading.Lock(),)),
        ):
            p = ctx.Process(target=target, args=args)
            try:
                p.start()  # при spawn и forkserver здесь pickle сериализует target и args
            except (pickle.PicklingError, TypeError) as exc:
                print(f"  {what}: start() поднял {type(exc).__name__}")
            else:
                p.join()
