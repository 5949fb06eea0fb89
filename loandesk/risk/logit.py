"""Ridge-penalised logistic regression by Newton/IRLS (numpy only, deterministic)."""

from __future__ import annotations

import numpy as np


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = 1.0,
    *,
    max_iter: int = 100,
    tol: float = 1e-10,
) -> tuple[float, np.ndarray]:
    """Fit ``P(y=1) = sigmoid(b0 + x @ w)`` minimising log-loss sum + ``l2/2 * |w|^2``.

    The intercept is not penalised. Newton steps with step-halving make it robust on separable
    or tiny folds. Returns ``(intercept, weights)``.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n, k = x.shape
    design = np.hstack([np.ones((n, 1)), x])
    penalty = np.full(k + 1, float(l2))
    penalty[0] = 0.0
    mean = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
    beta = np.zeros(k + 1)
    beta[0] = np.log(mean / (1 - mean))

    def objective(b: np.ndarray) -> float:
        eta = design @ b
        return float(np.sum(np.logaddexp(0.0, eta) - y * eta) + 0.5 * np.sum(penalty * b * b))

    current = objective(beta)
    for _ in range(max_iter):
        eta = design @ beta
        p = 1.0 / (1.0 + np.exp(-eta))
        gradient = design.T @ (p - y) + penalty * beta
        weights = p * (1 - p)
        hessian = design.T @ (design * weights[:, None]) + np.diag(penalty) + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hessian, gradient)
        scale = 1.0
        while True:
            candidate = beta - scale * step
            value = objective(candidate)
            if value <= current + 1e-12 or scale < 1e-6:
                break
            scale /= 2
        improvement = current - value
        beta, current = candidate, value
        if improvement < tol * max(1.0, abs(current)):
            break
    return float(beta[0]), beta[1:].copy()


def predict_logistic(intercept: float, weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Probability of class 1."""
    eta = intercept + np.asarray(x, dtype=float) @ weights
    return 1.0 / (1.0 + np.exp(-eta))
