"""Sphinx glue: configuration, generated pages, directives, events and assets."""
