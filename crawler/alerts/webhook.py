"""The webhook channel: an HTTP POST of JSON per run's new stories, and per health notice.

Bodies: ``{"event": "articles", "run_id": 7, "count": 2, "articles": [record, ...]}``
(each record has the fields of ``pantau search --format json``, plus
``story_articles``: the story's new articles), and ``{"event": "source_down"`` or
``"source_up", "source": ..., "reason": ...}``. A 2xx is delivered; a timeout, a
refused connection or a 5xx is retried with backoff, then left in the outbox for
the next run; any other 4xx (but 408 and 429) is the receiver's final no.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import storage
from crawler.config import Config

log = logging.getLogger("pantau.alerts")
CHANNEL = "webhook"
_RETRYABLE = {408, 429}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    error: str | None = None
    final: bool = False  # the receiver refused for good: do not try again


def bodies(pending: list[storage.Pending]) -> list[tuple[dict[str, Any], list[int]]]:
    """One body per run's stories and one per health notice, oldest first, each with
    the outbox ids it delivers."""
    batches: dict[Any, tuple[dict[str, Any], list[int]]] = {}
    for message in pending:
        notice = message.notice
        if notice.kind == "story":
            key: Any = ("run", notice.run_id)
            body, ids = batches.setdefault(key, (
                {"event": "articles", "run_id": notice.run_id, "count": 0, "articles": []}, []))
            body["articles"].append(notice.payload)
            body["count"] += 1
        else:
            key = ("notice", notice.id)
            body, ids = batches.setdefault(
                key, ({"event": notice.kind, "run_id": notice.run_id, **notice.payload}, []))
        ids.append(message.id)
    return list(batches.values())


def post(url: str, body: dict[str, Any], *, timeout: float, retries: int, user_agent: str,
         sleep: Callable[[float], None] = time.sleep) -> Outcome:
    """POST ``body`` as JSON, retrying a failure up to ``retries`` times (1, 2, 4 ... s)."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    outcome = Outcome(False, "not sent")
    for attempt in range(retries + 1):
        if attempt:
            sleep(2.0 ** (attempt - 1))
        outcome = _post_once(url, data, timeout, user_agent)
        if outcome.ok or outcome.final:
            return outcome
    return outcome


def _post_once(url: str, data: bytes, timeout: float, user_agent: str) -> Outcome:
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return Outcome(True)
    except urllib.error.HTTPError as exc:
        exc.close()
        final = 400 <= exc.code < 500 and exc.code not in _RETRYABLE
        return Outcome(False, f"HTTP {exc.code} {exc.reason}", final=final)
    except (urllib.error.URLError, OSError) as exc:  # refused, unreachable, timed out
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        return Outcome(False, f"{type(reason).__name__}: {reason}")


def deliver(engine: Any, config: Config, *, now: datetime,
            sleep: Callable[[float], None] = time.sleep) -> int:
    """Send what is pending on the webhook; returns how many messages were delivered.
    A receiver that stays down stops this step: the rest wait for the next run."""
    alerts = config.alerts
    pending = storage.claim(engine, CHANNEL, now=now)
    batches = bodies(pending)
    sent = 0
    for index, (body, ids) in enumerate(batches):
        outcome = post(alerts.webhook_url, body, timeout=alerts.webhook_timeout,
                       retries=alerts.webhook_retries, user_agent=config.crawl.user_agent,
                       sleep=sleep)
        if outcome.ok:
            storage.delivered(engine, ids, when=now)
            sent += len(ids)
            continue
        storage.failed(engine, ids, when=now, error=outcome.error or "", give_up=outcome.final)
        if outcome.final:
            log.error("webhook %s refused a %s message for good (%s); dropped",
                      alerts.webhook_url, body["event"], outcome.error)
            continue
        left = [i for _, later in batches[index + 1:] for i in later]
        storage.release(engine, left)
        log.warning("webhook %s: %s; %d message(s) wait in the outbox for the next run",
                    alerts.webhook_url, outcome.error, len(ids) + len(left))
        break
    return sent
