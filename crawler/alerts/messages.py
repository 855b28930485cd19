"""What an announcement says, in words: subjects, plain text and HTML.

A story notice's payload is an article record (``storage.as_record``) with
``story_articles``; a health notice's payload has ``source``, ``reason`` and dates.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from storage import Notice

_SHOWN_PARTNERS = 4


def partner_names(notices: Sequence[Notice]) -> list[str]:
    """Each partner once, as ``Busan/KR``, in the order the stories name them."""
    names = [
        f"{p['name']}/{p['country']}"
        for n in notices if n.kind == "story"
        for p in n.payload.get("partners", [])
    ]
    return list(dict.fromkeys(names))


def subject(notices: Sequence[Notice]) -> str:
    """E.g. ``Pantau: 2 new sister-city articles (Busan/KR, Kitakyushu/JP)``."""
    stories = [n for n in notices if n.kind == "story"]
    health = [n for n in notices if n.kind != "story"]
    parts = []
    if stories:
        text = f"{len(stories)} new sister-city article{'s' if len(stories) != 1 else ''}"
        partners = partner_names(stories)
        if partners:
            more = len(partners) - _SHOWN_PARTNERS
            shown = ", ".join(partners[:_SHOWN_PARTNERS]) + (f", +{more} more" if more > 0 else "")
            text += f" ({shown})"
        parts.append(text)
    if len(health) == 1:
        parts.append(headline(health[0]))
    elif health:
        parts.append(f"{len(health)} source-health notices")
    return "Pantau: " + "; ".join(parts)


def headline(notice: Notice) -> str:
    """One line: a story's title, or ``source kotaku is failing`` / ``works again``."""
    if notice.kind == "story":
        return notice.payload.get("title") or notice.payload["url"]
    state = "is failing" if notice.kind == "source_down" else "works again"
    return f"source {notice.payload['source']} {state}"


def details(notice: Notice) -> list[str]:
    """The lines under a headline: partners, stage, date, source; or the health reason."""
    p = notice.payload
    if notice.kind != "story":
        return [p["reason"]]
    facts = [", ".join(f"{x['name']}/{x['country']}" for x in p.get("partners", [])),
             p.get("stage") or "", (p.get("published_at") or "")[:10], p["source"]]
    lines = [" · ".join(f for f in facts if f), p["url"]]
    lines += [f"also {a['source']}: {a['url']}" for a in p.get("story_articles", [])[1:]]
    return lines


def plain(notices: Sequence[Notice]) -> str:
    lines = [subject(notices).removeprefix("Pantau: "), ""]
    for number, notice in enumerate(notices, 1):
        lines.append(f"{number}. {headline(notice)}")
        lines += [f"   {line}" for line in details(notice)]
        lines.append("")
    return "\n".join(lines)


def _link(line: str) -> str:
    url = line.rsplit(" ", 1)[-1]
    if url.startswith(("http://", "https://")):
        before = line[: len(line) - len(url)]
        return f'{html.escape(before)}<a href="{html.escape(url)}">{html.escape(url)}</a>'
    return html.escape(line)


def as_html(notices: Sequence[Notice]) -> str:
    items = []
    for notice in notices:
        title = html.escape(headline(notice))
        rest = "".join(f"<br>{_link(line)}" for line in details(notice))
        items.append(f"<li><strong>{title}</strong>{rest}</li>")
    return (
        "<html><body>"
        f"<p>{html.escape(subject(notices).removeprefix('Pantau: '))}</p>"
        f"<ol>{''.join(items)}</ol>"
        "</body></html>"
    )
