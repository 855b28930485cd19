"""Name lookups that never hold the process at exit.

Scrapy's default resolver runs ``socket.gethostbyname`` in the reactor's thread pool
and gives a lookup up after ``DNS_TIMEOUT``; the thread itself stays blocked in the C
library until the name server answers, and the reactor joins every pool thread when
it stops. With a name server that does not answer, a crawl of the full catalog was
over in 50 s and its process exited 2 to 3 minutes later (py-spy: the pool threads in
``getaddrinfo``). Here each lookup runs in a daemon thread of its own: the answer, or
the timeout, comes back on the reactor thread as before, and a lookup still blocked
when the crawl ends does not keep the process alive.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver, dnscache
from twisted.internet import defer, error
from twisted.python.failure import Failure


class DaemonThreadResolver(CachingThreadedResolver):
    """``CachingThreadedResolver`` (IPv4, cached, ``DNS_TIMEOUT``) on daemon threads."""

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:
        if name in dnscache:
            return defer.succeed(dnscache[name])
        result: defer.Deferred[str] = defer.Deferred()

        def settle(outcome: str | Failure) -> None:
            if result.called:
                return  # the timeout, or the answer, came first
            if timer.active():
                timer.cancel()
            if isinstance(outcome, Failure):
                result.errback(outcome)
            else:
                if dnscache.limit:
                    dnscache[name] = outcome
                result.callback(outcome)

        def lookup() -> None:
            try:
                outcome: str | Failure = socket.gethostbyname(name)
            except OSError as exc:
                outcome = Failure(error.DNSLookupError(f"address {name!r} not found: {exc}"))
            # the reactor may be gone by then: nobody waits for this answer
            with contextlib.suppress(Exception):
                self.reactor.callFromThread(settle, outcome)

        timer = self.reactor.callLater(
            self.timeout, settle,
            Failure(error.DNSLookupError(f"address {name!r} not found: timeout error")))
        threading.Thread(target=lookup, name=f"dns-{name}", daemon=True).start()
        return result
