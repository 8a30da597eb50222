"""Safe YAML loading that keeps the line of every value (for error messages)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from briefbook.problems import InputError, Problem

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class Located:
    """A YAML value with the 1-based line it starts on."""

    value: dict[str, Located] | list[Located] | Scalar
    line: int
    key_lines: dict[str, int] | None = None


def load_located(path: Path, text: str) -> Located | None:
    """Parse ``text`` with PyYAML's safe loader; duplicate keys are errors."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(path, loader, node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise InputError([Problem(path, line, f"invalid YAML: {exc.problem or exc.context}",
                                  "check indentation and quoting on this line")]) from exc
    except yaml.YAMLError as exc:
        raise InputError([Problem(path, 1, f"invalid YAML: {exc}")]) from exc
    finally:
        loader.dispose()


def _convert(path: Path, loader: yaml.SafeLoader, node: yaml.Node) -> Located:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        values: dict[str, Located] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node))
            key_line = key_node.start_mark.line + 1
            if key in values:
                raise InputError([Problem(path, key_line, f"duplicate key {key!r}",
                                          f"it was first given on line {key_lines[key]}")])
            values[key] = _convert(path, loader, value_node)
            key_lines[key] = key_line
        return Located(values, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(path, loader, item) for item in node.value], line)
    value = loader.construct_object(node)
    if not isinstance(value, str | int | float | bool) and value is not None:
        value = str(value)
    return Located(value, line)
