"""One view builder per page: `build(snapshot, controls)` returns everything the page
shows — frames, key figures, frozen figures, source lines, illustrative flags — as plain
data. Pages, the event screen and the static edition only draw what a builder returns.

Each module declares the datasets its page cannot do without (`NEEDS`) and the others it
reads when they are there (`USES`); controls are frozen dataclasses, so a view is cached
per (builder, controls, snapshot version).
"""
