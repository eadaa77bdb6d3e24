"""Developer tool: assemble the labelled THADS corpus ``classifier/data/labelled.jsonl``.

This is the only code of the project that reads the shared research folder (``shared/data/external``
and ``shared/domain/provinces.json``); the product and its tests read only the committed output.
Run it by hand after changing ``hand_labels.tsv`` or ``written.jsonl``::

    .venv/bin/python -m classifier.corpus_import --shared /work/shared

What it writes (see ``classifier/data/CARD.md``):

* every keyword hit of ``vntc`` / ``baomoi_tc201805`` that is present in the shared copy, with the
  decision read by hand from ``hand_labels.tsv`` (a hit without a hand label stops the run);
* every other text of those copies that contains a THADS cue word (:data:`CUE_WORDS`: "kê biên",
  "cưỡng chế", "án phí", "thừa phát lại", ...), read by hand too, from ``cue_labels.tsv`` (a
  cue-word text without a label stops the run);
* hand-labelled ``vfnd`` articles (listed in ``hand_labels.tsv``);
* topic negatives chosen with a fixed seed (``labelled_by = "rule:topic-negative"``), after
  dropping every text that contains a THADS cue word (those need reading, not a rule);
* the written examples of ``written.jsonl``;
* ``provinces.txt``: the official names of the 34 provinces/cities allowed in ``province``.

The output is sorted by id and byte-for-byte reproducible from the same inputs.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from classifier.corpus_labels import CorpusError, HandLabel, load_hand_labels
from classifier.corpus_sources import SourceText, read_baomoi, read_vfnd, read_vntc
from text.normalize import clean_text

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 20250701
MAX_TEXT_CHARS = 6000

# Texts containing any of these are never bulk negatives: they must be read (the keyword hits,
# and the cue-word reads of ``cue_labels.tsv``). "án phí" must end there ("án phía" is not it).
CUE_WORDS = re.compile(
    r"thi hành án|thads|chấp hành viên|thẩm tra viên|kê biên|cưỡng chế|thừa phát lại|phát mại"
    r"|án phí\b",
    re.IGNORECASE,
)

# (origin, folder below the corpus root, how many to draw) for the topic negatives.
VNTC_OTHER_TOPICS = (
    "Chinh tri Xa hoi",
    "Doi song",
    "Khoa hoc",
    "Kinh doanh",
    "Suc khoe",
    "The gioi",
    "The thao",
    "Van hoa",
    "Vi tinh",
)
QUOTAS = {
    "vntc:Phap luat": 900,
    "vntc:other": 630,  # 70 per other topic
    "baomoi:chinh tri va phap luat": 900,
    "baomoi:other": 480,
}
OVERDRAW = 1.6  # draw this many times the quota, then drop texts with cue words
# baomoi folders that hold Facebook posts, not news items (see its SOURCE.md): never used.
BAOMOI_NOT_NEWS = ("lam dep và the hinh", "sach va van hoc", "so thich", "thu cung va dong vat")


@dataclass(frozen=True)
class Example:
    id: str
    origin: str
    source_file: str
    title: str
    lead: str
    text: str
    length: str
    relevant: bool
    label: str | None
    province: str | None
    confidence: str
    reason: str
    labelled_by: str
    hard_negative: bool


def province_names(provinces_json: Path) -> dict[str, str]:
    """Short name -> official name of the 34 provinces/cities (e.g. 'Hồ Chí Minh')."""
    data = json.loads(provinces_json.read_text(encoding="utf-8"))
    return {p["short_name"]: p["official_name"] for p in data["provinces"]}


def truncate(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters at a paragraph (else word) boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip()


def to_example(
    src: SourceText,
    *,
    relevant: bool,
    label: str | None,
    province: str | None,
    confidence: str,
    reason: str,
    labelled_by: str,
    hard_negative: bool,
) -> Example:
    return Example(
        id=src.id,
        origin=src.origin,
        source_file=src.source_file,
        title=clean_text(src.title, paragraphs=False),
        lead=clean_text(src.lead, paragraphs=False),
        text=truncate(clean_text(src.text)),
        length=src.length,
        relevant=relevant,
        label=label,
        province=province,
        confidence=confidence,
        reason=reason,
        labelled_by=labelled_by,
        hard_negative=hard_negative,
    )


def hit_paths(corpus: Path) -> list[str]:
    """Paths listed in a corpus's ``thads_keyword_hits.tsv`` that exist in the copy."""
    with (corpus / "thads_keyword_hits.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [r["path"] for r in rows if (corpus / r["path"]).is_file()]


def cue_word_texts(ext: Path, skip: set[str]) -> list[SourceText]:
    """Every vntc / baomoi text of the shared copy that contains a :data:`CUE_WORDS` word and
    whose id is not in ``skip`` (the keyword hits), sorted by id."""
    found = []
    for root, read in ((ext / "vntc", read_vntc), (ext / "baomoi_tc201805", read_baomoi)):
        for path in sorted(root.rglob("*.txt")):
            src = read(root, path.relative_to(root).as_posix())
            if src.id not in skip and CUE_WORDS.search(f"{src.title}\n{src.lead}\n{src.text}"):
                found.append(src)
    return sorted(found, key=lambda s: s.id)


def _hand_example(
    src: SourceText, hand: HandLabel, names: dict[str, str], labelled_by: str
) -> Example:
    if hand.province is not None and hand.province not in names:
        raise CorpusError(f"{src.id}: unknown province {hand.province!r}")
    return to_example(
        src,
        relevant=hand.relevant,
        label=hand.label,
        province=names[hand.province] if hand.province else None,
        confidence=hand.confidence,
        reason=hand.reason,
        labelled_by=labelled_by,
        hard_negative=not hand.relevant,
    )


def cue_word_reads(
    ext: Path, labels: dict[str, HandLabel], names: dict[str, str], skip: set[str]
) -> Iterator[Example]:
    """Every cue-word text that is not a keyword hit, with its label from ``cue_labels.tsv``."""
    texts = cue_word_texts(ext, skip)
    unread = [s.id for s in texts if s.id not in labels]
    if unread:
        raise CorpusError(
            f"{len(unread)} cue-word text(s) without a label in cue_labels.tsv, e.g. {unread[0]}"
        )
    stale = set(labels) - {s.id for s in texts}
    if stale:
        raise CorpusError(f"cue_labels.tsv labels a text with no cue word: {sorted(stale)[0]}")
    for src in texts:
        yield _hand_example(src, labels[src.id], names, "hand:engineer-H")


def labelled_hits(
    ext: Path, labels: dict[str, HandLabel], names: dict[str, str]
) -> Iterator[Example]:
    """Every keyword hit and every hand-labelled vfnd article, with its hand label."""
    sources: list[SourceText] = [read_vntc(ext / "vntc", p) for p in hit_paths(ext / "vntc")]
    sources += [read_baomoi(ext / "baomoi_tc201805", p) for p in hit_paths(ext / "baomoi_tc201805")]
    sources += [
        read_vfnd(ext / "vfnd", k.split(":", 1)[1]) for k in labels if k.startswith("vfnd:")
    ]
    for src in sources:
        hand = labels.get(src.id)
        if hand is None:
            raise CorpusError(f"keyword hit without a hand label: {src.id}")
        yield _hand_example(src, hand, names, "hand:engineer-G")


def _draw(paths: Iterable[str], k: int, rng: random.Random) -> list[str]:
    pool = sorted(paths)
    return rng.sample(pool, min(k, len(pool)))


def _negative(src: SourceText, why: str) -> Example:
    return to_example(
        src,
        relevant=False,
        label=None,
        province=None,
        confidence="high",
        reason=why,
        labelled_by="rule:topic-negative",
        hard_negative=False,
    )


def topic_negatives(ext: Path, exclude: set[str]) -> Iterator[Example]:
    """Seeded draw of topic negatives without any THADS cue word."""
    rng = random.Random(SEED)
    vntc, baomoi = ext / "vntc", ext / "baomoi_tc201805"

    def files(root: Path, pattern: str) -> list[str]:
        return [p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_file()]

    def clean(srcs: Iterable[SourceText]) -> list[SourceText]:
        return [
            s
            for s in srcs
            if s.id not in exclude
            and s.text.strip()
            and not CUE_WORDS.search(f"{s.title}\n{s.lead}\n{s.text}")
        ]

    plan: list[tuple[list[SourceText], int, str]] = []
    law = _draw(files(vntc, "*/Phap luat/*.txt"), int(QUOTAS["vntc:Phap luat"] * OVERDRAW), rng)
    plan.append(
        (
            [read_vntc(vntc, p) for p in law],
            QUOTAS["vntc:Phap luat"],
            "vntc law/crime topic, no THADS cue word (hard-ish negative)",
        )
    )
    per_topic = QUOTAS["vntc:other"] // len(VNTC_OTHER_TOPICS)
    for topic in VNTC_OTHER_TOPICS:
        got = _draw(files(vntc, f"*/{topic}/*.txt"), int(per_topic * OVERDRAW), rng)
        plan.append(
            (
                [read_vntc(vntc, p) for p in got],
                per_topic,
                f"vntc topic '{topic}', no THADS cue word",
            )
        )
    law_b = _draw(
        files(baomoi, "corpus/chinh tri va phap luat/*.txt"),
        int(QUOTAS["baomoi:chinh tri va phap luat"] * OVERDRAW),
        rng,
    )
    plan.append(
        (
            [read_baomoi(baomoi, p) for p in law_b],
            QUOTAS["baomoi:chinh tri va phap luat"],
            "baomoi law/politics category, no THADS cue word (hard-ish negative)",
        )
    )
    others = [
        p
        for p in files(baomoi, "corpus/*/*.txt")
        if p.split("/")[1] not in ("chinh tri va phap luat", *BAOMOI_NOT_NEWS)
    ]
    got_b = _draw(others, int(QUOTAS["baomoi:other"] * OVERDRAW), rng)
    plan.append(
        (
            [read_baomoi(baomoi, p) for p in got_b],
            QUOTAS["baomoi:other"],
            "baomoi other category, no THADS cue word",
        )
    )
    vfnd_files = files(ext / "vfnd", "Dataset/*/Article_Contents/*.json")
    plan.append(
        (
            [read_vfnd(ext / "vfnd", p) for p in sorted(vfnd_files)],
            len(vfnd_files),
            "vfnd news article (real or fake news), no THADS cue word",
        )
    )
    for srcs, quota, why in plan:
        for src in clean(srcs)[:quota]:
            yield _negative(src, why)


def load_written(path: Path, names: dict[str, str]) -> list[Example]:
    """Written examples (already in the output schema); provinces given as short names."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        prov = row.get("province")
        if prov is not None and prov not in names:
            raise CorpusError(f"{path.name}:{n}: unknown province {prov!r}")
        row["province"] = names[prov] if prov else None
        row["text"] = clean_text(row["text"])
        out.append(Example(**row))
    return out


def build(shared: Path, data_dir: Path = DATA_DIR) -> list[Example]:
    ext = shared / "data" / "external"
    names = province_names(shared / "domain" / "provinces.json")
    labels = load_hand_labels(data_dir / "hand_labels.tsv")
    hits = list(labelled_hits(ext, labels, names))
    hits += cue_word_reads(
        ext, load_hand_labels(data_dir / "cue_labels.tsv"), names, {e.id for e in hits}
    )
    negatives = list(topic_negatives(ext, {e.id for e in hits}))
    written = load_written(data_dir / "written.jsonl", names)
    examples = sorted({e.id: e for e in hits + negatives + written}.values(), key=lambda e: e.id)
    if len(examples) != len(hits) + len(negatives) + len(written):
        raise CorpusError("the same id was produced twice")
    return examples


def write_jsonl(examples: Iterable[Example], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for e in examples:
            fh.write(json.dumps(asdict(e), ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared research folder")
    ap.add_argument("--out", type=Path, default=DATA_DIR / "labelled.jsonl")
    args = ap.parse_args(argv)
    try:
        examples = build(args.shared)
    except (CorpusError, OSError, ValueError) as exc:
        print(f"corpus_import: {exc}", file=sys.stderr)
        return 1
    write_jsonl(examples, args.out)
    names = province_names(args.shared / "domain" / "provinces.json")
    (args.out.parent / "provinces.txt").write_text(
        "\n".join(names.values()) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(examples)} examples to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
