"""Prose or a strip of headlines? The one "looks like a listing" test.

Extraction asks it of a page before calling its text an article (``crawler.extract``),
and relevance of a text before scoring it (``crawler.relevance``: a homepage or an
archive that slipped through, or a text judged again). A text is a listing when
most of its lines are short and few end a sentence (a homepage, an index); a page
also is when it shows many linked headings and no paragraph an article would have.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import regex

# A sentence's end in any script: ". ! ?", the CJK "。！？", the Devanagari danda "।",
# the Arabic "؟", the Ethiopic "።" ... (Unicode's Sentence_Terminal property), with the
# closing quotes and brackets that may follow it. ASCII stops end a sentence only before
# a space or the end ("3.5", "kompas.com" do not); the others wherever they stand.
SENTENCE_END = regex.compile(
    r"(?:[.!?][\"”’')\]]*(?:\s|$))|(?:(?![.!?])\p{Sentence_Terminal})")
_CLOSERS = "\"”’')]"


# Han, kana and Hangul: one such character carries about what three Latin letters do
# (a Japanese paragraph is a third as long as its Indonesian translation)
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
DENSE_WEIGHT = 3


def text_length(text: str) -> int:
    """Characters, a dense script's counting ``DENSE_WEIGHT`` times: the measure of how
    much a text says, for thresholds that must hold in every script."""
    return len(text) + (DENSE_WEIGHT - 1) * len(_DENSE.findall(text))


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with a sentence's end (in any script)."""
    bare = line.rstrip().rstrip(_CLOSERS)
    return bool(bare) and regex.match(r"\p{Sentence_Terminal}", bare[-1]) is not None

_MIN_LINES = 8  # a shorter text is judged as prose
_SHORT_LINE = 80  # characters: the median line of a listing is shorter
_SENTENCES = 0.3  # and fewer lines than this share end a sentence
_HEADINGS = 6  # linked headings that make a page a listing ...
_PARAGRAPH = 250  # ... when none of its lines is an article's paragraph this long


# A teaser cut short, as lists print them: "... Presiden Direktur yang baru untuk
# Indonesia.... selengkapnya...", "meluncurkan … Read more »", "(baca selengkapnya)"
_CUT_SHORT = regex.compile(
    r"(?:\.{3}|…)[\s.…]*(?:\(?(?:baca\s+)?selengkapnya|read\s+more|more|lanjut(?:kan)?"
    r"(?:\s+membaca)?|detail)?[\s.…»>)\]|]*$", regex.I)
_TEASERS = 3  # cut-short lines that make a list, when they are half its lines or more
_ROW_DATE = regex.compile(r"\b(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\b")
_BOARD = 0.6  # of a text's lines dated table rows: a board's index


_FIGURE = regex.compile(r"(?:Rp\.?\s?)?[-+−]?\d[\d.,]*\s*%?")


def figures_row(line: str) -> bool:
    """A table's row ("| Kota Utara | 68.564 | 64.482 |") with two or more cells that are
    figures alone ("170,01", "5,1%", "Rp120.000.000", "-0,19")."""
    row = line.strip()
    if not (row.startswith("|") and row.endswith("|")):
        return False
    return sum(bool(_FIGURE.fullmatch(cell.strip())) for cell in row.strip("|").split("|")) >= 2


def looks_like_listing(lines: Sequence[str], linked_headings: int = 0) -> bool:
    """Whether ``lines`` (a text's non-empty lines, or a page's extracted lines with the
    number of headings on the page that are links) are a list of headlines, or of
    teasers cut short."""
    lines = [line.strip() for line in lines if line.strip()]
    # a board's index read as a table: rows of a number, a title, a date and a count
    dated_rows = sum(1 for line in lines if line.startswith("|") and _ROW_DATE.search(line))
    if dated_rows >= _TEASERS and dated_rows >= _BOARD * len(lines):
        return True
    teasers = sum(1 for line in lines if _CUT_SHORT.search(line[-80:]))
    if teasers >= _TEASERS and 2 * teasers >= len(lines):
        return True
    # what is left of a card grid: every text of a paragraph's length is cut short
    if teasers and teasers == sum(1 for line in lines if len(line) >= _SHORT_LINE and (
            ends_sentence(line) or _CUT_SHORT.search(line[-80:]))):  # not the headlines
        return True
    if linked_headings >= _HEADINGS and not any(
            len(line) >= _PARAGRAPH and not line.endswith("…") for line in lines):
        return True
    # a report's table of figures is the article's, and no headline: its rows do not count
    lines = [line for line in lines if not figures_row(line)]
    if len(lines) < _MIN_LINES:
        return False
    sentences = sum(ends_sentence(line) or line.endswith(('"', "”")) for line in lines)
    return (statistics.median(len(line) for line in lines) < _SHORT_LINE
            and sentences / len(lines) < _SENTENCES)
