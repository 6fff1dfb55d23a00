"""The README's recipe "add an indicator", followed as a data provider would: no code."""

from __future__ import annotations

import pandas as pd

from atlas.snapshot import Snapshot
from atlas.views import adoption, data, overview, region
from loaders.contract import REGION_CODES
from loaders.store import DataStore
from loaders.validate import main as validate
from tests.support import factory

TODAY = pd.Timestamp("2026-11-27")


def test_adding_an_indicator_takes_a_catalogue_row_and_its_observations(tmp_path, capsys):
    catalogue = factory.catalogue()
    row = catalogue.iloc[[1]].assign(
        indicator_id="ai_chatbots_live",
        label_fr="Agents conversationnels en service",
        label_ar="وكلاء المحادثة العاملون",
        label_en="Chatbots in service",
        unit="count",
        source="Test ministry",
        illustrative=True,
    )
    observations = pd.DataFrame(
        {
            "indicator_id": "ai_chatbots_live",
            "region_code": [*REGION_CODES, None],
            "period": pd.Timestamp("2026-01-01"),
            "sector": None,
            "value": [float(i) for i in range(1, 13)] + [78.0],
        }
    )
    tables = factory.tables()
    folder = factory.write_folder(
        tmp_path / "data",
        {
            "indicators": pd.concat([catalogue, row], ignore_index=True),
            "adoption": pd.concat([tables["adoption"], observations], ignore_index=True),
        },
    )

    assert validate([str(folder)]) == 0, capsys.readouterr().out
    snapshot = Snapshot(DataStore(folder).states(), folder)
    assert "ai_chatbots_live" in overview.choices(snapshot, "en", TODAY).indicators
    view = adoption.build(snapshot, adoption.Controls("fr", "ai_chatbots_live", per_capita=False))
    assert view.title.startswith("Agents conversationnels en service")
    assert list(view.ranked["region_code"])[0] == "MA-12"  # the largest count
    profile = region.build(snapshot, region.Controls("ar", TODAY, "MA-12")).profile
    assert "وكلاء المحادثة العاملون" in list(profile.iloc[:, 0])
    dictionary = data.build(snapshot, data.Controls("en")).dictionary
    assert "Chatbots in service" in set(dictionary["label"])
