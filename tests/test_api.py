"""The public surface: what __all__ promises exists, and every command documents itself."""

from pathlib import Path

import click

import dragoman
from dragoman.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_everything_in_all_is_importable():
    for name in dragoman.__all__:
        assert hasattr(dragoman, name), name


def test_readme_shows_the_python_entry_point_and_the_two_setup_commands():
    assert "dragoman.code(" in README and "make demo" in README and "make test" in README


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield prefix + name, command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + name + " ")


def test_every_command_has_help_with_an_example():
    for name, command in _commands(main):
        text = command.help or ""
        assert text.strip(), f"{name} has no help"
        if not isinstance(command, click.Group):
            assert "Example" in text or "example" in text, f"{name} help has no example"


def test_every_option_is_documented():
    for name, command in _commands(main):
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help",):
                assert param.help, f"{name} {param.opts[0]} has no help"
