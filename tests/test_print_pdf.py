"""The book prints on A4 (Russian readers' paper; browsers default to US Letter): scripts/print-pdf.sh, the
CI's printer, checks every page's MediaBox and fails otherwise. Here it prints one built chapter as the
book page, with the site's CSS (docs/assets/quality.css asks for A4)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

from snipcheck.runner import processes_with
from snipcheck.snippets import ROOT


def test_the_book_prints_on_a4(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "print").mkdir(parents=True)
    (site / "assets").symlink_to(built_site / "assets")
    shutil.copy(built_site / "threads" / "index.html", site / "print" / "index.html")  # same depth
    pdf, tag = tmp_path / "book.pdf", f"pdf-{uuid.uuid4().hex}"
    proc = subprocess.run(
        ["sh", str(ROOT / "scripts" / "print-pdf.sh"), str(site), str(pdf)],
        env=dict(os.environ, SNIPCHECK_TAG=tag),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert not processes_with(f"SNIPCHECK_TAG={tag}"), "the server or the browser is still alive"
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"\d+ pages, A4\)$", proc.stdout.strip()), proc.stdout
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
    assert boxes and {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
