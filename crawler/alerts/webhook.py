"""The webhook channel: an HTTP POST of JSON per run's new stories, and per health notice.

Bodies: ``{"event": "articles", "run_id": 7, "count": 2, "articles": [record, ...]}``
(each record has the fields of ``pantau search --format json``, plus
``story_articles``: the story's new articles), and ``{"event": "source_down"`` or
``"source_up", "source": ..., "reason": ...}``. A 2xx is delivered; a timeout, a
refused connection or a 5xx is retried with backoff (httpx, tenacity), then left in
the outbox for the next run; any other 4xx (but 408 and 429) is the receiver's
final no.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from tenacity import Retrying, retry_if_result, stop_after_attempt, wait_exponential

import storage
from crawler.config.settings import Config

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
    """POST ``body`` as JSON (httpx), retrying a failure up to ``retries`` times 1, 2,
    4 ... s apart (tenacity); a final refusal is not retried."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": user_agent}
    retrying = Retrying(
        stop=stop_after_attempt(retries + 1),
        wait=wait_exponential(multiplier=1, exp_base=2),
        retry=retry_if_result(lambda outcome: not outcome.ok and not outcome.final),
        retry_error_callback=lambda state: state.outcome.result(),  # the last Outcome
        sleep=sleep,
    )
    with httpx.Client(timeout=timeout, headers=headers) as client:
        return retrying(_post_once, client, url, data)


def _post_once(client: httpx.Client, url: str, data: bytes) -> Outcome:
    try:
        response = client.post(url, content=data)
    except httpx.HTTPError as exc:  # refused, unreachable, timed out, cut off
        return Outcome(False, f"{type(exc).__name__}: {exc}")
    if response.is_success:
        return Outcome(True)
    code = response.status_code
    final = 400 <= code < 500 and code not in _RETRYABLE
    return Outcome(False, f"HTTP {code} {response.reason_phrase}", final=final)


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
