"""The command line: the click group (``main``), what commands share (``options``),
how they print (``output``, ``progress``, ``logs``), and the commands themselves."""
