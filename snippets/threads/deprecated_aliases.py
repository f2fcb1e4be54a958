"""Старые имена в стиле camelCase ещё работают, но выдают DeprecationWarning."""

import threading

if __name__ == "__main__":
    t = threading.Thread(target=lambda: None, name="по-старому")
    t.setDaemon(True)  # вместо t.daemon = True
    print(t.getName(), t.daemon)  # вместо t.name
    print(threading.currentThread().name)  # вместо current_thread()
    print(threading.activeCount())  # вместо active_count()
