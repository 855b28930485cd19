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
from crawler.config import regions
from crawler.config.sources import BUILTIN, Source, load_catalog
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
        "region_code": source.region_code,
        "region": source.region,
        "kind": source.kind,
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
        ("region_code", "region", lambda r: r["region_code"]),
        ("routes", "routes", lambda r: r["routes"]),
        ("last_run", "last run", lambda r: output.when(r["last_run"], tz)),
        ("last_status", "status", lambda r: r["last_status"]),
        ("last_success", "last success", lambda r: output.when(r["last_success"], tz)),
        ("last_new", "last new article", lambda r: output.when(r["last_new_article"], tz)),
        ("failures", "failures in a row", lambda r: r["consecutive_failures"]),
        ("articles", "articles", lambda r: r["articles"]),
    ]


_MISSING_COLUMNS: list[output.Column] = [
    ("region_code", "code", lambda r: r["region_code"]),
    ("region", "region", lambda r: r["region"]),
    ("kind", "kind", lambda r: r["kind"]),
    ("province", "province", lambda r: r["province"]),
    ("reason", "reason", lambda r: r["reason"]),
]


def _missing(app: App, fmt: str) -> None:
    """The regions whose government's site is not among the sources, and why."""
    origin = app.sources_file or BUILTIN
    gaps = load_catalog(app.sources_file).gaps(origin)
    records = [
        {"region_code": m.region_code, "region": m.region.name, "kind": m.region.kind,
         "province": regions.province(m.region).name, "reason": m.reason}
        for m in gaps
    ]
    output.write(records, fmt, _MISSING_COLUMNS)
    if fmt == "table":
        click.echo(f"{len(gaps)} of {len(regions.regions())} regions have no source in "
                   f"{origin}. To add one: pantau sources discover https://DOMAIN/ "
                   "--region CODE")


def _list(app: App, fmt: str, missing: bool = False) -> None:
    if missing:
        _missing(app, fmt)
        return
    names = [s.name for s in app.sources]
    path = storage.sqlite_path(app.db_url)
    if path is not None and not path.exists():  # no crawl yet: the sources, no health
        health = [storage.SourceHealth(name) for name in names]
    else:
        health = storage.source_health(app.db, names)
    records = [_record(s, h, app.tz) for s, h in zip(app.sources, health, strict=True)]
    output.write(records, fmt, _columns(app.tz))


_MISSING_OPTION = click.option(
    "--missing", is_flag=True,
    help="List the regions whose government's site is not among the sources, and why.")


@click.group(invoke_without_command=True, epilog=EPILOG_COMMON)
@common_options(checked=False)  # a subcommand checks with its own options
@format_option()
@_MISSING_OPTION
@click.pass_context
def sources(ctx: click.Context, app: App, fmt: str, missing: bool) -> None:
    """List the configured sources and their health (same as `pantau sources list`).

    \b
    Examples:
      pantau sources
      pantau sources --missing
      pantau sources --sources my-sources.toml --format json
    """
    if ctx.invoked_subcommand is None:
        app.loaded  # noqa: B018 - the check every command makes
        _list(app, fmt, missing)


@sources.command("list", epilog=EPILOG_COMMON)
@common_options
@format_option()
@_MISSING_OPTION
def list_sources(app: App, fmt: str, missing: bool) -> None:
    """List the configured sources: region, routes, last run, last success, last new
    article, consecutive failures; or, with --missing, the regions without one.

    \b
    Examples:
      pantau sources list --format json
      pantau sources list --missing --format json
    """
    _list(app, fmt, missing)


@sources.command("discover", epilog=EPILOG_COMMON)
@common_options
@click.argument("url")
@click.option("--name", help="Name of the entry (default: from the host name).")
@click.option("--region", "region_code", metavar="CODE",
              help="Kemendagri code of the region whose government's site this is "
                   "(see: pantau sources --missing).")
@click.option("--delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between requests to the site (default: [crawl] delay).")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml",
              show_default=True, help="A TOML entry to paste, or JSON for scripts.")
def discover(app: App, url: str, name: str | None, region_code: str | None,
             delay: float | None, fmt: str) -> None:
    """Find the feeds, sitemaps and paginated listings of a site from its home
    page, and print a ready-to-paste [[source]] entry. Fetches no article.

    \b
    Examples:
      pantau sources discover https://www.jatengprov.go.id/ >> my-sources.toml
      pantau sources discover https://kotaku.go.id/ --name kotaku --format json
      pantau sources discover https://kabupatenku.go.id/ --region 12.01
    """
    from spiders.run import discover_routes

    try:
        source = Source(name=name or _name_of(url), url=url, region_code=region_code,
                        kind=_kind(region_code))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    config = app.config if delay is None else app.config.replace("crawl", delay=delay)
    try:
        routes = discover_routes(source, config)
    except RuntimeError as exc:
        raise click.ClickException(f"{url}: {exc}") from None
    entry = {"name": source.name, "url": url, "feeds": routes["feed"],
             "sitemaps": routes["sitemap"], "listings": routes["listing"],
             "region_code": source.region_code, "region": source.region, "kind": source.kind}
    if fmt == "json":
        click.echo(json.dumps(entry, indent=2))
        return
    click.echo(_toml_entry(entry))


def _kind(region_code: str | None) -> str | None:
    region = regions.regions().get(region_code or "")
    return region.kind if region else None


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
