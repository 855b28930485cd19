"""``pantau feed``: print the Atom feed of the newest announcements."""

from __future__ import annotations

import sys

import click

from crawler.cli.options import COUNT, EPILOG_COMMON, App, common_options


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--limit", type=COUNT, metavar="N",
              help="Entries in the feed (default: [alerts] feed_entries).")
def feed(app: App, limit: int | None) -> None:
    """Print the Atom feed of the newest stories and source-health notices, the same
    document a crawl writes to [alerts] feed_file.

    \b
    Examples:
      pantau feed
      pantau feed --limit 10 > pantau.atom
      pantau feed --db sqlite:////var/lib/pantau/pantau.db
    """
    from crawler.alerts import feed as atom

    config = app.config
    if limit is not None:
        config = config.replace("alerts", feed_entries=limit)
    sys.stdout.buffer.write(atom.build(app.stored, config))
    sys.stdout.flush()


COMMANDS = [feed]
