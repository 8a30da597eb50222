"""Sphinx configuration of the briefing book."""

from __future__ import annotations

import sys
from pathlib import Path

# The extension lives in this repository; an installed copy (pip install -e .) also works.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extensions"))

project = "Briefing book"
author = "Briefbook"
copyright = "the authors of the briefings"
language = "en"

extensions = ["briefbook"]

# Briefbook: articles and overlays live in ../seeds; pages are generated into briefings/.
briefbook_seeds = "../seeds"
briefbook_output_dir = "briefings"


html_theme = "furo"
html_title = "Briefing book"
html_static_path = ["_static"]
html_favicon = "_static/favicon.svg"
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False

exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# lualatex with font fallback prints any script and emoji an article may hold.
latex_engine = "lualatex"
