"""Mermaid source: labels are escaped so article text cannot become diagram syntax."""

from __future__ import annotations

import re

import pytest

from briefbook.briefing import load_brief
from briefbook.model import Edge, Node, Structure
from briefbook.render.diagrams import label, structure_diagram
from conftest import FIRST

HOSTILE = [
    'A"] --> B[evil',
    "click n1 call alert(1)",
    "%%{init: {'securityLevel': 'loose'}}%%",
    "<img src=x onerror=alert(1)>",
    "end\nsubgraph x",
    "a;b|c|d{e}(f)#g&h:i",
    "Жабхат ан-Нусра ⚠️ 🇸🇾",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_label_is_quoted_and_entity_escaped(text: str) -> None:
    quoted = label(text)
    assert quoted.startswith('"') and quoted.endswith('"')
    inner = quoted[1:-1]
    assert re.fullmatch(r"(?:[A-Za-z0-9 ,.'-]|#\d+;)*", inner)
    decoded = re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), inner)
    assert decoded == " ".join(text.split())


def test_long_labels_are_cut_with_an_ellipsis() -> None:
    assert label("word " * 40, limit=20).endswith('#8230;"')


def test_hostile_structure_stays_one_node_per_line() -> None:
    nodes = tuple(Node(f"x{i}", text, "body") for i, text in enumerate(HOSTILE))
    edges = (Edge("x0", "x1", 'creates"| x2'),)
    code = structure_diagram(Structure("T", nodes, edges)).code
    body = [line for line in code.splitlines() if line.startswith("n")]
    assert len(body) == len(HOSTILE) + 1
    assert not any(line.lstrip().startswith(("click", "%%", "end", "subgraph"))
                   for line in code.splitlines())
    assert "%%" not in code and "<" not in code


def test_first_article_diagram_is_stable() -> None:
    first = structure_diagram(load_brief(FIRST).structure).code
    assert first == structure_diagram(load_brief(FIRST).structure).code
    assert first.splitlines()[:3] == [
        "flowchart TD", "accTitle: Proposed Joint Implementation Group",
        "accDescr: 8 parts and 7 relations of the proposal, listed in text below the diagram"]
