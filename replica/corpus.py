"""The replica corpus: real article texts (``replica/corpus/articles.jsonl``) to render as pages."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from replica.paths import CORPUS


class CorpusError(ValueError):
    """The corpus file is missing or has a malformed line."""


@dataclass(frozen=True)
class CorpusText:
    id: str
    origin: str  # "vntc" | "baomoi"
    source: str  # below the research data folder: "vntc/Test_Full/Phap luat/PL_TN_T_ (3479).txt"
    title: str
    lead: str | None
    body: tuple[str, ...]
    author: str | None
    thads: bool  # a real story about civil judgment enforcement (editor's reading)
    kind: str  # "strong" | "weak" | "negative": how the keyword scan saw it
    topic: str


def to_json(text: CorpusText) -> str:
    record = asdict(text)
    record["body"] = list(text.body)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def load_corpus(path: str | Path = CORPUS) -> list[CorpusText]:
    texts = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        try:
            record = json.loads(line)
            record["body"] = tuple(record["body"])
            texts.append(CorpusText(**record))
        except (ValueError, TypeError, KeyError) as exc:
            raise CorpusError(f"{path}:{number}: malformed corpus line: {exc}") from None
    return texts
