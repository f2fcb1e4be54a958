"""fork передаёт всё; spawn и forkserver — только то, что берёт pickle."""

import multiprocessing
import pickle
import threading


def use_lock(lock) -> None:
    with lock:
        print("  дочерний: threading.Lock получен")


if __name__ == "__main__":
    # Порядок постоянный: get_all_start_methods() начинает с метода
    # по умолчанию, а он зависит от версии.
    for method in ("fork", "spawn", "forkserver"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # в Windows есть только spawn
        ctx = multiprocessing.get_context(method)
        print(f"{method}:")
        for what, target, args in (
            ("лямбда", lambda: print("  дочерний: лямбда вызвана"), ()),
            ("threading.Lock", use_lock, (threading.Lock(),)),
        ):
            p = ctx.Process(target=target, args=args)
            try:
                p.start()  # здесь spawn и forkserver вызывают pickle
            except (pickle.PicklingError, TypeError) as exc:
                print(f"  {what}: start() выбросил {type(exc).__name__}")
            else:
                p.join()
