"""Thread(context=...) (Python 3.14+): в каком контексте выполняется target."""

import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="не задан")


def show(label: str) -> None:
    sys.stdout.write(f"{label}: request_id = {request_id.get()}\n")


if __name__ == "__main__":
    if sys.version_info < (3, 14):
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        print(f"параметр context у Thread появился в Python 3.14, здесь {here}")
        sys.exit(0)
    request_id.set("A-17")
    show("главный поток")
    # По умолчанию решает флаг: в обычной сборке он 0,
    # и поток начинает с пустого контекста.
    inherit = sys.flags.thread_inherit_context
    print(f"sys.flags.thread_inherit_context = {inherit}")
    variants = [
        ("context=None", None),
        ("context=copy_context()", contextvars.copy_context()),
    ]
    for label, ctx in variants:
        t = threading.Thread(target=show, args=(label,), context=ctx)
        t.start()
        t.join()  # потоки по очереди: порядок строк постоянный
