"""One story, many outlets: the MinHash signature of an article body.

A syndicated press release appears on the government site, InfoPublik, Antara
and news outlets with a different dateline, "Baca juga" inserts, a footer, or
cut short. Each body becomes the set of its 5-word shingles (NFKC, case-folded
words), and that set a 128-value MinHash (datasketch's affine32 scheme, computed by
``crawler.minhash`` without numpy). ``storage`` finds earlier
articles that share a band of 3 values with it (LSH, 42 bands) and joins the
story of the one that contains most of it (``Signature.resemblance``).

Every signature carries its scheme: datasketch 2.0 changed MinHash's default
permutations ("legacy" to "affine32"), and signatures of two schemes look alike
but cannot be compared. The scheme is pinned here and written into the
signature, so a change of library default, shingling or banding makes new
signatures a scheme of their own instead of silently mismatching old ones.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from crawler import minhash
from storage import Signature

SHINGLE_WORDS = 5
NUM_PERM = minhash.NUM_PERM
SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0; before 2.0 the only scheme was "legacy"
# datasketch MinHashLSH(threshold=0.25, num_perm=128).b, .r: a pair with Jaccard
# similarity 0.5 (a copy cut to 70% with a dateline, a "Baca juga" line and a
# footer) is a candidate with probability 0.996; candidates are then checked
BANDS, ROWS = 42, 3
MIN_WORDS = 20  # below this a body is too short to tell a copy from a coincidence
SCHEME = (
    f"datasketch-minhash:{MINHASH_SCHEME};perm={NUM_PERM};seed={SEED};hash=sha1_hash32;"
    f"shingle=words{SHINGLE_WORDS}/nfkc-casefold;lsh={BANDS}x{ROWS}"
)
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str) -> set[bytes]:
    """The body as a set of overlapping runs of ``SHINGLE_WORDS`` words."""
    w = words(text)
    k = SHINGLE_WORDS
    return {" ".join(w[i : i + k]).encode() for i in range(max(len(w) - k + 1, 1))} if w else set()


def signature(text: str) -> Signature | None:
    """The body's signature, or ``None`` for a body under ``MIN_WORDS`` words."""
    if len(words(text)) < MIN_WORDS:
        return None
    grams = shingles(text)
    values = minhash.hashvalues(grams)  # datasketch's, without numpy and scipy
    bands = tuple(
        _band_hash(i, b"".join(v.to_bytes(4, "little") for v in values[i * ROWS : (i + 1) * ROWS]))
        for i in range(BANDS)
    )
    return Signature(SCHEME, values, len(grams), bands)


def _band_hash(band: int, values: bytes) -> int:
    """One LSH band as a signed 64-bit integer (an SQLite INTEGER), scheme and band
    number mixed in so equal values in different bands or schemes never collide."""
    digest = hashlib.blake2b(
        values, digest_size=8, person=band.to_bytes(2, "little"), salt=_SALT
    ).digest()
    return int.from_bytes(digest, "little", signed=True)


_SALT = hashlib.blake2b(SCHEME.encode(), digest_size=16).digest()
