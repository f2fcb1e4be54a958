"""snipcheck: run the site's snippets as real programs and check their output (data path: CONTRIBUTING.md)."""
