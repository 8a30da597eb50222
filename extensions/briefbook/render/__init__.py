"""Render: the brief becomes docutils nodes, mermaid diagrams and generated page files."""
