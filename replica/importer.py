"""Developer tool: select real article texts for the offline replica corpus.

This is the only module of the project that reads the shared research data (``--shared``, by
default ``/work/shared/data/external``). It writes ``replica/corpus/articles.jsonl``, which is
committed; the product and the tests read only that file. Run it on purpose, then review the diff::

    python -m replica.importer [--shared DIR] [--out replica/corpus/articles.jsonl]

Selection rule (also stated in ``replica/corpus/SOURCE.md``): every ``strong`` keyword hit of
``thads_keyword_hits.tsv`` in VNTC and in the baomoi TC201805 subset; the ``weak`` hits about death
sentences, escaped convicts and sports bans (hard negatives); ordinary negatives drawn with a fixed
seed from law, society, business, sport and life topics. The ``thads`` flag is the editor's reading
of each strong hit (see :data:`NOT_THADS`), never the keyword heuristic alone.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import unicodedata
from pathlib import Path

from replica.corpus import CorpusText, to_json

DEFAULT_SHARED = Path("/work/shared/data/external")
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus" / "articles.jsonl"
SEED = 20261128

# Strong keyword hits that are not about Vietnamese civil judgment enforcement on reading:
# foreign bailiffs, passing mentions, death sentences, trials.
NOT_THADS = frozenset(
    {
        "vntc/Test_Full/Kinh doanh/KD_VNE_T_ (7166).txt",  # Yukos, Russian court bailiffs
        "vntc/Test_Full/Kinh doanh/KD_VNE_T_ (7167).txt",  # Yukos
        "vntc/Test_Full/Phap luat/PL_VNE_T_ (2359).txt",  # wrongful prosecution, passing mention
        "vntc/Test_Full/Phap luat/PL_VNE_T_ (3058).txt",  # court statistics, passing mention
        "vntc/Test_Full/Phap luat/PL_VNE_T_ (3096).txt",  # same text
        "vntc/Train_Full/Chinh tri Xa hoi/XH_TT_ (3216).txt",  # household registration Q&A
        "vntc/Train_Full/Chinh tri Xa hoi/XH_VNE_ (618).txt",  # railway reform
        "vntc/Train_Full/Phap luat/PL_ VNE_ (729).txt",  # judicial reform overview
        "vntc/Train_Full/Phap luat/PL_ VNE_ (780).txt",  # death penalty reform
        "vntc/Train_Full/Phap luat/PL_ VNE_ (823).txt",  # notary prosecuted, passing mention
        "vntc/Train_Full/Phap luat/PL_NLD_ (4077).txt",  # a lawsuit over a house (trial story)
        "vntc/Train_Full/Phap luat/PL_TT_ (2035).txt",  # land-title procedure
        # execution of a death sentence
        "baomoi_tc201805/corpus/chinh tri va phap luat/23984018.txt",
    }
)

# Texts whose first line holds no separate headline (headline, photo caption and lead run together,
# or the text starts with the lead): the headline as published, from the text itself.
TITLE_OVERRIDES = {
    "vntc/Test_Full/Phap luat/PL_NLD_T_ (4048).txt": (
        "Cưỡng chế thi hành án một doanh nghiệp Nhà nước"
    ),
    "vntc/Test_Full/Phap luat/PL_TN_T_ (3479).txt": (
        "Chủ tịch nước ký lệnh công bố Pháp lệnh Thi hành án dân sự (sửa đổi)"
    ),
    "vntc/Train_Full/Phap luat/PL_NLD_ (4077).txt": "Chỉ dân là khổ!",
}

WEAK_CUES = ("tử hình", "tử tù", "trốn thi hành án", "treo giò", "trốn án", "trại giam")
NEGATIVE_QUOTAS = {  # (origin, folder) -> count
    ("vntc", "Phap luat"): 200,
    ("vntc", "Chinh tri Xa hoi"): 50,
    ("vntc", "Kinh doanh"): 40,
    ("vntc", "The thao"): 30,
    ("vntc", "Doi song"): 20,
    ("baomoi", "chinh tri va phap luat"): 60,
    ("baomoi", "kinh doanh va cong nghiep"): 10,
    ("baomoi", "the thao - the thao dong doi - bong da"): 10,
    ("baomoi", "con nguoi va xa hoi"): 10,
}
_SOURCE_PREFIX = re.compile(r"^\((?:NLĐ|TN|TTO|VnExpress|PL)\)\s*[-–]\s*")
_SOURCE_MARK = re.compile(r"\((?:NLĐ|TN)\)\s*[-–]\s*")
_RELATED_LINK = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")
_BYLINE = re.compile(r"^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w.]*(?: [A-ZĐ][\w.]*){0,4}$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    encoding = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    return nfc(raw.decode(encoding).replace("\r\n", "\n").replace("\r", "\n"))


def split_text(
    source: str, text: str
) -> tuple[str, str | None, tuple[str, ...], str | None] | None:
    """(title, lead, body, author) of a corpus text, or None if it has no clean headline."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    while lines and _RELATED_LINK.search(lines[-1]):
        lines.pop()
    if source in TITLE_OVERRIDES:
        title = TITLE_OVERRIDES[source]
        first = lines[0]
        rest = first[len(title) :].strip() if first.startswith(title) else first
        marker = _SOURCE_MARK.search(rest)
        rest = [rest[marker.end() :].strip() if marker else rest]
        lines = [title, *[r for r in rest if r], *lines[1:]]
    if len(lines) < 2:
        return None
    title, paras = lines[0], lines[1:]
    if len(title) > 160 or title.endswith((".", ":")) or len(title) < 12:
        return None
    author = None
    if len(paras) > 1 and len(paras[-1]) <= 30 and _BYLINE.match(paras[-1]):
        author = paras.pop()
    paras = [_SOURCE_PREFIX.sub("", p) for p in paras]
    lead, body = (paras[0], tuple(paras[1:])) if len(paras) > 1 else (paras[0], ())
    if len(lead) > 600:  # a whole article in one paragraph: no separate lead
        lead, body = None, (lead, *body)
    return title, lead, body, author


def text_id(source: str) -> str:
    return (
        ("vntc" if source.startswith("vntc/") else "baomoi")
        + "-"
        + hashlib.sha1(source.encode()).hexdigest()[:10]
    )


def keyword_hits(shared: Path) -> list[tuple[str, str, str]]:
    """(source, match, topic) for every row of both keyword-hit tables."""
    hits = []
    for folder, path_col, match_col, topic_col in (("vntc", 0, 3, 2), ("baomoi_tc201805", 0, 2, 1)):
        table = (shared / folder / "thads_keyword_hits.tsv").read_text(encoding="utf-8")
        for line in table.splitlines()[1:]:
            cols = line.split("\t")
            hits.append((f"{folder}/{cols[path_col]}", cols[match_col], cols[topic_col]))
    return hits


def select(shared: Path) -> list[CorpusText]:
    texts: list[CorpusText] = []
    hits = keyword_hits(shared)
    hit_sources = {h[0] for h in hits}
    for source, match, topic in hits:
        path = shared / source
        if not path.exists():
            continue
        raw = read_text(path)
        if match == "weak" and not any(cue in raw[:400].lower() for cue in WEAK_CUES):
            continue
        parts = split_text(source, raw)
        if parts is None:
            if match == "strong":
                raise SystemExit(f"{source}: strong hit without a clean headline; add a title")
            continue
        thads = match == "strong" and source not in NOT_THADS
        texts.append(_make(source, parts, thads, match, topic))
    rng = random.Random(SEED)
    for (origin, folder), quota in NEGATIVE_QUOTAS.items():
        texts.extend(_negatives(shared, origin, folder, quota, hit_sources, rng))
    return texts


def _negatives(shared, origin, folder, quota, exclude, rng) -> list[CorpusText]:  # noqa: ANN001
    if origin == "vntc":
        files = sorted(shared.glob(f"vntc/*/{folder}/*.txt"))
    else:
        files = sorted(shared.glob(f"baomoi_tc201805/corpus/{folder}/*.txt"))
    rng.shuffle(files)
    chosen: list[CorpusText] = []
    for path in files:
        source = path.relative_to(shared).as_posix()
        if source in exclude:
            continue
        raw = read_text(path)
        low = raw.lower()
        if "thi hành án" in low or "thads" in low or not 150 <= len(raw) <= 6000:
            continue
        parts = split_text(source, raw)
        if parts is None or (origin == "vntc" and not parts[2]):
            continue
        chosen.append(_make(source, parts, False, "negative", folder))
        if len(chosen) == quota:
            break
    return chosen


def _make(source: str, parts, thads: bool, kind: str, topic: str) -> CorpusText:  # noqa: ANN001
    title, lead, body, author = parts
    origin = "vntc" if source.startswith("vntc/") else "baomoi"
    return CorpusText(
        text_id(source), origin, source, title, lead, body, author, thads, kind, topic
    )


def write(texts: list[CorpusText], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for text in sorted(texts, key=lambda t: t.id):
            fh.write(to_json(text) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    texts = select(args.shared)
    write(texts, args.out)
    kinds = {k: sum(t.kind == k for t in texts) for k in ("strong", "weak", "negative")}
    print(f"{len(texts)} texts ({kinds}, thads={sum(t.thads for t in texts)}) -> {args.out}")


if __name__ == "__main__":
    main()
