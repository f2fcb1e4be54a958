"""Event: потоки ждут сигнала wait(), один поток подаёт его set()."""

import sys
import threading

ready = threading.Event()


def waiter(name: str) -> None:
    got = ready.wait()  # блокирует, пока флаг не установлен
    sys.stdout.write(f"{name}: дождался, wait() вернул {got}\n")


if __name__ == "__main__":
    names = [f"ждущий {n}" for n in range(1, 4)]
    threads = [threading.Thread(target=waiter, args=(n,)) for n in names]
    for t in threads:
        t.start()

    # Флаг никто не установил: wait() с тайм-аутом возвращает False.
    print(f"главный поток: wait(timeout=0.1) вернул {ready.wait(timeout=0.1)}")
    print("главный поток: set()")
    ready.set()  # будит всех ждущих сразу
    for t in threads:
        t.join()

    now = ready.wait()  # флаг установлен: не ждёт
    state = ready.is_set()
    print(f"is_set() = {state}, а wait() теперь возвращается сразу: {now}")
    ready.clear()
    print(f"после clear(): wait(timeout=0.1) вернул {ready.wait(timeout=0.1)}")
