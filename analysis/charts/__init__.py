"""Report-ready charts in one house style.

Like quanteda's ``textplot_*`` functions, each ``plot_*`` function draws exactly one table
computed elsewhere (never computing and plotting at once) and returns the matplotlib
Figure; its caption says the source and everything left out. :func:`save_figure` writes
PNG, SVG and PDF files that are byte-identical from run to run, into ``figures/`` only for
the seed corpus (:func:`figures_dir`). The colour rule is in :mod:`.colours`.

Modules: ``colours`` (what each colour means), ``layout`` (style, saving, captions),
``topic_charts`` (documents and topics), ``speaker_charts`` (statements, sentiment, sides),
``tone_charts`` (tone phrases), ``account_charts`` (two accounts), ``time_charts`` (over time).
"""
from __future__ import annotations

from ..stats import doc_labels, short_label  # noqa: F401 (public here too)
from .account_charts import plot_account_topics  # noqa: F401
from .colours import (  # noqa: F401
    COLOR_NAMES, HATCH, NEUTRAL, NEUTRAL_EDGE, NEUTRAL_FILL, OTHER_SIDE_PALETTE, PROMINENT_SIDE_COLORS, SCORE_COLORS,
    SIDE_COLORS, all_side_colors, score_color, side_color, side_key_text,
)
from .layout import (  # noqa: F401
    GROUP_WORDS, MAX_GROUPS, MAX_PANELS, MIN_N_INTERVAL, PROJECT_ROOT, STYLE_FILE, add_source, figures_dir, house_style,
    is_seed_corpus, limit_groups, no_data, note, save_figure, top_rows, use_house_style,
)
from .speaker_charts import plot_sentiment_by_speaker, plot_side_shares, plot_statement_counts  # noqa: F401
from .time_charts import plot_over_time  # noqa: F401
from .tone_charts import plot_tone_categories, plot_tone_index, plot_tone_layers, plot_tone_vs_sentiment, tone_bounds  # noqa: F401
from .topic_charts import (  # noqa: F401
    SIGNIFICANT_G2, plot_distinctive_terms, plot_document_lengths, plot_topic_cooccurrence, plot_topic_frequency,
    plot_topic_heatmap, plot_topics_by_speaker,
)

_side_color = side_color  # the old private name
PALETTE = [NEUTRAL]  # no categorical palette: sides have theirs, everything else is neutral
