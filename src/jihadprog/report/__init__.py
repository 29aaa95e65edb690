"""The quarterly report for the Tweede Kamer: data, builders, rendering and publishing.

``data`` holds the report's data types, ``build`` makes them from the corpus for one quarter
(``text`` writes Dutch dates and lists), ``render`` turns them into Markdown or LaTeX through
Jinja (escaping with ``mdescape`` and ``texescape``), and ``publish`` writes the result
atomically, through ``pdf`` when a PDF is asked for.
"""
