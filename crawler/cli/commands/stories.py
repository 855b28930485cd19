"""``pantau regroup``: put articles stored without a signature into stories."""

from __future__ import annotations

import click

import storage
from crawler.cli.options import EPILOG_COMMON, App, common_options

_BATCH = 200


@click.command(epilog=EPILOG_COMMON)
@common_options
def regroup(app: App) -> None:
    """Sign the stored articles that have no signature of the current scheme (stored
    before stories existed, promoted by pantau mark or reclassify, or signed under an
    older scheme) and put each in its story, oldest first.

    \b
    Examples:
      pantau regroup
      pantau regroup --db sqlite:////var/lib/pantau/pantau.db
    """
    from crawler import stories

    pending = storage.unsigned_articles(app.stored, stories.SCHEME)
    signed = joined = 0
    for start in range(0, len(pending), _BATCH):
        for article_id, text in storage.article_texts(app.stored, pending[start:start + _BATCH]):
            signature = stories.signature(text)
            story = storage.regroup(app.stored, article_id, signature, app.config.stories.join_at)
            signed += signature is not None
            joined += story != article_id
    click.echo(f"{signed} of {len(pending)} unsigned articles signed (the rest are too short); "
               f"{joined} joined an older article's story.")


COMMANDS = [regroup]
