"""Synthetic articles for benchmarks: varied templates mixed with paragraphs of the
development articles, deterministic for a given index (never copies of one text)."""

from __future__ import annotations

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "seeds", REPO / "tests" / "articles", REPO / "tests" / "eval" / "articles"]

STATES = ["Russia", "the United States", "Turkey", "Iran", "Qatar", "Egypt", "Jordan", "France",
          "Germany", "China", "India", "Kenya", "Ethiopia", "Colombia", "Norway", "Japan",
          "Saudi Arabia", "the United Kingdom", "Brazil", "South Africa"]
GROUPS = ["the Rapid Support Forces", "Hezbollah", "the Taliban", "the Houthis", "al-Shabab",
          "the ELN", "M23", "Hamas", "the Free Syrian Army", "Boko Haram"]
PEOPLE = [("Foreign Minister", "Amina Khalid"), ("Secretary of State", "John Rowe"),
          ("envoy", "Moussa Diallo"), ("President", "Elena Varga"),
          ("Defence Minister", "Pavel Orlov"), ("mediator", "Ingrid Dahl"),
          ("spokesman", "Tariq Nasser"), ("Prime Minister", "Lucia Ortega")]
CITIES = ["Geneva", "Doha", "Oslo", "Jeddah", "Istanbul", "Addis Ababa", "Havana", "Vienna",
          "Muscat", "Nairobi", "Amman", "Astana"]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
THINGS = ["ceasefire", "prisoner exchange", "monitoring mission", "humanitarian corridor",
          "joint commission", "border demarcation", "power-sharing deal", "truce"]

TEMPLATES = [
    "{p0} {n0} said on {day} that {s0} and {s1} had agreed to a {thing} in {city}, though "
    "neither side would publish the text.",
    "The plan would require {g0} to withdraw heavy weapons from the front lines. In return, "
    "{s1} would release detainees and reopen crossings within two weeks.",
    "“We are closer than we have been since {month},” {n0} said. “But nothing is agreed until "
    "everything is agreed.”",
    "{s0} has regularly accused {s1} of using the talks as cover for new offensives, and "
    "officials warned that the {thing} could collapse unless both sides rein in local units.",
    "A previous {thing} brokered by {s2} in {month} collapsed within weeks, after fighting "
    "resumed around {city}.",
    "The agreement would create a joint implementation group based in {city}, which would "
    "coordinate monitoring and report violations to both governments.",
    "“Let the results speak, not our words,” {p1} {n1} told reporters after the talks, adding "
    "that the steps would have to be developed further in the coming days.",
    "Diplomats cautioned that {g0} was not a party to the talks and could try to derail the "
    "{thing}, while aid agencies said millions of people depended on the crossings.",
    "{s2} welcomed the agreement in a brief statement and said it stood ready to send "
    "observers to {city} if both parties requested it.",
    "Talks are expected to resume in {city} next month, with a second round on the political "
    "track that would include groups excluded from earlier meetings.",
]


def _pool() -> list[str]:
    paragraphs: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            parts = path.read_text("utf-8").replace("\r\n", "\n").split("\n\n")[2:]
            paragraphs += [p.strip() for p in parts if len(p.split()) > 20]
    return paragraphs


_POOL: list[str] = []


def article(index: int, words: int = 900) -> str:
    """The text of synthetic article ``index`` (about ``words`` words)."""
    if not _POOL:
        _POOL.extend(_pool())
    rng = random.Random(index)
    s = rng.sample(STATES, 3)
    g = rng.sample(GROUPS, 2)
    p = rng.sample(PEOPLE, 2)
    fill = {"s0": s[0], "s1": s[1], "s2": s[2], "g0": g[0], "p0": p[0][0], "n0": p[0][1],
            "p1": p[1][0], "n1": p[1][1], "city": rng.choice(CITIES),
            "month": rng.choice(MONTHS), "day": rng.choice(DAYS), "thing": rng.choice(THINGS)}
    title = (f"{s[0][0].upper() + s[0][1:]} and {s[1]} Agree on "
             f"{fill['thing'].title()} in {fill['city']} (#{index})")
    dek = "" if index % 5 == 0 else f"Talks on {fill['thing']} continue amid doubts over {g[0]}"
    body: list[str] = []
    templates = TEMPLATES[:]
    rng.shuffle(templates)
    while sum(len(x.split()) for x in body) < words:
        if templates and (rng.random() < 0.6 or not _POOL):
            body.append(templates.pop().format(**fill))
        else:
            body.append(rng.choice(_POOL))
    return f"{title}\n\n{dek}\n\n" + "\n\n".join(body) + "\n"


def write_articles(folder: Path, count: int, words: int = 900) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"synthetic_{index:04d}.txt"
        path.write_text(article(index, words), "utf-8")
        paths.append(path)
    return paths
