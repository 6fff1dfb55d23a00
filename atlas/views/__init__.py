"""One view builder per page: `build(snapshot, controls)` returns everything the page
shows as plain data — frames and formatted rows, key figures, pictures (atlas.pictures:
every value, colour, mark and text of a chart or a map), source lines, the empty state.
No builder imports plotly: the dashboard's pages and the event screen draw the pictures
with plotly (plotly_drawer), the static edition with SVG and HTML (html_drawer).

Each module declares the datasets its page cannot do without (`NEEDS`) and the others it
reads when they are there (`USES`), checked against what it reads by a test; controls are
frozen dataclasses, so a view is cached per (builder, controls, snapshot version).
"""

from __future__ import annotations

import pandas as pd


def today() -> pd.Timestamp:
    """Today, as every view's controls take it (a day, no time)."""
    return pd.Timestamp.today().normalize()
