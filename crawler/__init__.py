"""Pantau's application: configuration, the stages of the data flow and the command line.

``config`` (settings, sources, schedules) and ``urls`` are read by every part;
``extract``, ``relevance``, ``stories`` and ``alerts`` are the stages, independent
of each other; ``cli`` is the face on top. ``python -m crawler`` is ``pantau``.
"""
