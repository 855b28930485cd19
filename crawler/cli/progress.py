"""The live display of a crawl: one line per source, on stderr, only on a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


def figures(stats: dict[str, Any]) -> str:
    return (
        f"pages {stats.get('downloader/response_count', 0)} · "
        f"articles {stats.get('pantau/articles_seen', 0)} · "
        f"stored {stats.get('pantau/stored', 0)} · "
        f"errors {stats.get('pantau/problems', 0) + stats.get('pantau/article_errors', 0)}"
    )


class CrawlProgress:
    """A context manager whose ``update(source, stats)`` is the runner's progress callback."""

    def __init__(self, names: list[str], console: Console) -> None:
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<24}"),
            TextColumn("{task.fields[figures]}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.tasks = {n: self.progress.add_task(n, total=None, figures="waiting") for n in names}

    def __enter__(self) -> CrawlProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()

    def update(self, source: str, stats: dict[str, Any]) -> None:
        if "finish_reason" in stats:
            done = figures(stats) + " · done"
            self.progress.update(self.tasks[source], figures=done, total=1, completed=1)
        elif stats:
            self.progress.update(self.tasks[source], figures=figures(stats))
