"""fork при втором живом потоке: с Python 3.12 — DeprecationWarning."""

import multiprocessing
import sys
import textwrap
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

    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    print(f"Python {version}, потоков при fork: {threads}")
    print(f"Предупреждений: {len(caught)}")
    for w in caught:
        print(f"  {w.category.__name__}:")
        # Длинное сообщение переносим по словам, текст не меняется.
        for line in textwrap.wrap(str(w.message), 72):
            print(f"    {line}")
