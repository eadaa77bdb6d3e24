"""The model artifact file: a fixed magic line, a JSON header, then a pickled payload.

The header holds the metadata (version, scikit-learn version, data hash, metrics), the payload
format (:data:`FORMAT`) and the SHA-256 and length of the payload. :func:`read` checks magic,
header, payload format, scikit-learn minor version and the payload hash *before* unpickling, so a
foreign, outdated or altered file is refused and never unpickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import struct
import tempfile
from pathlib import Path
from typing import Any

import sklearn

__all__ = ["FORMAT", "MAGIC", "ArtifactError", "read", "sklearn_minor", "write"]

MAGIC = b"DIEMTIN-THADS-CLASSIFIER v1\n"
# Version of what the payload holds; raised whenever the pickled classes or the token hashes
# change. 1 (no "format" in the header): FeatureUnion of SyllableNgrams/LexiconFeatures;
# 2: ArticleFeatures; 3: ArticleFeatures with the shorter hash finish of classifier.textbatch;
# 4: documents with the press abbreviations written out (textprep.expand_abbreviations);
# 5: relevance thresholds of full texts and of feed items (models.Thresholds).
FORMAT = 5
_MAX_HEADER = 1 << 20


class ArtifactError(Exception):
    """The model file cannot be used; the message says why and what to do."""


def sklearn_minor(version: str) -> str:
    """ "1.9.2" -> "1.9"."""
    return ".".join(version.split(".")[:2])


def write(path: Path, payload: Any, metadata: dict[str, Any]) -> None:
    """Write atomically (temporary file + rename): a crash never leaves half a model."""
    body = pickle.dumps(payload, protocol=5)
    header = dict(metadata)
    header["format"] = FORMAT
    header["payload_sha256"] = hashlib.sha256(body).hexdigest()
    header["payload_bytes"] = len(body)
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + struct.pack(">I", len(raw)) + raw + body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> tuple[Any, dict[str, Any]]:
    """(payload, metadata) of an artifact written by :func:`write`, or :class:`ArtifactError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactError(
            f"Không tìm thấy tệp mô hình {path} (model file not found); "
            "chạy `diemtin classifier train`."
        ) from None
    except OSError as exc:
        raise ArtifactError(f"Không đọc được tệp mô hình {path}: {exc}") from None
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise ArtifactError(
            f"{path} không phải tệp mô hình của Điểm tin THADS (not a diemtin model artifact); "
            "tệp không được nạp."
        )
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > _MAX_HEADER or start + size > len(data):
        raise ArtifactError(f"{path}: phần đầu tệp mô hình bị hỏng (corrupt header).")
    try:
        meta = json.loads(data[start : start + size].decode("utf-8"))
        expected = meta["payload_sha256"]
        trained_with = meta["sklearn_version"]
    except (ValueError, KeyError, TypeError):
        raise ArtifactError(f"{path}: phần đầu tệp mô hình bị hỏng (corrupt header).") from None
    if meta.get("format", 1) != FORMAT:
        raise ArtifactError(
            f"Mô hình {path} có định dạng {meta.get('format', 1)}, phiên bản này cần định dạng "
            f"{FORMAT}: không nạp. Huấn luyện lại: `diemtin classifier train`. (The model was "
            "saved by another version of diemtin; retrain it.)"
        )
    if sklearn_minor(str(trained_with)) != sklearn_minor(sklearn.__version__):
        raise ArtifactError(
            f"Mô hình {path} được huấn luyện với scikit-learn {trained_with}, đang dùng "
            f"{sklearn.__version__}: khác phiên bản, không nạp. Huấn luyện lại: "
            "`diemtin classifier train`. (The model was trained with another scikit-learn "
            "minor version; retrain it.)"
        )
    body = data[start + size :]
    if len(body) != meta.get("payload_bytes") or hashlib.sha256(body).hexdigest() != expected:
        raise ArtifactError(
            f"{path}: nội dung mô hình không khớp mã băm SHA-256 (payload altered or truncated); "
            "tệp không được nạp. Huấn luyện lại: `diemtin classifier train`."
        )
    return pickle.loads(body), meta  # noqa: S301 - verified above: our own file, intact
