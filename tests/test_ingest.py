import datetime as dt
import json

import pytest

from dragoman.errors import InputError
from dragoman.ingest import MAX_BYTES, decode, document_from_text, normalized_id, read_sources


def _one(paths):
    return list(read_sources([str(p) for p in paths]))


def test_empty_file_is_reported(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    [item] = _one([path])
    assert isinstance(item, InputError) and "empty" in str(item) and "empty.txt" in str(item)


def test_binary_file_is_reported(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    [item] = _one([path])
    assert isinstance(item, InputError) and "binary" in str(item)


def test_invalid_utf8_is_reported_with_the_offset(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Peru voted on Monday. ".encode() + b"\xff\x81\xfa bad")  # 0x81 is not Windows-1252
    [item] = _one([path])
    assert isinstance(item, InputError) and "not valid UTF-8" in str(item) and "offset 22" in str(item)


def test_windows_1252_text_is_decoded_with_a_note(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Peru voted on Monday. ".encode() + "\u201cS\u00ed\u201d, said the minister.".encode("cp1252"))
    notes = []
    [doc] = read_sources([str(path)], on_note=notes.append)
    assert doc.text.endswith("\u201cS\u00ed\u201d, said the minister.")
    assert len(notes) == 1 and "Windows-1252" in str(notes[0]) and "offset 22" in str(notes[0])


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Kenya recognised Kosovo.".encode("utf-16"))
    [doc] = _one([path])
    assert doc.text == "Kenya recognised Kosovo."


def test_utf8_bom_is_dropped():
    assert decode("\ufeffHello".encode("utf-8"), "x") == "Hello"


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    [item] = _one([path])
    assert isinstance(item, InputError) and "50.0 MB" in str(item) and str(MAX_BYTES // 2**20) in str(item)


def test_missing_file_is_reported(tmp_path):
    [item] = _one([tmp_path / "nope.txt"])
    assert isinstance(item, InputError) and "no such file" in str(item)


def test_good_files_after_a_bad_one_are_still_read(tmp_path):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(b"")
    good.write_text("Chile recalled its ambassador.", encoding="utf-8")
    items = _one([bad, good])
    assert isinstance(items[0], InputError) and items[1].text.startswith("Chile")


def test_jsonl_documents_keep_their_ids_and_dates(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [{"id": "a1", "text": "Peru voted.", "published": "2024-02-03", "extra": 1},
             {"id": 7, "text": "Chile voted."}]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs = _one([path])
    assert [d.id for d in docs] == ["a1", "7"]
    assert docs[0].published == dt.date(2024, 2, 3) and docs[1].published is None


def test_jsonl_bad_line_names_the_line_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Peru voted."}\nnot json\n{"id": "b", "text": "Chile voted."}\n')
    items = _one([path])
    assert isinstance(items[1], InputError) and "docs.jsonl:2" in str(items[1])
    assert [i.id for i in items if not isinstance(i, InputError)] == ["a", "b"]


def test_jsonl_line_without_text_is_reported(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "body": "x"}\n')
    [item] = _one([path])
    assert isinstance(item, InputError) and '"text"' in str(item)


def test_header_date_line_gives_the_publication_date():
    doc = document_from_text("Tuesday, March 4, 2025\n\nA title\n\nBy A. Writer\n\nPeru voted.\n")
    assert doc.published == dt.date(2025, 3, 4) and doc.published_basis == "header"
    assert doc.text[doc.body_start:].strip() == "Peru voted."
    assert doc.title == "A title"


def test_given_date_wins_over_the_header():
    doc = document_from_text("Tuesday, March 4, 2025\n\nPeru voted.", dt.date(2025, 3, 5))
    assert doc.published == dt.date(2025, 3, 5) and doc.published_basis == "given"


def test_same_article_with_other_spacing_gets_the_same_id():
    assert normalized_id("Peru  voted.\n") == normalized_id("peru voted.")


@pytest.mark.parametrize("data", [b"   \n\t  ", b""])
def test_blank_input_is_empty(data):
    with pytest.raises(InputError, match="empty"):
        decode(data, "blank.txt")


def test_wire_dateline_gives_the_publication_date_when_nothing_else_does():
    doc = document_from_text("KABUL, July 4, 2025 (Reuters) - The Taliban welcomed the decision.\n")
    assert doc.published == dt.date(2025, 7, 4) and doc.published_basis == "dateline"


def test_yearless_dateline_is_the_most_recent_such_day():
    from dragoman.ingest.text import _from_dateline

    assert _from_dateline("BEIRUT, Dec 30 (Reuters) - Text.", dt.date(2026, 1, 2)) == dt.date(2025, 12, 30)
    assert _from_dateline("BEIRUT, March 3 (Reuters) - Text.", dt.date(2026, 5, 2)) == dt.date(2026, 3, 3)


def test_decomposed_accents_and_invisible_characters_do_not_break_names(ctx):
    from dragoman.coder import code_document

    clean = "Türkiye's foreign minister criticised Côte d'Ivoire on Tuesday over the arrests."
    messy = ("Tu\u0308rkiye's foreign minister criticised Co\u0302te d'\u200bIvoire on Tue\u00adsday"
             " over the arrests.")
    documents = [document_from_text(t, dt.date(2025, 3, 5)) for t in (clean, messy)]
    assert documents[1].text == clean and documents[0].id == documents[1].id
    coded = [code_document(d, ctx).events for d in documents]
    assert [(e.source.primary, e.root, e.target.primary) for e in coded[0]] == [("TUR", "11", "CIV")]
    assert [(e.source.primary, e.root, e.target.primary) for e in coded[1]] == [("TUR", "11", "CIV")]
    e = coded[1][0]
    assert documents[1].text[e.evidence["start"]:e.evidence["end"]] == e.evidence["text"]
