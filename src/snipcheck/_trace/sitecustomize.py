"""Boot module of a traced run (the site's timelines; build and tests only).

Found through PYTHONPATH when the runner is asked for a trace.  It does what
``_boot/sitecustomize.py`` does for the start method, then installs the
recorder of ``snipcheck_trace``.  Unlike ``_boot`` it leaves PYTHONPATH and
SNIPCHECK_TRACE in the environment: the snippet's child processes (spawn,
forkserver, a pool's workers) load this module too and record into the same
directory.  The snippet's source is never touched.
"""

import os

_method = os.environ.pop("SNIPCHECK_START_METHOD", None)
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)

if os.environ.get("SNIPCHECK_TRACE"):
    import snipcheck_trace

    snipcheck_trace.install(os.environ["SNIPCHECK_TRACE"])
