"""Set the multiprocessing start method before a snippet runs (tests only).

The test suite runs every multiprocessing snippet under each start method the
platform has.  The snippet itself stays untouched: this module is found through
PYTHONPATH, applies the method, then removes itself from the environment so
that the snippet and its own children see a normal interpreter.
"""

import os

_method = os.environ.pop("SNIPCHECK_START_METHOD", None)
os.environ.pop("PYTHONPATH", None)
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)
