"""Data files installed with the app as ``timeline_app.resources``: the bundled timeline,
the JSON Schema of the file format and the icons. Read them with :mod:`importlib.resources`
(see ``timeline_app.domain.bundled``), never through ``__file__``, so they also work from a
wheel or a frozen bundle."""
