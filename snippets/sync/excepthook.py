"""Свой excepthook: собрать ошибки потоков и разобрать их в главном потоке."""

import threading

errors: list[str] = []
errors_lock = threading.Lock()


def collect(args: threading.ExceptHookArgs) -> None:
    # Вызывается в том потоке, где случилось исключение, вместо трассировки.
    # Храним текст, а не сам объект исключения: так не возникает цикла ссылок.
    with errors_lock:
        kind = args.exc_type.__name__
        errors.append(f"{args.thread.name}: {kind}: {args.exc_value}")


def work(n: int) -> None:
    if n % 2:
        raise ValueError(f"плохое значение {n}")


if __name__ == "__main__":
    threading.excepthook = collect
    threads = []
    for n in range(4):
        t = threading.Thread(target=work, args=(n,), name=f"поток-{n}")
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"ошибок: {len(errors)}")
    for line in sorted(errors):
        print(line)
    threading.excepthook = threading.__excepthook__  # вернуть стандартный
