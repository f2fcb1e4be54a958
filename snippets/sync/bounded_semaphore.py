"""Лишний release(): Semaphore молча растёт, BoundedSemaphore — ошибка."""

import threading


def free_slots(sem: threading.Semaphore) -> int:
    """Сколько раз семафор можно захватить без ожидания (захваты вернуть)."""
    taken = 0
    while sem.acquire(blocking=False):
        taken += 1
    for _ in range(taken):
        sem.release()
    return taken


if __name__ == "__main__":
    plain = threading.Semaphore(2)
    plain.release()  # ошибка в программе: release() без acquire()
    slots = free_slots(plain)
    print(f"Semaphore(2) после лишнего release(): свободных мест {slots}")

    bounded = threading.BoundedSemaphore(2)
    try:
        bounded.release()
    except ValueError as exc:
        print(f"BoundedSemaphore(2): ValueError: {exc}")
    print(f"BoundedSemaphore(2): свободных мест {free_slots(bounded)}")
