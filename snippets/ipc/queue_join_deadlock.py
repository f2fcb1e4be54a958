"""join() до get(): процесс, положивший в очередь большой объект, не завершится, пока объект не заберут."""

from multiprocessing import Event, Process, Queue


def worker(q, item, returned) -> None:
    q.put(item)  # put() не ждёт: данные в канал пишет фоновый поток очереди
    returned.set()  # функция процесса дошла до конца


def start(item) -> tuple:
    q, returned = Queue(), Event()
    p = Process(target=worker, args=(q, item, returned))
    p.start()
    returned.wait()
    return q, p


if __name__ == "__main__":
    # Неверный порядок: join() раньше get(). С маленьким объектом он срабатывает...
    q, p = start(49)
    p.join(timeout=5)
    print("Число 49: процесс завершился до get():", not p.is_alive(), "| exitcode:", p.exitcode)
    print("  get():", q.get())

    # ...а с большим (10 МиБ — намного больше буфера канала) без тайм-аута программа зависла бы навсегда.
    q, p = start(b"x" * (10 * 1024 * 1024))
    p.join(timeout=0.5)
    print("10 МиБ: процесс жив через 0,5 с после join():", p.is_alive(), "| exitcode:", p.exitcode)

    # Правильный порядок: сначала забрать данные, потом ждать процесс.
    data = q.get()
    p.join()
    print("  get(): получено байт:", len(data))
    print("  после get() join() дождался: жив:", p.is_alive(), "| exitcode:", p.exitcode)
