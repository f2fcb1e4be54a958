"""fork() в процессе, где работает ещё один поток: в потомке остаётся только поток, вызвавший fork()."""

import os
import sys
import threading

if __name__ == "__main__":
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, name="помощник")
    helper.start()
    sys.stdout.write(f"Родитель до fork(): потоков {threading.active_count()}\n")
    sys.stdout.flush()  # иначе непустой буфер вывода скопируется в потомка и напечатается дважды
    pid = os.fork()  # только Linux и macOS: в Windows fork() нет
    if pid == 0:
        sys.stdout.write(f"Потомок: потоков {threading.active_count()}\n")
        sys.stdout.flush()
        os._exit(0)  # потомок fork() выходит сразу, не выполняя код родителя дальше
    os.waitpid(pid, 0)
    stop.set()
    helper.join()
    sys.stdout.write("Родитель: потомок завершился\n")
