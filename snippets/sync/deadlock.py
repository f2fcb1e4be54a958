"""Взаимная блокировка из-за разного порядка захвата и тайм-аут против неё."""

import sys
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()


def crossed(
    name: str,
    first: threading.Lock,
    second: threading.Lock,
    step: threading.Barrier,
) -> None:
    with first:
        step.wait()  # теперь оба держат по одной блокировке и хотят чужую
        got = second.acquire(timeout=0.2)  # с acquire() оба ждали бы вечно
        if got:
            second.release()
        result = "взята" if got else "не взята за 0,2 с"
        sys.stdout.write(f"{name}: вторая блокировка {result}\n")
        step.wait()  # не отпускать первую, пока оба не попробовали взять вторую


def ordered(name: str, start: threading.Barrier) -> None:
    start.wait()  # стартуют одновременно и соревнуются за lock_a
    with lock_a, lock_b:  # порядок у всех один: сначала A, потом B
        sys.stdout.write(f"{name}: взял A и B\n")


def run(target, args1: tuple, args2: tuple) -> None:
    threads = [
        threading.Thread(target=target, args=("поток 1", *args1)),
        threading.Thread(target=target, args=("поток 2", *args2)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    print("Разный порядок: поток 1 берёт A, потом B; поток 2 берёт B, потом A")
    step = threading.Barrier(2)
    run(crossed, (lock_a, lock_b, step), (lock_b, lock_a, step))

    print("Один порядок для всех: A, потом B")
    start = threading.Barrier(2)
    run(ordered, (start,), (start,))
