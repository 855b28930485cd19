"""Scheduling logic on an injected clock: triggers, grouping, coalescing, no stacking."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.base import STATE_RUNNING

from crawler.config.schedule import Pace, cron_trigger, interval, next_runs, plan
from crawler.config.settings import Config, ConfigError
from crawler.config.sources import Source
from scheduler import daemon as daemon_module
from scheduler.dispatch import Dispatcher

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = datetime(2026, 11, 23, 8, 30, tzinfo=WIB)  # a Monday


def nxt(expression: str, now: datetime = MONDAY) -> datetime:
    return cron_trigger(expression, WIB).get_next_fire_time(None, now)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("0 * * * *", datetime(2026, 11, 23, 9, 0, tzinfo=WIB)),
        ("*/15 * * * *", datetime(2026, 11, 23, 8, 30, tzinfo=WIB)),
        ("0 6 * * *", datetime(2026, 11, 24, 6, 0, tzinfo=WIB)),
        ("0 9 * * 0", datetime(2026, 11, 29, 9, 0, tzinfo=WIB)),  # cron 0 = Sunday
        ("0 9 * * 7", datetime(2026, 11, 29, 9, 0, tzinfo=WIB)),  # 7 = Sunday too
        ("0 9 * * 1-5", datetime(2026, 11, 23, 9, 0, tzinfo=WIB)),
        ("0 9 * * 5-0", datetime(2026, 11, 27, 9, 0, tzinfo=WIB)),  # Fri, Sat, Sun
        ("0 9 * * sat,sun", datetime(2026, 11, 28, 9, 0, tzinfo=WIB)),
        ("*/3 * * * * *", datetime(2026, 11, 23, 8, 30, tzinfo=WIB)),  # leading seconds
        ("10 30 8 * * *", datetime(2026, 11, 23, 8, 30, 10, tzinfo=WIB)),
    ],
)
def test_cron_expressions_fire_when_cron_would(expression, expected):
    assert nxt(expression) == expected


@pytest.mark.parametrize("expression", ["hourly", "* * *", "61 * * * *", "0 9 * * 8",
                                        "* * * * * * *"])
def test_bad_cron_expressions_are_rejected_with_the_expression_named(expression):
    with pytest.raises(ValueError, match="cron expression"):
        cron_trigger(expression, WIB)


def sources(*specs: tuple[str, str | None]) -> tuple[Source, ...]:
    return tuple(Source(name, f"https://{name}.go.id/", schedule=cron) for name, cron in specs)


def test_sources_sharing_a_schedule_share_one_job():
    jobs = plan(sources(("a", None), ("b", "0 6 * * *"), ("c", None), ("d", "0 6 * * *")),
                "0 * * * *", WIB)
    assert [(j.schedule, j.sources) for j in jobs] == [
        ("0 * * * *", ("a", "c")), ("0 6 * * *", ("b", "d"))]


def test_disabled_sources_are_not_scheduled():
    catalog = (Source("a", "https://a.go.id/"), Source("b", "https://b.go.id/", enabled=False))
    assert [j.sources for j in plan(catalog, "0 * * * *", WIB)] == [("a",)]


def test_a_bad_schedule_names_the_source_or_the_config_key():
    with pytest.raises(ConfigError, match="source 'b': cron expression '0 25 \\* \\* \\*'"):
        plan(sources(("a", None), ("b", "0 25 * * *")), "0 * * * *", WIB)
    with pytest.raises(ConfigError, match=r"\[schedule\] cron"):
        plan(sources(("a", None)), "every hour", WIB)


def test_next_run_per_source():
    jobs = plan(sources(("a", None), ("b", "0 6 * * *")), "0 * * * *", WIB)
    assert next_runs(jobs, MONDAY) == {
        "a": datetime(2026, 11, 23, 9, 0, tzinfo=WIB),
        "b": datetime(2026, 11, 24, 6, 0, tzinfo=WIB),
    }


def test_requests_due_together_become_one_batch():
    dispatcher = Dispatcher(max_running=2)
    dispatcher.request(("a", "c"))
    dispatcher.request(("b",))
    assert dispatcher.take() == ("a", "c", "b")
    assert dispatcher.take() is None


def test_a_source_still_running_or_pending_is_not_stacked():
    dispatcher = Dispatcher(max_running=2)
    dispatcher.request(("a", "b"))
    batch = dispatcher.take()
    assert dispatcher.request(("a", "c")) == ["c"]
    assert dispatcher.request(("c",)) == []
    dispatcher.done(batch)
    assert dispatcher.request(("a",)) == ["a"]
    assert dispatcher.take() == ("c", "a")


def test_at_most_max_running_batches_at_once():
    dispatcher = Dispatcher(max_running=2)
    batches = []
    for name in "abc":
        dispatcher.request((name,))
        batches.append(dispatcher.take())
    assert batches == [("a",), ("b",), None]
    dispatcher.done(("a",))
    assert dispatcher.take() == ("c",)


class Clock:
    """Stands in for datetime inside APScheduler's scheduler module."""

    now_value: datetime = MONDAY

    @classmethod
    def now(cls, tz=None):
        return cls.now_value.astimezone(tz)


@pytest.fixture
def frozen(monkeypatch):
    import apscheduler.executors.base as executors
    import apscheduler.schedulers.base as schedulers

    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return Clock.now(tz)

    monkeypatch.setattr(schedulers, "datetime", FakeDatetime)
    monkeypatch.setattr(executors, "datetime", FakeDatetime)
    Clock.now_value = MONDAY
    return Clock


def _scheduler(frozen, cron: str, grace: float):
    config = Config().replace("schedule", cron=cron, misfire_grace=grace)
    calls: list[tuple[str, ...]] = []
    jobs = plan(sources(("a", None), ("b", None)), cron, WIB)
    scheduler = daemon_module.build_scheduler(jobs, config, calls.append)
    # Started paused, its thread sleeps until woken; marking it running lets the
    # test call _process_jobs itself, on the frozen clock (APScheduler 3.11).
    scheduler.start(paused=True)
    scheduler.state = STATE_RUNNING
    return scheduler, calls


def _run_inline(scheduler, monkeypatch, ran=None):
    """Run submitted jobs synchronously through APScheduler's own run_job (misfire check)."""
    from apscheduler.executors.base import run_job

    def submit(job, run_times):
        if ran is not None:
            ran.append(run_times)
        run_job(job, job._jobstore_alias, run_times, "apscheduler.executors.default")

    monkeypatch.setattr(scheduler._lookup_executor("default"), "submit_job", submit)


def test_process_jobs_runs_one_coalesced_request(frozen, monkeypatch):
    scheduler, calls = _scheduler(frozen, "*/5 * * * *", grace=600)
    job = scheduler.get_jobs()[0]
    assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 600)
    ran: list = []
    _run_inline(scheduler, monkeypatch, ran)
    frozen.now_value = MONDAY + timedelta(minutes=16)  # 8:30, 8:35, 8:40, 8:45 were due
    assert len(job._get_run_times(frozen.now(WIB))) == 4
    scheduler._process_jobs()
    scheduler.shutdown(wait=False)
    assert calls == [("a", "b")]
    assert len(ran) == 1
    assert len(ran[0]) == 1  # four missed times, coalesced to one


def test_runs_missed_by_more_than_the_grace_are_not_run(frozen, monkeypatch):
    scheduler, calls = _scheduler(frozen, "0 * * * *", grace=60)
    _run_inline(scheduler, monkeypatch)
    frozen.now_value = MONDAY + timedelta(minutes=45)  # 9:00 is 15 min ago, grace 1 min
    scheduler._process_jobs()
    scheduler.shutdown(wait=False)
    assert calls == []


# -- adaptive polling and jitter (no clock but the one passed in) -------------

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


@pytest.mark.parametrize(("empty", "interval"), [
    (0, HOUR), (1, 2 * HOUR), (3, 8 * HOUR), (5, DAY), (40, DAY)])
def test_each_empty_crawl_doubles_the_interval_up_to_the_maximum(empty, interval):
    assert Pace(base=HOUR, empty_runs=empty, last_started=MONDAY).interval(DAY) == interval


def test_a_quiet_source_skips_turns_until_its_interval_has_passed():
    quiet = Pace(base=HOUR, empty_runs=2, last_started=MONDAY)  # interval 4 h
    turns = [MONDAY + n * HOUR for n in range(1, 6)]
    assert [quiet.due(t, DAY) for t in turns] == [False, False, False, True, True]


def test_a_source_that_found_something_or_never_ran_takes_every_turn():
    assert Pace(base=HOUR, empty_runs=0, last_started=MONDAY).due(MONDAY + HOUR, DAY)
    assert Pace(base=HOUR, empty_runs=9, last_started=None).due(MONDAY, DAY)


def test_the_interval_comes_from_the_cron_schedule():
    assert interval(cron_trigger("0 * * * *", WIB), MONDAY) == HOUR
    assert interval(cron_trigger("*/4 * * * * *", WIB), MONDAY) == timedelta(seconds=4)
    assert interval(cron_trigger("30 6 * * *", WIB), MONDAY) == DAY


def test_the_polling_state_counts_empty_crawls_since_the_last_find(tmp_path):
    import storage

    engine = storage.open_database(f"sqlite:///{tmp_path / 'p.db'}")
    seen_per_run = [("ok", 3), ("failed", 0), ("ok", 0), ("ok", 0), ("skipped", 0)]
    for n, (status, seen) in enumerate(seen_per_run):
        when = MONDAY + n * HOUR
        run = storage.start_run(engine, ["a"], when=when)
        storage.record_source_run(engine, run, storage.SourceCounts(
            source="a", status=status, started_at=when, finished_at=when + timedelta(minutes=1),
            articles_seen=seen))
    empty, last = storage.polling_state(engine, ["a"])["a"]
    assert empty == 2  # the failed run is passed over, the skipped one ignored
    assert last == MONDAY + 3 * HOUR


def test_jitter_spreads_fire_times_within_its_bound():
    trigger = cron_trigger("0 * * * *", WIB, jitter=120)
    times = {trigger.get_next_fire_time(None, MONDAY) for _ in range(30)}
    base = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    assert len(times) > 1
    assert all(base <= t <= base + timedelta(seconds=120) for t in times)
