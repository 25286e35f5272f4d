"""ingest: every input kind becomes Documents with text, metadata, origin and a stable id."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from frontwatch.errors import InputError
from frontwatch.ingest import document_id, folder_files, read_documents
from frontwatch.model import Document, Extraction
from frontwatch.pipeline import IngestReport, StoredSummary

BODY = (
    "Rebel fighters took control of the town of Alpha on Sunday after two days of "
    "fighting with government troops, residents said.\n\n"
    "At least twelve people were killed in the clashes, according to a local hospital "
    "official who spoke on condition of anonymity."
)

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Rebels take Alpha | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2015-05-18T10:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Rebels take Alpha</h1>
<p>Rebel fighters took control of the town of Alpha on Sunday after two days of fighting
with government troops, residents said.</p>
<p>At least twelve people were killed in the clashes, according to a local hospital
official who spoke on condition of anonymity.</p></article>
<footer>Copyright Example News</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontline Wire</title><link>https://example.org/</link>
<item><title>Town of Alpha falls to rebels</title><link>https://example.org/a</link>
<pubDate>Mon, 18 May 2015 09:30:00 GMT</pubDate>
<description>&lt;p&gt;Rebels took &lt;b&gt;Alpha&lt;/b&gt; on Sunday.&lt;/p&gt;
&lt;p&gt;Twelve were killed.&lt;/p&gt;</description></item>
<item><title>Shelling near Beta</title><link>https://example.org/b</link>
<pubDate>Tue, 19 May 2015 07:00:00 GMT</pubDate>
<description>Artillery hit the outskirts of Beta overnight.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
<updated>2016-03-02T00:00:00Z</updated>
<entry><title>Ceasefire holds in Gamma</title><id>urn:1</id>
<link href="https://example.org/g"/><updated>2016-03-01T12:00:00Z</updated>
<content type="html">&lt;div&gt;&lt;p&gt;The ceasefire held for a third day.&lt;/p&gt;&lt;/div&gt;</content>
</entry></feed>"""


def docs(items: list[Document | InputError]) -> list[Document]:
    """Return the Documents, failing the test if any InputError came out."""
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert not errors, errors
    return [i for i in items if isinstance(i, Document)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- plain text and front matter -----------------------------------------------------


@pytest.mark.parametrize("name", ["report.txt", "report.md", "report.text", "report"])
def test_plain_text_extensions_read_as_text(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, BODY)
    [doc] = docs(list(read_documents([path])))
    assert doc.text == BODY
    assert doc.origin == str(path)
    assert doc.id == document_id(BODY)
    assert doc.published is None and doc.source is None and doc.title is None


def test_front_matter_fills_metadata_and_is_stripped(tmp_path: Path) -> None:
    head = "Title: Rebels take Alpha\nSource: Example Wire\nPublished: 2015-05-18\nURL: https://example.org/a\n\n"
    [doc] = docs(list(read_documents([write(tmp_path / "a.txt", head + BODY)])))
    assert doc.text == BODY
    assert (doc.title, doc.source, doc.published, doc.url) == (
        "Rebels take Alpha",
        "Example Wire",
        date(2015, 5, 18),
        "https://example.org/a",
    )


def test_front_matter_keys_are_case_insensitive(tmp_path: Path) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / "a.txt", "published: 2020-01-02\n\n" + BODY)])))
    assert doc.published == date(2020, 1, 2)
    assert doc.text == BODY


def test_first_paragraph_with_unknown_key_is_not_front_matter(tmp_path: Path) -> None:
    text = "Note: figures are provisional.\n\n" + BODY
    [doc] = docs(list(read_documents([write(tmp_path / "a.txt", text)])))
    assert doc.text == text
    assert doc.title is None


def test_caller_published_and_source_win_over_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Source: Wire\nPublished: 2015-05-18\n\n" + BODY)
    [doc] = docs(list(read_documents([path], published=date(2001, 2, 3), source="Desk")))
    assert (doc.published, doc.source) == (date(2001, 2, 3), "Desk")


def test_crlf_and_nfd_text_is_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Cafe\u0301 in Ko\u0308ln\r\nwas shelled.\r\n".encode())
    [doc] = docs(list(read_documents([path])))
    assert doc.text == "Caf\u00e9 in K\u00f6ln\nwas shelled."


@pytest.mark.parametrize(
    "encoded",
    [BODY.encode("utf-8-sig"), BODY.encode("utf-16"), b"\xfe\xff" + BODY.encode("utf-16-be")],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_bom_encodings_are_decoded(tmp_path: Path, encoded: bytes) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / "a.txt", encoded)])))
    assert doc.text == BODY


# --- ids ------------------------------------------------------------------------------


def test_document_id_is_16_hex_chars_of_content() -> None:
    ident = document_id(BODY)
    assert len(ident) == 16 and int(ident, 16) >= 0
    assert document_id(BODY + " More.") != ident


def test_document_id_ignores_whitespace_differences() -> None:
    assert document_id("Troops  entered\n\nthe city.  ") == document_id("Troops entered the city.")
    assert document_id("a\r\nb") == document_id("a b")


def test_reingesting_same_content_gives_same_id(tmp_path: Path) -> None:
    first = write(tmp_path / "one.txt", BODY)
    second = write(tmp_path / "sub" / "two.md", "\n" + BODY.replace(" ", "  ") + "\n\n")
    a, b = docs(list(read_documents([first, second])))
    assert a.id == b.id
    assert a.origin != b.origin


def test_front_matter_does_not_change_id(tmp_path: Path) -> None:
    plain = write(tmp_path / "a.txt", BODY)
    headed = write(tmp_path / "b.txt", "Title: X\nPublished: 2015-05-18\n\n" + BODY)
    a, b = docs(list(read_documents([plain, headed])))
    assert a.id == b.id


# --- HTML -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["page.html", "page.htm"])
def test_html_page_gives_main_text_and_metadata(tmp_path: Path, name: str) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / name, HTML_PAGE)])))
    assert "took control of the town of Alpha" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Rebels take Alpha"
    assert doc.published == date(2015, 5, 18)
    assert doc.source == "Example News"


def test_html_paragraphs_are_separated_by_blank_lines(tmp_path: Path) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / "p.html", HTML_PAGE)])))
    assert "residents said.\n\nAt least twelve" in doc.text


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Rebel fighters", "R\u00e9bel fighters"
    )
    [doc] = docs(list(read_documents([write(tmp_path / "p.html", page.encode("cp1252"))])))
    assert "R\u00e9bel fighters" in doc.text


def test_caller_published_wins_over_html_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "p.html", HTML_PAGE)
    [doc] = docs(list(read_documents([path], published=date(2020, 1, 1), source="Desk")))
    assert (doc.published, doc.source) == (date(2020, 1, 1), "Desk")


# --- feeds ----------------------------------------------------------------------------


def test_rss_gives_one_document_per_entry(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", RSS)
    first, second = docs(list(read_documents([path])))
    assert first.text == "Town of Alpha falls to rebels\n\nRebels took Alpha on Sunday.\n\nTwelve were killed."
    assert first.title == "Town of Alpha falls to rebels"
    assert first.url == "https://example.org/a"
    assert first.published == date(2015, 5, 18)
    assert first.source == "Frontline Wire"
    assert (first.origin, second.origin) == (f"{path}#1", f"{path}#2")
    assert second.text.startswith("Shelling near Beta\n\nArtillery hit")
    assert second.published == date(2015, 5, 19)


def test_atom_entry_uses_content_and_updated_date(tmp_path: Path) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / "desk.atom", ATOM)])))
    assert doc.text == "Ceasefire holds in Gamma\n\nThe ceasefire held for a third day."
    assert doc.published == date(2016, 3, 1)
    assert doc.source == "Atom Desk"
    assert doc.url == "https://example.org/g"


@pytest.mark.parametrize("name", ["wire.xml", "wire.txt", "wire"])
def test_feed_content_is_sniffed_whatever_the_extension(tmp_path: Path, name: str) -> None:
    items = docs(list(read_documents([write(tmp_path / name, RSS)])))
    assert [d.title for d in items] == ["Town of Alpha falls to rebels", "Shelling near Beta"]


def test_caller_source_wins_over_feed_title(tmp_path: Path) -> None:
    items = docs(list(read_documents([write(tmp_path / "w.rss", RSS)], source="Mine")))
    assert {d.source for d in items} == {"Mine"}


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_gives_one_document_per_object(tmp_path: Path) -> None:
    lines = [
        {"id": "r1", "text": BODY, "published": "2015-05-18", "source": "Wire", "title": "T1"},
        {"text": "Shelling hit Beta overnight."},
    ]
    path = write(tmp_path / "gold.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = docs(list(read_documents([path])))
    assert first.origin == f"{path}#r1"
    assert (first.published, first.source, first.title) == (date(2015, 5, 18), "Wire", "T1")
    assert first.text == BODY
    assert second.origin == f"{path}#2"
    assert second.published is None


def test_shared_gold_files_read_without_errors(shared_dir: Path) -> None:
    gold = shared_dir / "eval" / "dev.jsonl"
    items = docs(list(read_documents([gold])))
    assert items and all(d.origin.startswith(f"{gold}#") and d.published for d in items)


# --- gzip -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("r.txt.gz", BODY, 1),
        ("p.html.gz", HTML_PAGE, 1),
        ("w.rss.gz", RSS, 2),
        ("g.jsonl.gz", json.dumps({"text": BODY}), 1),
        ("r.gz", BODY, 1),
    ],
)
def test_gzipped_inputs_are_read_like_the_plain_kind(
    tmp_path: Path, name: str, content: str, expected: int
) -> None:
    path = write(tmp_path / name, gzip.compress(content.encode()))
    assert len(docs(list(read_documents([path])))) == expected


def test_gzip_is_recognised_by_magic_without_gz_extension(tmp_path: Path) -> None:
    [doc] = docs(list(read_documents([write(tmp_path / "r.txt", gzip.compress(BODY.encode()))])))
    assert doc.text == BODY


def test_concatenated_gzip_members_are_all_read(tmp_path: Path) -> None:
    data = gzip.compress(b"First part. ") + gzip.compress(b"Second part.")
    [doc] = docs(list(read_documents([write(tmp_path / "r.txt.gz", data)])))
    assert doc.text == "First part. Second part."


# --- folders --------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Report B.")
    write(tmp_path / "a" / "z.md", "Report AZ.")
    write(tmp_path / "a" / "deeper" / "c.txt", "Report ADC.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "x.txt", "Hidden dir.")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "data.csv", "a,b")
    texts = [d.text for d in docs(list(read_documents([tmp_path])))]
    assert texts == ["Report ADC.", "Report AZ.", "Report B."]


def test_folder_files_lists_known_kinds_only(tmp_path: Path) -> None:
    for name in ["a.txt", "b.html", "c.rss", "d.jsonl", "e.xml.gz", "f.png", ".g.txt"]:
        write(tmp_path / name, "x")
    assert [p.name for p in folder_files(tmp_path)] == ["a.txt", "b.html", "c.rss", "d.jsonl", "e.xml.gz"]


def test_seed_folder_reads_without_errors(shared_dir: Path) -> None:
    seed = shared_dir / "seed"
    items = docs(list(read_documents([seed])))
    assert len(items) == len(folder_files(seed)) >= 1
    assert all(len(d.text) > 100 for d in items)


# --- stdin ----------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_with_front_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ("Title: From stdin\n\n" + BODY).encode())
    [doc] = docs(list(read_documents(["-"])))
    assert (doc.text, doc.title, doc.origin) == (BODY, "From stdin", "<stdin>")


def test_stdin_feed_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, RSS.encode())
    items = docs(list(read_documents(["-"])))
    assert [d.origin for d in items] == ["<stdin>#1", "<stdin>#2"]


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, HTML_PAGE.encode())
    [doc] = docs(list(read_documents(["-"])))
    assert doc.title == "Rebels take Alpha"


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (json.dumps({"id": "x", "text": BODY}) + "\n").encode())
    [doc] = docs(list(read_documents(["-"])))
    assert doc.origin == "<stdin>#x"


def test_stdin_gzip_is_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, gzip.compress(BODY.encode()))
    [doc] = docs(list(read_documents(["-"])))
    assert doc.text == BODY


def test_mixed_paths_keep_their_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"From stdin.")
    first = write(tmp_path / "z.txt", "File Z.")
    folder = tmp_path / "f"
    write(folder / "a.txt", "Folder A.")
    texts = [d.text for d in docs(list(read_documents([first, "-", str(folder)])))]
    assert texts == ["File Z.", "From stdin.", "Folder A."]


def test_an_ingest_report_keeps_counts_not_texts_or_facts(tmp_path):
    report = IngestReport()
    report.stored.append(StoredSummary.of(Extraction(document=Document(id="d", text="x" * 10_000, origin="a.txt"))))
    [summary] = report.stored
    assert summary.document.origin == "a.txt" and summary.events == 0
    assert not hasattr(summary.document, "text") and not hasattr(summary, "extraction")
