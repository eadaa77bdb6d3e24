"""The artifact loads only what the project wrote, intact, for this scikit-learn minor."""

from __future__ import annotations

import hashlib
import json
import pickle
import struct
from pathlib import Path

import pytest
import sklearn

from classifier import artifact
from classifier.artifact import MAGIC, ArtifactError

UNPICKLED: list[str] = []


class Booby:
    """Records that it was unpickled: a refused file must never get that far."""

    def __reduce__(self):
        return (UNPICKLED.append, ("unpickled",))


def _meta(**extra):
    return {"version": "x", "sklearn_version": sklearn.__version__, **extra}


def test_round_trip(tmp_path):
    path = tmp_path / "m.bin"
    artifact.write(path, {"weights": [1, 2, 3]}, _meta(metrics={"f1": 0.9}))
    payload, meta = artifact.read(path)
    assert payload == {"weights": [1, 2, 3]} and meta["metrics"] == {"f1": 0.9}
    assert meta["payload_sha256"] and not list(tmp_path.glob("*.tmp"))
    assert meta["format"] == artifact.FORMAT


def test_tampered_payload_is_refused_before_unpickling(tmp_path):
    path = tmp_path / "m.bin"
    artifact.write(path, [Booby(), "x" * 50], _meta())
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    path.write_bytes(bytes(data))
    UNPICKLED.clear()
    with pytest.raises(ArtifactError, match="SHA-256"):
        artifact.read(path)
    assert UNPICKLED == []


def test_foreign_pickle_is_refused_and_never_unpickled(tmp_path):
    path = tmp_path / "classifier.joblib"
    path.write_bytes(pickle.dumps(Booby()))
    UNPICKLED.clear()
    with pytest.raises(ArtifactError, match="không phải tệp mô hình"):
        artifact.read(path)
    assert UNPICKLED == []


def _handmade(path: Path, **header) -> None:
    """An artifact holding a Booby, with the header fields given (and a valid hash)."""
    body = pickle.dumps(Booby())
    header.update(payload_sha256=hashlib.sha256(body).hexdigest(), payload_bytes=len(body))
    raw = json.dumps(header).encode()
    path.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + body)


def test_other_sklearn_minor_is_refused(tmp_path):
    path = tmp_path / "m.bin"
    major, minor = sklearn.__version__.split(".")[:2]
    other = f"{major}.{int(minor) + 1}.0"
    _handmade(path, version="x", sklearn_version=other, format=artifact.FORMAT)
    UNPICKLED.clear()
    with pytest.raises(ArtifactError, match=f"scikit-learn {other}.*khác phiên bản"):
        artifact.read(path)
    assert UNPICKLED == []


@pytest.mark.parametrize("fmt", [None, 1, artifact.FORMAT + 1])
def test_other_payload_format_is_refused_before_unpickling(tmp_path, fmt):
    """An artifact of an older diemtin (no "format": 1) holds classes this one no longer has."""
    path = tmp_path / "m.bin"
    fields = {"version": "x", "sklearn_version": sklearn.__version__}
    if fmt is not None:
        fields["format"] = fmt
    _handmade(path, **fields)
    UNPICKLED.clear()
    with pytest.raises(ArtifactError, match=f"định dạng {fmt or 1}.*Huấn luyện lại"):
        artifact.read(path)
    assert UNPICKLED == []


def test_missing_and_truncated_files(tmp_path):
    with pytest.raises(ArtifactError, match="Không tìm thấy"):
        artifact.read(tmp_path / "nope.bin")
    path = tmp_path / "m.bin"
    artifact.write(path, [1], _meta())
    path.write_bytes(path.read_bytes()[: len(MAGIC) + 6])
    with pytest.raises(ArtifactError, match="hỏng"):
        artifact.read(path)


def test_patch_minor_version_is_accepted(tmp_path):
    path = tmp_path / "m.bin"
    version = ".".join(sklearn.__version__.split(".")[:2]) + ".99"
    artifact.write(Path(path), [1], _meta(sklearn_version=version))
    assert artifact.read(path)[0] == [1]
