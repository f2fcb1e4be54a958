"""The benchmarks notebook's cache and SNIPPETS_EXEC=0, on the real mkdocs-jupyter plugin config."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_exec import markdown_config
from mkdocs.config import load_config

from snipcheck import fence, mkdocs_hooks, snippets
from snipcheck.snippets import ROOT


@pytest.fixture
def jupyter_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The real config; on_config replaces the process's fence build and markdown-exec's extension config:
    both are put back afterwards (other tests render pages with them)."""
    monkeypatch.setenv("SNIPCHECK_CACHE", str(tmp_path / "cache"))  # never the user's cache
    monkeypatch.setattr(fence, "build", fence.build)
    monkeypatch.setattr(markdown_config, "exts", markdown_config.exts)
    monkeypatch.setattr(markdown_config, "exts_config", markdown_config.exts_config)
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config, config.plugins["mkdocs-jupyter"].config


def test_the_cache_folder_follows_the_benchmark_snippets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "io_threads.py").write_text("DELAY = 0.2\n", encoding="utf-8")
    monkeypatch.setattr(snippets, "SNIPPETS", tmp_path)
    first = mkdocs_hooks.notebook_cache()
    assert mkdocs_hooks.notebook_cache() == first, "the same snippets give the same folder"
    (tmp_path / "benchmarks" / "io_threads.py").write_text("DELAY = 0.3\n", encoding="utf-8")
    assert mkdocs_hooks.notebook_cache() != first, "an edited benchmark snippet must run the notebook again"


def test_the_hook_points_the_plugin_at_it_and_drops_stale_folders(jupyter_config, monkeypatch) -> None:
    monkeypatch.delenv("SNIPPETS_EXEC", raising=False)
    config, plugin = jupyter_config
    stale = snippets.cache_dir() / "notebooks" / "0123456789abcdef"
    stale.mkdir(parents=True)
    mkdocs_hooks.on_config(config)
    assert plugin["cache_dir"] == str(mkdocs_hooks.notebook_cache())
    assert plugin["execute"] is True
    assert not stale.exists()


def test_no_execution_means_the_notebook_does_not_run_either(jupyter_config, monkeypatch) -> None:
    monkeypatch.setenv("SNIPPETS_EXEC", "0")
    config, plugin = jupyter_config
    mkdocs_hooks.on_config(config)
    assert plugin["execute"] is False
