"""LinearProba gives the probabilities of scikit-learn's predict_proba, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from classifier.linear import LinearProba


def _data(n_classes: int, seed: int = 3):
    rng = np.random.default_rng(seed)
    x = sp.random(240, 60, density=0.15, format="csr", random_state=seed)
    y = rng.integers(0, n_classes, 240)
    x = x + sp.csr_matrix(np.eye(n_classes)[y] @ rng.normal(size=(n_classes, 60)) * 0.3)
    labels = np.array(["neutral", "positive", "needs_correction", "inaccurate"])[y]
    return sp.csr_matrix(x), labels if n_classes > 2 else y == 1


@pytest.mark.parametrize("n_classes", [2, 4])
@pytest.mark.parametrize(
    "model",
    [
        lambda: CalibratedClassifierCV(LogisticRegression(C=5.0), method="sigmoid", cv=3),
        lambda: CalibratedClassifierCV(LinearSVC(C=0.5), method="sigmoid", cv=2),
        lambda: CalibratedClassifierCV(LogisticRegression(), method="isotonic", cv=3),
        lambda: LogisticRegression(),
    ],
)
def test_same_probabilities_as_scikit_learn(model, n_classes):
    x, y = _data(n_classes)
    fitted = model().fit(x[:180], y[:180])
    fast = LinearProba(fitted)
    assert list(fast.classes_) == list(fitted.classes_)
    assert np.array_equal(fast.predict_proba(x[180:]), fitted.predict_proba(x[180:]))


def test_sigmoid_models_take_the_fast_path():
    x, y = _data(4)
    fitted = CalibratedClassifierCV(LogisticRegression(), method="sigmoid", cv=3).fit(x, y)
    fast = LinearProba(fitted)
    assert fast._weights.shape == (60, 12)
    fast.model = None  # the fast path no longer needs the model
    assert fast.predict_proba(x[:5]).shape == (5, 4)
