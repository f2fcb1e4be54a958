"""is_alive(), ident и native_id потока до start(), во время работы и после."""

import threading

release = threading.Event()


def work() -> None:
    release.wait()  # поток живёт, пока главный поток не разрешит ему закончить


def show(stage: str, t: threading.Thread) -> None:
    ids = f"ident={t.ident}, native_id={t.native_id}"
    print(f"{stage:<15} is_alive()={t.is_alive()}, {ids}")


if __name__ == "__main__":
    t = threading.Thread(target=work, name="рабочий")
    show("до start():", t)
    t.start()
    show("после start():", t)

    result = t.join(timeout=0.1)  # поток занят: join() вернётся по тайм-ауту
    print(f"join(timeout=0.1) вернул {result}, поток жив: {t.is_alive()}")

    release.set()
    t.join()
    show("после join():", t)
