"""``python -m crawler`` is ``pantau`` (the daemon starts crawls this way)."""

from crawler.cli.entry import main

if __name__ == "__main__":
    main()
