"""Флаг daemon задают до start(); по умолчанию он как у потока-создателя."""

import threading


def make_child(results: dict[str, bool], creator: str) -> None:
    child = threading.Thread(target=lambda: None)  # флаг daemon не указан
    results[creator] = child.daemon


if __name__ == "__main__":
    print(f"главный поток: daemon={threading.main_thread().daemon}")
    results: dict[str, bool] = {}
    for creator, is_daemon in (("обычным потоком", False), ("демоном", True)):
        t = threading.Thread(
            target=make_child,
            args=(results, creator),
            daemon=is_daemon,
        )
        t.start()
        t.join()
    for creator, flag in results.items():
        print(f"поток, созданный {creator}: daemon={flag}")

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        worker.daemon = True  # поздно: поток уже запущен
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
    stop.set()
    worker.join()
