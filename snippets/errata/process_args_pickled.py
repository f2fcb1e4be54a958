"""Аргументы Process упаковываются pickle при spawn и forkserver, а при fork — нет."""

import multiprocessing
import pickle


class Payload:
    """Аргумент, который сообщает, когда его упаковывают."""

    def __init__(self):
        self.via_pickle = False

    def __getstate__(self):
        print("  родитель: start() упаковывает аргумент pickle", flush=True)
        return {"via_pickle": True}


def show(payload):
    print(f"  дочерний процесс: получил аргумент через pickle: {payload.via_pickle}", flush=True)


def call(function):
    print(f"  дочерний процесс: вызвал лямбду: {function()}", flush=True)


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        if method not in multiprocessing.get_all_start_methods():
            print(f"{method}: этого метода здесь нет (в Windows есть только spawn)")
            continue
        context = multiprocessing.get_context(method)
        print(f"{method}:")
        worker = context.Process(target=show, args=(Payload(),))
        worker.start()
        worker.join()
        # Лямбду pickle упаковать не может: при fork это не мешает, при spawn start() падает.
        worker = context.Process(target=call, args=(lambda: "работает",))
        try:
            worker.start()
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            print(f"  start() не смог упаковать лямбду: {type(exc).__name__}")
        else:
            worker.join()
