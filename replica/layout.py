"""Where each corpus text appears in the replica: outlet, URL, section, synthetic date, syndication.

Everything is derived deterministically from the corpus ids (SHA-1 based), so a rebuild gives the
same placements. Dates are synthetic, spread over the 7 days before :data:`replica.dates.ANCHOR`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from crawlers.registry import OutletSpec
from replica.corpus import CorpusText
from replica.dates import ANCHOR, VN_TZ

# Lead prefixes ("intro line") as the outlets print them.
PREFIXES = {
    "baophapluat": "(PLVN) - ",
    "tienphong": "TPO - ",
    "plo": "(PLO)- ",
    "dantri": "(Dân trí) - ",
    "nld": "(NLĐO) - ",
    "vov": "VOV.VN - ",
    "baochinhphu": "(Chinhphu.vn) - ",
    "baotintuc": "(Baotintuc.vn) - ",
    "cand": "(CAND) - ",
    "laodong": "(LĐO) - ",
}
# Outlets that receive some of the real THADS stories besides baophapluat, in rotation.
THADS_ROTATION = (
    "thads",
    "plo",
    "tuoitre",
    "thads",
    "vnexpress",
    "dantri",
    "moj",
    "nld",
    "laodong",
    "baochinhphu",
)
SYNDICATION_ROTATION = (
    "plo",
    "tienphong",
    "vietnamnet",
    "dantri",
    "baotintuc",
    "nhandan",
    "znews",
    "tuoitre",
)
SYNDICATED_GROUPS = 6
NEGATIVE_SKIP = frozenset({"moj", "thads"})
DATE_ONLY = frozenset({"thads"})  # outlets whose pages show "dd/MM/yyyy" and no time anywhere
SYNDICATED_TITLES = ("{t}", "Theo dõi: {t}", "{t} (cập nhật)")


@dataclass(frozen=True)
class Placement:
    """One rendered article page."""

    outlet: str
    text: CorpusText
    url: str  # canonical URL
    title: str
    lead: str | None  # as shown, with the outlet's prefix
    body: tuple[str, ...]
    author: str | None
    published: datetime
    section: str  # the section listing URL it appears in ("" for none)
    group: str | None  # syndication group (the corpus id of the story) or None

    @property
    def path(self) -> str:
        return self.url.split("/", 3)[3]


def digest(*parts: str) -> int:
    return int(hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest(), 16)


def slugify(title: str, max_words: int = 20) -> str:
    text = title.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words]) or "bai-viet"


def published_at(outlet: str, text_id: str, delay_hours: int = 0) -> datetime:
    h = digest(outlet, text_id)
    start = datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day, tzinfo=VN_TZ) - timedelta(days=7)
    moment = start + timedelta(days=h % 7, minutes=6 * 60 + (h // 7) % (16 * 60))
    moment += timedelta(hours=delay_hours)
    last = start + timedelta(days=7, minutes=-1)
    return min(moment, last)


def article_url(spec: OutletSpec, title: str, when: datetime, key: str, section: str) -> str:
    """A URL in the outlet's real style (it matches ``spec.article_pattern``)."""
    slug, n = slugify(title), digest(spec.name, key)
    stamp = f"{when:%Y%m%d%H%M%S}{n % 1000:03d}"
    short = f"{when:%y%m%d%H%M%S}{n % 1000:03d}"
    host = f"https://{spec.host}"
    sec = section.rstrip("/").rsplit("/", 1)[-1].split(".")[0] if section else "tin-tuc"
    styles = {
        "baophapluat": f"{host}/{slug}-post{500000 + n % 99999}.html",
        "vnexpress": f"{host}/{slug}-{5100000 + n % 99999}.html",
        "tuoitre": f"{host}/{slug}-{stamp}.htm",
        "thanhnien": f"{host}/{slug}-185{short}.htm",
        "dantri": f"{host}/{sec}/{slug}-{stamp}.htm",
        "vietnamnet": f"{host}/{slug}-{2300000 + n % 99999}.html",
        "nld": f"{host}/{sec}/{slug}-{stamp}.htm",
        "tienphong": f"{host}/{slug}-post{1880000 + n % 99999}.tpo",
        "laodong": f"{host}/{sec}/{slug}-{1500000 + n % 99999}.ldo",
        "cand": f"{host}/{sec}/{slug}-i{700000 + n % 99999}/",
        "vov": f"{host}/{sec}/{slug}-post{1200000 + n % 99999}.vov",
        "vtv": f"{host}/{sec}/{slug}-{stamp}.htm",
        "znews": f"{host}/{slug}-post{1600000 + n % 99999}.html",
        "plo": f"{host}/{slug}-post{900000 + n % 99999}.html",
        "baochinhphu": f"{host}/{slug}-102{short}.htm",
        "baotintuc": f"{host}/{sec}/{slug}-{stamp}.htm",
        "nhandan": f"{host}/{slug}-post{990000 + n % 9999}.html",
        "cafef": f"{host}/{slug}-188{short}.chn",
        "genk": f"{host}/{slug}-165{short}.chn",
        "moj": f"{host}/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?ItemID={40000 + n % 9999}",
    }
    if spec.name == "thads":
        listing = "TuThucTien" if "TuThucTien" in section else "ThongTinChung"
        return f"{host}/noidung/tintuc/Lists/{listing}/View_Detail.aspx?ItemID={3000 + n % 4999}"
    if spec.name == "baophapluat" and n % 5 == 0 and len(slug.split("-")) >= 6:
        return f"{host}/{slug}.html"  # the id-less 2026 style
    return styles.get(spec.name, f"{host}/{slug}-post{n % 999999}.html")


def plan(texts: list[CorpusText], specs: list[OutletSpec]) -> list[Placement]:
    """Placements of all texts on the outlets (each text once, syndicated stories 2-3 times)."""
    by_name = {s.name: s for s in specs}
    ordered = sorted(texts, key=lambda t: digest("order", t.id))
    assignments: list[tuple[str, CorpusText, str | None, int]] = []
    thads = [t for t in ordered if t.thads]
    groups = 0
    for i, text in enumerate(thads):
        home = THADS_ROTATION[(i // 3) % len(THADS_ROTATION)] if i % 3 == 2 else "baophapluat"
        group = text.id if groups < SYNDICATED_GROUPS and i % 3 != 2 and text.body else None
        assignments.append((home, text, group, 0))
        if group:
            groups += 1
            for k in (1, 2)[: 1 + groups % 2]:
                other = SYNDICATION_ROTATION[(i + k * 3) % len(SYNDICATION_ROTATION)]
                assignments.append((other, text, group, k))
    news = [s.name for s in specs if s.name not in NEGATIVE_SKIP]
    weighted = ["baophapluat", *news]
    for i, text in enumerate(t for t in ordered if not t.thads):
        if text.kind == "strong" and i % 2 == 0:
            outlet = "moj"
        elif text.topic == "The thao" and i % 3 == 0:
            outlet = "thads"  # even the agency site carries unrelated staff news: a sport item
        else:
            outlet = weighted[i % len(weighted)]
        assignments.append((outlet, text, None, 0))
    return [_place(by_name[o], t, g, k) for o, t, g, k in assignments if o in by_name]


def _place(spec: OutletSpec, text: CorpusText, group: str | None, copy: int) -> Placement:
    title = SYNDICATED_TITLES[copy].format(t=text.title)
    when = published_at(spec.name, text.id, delay_hours=3 * copy)
    if spec.name in DATE_ONLY:  # the page shows no time: the truth is the date alone
        when = when.replace(hour=0, minute=0)
    sections = spec.sections
    if spec.name == "baophapluat":
        section = _baophapluat_section(spec, text)
    elif spec.name == "thads":
        section = sections[1] if digest(text.id) % 3 == 0 else sections[0]
    else:
        section = sections[digest(spec.name, text.id) % len(sections)] if sections else ""
    lead, body = text.lead, text.body
    if not body:  # a headline + lead item: the page has no sapo, the lead is the whole body
        lead, body = None, (text.lead or "",)
    prefix = PREFIXES.get(spec.name, "")
    if lead and prefix:
        lead = prefix + lead
    url = article_url(spec, title, when, f"{text.id}/{copy}", section)
    return Placement(spec.name, text, url, title, lead, body, text.author, when, section, group)


def _baophapluat_section(spec: OutletSpec, text: CorpusText) -> str:
    by_path = {s.rstrip("/").rsplit("/", 1)[-1]: s for s in spec.sections}
    if text.thads:
        return by_path["ban-doc"] if digest("bandoc", text.id) % 3 == 0 else by_path["thi-hanh-an"]
    if text.topic in {"Kinh doanh", "kinh doanh va cong nghiep", "tai chinh", "bat dong san"}:
        return by_path["kinh-te"]
    if text.topic in {"Phap luat", "chinh tri va phap luat"}:
        return by_path["phap-luat"] if digest("pl", text.id) % 4 else by_path["tu-phap"]
    return by_path["tu-phap"] if digest("tp", text.id) % 2 else by_path["ban-doc"]
