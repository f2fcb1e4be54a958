"""print() пишет текст и перевод строки двумя вызовами write(), поэтому строки потоков могут склеиться."""

import threading


class Recorder:
    """Файлоподобный объект: запоминает каждый вызов write() отдельно."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def write(self, text: str) -> None:
        self.calls.append(text)


class Interleaving(Recorder):
    """Пропускает второй поток ровно между двумя вызовами write() первого: так бывает при
    неудачном переключении потоков, а здесь это подстроено, чтобы случалось каждый раз."""

    def __init__(self) -> None:
        super().__init__()
        self.first_text_written = threading.Event()
        self.second_done = threading.Event()

    def write(self, text: str) -> None:
        super().write(text)
        if text == "строка A":
            self.first_text_written.set()
            self.second_done.wait(timeout=5)  # поток A «вытеснен» сразу после текста


if __name__ == "__main__":
    rec = Recorder()
    print("строка", file=rec)
    print(f"print(): вызовы write() = {rec.calls}")
    rec = Recorder()
    rec.write("строка" + "\n")
    print(f"write(line + '\\n'): вызовы write() = {rec.calls}")

    sink = Interleaving()
    a = threading.Thread(target=print, args=("строка A",), kwargs={"file": sink})
    a.start()
    sink.first_text_written.wait(timeout=5)
    print("строка B", file=sink)  # поток B (здесь — главный) пишет в промежутке
    sink.second_done.set()
    a.join()
    print(f"итог: {''.join(sink.calls)!r}")
