"""A tiny SVG line chart (log-log axes) so the benchmark needs no plotting library."""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT, PAD = 640, 400, 60


def line_plot(points: list[tuple[int, float]], title: str, xlabel: str, ylabel: str) -> str:
    xs = [math.log10(max(x, 1)) for x, _ in points]
    ys = [math.log10(max(y, 1e-3)) for _, y in points]
    x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    y0, y1 = math.floor(min(ys)), math.ceil(max(ys)) if max(ys) > min(ys) else min(ys) + 1

    def sx(v: float) -> float:
        return PAD + (v - x0) / (x1 - x0) * (WIDTH - 2 * PAD)

    def sy(v: float) -> float:
        return HEIGHT - PAD - (v - y0) / (y1 - y0) * (HEIGHT - 2 * PAD)

    path = " ".join(f"{'M' if i == 0 else 'L'}{sx(x):.1f},{sy(y):.1f}"
                    for i, (x, y) in enumerate(zip(xs, ys, strict=True)))
    marks = "".join(
        f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="4"/>'
        f'<text x="{sx(x) + 6:.1f}" y="{sy(y) - 8:.1f}" font-size="12">{n} → {s:.1f} s</text>'
        for (n, s), x, y in zip(points, xs, ys, strict=True))
    ticks = "".join(
        f'<text x="{PAD - 8}" y="{sy(v) + 4:.1f}" font-size="11" text-anchor="end">{10 ** v:g}'
        f'</text><line x1="{PAD}" x2="{WIDTH - PAD}" y1="{sy(v):.1f}" y2="{sy(v):.1f}" '
        f'stroke="#ddd"/>' for v in range(int(y0), int(y1) + 1))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>'
            f'<text x="{WIDTH / 2}" y="24" font-size="15" text-anchor="middle">{escape(title)}'
            f'</text>{ticks}<path d="{path}" fill="none" stroke="#2b5d8a" stroke-width="2"/>'
            f'<g fill="#2b5d8a">{marks}</g>'
            f'<text x="{WIDTH / 2}" y="{HEIGHT - 16}" font-size="12" text-anchor="middle">'
            f'{escape(xlabel)} (log scale)</text>'
            f'<text x="16" y="{HEIGHT / 2}" font-size="12" transform="rotate(-90 16 '
            f'{HEIGHT / 2})" text-anchor="middle">{escape(ylabel)} (log scale)</text></svg>')
