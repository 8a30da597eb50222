"""A minimal book for the tests; seeds and mermaid paths come from confoverrides."""

extensions = ["briefbook"]
project = "Test book"
html_theme = "furo"
exclude_patterns = ["_build"]
html_favicon = "favicon.svg"
latex_engine = "lualatex"
