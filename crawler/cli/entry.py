"""The first code of the ``pantau`` executable (and of ``python -m crawler``).

Importing the commands takes a second or two (Scrapy, SQLAlchemy, trafilatura); a
Ctrl-C or a SIGTERM meanwhile would end in a traceback from the middle of some
import. So signals are taken over first: until the command line is parsed and a
command installs its own handling, either ends the process with one line and exit
status 128 + the signal's number (130, 143), having done nothing.
"""

from __future__ import annotations

import os
import signal
from typing import Any


def _starting(signum: int, _frame: Any) -> None:
    name = signal.Signals(signum).name
    os.write(2, f"Interrupted ({name}) while starting; nothing was done.\n".encode())
    os._exit(128 + signum)


def main(argv: list[str] | None = None) -> None:
    previous = {sig: signal.signal(sig, _starting) for sig in (signal.SIGINT, signal.SIGTERM)}
    from crawler.cli.main import main as run

    for sig, handler in previous.items():
        signal.signal(sig, handler)
    run(argv)
