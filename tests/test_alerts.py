"""Alerts on every channel against real servers on loopback: a webhook receiver
(http.server), an SMTP server (aiosmtpd), the Atom file read back with feedparser;
the outbox across a receiver that is down; source-health alerts raised and cleared
once. Time is passed in, never waited for."""

from __future__ import annotations

import dataclasses
import json
import socket
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner

import storage
from crawler.alerts import announce
from crawler.cli.main import cli
from crawler.config.schedule import cron_trigger, interval, zone
from crawler.config.settings import Config, ConfigError, parse_config
from tests.conftest import store
from tests.sites import serve_sites
from tests.test_crawl_e2e import Workspace

T0 = datetime(2025, 5, 27, 3, 0, tzinfo=UTC)  # 10:00 WIB
SIG = storage.Signature("test-scheme", tuple(range(1, 17)), 40, bands=(4242,))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Receiver:
    """A webhook receiver on 127.0.0.1 answering each POST with the next of
    ``statuses`` (then 200), recording the JSON bodies."""

    def __init__(self, statuses: tuple[int, ...] = (), port: int = 0) -> None:
        self.statuses = list(statuses)
        self.requests: list[tuple[int, str, dict]] = []  # status, content type, body
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                receiver.requests.append((status, self.headers["Content-Type"], body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    @property
    def bodies(self) -> list[dict]:
        return [body for status, _, body in self.requests if status == 200]

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class Mailbox:
    """An SMTP server on 127.0.0.1 (aiosmtpd) keeping each message it receives."""

    def __init__(self, port: int | None = None, login: tuple[str, str] | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[tuple[list[str], object]] = []
        self.login = login
        self.logins: list[tuple[str, str]] = []
        extra = {}
        if login:
            extra = {"authenticator": self._authenticate, "auth_require_tls": False}
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **extra)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        given = (auth_data.login.decode(), auth_data.password.decode())
        self.logins.append(given)
        return AuthResult(success=given == self.login)

    async def handle_DATA(self, server, session, envelope) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def __enter__(self) -> Mailbox:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()


@pytest.fixture
def db(tmp_path):
    engine = storage.open_database(f"sqlite:///{tmp_path / 'pantau.db'}")
    yield engine
    storage.forget_engines()


def article(n: int, partner=("Busan", "KR"), source="wp", signature=None, when=T0):
    return storage.NewArticle(
        url=f"https://{source}.example.id/berita/{n}", source=source,
        canonical_url=f"https://{source}.example.id/berita/{n}",
        title=f"Kerja sama kota kembar nomor {n}", text=f"Isi berita kerja sama nomor {n}.",
        fetched_at=when, relevance=0.8, published_at=when, stage="loi",
        partners=(storage.PartnerRecord(*partner),), signature=signature,
    )


def crawl(db, when, *articles, source="wp", status="ok", run_status=None) -> int:
    """Record a finished run of ``source`` that stored ``articles``."""
    run_id = storage.start_run(db, [source], when=when)
    for new in articles:
        store(db, dataclasses.replace(new, run_id=run_id))
    storage.record_source_run(db, run_id, storage.SourceCounts(
        source=source, status=status, started_at=when, finished_at=when, stored=len(articles),
        error="DNS lookup failed (no network, or unknown host)" if status == "failed" else None))
    storage.finish_run(db, run_id, when=when, status=run_status or status)
    return run_id


def announce_and_deliver(db, config, run_id, when, sleeps=None):
    announce.queue(db, config, run_id, storage.source_runs(db, run_id), [], now=when)
    announce.deliver(db, config, now=when, sleep=(sleeps.append if sleeps is not None
                                                 else lambda _: None))


def configured(**alert_keys) -> Config:
    return Config().replace("alerts", **alert_keys)


def test_the_webhook_gets_one_post_per_run_with_one_entry_per_story(db):
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url)
        run = crawl(db, T0, article(1, signature=SIG), article(2, source="gov", signature=SIG),
                    article(3, partner=("Kitakyushu", "JP")))
        announce_and_deliver(db, config, run, T0)
    ((status, content_type, body),) = receiver.requests
    assert status == 200
    assert content_type.startswith("application/json")
    assert (body["event"], body["run_id"], body["count"]) == ("articles", run, 2)
    first, second = body["articles"]
    stored = storage.as_record(storage.get_article(db, "1"))
    assert set(first) == set(stored) | {"story_articles"}  # the names of search --format json
    assert first["title"] == stored["title"]
    assert first["partners"] == [{"name": "Busan", "country": "KR", "kind": "city"}]
    assert first["published_at"] == "2025-05-27T10:00:00+07:00"
    assert [a["source"] for a in first["story_articles"]] == ["wp", "gov"]
    assert second["url"] == "https://wp.example.id/berita/3"
    assert storage.pending_count(db) == 0


def test_a_copy_of_a_story_announced_earlier_is_not_announced_again(db):
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url)
        announce_and_deliver(db, config, crawl(db, T0, article(1, signature=SIG)), T0)
        later = T0 + timedelta(minutes=30)
        announce_and_deliver(db, config, crawl(db, later, article(2, source="gov",
                                                                   signature=SIG)), later)
    assert [b["count"] for b in receiver.bodies] == [1]


def test_a_500_is_retried_with_backoff(db):
    with Receiver(statuses=(500, 503)) as receiver:
        sleeps: list[float] = []
        config = configured(webhook_url=receiver.url)
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0, sleeps)
    assert [status for status, _, _ in receiver.requests] == [500, 503, 200]
    assert sleeps == [1.0, 2.0]
    assert storage.pending_count(db) == 0


def test_a_refusal_for_good_is_dropped_after_one_try(db, caplog):
    with Receiver(statuses=(400,)) as receiver:
        config = configured(webhook_url=receiver.url)
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0)
    assert len(receiver.requests) == 1
    assert storage.pending_count(db) == 0
    assert "refused" in caplog.text


def test_the_outbox_keeps_what_a_down_receiver_missed_and_delivers_it_next_run(db, caplog):
    port = free_port()
    config = configured(webhook_url=f"http://127.0.0.1:{port}/hook", webhook_retries=1)
    first = crawl(db, T0, article(1))
    announce_and_deliver(db, config, first, T0)  # nobody listens: refused, not fatal
    assert storage.pending_count(db, "webhook") == 1
    assert "wait in the outbox" in caplog.text
    later = T0 + timedelta(hours=1)
    with Receiver(port=port) as receiver:
        second = crawl(db, later, article(2, partner=("Kitakyushu", "JP")))
        announce_and_deliver(db, config, second, later)
    assert [(b["run_id"], b["articles"][0]["id"]) for b in receiver.bodies] == [
        (first, 1), (second, 2)]
    assert storage.pending_count(db) == 0


def test_articles_of_a_crawl_killed_before_announcing_are_announced_by_the_next(db):
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url)
        crawl(db, T0, article(1), run_status="interrupted")
        later = T0 + timedelta(hours=1)
        announce_and_deliver(db, config, crawl(db, later, article(2)), later)
        announce_and_deliver(db, config, crawl(db, later + timedelta(hours=1)), later)
    assert [[a["id"] for a in b["articles"]] for b in receiver.bodies] == [[1, 2]]


def test_the_email_digest_names_count_and_partners_with_text_and_html(db):
    with Mailbox() as mailbox:
        config = configured(smtp_host="127.0.0.1", smtp_port=mailbox.port, smtp_starttls=False,
                            email_from="pantau@example.id",
                            email_to=("a@example.id", "b@example.id"))
        run = crawl(db, T0, article(1), article(2, partner=("Kitakyushu", "JP")))
        announce_and_deliver(db, config, run, T0)
    ((recipients, message),) = mailbox.messages
    assert recipients == ["a@example.id", "b@example.id"]
    assert message["Subject"] == "Pantau: 2 new sister-city articles (Busan/KR, Kitakyushu/JP)"
    assert message["From"] == "pantau@example.id"
    text = message.get_body(("plain",)).get_content()
    page = message.get_body(("html",)).get_content()
    for part in (text, page):
        assert "Kerja sama kota kembar nomor 1" in part
        assert "https://wp.example.id/berita/2" in part
    assert '<a href="https://wp.example.id/berita/2">' in page
    assert storage.pending_count(db) == 0


def test_the_smtp_login_takes_the_password_from_the_named_variable(db, monkeypatch):
    monkeypatch.setenv("PANTAU_TEST_SMTP", "rahasia")
    with Mailbox(login=("pantau", "rahasia")) as mailbox:
        config = configured(smtp_host="127.0.0.1", smtp_port=mailbox.port, smtp_starttls=False,
                            smtp_user="pantau", smtp_password_env="PANTAU_TEST_SMTP",
                            email_from="pantau@example.id", email_to=("a@example.id",))
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0)
    assert mailbox.logins == [("pantau", "rahasia")]
    assert len(mailbox.messages) == 1


def test_a_daily_digest_waits_for_the_day_to_end_and_survives_a_down_server(db):
    port = free_port()
    config = configured(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False,
                        digest="day", email_from="p@example.id", email_to=("a@example.id",),
                        quiet_intervals=0)
    with Mailbox(port=port) as mailbox:
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0)
        noon = T0 + timedelta(hours=2)
        announce_and_deliver(db, config, crawl(db, noon, article(2)), noon)
        assert mailbox.messages == []
    tomorrow = T0 + timedelta(days=1)
    announce_and_deliver(db, config, crawl(db, tomorrow), tomorrow)  # server down
    assert storage.pending_count(db, "email") == 2
    with Mailbox(port=port) as mailbox:
        later = tomorrow + timedelta(hours=1)
        announce_and_deliver(db, config, crawl(db, later), later)
    ((_, message),) = mailbox.messages
    assert message["Subject"] == "Pantau: 2 new sister-city articles (Busan/KR)"


def test_the_atom_feed_file_and_pantau_feed_hold_the_stories(db, tmp_path):
    path = tmp_path / "pantau.atom"
    config = configured(feed_file=str(path))
    announce_and_deliver(db, config, crawl(db, T0, article(1), article(2, ("Kitakyushu", "JP"))),
                         T0)
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo
    assert [e.link for e in parsed.entries] == [
        "https://wp.example.id/berita/2", "https://wp.example.id/berita/1"]
    assert parsed.entries[0].title == "Kerja sama kota kembar nomor 2"
    assert parsed.entries[0].tags[0].label == "Kitakyushu/JP"
    result = CliRunner().invoke(cli, ["feed", "--db", str(db.url), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert [e.link for e in feedparser.parse(result.output).entries] == [
        "https://wp.example.id/berita/2"]


def test_a_failing_source_raises_one_alert_and_one_recovery_notice(db, tmp_path):
    path = tmp_path / "pantau.atom"
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url, failures_before_alert=2,
                            quiet_intervals=0, feed_file=str(path))
        for n, status in enumerate(["failed", "failed", "failed", "ok", "ok"]):
            when = T0 + timedelta(hours=n)
            announce_and_deliver(db, config, crawl(db, when, status=status), when)
    assert [(b["event"], b["source"]) for b in receiver.bodies] == [
        ("source_down", "wp"), ("source_up", "wp")]
    down, up = receiver.bodies
    assert down["reason"] == ("failed 2 runs in a row: DNS lookup failed (no network, or "
                              "unknown host)")
    assert up["down_since"] == (T0 + timedelta(hours=1)).isoformat()
    assert [e.title for e in feedparser.parse(path.read_bytes()).entries] == [
        "source wp works again", "source wp is failing"]
    with sqlite3.connect(db.url.database) as conn:
        assert conn.execute("SELECT count(*) FROM source_alerts").fetchone() == (0,)


def test_a_source_with_no_new_url_for_three_intervals_is_reported(db):
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url).replace(  # hourly [schedule] cron
            "schedule", adaptive=False)
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0)
        for hours in (1, 2, 3):  # ok runs that find nothing new
            when = T0 + timedelta(hours=hours)
            announce_and_deliver(db, config, crawl(db, when), when)
        back = T0 + timedelta(hours=4)
        announce_and_deliver(db, config, crawl(db, back, article(2, when=back)), back)
    events = [(b["event"], b.get("reason")) for b in receiver.bodies]
    assert events == [
        ("articles", None),
        ("source_down", "no new URL since 2025-05-27T10:00+07:00"),
        ("articles", None),
        ("source_up", "works again (down since 2025-05-27T13:00+07:00: no new URL since "
                      "2025-05-27T10:00+07:00)"),
    ]


def test_with_adaptive_polling_a_quiet_source_is_given_its_stretched_interval(db):
    with Receiver() as receiver:
        config = configured(webhook_url=receiver.url)  # adaptive polling is on by default
        announce_and_deliver(db, config, crawl(db, T0, article(1)), T0)
        for hours in (1, 3, 7):  # the daemon's turns of a quiet hourly source: 1, 2, 4 h apart
            when = T0 + timedelta(hours=hours)
            announce_and_deliver(db, config, crawl(db, when), when)
    # 7 h without a new URL: short of 3 x the stretched interval (8 h after 3 empty runs)
    assert [b["event"] for b in receiver.bodies] == ["articles"]


@pytest.mark.parametrize(("schedule", "hours"), [
    ("0 * * * *", 1), ("*/15 * * * *", 0.25), ("30 6 * * 1-5", 72), ("0 0 * * *", 24)])
def test_the_interval_is_the_longest_gap_of_the_schedule(schedule, hours):
    trigger = cron_trigger(schedule, zone("Asia/Jakarta"))
    assert interval(trigger, T0) == timedelta(hours=hours)


@pytest.mark.parametrize(("keys", "message"), [
    ({"digest": "week"}, r"\[alerts\] digest: expected 'run' or 'day'"),
    ({"smtp_host": "mail.example.id"}, r"email_to: needed"),
    ({"email_to": "a@example.id"}, r"email_to: expected a list of strings"),
    ({"webhook_url": "hooks.example.id"}, r"webhook_url: expected an http"),
])
def test_bad_alert_settings_fail_with_one_line(keys, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"alerts": keys}, origin="pantau.toml")


def test_no_channel_is_on_by_default():
    assert announce.channels(Config()) == ()
    assert Config().alerts.feed_file == ""


def test_a_real_crawl_posts_its_new_articles_once(tmp_path):
    with serve_sites() as sites, Receiver() as receiver:
        space = Workspace(tmp_path, sites.sources_toml())
        settings = tmp_path / "pantau.toml"
        settings.write_text(f'[alerts]\nwebhook_url = "{receiver.url}"\n'
                            f'feed_file = "{tmp_path / "pantau.atom"}"\n', encoding="utf-8")
        code, _ = space.crawl("--config", str(settings))
        assert code == 0
        again, _ = space.crawl("--config", str(settings))
        assert again == 0
    stored = {a["url"]: a["story_id"] for a in space.articles()}
    ((body,),) = [[b for b in receiver.bodies if b["event"] == "articles"]]
    announced = [a["url"] for entry in body["articles"] for a in entry["story_articles"]]
    assert sorted(announced) == sorted(stored)
    assert body["count"] == len(set(stored.values()))
    entries = feedparser.parse((tmp_path / "pantau.atom").read_bytes()).entries
    assert len(entries) == body["count"]
