"""Reading publication dates without guessing.

A date is read only when it names one day for certain:

- ``2023-06-19``, ``2023/06/19``, ``19 June 2023``, ``June 19, 2023``,
  ``Mon, 19 Jun 2023 10:00:00 +0000``, ``2023-06-19T23:30:00-05:00``: read as written;
- a time zone keeps the local date and time of the place it was written in (``23:30 -05:00``
  on 19 June stays 19 June, it is not moved to 20 June in UTC);
- ``03/04/2023`` may be 3 April or March 4: a column of dates is read in the order its own
  values prove (``15/11/2023`` proves day first), and a column with no such proof, or with
  proof of both orders, is an error naming the file and the row, settled by
  ``dayfirst=True``/``False`` or ``date_format="%d/%m/%Y"``;
- ``today``, ``yesterday``, ``now``, ``3 days ago`` depend on when the program runs: an error;
- ``2023`` names a year, not a day: an error (it would silently become 1 January);
  ``2023-06`` names a month: alone an error, in a column of dates read as the 1st with a
  note (charts by month are right).
"""
from __future__ import annotations

import re
import warnings

import pandas as pd

_NUMERIC = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b(.*)$")
_RELATIVE = re.compile(
    r"^\s*(today|tonight|now|yesterday|tomorrow|this (morning|afternoon|evening|week|month|year)"
    r"|last (night|week|month|year)|next (week|month|year)|just now|\d+\s+\w+\s+ago|an? \w+ ago)\b",
    re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\s*\d{4}\s*$")
_MONTH_ONLY = re.compile(
    r"^\s*(\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{4}|[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}\s+[A-Za-z]{3,9})\s*$")
_SETTLE = ("pass dayfirst=True (or False) or date_format='%d/%m/%Y' to load_corpus "
           "(--dayfirst or --date-format on the command line)")


class DateError(ValueError):
    """A value that is not one certain day (the message says why)."""


def _plain(ts: pd.Timestamp) -> pd.Timestamp:
    # the local date and time as written: the zone is dropped, the clock not moved
    return ts.tz_localize(None) if ts.tzinfo is not None else ts


def _check_words(value: str) -> None:
    if _RELATIVE.match(value):
        raise DateError(f"{value!r} is a relative date (it depends on the day the program runs): give the day, "
                        "e.g. 2023-06-19")
    if _YEAR_ONLY.match(value):
        raise DateError(f"{value!r} names a year, not a day (it would be read as 1 January): give the day, "
                        "e.g. 2023-06-19, or leave it empty")


def numeric_order(value: str) -> str:
    """``"day"`` or ``"month"`` when a d/m/y-like *value* can only be read one way,
    ``"either"`` when both readings are dates, ``""`` when it is not of that form."""
    m = _NUMERIC.match(value)
    if not m:
        return ""
    a, b = int(m.group(1)), int(m.group(3))
    if a > 12 and b <= 12:
        return "day"
    if b > 12 and a <= 12:
        return "month"
    return "same" if a == b else "either"


def names_month(value: str) -> bool:
    """Whether *value* names a month without its day (``2023-06``, ``June 2023``)."""
    return bool(_MONTH_ONLY.match(str(value or "")))


def parse_date(value: str, *, dayfirst: bool | None = None, date_format: str | None = None,
               month_ok: bool = False) -> pd.Timestamp:
    """One date (NaT for an empty value). Raises :class:`DateError` for anything that is
    not one certain day (see the module's notes); with *month_ok*, a month alone is its 1st."""
    value = "" if value is None else str(value).strip()
    if not value:
        return pd.NaT
    if not month_ok and not date_format and _MONTH_ONLY.match(value):
        raise DateError(f"{value!r} names a month, not a day (it would be read as the 1st): give the day, "
                        "e.g. 2023-06-19, or leave it empty")
    if date_format:
        try:
            return _plain(pd.to_datetime(value, format=date_format))
        except (ValueError, TypeError):
            raise DateError(f"{value!r} does not match date_format {date_format!r}") from None
    _check_words(value)
    m = _NUMERIC.match(value)
    if m:
        order = numeric_order(value)
        if order == "either" and dayfirst is None:
            raise DateError(f"{value!r} is ambiguous (day/month or month/day?): {_SETTLE}")
        a, b, year, rest = int(m.group(1)), int(m.group(3)), m.group(4), m.group(5)
        day_first = dayfirst if order in ("either", "same") else order == "day"
        day, month = (a, b) if day_first else (b, a)
        if len(year) == 2:
            raise DateError(f"{value!r} has a two-digit year: give the year in full (e.g. 2023)")
        try:
            ts = pd.Timestamp(f"{year}-{month:02d}-{day:02d}{(' ' + rest.strip()) if rest.strip() else ''}")
        except (ValueError, TypeError):
            raise DateError(f"cannot read date {value!r} (use a form such as 2023-06-19)") from None
        return _plain(ts)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas warns of zone names it drops ("EDT")
            ts = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        ts = None
    if ts is None or pd.isna(ts):
        try:
            from dateutil import parser as date_parser

            ts = pd.Timestamp(date_parser.parse(value, default=None, dayfirst=False))
        except (ValueError, TypeError, OverflowError):
            raise DateError(f"cannot read date {value!r} (use a form such as 2023-06-19)") from None
    return _plain(ts)


def iso_date(ts) -> str:
    """*ts* as ISO text: ``2023-06-19`` at midnight, else with the time; ``""`` for NaT."""
    if ts is None or pd.isna(ts):
        return ""
    return ts.date().isoformat() if ts == ts.normalize() else ts.isoformat()


def read_date_column(values: list[tuple[str, str]], where: str, *, dayfirst: bool | None = None,
                     date_format: str | None = None, notes: list | None = None) -> list[str]:
    """The dates of one column, each as ISO text (``""`` when empty), read in one order.

    *values* holds ``(row, value)`` pairs; *where* names the file. The day/month order of
    numeric dates is the one the column proves (see the module's notes). Raises
    :class:`DateError` naming the file and the row. A month without its day (``2023-02``)
    is read as its 1st, and a note (appended to *notes*) says so: charts by month are right."""
    if dayfirst is None and not date_format:
        proofs = {}
        for row, value in values:
            order = numeric_order(str(value or ""))
            if order in ("day", "month"):
                proofs.setdefault(order, (row, value))
        if len(proofs) == 2:
            (r1, v1), (r2, v2) = proofs["day"], proofs["month"]
            raise DateError(f"{where}: the dates mix day-first ({r1}: {v1!r}) and month-first ({r2}: {v2!r}) "
                            f"orders: {_SETTLE}")
        if proofs:
            dayfirst = "day" in proofs
    out = []
    months = []
    for row, value in values:
        try:
            ts = parse_date(value, dayfirst=dayfirst, date_format=date_format, month_ok=True)
        except DateError as exc:
            raise DateError(f"{where}, {row}: {exc}") from None
        if not date_format and names_month(value):
            months.append(f"{row}: {str(value).strip()!r}")
        out.append(iso_date(ts))
    if months and notes is not None:
        notes.append((where, f"{len(months)} date(s) name a month without its day, read as its 1st "
                             f"(right in charts by month): {'; '.join(months[:5])}{' ...' if len(months) > 5 else ''}"))
    return out
