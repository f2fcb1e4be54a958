"""print() в обработчике сигнала, прервавшем запись в тот же поток вывода: RuntimeError, а не зависание."""

import io
import signal

errors: list[str] = []


class Terminal(io.RawIOBase):
    """Поток вывода, в котором сигнал приходит ровно в середине записи (так его легко показать)."""

    name = "<терминал>"
    written = b""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        # BufferedWriter над нами сейчас держит свою блокировку. Сигнал в этот момент:
        signal.raise_signal(signal.SIGINT)  # обработчик Python выполнится сразу после вызова
        self.written += bytes(data)
        return len(data)


out = io.TextIOWrapper(io.BufferedWriter(Terminal()), encoding="utf-8")


def handler(signum: int, frame) -> None:
    try:
        print("обработчик: пришёл сигнал", file=out, flush=True)
    except RuntimeError as exc:
        errors.append(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, handler)  # SIGINT и raise_signal() есть и в Windows
    print("основной код: пишу строку", file=out, flush=True)
    print("Записано в поток:", out.buffer.raw.written.decode().rstrip())
    print("Обработчик поймал:", *errors, sep="\n  ")
