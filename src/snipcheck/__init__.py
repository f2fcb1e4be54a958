"""snipcheck: run the site's snippets as real programs and check their output.

One runner (`runner.run`), one matcher (`expect.check`), used by the page fence,
the tests and the command line alike.
"""

# Part of every cache key: bump it when a change to the engine changes what a run produces.
ENGINE_VERSION = "1"
