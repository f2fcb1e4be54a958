"""Timer срабатывает один раз; cancel() помогает, только пока таймер ждёт."""

import threading

calls: list[str] = []


def ring(name: str) -> None:
    calls.append(name)


if __name__ == "__main__":
    early = threading.Timer(0.2, ring, args=("отменённый",))
    early.start()
    early.cancel()  # таймер ещё ждёт: функция не будет вызвана
    early.join()

    late = threading.Timer(0.1, ring, args=("сработавший",))
    late.start()
    late.join()  # поток таймера завершился: функция уже выполнена
    late.cancel()  # поздно: ничего не отменяет и не повторяет
    print(f"вызовы: {calls}")
    note = "запустить его ещё раз нельзя, нужен новый Timer"
    print(f"поток таймера жив: {late.is_alive()}; {note}")
    try:
        late.start()
    except RuntimeError as exc:
        print(f"late.start(): RuntimeError: {exc}")
