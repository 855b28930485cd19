"""The language of a text, by py3langid, with its model shared between processes.

py3langid keeps its model as LZMA-compressed NumPy arrays and decompresses them into
every process that classifies a text: 73 MB in each extraction worker. Here the
arrays are decompressed once into Pantau's cache directory (``crawler.config.cache``)
as plain ``.npy`` files and memory-mapped: the workers share one copy in the page
cache, and only the parts of the model a text touches are ever read. The model and
the scores are py3langid's own (``LanguageIdentifier``); should its layout change in a
later version, this falls back to loading the model in memory, as py3langid does.
"""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path
from typing import Any

import numpy as np
from py3langid import langid, modelio

from crawler.config import cache

logger = logging.getLogger(__name__)

_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")
_PREFIX = "langid-"


# Indonesian's commonest function words: in news prose they are one word in four or five
# ("yang", "dan", "di", ...); English, Javanese, Sundanese and the partner cities'
# languages have none of them that often (Malay has, and is read as Indonesian by a page
# that declares it, see crawler.extract.article)
_FUNCTION_WORDS = frozenset((
    "yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "pada", "dalam", "akan",
    "tidak", "juga", "ke", "oleh", "karena", "bahwa", "adalah", "sebagai", "telah", "atau",
    "para", "serta", "sudah", "agar", "saat", "bagi", "kepada"))
_SAMPLE_WORDS = 300
_SHARE = 0.12


def looks_indonesian(text: str) -> bool:
    """Whether ``text`` reads as Indonesian by its function words alone: a cheap test
    that spares most pages the model (about a millisecond and a half a page)."""
    words = text.lower().split()[:_SAMPLE_WORDS]
    if len(words) < 40:
        return False
    return sum(1 for w in words if w.strip(".,;:!?\"'()") in _FUNCTION_WORDS) >= _SHARE * len(words)


def classify(text: str) -> str:
    """The language code of ``text`` ("id", "en", "ja", ...)."""
    return _identifier().classify(text)[0]


def prepare() -> None:
    """Have the model ready: mapped, and written to the cache first if it is not there
    yet (a fork server does it once for all its workers)."""
    _identifier()


@functools.cache
def _identifier() -> Any:
    try:
        return _mapped(_fingerprint())
    except Exception as exc:  # an unwritable cache, another py3langid: its own way
        logger.debug("language model not memory-mapped (%s): loaded in memory", exc)
        return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)


def _fingerprint() -> str:
    return cache.fingerprint(("py3langid", "numpy"), [b"1"])


def _mapped(fingerprint: str) -> Any:
    folder = cache.directory()
    paths = {name: folder / f"{_PREFIX}{fingerprint}-{name}.npy" for name in _ARRAYS}
    if not all(path.exists() for path in paths.values()):
        _write(paths)
    mapped = {name: np.load(path, mmap_mode="r", allow_pickle=False)
              for name, path in paths.items()}
    return langid.LanguageIdentifier(
        mapped["ptc"], np.asarray(mapped["pc"]), mapped["classes"].tolist(),
        memoryview(mapped["nextmove"]), memoryview(mapped["output"]),
        tk_row=memoryview(mapped["row"]))


def _write(paths: dict[str, Path]) -> None:
    ptc, pc, classes, nextmove, row, output = modelio.load_model(
        Path(langid.MODEL_DIR) / langid.MODEL_FILE)
    arrays = {"ptc": np.ascontiguousarray(ptc), "pc": np.asarray(pc),
              "classes": np.array(classes),
              "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
              "row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
              "output": np.asarray(output, dtype=np.int32)}
    for name, array in arrays.items():
        buffer = io.BytesIO()
        np.save(buffer, array, allow_pickle=False)
        if not cache.write(paths[name], buffer.getvalue(), replaces=f"{_PREFIX}*-{name}.npy"):
            raise OSError(f"cannot write {paths[name]}")
