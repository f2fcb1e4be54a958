"""Функции модуля threading: current_thread(), enumerate(), active_count()..."""

import threading

ready = threading.Event()
finish = threading.Event()


def work() -> None:
    me = threading.current_thread()
    # Пока поток печатает, главный ждёт ready и ничего не пишет:
    # print() безопасен.
    print(f"в потоке: current_thread().name = {me.name!r}")
    print(f"в потоке: это главный поток? {me is threading.main_thread()}")
    same_ident = threading.get_ident() == me.ident
    print(f"в потоке: get_ident() == ident: {same_ident}")
    same_native = threading.get_native_id() == me.native_id
    print(f"в потоке: get_native_id() == native_id: {same_native}")
    ready.set()
    finish.wait()  # остаёмся живыми, пока главный поток считает потоки


if __name__ == "__main__":
    t = threading.Thread(target=work, name="рабочий")
    t.start()
    ready.wait()
    print(f"main_thread().name = {threading.main_thread().name!r}")
    print(f"enumerate(): {sorted(th.name for th in threading.enumerate())}")
    print(f"active_count() = {threading.active_count()}")
    finish.set()
    t.join()
    print(f"после join(): active_count() = {threading.active_count()}")
