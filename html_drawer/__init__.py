"""The HTML/SVG drawer: pictures (atlas.pictures) as inline SVG for the edition's pages,
as standalone SVG documents to take away (PNG through resvg), and the pages' sections as
HTML, for the edition and the dashboard alike. It draws what a view holds and decides
nothing of its own."""
