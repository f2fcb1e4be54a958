"""Pipe или Queue: сколько стоит сообщение между двумя процессами — туда и обратно и подряд."""

import multiprocessing
import os
import platform
import time

REPEATS = 3
# (что измеряем, сообщение, сколько сообщений)
CASES = (
    ("туда и обратно, число", 5, 2_000),
    ("подряд в одну сторону, число", 5, 10_000),
    ("подряд в одну сторону, 1 МиБ", bytes(2**20), 100),
)


def echo_pipe(conn):
    while (item := conn.recv()) is not None:
        conn.send(item)


def echo_queue(inbox, outbox):
    while (item := inbox.get()) is not None:
        outbox.put(item)


def stream_pipe(conn, payload, count):
    for number in range(count):
        conn.send((number, payload))
    conn.send(None)


def stream_queue(outbox, payload, count):
    for number in range(count):
        outbox.put((number, payload))
    outbox.put(None)


def measure(send, get, payload, count, ping_pong):
    """Секунды на сообщение и дошло ли всё по порядку. Запуск процесса в замер не входит."""
    if ping_pong:
        send((0, payload))
        get()  # первый обмен: процесс уже запущен и ждёт
        started = time.perf_counter()
        numbers = []
        for number in range(count):
            send((number, payload))
            numbers.append(get()[0])
        elapsed = time.perf_counter() - started
        send(None)
    else:
        numbers = [get()[0]]
        started = time.perf_counter()
        while (item := get()) is not None:
            numbers.append(item[0])
        elapsed = time.perf_counter() - started
    return elapsed / count, numbers == list(range(len(numbers)))


def with_pipe(payload, count, ping_pong):
    ours, theirs = multiprocessing.Pipe()
    if ping_pong:
        worker = multiprocessing.Process(target=echo_pipe, args=(theirs,))
    else:
        worker = multiprocessing.Process(target=stream_pipe, args=(theirs, payload, count))
    worker.start()
    result = measure(ours.send, ours.recv, payload, count, ping_pong)
    worker.join()
    return result


def with_queue(payload, count, ping_pong):
    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    if ping_pong:
        worker = multiprocessing.Process(target=echo_queue, args=(inbox, outbox))
    else:
        worker = multiprocessing.Process(target=stream_queue, args=(outbox, payload, count))
    worker.start()
    result = measure(inbox.put, outbox.get, payload, count, ping_pong)  # сначала всё забрать, потом join()
    worker.join()
    return result


if __name__ == "__main__":
    print(f"Машина: логических процессоров {os.cpu_count()}, Python {platform.python_version()}")
    all_in_order = True
    for label, payload, count in CASES:
        best = {"Pipe": float("inf"), "Queue": float("inf")}
        for _ in range(REPEATS):  # лучший из трёх; способы чередуются, чтобы чужая нагрузка задела оба
            for name, run in (("Pipe", with_pipe), ("Queue", with_queue)):
                per_message, in_order = run(payload, count, ping_pong=label.startswith("туда"))
                best[name] = min(best[name], per_message)
                all_in_order = all_in_order and in_order
        print(f"{label} ({count} сообщений):")
        print(f"  Pipe {best['Pipe'] * 1e6:.1f} мкс, Queue {best['Queue'] * 1e6:.1f} мкс на сообщение")
        print(f"  Queue / Pipe: {best['Queue'] / best['Pipe']:.2f}")
    # Это не зависит ни от машины, ни от её загрузки: оба канала доставляют сообщения по порядку.
    print(f"все сообщения дошли, и по порядку: {all_in_order}")
