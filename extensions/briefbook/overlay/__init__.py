"""Analyst overlay: an optional ``<article>.brief.yaml`` that adds, corrects or drops items.

Every overlay item cites evidence (exact quotations and/or ¶ numbers) that is checked
against the article; problems are reported with the overlay file and line.
"""

from briefbook.overlay.apply import apply_overlay
from briefbook.overlay.schema import Overlay, load_overlay, overlay_path_for

__all__ = ["Overlay", "apply_overlay", "load_overlay", "overlay_path_for"]
