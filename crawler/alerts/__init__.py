"""Alerts: after each crawl run, announce what is new and what broke.

``announce.after_run`` is the entry point; ``health`` decides when a source is down
or up again; ``webhook``, ``digest`` (email) and ``feed`` (Atom) deliver; ``messages``
says it in words.
"""
