"""Bytes to text, the way browsers find a page's encoding, with two repairs.

w3lib's ``html_to_unicode`` does the browser's work (byte-order mark, then the HTTP
charset, then ``<meta charset>``, then detection, here by charset-normalizer).
Two rules come first, each for pages seen in the wild: a body that is valid UTF-8 is
UTF-8, whatever its header or meta tag declare (many CMSs send UTF-8 under a
latin-1 header); and a declared charset that decodes to no markup (a header saying
utf-16 for an ASCII page) is wrong, so the page is read again as if undeclared.
"""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

_MARKUP_WITHIN = 2048  # characters: a decoded page shows a tag this early


def _binary(raw: bytes) -> bool:
    return raw[:5] == b"%PDF-" or raw.count(b"\x00") > len(raw) // 100


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes  # slow: only for pages that need it

    best = from_bytes(raw[:65536]).best()
    return best.encoding if best else None


def decode(raw: bytes, encoding: str | None = None) -> str | None:
    """The text of an HTML body whose HTTP header declared ``encoding``; None if binary."""
    if _binary(raw):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "<" in text[:_MARKUP_WITHIN]:
            return text
    declared = f"text/html; charset={encoding}" if encoding else None
    for header in dict.fromkeys((declared, None)):
        _name, text = html_to_unicode(header, raw, auto_detect_fun=_detect)
        if "<" in text[:_MARKUP_WITHIN]:
            break
    return text
