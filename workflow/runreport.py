"""What the workflow's cron jobs (``workflow.watch``, ``workflow.notify``) share: the report of one
run and the informational case events they write as the system."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import Case
from workflow.cases import _event
from workflow.states import SYSTEM_ACTOR

FAILED = "failed"


def record_system_event(
    session: Session, case: Case, action: str, at: datetime, note: str, data: dict[str, Any]
) -> None:
    """Append one event of actor ``system`` to the case's audit trail and commit."""
    _event(
        session,
        case,
        actor=SYSTEM_ACTOR,
        role=SYSTEM_ACTOR,
        action=action,
        at=at,
        note=note,
        data=data,
    )
    session.commit()


@dataclass
class RunReport:
    """The outcomes of one run, each with a ``status``, and the unexpected per-item errors (a
    broken item is reported and the run goes on)."""

    outcomes: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def failed(self) -> int:
        """Items to retry at the next run: failed outcomes and unexpected errors."""
        return self.count(FAILED) + len(self.errors)

    def summary(self, head: str, idle: str, labels: Sequence[tuple[str, str]]) -> str:
        """One Vietnamese line: ``head: idle.`` when nothing was due, else ``head — n label, …``
        for every status of ``labels`` that occurred (failed includes the errors)."""
        if not self.outcomes and not self.errors:
            return f"{head}: {idle}."
        counts = ((self.failed if s == FAILED else self.count(s), label) for s, label in labels)
        return f"{head}: " + ", ".join(f"{n} {label}" for n, label in counts if n) + "."
