"""``pantau sources``: the configured sources and their health."""

from __future__ import annotations

from typing import Any

import click

import storage
from crawler import output
from crawler.cli import EPILOG_COMMON, App, common_options, format_option
from crawler.sources import Source


def _routes(source: Source) -> str:
    parts = [
        f"{len(v)} {k}" for k, v in
        (("feed(s)", source.feeds), ("sitemap(s)", source.sitemaps),
         ("listing(s)", source.listings)) if v
    ]
    return ", ".join(parts) or "home page"


def _record(source: Source, health: storage.SourceHealth, tz: Any) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        return value.astimezone(tz).isoformat() if value else None

    return {
        "name": source.name,
        "enabled": source.enabled,
        "url": source.url,
        "routes": _routes(source),
        "last_run": iso(health.last_run),
        "last_status": health.last_status,
        "last_success": iso(health.last_success),
        "last_new_article": iso(health.last_new_article),
        "consecutive_failures": health.consecutive_failures,
        "articles": health.articles,
        "last_error": health.last_error,
    }


def _columns(tz: Any) -> list[output.Column]:
    return [
        ("name", "source", lambda r: r["name"] + ("" if r["enabled"] else " (off)")),
        ("routes", "routes", lambda r: r["routes"]),
        ("last_run", "last run", lambda r: output.when(r["last_run"], tz)),
        ("last_status", "status", lambda r: r["last_status"]),
        ("last_success", "last success", lambda r: output.when(r["last_success"], tz)),
        ("last_new", "last new article", lambda r: output.when(r["last_new_article"], tz)),
        ("failures", "failures in a row", lambda r: r["consecutive_failures"]),
        ("articles", "articles", lambda r: r["articles"]),
    ]


def _list(app: App, fmt: str) -> None:
    health = storage.source_health(app.db, [s.name for s in app.sources])
    records = [_record(s, h, app.tz) for s, h in zip(app.sources, health, strict=True)]
    output.write(records, fmt, _columns(app.tz))


@click.group(invoke_without_command=True, epilog=EPILOG_COMMON)
@common_options
@format_option()
@click.pass_context
def sources(ctx: click.Context, app: App, fmt: str) -> None:
    """List the configured sources and their health (same as `pantau sources list`).

    \b
    Examples:
      pantau sources
      pantau sources --sources my-sources.toml --format json
    """
    if ctx.invoked_subcommand is None:
        _list(app, fmt)


@sources.command("list", epilog=EPILOG_COMMON)
@common_options
@format_option()
def list_sources(app: App, fmt: str) -> None:
    """List the configured sources: routes, last run, last success, last new
    article, consecutive failures.

    \b
    Example:
      pantau sources list --format json
    """
    _list(app, fmt)


COMMANDS = [sources]
