"""Same input and version, same output — whatever the interpreter's hash seed."""

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "examples").glob("*.txt"))


def _code(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    result = subprocess.run([sys.executable, "-m", "dragoman", "code", *map(str, EXAMPLES), "--format", "jsonl"],
                            capture_output=True, text=True, env=env, check=True)
    return result.stdout


def test_coding_does_not_depend_on_the_hash_seed():
    first = _code("1")
    assert first.count("\n") > 20
    assert _code("2") == first
    assert _code("3") == first
