"""Figures built once and drawn by many viewers: a plotly figure frozen into its dict.

A view builder returns frozen figures, so a cached view can be handed to every session
without a copy. Streamlit asks a figure for `to_dict()` (a deep copy) on every run; a
frozen figure hands out the dict made when it was frozen. Never modify one.
"""

from __future__ import annotations

import plotly.graph_objects as go


class FrozenFigure(go.Figure):
    def __init__(self, *args, **kwargs):  # built with freeze(), never directly
        raise TypeError("use freeze(figure)")

    def to_dict(self) -> dict:
        return self._frozen_dict


def freeze(figure: go.Figure) -> FrozenFigure:
    if isinstance(figure, FrozenFigure):
        return figure
    frozen = object.__new__(FrozenFigure)
    object.__setattr__(frozen, "_frozen_dict", figure.to_dict())
    return frozen
