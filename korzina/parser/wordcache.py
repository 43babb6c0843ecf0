"""The parser's word analyses kept between processes: a start-up cache.

Building the vocabulary's index analyses every product word (the built-in lists and the
database's kinds, about 800) with pymorphy3: most of a `korzina parse`'s start-up. The
analyses are a pure function of the word, ``korzina/core/text.py`` and the pymorphy3
dictionaries, so they are kept in the user's cache directory under a key made of exactly
those (a changed text.py or dictionary is a new file, never a stale answer).

Reading and writing is the caller's, at the edge (the CLI, the bot); a cache that cannot
be read or written is ignored: it only saves time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from korzina.core import text
from korzina.core.text import WordInfo

log = logging.getLogger(__name__)


def cache_key() -> str:
    """What the analyses depend on: the analysis code and the dictionaries' versions."""
    digest = hashlib.sha256(Path(text.__file__).read_bytes())
    for dist in ("pymorphy3", "pymorphy3-dicts-ru"):
        try:
            digest.update(f"{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            digest.update(f"{dist}=?".encode())
    return digest.hexdigest()[:16]


def cache_path(directory: Path) -> Path:
    return directory / f"words-{cache_key()}.json"


def load(path: Path) -> dict[str, WordInfo]:
    """The analyses saved at ``path``; empty when there are none or they do not read."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return {
            word: WordInfo(lemma, pos, case, known, tuple(lemmas), noun=noun, latin=latin)
            for word, (lemma, pos, case, known, lemmas, noun, latin) in rows.items()
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError):
        log.info("word cache %s unreadable; ignored", path, exc_info=True)
        return {}


def save(path: Path, infos: dict[str, WordInfo]) -> None:
    """Write the analyses atomically (another process may be reading or writing it)."""
    rows = {
        word: [i.lemma, i.pos, i.case, i.known, list(i.lemmas), i.noun, i.latin]
        for word, i in sorted(infos.items())
    }
    write_json(path, rows)


def typo_forms_path(directory: Path, key: str) -> Path:
    """Where the typo forms of a vocabulary (``Vocabulary.typo_forms_key``) are kept."""
    return directory / f"typos-{cache_key()}-{key}.json"


def load_forms(path: Path) -> list[str] | None:
    """Typo forms kept at ``path``; None when there are none or they do not read."""
    try:
        forms = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.info("typo forms %s unreadable; ignored", path, exc_info=True)
        return None
    return forms if isinstance(forms, list) and all(isinstance(f, str) for f in forms) else None


def prune(current: Path, pattern: str = "words-*.json") -> None:
    """Remove the caches of other code, dictionary or vocabulary versions beside
    ``current`` (those matching ``pattern``)."""
    for old in current.parent.glob(pattern):
        if old != current:
            old.unlink(missing_ok=True)


def write_json(path: Path, doc: object) -> None:
    """Write a cache file atomically: readers see the old file or the new one, whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        log.info("cache file %s not written", path, exc_info=True)
