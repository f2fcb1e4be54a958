"""Вопрос: где окажется исключение, выброшенное обработчиком сигнала?"""

import signal


def handler(signum: int, frame) -> None:
    raise RuntimeError("из обработчика")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, handler)
    try:
        print("до сигнала")
        signal.raise_signal(signal.SIGINT)
        print("после сигнала")
    except RuntimeError as exc:
        print("основной код поймал:", exc)
