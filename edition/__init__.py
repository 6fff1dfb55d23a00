"""The static event edition: the same views as the dashboard, rendered once per data
version into pre-compressed HTML with inline SVG maps, for the crowd's phones.

    python -m edition DATA_DIR OUT_DIR      (make edition)

No JavaScript, no web font, no request to any other host; nginx (or any static host)
serves it with no Python on the request path.
"""
