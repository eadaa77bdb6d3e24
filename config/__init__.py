"""The one settings object of Điểm tin THADS.

Every setting is declared exactly once, below, as a field of :class:`Settings` with its default and
help text. Values come from (lowest to highest precedence): the defaults, an optional TOML file
named
by ``DIEMTIN_CONFIG`` (keys are the field names), and ``DIEMTIN_<NAME>`` environment variables.
The loaded object is passed down explicitly; nothing reads the environment behind its back.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, get_type_hints

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTLETS_FILE = PACKAGE_ROOT / "crawlers" / "outlets.toml"


class ConfigError(Exception):
    """A setting is missing, malformed or contradictory. Stops a run with a non-zero exit."""


def _s(default: Any, help: str) -> Any:  # noqa: A002 - "help" is the natural name here
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    # --- storage ---------------------------------------------------------------------------------
    data_dir: str = _s("var", "Folder for the SQLite database, logs, outbox and other local state.")
    database_url: str = _s(
        "",
        "SQLAlchemy URL of the database. Empty means SQLite at <data_dir>/diemtin.sqlite3. "
        "PostgreSQL: postgresql+psycopg://user@host/dbname.",
    )
    # --- crawl -----------------------------------------------------------------------------------
    outlets_file: str = _s(
        str(DEFAULT_OUTLETS_FILE), "Outlet registry (TOML) crawled by default; see README."
    )
    user_agent: str = _s(
        "DiemTinTHADS/0.1 (+https://baophapluat.vn/; press monitoring for Cuc Quan ly THADS)",
        "User-Agent sent with every request; identifies the crawler to outlets.",
    )
    obey_robots: bool = _s(True, "Obey robots.txt of every outlet.")
    concurrent_requests: int = _s(16, "Maximum concurrent requests of one crawl.")
    concurrent_requests_per_domain: int = _s(2, "Maximum concurrent requests per outlet host.")
    download_delay: float = _s(0.5, "Minimum delay in seconds between requests to one host.")
    autothrottle: bool = _s(True, "Adapt the delay to each host's response times (AutoThrottle).")
    download_timeout: int = _s(30, "Seconds before a request is abandoned as timed out.")
    retry_times: int = _s(3, "Retries of a failed request (5xx, timeouts), with backoff.")
    retry_backoff_base: float = _s(
        1.0, "Backoff before the first retry in seconds; doubles each time."
    )
    max_page_bytes: int = _s(5_000_000, "Largest response accepted; bigger ones are abandoned.")
    listing_depth: int = _s(2, "How many pages of a section's pagination are followed.")
    max_articles: int = _s(0, "Stop after this many new articles per crawl (0 = no limit).")
    offline_replica_url: str = _s(
        "",
        "If set (http://host:port), every outlet request is routed to this replica server, which "
        "answers by Host header. Used by `diemtin crawl --offline` and the tests.",
    )
    sitemap_max_age_days: int = _s(
        3, "Sitemap entries older than this many days (by lastmod / news date) are not followed."
    )
    scheduler: str = _s(
        "scrapy.core.scheduler.Scheduler",
        "Scrapy scheduler class (replaceable, e.g. scrapy_redis.scheduler.Scheduler for several "
        "crawler processes on several machines).",
    )
    dupefilter: str = _s(
        "scrapy.dupefilters.RFPDupeFilter",
        "Scrapy duplicate-request filter class (replaceable together with the scheduler).",
    )
    near_duplicate_bits: int = _s(
        10,
        "Largest SimHash Hamming distance at which two bodies count as the same story "
        "(measured on VNTC news: 89% of syndicated copies within 10; unrelated articles 14+).",
    )
    extract_workers: int = _s(
        1,
        "Worker processes that extract article pages beside the crawl process (0: extract in the "
        "crawl process itself). One keeps two cores busy.",
    )
    min_body_chars: int = _s(
        200, "Bodies shorter than this fall through to the next extraction route."
    )
    log_level: str = _s(
        "INFO", "Logging level of crawls and commands (DEBUG, INFO, WARNING, ERROR)."
    )
    model_file: str = _s(
        "",
        "The classifier artifact. Empty means <data_dir>/models/classifier.joblib; `diemtin "
        "classifier train` writes it, and a command that needs it trains it first when it is "
        "missing.",
    )
    training_corpus: str = _s(
        "",
        "Labelled corpus (JSONL, the schema of classifier/data/CARD.md) that `classifier train` "
        "learns from, with every stored relabel. Empty means the bundled "
        "classifier/data/labelled.jsonl.",
    )
    classify_on_crawl: bool = _s(
        True, "Classify every new article as the crawl stores it (else: `diemtin classify --db`)."
    )
    # --- documents -------------------------------------------------------------------------------
    parent_body: str = _s(
        "Bộ Tư pháp",
        "Cơ quan chủ quản printed above the issuing body in document headers (ND 30/2020, "
        "Phụ lục I); upper-cased when printed.",
    )
    issuing_body: str = _s(
        "Cục Quản lý Thi hành án dân sự",
        "The body that issues letters and reports; printed in bold capitals in the header and "
        "as written here inside sentences.",
    )
    issuer_code: str = _s(
        "CQLTHADS",
        "Abbreviation of the issuing body in document numbers ({co_quan}). [GAP] The post-2025 "
        "code is not confirmed; the 2026 cooperation regulation is numbered …/QCPH-CQLTHADS-BPLVN.",
    )
    drafting_unit_code: str = _s(
        "VP",
        "Abbreviation of the drafting unit in document numbers ({don_vi}); VP = Văn phòng Cục.",
    )
    letter_number_pattern: str = _s(
        "{so}/{co_quan}-{don_vi}",
        "Số/ký hiệu of letters (công văn): placeholders {so} (number, dotted blank until the văn "
        "thư assigns it), {loai} (kind code, CV), {co_quan} (issuer_code), {don_vi} "
        "(drafting_unit_code). ND 30: a công văn has no kind code, e.g. 3769/BTP-TCTHADS.",
    )
    report_number_pattern: str = _s(
        "{so}/{loai}-{co_quan}",
        "Số/ký hiệu of periodic reports, same placeholders ({loai} is BC), e.g. 15/BC-BTP.",
    )
    document_place: str = _s("Hà Nội", "Place name of the date line (địa danh).")
    signer_authority: str = _s(
        "KT.",
        "How the signer signs (ND 30): 'KT.' (ký thay the head), 'TL.' (thừa lệnh), 'TM.' "
        "(thay mặt a collective), 'Q.' (quyền) or empty when the head signs.",
    )
    signer_head_title: str = _s(
        "Cục trưởng",
        "Title of the head for whom the signer signs (after KT./TL./Q.); ignored when "
        "signer_authority is empty.",
    )
    signer_title: str = _s(
        "Phó Cục trưởng",
        "Title of the person who signs (printed in bold capitals). With an empty "
        "signer_authority this is the head's title.",
    )
    signer_name: str = _s(
        "", "Full name of the signer (bold); empty leaves the line blank to fill in by hand."
    )
    letter_recipients: str = _s(
        "Cục trưởng (để báo cáo);Báo Pháp luật Việt Nam (để phối hợp)",
        "Nơi nhận of letters after '- Như trên;', separated by ';'.",
    )
    report_recipients: str = _s(
        "Lãnh đạo Bộ Tư pháp (để báo cáo);Cục trưởng (để báo cáo);Báo Pháp luật Việt Nam",
        "Nơi nhận of periodic reports, separated by ';'.",
    )
    archive_units: str = _s("VT, VP", "The '- Lưu:' line of nơi nhận (văn thư, drafting unit).")
    focal_contact: str = _s(
        "",
        "Default focal contact printed in letters (name, phone, e-mail of the person in charge "
        "at the Văn phòng); empty omits the line unless the letter names one.",
    )
    legal_basis_file: str = _s(
        "",
        "TOML table of the press-law regimes cited by correction requests, chosen by the "
        "article's publication date. Empty means the bundled documents/data/legal_basis.toml "
        "(Luật Báo chí 2016 Điều 42 before 2026-07-01, Luật Báo chí 2025 from then).",
    )
    press_law_2025_citation: str = _s(
        "Luật Báo chí năm 2025 (các quy định về cải chính, xin lỗi trên báo chí)",
        "How correction requests cite the 2025 press law (in force 2026-07-01). [GAP] The "
        "article number was not verified against the official text: check it on vbpl.vn before "
        "writing one here (e.g. 'Điều … Luật Báo chí số …/2025/QH15').",
    )
    # --- workflow ----------------------------------------------------------------------------
    auto_open_cases: bool = _s(
        True,
        "Open a `detected` case (actor system) for a story the classifier marks action_needed "
        "with high confidence, once per story, after every crawl and `classify --db`. Practice: "
        "the issue asks for it as a setting (NOTES.md §2.6, state detected).",
    )
    auto_open_min_score: float = _s(
        0.5,
        "Confidence needed to open a case automatically: P(relevant) × P(needs_correction or "
        "inaccurate) of the article's current classification, 0..1; 0.5: action more likely than "
        "not (the bundled model's calibrated four-label probabilities are modest; a label a "
        "rule signal decided counts at least 0.9). Practice (cfg): "
        "lower opens more cases to dismiss, higher leaves more to the digest readers.",
    )
    auto_open_max_age_days: int = _s(
        14,
        "Only articles published (or, undated, fetched) within this many days open cases "
        "automatically, so that re-classifying the archive does not open old stories. Practice.",
    )
    crisis_min_outlets: int = _s(
        3,
        "A story is a media crisis (khủng hoảng truyền thông, Quy chế phối hợp 2026 Điều 4.4, "
        "5.2.a) when this many outlets carry it as action_needed within crisis_window_hours; its "
        "case becomes urgent. 0 turns crisis detection off. Practice (cfg).",
    )
    crisis_window_hours: int = _s(
        24,
        "The window of crisis_min_outlets, in hours back from each check. Practice, matching the "
        "24 h initial-information rule (ND 09/2017, QĐ 27/QĐ-BTP Điều 5.1.a).",
    )
    case_attachment_max_mb: int = _s(
        25, "Largest file accepted as a case attachment, in MB. Practice (common mail limit)."
    )
    # --- deadlines -------------------------------------------------------------------------------
    # Normal cases: working days a case may stay in a state (workflow/deadlines.py; 0 = the same
    # working day). Urgent cases: clock hours, nights, weekends and holidays included. Bases from
    # shared NOTES.md §2.3-2.6: only the 24 h of initial information is law; the rest is practice.
    office_close_time: str = _s(
        "17:00",
        "Local time (HH:MM, Asia/Ho_Chi_Minh) at which a working day ends: a deadline of n working "
        "days falls at this time, and work that arrives at or after it (or on a day off) counts "
        "from the next working day. Practice: the usual closing time of state offices.",
    )
    holiday_calendar_file: str = _s(
        "",
        "TOML calendar of public holidays and make-up working days (schema in the header of "
        "workflow/data/holidays_vn.toml). Empty means the bundled one: Bộ luật Lao động 2019 "
        "Điều 111-112, official schedules 2025-2026, later years computed with a warning.",
    )
    deadline_reminder_working_days: int = _s(
        1, "Deadline reminders go out this many working days before the deadline (issue 4)."
    )
    deadline_detected_days: int = _s(
        0,
        "Working days to triage a detected case; 0 = by closing time the same working day. "
        "Practice (NOTES.md §2.6: the same day, before the digest is sent).",
    )
    deadline_triaged_days: int = _s(
        1,
        "Working days from triage to notifying the local THADS office (letter or e-mail). "
        "Practice (NOTES.md §2.6: at most 1 working day; ND 09/2017 form 6, QĐ 27/QĐ-BTP).",
    )
    deadline_notified_local_days: int = _s(
        1, "Working days for the notified local office to take the case up. Practice (cfg)."
    )
    deadline_local_verifying_days: int = _s(
        3,
        "Working days for the local office's written report with documents. Practice (NOTES.md "
        "§2.6: 2-3 working days; the ND 09/2017 Điều 11 figure is not verified).",
    )
    deadline_drafting_days: int = _s(
        2, "Working days to draft the reply or correction request. Practice (NOTES.md §2.6: 1-2)."
    )
    deadline_wg_review_days: int = _s(
        1,
        "Working days for the Tổ công tác's approval. Practice (NOTES.md §2.6; the cooperation "
        "regulation sets no figure).",
    )
    deadline_correction_requested_days: int = _s(
        5,
        "Working days the outlet is watched for a correction after the request. Practice "
        "(NOTES.md §2.6: e.g. 5; the timing of Luật Báo chí 2016 Điều 42 is not verified).",
    )
    deadline_outlet_responded_days: int = _s(
        2, "Working days to assess the outlet's response and close or escalate. Practice (cfg)."
    )
    deadline_accurate_after_verification_days: int = _s(
        20,
        "Working days for the local office to remedy and report when the press was right. "
        "Practice (NOTES.md §2.5: about a month from conclusion to report in the Bầu Kiên case).",
    )
    deadline_escalated_days: int = _s(
        10, "Working days to follow up a complaint to the outlet's governing body. Practice (cfg)."
    )
    urgent_detected_hours: int = _s(4, "Urgent cases: hours to triage. Practice (cfg).")
    urgent_triaged_hours: int = _s(
        4, "Urgent cases: hours from triage to notifying the local office. Practice (cfg)."
    )
    urgent_notified_local_hours: int = _s(
        2, "Urgent cases: hours for the local office to take the case up. Practice (cfg)."
    )
    urgent_first_information_hours: int = _s(
        24,
        "Urgent cases: hours for the local office's initial information (local_verifying). Law: "
        "ND 09/2017/NĐ-CP and QĐ 27/QĐ-BTP Điều 5.1.a (initial information within 24 hours).",
    )
    urgent_drafting_hours: int = _s(8, "Urgent cases: hours to draft. Practice (cfg).")
    urgent_wg_review_hours: int = _s(
        4, "Urgent cases: hours for the Tổ công tác's approval. Practice (cfg)."
    )
    urgent_correction_requested_hours: int = _s(
        24,
        "Urgent cases: hours the outlet is watched after the request. Practice: an e-newspaper "
        "must remove false content immediately (Luật Báo chí 2016 Điều 42), read as the same day.",
    )
    urgent_outlet_responded_hours: int = _s(
        8, "Urgent cases: hours to assess the outlet's response. Practice (cfg)."
    )
    # --- digest ----------------------------------------------------------------------------------
    digest_start_time: str = _s(
        "07:00",
        "Local time (HH:MM) at which a digest's coverage window ends and the previous one's began: "
        "the digest of day D covers D-1 at this time up to D at this time.",
    )
    digest_timezone: str = _s("Asia/Ho_Chi_Minh", "Time zone of the digest window and its dates.")
    digest_monday_covers_weekend: bool = _s(
        True, "Monday's digest covers the weekend: from Friday at the start time up to Monday."
    )
    digest_issuing_unit: str = _s(
        "Cục Quản lý Thi hành án dân sự – Bộ Tư pháp",
        "The unit that issues the digest, printed in its header and signature.",
    )
    digest_to: str = _s(
        "", "Recipients (To) of the daily digest, comma-separated (Name <address> allowed)."
    )
    digest_cc: str = _s("", "Recipients (Cc) of the daily digest, comma-separated.")
    digest_bcc: str = _s("", "Hidden recipients (Bcc) of the daily digest, comma-separated.")
    digest_related_context: bool = _s(
        False,
        "Add the section of related context that is not THADS (courts, criminal enforcement, "
        "Ministry of Justice news) to the digest.",
    )
    web_base_url: str = _s(
        "http://localhost:8000",
        "Base URL of the web app; the digest links items to <base>/articles/<id> and cases to "
        "<base>/cases/<id>.",
    )
    alert_to: str = _s(
        "",
        "Recipients of urgent alerts (an article assessed inaccurate with high confidence), "
        "comma-separated. Empty: alerts go to the digest's To list.",
    )
    alert_min_confidence: float = _s(
        0.8,
        "An article assessed inaccurate triggers an urgent alert when both its relevance score and "
        "its label confidence reach this value (0..1).",
    )
    # --- web app -------------------------------------------------------------------------------
    web_secret_key: str = _s(
        "",
        "Secret (at least 32 characters) that signs the web app's session cookies. Empty means a "
        "random one generated on first start and kept in <data_dir>/web_secret_key (mode 0600); "
        "every process sharing the data folder uses it.",
    )
    web_host: str = _s("127.0.0.1", "Address `diemtin serve` listens on.")
    web_port: int = _s(8000, "Port `diemtin serve` listens on.")
    web_threads: int = _s(8, "Worker threads of `diemtin serve` (requests served at once).")
    web_behind_tls: bool = _s(
        False,
        "The app is reached over HTTPS (through a TLS-terminating proxy): session cookies are "
        "marked Secure and browsers are told to use HTTPS only (HSTS).",
    )
    web_proxy_count: int = _s(
        0,
        "Number of reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host headers "
        "are trusted (0: none; the headers are ignored). The client address of the login rate "
        "limit comes from them.",
    )
    web_session_idle_minutes: int = _s(
        60, "A web session unused for this many minutes ends; the user logs in again."
    )
    web_session_max_hours: int = _s(
        12, "A web session ends this many hours after login, even when in use."
    )
    web_login_max_failures: int = _s(
        5,
        "Failed logins for one username within web_login_window_minutes before that username "
        "is refused until the window has passed.",
    )
    web_login_max_failures_ip: int = _s(
        20, "Failed logins from one client address within the window before it is refused."
    )
    web_login_window_minutes: int = _s(15, "Window of the login rate limits, in minutes.")
    # --- mail ----------------------------------------------------------------------------------
    smtp_host: str = _s(
        "",
        "SMTP relay that sends the mail. Empty means no SMTP: every message is written as an .eml "
        "file into the outbox folder instead.",
    )
    smtp_port: int = _s(0, "SMTP port. 0 means the usual one for smtp_security: 25, 587 or 465.")
    smtp_security: str = _s(
        "starttls",
        "Transport security: none (plain, only for a relay on this machine or a trusted network), "
        "starttls (upgrade a plain connection, port 587) or ssl (TLS from the start, port 465).",
    )
    smtp_user: str = _s("", "Login name at the SMTP relay. Empty means no login.")
    smtp_password: str = _s("", "Password of smtp_user.")
    smtp_timeout: float = _s(30.0, "Seconds before a silent SMTP connection is given up.")
    smtp_retries: int = _s(
        3, "Retries after a temporary SMTP failure (relay down, timeout, 4xx); none after a 5xx."
    )
    smtp_retry_backoff: float = _s(
        2.0, "Seconds before the first SMTP retry; doubles with each further retry."
    )
    smtp_ca_file: str = _s(
        "",
        "PEM file of the certificate authority that signed the relay's certificate (private "
        "relays). Empty means the system trust store.",
    )
    mail_from: str = _s(
        "diemtin@localhost",
        "Sender address (From header and SMTP envelope); use one the relay accepts.",
    )
    mail_from_name: str = _s("Điểm tin THADS", "Display name shown with the sender address.")
    mail_domain: str = _s(
        "", "Domain of generated Message-IDs. Empty means the domain of mail_from."
    )
    outbox_dir: str = _s(
        "",
        "Folder of messages written instead of sent (no SMTP) or kept after a failed delivery. "
        "Empty means <data_dir>/outbox.",
    )
    # --- watch of corrected articles, case notifications (workflow/watch.py, notify.py) ----------
    watch_schedule_days: str = _s(
        "1,2,3,5,10",
        "Working days after a correction request (the case's latest entry into "
        "correction_requested) on which `diemtin case watch` fetches every covered article again "
        "to see whether the outlet edited or removed it, comma-separated and increasing; the "
        "watch stops after the last one. A day the command did not run is caught up once at the "
        "next run; a failed fetch is retried at every run. Practice (cfg).",
    )
    focal_point_office_email: str = _s(
        "",
        "Focal point of the authority (Văn phòng Cục Quản lý THADS): e-mail address(es), "
        "comma-separated, that get every case notification (assignment, deadline reminder, "
        "overdue) with the assignees. Empty: none.",
    )
    focal_point_newsroom_email: str = _s(
        "",
        "Focal point of the newspaper (the desk of Báo Pháp luật Việt Nam): e-mail address(es), "
        "comma-separated, that get every case notification with the assignees. Empty: none.",
    )
    notify_overdue_repeat_days: int = _s(
        0,
        "`diemtin case notify` repeats the overdue notice of a case every this many working days "
        "while it stays overdue in the same state; 0 sends it once per state entry.",
    )

    # ----------------------------------------------------------------------------------------------
    @property
    def database(self) -> str:
        """The effective SQLAlchemy URL."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{Path(self.data_dir).resolve() / 'diemtin.sqlite3'}"

    @property
    def model_path(self) -> Path:
        """The effective classifier artifact path."""
        if self.model_file:
            return Path(self.model_file)
        return Path(self.data_dir).resolve() / "models" / "classifier.joblib"

    @property
    def corpus_path(self) -> Path | None:
        """The training corpus chosen by the operator, or None for the bundled one."""
        return Path(self.training_corpus) if self.training_corpus else None

    @property
    def case_attachment_max_bytes(self) -> int:
        """case_attachment_max_mb in bytes (1 MB = 1,000,000 bytes, as the messages say)."""
        return self.case_attachment_max_mb * 1_000_000

    @property
    def outbox_path(self) -> Path:
        """The effective outbox folder of the mailer."""
        if self.outbox_dir:
            return Path(self.outbox_dir)
        return Path(self.data_dir).resolve() / "outbox"

    @property
    def message_domain(self) -> str:
        """The effective domain of generated Message-IDs."""
        return self.mail_domain or self.mail_from.rpartition("@")[2]

    @property
    def watch_schedule(self) -> tuple[int, ...]:
        """watch_schedule_days as increasing working-day offsets (ValueError when malformed)."""
        parts = [p.strip() for p in self.watch_schedule_days.split(",") if p.strip()]
        if not parts or not all(p.isascii() and p.isdigit() for p in parts):
            raise ValueError("must be whole numbers of working days separated by commas")
        days = tuple(int(p) for p in parts)
        if days != tuple(sorted(set(days))) or days[0] < 1 or days[-1] > 250:
            raise ValueError("must increase, from 1 to 250 working days")
        return days

    @property
    def office_close(self) -> time:
        """office_close_time as a local time of day."""
        return time.fromisoformat(self.office_close_time)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def describe() -> list[tuple[str, str, Any, str]]:
    """(field name, environment variable, default, help) for every setting, in declaration order."""
    return [
        (f.name, env_name(f.name), f.default, f.metadata["help"])
        for f in dataclasses.fields(Settings)
    ]


def env_name(name: str) -> str:
    return "DIEMTIN_" + name.upper()


def _coerce(name: str, typ: Any, raw: Any) -> Any:
    if typ is bool or typ == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"{env_name(name)}: expected true/false, got {raw!r}")
    try:
        if typ is int or typ == "int":
            return int(raw)
        if typ is float or typ == "float":
            return float(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{env_name(name)}: expected a number, got {raw!r}") from None
    return str(raw)


def load(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Build the settings from defaults, the optional config file, the environment and overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    hints = get_type_hints(Settings)
    config_file = env.get("DIEMTIN_CONFIG")
    if config_file:
        path = Path(config_file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"DIEMTIN_CONFIG: file not found: {path}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"DIEMTIN_CONFIG: {path} is not valid TOML: {exc}") from None
        known = {f.name for f in dataclasses.fields(Settings)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown settings: {', '.join(unknown)}")
        values.update(data)
    for f in dataclasses.fields(Settings):
        if env_name(f.name) in env:
            values[f.name] = env[env_name(f.name)]
    values.update({k: v for k, v in overrides.items() if v is not None})
    coerced = {k: _coerce(k, hints[k], v) for k, v in values.items()}
    settings = Settings(**coerced)
    _validate(settings)
    return settings


def _validate(s: Settings) -> None:
    if s.concurrent_requests < 1 or s.concurrent_requests_per_domain < 1:
        raise ConfigError("concurrency settings must be at least 1")
    if s.download_timeout < 1:
        raise ConfigError("DIEMTIN_DOWNLOAD_TIMEOUT must be at least 1 second")
    if s.max_page_bytes < 10_000:
        raise ConfigError("DIEMTIN_MAX_PAGE_BYTES must be at least 10000")
    if s.listing_depth < 1:
        raise ConfigError("DIEMTIN_LISTING_DEPTH must be at least 1")
    if not 0 <= s.extract_workers <= 64:
        raise ConfigError("DIEMTIN_EXTRACT_WORKERS must be between 0 and 64")
    if s.offline_replica_url and not s.offline_replica_url.startswith("http://"):
        raise ConfigError("DIEMTIN_OFFLINE_REPLICA_URL must be an http:// URL")
    if s.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"DIEMTIN_LOG_LEVEL: unknown level {s.log_level!r}")
    _validate_documents(s)
    _validate_workflow(s)
    _validate_deadlines(s)
    _validate_mail(s)
    _validate_web(s)
    _validate_watch(s)
    _validate_digest(s)


def _validate_digest(s: Settings) -> None:
    import re
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s.digest_start_time):
        raise ConfigError(
            f"DIEMTIN_DIGEST_START_TIME phải có dạng GG:PP, ví dụ 07:00 (đang là "
            f"{s.digest_start_time!r})"
        )
    try:
        ZoneInfo(s.digest_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"DIEMTIN_DIGEST_TIMEZONE: không có múi giờ {s.digest_timezone!r}"
        ) from None
    if not re.fullmatch(r"https?://[^/\s?#]+(/\S*)?", s.web_base_url):
        raise ConfigError(
            f"DIEMTIN_WEB_BASE_URL phải là địa chỉ http:// hoặc https:// (đang là "
            f"{s.web_base_url!r})"
        )
    if not 0.0 <= s.alert_min_confidence <= 1.0:
        raise ConfigError("DIEMTIN_ALERT_MIN_CONFIDENCE phải từ 0 đến 1")
    _check_addresses(s, "digest_to", "digest_cc", "digest_bcc", "alert_to")


def _validate_deadlines(s: Settings) -> None:
    import re

    if not re.fullmatch(r"(1[2-9]|2[0-3]):[0-5]\d", s.office_close_time):
        raise ConfigError(
            "DIEMTIN_OFFICE_CLOSE_TIME phải có dạng GG:PP trong khoảng 12:00–23:59, ví dụ 17:00 "
            f"(đang là {s.office_close_time!r})"
        )
    if s.holiday_calendar_file and not Path(s.holiday_calendar_file).is_file():
        raise ConfigError(
            f"DIEMTIN_HOLIDAY_CALENDAR_FILE: không tìm thấy tệp {s.holiday_calendar_file}"
        )
    if not 1 <= s.deadline_reminder_working_days <= 10:
        raise ConfigError("DIEMTIN_DEADLINE_REMINDER_WORKING_DAYS phải từ 1 đến 10")
    for f in dataclasses.fields(s):
        value = getattr(s, f.name)
        if f.name.startswith("deadline_") and f.name.endswith("_days"):
            if not 0 <= value <= 250:
                raise ConfigError(
                    f"{env_name(f.name)} phải từ 0 (trong ngày) đến 250 ngày làm việc "
                    f"(đang là {value})"
                )
        elif f.name.startswith("urgent_") and f.name.endswith("_hours"):
            if not 1 <= value <= 720:
                raise ConfigError(f"{env_name(f.name)} phải từ 1 đến 720 giờ (đang là {value})")


def _validate_workflow(s: Settings) -> None:
    if not 0.0 <= s.auto_open_min_score <= 1.0:
        raise ConfigError("DIEMTIN_AUTO_OPEN_MIN_SCORE phải từ 0 đến 1")
    if s.auto_open_max_age_days < 1:
        raise ConfigError("DIEMTIN_AUTO_OPEN_MAX_AGE_DAYS phải ít nhất 1 ngày")
    if s.crisis_min_outlets == 1 or s.crisis_min_outlets < 0:
        raise ConfigError("DIEMTIN_CRISIS_MIN_OUTLETS phải là 0 (tắt) hoặc từ 2 trở lên")
    if s.crisis_window_hours < 1:
        raise ConfigError("DIEMTIN_CRISIS_WINDOW_HOURS phải ít nhất 1 giờ")
    if s.case_attachment_max_mb < 1:
        raise ConfigError("DIEMTIN_CASE_ATTACHMENT_MAX_MB phải ít nhất 1")


# An ASCII mailbox address: dot-atom local part, a domain with a dot (or localhost). The mailer
# validates every recipient with it too.
MAIL_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:localhost|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_MAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9-]+")


def _validate_mail(s: Settings) -> None:
    if s.smtp_security not in {"none", "starttls", "ssl"}:
        raise ConfigError(
            f"DIEMTIN_SMTP_SECURITY phải là none, starttls hoặc ssl (đang là {s.smtp_security!r})"
        )
    if not 0 <= s.smtp_port <= 65535:
        raise ConfigError(f"DIEMTIN_SMTP_PORT phải từ 0 đến 65535 (đang là {s.smtp_port})")
    if s.smtp_timeout <= 0:
        raise ConfigError("DIEMTIN_SMTP_TIMEOUT phải lớn hơn 0 giây")
    if not 0 <= s.smtp_retries <= 20:
        raise ConfigError("DIEMTIN_SMTP_RETRIES phải từ 0 đến 20")
    if s.smtp_retry_backoff < 0:
        raise ConfigError("DIEMTIN_SMTP_RETRY_BACKOFF không được âm")
    if not MAIL_ADDRESS.fullmatch(s.mail_from):
        raise ConfigError(
            f"DIEMTIN_MAIL_FROM không phải địa chỉ thư hợp lệ: {s.mail_from!r} "
            "(cần dạng ten@ten-mien.vn)"
        )
    if s.mail_domain and not _MAIL_DOMAIN.fullmatch(s.mail_domain):
        raise ConfigError(f"DIEMTIN_MAIL_DOMAIN không phải tên miền hợp lệ: {s.mail_domain!r}")
    if any(ch in s.mail_from_name for ch in "\r\n"):
        raise ConfigError("DIEMTIN_MAIL_FROM_NAME không được xuống dòng")
    if s.smtp_ca_file and not Path(s.smtp_ca_file).is_file():
        raise ConfigError(f"DIEMTIN_SMTP_CA_FILE: không tìm thấy tệp {s.smtp_ca_file}")
    if s.smtp_password and not s.smtp_user:
        raise ConfigError("DIEMTIN_SMTP_PASSWORD được đặt nhưng thiếu DIEMTIN_SMTP_USER")


def _validate_documents(s: Settings) -> None:
    for name in ("letter_number_pattern", "report_number_pattern"):
        pattern = getattr(s, name)
        try:
            pattern.format(so="1", loai="X", co_quan="X", don_vi="X")
        except (KeyError, IndexError, ValueError):
            raise ConfigError(
                f"{env_name(name)}: {pattern!r} may only use {{so}}, {{loai}}, {{co_quan}}, "
                "{don_vi}"
            ) from None
        if "{so}" not in pattern:
            raise ConfigError(f"{env_name(name)}: {pattern!r} must contain {{so}}")
    if s.signer_authority not in {"", "KT.", "TL.", "TM.", "Q."}:
        raise ConfigError(
            f"DIEMTIN_SIGNER_AUTHORITY: expected KT., TL., TM., Q. or empty, "
            f"got {s.signer_authority!r}"
        )


def _validate_watch(s: Settings) -> None:
    try:
        s.watch_schedule  # noqa: B018 - the property parses and checks the value
    except ValueError:
        raise ConfigError(
            "DIEMTIN_WATCH_SCHEDULE_DAYS phải là các số ngày làm việc tăng dần từ 1 đến 250, "
            f"cách nhau bằng dấu phẩy, ví dụ 1,2,3,5,10 (đang là {s.watch_schedule_days!r})"
        ) from None
    if not 0 <= s.notify_overdue_repeat_days <= 250:
        raise ConfigError("DIEMTIN_NOTIFY_OVERDUE_REPEAT_DAYS phải từ 0 (không nhắc lại) đến 250")
    _check_addresses(s, "focal_point_office_email", "focal_point_newsroom_email")


def _check_addresses(s: Settings, *names: str) -> None:
    """Each setting of ``names`` is empty or a comma-separated list of addresses the mailer
    accepts (:data:`MAIL_ADDRESS`), so that a bad recipient stops the start, not the send."""
    from email.utils import getaddresses

    for name in names:
        for _, address in getaddresses([getattr(s, name)]):
            if not MAIL_ADDRESS.fullmatch(address):
                raise ConfigError(
                    f"{env_name(name)}: không phải địa chỉ thư hợp lệ: {address!r} "
                    "(cần dạng ten@ten-mien.vn, cách nhau bằng dấu phẩy)"
                )


def _validate_web(s: Settings) -> None:
    if s.web_secret_key and len(s.web_secret_key) < 32:
        raise ConfigError(
            "DIEMTIN_WEB_SECRET_KEY phải dài ít nhất 32 ký tự (hoặc để trống để tự sinh và lưu "
            "trong thư mục dữ liệu)"
        )
    if not 1 <= s.web_port <= 65535:
        raise ConfigError(f"DIEMTIN_WEB_PORT phải từ 1 đến 65535 (đang là {s.web_port})")
    if not 1 <= s.web_threads <= 256:
        raise ConfigError("DIEMTIN_WEB_THREADS phải từ 1 đến 256")
    if not 0 <= s.web_proxy_count <= 5:
        raise ConfigError("DIEMTIN_WEB_PROXY_COUNT phải từ 0 đến 5")
    for name in (
        "web_session_idle_minutes",
        "web_session_max_hours",
        "web_login_max_failures",
        "web_login_max_failures_ip",
        "web_login_window_minutes",
    ):
        if getattr(s, name) < 1:
            raise ConfigError(f"{env_name(name)} phải lớn hơn hoặc bằng 1")
