"""Crawl runs, what each did per source, and the health of each source derived from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import Engine, func, select, update

from storage.engine import reading, writing
from storage.models import Article, CrawlRun, SourceRun
from storage.records import SourceCounts, SourceHealth

_HISTORY = 50  # source runs read back to count consecutive failures


def start_run(
    engine: Engine, sources: Iterable[str], *, when: datetime, trigger: str = "manual",
    pid: int | None = None,
) -> int:
    with writing(engine) as session:
        run = CrawlRun(
            started_at=when, status="running", trigger=trigger, pid=pid, sources=list(sources)
        )
        session.add(run)
        session.flush()
        return run.id


def record_source_run(engine: Engine, run_id: int, counts: SourceCounts) -> None:
    with writing(engine) as session:
        session.add(
            SourceRun(
                run_id=run_id, source=counts.source, status=counts.status,
                started_at=counts.started_at, finished_at=counts.finished_at,
                pages=counts.pages, articles_seen=counts.articles_seen, stored=counts.stored,
                errors=counts.errors, error=counts.error, stats=dict(counts.stats),
            )
        )


def finish_run(engine: Engine, run_id: int, *, when: datetime, status: str) -> None:
    with writing(engine) as session:
        session.execute(
            update(CrawlRun)
            .where(CrawlRun.id == run_id)
            .values(finished_at=when, status=status)
        )


def last_runs(engine: Engine, limit: int = 10) -> list[CrawlRun]:
    with reading(engine) as session:
        runs = session.scalars(
            select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
        ).all()
        for run in runs:
            _ = run.source_runs  # load before the session closes
        return list(runs)


def source_health(engine: Engine, names: Iterable[str]) -> list[SourceHealth]:
    """Per source: last run and its status, last success, last new article,
    consecutive failures up to now, articles stored."""
    return [_health(engine, name) for name in names]


def _health(engine: Engine, name: str) -> SourceHealth:
    with reading(engine) as session:
        recent = session.scalars(
            select(SourceRun)
            .where(SourceRun.source == name, SourceRun.status != "skipped")
            .order_by(SourceRun.id.desc())
            .limit(_HISTORY)
        ).all()
        last_success = session.scalar(
            select(func.max(SourceRun.finished_at)).where(
                SourceRun.source == name, SourceRun.status == "ok"
            )
        )
        newest, count = session.execute(
            select(func.max(Article.fetched_at), func.count(Article.id)).where(
                Article.source == name
            )
        ).one()
    failures = 0
    for run in recent:
        if run.status == "interrupted":  # a stop or a restart says nothing of the site
            continue
        if run.status != "failed":
            break
        failures += 1
    last = recent[0] if recent else None
    return SourceHealth(
        source=name,
        last_run=last.started_at if last else None,
        last_status=last.status if last else None,
        last_success=last_success,
        last_new_article=newest,
        consecutive_failures=failures,
        articles=count,
        last_error=last.error if last else None,
    )


def source_runs(engine: Engine, run_id: int) -> list[SourceCounts]:
    """What run ``run_id`` recorded for each of its sources."""
    with reading(engine) as session:
        rows = session.scalars(
            select(SourceRun).where(SourceRun.run_id == run_id).order_by(SourceRun.id)
        ).all()
        return [
            SourceCounts(
                source=r.source, status=r.status, started_at=r.started_at,
                finished_at=r.finished_at or r.started_at, pages=r.pages,
                articles_seen=r.articles_seen, stored=r.stored, errors=r.errors,
                error=r.error, stats=dict(r.stats or {}),
            )
            for r in rows
        ]


def close_dead_runs(engine: Engine, alive: Callable[[int], bool], *, when: datetime) -> int:
    """Mark runs still 'running' whose process is gone as 'interrupted'; returns how many."""
    with writing(engine) as session:
        dead = [
            run.id
            for run in session.scalars(select(CrawlRun).where(CrawlRun.status == "running"))
            if run.pid is None or not alive(run.pid)
        ]
        if dead:
            session.execute(
                update(CrawlRun)
                .where(CrawlRun.id.in_(dead))
                .values(status="interrupted", finished_at=when)
            )
        return len(dead)


def polling_state(engine: Engine, names: Iterable[str]) -> dict[str, tuple[int, datetime | None]]:
    """Per source: crawls in a row that found no new article URL (ok runs that fetched
    no article page; failed and skipped runs are passed over), and when the last
    crawl that was not skipped started."""
    state: dict[str, tuple[int, datetime | None]] = {}
    with reading(engine) as session:
        for name in names:
            recent = session.execute(
                select(SourceRun.status, SourceRun.articles_seen, SourceRun.started_at)
                .where(SourceRun.source == name, SourceRun.status != "skipped")
                .order_by(SourceRun.id.desc())
                .limit(_HISTORY)
            ).all()
            empty = 0
            for status, seen, _ in recent:
                if status != "ok":
                    continue
                if seen:
                    break
                empty += 1
            state[name] = (empty, recent[0][2] if recent else None)
    return state
