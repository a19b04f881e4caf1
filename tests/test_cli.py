import json

from click.testing import CliRunner

from dragoman.cli import main

ARTICLE = "Sweden formally recognised Palestine on Thursday.\n"


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_code_prints_a_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = _run("code", str(path), "--published", "2014-10-31")
    assert result.exit_code == 0, result.output
    assert "054" in result.output and "SWE" in result.output and "PSE" in result.output
    assert "1 event" in result.output


def test_code_jsonl_gives_full_records_with_evidence_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Intro line.\n" + ARTICLE)
    result = _run("code", str(path), "--published", "2014-10-31", "--format", "jsonl")
    record = json.loads(result.output.splitlines()[0])
    text = path.read_text()
    assert text[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
    assert record["date"] == "2014-10-30" and record["date_precision"] == "day"
    for key in ("source", "target", "code", "root", "label", "quad_class", "goldstein", "plover",
                "polarity", "modality", "trigger", "rule", "confidence", "doc_id"):
        assert key in record


def test_code_reads_stdin():
    result = _run("code", "-", "--published", "2014-10-31", "--format", "json", input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["code"] == "054"


def test_jsonl_events_carry_the_document_id(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "art-9", "text": ARTICLE, "published": "2014-10-31"}) + "\n")
    result = _run("code", str(path), "--format", "jsonl")
    assert json.loads(result.output.splitlines()[0])["doc_id"] == "art-9"


def test_csv_has_a_header_and_one_row_per_event(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = _run("code", str(path), "--published", "2014-10-31", "--format", "csv")
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("id,doc_id") and len(lines) == 2


def test_bad_files_are_reported_and_the_rest_coded(tmp_path):
    empty, binary, good = tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "good.txt"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    good.write_text(ARTICLE)
    result = _run("code", str(empty), str(binary), str(good), "--published", "2014-10-31")
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.output
    assert "bin.txt" in result.output and "binary" in result.output
    assert "Traceback" not in result.output
    assert "054" in result.output


def test_bad_published_date_is_a_usage_error(tmp_path):
    result = _run("code", "-", "--published", "last tuesday", input=ARTICLE)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_all_flag_keeps_negated_events_marked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Chile did not recognise Kosovo.\n")
    plain = _run("code", str(path), "--published", "2014-10-31", "--format", "jsonl")
    marked = _run("code", str(path), "--published", "2014-10-31", "--format", "jsonl", "--all")
    assert plain.stdout == ""
    assert json.loads(marked.output.splitlines()[0])["polarity"] == "negated"


def test_eval_scores_a_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    items = [{"id": "x1", "published": "2014-10-31", "text": ARTICLE,
              "events": [{"source": "SWE", "target": "PSE", "root": "05", "code": "054", "date": "2014-10-30"}]},
             {"id": "x2", "published": "2014-10-31", "text": "Analysts say Chile could recognise Kosovo.", "events": []}]
    gold.write_text("\n".join(json.dumps(i) for i in items))
    result = _run("eval", str(gold), "--format", "json")
    assert result.exit_code == 0, result.output
    score = json.loads(result.output)[str(gold)]
    assert score["f1"] == 1.0 and score["date_agreement"] == 1.0


def test_eval_reads_predictions_instead_of_coding(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x1", "published": "2014-10-31", "text": "t",
                                "events": [{"source": "SWE", "target": "PSE", "root": "05", "date": "2014-10"}]}))
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"doc_id": "x1", "source": {"primary": "SWE"}, "target": {"primary": "FRA"},
                                 "root": "05", "date": "2014-10-30"}))
    result = _run("eval", str(gold), "--predictions", str(preds), "-v")
    assert "F1 0.000" in result.output and "false x1 SWE>FRA 05" in result.output and "miss x1 SWE>PSE 05" in result.output


def test_eval_of_a_file_of_non_events_gives_the_share_of_false_alarms(tmp_path):
    gold = tmp_path / "none.jsonl"
    gold.write_text("\n".join(json.dumps({"id": f"n{i}", "published": "2024-05-01", "text": "t", "events": []})
                              for i in range(4)))
    preds = tmp_path / "p.jsonl"
    preds.write_text("\n".join(json.dumps({"doc_id": d, "source": {"primary": "AAA"}, "target": {"primary": "BBB"},
                                           "root": r, "date": "2024-05-01"}) for d, r in (("n1", "19"), ("n2", "04"))))
    result = _run("eval", str(gold), "--predictions", str(preds))
    assert "no gold events" in result.output and "F1" not in result.output
    assert "2 items with an event (0.500); 1 with an event in roots 14-20 (0.250)" in result.output
