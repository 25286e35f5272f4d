"""End to end: the real pipeline on the seed report and the bundled reports, scored by FORMAT.md."""

from __future__ import annotations

from pathlib import Path

from frontwatch.evaluate import load_gold
from frontwatch.evaluate.run import evaluate_records
from frontwatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _score(path: Path, extractor, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'eval.db'}")
    try:
        return evaluate_records(load_gold(path), extractor.extract, store, str(path))
    finally:
        store.close()


def test_seed_report_meets_the_acceptance_bar(shared_dir, extractor, tmp_path):
    totals = _score(shared_dir / "eval" / "seed.jsonl", extractor, tmp_path)
    assert totals.events.recall == 1.0
    assert totals.events.precision >= 0.8
    assert totals.control.f1 >= 0.85
    assert totals.quantities.f1 >= 0.7
    assert totals.geocoding.share_25 == 1.0
    assert totals.checks.rate == 1.0


def test_seed_facts_carry_dates_sources_and_claims(shared_dir, extractor):
    from frontwatch.evaluate.run import gold_document

    [record] = load_gold(shared_dir / "eval" / "seed.jsonl")
    extraction = extractor.extract(gold_document(record, "seed"))
    takeover = next(e for e in extraction.events if e.sub_event_type == "Non-state actor overtakes territory")
    assert takeover.date.start.isoformat() == "2014-06-10"
    assert {a.name for a in takeover.assoc_actors} >= {"Naqshbandi Army", "Ansar al-Sunnah Army"}
    failed = next(e for e in extraction.events if e.sub_event_type == "Armed clash")
    assert (failed.date.start.isoformat(), failed.date.end.isoformat()) == ("2014-05-01", "2014-05-31")
    helicopters = next(q for q in extraction.quantities if "helicopters" in q.what)
    assert helicopters.certainty.value == "claimed" and helicopters.claim_source == "militant websites"
    fighters = next(q for q in extraction.quantities if q.what == "fighters")
    assert (fighters.low, fighters.high) == (2000, 3000)
    direction = next(f for f in extraction.findings if f.what == "direction")
    assert not direction.consistent and "Baghdad" in direction.detail


def test_every_evidence_span_slices_the_document(shared_dir, extractor):
    from frontwatch.evaluate.run import gold_document

    for record in load_gold(shared_dir / "eval" / "dev.jsonl"):
        document = gold_document(record, "dev")
        extraction = extractor.extract(document)
        facts = [*extraction.events, *extraction.control, *extraction.quantities, *extraction.findings]
        for fact in facts:
            ev = fact.evidence
            assert document.text[ev.start:ev.end] == ev.text


def test_report_without_violence_yields_no_event(extractor):
    from frontwatch.ingest import read_documents

    [document] = list(read_documents([EXAMPLES / "reports" / "lk-jaffna-2019-10-18.txt"]))
    assert extractor.extract(document).events == []


def _joined(folder: Path, tmp_path: Path) -> Path:
    gold = tmp_path / f"{folder.name}.jsonl"
    gold.write_text("".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.jsonl"))), encoding="utf-8")
    return gold


def test_bundled_reports_pass_the_foundation_bar(extractor, tmp_path):
    totals = _score(_joined(EXAMPLES / "gold", tmp_path), extractor, tmp_path)
    # Measured 2026-11-25 (session 2): event F1 0.80, control F1 0.83, quantities F1 0.81.
    assert totals.events.f1 >= 0.7  # the foundation issue's bar for our own reports
    assert totals.control.f1 >= 0.7
    assert totals.quantities.f1 >= 0.7
    assert totals.geocoding.share_161 >= 0.8


def test_held_out_reports_stay_above_their_first_measure(extractor, tmp_path):
    totals = _score(_joined(EXAMPLES / "heldout", tmp_path), extractor, tmp_path)
    # Written blind; first scored at event F1 0.35 before any change made with them in view.
    assert totals.events.f1 >= 0.35
    assert totals.geocoding.share_25 >= 0.75
