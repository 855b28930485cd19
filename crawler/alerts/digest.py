"""The email channel: a digest over SMTP, with a plain-text and an HTML part.

``[alerts] digest = "run"`` sends one message per crawl run that announced
something; ``"day"`` collects the stories of each day (``[display] timezone``) and
sends them with the first run of the next day, while health notices go at once.
A message that cannot be sent stays in the outbox for the next run.
"""

from __future__ import annotations

import logging
import os
import smtplib
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any
from zoneinfo import ZoneInfo

import storage
from crawler.alerts import messages
from crawler.config.settings import AlertsConfig, Config

log = logging.getLogger("pantau.alerts")
CHANNEL = "email"


def compose(notices: Sequence[storage.Notice], alerts: AlertsConfig, now: datetime
            ) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = messages.subject(notices)
    message["From"] = alerts.email_from
    message["To"] = ", ".join(alerts.email_to)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="pantau")
    message.set_content(messages.plain(notices))
    message.add_alternative(messages.as_html(notices), subtype="html")
    return message


def password(alerts: AlertsConfig) -> str:
    if alerts.smtp_password_env:
        return os.environ.get(alerts.smtp_password_env, "")
    return alerts.smtp_password


def send(message: EmailMessage, alerts: AlertsConfig) -> None:
    with smtplib.SMTP(alerts.smtp_host, alerts.smtp_port, timeout=alerts.smtp_timeout) as smtp:
        if alerts.smtp_starttls:
            smtp.starttls()
        if alerts.smtp_user:
            smtp.login(alerts.smtp_user, password(alerts))
        smtp.send_message(message)


def groups(pending: list[storage.Pending], digest: str, now: datetime, tz: Any
           ) -> tuple[list[list[storage.Pending]], list[storage.Pending]]:
    """The messages to send now, one list per email, and those that wait (a day's
    stories until the day is over)."""
    batches: dict[Any, list[storage.Pending]] = {}
    waiting = []
    today = now.astimezone(tz).date()
    for message in pending:
        notice = message.notice
        if digest == "run":
            key: Any = notice.run_id
        elif notice.kind != "story":
            key = "health"
        elif notice.created_at.astimezone(tz).date() < today:
            key = notice.created_at.astimezone(tz).date()
        else:
            waiting.append(message)
            continue
        batches.setdefault(key, []).append(message)
    return list(batches.values()), waiting


def deliver(engine: Any, config: Config, *, now: datetime) -> int:
    """Send the digests that are due; returns how many outbox messages they delivered."""
    alerts = config.alerts
    pending = storage.claim(engine, CHANNEL, now=now)
    due, waiting = groups(pending, alerts.digest, now, ZoneInfo(config.display.timezone))
    storage.release(engine, [m.id for m in waiting])
    sent = 0
    for index, batch in enumerate(due):
        ids = [m.id for m in batch]
        try:
            send(compose([m.notice for m in batch], alerts, now), alerts)
        except (OSError, smtplib.SMTPException) as exc:
            storage.failed(engine, ids, when=now, error=f"{type(exc).__name__}: {exc}")
            left = [m.id for later in due[index + 1:] for m in later]
            storage.release(engine, left)
            log.warning("email via %s:%s failed (%s: %s); %d message(s) wait in the outbox",
                        alerts.smtp_host, alerts.smtp_port, type(exc).__name__, exc,
                        len(ids) + len(left))
            break
        storage.delivered(engine, ids, when=now)
        sent += len(ids)
    return sent
