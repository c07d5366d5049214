"""The colour rule of every chart: what each colour means, and nothing else.

- **Sides** (a country, an organisation, ``both sides``, ``unknown``): one flat colour per
  side, the same in every chart of every run (:func:`side_color`). Side colours are used for
  sides only: bars, points and lines of a side, and the legend that names them.
- **Scores** (an atmosphere score, warm to hostile): a diverging teal/brown scale
  (:func:`score_color`) built so that none of its steps looks like a side colour.
- **Amounts** in a heatmap: the sequential ``cividis`` scale with its colour bar.
- **Everything else** (one series of bars, account A and B, direct and reported speech, the
  markers of two sentiment tools): neutral charcoal, white and hatching, never a hue.
"""
from __future__ import annotations

import hashlib

SIDE_COLORS = {"United States": "#0072B2", "China": "#D55E00", "both sides": "#009E73", "unknown": "#999999", "": "#999999"}
# Every side keeps one colour in every chart and every run. The sides diplomacy coverage
# quotes most have colours of their own, no two alike; any other side gets one of a second set,
# chosen from its name (two such sides may share one).
PROMINENT_SIDE_COLORS = {
    # sides often quoted together get colours far apart: Russia/Ukraine, India/Pakistan,
    # European Union/United Kingdom, Japan/South Korea, China/Taiwan, Israel/Iran
    "Russia": "#E69F00", "Ukraine": "#56B4E9", "European Union": "#F0E442", "United Kingdom": "#CC79A7",
    "India": "#882255", "Pakistan": "#332288", "Japan": "#E73F74", "South Korea": "#117733",
    "North Korea": "#000000", "Taiwan": "#80BA5A", "United Nations": "#8C564B", "NATO": "#999933",
    "France": "#A6761D", "Germany": "#DDCC77", "Iran": "#B2182B", "Israel": "#5E9ED6",
    "Philippines": "#C51B7D", "Brazil": "#6A3D9A",
}
OTHER_SIDE_PALETTE = ["#B15928", "#FB9A99", "#FDBF6F", "#B2DF8A", "#A6CEE3", "#CAB2D6", "#FFFF99", "#1F3A93"]

# Scores, hostile (index 0) to warm (index 4): dark and light brown, light grey, light and dark
# teal. tests/test_charts_export.py checks that each step is far (CIELAB distance) from
# every side colour.
SCORE_COLORS = ["#5A3408", "#B5835A", "#E4E4E4", "#4C9A93", "#0F5C56"]
SCORE_COLOR_NAMES = ("brown", "teal")  # hostile, warm: for captions

# Neutral marks: a single series, account A, direct quotes, filled markers (charcoal); account
# B, reported speech, open markers (white with a charcoal edge and hatching).
NEUTRAL = "#4D4D4D"
NEUTRAL_EDGE = "#333333"
NEUTRAL_FILL = "#FFFFFF"
HATCH = "////"

# What a reader calls each colour, for captions
COLOR_NAMES = {"#0072B2": "blue", "#D55E00": "vermilion", "#009E73": "green", "#999999": "grey",
               "#E69F00": "orange", "#56B4E9": "sky blue", "#F0E442": "yellow", "#CC79A7": "pink",
               "#882255": "wine", "#332288": "indigo", "#E73F74": "red", "#117733": "dark green",
               "#000000": "black", "#80BA5A": "light green", "#8C564B": "brown", "#999933": "olive",
               "#A6761D": "ochre", "#DDCC77": "sand", "#B2182B": "crimson", "#5E9ED6": "light blue",
               "#C51B7D": "magenta", "#6A3D9A": "violet", "#B15928": "rust", "#FB9A99": "salmon",
               "#FDBF6F": "peach", "#B2DF8A": "pale green", "#A6CEE3": "pale blue", "#CAB2D6": "lavender",
               "#FFFF99": "pale yellow", "#1F3A93": "navy"}


def side_color(side) -> str:
    """The colour of *side*, the same in every chart: a fixed one for the prominent sides,
    else one of :data:`OTHER_SIDE_PALETTE` chosen from the name."""
    side = "" if side is None else str(side)
    if side in SIDE_COLORS:
        return SIDE_COLORS[side]
    if side in PROMINENT_SIDE_COLORS:
        return PROMINENT_SIDE_COLORS[side]
    digest = int(hashlib.sha256(side.encode("utf-8")).hexdigest()[:8], 16)
    return OTHER_SIDE_PALETTE[digest % len(OTHER_SIDE_PALETTE)]


def all_side_colors() -> set[str]:
    """Every colour a side can have."""
    return {c.upper() for c in [*SIDE_COLORS.values(), *PROMINENT_SIDE_COLORS.values(), *OTHER_SIDE_PALETTE]}


def score_color(score: float, low: float = -4.0, high: float = 3.0) -> str:
    """The colour of an atmosphere score on the scale *low*...*high*: brown for hostile,
    teal for warm, darker the further from 0, light grey at 0."""
    if score > 0:
        return SCORE_COLORS[4] if high and score >= high / 2 else SCORE_COLORS[3]
    if score < 0:
        return SCORE_COLORS[0] if low and score <= low / 2 else SCORE_COLORS[1]
    return SCORE_COLORS[2]


def side_key_text(sides) -> str:
    """"blue United States, vermilion China": the colour of each side, for a caption."""
    return ", ".join(f"{COLOR_NAMES.get(side_color(s), 'coloured')} {s}" for s in sides)
