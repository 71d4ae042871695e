"""Build the DPI Atlas sample corpus from the text sources in corpus/src (see corpus/FORMAT.md)."""
