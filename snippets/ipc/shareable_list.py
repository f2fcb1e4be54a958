"""ShareableList: список фиксированной длины в общей памяти; место под str — по символам, а не байтам."""

import sys
from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def child(name: str) -> None:
    items = ShareableList(name=name)  # подключиться по имени
    items[0] += 1
    items[2] = "ok"  # короче исходной строки — помещается
    try:
        items[2] = "much longer string"
    except ValueError as exc:
        sys.stdout.write(f"Дочерний процесс: ValueError: {exc}\n")
    items.shm.close()


if __name__ == "__main__":
    items = ShareableList([41, 2.5, "string", None, True])
    try:
        p = Process(target=child, args=(items.shm.name,))
        p.start()
        p.join()
        print("Родитель видит:", list(items))
        print("Длина фиксирована:", len(items))
    finally:
        items.shm.close()
        items.shm.unlink()

    # Место под str отводится по числу символов, а хранится строка в UTF-8: кириллица занимает
    # по 2 байта на букву и обрезается молча (gh-88336). У bytes теряются нулевые байты в конце.
    texts = ShareableList(["строка", b"ab\x00\x00"])
    try:
        print("Положили ['строка', b'ab\\x00\\x00'], прочитали:", list(texts))
        try:
            texts[0] = "строк"  # на букву короче исходной, но в UTF-8 это 10 байт
        except ValueError as exc:
            print("texts[0] = 'строк': ValueError:", exc)
    finally:
        texts.shm.close()
        texts.shm.unlink()

    # Если обрезка пришлась на середину буквы (здесь 8 байт: «в 1 р» и половина «я»), чтение падает.
    cut = ShareableList(["в 1 ряд"])
    try:
        print("Положили ['в 1 ряд'], прочитали:", list(cut))
    except UnicodeDecodeError as exc:
        print("Положили ['в 1 ряд'], чтение: UnicodeDecodeError:", exc.reason)
    finally:
        cut.shm.close()
        cut.shm.unlink()
