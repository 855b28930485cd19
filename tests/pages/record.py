"""Record a new saved-page case: copy the page and write a skeleton JSON to fill in by hand.

    python tests/pages/record.py saved.html https://kota.go.id/berita/1 my-case --layout city-portal

writes tests/pages/my-case.html (the bytes as saved) and tests/pages/my-case.json with
every key of tests/pages/README.md, empty. Fill it from reading the page, never from
extract()'s output (``--show`` prints what extract() gives today, to compare after).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

PAGES = Path(__file__).resolve().parent
LAYOUTS = ("wordpress-news", "infopublik", "provincial-portal", "city-portal", "regency-portal",
           "news-agency", "national-outlet", "english-provincial", "amp")


def skeleton(url: str, layout: str) -> dict[str, object]:
    return {
        "note": "TODO: the real site this imitates, what is taken from it and what is invented",
        "layout": layout,
        "url": url,
        "article": True,
        "title": "TODO",
        "author": None,
        "editor": None,
        "published_at": "TODO: ISO 8601 with offset",
        "language": "id",
        "paragraphs": ["TODO: the article's paragraphs, one string each, as a reader sees them"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page", type=Path, help="the saved HTML file")
    parser.add_argument("url", help="the URL the page was fetched from")
    parser.add_argument("name", help="case name: lowercase words joined by '-'")
    parser.add_argument("--layout", choices=LAYOUTS, required=True)
    parser.add_argument("--force", action="store_true", help="overwrite an existing case")
    parser.add_argument("--show", action="store_true", help="print what extract() gives now")
    args = parser.parse_args(argv)
    html, expected = PAGES / f"{args.name}.html", PAGES / f"{args.name}.json"
    if expected.exists() and not args.force:
        print(f"{expected} exists (--force to overwrite)", file=sys.stderr)
        return 1
    shutil.copyfile(args.page, html)
    expected.write_text(json.dumps(skeleton(args.url, args.layout), indent=1) + "\n",
                        encoding="utf-8")
    print(f"wrote {html.name} and {expected.name}; fill in {expected.name} by hand, then run\n"
          f"  pytest tests/test_extract.py -k {args.name}")
    if args.show:
        sys.path.insert(0, str(PAGES.parents[1]))
        from crawler.extract import extract

        result = extract(html.read_bytes(), args.url)
        print(json.dumps(result.__dict__ if result else None, default=str, indent=1,
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
