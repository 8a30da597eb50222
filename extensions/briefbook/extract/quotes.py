"""Direct quotes and their speakers.

A quotation mark span is a direct quote when a speech verb frames it, when it is long,
or when it carries its own punctuation; a short title-case span is a name, not a quote.
The speaker comes from the same sentence (after the quote, then before it), then from
an earlier quote of the same paragraph or the paragraph the quote continues. Pronouns
resolve to the last person named before the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefbook.extract.actor_table import ActorTable, add_speaker
from briefbook.extract.lexicon import lexicon
from briefbook.extract.subjects import TOKEN, SubjectResolver, tokens_between
from briefbook.ingest.article import Article, Paragraph
from briefbook.model import Citation, Quote, Why

_TIME_NOUNS = frozenset({"night", "day", "morning", "evening", "afternoon", "week", "month",
                         "year", "time"})  # "later that night" is not "said that"
_STATEMENT_WORDS = frozenset({"a", "the", "statement", "statements", "from", "by", "issued",
                              "released", "joint", "written"})
# Opening marks and the marks that may close them (writers mix straight and curly).
_OPEN = {"“": "”\"", "«": "»", "„": "“”\"", '"': '"”'}
# How many words after a quote may hold its speech verb, besides a relative clause ("…,"
# Communication Minister X, who is also the government spokesman, told …).
_AFTER_WINDOW = 10
# A determiner just before an opening mark: a term in quotes, not someone's words.
_NAMING = re.compile(r"\b(?:the|a|an|so-called|its|their|his|her|two|three|four)\s+[“\"«„]$",
                     re.IGNORECASE)
# A closing quote mark just before a speech verb: the verb is inverted ("…," said X).
_CLOSING = re.compile(r"[”\"»]")


@dataclass(frozen=True)
class Span:
    """The inside of a pair of quotation marks, and whether it was left open."""

    paragraph: int
    start: int
    end: int
    closed: bool


@dataclass(frozen=True)
class Attribution:
    key: str
    rule: str
    cue: str


def quote_spans(paragraph: Paragraph) -> list[Span]:
    """Every quotation-mark span of a paragraph (an unclosed one runs to its end)."""
    text = paragraph.text
    spans: list[Span] = []
    opened: tuple[int, str] | None = None
    for index, char in enumerate(text):
        if opened is None:
            if char in _OPEN and (char != '"' or index == 0 or not text[index - 1].isalnum()):
                opened = (index, _OPEN[char])
        elif char in opened[1]:
            spans.append(Span(paragraph.number, opened[0] + 1, index, True))
            opened = None
    if opened is not None:
        spans.append(Span(paragraph.number, opened[0] + 1, len(text), False))
    return spans


# What may open the sentence that names a quote's speaker after it: "That was how X summed up".
_NEXT_OPENING = re.compile(r"(?:That|This) was how ")


class _QuoteReader(SubjectResolver):
    """Decides which spans are direct quotes and who said them."""

    def is_direct(self, paragraph: Paragraph, span: Span) -> tuple[bool, str]:
        inner = paragraph.text[span.start:span.end].strip()
        words = inner.split()
        if not words:
            return False, ""
        particles = self.lex.name_particles
        if len(words) <= 6 and all(w[0].isupper() or w in particles for w in words) \
                and inner[-1] not in ".,!?":
            return False, "name"
        if len(words) <= 2 and inner[-1] == "." and _NAMING.search(
                paragraph.text[max(0, span.start - 30):span.start]):
            return False, "term"  # reserved "the top posts for the three “constituent peoples.”"
        if inner[-1] in ".,!?;:" or not span.closed:
            return True, "own punctuation"
        if len(words) >= 6:
            return True, f"{len(words)} words"
        sentence = paragraph.sentence_at(span.start)
        context = paragraph.text[sentence.start:min(sentence.end, span.end + 60)].lower()
        verbs = self.lex.speech_verbs | self.lex.speech_participles | {"according"}
        cue = next((t for t in TOKEN.findall(context) if t in verbs), "")
        return bool(cue), cue

    def attribute(self, paragraph: Paragraph, span: Span) -> Attribution | None:
        return self._after(paragraph, span) or self._before(paragraph, span)

    def _after(self, paragraph: Paragraph, span: Span) -> Attribution | None:
        tail_start = span.end + 1
        tail_end = paragraph.sentence_at(span.end).end  # a quote may hold several sentences
        every = [(m.start() + tail_start, m.end() + tail_start, m.group())
                 for m in TOKEN.finditer(paragraph.text[tail_start:tail_end])]
        window = _AFTER_WINDOW + self._relative_clause(paragraph, every)
        tokens = every[:window]
        if not any(t[2].rstrip(".,") in self.lex.speech_verbs for t in tokens):
            late = self._trailing_attribution(paragraph, every, window)
            if late is not None:  # "… and would continue, state broadcaster RTN reported"
                return late
        words = [t[2].lower() for t in tokens]
        every_word = [t[2].lower() for t in every]
        if "quoted" in words and "as" in every_word[every_word.index("quoted"):]:
            upto = every_word.index("as", every_word.index("quoted"))  # "quoted X as saying"
            found = self._quoted_as(paragraph, every[:upto + 1])
            if found:
                return Attribution(found, "quote.quoted-as", "quoted … as saying")
        if words[:2] == ["according", "to"]:  # ""…," according to a statement from X"
            source = _after_statement(tokens[2:])
            found = self.noun_phrase(paragraph, source) if source else None
            if found:
                return Attribution(found, "quote.according-to", "according to")
        for index, (_, _, word) in enumerate(tokens):
            if word.rstrip(".,") in self.lex.speech_verbs:
                if "what" in words[max(0, index - 3):index]:
                    return None  # "… to the port and end what it called "…"": the next quote's
                subject = self.clause_subject(paragraph, tokens[:index])
                if (subject and subject[0][2].lower() in self.lex.conjunctions) or (
                        index > 0 and tokens[index - 1][2].lower() in {"and", "but"}):
                    return None  # "… "a political instrument" and said …": the sentence's subject
                if subject and tokens.index(subject[0]) > 0 \
                        and tokens[tokens.index(subject[0]) - 1][2].lower() \
                        in self.lex.subordinators | {"that"}:
                    return None  # "X said … "…" and that Moscow welcomed …", "… "…," while
                    # Y said …": X's words
                if subject:
                    found = self.noun_phrase(paragraph, subject)
                    if found:
                        return Attribution(found, "quote.speaker-after", word.rstrip(".,"))
                if index > 0:
                    return None  # the speaker may be named past the window's end
                return self._inverted(paragraph, every[index + 1:], word.rstrip(".,"))
        return None

    @staticmethod
    def _relative_clause(paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> int:
        """How many words a ", who …," or ", which …," clause opening within the first
        words of ``tokens`` holds (it sits between a speaker and the speech verb); 0 when
        there is none or it does not close."""
        for index, (start, _, word) in enumerate(tokens[:_AFTER_WINDOW]):
            if word.lower() in {"who", "which"} and paragraph.text[:start].endswith(", "):
                return next((count for count, token in enumerate(tokens[index:], 1)
                             if paragraph.text[token[1]:token[1] + 1] == ","), 0)
        return 0

    def _inverted(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]], cue: str
                  ) -> Attribution | None:
        """The speaker named after the speech verb ("…," said X), or after the description
        that comes first ("said Mozambique's president, Samora Tembe"); a relative clause
        ("said a regional official who asked not to be named because he …") is not part
        of it."""
        relative = next((n for n, t in enumerate(tokens)
                         if t[2].lower() in {"who", "which", "whose"}), len(tokens))
        found = self._described_or_named(paragraph, tokens[:relative])
        return Attribution(found, "quote.verb-then-speaker", cue) if found else None

    def _described_or_named(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]],
                            ends: frozenset[str] = frozenset({",", ".", ";"})) -> str | None:
        """Who a phrase up to its first mark in ``ends`` names: a person it names, else the
        person named after it when it is a description set off by a comma ("Mozambique's
        president, Samora Tembe"; "a Hezbollah lawmaker, Youssef Dakroub, as saying"),
        else what the phrase itself names."""
        phrase = self._phrase(paragraph, tokens, ends)
        if not phrase:
            return None
        person = any(self.table.by_key(m.key).kind == "person" for m in
                     self.table.in_span(paragraph.number, phrase[0][0], phrase[-1][1]))
        named = self._named_after(paragraph, tokens[len(phrase):]) \
            if not person and paragraph.text[phrase[-1][1]:phrase[-1][1] + 1] == "," else None
        return named or self.noun_phrase(paragraph, phrase)

    @staticmethod
    def _phrase(paragraph: Paragraph, tokens: list[tuple[int, int, str]],
                ends: frozenset[str] = frozenset({",", ".", ";"})
                ) -> list[tuple[int, int, str]]:
        """The tokens up to and including the first that one of ``ends`` (by default a
        comma, full stop or semicolon) follows."""
        for count, token in enumerate(tokens, 1):
            if paragraph.text[token[1]:token[1] + 1] in ends:
                return tokens[:count]
        return tokens

    def _named_after(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]
                     ) -> str | None:
        """The person a phrase opens with: the name after a description and its comma."""
        phrase = self._phrase(paragraph, tokens)
        if not phrase:
            return None
        people = [m for m in self.table.in_span(paragraph.number, phrase[0][0], phrase[-1][1])
                  if self.table.by_key(m.key).kind == "person"]
        if not people:
            return None
        titled = paragraph.text[phrase[0][0]:people[0].start].split()  # "Lieutenant General"
        return people[0].key if all(w in self.lex.person_title_words for w in titled) else None

    def named_next(self, paragraph: Paragraph, span: Span) -> Attribution | None:
        """The speaker of a quote that is a sentence of its own, named as the next sentence
        opens ("“A line on paper does not move a grave.” Taeki, 61, said …"; "That was how
        Kapanadze summed up …")."""
        sentences = paragraph.sentences
        index = next((n for n, s in enumerate(sentences) if s.start <= span.start < s.end), None)
        if index is None or index + 1 >= len(sentences) \
                or paragraph.text[sentences[index].start:span.start].strip("“\"« ") \
                or sentences[index].end > span.end + 1:
            return None  # not a quote standing as its own sentence
        following = sentences[index + 1]
        opening = _NEXT_OPENING.match(paragraph.text, following.start)
        start = opening.end() if opening else following.start
        named = self.table.in_span(paragraph.number, start, following.end)
        if not named or named[0].start != start \
                or self.table.by_key(named[0].key).kind != "person":
            return None
        verb = next((t[2] for t in tokens_between(paragraph, named[0].end, following.end)
                     if t[2] in self.lex.speech_verbs or t[2] == "summed"), None)
        return Attribution(named[0].key, "quote.speaker-next", verb) if verb else None

    def introduced(self, number: int) -> Attribution | None:
        """The speaker of a paragraph that is only a quote, named at the end of the paragraph
        before it ("In a post on Telegram, he wrote:")."""
        paragraph = self.paragraphs.get(number)
        if paragraph is None or not paragraph.text.rstrip().endswith(":"):
            return None
        end = len(paragraph.text.rstrip())
        found = self._before(paragraph, Span(number, end + 1, end + 1, False))
        return Attribution(found.key, "quote.introduced-before", found.cue) if found else None

    def _trailing_attribution(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]],
                              first: int) -> Attribution | None:
        """A speech verb late in a long sentence (from token ``first`` on) whose subject
        follows a comma."""
        for index in range(first, len(tokens)):
            word = tokens[index][2]
            if word.rstrip(".,") not in self.lex.speech_verbs:
                continue
            subject = self.clause_subject(paragraph, tokens[:index])
            if subject and paragraph.text[:subject[0][0]].rstrip().endswith(","):
                found = self.noun_phrase(paragraph, subject)
                if found:
                    return Attribution(found, "quote.speaker-after", word.rstrip(".,"))
        return None

    def _before(self, paragraph: Paragraph, span: Span) -> Attribution | None:
        sentence = paragraph.sentence_at(span.start)
        tokens = [(m.start() + sentence.start, m.end() + sentence.start, m.group())
                  for m in TOKEN.finditer(paragraph.text[sentence.start:span.start - 1])]
        for index in range(len(tokens) - 1, -1, -1):
            word = tokens[index][2].rstrip(".,")
            if word.lower() == "according" and index + 2 < len(tokens) \
                    and tokens[index + 1][2] == "to":
                source = _after_statement(self._phrase(paragraph, tokens[index + 2:],
                                                       frozenset({",", ";", ":"})))
                found = self.noun_phrase(paragraph, source) if source else None
                # "According to X, "nothing …"", "According to a statement from the ministry"
                if found:
                    return Attribution(found, "quote.according-to", "according to")
            if word in self.lex.speech_participles and not self._reported_within(tokens[:index]):
                found = self._quoted_as(paragraph, tokens[:index]) \
                    or self._said_before(paragraph, tokens[:index]) \
                    or self._main_subject(paragraph, sentence.start, tokens[:index])
                if found:  # "X rejected the accusation, saying "…"": X's words
                    return Attribution(found, "quote.participle-subject", word)
            if word not in self.lex.speech_verbs or self._reported_within(tokens[:index]):
                continue  # "X said that Ankara welcomed "…"": X's words
            if index > 0 and _CLOSING.search(
                    paragraph.text[tokens[index - 1][1]:tokens[index][0]]):
                inverted = self._inverted(paragraph, tokens[index + 1:], word)
                if inverted is not None:  # "“…,” said X, “…"
                    return inverted
            if index > 1 and tokens[index - 1][2] in {"and", "but"}:
                found = self._said_before(paragraph, tokens[:index - 1]) \
                    or self._main_subject(paragraph, sentence.start, tokens[:index - 1])
                if found:  # "She said X was ready and urged both sides to act "…"": hers
                    return Attribution(found, "quote.speaker-before", word)
            subject = self.clause_subject(paragraph, tokens[:index])
            opener = tokens[tokens.index(subject[0]) - 1][2].lower() \
                if subject and tokens.index(subject[0]) > 0 else ""
            if opener in {"whether", "if", "that"}:
                continue  # "Asked whether the military had conceded …, he bristled: "…"";
                # "X said … and that Moscow welcomed "…"": X's words
            found = self.noun_phrase(paragraph, subject, tokens[:index]) if subject else None
            if found:
                return Attribution(found, "quote.speaker-before", word)
            group = self._unnamed_group(paragraph, subject)
            if group:
                return Attribution(group, "quote.unnamed-group", word)
        if paragraph.text[:span.start - 1].rstrip().endswith(":") and tokens:
            last_clause = self.clause_subject(paragraph, tokens[:-1])
            found = (self.noun_phrase(paragraph, last_clause) if 0 < len(last_clause) <= 4
                     else None) or self._main_subject(paragraph, sentence.start, tokens)
            if found:  # "…, he bristled: "…"", "Its spokeswoman, X, was blunter on X: "…""
                return Attribution(found, "quote.introduced-by-colon", ":")
        return None

    def _unnamed_group(self, paragraph: Paragraph, subject: list[tuple[int, int, str]]
                       ) -> str | None:
        """"… and officials said "…"": speakers named only by a plural role."""
        words = [t[2].lower() for t in subject if t[2].lower() not in self.lex.conjunctions]
        if not words or words[-1] not in self.lex.role_nouns or not words[-1].endswith("s") \
                or self.table.in_span(paragraph.number, subject[0][0], subject[-1][1]):
            return None
        self.table, key = add_speaker(self.table, " ".join(words), paragraph.number,
                                      " ".join(t[2] for t in subject),
                                      paragraph.sentence_at(subject[0][0]).ref)
        return key

    def _quoted_as(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]) -> str | None:
        """"IRNA quoted Hossein Tavakoli, head of …, as saying": the one quoted."""
        words = [t[2].lower() for t in tokens]
        if "quoted" not in words or words[-1:] != ["as"]:
            return None
        first = len(words) - 1 - words[::-1].index("quoted")
        # The name up to its comma, not the appositive that follows it.
        return self._described_or_named(paragraph, tokens[first + 1:-1], frozenset({","}))

    def _said_before(self, paragraph: Paragraph, tokens: list[tuple[int, int, str]]
                     ) -> str | None:
        """Who spoke in the clause a participle hangs on ("…," the ministry said, adding
        that …)."""
        for index in range(len(tokens) - 1, -1, -1):
            if tokens[index][2].rstrip(".,") in self.lex.speech_verbs:
                subject = self.clause_subject(paragraph, tokens[:index])
                return self.noun_phrase(paragraph, subject) if subject else None
        return None

    def _main_subject(self, paragraph: Paragraph, start: int,
                      tokens: list[tuple[int, int, str]]) -> str | None:
        """The subject of a sentence's main clause: its first actor, if one is named
        within the sentence's first words."""
        if not tokens:
            return None
        named = self.table.in_span(paragraph.number, start, tokens[:8][-1][1])
        return next((m.key for m in named if not m.adjective
                     and self.table.by_key(m.key).kind != "place"), None)

    def _reported_within(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Whether these words hold "said that": a verb after them reports another's words."""
        words = [t[2].lower() for t in tokens]
        return any(w in self.lex.speech_verbs and any(
            v == "that" and not set(words[j + 1:j + 2]) & _TIME_NOUNS
            for j, v in enumerate(words[:i + 8]) if j > i) for i, w in enumerate(words))


def find_quotes(article: Article, table: ActorTable) -> tuple[tuple[Quote, ...], ActorTable]:
    """Direct quotes with speakers; unnamed speakers are added to the actor table."""
    resolver = _QuoteReader(table, lexicon(), {p.number: p for p in article.paragraphs})
    resolver.quoted = {p.number: [(s.start, s.end) for s in quote_spans(p)]
                       for p in article.paragraphs}
    quotes: list[Quote] = []
    carried: Quote | None = None
    for paragraph in article.paragraphs:
        previous: Quote | None = None
        for span in quote_spans(paragraph):
            direct, cue = resolver.is_direct(paragraph, span)
            if not direct:
                continue
            inner_start = span.start + (len(paragraph.text[span.start:span.end])
                                        - len(paragraph.text[span.start:span.end].lstrip()))
            inner_end = span.end - (len(paragraph.text[span.start:span.end])
                                    - len(paragraph.text[span.start:span.end].rstrip()))
            citation = Citation(paragraph.number, inner_start, inner_end,
                                paragraph.text[inner_start:inner_end])
            ref = paragraph.sentence_at(span.start).ref
            if carried is not None and span.start == 1:
                merged = Quote(carried.id, f"{carried.summary} {citation.text}",
                               (*carried.citations, citation), carried.why, basis="quote",
                               speaker=carried.speaker)
                quotes[-1] = merged
                previous = merged
                carried = merged if not span.closed else None
                continue
            found = resolver.attribute(paragraph, span)
            if found is None and span.start == 1 and previous is None:
                found = resolver.introduced(paragraph.number - 1)
            if found is None and previous is None:
                found = resolver.named_next(paragraph, span)
            if found is not None:
                speaker, why = found.key, Why(found.rule, found.cue, ref)
            elif previous is not None:
                speaker, why = previous.speaker, Why("quote.same-paragraph-speaker", cue, ref)
            else:
                key = resolver.last_person(paragraph.number, span.start)
                speaker = key or ""
                why = Why("quote.last-person-named" if key else "quote.unattributed", cue, ref)
            quote = Quote(f"quote-{paragraph.number}-{len(quotes) + 1}", citation.text,
                          (citation,), why, basis="quote", speaker=speaker)
            quotes.append(quote)
            previous = quote
            if speaker:  # an unattributed quote is no one for "it" or "he" to be
                resolver.speakers.append((paragraph.number, span.start, speaker))
            carried = quote if not span.closed else None
    return tuple(quotes), resolver.table


def _after_statement(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The source a phrase names after the statement it gives: "the ministry" in "a
    statement from the ministry", "X" in "a joint statement issued by X"."""
    words = [t[2].lower() for t in tokens]
    for index, word in enumerate(words):
        if word not in _STATEMENT_WORDS:
            return tokens[index:]
        if word in {"from", "by"}:
            return tokens[index + 1:]
    return []
