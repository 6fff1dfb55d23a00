"""Legibility of charts, measured on the rendered page: every chart text (tick label,
axis title, legend entry, chart title, annotation, colour-bar label, text on the data)
inside its chart's box, no two chart texts on top of each other, no visible chart
toolbar over a text of its chart or over a heading. The faint illustrative watermark lies
across its chart by design and is left out of the overlap rule."""

from __future__ import annotations

OUTSIDE_PX = 3  # a text may reach this far outside its chart's box
OVERLAP_SHARE = 0.20  # of the smaller text's area

MEASURE = """
([outsidePx, overlapShare]) => {
  const kinds = [
    ['tick label', '.xtick text, .ytick text, .x2tick text, .y2tick text'],
    ['axis title', '.g-xtitle text, .g-ytitle text, .g-x2title text, .g-y2title text'],
    ['legend entry', '.legend .legendtext, .legend .legendtitletext'],
    ['chart title', '.g-gtitle text'],
    ['annotation', '.annotation-text'],
    ['colour-bar label', '.colorbar text'],
    ['text on the data', '.bartext, .textpoint text'],
  ];
  const shown = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentNode) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' ||
          parseFloat(style.opacity) < 0.05) return false;
    }
    return true;
  };
  // The illustrative watermark is drawn faint behind the data on purpose: it is meant to
  // lie across the chart, so it is not a text that could collide with another.
  const faint = (el) => {
    let opacity = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentNode) {
      opacity *= parseFloat(getComputedStyle(node).opacity || '1');
      const attribute = node.getAttribute && node.getAttribute('opacity');
      if (attribute !== null && attribute !== undefined) opacity *= parseFloat(attribute);
    }
    return opacity < 0.3;
  };
  const area = (r) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  const intersection = (a, b) => area({left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right), top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom)});
  const headings = [...document.querySelectorAll('h1, h2, h3, [data-testid="stHeading"]')]
    .filter(shown).map((h) => h.getBoundingClientRect());
  const defects = [];
  document.querySelectorAll('.js-plotly-plot').forEach((plot, chart) => {
    const box = plot.getBoundingClientRect();
    if (box.width === 0 || !shown(plot)) return;
    const texts = [];
    for (const [kind, selector] of kinds) {
      plot.querySelectorAll(selector).forEach((el) => {
        const text = (el.textContent || '').trim();
        const r = el.getBoundingClientRect();
        if (text && r.width > 0 && r.height > 0 && shown(el) && !faint(el))
          texts.push({kind, text, r});
      });
    }
    for (const t of texts) {
      const beyond = Math.max(box.left - t.r.left, t.r.right - box.right,
                              box.top - t.r.top, t.r.bottom - box.bottom);
      if (beyond > outsidePx) defects.push({chart, rule: 'outside its chart', kind: t.kind,
                                            text: t.text, px: Math.round(beyond)});
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i], b = texts[j];
        const shared = intersection(a.r, b.r);
        if (shared > overlapShare * Math.min(area(a.r), area(b.r))) {
          defects.push({chart, rule: 'overlapping', kind: `${a.kind} / ${b.kind}`,
                        text: `${a.text} / ${b.text}`,
                        px: Math.round(100 * shared / Math.min(area(a.r), area(b.r)))});
        }
      }
    }
    const container = plot.closest('[data-testid="stElementContainer"]') || plot;
    const toolbars = [...plot.querySelectorAll('.modebar'),
                      ...container.querySelectorAll('[data-testid="stElementToolbar"]')];
    // A plotly toolbar is there but transparent until hovered: it counts when a button shows.
    const visible = (toolbar) => shown(toolbar) && (!toolbar.classList.contains('modebar') ||
      [...toolbar.querySelectorAll('.modebar-btn')].some(shown));
    for (const toolbar of toolbars.filter(visible)) {
      const r = toolbar.getBoundingClientRect();
      if (area(r) === 0) continue;
      for (const t of texts) if (intersection(r, t.r) > 0)
        defects.push({chart, rule: 'toolbar over text', kind: t.kind, text: t.text, px: 0});
      for (const h of headings) if (intersection(r, h) > 0)
        defects.push({chart, rule: 'toolbar over a heading', kind: 'heading', text: '', px: 0});
    }
  });
  return defects;
}
"""


def chart_defects(page) -> list[dict]:
    """Every legibility defect of the charts on the page, as rendered now."""
    return page.evaluate(MEASURE, [OUTSIDE_PX, OVERLAP_SHARE])


def describe(defects: list[dict]) -> str:
    return "\n".join(
        f"chart {d['chart']}: {d['rule']} ({d['kind']}, {d['px']}): {d['text'][:60]}"
        for d in defects[:25]
    )
