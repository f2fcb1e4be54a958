"""Timer из главного потока — не демон: программа дождётся его, даже если главный поток закончился."""

import sys
import threading


def greet(name: str, greeting: str = "Привет") -> None:
    sys.stdout.write(f"{greeting}, {name}!\n")


if __name__ == "__main__":
    timer = threading.Timer(0.2, greet, args=("Алиса",), kwargs={"greeting": "Здравствуй"})
    print(f"таймер — демон: {timer.daemon}")
    print("главный поток: запускаю таймер и заканчиваюсь")
    timer.start()
    # Дальше кода нет: интерпретатор перед выходом дожидается всех потоков, кроме демонов.
