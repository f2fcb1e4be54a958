"""Found through PYTHONPATH: ``SNIPCHECK_START_METHOD`` sets multiprocessing's start method;
``SNIPCHECK_TRACE`` records into that directory (``snipcheck_trace``).  A traced run keeps PYTHONPATH so
that child processes (spawn, forkserver, pool workers) record too; otherwise they see a plain interpreter."""

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
