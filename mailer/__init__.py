"""Mail for Điểm tin THADS: compose messages (``compose``) and deliver them (``transport``).

Callers (workflow notifications, the daily digest, urgent alerts) build an
:class:`email.message.EmailMessage` with :func:`mailer.compose.compose` and hand it to
:func:`mailer.transport.send`, which delivers it over SMTP or, with no SMTP configured, writes it
to the outbox folder. A delivery that finally fails raises :class:`mailer.transport.DeliveryError`
carrying the message, so nothing is lost.
"""
