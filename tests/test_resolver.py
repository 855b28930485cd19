"""spiders.resolver: lookups on daemon threads, answered or timed out on the reactor."""

from __future__ import annotations

import queue
import socket
import threading

import pytest
from twisted.internet import error
from twisted.internet.task import Clock

from spiders.resolver import DaemonThreadResolver


class _Reactor(Clock):
    """A clock whose callFromThread queues the call for the test to run, as the reactor
    thread would."""

    def __init__(self) -> None:
        super().__init__()
        self.from_thread: queue.Queue = queue.Queue()

    def callFromThread(self, f, *args, **kwargs) -> None:
        self.from_thread.put((f, args, kwargs))

    def run_one(self) -> None:
        f, args, kwargs = self.from_thread.get(timeout=5)
        f(*args, **kwargs)


def _results(deferred) -> list:
    got: list = []
    deferred.addBoth(got.append)
    return got


def test_an_answer_comes_back_on_the_reactor_and_is_cached(monkeypatch):
    from scrapy.resolver import dnscache

    monkeypatch.setattr(socket, "gethostbyname", lambda name: "127.0.0.9")
    reactor = _Reactor()
    resolver = DaemonThreadResolver(reactor, cache_size=100, timeout=10.0)
    got = _results(resolver.getHostByName("pemkab.example.test"))
    assert got == []  # not before the reactor runs the answer
    reactor.run_one()
    assert got == ["127.0.0.9"]
    assert dnscache["pemkab.example.test"] == "127.0.0.9"
    assert reactor.getDelayedCalls() == []  # the timeout was cancelled


def test_a_lookup_that_never_returns_times_out_and_does_not_hold_the_process(monkeypatch):
    release = threading.Event()
    started: list[threading.Thread] = []

    def stuck(name: str) -> str:
        started.append(threading.current_thread())
        release.wait(10)
        raise socket.gaierror("no answer")

    monkeypatch.setattr(socket, "gethostbyname", stuck)
    reactor = _Reactor()
    resolver = DaemonThreadResolver(reactor, cache_size=0, timeout=10.0)
    got = _results(resolver.getHostByName("mati.example.test"))
    reactor.advance(10.0)
    assert len(got) == 1
    assert got[0].check(error.DNSLookupError)
    assert "timeout" in got[0].getErrorMessage()
    assert started
    assert started[0].daemon  # a thread the interpreter does not wait for at exit
    release.set()
    reactor.run_one()  # the late failure arrives and is ignored: settled once
    assert len(got) == 1


@pytest.mark.parametrize("message", ["Name or service not known"])
def test_a_failed_lookup_is_a_dns_lookup_error(monkeypatch, message):
    def fail(name: str) -> str:
        raise socket.gaierror(message)

    monkeypatch.setattr(socket, "gethostbyname", fail)
    reactor = _Reactor()
    got = _results(DaemonThreadResolver(reactor, 0, 10.0).getHostByName("x.example.test"))
    reactor.run_one()
    assert got[0].check(error.DNSLookupError)
    assert message in got[0].getErrorMessage()
