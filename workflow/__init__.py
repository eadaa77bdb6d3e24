"""The correction workflow: cases, their state machine, deadlines, evidence and audit trail.

Modules: ``states`` (the one state machine: states, roles, kinds, severities, allowed transitions
and their Vietnamese names), ``cases`` (plain functions over a SQLAlchemy session: open, assign,
advance, note, list, replay, automatic opening and media-crisis detection), ``users``
(accounts and roles), ``evidence`` (archived copies of covered articles), ``calendar`` and
``deadlines`` (working days, per-state deadlines). Imports ``config``, ``text``, ``storage`` and
``classifier`` (provinces, the result contract); never the faces (CLI, web).
"""
