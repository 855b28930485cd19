"""``pantau mark`` and ``pantau reclassify``: people's judgements, and judging again."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from crawler.cli import output
from crawler.cli.options import EPILOG_COMMON, App, common_options, format_option
from crawler.relevance import labels
from crawler.relevance.classifier import Classifier


def _classifier(app: App) -> Classifier:
    relevance = app.config.relevance
    try:
        return Classifier.from_config(threshold=relevance.threshold,
                                      extra_lexicon=relevance.lexicon or None)
    except (OSError, ValueError) as exc:  # a missing or malformed user lexicon
        raise click.ClickException(f"[relevance] lexicon: {exc}") from None


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.argument("id_or_url")
@click.option("--relevant/--irrelevant", default=None,
              help="On topic, or not: overrides the classifier for this article.")
def mark(app: App, id_or_url: str, relevant: bool | None) -> None:
    """Record a person's judgement of one article; it overrides the classifier.

    ID_OR_URL is a stored article's id or URL, or the URL of an article judged off
    topic. Marked --irrelevant, a stored article leaves the collection. Marked
    --relevant, an off-topic article is stored, when its body is still kept
    ([relevance] keep_off_topic_days). The label stays: pantau reclassify follows it.

    \b
    Examples:
      pantau mark 12 --irrelevant
      pantau mark https://jatengprov.go.id/berita/jateng-jajaki-kerja-sama-dengan-fujian/ --relevant
    """
    if relevant is None:
        raise click.ClickException("say --relevant or --irrelevant")
    try:
        message = labels.mark(app.stored, id_or_url, relevant, when=datetime.now(UTC),
                              classifier=lambda: _classifier(app))
    except labels.NotFound as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(message)


_COLUMNS: list[output.Column] = [
    ("action", "change", lambda r: r["action"]),
    ("id", "id", lambda r: r["article_id"]),
    ("title", "title", lambda r: r["title"] or r["url"]),
    ("before", "score before", lambda r: r["before"]),
    ("after", "after", lambda r: r["after"]),
]


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
@format_option()
def reclassify(app: App, dry_run: bool, quiet: bool, fmt: str) -> None:
    """Judge every stored article, and every off-topic one whose body is still kept,
    again with the current lexicon and threshold, after the rules changed.

    Articles that now score on topic are stored (promoted), stored ones that no
    longer do leave the collection (demoted, their body kept like any off-topic
    one's), and the rest get their new score, evidence, partners and stage. A
    person's label (pantau mark) wins over the classifier. Bodies older than
    [relevance] keep_off_topic_days are purged first. Lists what changed.

    \b
    Examples:
      pantau reclassify --dry-run
      pantau reclassify --config pantau.toml --format json > changes.json
    """
    classifier = _classifier(app)
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    progress = Progress(TextColumn("judging again"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True, disable=not show)
    task = progress.add_task("reclassify", total=None)
    with progress:
        result = labels.reclassify(
            app.stored, classifier, when=datetime.now(UTC),
            keep_days=app.config.relevance.keep_off_topic_days, dry_run=dry_run,
            on_start=lambda total: progress.update(task, total=total),
            on_step=lambda: progress.advance(task))
    records: list[dict[str, Any]] = [
        {"action": c.action, "article_id": c.article_id, "url": c.url, "title": c.title,
         "before": c.before, "after": c.after} for c in result.changes]
    if fmt != "table":
        output.write(records, fmt, _COLUMNS)
        click.echo(result.sentence(dry_run), err=True)
        return
    if records:
        output.table(records, _COLUMNS)
    click.echo(result.sentence(dry_run))


COMMANDS = [mark, reclassify]
