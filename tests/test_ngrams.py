"""The n-gram TF-IDF typer: features, the compact file, and its pairing with the embedding head."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from frontwatch.classify.ngrams import NgramSpec, fit_vectoriser, load_ngram_model, quantised

TERM_CASES = [
    ("Rebels shelled the town", NgramSpec(1, 1, 3, 3), {"w rebels", "w shelled", "c  re", "c wn "}),
    ("Rebels shelled the town", NgramSpec(2, 2, 9, 9), {"w rebels shelled", "w the town", "c  shelled "}),
    ("ÉTATS-UNIS a tiré", NgramSpec(1, 1, 2, 2), {"w états", "w unis", "w tiré", "c  é", "c é "}),
    ("Two 3 x", NgramSpec(1, 2, 2, 2), {"w two", "w 3", "w two 3", "c  3", "c 3 "}),
    ("", NgramSpec(), set()),
]


@pytest.mark.parametrize(("text", "spec", "expected"), TERM_CASES)
def test_terms_cut_words_and_padded_characters(text: str, spec: NgramSpec, expected: set[str]):
    terms = set(spec.terms(text))
    assert expected <= terms
    assert all(t.startswith(("w ", "c ")) for t in terms)


@pytest.mark.parametrize("spec", [NgramSpec(), NgramSpec(1, 3, 3, 6), NgramSpec(2, 2, 1, 1)])
def test_spec_round_trips_through_its_string(spec: NgramSpec):
    assert NgramSpec.parse(spec.as_string()) == spec


TEXTS = [
    "Police arrested four journalists in the capital.",
    "Gunmen attacked a village and killed three farmers.",
    "Protesters marched peacefully to parliament.",
    "Police detained a student leader after the march.",
    "Militants attacked a checkpoint and killed two soldiers.",
    "Thousands marched through the city demanding reforms.",
]
LABELS = ["ARREST", "ATTACK", "PEACE_PROTEST", "ARREST", "ATTACK", "PEACE_PROTEST"]


def test_vectoriser_rows_are_unit_length_and_keep_the_most_frequent_terms():
    vec = fit_vectoriser(TEXTS, NgramSpec(), max_terms=50, min_df=1)
    term_sets = [set(NgramSpec().terms(text)) for text in TEXTS]
    df = {t: sum(t in terms for terms in term_sets) for terms in term_sets for t in terms}
    dropped = [c for t, c in df.items() if t not in vec.vocabulary]
    assert len(vec.vocabulary) == 50 and min(df[t] for t in vec.vocabulary) >= max(dropped)
    x = vec.encode(TEXTS + ["zzzz qqqq"])
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
    assert np.allclose(norms[:-1], 1.0) and norms[-1] == 0.0


def test_int8_weights_stay_close_to_the_fitted_ones():
    coef = np.random.default_rng(0).normal(size=(4, 100))
    weights, scales = quantised(coef)
    assert weights.dtype == np.int8
    assert np.abs(weights * scales[:, None] - coef).max() <= scales.max() / 2 + 1e-9


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory):
    from sklearn.linear_model import LogisticRegression

    from frontwatch.classify.ngrams import NgramModel

    vec = fit_vectoriser(TEXTS, NgramSpec(), max_terms=2000, min_df=1)
    clf = LogisticRegression(C=10.0, max_iter=1000).fit(vec.encode(TEXTS), LABELS)
    weights, scales = quantised(clf.coef_)
    model = NgramModel(tuple(clf.classes_), vec, weights, scales, clf.intercept_.astype(np.float32), {"seed": "0"})
    path = tmp_path_factory.mktemp("ngrams") / "m_ngrams.npz"
    model.save(path)
    return model, path, clf


def test_saved_model_reads_back_and_predicts_as_fitted(toy_model):
    model, path, clf = toy_model
    loaded = load_ngram_model(path)
    assert loaded.classes == model.classes and loaded.meta == {"seed": "0"}
    assert loaded.vectoriser.vocabulary == model.vectoriser.vocabulary
    probs = loaded.predict_proba(TEXTS)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert [loaded.classes[k] for k in probs.argmax(axis=1)] == list(clf.predict(model.vectoriser.encode(TEXTS)))
    assert path.stat().st_size < 100_000


def test_unreadable_model_file_names_the_rebuild_command(tmp_path: Path):
    from frontwatch.errors import FrontwatchError

    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(FrontwatchError, match="train-typer"):
        load_ngram_model(tmp_path / "bad.npz")


FLOOR_CASES = [
    # (top probabilities, right?, precision asked, expected floor)
    ([0.9, 0.8, 0.7, 0.6], [True, True, False, False], 1.0, 0.8),
    ([0.9, 0.8, 0.7, 0.6], [True, True, True, False], 0.75, 0.6),
    ([0.9, 0.8, 0.7, 0.6], [False, False, False, False], 0.5, 1.0),
    ([0.9, 0.8, 0.7, 0.6], [False, True, True, True], 0.6, 0.6),
    ([0.5, 0.5], [True, True], 0.9, 0.5),
]


@pytest.mark.parametrize(("tops", "right", "precision", "expected"), FLOOR_CASES)
def test_confidence_floor_is_where_precision_is_reached(tops, right, precision, expected):
    from frontwatch.classify.train_ngrams import confidence_floor

    classes = ("A", "B")
    probs = np.array([[p, 1 - p] for p in tops])
    gold = ["A" if r else "B" for r in right]
    assert confidence_floor(probs, gold, classes, precision) == pytest.approx(expected)


def test_label_floors_are_set_per_top_label():
    from frontwatch.classify.train_ngrams import label_floors

    classes = ("A", "B", "C")
    probs = np.array([[0.9, 0.1, 0.0], [0.6, 0.4, 0.0], [0.2, 0.8, 0.0], [0.3, 0.7, 0.0]])
    floors = label_floors(probs, ["A", "B", "B", "A"], classes, precision=0.9)
    assert floors.tolist() == [0.9, 0.8, 1.0]


def test_gated_mixture_hears_the_ngram_model_only_above_its_labels_floor():
    from frontwatch.classify.ngrams import gated

    head = np.array([[0.8, 0.2], [0.8, 0.2], [0.2, 0.8]])
    ngrams = np.array([[0.1, 0.9], [0.4, 0.6], [0.7, 0.3]])
    out = gated(head, ngrams, weight=0.5, floors=np.array([0.6, 0.7]))
    assert np.allclose(out, [[0.45, 0.55], [0.8, 0.2], [0.45, 0.55]])


FLOOR_TEXTS = [("ARREST 0.5;NONE 1.0", {"ARREST": 0.5, "NONE": 1.0}), ("", {}), ("ATTACK 0.25;", {"ATTACK": 0.25})]


@pytest.mark.parametrize(("text", "expected"), FLOOR_TEXTS)
def test_floors_read_back_from_metadata(text: str, expected: dict[str, float]):
    from frontwatch.classify.train_ngrams import floors_text
    from frontwatch.classify.typer import parse_floors

    assert parse_floors(text) == expected
    assert parse_floors(floors_text(tuple(expected), np.array(list(expected.values())))) == expected


@pytest.mark.parametrize(("weight", "floor"), [(0.0, 0.0), (0.5, 0.0), (1.0, 0.0), (0.5, 0.99), (0.7, 0.6)])
def test_typer_reads_its_ngram_model_from_the_head_file(toy_model, tmp_path: Path, weight: float, floor: float):
    from frontwatch.classify.embed import DIM
    from frontwatch.classify.model import TyperModel
    from frontwatch.classify.ngrams import gated
    from frontwatch.classify.train_ngrams import floors_text
    from frontwatch.classify.typer import SentenceTyper

    model, path, _ = toy_model
    (tmp_path / path.name).write_bytes(path.read_bytes())
    rng = np.random.default_rng(1)
    floors = np.full(len(model.classes), floor)
    head = TyperModel(model.classes, rng.normal(size=(len(model.classes), DIM)).astype(np.float32),
                      np.zeros(len(model.classes), np.float32), "x",
                      meta={"ngram_file": path.name, "ngram_weight": str(weight),
                            "ngram_floors": floors_text(model.classes, floors)})
    head.save(tmp_path / "m.npz")
    typer_ = SentenceTyper.load(tmp_path / "m.npz")
    probs = typer_.model_probs(TEXTS)
    head_probs = typer_.model.predict_proba(typer_.encoder.encode(TEXTS))
    alone = model.predict_proba(TEXTS)
    expected = gated(head_probs, alone, weight, floors) if weight < 1 else alone
    assert np.allclose(probs, expected, atol=1e-6)
    assert len(typer_.classify(TEXTS)) == len(TEXTS)


def test_the_ngram_model_alone_never_loads_the_encoder(toy_model, tmp_path: Path, monkeypatch):
    import frontwatch.classify.typer as typer_module
    from frontwatch.classify.embed import DIM
    from frontwatch.classify.model import TyperModel

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the encoder was loaded")

    monkeypatch.setattr(typer_module, "load_encoder", refuse)
    monkeypatch.setattr(typer_module, "load_encoder_file", refuse)
    model, path, _ = toy_model
    (tmp_path / path.name).write_bytes(path.read_bytes())
    classes = model.classes
    TyperModel(classes, np.zeros((len(classes), DIM), np.float32), np.zeros(len(classes), np.float32), "x",
               meta={"ngram_file": path.name, "ngram_weight": "1", "encoder_file": "absent.onnx"}
               ).save(tmp_path / "m.npz")
    typed = typer_module.SentenceTyper.load(tmp_path / "m.npz").classify(TEXTS)
    assert [t.label for t in typed] == [classes[k] for k in model.predict_proba(TEXTS).argmax(axis=1)]


class CountingEncoder:
    """A stand-in encoder that records which sentences it was asked for."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        from frontwatch.classify.embed import DIM

        self.seen += texts
        return np.ones((len(texts), DIM), np.float32) / np.sqrt(DIM)


@pytest.mark.parametrize("cut", [0.0, 0.4, 0.6, 0.9, 1.01, float("inf")])
def test_the_head_runs_only_where_the_ngram_model_is_unsure(toy_model, cut: float):
    from frontwatch.classify.embed import DIM
    from frontwatch.classify.model import TyperModel
    from frontwatch.classify.ngrams import mixed
    from frontwatch.classify.rules import load_rules
    from frontwatch.classify.typer import SentenceTyper
    from frontwatch.taxonomy import load_taxonomy

    model, _, _ = toy_model
    rng = np.random.default_rng(2)
    head = TyperModel(model.classes, rng.normal(size=(len(model.classes), DIM)).astype(np.float32),
                      np.zeros(len(model.classes), np.float32), "x")
    encoder = CountingEncoder()
    typer_ = SentenceTyper(load_rules(), head, encoder, load_taxonomy(), ngrams=model, ngram_weight=0.5,
                           head_below=cut)
    alone = model.predict_proba(TEXTS)
    unsure = alone.max(axis=1) < cut
    probs = typer_.model_probs(TEXTS)
    assert encoder.seen == [t for t, u in zip(TEXTS, unsure, strict=True) if u]
    both = mixed(head.predict_proba(encoder.encode(TEXTS)), alone, 0.5)
    assert np.allclose(probs, np.where(unsure[:, None], both, alone), atol=1e-6)


@pytest.mark.parametrize(("share", "expected"), [(0.0, 0.5), (0.5, 0.7), (1.0, float("inf"))])
def test_the_heads_cut_is_where_that_share_of_rows_is_less_sure(share: float, expected: float):
    from frontwatch.classify.train_mix import head_cut

    probs = np.array([[0.2, 0.8], [0.5, 0.5], [0.9, 0.1], [0.3, 0.7], [0.6, 0.4]])  # top: .8 .5 .9 .7 .6
    assert head_cut(probs, share) == pytest.approx(expected)


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    import json

    rows = [dict(id=f"t{i}", source="t", split=split, text=text, label=label, event_id=f"E{i}")
            for i, (split, text, label) in enumerate(
                [("train", t, lab) for t, lab in zip(TEXTS, LABELS, strict=True)]
                + [("dev", "Riot police detained dozens of marchers.", "ARREST"),
                   ("dev", "Gunmen killed a trader on the highway.", "ATTACK"),
                   ("dev", "The company reported higher quarterly profits.", "NONE")])]
    coding = dict(actor1="A", actor2="", latitude=0.0, longitude=0.0, event_date="2020-01-01", fatalities=0)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({**r, **coding}) for r in rows) + "\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize(("option", "weights", "notes"), [
    ([], (0.3, 0.5, 0.7, 0.9), len(TEXTS)),
    (["--ngram-weight", "1"], (1.0,), len(TEXTS)),
    (["--ngram-weight", "1", "--ngram-cap", "1"], (1.0,), len(set(LABELS))),  # one train note per label
])
def test_train_typer_ngrams_writes_a_paired_model_and_leaves_the_packaged_one_alone(
    tiny_corpus: Path, tmp_path: Path, monkeypatch, option: list[str], weights: tuple[float, ...], notes: int
):
    from typer.testing import CliRunner

    import frontwatch.cli.classify  # noqa: F401  (registers the commands)
    from frontwatch.classify.model import DEFAULT_MODEL_FILE, load_model
    from frontwatch.classify.typer import SentenceTyper
    from frontwatch.cli.app import app

    before = DEFAULT_MODEL_FILE.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["train-typer", "--corpus", str(tiny_corpus), "--ngrams", "--output",
                                      "out/m.npz", "--manifest", "out/manifest.tsv", *option])
    assert result.exit_code == 0, result.output
    assert DEFAULT_MODEL_FILE.read_bytes() == before
    assert not (tmp_path / "event_typer.npz").exists()
    meta = load_model(tmp_path / "out" / "m.npz").meta
    assert meta["ngram_file"] == "m_ngrams.npz" and float(meta["ngram_weight"]) in weights
    assert ("ngram_floors" in meta) == (weights != (1.0,))
    assert len((tmp_path / "out" / "manifest.tsv").read_text(encoding="utf-8").splitlines()) == notes
    typer_ = SentenceTyper.load(tmp_path / "out" / "m.npz")
    assert typer_.ngrams is not None and len(typer_.classify(TEXTS[:2])) == 2
