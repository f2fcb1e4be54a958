"""threading.local: у каждого потока свои значения атрибутов одного объекта."""

import sys
import threading

local = threading.local()
together = threading.Barrier(3)  # все три потока живы одновременно


def handle(user: str) -> None:
    inherited = hasattr(local, "user")  # значения главного потока здесь нет
    local.user = user  # атрибут виден только этому потоку
    together.wait()  # к этому моменту все три записали своё значение
    name = threading.current_thread().name
    user = local.user
    line = f"{name}: атрибут был до записи: {inherited}, local.user = {user}"
    sys.stdout.write(line + "\n")


def remember_ident(idents: list[int]) -> None:
    idents.append(threading.get_ident())


if __name__ == "__main__":
    local.user = "главный"
    threads = []
    for user in ("анна", "борис", "вера"):
        t = threading.Thread(target=handle, args=(user,), name=f"поток-{user}")
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"главный поток: local.user = {local.user}")
    distinct = len({t.ident for t in threads}) == 3
    print(f"ident живых одновременно потоков различны: {distinct}")

    # Потоки по очереди: каждый успевает завершиться до запуска следующего.
    idents: list[int] = []
    for _ in range(3):
        t = threading.Thread(target=remember_ident, args=(idents,))
        t.start()
        t.join()
    print(f"потоки по очереди: различных ident {len(set(idents))} из 3")
