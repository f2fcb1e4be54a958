"""Boot module of a snippet run that needs it (found through PYTHONPATH; the snippet stays untouched).

- ``SNIPCHECK_START_METHOD``: multiprocessing starts processes that way (the tests
  run every multiprocessing snippet under each method the platform has).
- ``SNIPCHECK_TRACE``: record what every thread and process does (timelines) with
  ``snipcheck_trace``, into that directory.  PYTHONPATH then stays, so that the
  snippet's child processes (spawn, forkserver, pool workers) record too; for an
  untraced run it is removed, and the snippet's children see a plain interpreter.
"""

import os

_method = os.environ.pop("SNIPCHECK_START_METHOD", "")
_trace = os.environ.get("SNIPCHECK_TRACE", "")
if not _trace:
    os.environ.pop("SNIPCHECK_TRACE", None)
    os.environ.pop("PYTHONPATH", None)
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)
if _trace:
    import snipcheck_trace

    snipcheck_trace.install(_trace)
