"""The lexicon's commands: ``dragoman lexicon import-petrarch`` and ``dragoman lexicon coverage``.

Thin wrappers over :mod:`dragoman.knowledge.petrarch_verbs` and :mod:`dragoman.coverage`;
:func:`register` adds the ``lexicon`` group to the main ``dragoman`` group.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

__all__ = ["register"]

DEFAULT_TESTS = Path("tests/data/codes_gold.jsonl")
# without the per-code test file: the gold sets the lexicon is tuned on (never the sealed ones)
FALLBACK_TESTS = (Path("tests/data/gold_own.jsonl"), Path("tests/data/gold_heldout.jsonl"),
                  Path("tests/data/gold_dev3.jsonl"), Path("tests/data/gold_dev4.jsonl"),
                  Path("tests/data/gold_dev5.jsonl"), Path("tests/data/gold_dev6.jsonl"),
                  Path("tests/data/gold_dev7.jsonl"), Path("tests/data/gold_dev8.jsonl"))


EXAMPLE_DATE = dt.date(2024, 6, 12)  # the publication date rule examples are coded with (as in the tests)


@click.group("lexicon")
def lexicon_group() -> None:
    """Inspect and extend the event lexicon."""


@lexicon_group.command("import-petrarch")
@click.argument("dictionary", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the rules to this file instead of stdout.")
@click.option("--noted", is_flag=True,
              help="Apply each pattern only to the verb its comment names (# RUSH), not to its whole verb block.")
@click.option("--source", default="petrarch2", show_default=True, help="The provenance written in the source column.")
@click.option("--encoding", default="latin-1", show_default=True, help="The dictionary file's encoding.")
def import_command(dictionary: Path, output: Path | None, noted: bool, source: str, encoding: str) -> None:
    """Convert a PETRARCH or TABARI verb dictionary into rules of our lexicon format.

    Verb synonym blocks, their patterns and the noun synsets become rules; what the
    rule language cannot express is left out and counted by reason on stderr.
    The rules load with --lexicon on code, ingest and eval.

    Example: dragoman lexicon import-petrarch CAMEO.2.0.txt -o petrarch_rules.tsv
    """
    from ..knowledge import DATA
    from ..knowledge.codebook import load_codebook
    from ..knowledge.inflect import load_irregulars
    from ..knowledge.petrarch_verbs import import_verb_dictionary, rules_tsv

    text = dictionary.read_text(encoding=encoding, errors="replace")
    rules, report = import_verb_dictionary(text, load_irregulars(DATA / "lexicon" / "irregular.tsv"), noted=noted,
                                           source=source,
                                           codes=frozenset(load_codebook(DATA / "cameo" / "codebook.tsv")))
    header = f"Rules derived from {dictionary.name} by dragoman lexicon import-petrarch (source={source})."
    out = rules_tsv(rules, header)
    if output is None:
        click.echo(out, nl=False)
    else:
        output.write_text(out, encoding="utf-8")
    click.echo(report.text(), err=True)


@lexicon_group.command("coverage")
@click.option("--tests", "test_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold files of test sentences (default: tests/data/codes_gold.jsonl, else the tuned gold sets); repeatable.")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An extra rule file read after the shipped ones; repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table or JSON.")
@click.option("--flagged", is_flag=True, help="Print only the flagged codes.")
def coverage_command(test_files: tuple[Path, ...], lexicon_files: tuple[Path, ...], fmt: str, flagged: bool) -> None:
    """Per CAMEO code: its rules (ours and derived), its test sentences and the recall on them.

    A code with fewer than three working rules (a rule works when its example sentence
    gives its code) or three test sentences is flagged.

    Example: dragoman lexicon coverage --tests tests/data/codes_gold.jsonl --format json
    """
    from ..coder import code_document, context
    from ..coverage import coverage, read_tests, table
    from ..ingest.text import document_from_text
    from ..knowledge import default_knowledge

    paths = list(test_files) or ([DEFAULT_TESTS] if DEFAULT_TESTS.is_file() else
                                 [p for p in FALLBACK_TESTS if p.is_file()])
    knowledge = default_knowledge((), lexicon_files)
    ctx = context(knowledge)

    def predict(item):
        doc = code_document(document_from_text(item.text, item.published, doc_id=item.id), ctx)
        return [(e.source.primary, e.target.primary, e.code) for e in doc.events]

    def fires(sentence):
        doc = code_document(document_from_text(sentence, EXAMPLE_DATE), ctx)
        return [(e.source.primary, e.target.primary, e.code, e.rule) for e in doc.events]

    rows = coverage(knowledge, read_tests(paths), predict, fires)
    if flagged:
        rows = [r for r in rows if r.flags]
    if fmt == "json":
        click.echo(json.dumps({"tests": [str(p) for p in paths], "codes": [r.as_dict() for r in rows]}, indent=2))
    else:
        click.echo(f"test sentences from: {', '.join(map(str, paths)) or '(none)'}")
        click.echo(table(rows), nl=False)


def register(main: click.Group) -> None:
    main.add_command(lexicon_group)
