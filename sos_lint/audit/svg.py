"""Small inline SVG charts for the HTML summary: no scripts, no fonts, nothing fetched."""
from __future__ import annotations

from html import escape

INK, BAR, MUTED, GRID = "#1b1b1b", "#1f5f8b", "#6b6b6b", "#dddddd"
LINE_COLOURS = ("#1b1b1b", "#1f5f8b", "#b35806", "#4d9221")


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(label)}">' + "".join(body) + "</svg>")


def _text(x: float, y: float, words: str, anchor: str = "start", size: int = 12, colour: str = INK) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{colour}" '
            f'text-anchor="{anchor}">{escape(words)}</text>')


def columns(counts: list[int], labels: list[str], label: str, width: int = 420, height: int = 170) -> str:
    """Vertical bars (a score distribution): one per band, the count above each."""
    top, bottom, left = 18, 24, 8
    most = max(counts) or 1
    step = (width - 2 * left) / max(1, len(counts))
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" stroke="{GRID}"/>']
    for i, (count, name) in enumerate(zip(counts, labels)):
        h = (height - top - bottom) * count / most
        x = left + i * step
        body.append(f'<rect x="{x + 2:.1f}" y="{height - bottom - h:.1f}" width="{step - 4:.1f}" height="{h:.1f}" fill="{BAR}"/>')
        body.append(_text(x + step / 2, height - bottom - h - 4, str(count), "middle", 10, MUTED))
        body.append(_text(x + step / 2, height - 8, name, "middle", 10))
    return _svg(width, height, body, label)


def bars(items: list[tuple[str, float, str]], label: str, scale: float, width: int = 560) -> str:
    """Horizontal bars: (name, value, value shown) each, lengths against `scale`."""
    row, left, right = 20, 230, 60
    height = row * len(items) + 8
    body = []
    for i, (name, value, shown) in enumerate(items):
        y = 4 + i * row
        length = (width - left - right) * (value / scale if scale else 0)
        body.append(_text(left - 6, y + 13, name if len(name) <= 34 else name[:33] + "…", "end"))
        body.append(f'<rect x="{left}" y="{y + 3}" width="{max(length, 0):.1f}" height="{row - 6}" fill="{BAR}"/>')
        body.append(_text(left + length + 4, y + 13, shown, "start", 11, MUTED))
    return _svg(width, height, body, label)


def small_multiple(title: str, values: list[tuple[str, float | None]], width: int = 190, height: int = 120) -> str:
    """One panel of a small-multiple chart: a few 0-10 scores as bars under the group's name."""
    top, bottom, left = 20, 22, 6
    step = (width - 2 * left) / max(1, len(values))
    body = [_text(left, 13, title if len(title) <= 28 else title[:27] + "…", "start", 12),
            f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" stroke="{GRID}"/>']
    for i, (name, value) in enumerate(values):
        x = left + i * step
        if value is not None:
            h = (height - top - bottom) * value / 10
            body.append(f'<rect x="{x + 2:.1f}" y="{height - bottom - h:.1f}" width="{step - 4:.1f}" '
                        f'height="{h:.1f}" fill="{INK if i == 0 else BAR}"/>')
            body.append(_text(x + step / 2, height - bottom - h - 3, f"{value:.1f}", "middle", 9, MUTED))
        body.append(_text(x + step / 2, height - 8, name, "middle", 9))
    return _svg(width, height, body, title)


def lines(months: list[str], series: dict[str, list[float | None]], label: str, width: int = 640,
          height: int = 220) -> str:
    """Median score by month, one line per series; a gap where a month has too few statements."""
    top, bottom, left, right = 12, 40, 32, 90
    inner_w, inner_h = width - left - right, height - top - bottom
    step = inner_w / max(1, len(months) - 1)

    def y_of(score: float) -> float:
        return top + inner_h * (1 - score / 10)

    body = []
    for score in (0, 5, 10):
        body.append(f'<line x1="{left}" y1="{y_of(score):.1f}" x2="{left + inner_w}" y2="{y_of(score):.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 4, y_of(score) + 4, str(score), "end", 10, MUTED))
    every = max(1, len(months) // 8)
    for i, month in enumerate(months):
        if i % every == 0:
            body.append(_text(left + i * step, height - bottom + 16, month, "middle", 10))
    for n, (name, values) in enumerate(series.items()):
        colour = LINE_COLOURS[n % len(LINE_COLOURS)]
        runs, current = [], []
        for i, value in enumerate(values):
            if value is None:
                runs, current = runs + [current] if current else runs, []
            else:
                current.append((left + i * step, y_of(value)))
        runs += [current] if current else []
        for run in runs:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
            body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>' for x, y in run]
        body.append(_text(left + inner_w + 8, top + 14 + 16 * n, name, "start", 11, colour))
    return _svg(width, height, body, label)
