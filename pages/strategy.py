"""The strategy: Maroc IA 2030 and Maroc Digital 2030 — targets and whether the published
figures are on track, milestones, governance and ethics, territorial inclusion. Every word
is the view's (atlas.views.strategy), drawn section by section as the edition draws it."""

from __future__ import annotations

from datetime import date

import pandas as pd

from atlas.views import strategy
from ui import cache, charts, components, data, sections, tables
from ui.context import language
from ui.frame import require_frame

require_frame()
lang = language()
snapshot = data.open_view(strategy)
view = cache.view(strategy.build, snapshot, strategy.Controls(lang, pd.Timestamp(date.today())))

sections.page_header("strategy")
if view.missing:
    components.nothing(view.missing)
for part in view.sections:
    sections.section(part)
    if part.key == "inclusion" and view.inclusion is not None:
        if view.inclusion.map_figure is not None:
            charts.region_map(view.inclusion.map_figure, key="strategy_map")
        tables.frame(view.inclusion.rows)
        components.source_line(view.inclusion.source)
