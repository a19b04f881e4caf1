"""User actor files that override or extend the shipped knowledge base.

Formats, chosen by suffix (see ``docs/actors.md``):

- ``.jsonl`` — one record a line, in the shipped format;
- ``.yaml`` / ``.yml`` — a list of records in the same format (or a mapping with an
  ``actors:`` list);
- ``.csv`` — one row an actor (or a person's office), with the columns of
  :data:`CSV_COLUMNS`; lists are separated by ``|``;
- ``.actors`` — a PETRARCH/TABARI actor dictionary: ``NAME_ [CODE]``, ``+SYNONYM_``
  lines, and dated codes ``[USAGOV 090120-170120]`` for office-holders;
- ``.agents`` — a PETRARCH/TABARI agents dictionary (``SOLDIER~ [~MIL]``): role nouns,
  read by :func:`load_agents` into the role index;
- ``.tsv`` — a table of news outlets and their home states, in the columns of the shipped
  ``data/places/publishers.tsv``, read by :func:`..publishers.load_publishers` and laid over
  the shipped table (no actor records).

A record whose ``id`` is a shipped one replaces it; a new id adds an actor; a name
shared with a shipped actor resolves to the user's record. Every problem raises
:class:`~dragoman.errors.KnowledgeBaseError` naming the file and line.

>>> records = parse_actors("BARACK_OBAMA_ [USAGOV 090120-170120]\\n+OBAMA_\\n", "x.actors")
>>> records[0]["aliases"], records[0]["offices"][0]["from"]
(['Barack Obama', 'Obama'], '2009-01-20')
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .roles import Role

__all__ = ["CSV_COLUMNS", "OUTLET_FILES", "ROLE_FILES", "load_agents", "load_overlay", "parse_actors", "parse_agents"]

CSV_COLUMNS = ("id", "type", "name", "aliases", "primary", "role", "code", "country", "capital",
               "demonyms", "plurals", "title", "from", "to", "valid_from", "valid_to")
ROLE_FILES = (".agents",)
OUTLET_FILES = (".tsv",)
_TYPES = ("state", "igo", "ngo", "group", "person", "actor")
_LISTS = ("aliases", "demonyms", "plurals")
_DATED = re.compile(r"^([A-Z0-9]{3,15})\s*(?:([<>])(\d{6})|(\d{6})\s*-\s*(\d{6}))?$")
_BRACKET = re.compile(r"\[([^\]]*)\]")


def load_overlay(path: Path) -> list[dict[str, Any]]:
    """The actor records of one user file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix in ROLE_FILES or suffix in OUTLET_FILES:
        return []
    text = _read(path)
    if suffix == ".jsonl":
        return _checked([_json_line(line, path, n) for n, line in _lines(text)], path)
    if suffix in (".yaml", ".yml"):
        return parse_yaml(text, str(path))
    if suffix == ".csv":
        return parse_csv(text, str(path))
    if suffix == ".actors":
        return parse_actors(text, str(path))
    raise KnowledgeBaseError(str(path), None, f"unknown actor file type '{suffix}' "
                             "(use .jsonl, .yaml, .yml, .csv, .actors, .agents, or .tsv for news outlets)")


def load_agents(path: Path) -> list[Role]:
    """The role nouns of a PETRARCH/TABARI ``.agents`` file."""
    return parse_agents(_read(path), str(path))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(str(path), None, f"cannot read the file ({exc})") from None


def _lines(text: str):
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line


def _json_line(line: str, path: Path, number: int) -> tuple[int, Any]:
    try:
        return number, json.loads(line)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(str(path), number, f"not valid JSON ({exc.msg})") from None


def _checked(numbered: list[tuple[int, Any]], path: Path | str) -> list[dict[str, Any]]:
    """Check each (line, record): a mapping with an id, a known type, lists where lists belong."""
    out = []
    for number, record in numbered:
        if not isinstance(record, dict) or not record.get("id"):
            raise KnowledgeBaseError(str(path), number, "an actor needs an 'id'")
        record = {**record, "id": str(record["id"])}
        if record.get("type", "state") not in _TYPES:
            raise KnowledgeBaseError(str(path), number, f"unknown type '{record['type']}' "
                                     f"(one of {', '.join(_TYPES)})")
        for key in ("aliases", "offices", "periods", "demonyms", "plurals", "metonyms"):
            if key in record and not isinstance(record[key], list):
                raise KnowledgeBaseError(str(path), number, f"'{key}' must be a list")
        for key in ("aliases", "former_aliases", "demonyms", "plurals", "seats", "capital_aliases"):
            if key in record and not all(isinstance(a, str) for a in record[key] or ()):
                raise KnowledgeBaseError(str(path), number, f"'{key}' must be a list of strings")
        for key in ("name", "capital", "primary", "code"):
            if record.get(key) is not None and not isinstance(record[key], str):
                raise KnowledgeBaseError(str(path), number, f"'{key}' must be a string")
        out.append(_iso_dates(record))
    return out


def _iso_dates(record: dict[str, Any]) -> dict[str, Any]:
    """YAML reads 2001-01-01 as a date: make every date field the ISO string the index compares."""
    def iso(value: Any) -> Any:
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value

    for key in ("valid_from", "valid_to"):
        if key in record:
            record[key] = iso(record[key])
    for item in [*record.get("offices", []), *record.get("periods", [])]:
        if isinstance(item, dict):
            for key in ("from", "to"):
                if key in item:
                    item[key] = iso(item[key])
    return record


def parse_yaml(text: str, where: str) -> list[dict[str, Any]]:
    """Records from YAML: a list of mappings, or a mapping with an ``actors`` list."""
    import yaml

    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise KnowledgeBaseError(where, line, f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if data is None:
        return []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
        root = next(v for k, v in root.value if k.value == "actors")
    if not isinstance(data, list):
        raise KnowledgeBaseError(where, 1, "expected a list of actors (or 'actors:' with a list)")
    lines = [node.start_mark.line + 1 for node in root.value]
    return _checked(list(zip(lines, data)), where)


def parse_csv(text: str, where: str) -> list[dict[str, Any]]:
    """Records from CSV rows; rows with the same id add offices to one person."""
    reader = csv.DictReader(io.StringIO(text))
    unknown = [c for c in reader.fieldnames or [] if c not in CSV_COLUMNS]
    if not reader.fieldnames or "id" not in reader.fieldnames or unknown:
        raise KnowledgeBaseError(where, 1, f"the header must name columns among {', '.join(CSV_COLUMNS)}"
                                 + (f"; unknown: {', '.join(unknown)}" if unknown else "; 'id' is required"))
    records: dict[str, tuple[int, dict[str, Any]]] = {}
    for row in reader:
        number = reader.line_num
        if None in row:
            raise KnowledgeBaseError(where, number, "more fields than the header has columns")
        cells = {k: (v or "").strip() for k, v in row.items()}
        if not any(cells.values()):
            continue
        if not cells.get("id"):
            raise KnowledgeBaseError(where, number, "an actor needs an 'id'")
        _csv_row(cells, records, number)
    return _checked(list(records.values()), where)


def _csv_row(cells: dict[str, str], records: dict[str, tuple[int, dict[str, Any]]], number: int) -> None:
    rid = cells["id"]
    _, record = records.setdefault(rid, (number, {"id": rid}))
    for key in ("type", "name", "primary", "role", "code", "country", "capital", "valid_from", "valid_to"):
        if cells.get(key):
            record[key] = cells[key]
    for key in _LISTS:
        if cells.get(key):
            record.setdefault(key, []).extend(a.strip() for a in cells[key].split("|") if a.strip())
    if cells.get("title") or cells.get("from") or cells.get("to"):
        record.setdefault("type", "person")
        office = {"title": cells.get("title") or "office", "primary": cells.get("primary") or cells.get("country"),
                  "role": cells.get("role") or "GOV", "from": cells.get("from") or None, "to": cells.get("to") or None}
        record.setdefault("offices", []).append(office)
        record.pop("primary", None)
        record.pop("role", None)
    record.setdefault("type", "actor")
    if record["type"] == "state" and not record.get("aliases") and record.get("name"):
        record["aliases"] = [record["name"]]


def parse_actors(text: str, where: str) -> list[dict[str, Any]]:
    """Records from a PETRARCH/TABARI ``.actors`` dictionary."""
    records: list[tuple[int, dict[str, Any]]] = []
    for number, line in _lines(text):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("+"):
            if not records:
                raise KnowledgeBaseError(where, number, "a '+' synonym line needs an actor line before it")
            records[-1][1]["aliases"].append(_phrase(line[1:].split("[", 1)[0]))
            _add_codes(records[-1][1], _BRACKET.findall(line), where, number)
        elif line.startswith("["):
            if not records:
                raise KnowledgeBaseError(where, number, "a code line needs an actor line before it")
            _add_codes(records[-1][1], _BRACKET.findall(line), where, number)
        else:
            name = _phrase(line.split("[", 1)[0])
            if not name:
                raise KnowledgeBaseError(where, number, "an actor line needs a name before its [CODE]")
            record = {"id": "PETRARCH." + name.upper().replace(" ", "_"), "name": name, "aliases": [name], "codes": []}
            records.append((number, record))
            _add_codes(record, _BRACKET.findall(line), where, number)
    return _checked([(n, _finish(r, where, n)) for n, r in records], where)


def _phrase(raw: str) -> str:
    return " ".join(raw.strip().rstrip("_").replace("_", " ").split()).title() if raw.strip() else ""


def _add_codes(record: dict[str, Any], codes: list[str], where: str, number: int) -> None:
    for code in codes:
        match = _DATED.match(code.strip())
        if not match:
            raise KnowledgeBaseError(where, number, f"'[{code}]' is not a code like [USAGOV] or [USAGOV 090120-170120]")
        value, sign, day, start, end = match.groups()
        span = (None, _day(day)) if sign == "<" else (_day(day), None) if sign == ">" else (_day(start), _day(end))
        record["codes"].append((value, *span))


def _day(yymmdd: str | None) -> str | None:
    """TABARI's six-digit dates: 090120 -> 2009-01-20 (years under 50 are 20xx)."""
    if not yymmdd:
        return None
    year = int(yymmdd[:2])
    return f"{2000 + year if year < 50 else 1900 + year}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def _finish(record: dict[str, Any], where: str, number: int) -> dict[str, Any]:
    codes = record.pop("codes")
    if not codes:
        raise KnowledgeBaseError(where, number, f"actor '{record['name']}' has no [CODE]")
    dated = [c for c in codes if c[1] or c[2]]
    if dated or len(codes) > 1:
        record["type"] = "person"
        record["country"] = codes[0][0][:3]
        record["offices"] = [{"title": code, "primary": code[:3], "role": code[3:6] or None, "from": start, "to": end}
                             for code, start, end in codes]
        return record
    code = codes[0][0]
    if len(code) == 3:
        return {**record, "type": "state", "primary": code}
    kind = "igo" if code.startswith("IGO") else "actor"
    return {**record, "type": kind, "primary": code[:3] if kind == "actor" else code[3:6], "role": code[3:6] or None, "code": code}


def parse_agents(text: str, where: str) -> list[Role]:
    """Role nouns from a ``.agents`` file: ``NOUN_~ {IRREGULAR_PLURAL} [~ROLE]``."""
    roles = []
    for number, line in _lines(text):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        code = _BRACKET.search(line)
        if not code or not code.group(1).strip().lstrip("~"):
            raise KnowledgeBaseError(where, number, "an agent line needs a role code like [~MIL]")
        role = code.group(1).strip().lstrip("~")[:3]
        head = line[:code.start()]
        plurals = re.findall(r"\{([^}]*)\}", head)
        noun = re.sub(r"\{[^}]*\}", "", head).strip()
        regular = noun.endswith("~") or "~" in noun
        phrase = noun.replace("~", "").rstrip("_").replace("_", " ").strip().lower()
        if not phrase:
            raise KnowledgeBaseError(where, number, "an agent line needs a noun before its [~CODE]")
        roles.append(Role(phrase, role, "person"))
        forms = [p.replace("_", " ").strip().lower() for p in plurals]
        if regular:
            forms.append(phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s"))
        roles += [Role(form, role, "group") for form in forms if form]
    return roles
