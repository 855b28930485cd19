"""``pantau search`` and ``pantau show``: reading the collected articles."""

from __future__ import annotations

import dataclasses
from datetime import tzinfo
from typing import Any

import click

import storage
from crawler.cli import output
from crawler.cli.options import EPILOG_COMMON, App, common_options, filter_options, format_option
from crawler.config import regions

TABLE_ROWS = 20


def _columns(tz: tzinfo) -> list[output.Column]:
    return [
        ("id", "id", lambda r: r["id"]),
        ("published", "published", lambda r: output.when(r["published_at"], tz)),
        ("source", "source", lambda r: r["source"]),
        ("title", "title", lambda r: r["title"]),
        ("partners", "partners", lambda r: ", ".join(map(output.partner_label, r["partners"]))),
        ("relevance", "score", lambda r: r["relevance"]),
    ]


def _story_columns(tz: tzinfo) -> list[output.Column]:
    return [
        ("story_id", "story", lambda r: r["story_id"]),
        ("published", "first published", lambda r: output.when(r["published_at"], tz)),
        ("sources", "outlets", lambda r: ", ".join(r["sources"])),
        ("articles", "articles", lambda r: r["articles"]),
        ("title", "title", lambda r: r["title"]),
    ]


def story_record(story: storage.Story, tz: tzinfo) -> dict[str, Any]:
    """One story for output: its first article's title and date, and every outlet."""
    first = story.articles[0]
    return {
        "story_id": story.story_id,
        "title": first.title,
        "published_at": storage.published_iso(first, tz),
        "articles": len(story.articles),
        "sources": list(dict.fromkeys(a.source for a in story.articles)),
        "article_ids": [a.id for a in story.articles],
        "urls": [a.url for a in story.articles],
    }


@click.command(epilog=EPILOG_COMMON)
@common_options
@filter_options(limit_help=f"At most N rows (table: {TABLE_ROWS}).")
@click.option("--group", is_flag=True,
              help="One row per story (the same article on several outlets), with its outlets.")
@format_option()
def search(app: App, filters: storage.Filters, group: bool, fmt: str) -> None:
    """List stored on-topic articles, newest first; QUERY searches title and body.

    Dates are Asia/Jakarta time unless they carry an offset ([display] timezone).
    The table shows 20 rows unless --limit is given; json, jsonl and csv return
    every match. With --group, each story with a matching article is one row
    listing all its outlets.

    \b
    Examples:
      pantau search
      pantau search "kota kembar" --since 2025-01-01
      pantau search --partner Shanghai --format jsonl
      pantau search --country KR --stage loi
      pantau search --source infopublik --until 2025-06-30T12:00 --format csv > out.csv
      pantau search "kota kembar" --group
    """
    tz = app.tz
    if filters.limit is None and fmt == "table":
        filters = dataclasses.replace(filters, limit=TABLE_ROWS)
    if group:
        _stories(app, filters, fmt)
        return
    records = [storage.as_record(a, tz) for a in storage.search(app.stored, filters)]
    if fmt != "table":
        output.write(records, fmt, [])
        return
    output.table(records, _columns(tz))
    total = storage.count_articles(app.stored, filters) if len(records) == filters.limit else None
    if total and total > len(records):
        click.echo(f"{len(records)} of {total} shown; use --limit or --format.", err=True)
    elif not records:
        click.echo("No stored article matches.", err=True)


def _stories(app: App, filters: storage.Filters, fmt: str) -> None:
    records = [story_record(s, app.tz) for s in storage.search_stories(app.stored, filters)]
    if fmt != "table":
        output.write(records, fmt, [])
        return
    output.table(records, _story_columns(app.tz))
    total = storage.count_stories(app.stored, filters) if len(records) == filters.limit else None
    if total and total > len(records):
        click.echo(f"{len(records)} of {total} stories shown; use --limit or --format.", err=True)
    elif not records:
        click.echo("No stored article matches.", err=True)


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.argument("id_or_url")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people, json for programs.")
def show(app: App, id_or_url: str, fmt: str) -> None:
    """Print one stored article: metadata, why it was kept, the other outlets of its
    story, and its clean body.

    \b
    Examples:
      pantau show 12
      pantau show https://infopublik.id/kategori/nusantara/912345/pemprov-dki --format json
    """
    article = storage.get_article(app.stored, id_or_url)
    if article is None:
        raise click.ClickException(f"no stored article {id_or_url!r} (see: pantau search)")
    record = storage.as_record(article, app.tz)
    record["same_story"] = [
        {"id": a.id, "source": a.source, "url": a.url, "title": a.title,
         "published_at": storage.published_iso(a, app.tz)}
        for a in storage.same_story(app.stored, article)
    ]
    if fmt == "json":
        output.write([record], "jsonl", [])
        return
    click.echo(_as_text(record, app.tz))


def _region(code: str | None) -> str:
    region = regions.regions().get(code or "")
    return f" ({region.name}, {code})" if region else f" ({code})" if code else ""


def _as_text(r: dict[str, Any], tz: tzinfo) -> str:
    partners = ", ".join(map(output.partner_label, r["partners"])) or "-"
    party = r["indonesian_party"] or {}
    lines = [
        r["title"] or "(untitled)",
        "",
        f"id          {r['id']}",
        f"url         {r['url']}",
        f"source      {r['source']}" + _region(r["region_code"]),
        f"published   {output.when(r['published_at'], tz)}",
        f"author      {r['author'] or '-'}" + (f" (editor {r['editor']})" if r["editor"] else ""),
        f"language    {r['language'] or '-'}",
        f"fetched     {output.when(r['fetched_at'], tz)} (run {r['run_id']})",
        "",
        f"Kept with score {r['relevance']:.2f}, matched: {', '.join(r['matched']) or '-'}",
        *(["against     " + ", ".join(f"{e['term']} ({e['weight']:+.2f})" for e in against)]
          if (against := [e for e in r["evidence"] if e["weight"] < 0]) else []),
        f"partners    {partners}",
        f"stage       {r['stage'] or '-'}",
        f"Indonesian  {party.get('name', '-')}" + (f" ({party['code']})" if party else ""),
        f"label       {r['label'] or '-'}",
        f"story       {r['story_id']}" + (
            f", also on {len(r['same_story'])} other outlet"
            f"{'s' if len(r['same_story']) > 1 else ''}:" if r["same_story"] else
            " (no other outlet)"),
        *(f"  {o['id']:>6}  {o['source']:<16} {output.when(o['published_at'], tz)}  {o['url']}"
          for o in r["same_story"]),
        "",
    ]
    if r["description"]:
        lines += [r["description"], ""]
    return "\n".join(lines) + r["text"]


COMMANDS = [search, show]
