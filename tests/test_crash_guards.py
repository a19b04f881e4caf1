"""A sentence that once crashed the coder, and eval going on past an item the coder fails on."""

import json

from click.testing import CliRunner

import dragoman
import dragoman.cli as cli
from dragoman.errors import StageError


def test_a_list_of_unowned_roles_after_a_pair_of_states_codes_without_crashing():
    # "soldiers, fighters and civilians": the role before "and" has no actor, nor has the one before it
    text = ("Kenya and Somalia agreed to a ceasefire, Nairobi said on Sunday, after clashes that "
            "killed dozens of soldiers, fighters and civilians.")
    events = dragoman.code(text, published="2024-05-06")
    assert any(e.root == "08" and {e.source.primary, e.target.primary} == {"KEN", "SOM"} for e in events)


def test_eval_names_the_file_and_item_the_coder_fails_on_and_scores_the_rest(tmp_path, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    items = [{"id": "bad", "published": "2014-10-31", "text": "Peru condemned Chile on Monday.",
              "events": [{"source": "PER", "target": "CHL", "root": "11", "code": "111", "date": "2014-10-27"}]},
             {"id": "good", "published": "2014-10-31", "text": "Sweden formally recognised Palestine on Thursday.",
              "events": [{"source": "SWE", "target": "PSE", "root": "05", "code": "054", "date": "2014-10-30"}]}]
    gold.write_text("\n".join(json.dumps(i) for i in items))
    real = cli.code_document

    def flaky(document, ctx):
        if document.id == "bad":
            raise StageError("coref", "bad", "AttributeError: boom")
        return real(document, ctx)

    monkeypatch.setattr(cli, "code_document", flaky)
    result = CliRunner().invoke(cli.main, ["eval", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"{gold}: item bad" in result.stderr and "boom" in result.stderr
    score = json.loads(result.stdout)[str(gold)]
    assert score["precision"] == 1.0 and score["recall"] == 0.5
