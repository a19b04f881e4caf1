"""The learned fallback's model: a softmax over CAMEO roots and ``none``, stored as TSV.

Written by ``scripts/train_fallback.py`` (its first line starts with ``LEARNED_HEADER``), read by
:func:`dragoman.knowledge.load_knowledge` when the fallback is on; the features it weighs are
made by :mod:`dragoman.stages.learned_model`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LEARNED_HEADER", "NONE", "LearnedModel", "load_model", "model_text", "write_model"]

NONE = "none"
LEARNED_HEADER = "# Learned fallback root classifier"
_BIAS = "__bias__"


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """Weights by feature, then by root; ``bias`` by root."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]

    def scores(self, feats: Iterable[str]) -> dict[str, float]:
        """Probabilities by root (softmax over the bias plus the features' weights)."""
        total = dict(self.bias)
        for f in feats:
            for root, w in self.weights.get(f, {}).items():
                total[root] = total.get(root, 0.0) + w
        top = max(total.values())
        exp = {r: math.exp(v - top) for r, v in total.items()}
        norm = sum(exp.values())
        return {r: v / norm for r, v in exp.items()}

    def best(self, feats: Iterable[str]) -> tuple[str, float]:
        """The most probable root other than ``none``, and its probability."""
        probs = self.scores(feats)
        root = max((r for r in probs if r != NONE), key=lambda r: (probs[r], r), default=NONE)
        return root, probs.get(root, 0.0)


def model_text(model: LearnedModel, header: list[str]) -> str:
    """``model`` as TSV (feature, root, weight) after ``#`` header lines, in sorted order."""
    lines = [LEARNED_HEADER + ": " + header[0]] + [f"# {h}" for h in header[1:]] + ["feature\troot\tweight"]
    lines += [f"{_BIAS}\t{r}\t{w:.3f}" for r, w in sorted(model.bias.items())]
    for f in sorted(model.weights):
        lines += [f"{f}\t{r}\t{w:.3f}" for r, w in sorted(model.weights[f].items())]
    return "\n".join(lines) + "\n"


def write_model(path: Path, model: LearnedModel, header: list[str]) -> None:
    """Write ``model`` to ``path`` as :func:`model_text` gives it."""
    path.write_text(model_text(model, header), encoding="utf-8")


def load_model(path: Path) -> LearnedModel:
    """Read a model written by :func:`write_model`."""
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("feature\t"):
            continue
        f, root, w = line.split("\t")
        if f == _BIAS:
            bias[root] = float(w)
        else:
            weights.setdefault(f, {})[root] = float(w)
    return LearnedModel(weights, bias)
