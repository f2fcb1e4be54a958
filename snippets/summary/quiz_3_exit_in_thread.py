"""Вопрос: что завершает sys.exit() в потоке, а что — os._exit()?"""

import os
import sys
import threading

if __name__ == "__main__":
    t = threading.Thread(target=sys.exit, args=(3,))
    t.start()
    t.join()
    # flush=True: os._exit() завершает процесс, не сбрасывая буферы вывода.
    print("после sys.exit(3) в потоке", flush=True)

    t = threading.Thread(target=os._exit, args=(4,))
    t.start()
    t.join()
    print("после os._exit(4) в потоке")
