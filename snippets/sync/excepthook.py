"""Свой threading.excepthook: собрать ошибки потоков и разобраться с ними в главном потоке."""

import threading

errors: list[str] = []
errors_lock = threading.Lock()


def collect(args: threading.ExceptHookArgs) -> None:
    # Вызывается в том потоке, где случилось исключение, вместо печати трассировки.
    # Храним текст, а не сам объект исключения: так не возникает цикла ссылок.
    with errors_lock:
        errors.append(f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")


def work(n: int) -> None:
    if n % 2:
        raise ValueError(f"плохое значение {n}")


if __name__ == "__main__":
    threading.excepthook = collect
    threads = [threading.Thread(target=work, args=(n,), name=f"поток-{n}") for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"ошибок: {len(errors)}")
    for line in sorted(errors):
        print(line)
    threading.excepthook = threading.__excepthook__  # вернуть стандартный обработчик
