"""Readers and writers of other tools' timeline files: TimelineJS (JSON and spreadsheet CSV) and Timeline (XML)."""
