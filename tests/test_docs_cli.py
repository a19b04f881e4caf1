"""docs/cli.md is the commands' own help: regenerate it with `python scripts/cli_docs.py`."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_reference_is_current():
    script = _script()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == script.render(), \
        "docs/cli.md is out of date: run `python scripts/cli_docs.py` (or `make docs`)"


def test_the_cli_reference_covers_every_command():
    from dragoman.cli import main

    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"## `dragoman {name}`" in page
