"""Source reliability grades per outlet and the Admiralty code of each fact."""

from __future__ import annotations

import pytest

from frontwatch.errors import RegistryError
from frontwatch.export import contract_records
from frontwatch.pipeline import ingest_documents
from frontwatch.resolve.reliability import SourceReliability, admiralty_code


def test_grades_are_read_case_insensitively_and_default_to_unjudged(tmp_path):
    grades = tmp_path / "outlets.yaml"
    grades.write_text("Frontline Wire: b\nRumour Mill: E\n")
    reliability = SourceReliability.load(grades)
    assert reliability.grade("frontline wire") == "B"
    assert reliability.grade("Unknown Daily") == "F"
    assert reliability.grade(None) == "F"


def test_bad_grade_names_file_and_outlet(tmp_path):
    grades = tmp_path / "outlets.yaml"
    grades.write_text("Frontline Wire: Z\n")
    with pytest.raises(RegistryError, match="outlets.yaml.*Frontline Wire"):
        SourceReliability.load(grades)


def test_admiralty_code_joins_reliability_and_credibility():
    assert admiralty_code("B", "confirmed") == "B1"
    assert admiralty_code(None, "claimed") == "F4"


def test_ingested_facts_carry_their_outlets_grade(store, extractor, tmp_path):
    from frontwatch.model import Document

    text = "Rebels captured the town of Kidal on Saturday, officials said."
    document = Document(id="kidal", text=text, origin="kidal.txt", source="Frontline Wire")
    grades = tmp_path / "outlets.yaml"
    grades.write_text("Frontline Wire: B\n")
    report = ingest_documents([document], store, extractor, reliability=SourceReliability.load(grades))
    assert report.stored and store.documents()[0].reliability == "B"
    codes = {r["admiralty"] for r in contract_records(store) if r["kind"] in {"event", "control"}}
    assert codes == {"B3"}
