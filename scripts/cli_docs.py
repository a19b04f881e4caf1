"""Write docs/cli.md from the commands' own help: ``python scripts/cli_docs.py [--check]``.

Every command and sub-command of ``dragoman`` gets a section with its help text as
``dragoman CMD --help`` prints it (at a fixed width of 100 columns, so the page does
not depend on the terminal). ``--check`` exits 1 when docs/cli.md is not current;
``tests/test_docs_cli.py`` runs the same comparison.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "cli.md"
WIDTH = 100
HEAD = """# The dragoman command line

Generated from the commands' own help by `python scripts/cli_docs.py` (`make docs`);
a test fails when this page and the help disagree. Run `dragoman COMMAND --help` for
the same text.
"""


def _helps(command: click.Command, path: list[str], parent: click.Context | None) -> Iterator[tuple[str, str]]:
    ctx = click.Context(command, info_name=path[-1], parent=parent, terminal_width=WIDTH, max_content_width=WIDTH,
                        help_option_names=["-h", "--help"])
    yield " ".join(path), command.get_help(ctx)
    if isinstance(command, click.Group):
        for name in sorted(command.list_commands(ctx)):
            yield from _helps(command.get_command(ctx, name), [*path, name], ctx)


def render() -> str:
    """The page, from the installed ``dragoman`` command's help."""
    from dragoman.cli import main

    parts = [HEAD]
    for name, text in _helps(main, ["dragoman"], None):
        parts.append(f"\n## `{name}`\n\n```text\n{text.rstrip()}\n```\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    page = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != page:
            print(f"{TARGET} is not current: run python scripts/cli_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(page, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
