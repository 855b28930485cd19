"""The ``pantau`` command: a thin face that parses, calls and prints.

This module is the click group and the entry point; every command lives in
``crawler.cli.commands`` and takes its shared options from ``crawler.cli.options``.
Expected failures (a bad config, an unknown source, an unreadable database)
end with one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import errno
import signal
import sys

import click
from sqlalchemy.exc import DBAPIError

import storage
from crawler.cli.options import Interrupted
from crawler.config.settings import ConfigError

# OSErrors that are about the machine, not the program: one line, exit 1.
_PERSONAL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS,
                    errno.ENOENT, errno.EISDIR, errno.ENOTDIR}


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="pantau")
def cli() -> None:
    """Pantau watches Indonesian regional-government news for sister-city and
    international-cooperation articles, and keeps them in a database.

    \b
    Examples:
      pantau crawl                      crawl every source into ./pantau.db
      pantau check                      check the config, sources and lexicon
      pantau search shanghai --since 2025-01-01
      pantau show 12
      pantau mark 12 --irrelevant       a person's judgement overrides the classifier
      pantau sources
      pantau sources discover https://kotaku.go.id/
      pantau export --format xlsx -o articles.xlsx
      pantau stats
      pantau browse                     open the collection in Datasette
      pantau daemon                     crawl on the [schedule] until stopped
      pantau status
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point: exit 1 with one line for expected errors, usage errors included.
    ``argv`` defaults to the command line (tests pass their own)."""
    try:
        code = cli.main(args=argv, prog_name="pantau", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.UsageError as exc:  # one line, and where to look, not click's four
        where = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        click.echo(f"Error: {exc.format_message()}{where}", err=True)
        code = 1
    except click.ClickException as exc:
        exc.show()
        code = 1
    except click.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click's word for Ctrl-C
            click.echo("Interrupted.", err=True)
            code = 128 + signal.SIGINT
        else:
            click.echo("Aborted.", err=True)
            code = 1
    except (ConfigError, storage.DatabaseError) as exc:
        click.echo(f"Error: {exc}", err=True)
        code = 1
    except DBAPIError as exc:  # locked past the busy timeout, disk full, read-only ...
        message = storage.explain(exc)
        if message is None:
            raise  # not a condition a person can act on: a bug, keep its traceback
        click.echo(f"Error: {message}", err=True)
        code = 1
    except OSError as exc:  # an output file or folder: full disk, no permission ...
        if exc.errno not in _PERSONAL_ERRNOS:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"Error: {where}{exc.strerror}", err=True)
        code = 1
    except KeyboardInterrupt:  # Ctrl-C in a command that installs no handler of its own
        click.echo("Interrupted.", err=True)
        code = 128 + signal.SIGINT
    except Interrupted as stop:
        name = signal.Signals(stop.signum).name
        click.echo(f"Interrupted ({name}) before the crawl began; nothing was fetched.",
                   err=True)
        code = 128 + stop.signum
    sys.exit(code or 0)


def _register() -> None:
    from crawler.cli.commands import (
        check,
        crawl,
        daemon,
        feed,
        labels,
        query,
        reading,
        sources,
        stories,
    )

    for module in (check, crawl, daemon, feed, labels, query, reading, sources, stories):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
