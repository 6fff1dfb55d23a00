"""The plotly drawer: pictures (atlas.pictures) drawn as plotly figures, for the
dashboard's pages and the event's big screen. It draws what a picture holds: every value,
colour, opacity, symbol and word was decided by the picture's view builder."""
