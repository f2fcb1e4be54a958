"""Главный поток свободен, пока рабочий поток ждёт медленного ввода-вывода."""

import queue
import sys
import threading

network: queue.Queue[str] = queue.Queue()  # сюда «сеть» доставит ответ сервера
waiting = threading.Event()


def say(text: str) -> None:
    sys.stdout.write(text + "\n")  # одна запись на строку: печатают два потока


def download() -> None:
    say("рабочий поток: запрос отправлен, жду ответа")
    waiting.set()
    # Блокирующее ожидание, как recv() у сокета: GIL на это время отпущен.
    reply = network.get()
    say(f"рабочий поток: получен ответ «{reply}»")


if __name__ == "__main__":
    worker = threading.Thread(target=download)
    worker.start()
    waiting.wait()
    for command in ("прокрутка", "ввод текста", "нажатие кнопки"):
        # Главный поток не ждёт загрузку и сразу отвечает пользователю.
        busy = worker.is_alive()
        say(f"главный поток: обработал «{command}», загрузка идёт: {busy}")
    # «Сервер» отвечает; здесь — после команд, чтобы порядок строк не менялся.
    network.put("200 OK")
    worker.join()
    say("главный поток: загрузка завершена")
