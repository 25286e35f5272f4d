"""One bad document never costs another: each failure is one line and a record; the run goes on, then exits 2."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwatch.errors import InputError
from frontwatch.failures import Failure
from frontwatch.ingest_service import IngestReport, IngestService, extract_guarded
from frontwatch.model import Document, Extraction
from frontwatch.store import Store

CRASH = "[crash-marker]"  # a document holding this makes the stand-in extractor blow up


class _Extractor:
    """Stand-in for the real extractor: reads nothing, crashes on marked documents (a batch holding one too)."""

    nlp = None  # no spaCy pipeline, so no memory zones

    def __init__(self, crash: type[BaseException] = RecursionError) -> None:
        self.crash = crash
        self.batches: list[int] = []  # the size of each batch read

    def extract(self, document: Document) -> Extraction:
        if CRASH in document.text:
            raise self.crash("maximum recursion depth exceeded while calling a Python object")
        return Extraction(document=document, warnings=[])

    def extract_many(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Extraction]:
        batch = list(documents)
        self.batches.append(len(batch))
        return iter([self.extract(document) for document in batch])


def _cli(monkeypatch, tmp_path: Path, extractor, *args: str):
    from frontwatch import pipeline
    from frontwatch.cli import app

    monkeypatch.setattr(pipeline, "build_extractor", lambda _settings: extractor)
    monkeypatch.setenv("FRONTWATCH_LOG_DIR", str(tmp_path / "logs"))
    return CliRunner().invoke(app, [*args, "--db", str(tmp_path / "facts.db")])


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def test_a_crashing_document_is_one_line_and_a_record_and_the_others_are_stored(monkeypatch, tmp_path):
    folder = _folder(tmp_path, {"a.txt": "Troops left the valley.", "b.txt": f"They fired. {CRASH}",
                                "c.txt": "Police closed the bridge."})
    result = _cli(monkeypatch, tmp_path, _Extractor(), "ingest", str(folder))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if "b.txt" in line]
    assert re.fullmatch(rf"failed: {re.escape(str(folder / 'b.txt'))}: RecursionError: maximum recursion depth "
                        r"exceeded while calling a Python object \(traceback: .*failures\.log#tb-[0-9T]+-[0-9a-f]+\)",
                        line), line
    assert result.output.strip().splitlines()[-1] == "2 stored, 0 already stored, 0 skipped, 1 failed"
    log = (tmp_path / "logs" / "failures.log").read_text()
    entry = line.rsplit("#", 1)[1].rstrip(")")
    assert f"=== {entry} {folder / 'b.txt'}" in log and "RecursionError" in log

    listed = _cli(monkeypatch, tmp_path, _Extractor(), "failures")
    assert listed.exit_code == 0 and "b.txt" in listed.output and "RecursionError" in listed.output


def test_retry_failed_runs_them_again_and_clears_those_that_now_succeed(monkeypatch, tmp_path):
    folder = _folder(tmp_path, {"a.txt": f"Shelling resumed. {CRASH}", "b.bin.txt": b"\x00\x01binary"})
    first = _cli(monkeypatch, tmp_path, _Extractor(), "ingest", str(folder))
    assert first.exit_code == 2
    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    assert sorted(f.error_class for f in store.failures()) == ["InputError", "RecursionError"]

    (folder / "b.bin.txt").write_text("Now a readable report.")
    fixed = _Extractor(crash=type("NeverRaised", (Exception,), {}))
    fixed.extract = lambda document: Extraction(document=document)  # the bug is fixed
    again = _cli(monkeypatch, tmp_path, fixed, "ingest", "--retry-failed")
    assert again.exit_code == 0, again.output
    assert again.output.strip().splitlines()[-1] == "2 stored, 0 already stored, 0 skipped, 0 failed"
    assert store.failures() == []
    assert len(store.documents()) == 2
    store.close()


def test_a_failure_that_happens_again_counts_another_attempt(monkeypatch, tmp_path):
    folder = _folder(tmp_path, {"a.txt": f"Clashes went on. {CRASH}"})
    _cli(monkeypatch, tmp_path, _Extractor(), "ingest", str(folder))
    _cli(monkeypatch, tmp_path, _Extractor(), "ingest", "--retry-failed")
    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    [failure] = store.failures()
    assert failure.attempts == 2 and failure.text.endswith(CRASH)
    store.close()


WARNING_CASES = {
    # case: (file name, content, the one line the run must print, whether the document is stored anyway)
    "jsonl-source-object": ("wire.jsonl", json.dumps({"id": "r1", "text": "Rebels shelled the port.",
                                                      "source": {"name": "Desk"}}) + "\n",
                            "warning: {folder}/wire.jsonl#r1: field 'source' is an object, not a string; dropped",
                            True),
    "jsonl-title-list": ("wire2.jsonl", json.dumps({"text": "Troops crossed the river.", "title": ["a", "b"]}) + "\n",
                         "warning: {folder}/wire2.jsonl#1: field 'title' is a list, not a string; dropped", True),
    "jsonl-source-number": ("wire3.jsonl", json.dumps({"text": "Drones struck a depot.", "source": 24}) + "\n",
                            "warning: {folder}/wire3.jsonl#1: field 'source' is a number (24); read as text", True),
    "rss-bad-pubdate": ("feed.rss", '<rss version="2.0"><channel><title>Desk</title><item><title>Port shelled'
                        "</title><pubDate>sometime last spring</pubDate><description>Shells hit the port."
                        "</description></item></channel></rss>",
                        "warning: {folder}/feed.rss#1: date 'sometime last spring' does not parse; publication date "
                        "left empty", True),
    "png-in-folder": ("map.png", b"\x89PNG\r\n\x1a\nrest",
                      "skipped: {folder}/map.png: unsupported file type '.png', not read (known: .atom, .htm, .html, "
                      ".jsonl, .md, .rss, .text, .txt, .xml, no extension, and any of these + .gz)", False),
    "hidden-file": (".notes.txt", "private", "skipped: {folder}/.notes.txt: hidden file, not read", False),
    "long-source": ("long.jsonl", json.dumps({"text": "Gunmen seized a truck.", "source": "S" * 250}) + "\n",
                    "warning: {folder}/long.jsonl#1: source name cut to 200 characters (it had 250)", True),
}


@pytest.mark.parametrize("case", sorted(WARNING_CASES))
def test_nothing_is_dropped_silently(case, monkeypatch, tmp_path):
    name, content, expected, stored = WARNING_CASES[case]
    folder = _folder(tmp_path, {name: content, "zz-good.txt": "Police reopened the road."})
    result = _cli(monkeypatch, tmp_path, _Extractor(), "ingest", str(folder))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith(("warning:", "skipped:"))]
    assert lines == [expected.format(folder=folder)]
    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    warnings = {doc.origin: list(doc.warnings) for doc in store.documents()}
    store.close()
    if stored:  # the warning is kept on the stored document, without its prefix word
        assert expected.format(folder=folder).removeprefix("warning: ") in sum(warnings.values(), [])
    assert len(warnings) == (2 if stored else 1)


@pytest.mark.parametrize("case", sorted(WARNING_CASES))
def test_strict_turns_every_warning_into_a_failure(case, monkeypatch, tmp_path):
    name, content, _expected, _stored = WARNING_CASES[case]
    folder = _folder(tmp_path, {name: content, "zz-good.txt": "Police reopened the road."})
    result = _cli(monkeypatch, tmp_path, _Extractor(), "ingest", "--strict", str(folder))
    assert result.exit_code == 2
    [line] = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert "--strict: " in line and name in line
    assert result.output.strip().splitlines()[-1] == "1 stored, 0 already stored, 0 skipped, 1 failed"


def test_a_truncated_feed_is_an_error_not_a_title(monkeypatch, tmp_path):
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
            "<entry><title>Depot burned</title><content type=\"text\">Fire gutted the fuel depot on Sunday "
            "after a drone")
    folder = _folder(tmp_path, {"cut.atom": atom})
    result = _cli(monkeypatch, tmp_path, _Extractor(), "ingest", str(folder / "cut.atom"))
    assert result.exit_code == 2
    [line] = [line for line in result.output.splitlines() if "cut.atom" in line]
    assert line.startswith(f"failed: {folder / 'cut.atom'}: malformed feed: it ends mid-element (line 1, column ")
    assert line.endswith("truncated? nothing read from it; download it again")


def test_extract_guarded_turns_any_exception_into_a_failure_with_its_traceback():
    document = Document("d1", f"x {CRASH}", "memo.txt")
    failure = extract_guarded(_Extractor(crash=MemoryError).extract, document)
    assert isinstance(failure, Failure) and failure.error_class == "MemoryError"
    assert failure.doc_id == "d1" and failure.document == document and "MemoryError" in failure.traceback


def test_the_service_records_input_errors_and_reports_one_line_each(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    lines: list[str] = []
    service = IngestService(store, failure_log=tmp_path / "failures.log", on_notice=lines.append)
    report = service.run([InputError("gone.txt", "no such file; check the path"),
                          Document("d2", "Rebels left.", "ok.txt")], _Extractor().extract)
    assert isinstance(report, IngestReport) and report.summary() == "1 stored, 0 already stored, 0 skipped, 1 failed"
    assert lines == ["failed: gone.txt: no such file; check the path"]
    [record] = store.failures()
    assert (record.origin, record.error_class, record.traceback_ref) == ("gone.txt", "InputError", None)
    store.close()


EXAMPLE_REPORTS = Path(__file__).resolve().parents[1] / "examples" / "reports"


@pytest.mark.slow
def test_a_huge_text_and_a_looping_document_cost_no_good_report(extractor, monkeypatch, tmp_path):
    """The issue's folder: a good report, a 1.2 MB text, a document whose actors refer to each other in a
    loop, another good report. Each is stored or failed in one line; no traceback; both good ones stored."""
    from conflict_grammar import long_report

    good = sorted(p for p in EXAMPLE_REPORTS.iterdir() if p.suffix == ".txt")[:2]
    folder = _folder(tmp_path, {
        "a-good.txt": good[0].read_bytes(),
        "b-huge.txt": long_report(1_200_000),
        "c-loop.txt": "Dozens of their fighters stormed the barracks on Monday. Scores of its soldiers fled.",
        "d-good.txt": good[1].read_bytes(),
    })
    assert (folder / "b-huge.txt").stat().st_size >= 1_200_000
    monkeypatch.setenv("FRONTWATCH_MAX_EXTRACT_SECONDS", "20")  # the cost guard, tight enough for a test
    result = _cli(monkeypatch, tmp_path, extractor, "ingest", str(folder))
    assert "Traceback" not in result.output
    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    stored = {Path(doc.origin).name for doc in store.documents()}
    failed = {Path(f.origin).name for f in store.failures()}
    store.close()
    assert {"a-good.txt", "d-good.txt", "c-loop.txt"} <= stored
    assert stored | failed == {"a-good.txt", "b-huge.txt", "c-loop.txt", "d-good.txt"} and not stored & failed
    failed_lines = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == len(failed) and result.exit_code == (2 if failed else 0)
    for line in failed_lines:  # the huge text, if the guard stopped it: one line saying why and what to do
        assert re.fullmatch(rf"failed: {re.escape(str(folder / 'b-huge.txt'))}: ExtractionBudgetError: 1,200,00\d "
                            r"characters; stopped after \d+ of 31 sections \(\d+ s, the limit is 20 s\): split it, or "
                            r"raise max_extract_seconds \(FRONTWATCH_MAX_EXTRACT_SECONDS\)", line), line


BATCH_CASES = {
    # case: (document texts, stored, failed, the batches the stand-in read together)
    "good documents are read in one batch": (["Troops left.", "Police came.", "Rain fell."], 3, 0, [3]),
    "a crash costs only its own document": (["Troops left.", f"Shots. {CRASH}", "Rain fell."], 2, 1, [3]),
    "two crashes in one batch": ([f"A. {CRASH}", "Troops left.", f"B. {CRASH}"], 1, 2, [3]),
    "one document is read alone": (["Troops left."], 1, 0, []),
}


@pytest.mark.parametrize("case", sorted(BATCH_CASES))
def test_a_batch_that_fails_is_read_again_document_by_document(case, tmp_path):
    texts, stored, failed, batches = BATCH_CASES[case]
    from frontwatch.pipeline import zoned_extract, zoned_extract_many

    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    extractor = _Extractor()
    lines: list[str] = []
    documents = [Document(f"d{i}", text, f"{i}.txt") for i, text in enumerate(texts)]
    report = IngestService(store, on_notice=lines.append).run(documents, zoned_extract(extractor),
                                                               extract_many=zoned_extract_many(extractor))
    assert (len(report.stored), len(report.failed), extractor.batches) == (stored, failed, batches)
    assert [s.document.origin for s in report.stored] == [d.origin for d in documents if CRASH not in d.text]
    assert len(store.documents()) == stored and len(store.failures()) == failed
    assert [line.split(": ")[1] for line in lines] == [d.origin for d in documents if CRASH in d.text]
    store.close()
