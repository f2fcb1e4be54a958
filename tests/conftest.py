from __future__ import annotations

import os

# Snippet checks never use the build cache; make sure nothing leaks between runs.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
