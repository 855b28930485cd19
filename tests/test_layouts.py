"""The generated-page harness itself (tests/layouts, bench/generalisation.py): pages
are reproducible per seed, vary between seeds, and their truth is on the page."""

from __future__ import annotations

import html as htmllib
import re

from tests.layouts import HELD, SEEN, families, pages, plain


def _text(page_html: str) -> str:
    """The page's text with no whitespace at all: markup may break a line anywhere
    ("Tags: <a>a</a>, <a>b</a>"), so the truth's lines are compared without theirs."""
    return _bare(htmllib.unescape(re.sub(r"<[^>]+>", " ", page_html)))


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_held_out_family_exists_and_pages_are_reproducible():
    assert set(HELD) | set(SEEN) <= set(families())
    first = [(p.url, p.html) for p in pages(7, 3)]
    again = [(p.url, p.html) for p in pages(7, 3)]
    other = [(p.url, p.html) for p in pages(8, 3)]
    assert first == again
    assert first != other
    assert {p.family for p in pages(7, 1)} == set(families())


def test_the_truth_of_each_page_is_on_the_page():
    joined: dict[str, list[bool]] = {}
    for page in pages(3, 6):
        text = _text(page.html)
        truth = page.truth
        assert _bare(truth.title) in text, (page.family, page.seed)
        title = re.search(r"<title[^>]*>(.*?)</title>", page.html, re.S)  # <title inertia>
        assert title is not None
        joined.setdefault(page.family, []).append(htmllib.unescape(title.group(1)) != truth.title)
        for paragraph in truth.paragraphs:
            assert _bare(paragraph) in text, (page.family, paragraph[:40])
        for line in truth.junk:
            assert _bare(line) in text, (page.family, line)
    # most pages of every family join the site's name to the headline in <title> (some
    # sites write the headline alone; a web story's <title> is the story's, by its format)
    assert all(2 * sum(seen) > len(seen) for family, seen in joined.items()
               if family not in TITLE_ALONE), joined


TITLE_ALONE = ("web-story",)


def test_a_family_varies_its_title_join_and_its_dates():
    titles, kinds = set(), set()
    for page in pages(11, 40, ("php-portal", "drupal")):
        head = re.search(r"<title>(.*?)</title>", page.html, re.S).group(1)
        titles.add(head.startswith(htmllib.escape(page.truth.site)))
        kinds.add(type(page.truth.published).__name__)
    assert titles == {True, False}  # the site's name before and after the headline
    assert kinds == {"datetime", "date"}  # a time printed, or a date alone


# Families whose truth counts as furniture what Pantau keeps as text, as the
# article-extraction benchmark's ground truth does (README, Quality): a long read's
# chapter headings, a live report's entry headings, an embedded post's words
KEPT_AS_TEXT = ("longform-interactive", "liveblog-timeline", "social-embed-post")


def test_extraction_holds_on_generated_pages_of_every_family():
    """A small sample of bench/generalisation.py (which quotes the full figures): on a seed
    the rules were never run on while tuning, titles, bodies and refusals stay right."""
    from crawler.extract.article import extract

    articles = titles = clean = listings = refused = bodies = 0
    tuned_or_seen = tuple(name for name in families() if name not in HELD)
    for page in pages(97, 6, tuned_or_seen):  # the held-out set is measured by the bench only
        found = extract(page.html.encode("utf-8"), page.url)
        if not page.truth.article:
            listings += 1
            refused += found is None
            continue
        articles += 1
        if found is None:
            continue
        titles += found.title == page.truth.title
        if page.family in KEPT_AS_TEXT:
            continue
        bodies += 1
        whole = " ".join(plain(p) for p in page.truth.paragraphs)
        clean += all(plain(line) in whole for line in found.text.splitlines() if line.strip())
    assert refused == listings > 0
    assert titles >= 0.98 * articles  # 101 of 102 on issue 12's third stop
    assert clean >= 0.98 * bodies  # 219 of 221 on its seventh
