"""Reading the editable data files in ``analysis/lexicons/``.

Every lexicon is a plain YAML or text file that a non-programmer can edit. This module
finds and parses them, caching by path and modification time so that notebooks pick up
edits on the next call without re-reading files on every document.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
# libyaml's parser when PyYAML was built with it (the wheels are): the same data, ~10x faster
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(stream):
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(stream, Loader=SafeLoader)


class LexiconError(ValueError):
    """A lexicon data file is missing or malformed."""


def lexicon_path(name: str) -> Path:
    """Return the path of the lexicon file *name* (e.g. ``"topics.yaml"``)."""
    path = LEXICON_DIR / name
    if not path.exists():
        raise LexiconError(f"Lexicon file not found: {path}")
    return path


@lru_cache(maxsize=64)
def _load_yaml_cached(path: str, mtime_ns: int):
    with open(path, encoding="utf-8") as fh:
        try:
            return parse_yaml(fh)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML: {exc}") from None


def load_yaml(path: str | Path):
    """Parse a YAML lexicon (a name in ``analysis/lexicons`` or a path)."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = lexicon_path(str(path))
    return _load_yaml_cached(str(path), path.stat().st_mtime_ns)


def load_word_list(name: str) -> list[str]:
    """Read a one-entry-per-line text lexicon, skipping blank lines and ``#`` comments."""
    path = lexicon_path(name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def lexicon_fingerprint() -> str:
    """A hash of every lexicon file's contents (used to key caches)."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.iterdir()):
        if path.suffix in {".yaml", ".yml", ".txt"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
