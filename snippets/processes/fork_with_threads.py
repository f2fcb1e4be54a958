"""fork в программе, где работает ещё один поток: с Python 3.12 это DeprecationWarning, в 3.11 — молча."""

import multiprocessing
import sys
import threading
import warnings


def child() -> None:
    pass


if __name__ == "__main__":
    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()  # в момент fork этот поток жив

    threads = threading.active_count()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = multiprocessing.get_context("fork").Process(target=child)
        p.start()
        p.join()
    release.set()
    helper.join()

    print(f"Python {sys.version_info.major}.{sys.version_info.minor}, потоков при fork: {threads}")
    print(f"Предупреждений: {len(caught)}")
    for w in caught:
        print(f"  {w.category.__name__}: {w.message}")
