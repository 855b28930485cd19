"""One module per group of ``pantau`` commands; each lists its commands in ``COMMANDS``."""
