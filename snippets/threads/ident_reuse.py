"""Идентификатор ident уникален только среди живых потоков: после завершения его получает новый."""

import threading

COUNT = 20

if __name__ == "__main__":
    idents, native_ids = set(), set()
    for _ in range(COUNT):
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()  # потоки работают строго по очереди: следующий стартует после конца предыдущего
        idents.add(t.ident)
        native_ids.add(t.native_id)
    print(f"потоков: {COUNT}, разных ident: {len(idents)}, разных native_id: {len(native_ids)}")
