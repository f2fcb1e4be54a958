"""ident уникален только среди живых потоков: потом его получает новый поток."""

import threading

COUNT = 20

if __name__ == "__main__":
    idents, native_ids = set(), set()
    for _ in range(COUNT):
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()  # по очереди: следующий стартует после конца предыдущего
        idents.add(t.ident)
        native_ids.add(t.native_id)
    ids, natives = len(idents), len(native_ids)
    print(f"потоков: {COUNT}, разных ident: {ids}, разных native_id: {natives}")
