"""L2-regularised logistic regression, fitted by Newton's method: the one place a model is fitted.

Columns are standardised on the training rows (constant columns are left at zero
weight); the penalty ``l2 * |w|^2 / 2`` applies to the standardised weights, not to
the intercept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...errors import DragomanError

__all__ = ["Logistic", "fit_logistic"]


@dataclass(frozen=True, eq=False)
class Logistic:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # on standardised columns
    intercept: float
    rows: int
    events: int

    def logit(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.weights + self.intercept

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The probability of the event for each row of ``x``."""
        return 1 / (1 + np.exp(-np.clip(self.logit(x), -35, 35)))

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Each column's share of the logit, row by row (the weights times the standardised values)."""
        return (x - self.mean) / self.scale * self.weights

    def coefficients(self) -> dict[str, float]:
        return {n: round(float(w), 4) for n, w in zip(self.names, self.weights)}


def _loss(z: np.ndarray, y: np.ndarray, weight: np.ndarray, beta: np.ndarray, penalty: np.ndarray) -> float:
    """The weighted negative log-likelihood plus the penalty."""
    eta = z @ beta
    return float(np.sum(weight * (np.logaddexp(0, eta) - y * eta)) + 0.5 * np.sum(penalty * beta**2))


def fit_logistic(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], l2: float = 10.0,
                 iterations: int = 50, tol: float = 1e-6, weight: np.ndarray | None = None) -> Logistic:
    """Fit ``P(y=1 | x)``, each row counted ``weight`` times (default once).

    Raises when there are no rows or no events to learn from.
    """
    weight = np.ones(len(y)) if weight is None else weight
    if len(y) == 0 or y.sum() == 0 or y.sum() == len(y):
        raise DragomanError(f"cannot fit a model on {len(y)} rows with {int(y.sum())} events")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale = np.where(scale > 1e-12, scale, np.inf)  # a constant column gets a zero column
    z = np.column_stack([np.ones(len(y)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    base = float(np.average(y, weights=weight)) if len(y) else 0.0
    beta[0] = np.log(base / (1 - base))
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    loss = _loss(z, y, weight, beta, penalty)
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -35, 35)))
        gradient = z.T @ (weight * (y - p)) - penalty * beta
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        for _ in range(30):  # halve the step until the penalised loss falls
            new = _loss(z, y, weight, beta + step, penalty)
            if new <= loss + 1e-12:
                break
            step /= 2
        beta, loss = beta + step, new
        if np.abs(step).max() < tol:
            break
    return Logistic(names, mean, scale, beta[1:], float(beta[0]), len(y), int(y.sum()))
