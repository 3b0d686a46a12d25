"""The domain layer: the file format, dates, loading and checks. Pure Python: no Qt here."""
