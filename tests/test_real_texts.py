"""Who said what on real published texts, and on texts written in the published formats.

The real texts are the public-domain part of the team's real-text set (tests/data/real:
White House, State Department, VOA), with gold made by annotators who never saw the code;
the figures guarded here are the issue's targets where the extractor meets them, and just
under today's figures where it does not yet (see README, "Accuracy"). The format texts
(tests/data/statements_formats.yaml) were written without the code, one or two per family of
published transcript, readout and wire story.
"""
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_eval  # noqa: E402
import statement_eval  # noqa: E402


@pytest.fixture(scope="module")
def real():
    return real_eval.evaluate(real_eval.COPIED)


def test_real_texts_are_all_scored(real):
    assert real["documents"] == 17
    assert real["gold"] == 264
    assert all(f["pred"] > 0 for f in real["files"].values())  # every text yields statements


def test_real_texts_statements_found(real):
    assert real["precision"] >= 0.95
    assert real["f1"] >= 0.94  # the target is 0.92; 0.959 at the last measurement


def test_real_texts_speakers_and_sides(real):
    assert real["speaker_accuracy"] >= 0.97
    assert real["side_accuracy"] >= 0.97
    assert real["end_to_end_recall"] >= 0.90  # 0.932 at the last measurement


def test_real_transcripts_every_turn(real):
    # transcript paragraphs and reporters' questions: the issue's target of 0.85 end to end
    assert real["kind_recall"]["transcript"] >= 0.95
    assert real["kind_recall"]["question"] >= 0.95
    # joint statements, quotes in running text: the 0.85 (0.885 and 0.889 at the last measurement)
    assert real["kind_recall"]["joint"] >= 0.85
    assert real["kind_recall"]["quote_in_text"] >= 0.85


def _last(name: str) -> str:
    return name.split()[-1].lower() if name else ""


@pytest.fixture(scope="module")
def formats():
    return {c["id"]: c for c in yaml.safe_load(statement_eval.FORMATS.read_text(encoding="utf-8"))}


# One document per family of published transcript (labels, questions, turns over paragraphs,
# stage directions, opening announcements, "Q:"/"A:", outlets as labels)
FAMILIES = ["wh_gaggle_01", "wh_briefing_02", "state_briefing_01", "joint_presser_01", "joint_presser_02",
            "bg_call_01", "bg_call_02", "mfa_china_01", "mofa_japan_01", "mea_india_01"]


@pytest.mark.parametrize("case_id", FAMILIES)
def test_transcript_family_every_turn_with_its_speaker(formats, case_id):
    case = formats[case_id]
    gold = case["statements"]
    pred = statement_eval.predict(case["text"], case.get("outlet", ""), case.get("title", ""))
    pairs = statement_eval.match(gold, pred)
    assert len(pairs) == len(gold), "every turn paragraph is found"
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        assert _last(p["speaker"]) == _last(g["speaker"]), (g["text"][:60], p["speaker"])
        assert p["side"] == g["side"], (g["text"][:60], p["side"])


def test_formats_set_overall():
    res = statement_eval.evaluate(statement_eval.FORMATS)
    assert res["f1"] >= 0.93
    assert res["side_accuracy"] >= 0.95
