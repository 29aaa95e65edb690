"""Editing the corpus as a careful person would: splice new text at PyYAML's marks.

Every write keeps the rest of the file byte for byte, writes new text in the canonical form
(``style``), is checked in memory against the whole corpus before anything is written, and
goes through an atomic rename only when the file did not change in the meantime (``write``).
"""
