"""Потоки одного процесса делят его память: один PID, одни и те же объекты."""

import os
import threading

notes: list[str] = []  # один список на весь процесс


def worker() -> None:
    me = threading.current_thread()
    # print() безопасен: главный поток ждёт в join() и ничего не печатает.
    print(f"новый поток:   PID {os.getpid()}, ident {me.ident}")
    notes.append("запись нового потока")


if __name__ == "__main__":
    print(f"главный поток: PID {os.getpid()}, ident {threading.get_ident()}")
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    # Поток изменил тот же самый объект, а не копию: главный поток видит запись.
    print(f"после join() главный поток видит: {notes}")
