"""Work an ingest skips because the documents in hand do not need it: the typer runs on sentences with frames only
(its label is read for a frame's event, nowhere else), and the readers of formats not present are never imported."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.model import Document
from frontwatch.reading.model import frames_of

TYPED = [  # a sentence telling a happening beside one that tells none: only the first is typed
    ("Militants ambushed a supply convoy outside Gao on Friday.", "The road was dusty and the sky was pale."),
    ("Police arrested nine protesters in Nakuru on Sunday.", "Many shops stayed open until dusk."),
    ("Artillery shelled the outskirts of Kharkiv overnight.", "Residents say the winter has been long."),
    ("Rebels seized the town of Bunia on Tuesday.", "The town lies on a plateau."),
    ("A roadside bomb killed four soldiers near Kandahar.", "Their families live far away."),
]


@pytest.mark.parametrize(("told", "untold"), TYPED)
def test_the_typer_reads_only_sentences_with_frames(extractor, monkeypatch, told, untold):
    typed: list[str] = []
    classify = extractor.typer.classify

    def recording(texts, **kwargs):
        typed.extend(texts)
        return classify(texts, **kwargs)

    monkeypatch.setattr(extractor.typer, "classify", recording)
    doc = extractor.nlp(f"{told} {untold}")
    framed = {f.sentence.text for f in frames_of(doc)}
    assert told in framed and untold not in framed  # the table's premise
    extraction = extractor.extract(Document(id="t", text=f"{told} {untold}", origin="t"))
    assert typed == [told]
    assert extraction.events  # the framed sentence is still read as a happening


READERS = [  # (file name, content, modules a run over it imports, modules it does not)
    ("report.txt", "Rebels seized a town.\n", (), ("trafilatura", "feedparser")),
    ("report.md", "Rebels seized a town.\n", (), ("trafilatura", "feedparser")),
    ("reports.jsonl", '{"id": "a", "text": "Rebels seized a town."}\n', (), ("trafilatura", "feedparser")),
    ("page.html", "<html><body><article><p>Rebels seized a town near the river on Monday.</p></article></body></html>",
     ("trafilatura",), ("feedparser",)),
    ("feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Rebels</title>'
                 "<description>Rebels seized a town.</description></item></channel></rss>", ("feedparser",), ()),
]


@pytest.mark.parametrize(("name", "content", "imported", "not_imported"), READERS)
def test_a_format_reader_is_imported_with_its_first_document(tmp_path: Path, name, content, imported, not_imported):
    (tmp_path / name).write_text(content, encoding="utf-8")
    probe = ("import sys; from frontwatch.ingest import read_documents; import frontwatch.pipeline, frontwatch.store; "
             f"list(read_documents([{str(tmp_path)!r}])); "
             f"print(*[m for m in {imported + not_imported!r} if m in sys.modules])")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert set(loaded) == set(imported)


def test_a_sqlite_store_never_imports_the_postgresql_dialect(extractor, tmp_path: Path):
    extraction = extractor.extract(Document(id="t", text="Rebels seized the town of Bunia on Tuesday.", origin="t"))
    assert extraction.control or extraction.events  # rows with an actor and a place: the dialect's INSERT runs
    (tmp_path / "x.pickle").write_bytes(pickle.dumps(extraction))
    probe = ("import pickle, sys; from frontwatch.store import Store; "
             f"s = Store('sqlite:///{tmp_path}/f.db'); s.save(pickle.loads(open('{tmp_path}/x.pickle', 'rb').read())); "
             "print(*[m for m in sys.modules if m in ('sqlalchemy.dialects.sqlite', "
             "'sqlalchemy.dialects.postgresql')])")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == ["sqlalchemy.dialects.sqlite"]  # not sqlalchemy.dialects.postgresql
