"""Счётчик без блокировки: 5 потоков по 100 000 раз выполняют counter += 1."""

import dis
import threading

THREADS = 5
STEPS = 100_000
counter = 0


def increment() -> None:
    global counter
    for _ in range(STEPS):
        counter += 1


if __name__ == "__main__":
    # Инструкции байт-кода строки "counter += 1": прочитать, сложить, записать.
    shown = False
    for ins in dis.get_instructions(increment):
        is_read = ins.opname == "LOAD_GLOBAL" and ins.argval == "counter"
        shown = shown or is_read
        if shown:
            print(f"  {ins.opname} {ins.argrepr}".rstrip())
        if ins.opname == "STORE_GLOBAL":
            break

    threads = [threading.Thread(target=increment) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"counter = {counter}, должно быть {THREADS * STEPS}")
