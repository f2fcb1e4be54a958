"""Барьер ломается: тайм-аут или abort() будят всех с BrokenBarrierError."""

import sys
import threading
import time

barrier = threading.Barrier(3)  # ждём троих, а придут только двое


def member(name: str, timeout: float | None) -> None:
    try:
        barrier.wait(timeout=timeout)
    except threading.BrokenBarrierError:
        sys.stdout.write(f"{name}: BrokenBarrierError\n")


if __name__ == "__main__":
    patient = threading.Thread(
        target=member,
        args=("терпеливый (без тайм-аута)", None),
    )
    hasty = threading.Thread(
        target=member,
        args=("торопливый (тайм-аут 0,2 с)", 0.2),
    )
    patient.start()
    hasty.start()
    patient.join()
    hasty.join()
    print(f"broken = {barrier.broken}")

    barrier.reset()  # починить барьер для следующего раза
    print(f"после reset(): broken = {barrier.broken}")

    waiter = threading.Thread(target=member, args=("ждущий", None))
    waiter.start()
    while barrier.n_waiting < 1:  # дождаться, пока поток встанет у барьера
        time.sleep(0.01)
    barrier.abort()  # сломать барьер явно, например при ошибке в другом потоке
    waiter.join()
    print(f"после abort(): broken = {barrier.broken}")
