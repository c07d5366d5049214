"""Spans shared by the extractors: which statement holds a span of text."""
from __future__ import annotations

from typing import Iterable


def innermost(spans: Iterable[tuple], start: int, end: int):
    """The shortest ``(start, end, payload)`` span containing [start, end), or None."""
    best = None
    for span in spans:
        s, e = span[0], span[1]
        if s <= start and end <= e and (best is None or e - s < best[1] - best[0]):
            best = span
    return best


def speaker_at(statements: list[tuple[int, int, str]], start: int, end: int) -> str:
    best = innermost(statements, start, end)
    return best[2] if best else ""

