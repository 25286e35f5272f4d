"""Sentence-level event typing: trigger rules, MiniLM encoder, trained model, hybrid, CLI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from frontwatch.classify.rules import _lowered, load_rules
from frontwatch.taxonomy import NONE_LABEL


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Warplanes bombed the market town, killing five people.", "AIR_STRIKE"),
        ("Rebels shelled the eastern districts overnight.", "ART_MISS_ATTACK"),
        ("A suicide bomber blew himself up at the checkpoint.", "SUIC_BOMB"),
        ("A roadside bomb hit an army truck near the bridge.", "REM_EXPLOS"),
        ("Attackers lobbed a grenade into the tea shop.", "GRENADE"),
        ("Residents said chlorine was dropped on the suburb.", "CHEM_WEAP"),
        ("Heavy clashes erupted between the army and the rebels.", "ARMED_CLASH"),
        ("Troops recaptured the town from the insurgents.", "GOV_REGAINS_TERIT"),
        ("Militants overran the district headquarters.", "NON_STATE_ACTOR_OVERTAKES_TER"),
        ("The soldiers pulled out and the militia entered the town unopposed.", "NON_VIOL_TERRIT_TRANSFER"),
        ("Gunmen massacred twelve villagers in the night.", "ATTACK"),
        ("Armed men kidnapped two engineers on the road.", "ABDUCT_DISSAP"),
        ("Women were raped by the fighters, witnesses said.", "SEX_VIOL"),
        ("Hundreds of teachers staged a protest outside the ministry.", "PEACE_PROTEST"),
        ("Police fired tear gas to disperse the protesters.", "PROTEST_WITH_INTER"),
        ("Soldiers opened fire on the protesters, killing four.", "FORCE_AGAINST_PROTEST"),
        ("Rioters threw stones at the police and torched a bus.", "VIOL_DEMONSTR"),
        ("A mob lynched a suspected thief in the market.", "MOB_VIOL"),
        ("Police arrested three suspects in a dawn raid.", "ARREST"),
        ("The two sides signed a ceasefire on Sunday.", "AGREEMENT"),
        ("A bomb disposal team defused the device.", "DISR_WEAP"),
        ("Fighters looted the shops of the village.", "PROPERTY_DISTRUCT"),
        ("The army set up a new base near the border.", "HQ_ESTABLISHED"),
        ("Two rebel factions announced their merger.", "CHANGE_TO_GROUP_ACT"),
        ("The governor imposed a curfew on the city.", "OTHER"),
        ("Police seized a tonne of cocaine at the port.", "ORG_CRIME"),
        ("A strong earthquake shook the coastal province.", "NATURAL_DISASTER"),
        ("A fire broke out at the textile factory.", "MAN_MADE_DISASTER"),
        ("The government expelled three diplomats.", "DIPLO"),
        ("The group claimed responsibility for the blast.", "ATTRIB"),
    ],
)
def test_rules_fire_on_clear_cases(sentence: str, label: str):
    match = load_rules().best(sentence)
    assert match is not None and match.label == label
    assert sentence[match.start : match.end] == match.trigger


def test_rules_do_not_fire_on_background():
    assert load_rules().best("The city lies about 100 km north of the capital.") is None


def test_irrealis_trigger_is_dropped():
    rules = load_rules()
    assert rules.best("The army hopes to recapture the town.") is None or (
        rules.best("The army hopes to recapture the town.").label != "GOV_REGAINS_TERIT"
    )
    assert rules.best("The army was forced to withdraw from the town.") is not None


def test_storm_as_verb_is_not_weather():
    match = load_rules().best("Security forces storm the square at dawn.")
    assert match is None or match.label != "NATURAL_DISASTER"


LOWERED_CASES = [  # (sentence, whether it is searched lower-cased without IGNORECASE)
    ("MILITANTS AMBUSHED a convoy near the ridge on Tuesday.", True),
    ("Protesters Marched through the square; Police fired Tear Gas at them.", True),
    ("The town’s Bridge was Shelled overnight, residents said.", True),
    ("An aırstrike hit the depot, witnesses said.", False),  # dotless i: IGNORECASE reads it as i
    ("Gunmen ſhot two guards at the gate of the mine.", False),  # long s, likewise
    ("İnsurgents shelled the outpost; the garrison returned fire.", False),  # İ lower-cases to two characters
]


@pytest.mark.parametrize(("sentence", "lowered"), LOWERED_CASES)
def test_lowered_triggers_find_what_ignorecase_finds(sentence: str, lowered: bool):
    rules = load_rules()
    flagged = sorted((m for rule in rules._rules for m in rule.matches(sentence)
                      if not rules._is_irrealis(sentence, m.start)), key=lambda m: (-m.priority, m.start))
    assert (_lowered(sentence) is not None) == lowered
    assert all(rule.lowered is not None for rule in rules._rules)
    assert flagged and rules.matches(sentence) == flagged


@pytest.fixture(scope="module")
def encoder():
    from frontwatch.classify.embed import load_encoder

    return load_encoder()


def test_encoder_gives_unit_vectors(encoder):
    v = encoder.encode(["Jets bombed the village.", "A", ""])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_encoder_order_does_not_depend_on_batching(encoder):
    texts = ["short one", "a much longer sentence about shelling in the eastern districts", "mid length text here"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-3)


def test_paraphrases_are_closer_than_unrelated(encoder):
    a, b, c = encoder.encode(
        [
            "Warplanes bombed the village, killing six civilians.",
            "Jets struck the village from the air, leaving six civilians dead.",
            "The central bank raised interest rates by half a point.",
        ]
    )
    assert float(a @ b) > 0.6
    assert float(a @ c) < 0.3


@pytest.fixture(scope="module")
def typer_():
    from frontwatch.classify.typer import SentenceTyper

    return SentenceTyper.load()


def test_packaged_model_loads_with_31_classes(typer_):
    assert len(typer_.model.classes) == 31 and NONE_LABEL in typer_.model.classes
    assert typer_.model.weights.shape == (31, 384)


def test_packaged_typer_types_clear_sentences(typer_):
    sentences = {
        "Fighter jets pounded rebel positions outside the northern town on Monday.": "AIR_STRIKE",
        "A suicide attacker detonated his vest at the gate of the police academy.": "SUIC_BOMB",
        "Riot police used water cannon to break up the opposition march.": "PROTEST_WITH_INTER",
        "A magnitude 6.1 quake hit the mountain region overnight.": "NATURAL_DISASTER",
        "Troops arrested a suspected arms dealer at a checkpoint.": "ARREST",
        "The museum reopened its doors to visitors after renovation.": NONE_LABEL,
    }
    typed = typer_.classify(list(sentences))
    assert [t.label for t in typed] == list(sentences.values())
    air = typed[0]
    assert air.event_type == "Explosions/Remote violence" and air.sub_event_type == "Air/drone strike"
    assert air.layer in ("rules", "model", "both") and 0.0 < air.score <= 1.0


def test_non_acled_label_has_no_acled_type(typer_):
    (typed,) = typer_.classify(["The country expelled four diplomats and imposed sanctions."])
    assert typed.label == "DIPLO" and typed.event_type is None and not typed.is_acled


@pytest.mark.parametrize("mode", ["hybrid", "model", "rules"])
def test_probs_cover_every_label_and_favour_the_chosen_one(typer_, mode):
    sentences = ["Warplanes bombed a market in the border town.", "The museum reopened after renovation."]
    for typed in typer_.classify(sentences, mode=mode):
        assert set(typed.probs) == set(typer_.model.classes)
        assert sum(typed.probs.values()) == pytest.approx(1.0)
        if typed.label != NONE_LABEL:
            assert typed.probs[typed.label] == max(typed.probs.values())


def test_forced_mode_never_returns_none(typer_):
    typed = typer_.classify(["The museum reopened its doors to visitors."], forced=True)
    assert typed[0].label != NONE_LABEL


def test_train_typer_is_deterministic(tmp_path: Path):
    from frontwatch.classify.embed import load_encoder
    from frontwatch.classify.model import load_model
    from frontwatch.classify.train import DEFAULT_TRAIN_FILE, train_typer

    lines = DEFAULT_TRAIN_FILE.read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [line for line in lines[1:] if line.split("\t")[0] in ("AIR_STRIKE", "ARREST", "NONE")][:45]
    small = tmp_path / "small.tsv"
    small.write_text("\n".join(keep) + "\n", encoding="utf-8")
    first = train_typer([small], tmp_path / "a.npz", seed=3, encoder=load_encoder())
    second = train_typer([small], tmp_path / "b.npz", seed=3, encoder=load_encoder())
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.bias, second.bias)
    reloaded = load_model(tmp_path / "a.npz")
    assert reloaded.classes == first.classes and np.array_equal(reloaded.weights, first.weights)


def test_training_file_covers_every_label_with_20_sentences():
    from collections import Counter

    from frontwatch.classify.train import DEFAULT_TRAIN_FILE, read_labelled
    from frontwatch.taxonomy import load_taxonomy

    counts = Counter(ex.label for ex in read_labelled(DEFAULT_TRAIN_FILE))
    for code in load_taxonomy().all_codes():
        assert counts[code] >= 20, code
    assert counts[NONE_LABEL] >= 150


def test_classify_cli_writes_one_line_per_row(tmp_path: Path):
    from typer.testing import CliRunner

    import frontwatch.cli.classify  # noqa: F401  (registers the commands)
    from frontwatch.cli.app import app

    case = tmp_path / "mini.tsv"
    case.write_text(
        "id\tEventSnippet\tSubType\n"
        "7\tA landmine killed two farmers near the village\tREM_EXPLOS\n"
        "9\tPolice detained the editor of a newspaper\tARREST\n"
        "12\tThe ministers met in Geneva and condemned the violence\tDIPLO\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.tsv"
    result = CliRunner().invoke(app, ["classify", str(case), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id\tlabel"
    cells = [line.split("\t") for line in lines[1:]]
    assert [c[0] for c in cells] == ["7", "9", "12"]
    assert all(c[1] in {"REM_EXPLOS", "ARREST", "DIPLO"} or c[1].isupper() for c in cells)
    assert lines[1].split("\t")[1] == "REM_EXPLOS"


def test_evaluate_case_file_scores_dev(shared_dir: Path):
    from frontwatch.classify.case import evaluate_case_file
    from frontwatch.classify.typer import SentenceTyper

    dev = shared_dir / "eval" / "case2021-dev.tsv"
    predictions, scores = evaluate_case_file(dev, SentenceTyper.load(), mode="rules")
    assert len(predictions) == 304
    assert scores.all_labels.n == 304 and scores.acled_labels.n < 304
    assert scores.all_labels.weighted_f1 > 0.5  # rules alone; the bench has the real figures


def test_event_threshold_keeps_the_asked_share_of_event_sentences():
    from frontwatch.classify.train import event_threshold

    classes = ("ARREST", "NONE", "RIOT")
    probs = np.array([[0.9, 0.05, 0.05], [0.6, 0.3, 0.1], [0.4, 0.35, 0.25], [0.2, 0.7, 0.1]])
    threshold = event_threshold(probs, classes, recall=0.5)
    kept = [max(p[0], p[2]) >= threshold and max(p[0], p[2]) > p[1] for p in probs]
    assert sum(kept) >= 2 and 0.4 <= threshold <= 0.6
    assert event_threshold(probs, classes, recall=1.0) == 0.0  # the NONE-won sentence forces 0


BALANCED_CASES = [
    # events' (best event prob, NONE prob), non-events' ones, expected threshold range
    ([(0.9, 0.05), (0.6, 0.2), (0.5, 0.3)], [(0.3, 0.1), (0.2, 0.7), (0.35, 0.2)], (0.35, 0.5)),
    ([(0.8, 0.1), (0.7, 0.1)], [(0.1, 0.85), (0.05, 0.9)], (1e-9, 0.7)),  # NONE wins the non-events: any t > 0
    ([(0.9, 0.05), (0.3, 0.2)], [(0.4, 0.3), (0.45, 0.1)], (0.45, 0.9)),  # one event given up for two non-events
]


@pytest.mark.parametrize(("events", "others", "expected"), BALANCED_CASES)
def test_balanced_threshold_separates_events_from_non_events(events, others, expected):
    from frontwatch.classify.train import balanced_threshold

    classes = ("ARREST", "NONE")
    threshold, kept, refused = balanced_threshold(np.array(events), np.array(others), classes)
    assert expected[0] <= threshold <= expected[1]
    assert kept == np.mean([e >= threshold and e > n for e, n in events])
    assert refused == np.mean([not (e >= threshold and e > n) for e, n in others])


def test_train_typer_cli_leaves_the_packaged_model_alone(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    import frontwatch.cli.classify  # noqa: F401  (registers the commands)
    from frontwatch.classify.model import DEFAULT_MODEL_FILE
    from frontwatch.classify.train import DEFAULT_TRAIN_FILE
    from frontwatch.cli.app import app

    lines = DEFAULT_TRAIN_FILE.read_text(encoding="utf-8").splitlines()
    small = tmp_path / "small.tsv"
    small.write_text("\n".join([lines[0], *[line for line in lines[1:] if line.startswith(("ARREST", "NONE"))][:30]]),
                     encoding="utf-8")
    before = DEFAULT_MODEL_FILE.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["train-typer", str(small)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "event_typer.npz").is_file()
    assert DEFAULT_MODEL_FILE.read_bytes() == before


def test_a_model_naming_its_own_encoder_loads_it(tmp_path: Path):
    from frontwatch.classify.embed import default_model_file, load_encoder, load_encoder_file
    from frontwatch.classify.model import TyperModel
    from frontwatch.classify.typer import SentenceTyper
    from frontwatch.errors import FrontwatchError

    rng = np.random.default_rng(0)
    (tmp_path / "enc.onnx").write_bytes(default_model_file().read_bytes())
    TyperModel(("ARREST", "NONE"), rng.normal(size=(2, 384)).astype(np.float32), np.zeros(2, np.float32), "x",
               meta={"encoder_file": "enc.onnx", "max_tokens": "32", "min_model_prob": "0.3"}).save(tmp_path / "m.npz")
    typer_ = SentenceTyper.load(tmp_path / "m.npz")
    assert typer_.encoder is not load_encoder() and typer_.config.min_model_prob == 0.3
    assert len(typer_.classify(["Police detained a journalist."])) == 1
    (tmp_path / "enc.onnx").unlink()
    load_encoder_file.cache_clear()
    missing = SentenceTyper.load(tmp_path / "m.npz")  # the encoder is loaded on first use
    with pytest.raises(FrontwatchError, match="encoder file missing"):
        missing.classify(["Police detained a journalist."])


def _toy_corpus(path: Path) -> Path:
    """Three labels of train notes (made-up words), a dev note and a heldout note, as corpus.jsonl."""
    import json

    rows = [dict(id=f"t:{label}{i}", source="t", split="train", text=f"Note {label} number {i}.", label=label,
                 event_id=f"T{label}{i}") for label in ("ARMED_CLASH", "ARREST", "GRENADE") for i in range(6)]
    rows += [dict(id="t:d", source="t", split="dev", text="Dev note.", label="ARREST", event_id="TD"),
             dict(id="t:h", source="t", split="heldout", text="Heldout note.", label="ARREST", event_id="TH")]
    coding = dict(actor1="A", actor2="", latitude=0.0, longitude=0.0, event_date="2020-01-01", fatalities=0)
    path.write_text("\n".join(json.dumps({**r, **coding}) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_larger_draw_holds_the_smaller_one_and_only_train_notes(tmp_path: Path):
    from frontwatch.classify.train import drawn_notes

    corpus = _toy_corpus(tmp_path / "corpus.jsonl")
    small, _ = drawn_notes(corpus, 2, seed=3)
    large, _ = drawn_notes(corpus, 4, seed=3)
    assert len(small) == 6 and len(large) == 12
    assert {n.id for n in small} <= {n.id for n in large}
    assert {n.split for n in large} == {"train"}
    assert [n.id for n in drawn_notes(corpus, 2, seed=3)[0]] == [n.id for n in small]


def test_manifest_lists_hash_and_event_id_of_each_note_fitted_on(tmp_path: Path):
    from frontwatch.classify.train import drawn_notes, write_manifest
    from frontwatch.evaluate.coded_notes import text_hash

    notes, _ = drawn_notes(_toy_corpus(tmp_path / "corpus.jsonl"), 2, seed=0)
    write_manifest(notes, tmp_path / "manifest.tsv")
    lines = (tmp_path / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(f"{text_hash(n.text)}\t{n.event_id}" for n in notes)
    assert text_hash("Note  ARREST\nnumber 1.") == text_hash("Note ARREST number 1.")
    assert all(len(line.split("\t")[0]) == 16 for line in lines)


def test_stock_mix_fits_a_head_beside_the_ngram_model(tmp_path: Path):
    import json

    from frontwatch.classify.model import load_model
    from frontwatch.classify.train_mix import MixConfig, train_stock_mix
    from frontwatch.classify.typer import SentenceTyper
    from frontwatch.evaluate.case import case_half, load_case_tsv

    corpus = _toy_corpus(tmp_path / "corpus.jsonl")
    coding = dict(actor1="", actor2="", latitude=0.0, longitude=0.0, event_date="2020-01-01", fatalities=0)
    extra = [dict(id="t:dup", source="t", split="train", text="Note ARREST number 1.", label="ARREST", event_id="TX"),
             dict(id="t:n", source="t", split="dev", text="Shares rose on Monday.", label="NONE", event_id="")]
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps({**r, **coding}) for r in extra) + "\n")
    case = tmp_path / "case.tsv"
    case.write_text("id\tEventSnippet\tSubType\n" + "".join(
        f"{i}\tMade-up snippet number {i}.\tARREST\n" for i in range(8)), encoding="utf-8")
    own = tmp_path / "own.tsv"
    own.write_text("label\ttext\nNONE\tThe weather was mild.\nARREST\tPolice detained a man.\n", encoding="utf-8")
    ngram_file = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "event_typer_ngrams.npz"
    runs = [train_stock_mix(corpus, [own], case, tmp_path / run / "m.npz", ngram_file,
                            config=MixConfig(cap_per_label=4), manifest=tmp_path / run / "manifest.tsv",
                            cache_dir=tmp_path / "cache") for run in "ab"]
    assert np.array_equal(runs[0].weights, runs[1].weights) and runs[0].meta == runs[1].meta
    studied = len(case_half(load_case_tsv(case), "study"))
    assert runs[0].meta["n_examples"] == str(12 + studied + 2)  # 4 notes x 3 labels, the study half, own sentences
    assert len((tmp_path / "a" / "manifest.tsv").read_text().splitlines()) == 12
    assert (tmp_path / "a" / ngram_file.name).is_file()
    assert load_model(tmp_path / "a" / "m.npz").meta["ngram_weight"] == "0.5"
    typer_ = SentenceTyper.load(tmp_path / "a" / "m.npz")
    assert typer_.uses_encoder and typer_.ngram_weight == 0.5
    probs = typer_.model_probs(["Police detained a man."])[0]
    unseen = typer_.model.classes.index("AIR_STRIKE")
    assert typer_.model.predict_proba(typer_.encoder.encode(["Warplanes bombed a town."]))[0, unseen] < 1e-6
    assert probs.sum() == pytest.approx(1.0)
