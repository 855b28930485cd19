"""``pantau sources``: the configured sources and their health."""

from __future__ import annotations

import json
import re
from typing import Any

import click
import tomli_w

import storage
from crawler.cli import output
from crawler.cli.options import EPILOG_COMMON, App, common_options, format_option
from crawler.config.sources import Source
from crawler.urls import host


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
    names = [s.name for s in app.sources]
    path = storage.sqlite_path(app.db_url)
    if path is not None and not path.exists():  # no crawl yet: the sources, no health
        health = [storage.SourceHealth(name) for name in names]
    else:
        health = storage.source_health(app.db, names)
    records = [_record(s, h, app.tz) for s, h in zip(app.sources, health, strict=True)]
    output.write(records, fmt, _columns(app.tz))


@click.group(invoke_without_command=True, epilog=EPILOG_COMMON)
@common_options(checked=False)  # a subcommand checks with its own options
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
        app.loaded  # noqa: B018 - the check every command makes
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


@sources.command("discover", epilog=EPILOG_COMMON)
@common_options
@click.argument("url")
@click.option("--name", help="Name of the entry (default: from the host name).")
@click.option("--delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between requests to the site (default: [crawl] delay).")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml",
              show_default=True, help="A TOML entry to paste, or JSON for scripts.")
def discover(app: App, url: str, name: str | None, delay: float | None, fmt: str) -> None:
    """Find the feeds, sitemaps and paginated listings of a site from its home
    page, and print a ready-to-paste [[source]] entry. Fetches no article.

    \b
    Examples:
      pantau sources discover https://www.jatengprov.go.id/ >> my-sources.toml
      pantau sources discover https://kotaku.go.id/ --name kotaku --format json
    """
    from spiders.run import discover_routes

    try:
        source = Source(name=name or _name_of(url), url=url)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    config = app.config if delay is None else app.config.replace("crawl", delay=delay)
    try:
        routes = discover_routes(source, config)
    except RuntimeError as exc:
        raise click.ClickException(f"{url}: {exc}") from None
    entry = {"name": source.name, "url": url, "feeds": routes["feed"],
             "sitemaps": routes["sitemap"], "listings": routes["listing"]}
    if fmt == "json":
        click.echo(json.dumps(entry, indent=2))
        return
    click.echo(_toml_entry(entry))


def _name_of(url: str) -> str:
    site = (host(url) or "source").removeprefix("www.")
    return re.sub(r"[^a-z0-9._-]+", "-", site.lower()).strip("-.") or "source"


def _toml_entry(entry: dict[str, Any]) -> str:
    """The ``[[source]]`` table to paste (written by tomli-w; empty route lists left out)."""
    table = {key: value for key, value in entry.items() if value}
    text = tomli_w.dumps({"source": [table]})
    if not any(entry[key] for key in ("feeds", "sitemaps", "listings")):
        text += "# nothing found: the home page itself will be read as a listing\n"
    return text


COMMANDS = [sources]
