"""Attribution, actor and written cue rules, each on a short article written for the test."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from briefbook.extract import extract_brief
from briefbook.extract.learned import Judgement
from briefbook.ingest import read_article
from briefbook.model import Brief, Finding


@pytest.fixture(autouse=True)
def _written_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the written rules: the learned weights stay out of them
    (tests/test_learned.py tests those)."""
    monkeypatch.setattr("briefbook.extract.classify.judge",
                        lambda *_: Judgement({}, frozenset()))


def brief_of(tmp_path: Path, *paragraphs: str, title: str = "Probe Article") -> Brief:
    article = tmp_path / "probe.txt"
    article.write_text(f"{title}\n\nA dek line\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    return extract_brief(read_article(article))


def speakers(brief: Brief) -> list[tuple[int, str, str]]:
    return [(q.paragraphs[0], q.speaker, q.why.rule) for q in brief.quotes]


def kinds(brief: Brief) -> dict[str, str]:
    return {a.name: a.kind for a in brief.actors}


def held(brief: Brief) -> list[tuple[str, str, str]]:
    """Each stance's sentence, holder and the rule that found it."""
    return [(p.why.sentence, p.actor, p.why.rule) for p in brief.positions]


def found_by(items: Sequence[Finding]) -> list[tuple[str, str]]:
    """Each item's sentence and the rule that found it."""
    return [(item.why.sentence, item.why.rule) for item in items]


def test_titles_and_statements_lead_back_to_who_spoke(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Foreign Minister Abebe Tadesse met Special Envoy Maria Lopes in Addis Ababa on Monday. "
        "\"We have made progress,\" the minister told state television.",
        "\"The border must be respected,\" the envoy said after the meeting.",
        "Major General Tesfaye Alemu, who commands the northern sector, was more cautious. "
        "\"Nothing has changed on the ground,\" the general said.",
        "The Eritrean government issued a statement on Tuesday. "
        "\"Eritrea remains committed to peace,\" the statement said.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Abebe Tadesse"), (2, "Maria Lopes"), (3, "Tesfaye Alemu"), (4, "Eritrea")]


def test_appositives_relative_clauses_and_family_names_first(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"We are ready to talk,\" Pavel Gromov, the head of the Russian delegation, "
        "told reporters.",
        "Taras Melnyk, Ukraine's deputy minister, who leads Kyiv's delegation, said the plan "
        "\"can work only if the shelling stops\".",
        "South Korea's chief delegate, Kim Yong-chol, met his North Korean counterpart. "
        "\"We agreed to restore the hotline,\" Kim told reporters.",
        "According to Melnyk, \"nothing is final\" until the maps are signed.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Pavel Gromov"), (2, "Taras Melnyk"), (3, "Kim Yong-chol"), (4, "Taras Melnyk")]
    assert speakers(brief)[3][2] == "quote.according-to"
    names = {a.name: a for a in brief.actors}
    assert names["Kim Yong-chol"].aliases == ("Kim",)
    assert "North Korean" not in names


def test_a_quote_paragraph_introduced_by_the_one_before(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Ukraine's human rights commissioner, Andriy Kovalchuk, said the men were exhausted. "
        "In a post on Telegram, he wrote:",
        "\u201cWe will document every case and take it to the courts.\u201d")
    assert speakers(brief) == [(2, "Andriy Kovalchuk", "quote.introduced-before")]
    stance = [p for p in brief.positions if p.why.rule == "position.quoted-stance"]
    assert [(p.actor, p.paragraphs) for p in stance] == [("Andriy Kovalchuk", (2,))]


def test_capitals_are_places_where_things_happen_and_states_when_they_act(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Talks in Muscat ended on Sunday. Moscow said it would study the text, and the "
        "Russian delegation left for home.",
        "The Thai army said its forces would hold their positions near the border.")
    kinds = {a.name: (a.kind, a.aliases) for a in brief.actors}
    assert kinds["Muscat"] == ("place", ())
    assert kinds["Russia"] == ("state", ("Moscow", "Russian delegation"))
    assert kinds["Thailand"][0] == "state" and "Thai army" in kinds["Thailand"][1]
    assert "Oman" not in kinds


def test_unnamed_sources_are_not_actors_but_their_states_hold_the_stance(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "A Turkish official said Ankara would not accept any inspection regime that excluded it.",
        "\"One strike and it is over,\" a Western diplomat said.")
    sources = [a.name for a in brief.actors if a.kind == "source"]
    assert sources == ["Western diplomat"]  # the official's stance is Turkey's
    assert [(p.actor, p.why.rule) for p in brief.positions] == [("Turkey", "position.says")]


def test_cue_rules_look_past_quotes_and_honour_unless_and_needs(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Under the deal, both sides will pull back heavy weapons within 48 hours. "
        "Monitors would travel to every crossing once a week.",
        "\"We will not sign blank cheques in exchange for promises,\" the negotiator said.",
        "The rebels said the army had shelled two villages.",
        "The original truce was signed in 2018 and collapsed a year later.")
    terms = found_by(brief.terms)
    assert terms == [("1.1", "term.will-provide"), ("1.2", "term.would-continued")]
    assert [b.why.sentence for b in brief.background] == ["4.1"]
    assert all(r.why.sentence != "1.2" for r in brief.risks)


def test_institution_names_that_extend_a_known_name(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The AU Commission and the ASEAN Secretariat welcomed the plan, as did the "
        "Coordination Headquarters for the Treatment of Prisoners of War.",
        "The Joint Comprehensive Plan of Action (JCPOA) is not mentioned; the JCPOA lapsed.")
    names = kinds(brief)
    assert names["AU Commission"] == "organisation"
    assert names["ASEAN Secretariat"] == "organisation"
    assert names["Coordination Headquarters for the Treatment of Prisoners of War"] \
        == "organisation"
    assert "JCPOA" not in names and "African Union" not in names


def test_a_transcript_speaks_in_the_first_person_of_its_speaker(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "FOREIGN MINISTER LINDVIK: Good afternoon. I'm very pleased to announce the agreement.",
        "We hope the first projects can start within 90 days.",
        title="Remarks by Foreign Minister Marte Lindvik on the Oslo agreement")
    assert [(a.name, a.aliases) for a in brief.actors if a.kind == "person"] == [
        ("Marte Lindvik", ("LINDVIK",))]
    assert [(p.actor, p.why.rule, p.why.sentence) for p in brief.positions] == [
        ("Marte Lindvik", "position.first-person", "1.2"),
        ("Marte Lindvik", "position.wants", "2.1")]


def test_conjunctions_quoted_capitals_and_agencies(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"The line is clear,\" said Ms. Amara Obi, the AU's chief mediator.",
        "But Obi said: \"Nothing is agreed yet.\"",
        "\"Both sides must show restraint,\" the North's official KCNA news agency said.",
        "\"We reject this,\" according to a statement from the Eritrean foreign ministry.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Amara Obi"), (2, "Amara Obi"), (3, "KCNA"), (4, "Eritrean foreign ministry")]
    names = [a.name for a in brief.actors]
    assert "But Obi" not in names and "Nothing" not in names


def test_attribution_edges_found_in_review(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"We will not sign anything,\" John Smith said on Monday in Geneva at the end of two "
        "long days of talks, Russian media reported.",
        "The meeting was chaired by Anna Berg, and officials said \"we will not sign it\".",
        "In Geneva on Monday, the Russian delegation rejected the accusation, saying "
        "\"it is baseless\".",
        "They signed a deal. The negotiator arrived late.",
        "\"It is not over,\" the negotiator said.")
    quoted = {p: s for p, s, _ in speakers(brief)}
    assert quoted[1] == "John Smith" and quoted[3] == "Russia"
    assert quoted[2] != "Anna Berg"
    assert not any(a.name.startswith("deal") for a in brief.actors)


def test_country_names_inside_other_names_and_titles_after_words(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Acting Homeland Security Secretary Chad Wolf said the border would stay shut. "
        "Sofia Rossi, a researcher at Georgetown University, disagreed.",
        "Mozambique's government and Chad welcomed the plan.")
    names = kinds(brief)
    assert names["Chad Wolf"] == "person" and names["Sofia Rossi"] == "person"
    assert names["Georgetown University"] == "organisation"
    assert names["Chad"] == "state" and names["Mozambique"] == "state"
    assert "Bulgaria" not in names and "Guyana" not in names


def test_people_after_a_known_name_and_short_names_of_longer_ones(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "UN Special Envoy Hans Grundberg and US Secretary of State Antony Blinken met.",
        "The Tehreek-e-Taliban Pakistan, or TTP, denied it. Pakistan blamed the TTP.")
    names = {a.name: a for a in brief.actors}
    assert names["Hans Grundberg"].kind == "person"
    assert names["Antony Blinken"].kind == "person"
    assert "TTP" not in names["Pakistan"].aliases


def test_a_transcript_gives_the_floor_back_after_a_question(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "SECRETARY CHRISTOPHER: We will keep our promise.",
        "QUESTION: Mr. Secretary, we want to know more.",
        "SECRETARY CHRISTOPHER: I will not comment.",
        title="Remarks by Secretary of State Warren Christopher at the initialing")
    assert [(p.actor, p.why.sentence) for p in brief.positions] == [
        ("Warren Christopher", "1.1"), ("Warren Christopher", "3.1")]


def test_abbreviated_ranks_and_agencies_quoting_someone(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"There is no deal yet,\" said Col. Omar Haddad, a spokesman for the army.",
        "\"He has not slept in days,\" the agency quoted Haddad as saying.",
        "In a communique read on television later that night, the council said it "
        "\"will not accept\" the plan.")
    assert [(p, s) for p, s, _ in speakers(brief)][:2] == [(1, "Omar Haddad"), (2, "Omar Haddad")]
    assert "Col" not in {a.name for a in brief.actors}


def test_parentheticals_relative_clauses_and_joined_body_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Corneille Nangaa, who leads the AFC alliance that includes M23, said: \"We stay.\"",
        "\"We stand ready,\" the AU Peace and Security Council said in a communique.",
        "A senior Congolese official, speaking on condition of anonymity, said: "
        "\"Kinshasa will not negotiate directly.\"",
        "Jay Tarriela said on X that the ship \"was blocked by the coast guard.\"")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Corneille Nangaa"), (2, "AU Peace and Security Council"),
        (3, "senior Congolese official"), (4, "Jay Tarriela")]
    assert "X" not in {a.name.rstrip(".") for a in brief.actors}


def test_a_named_speakers_quoted_words_are_its_position(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"This accord closes the last chapter of a war,\" said Mozambique's president, "
        "Samora Tembe.",
        "\"One drone strike and the whole thing is back to zero,\" a Western diplomat said.",
        "\"Nothing is settled,\" a Turkish official said.")
    assert [(p.why.sentence, p.actor, p.why.rule, p.why.cue) for p in brief.positions] == [
        ("1.1", "Samora Tembe", "position.quoted-words", "This accord closes the last"),
        ("3.1", "Turkey", "position.quoted-words", "Nothing is settled,")]


def test_unfinished_business_is_a_risk_and_past_events_are_background(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "There is still fighting in the north. Trust between the two armies does not yet exist.",
        "Clashes near the temple killed at least 19 people. Thailand does not recognise the court, "
        "and Vietnam also claims the islands.",
        "The bodies of 40 soldiers killed in action were returned. Patrols will resume on Monday.")
    assert [(r.why.sentence, r.why.rule, r.why.cue) for r in brief.risks] == [
        ("1.1", "risk.unfinished", "There is still"), ("1.2", "risk.unfinished", "does not yet")]
    assert found_by(brief.background) == [
        ("2.1", "background.event"), ("2.2", "background.status")]


def test_interrupted_quotes_roles_named_next_and_double_surnames(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "“Ethiopia has never sought anyone’s land,” said Dawit Alemayehu, spokesman for "
        "Ethiopia’s foreign ministry, “but a nation cannot remain a prisoner of geography.”",
        "The Turkish envoy was candid. “The road will be long,” the envoy told reporters. "
        "The diplomat, Ambassador Selim Arıkan, said Turkey would host the next round.",
        "Venezuela’s foreign minister, Aurelio Mendoza Lira, arrived late. Mendoza Lira said "
        "the blocks “have not been delimited”.",
        "The Caribbean Community welcomed the deal. “Both parties must honour it,” the "
        "15-member bloc said in a statement.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Dawit Alemayehu"), (1, "Dawit Alemayehu"), (2, "Selim Arıkan"),
        (3, "Aurelio Mendoza Lira"), (4, "Caribbean Community")]


def test_bodies_named_for_the_state_they_serve(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Atomic Energy Organization of Iran and the University of Cape Town signed it.",
        "The UN Peacekeeping Force in Cyprus and the EU Mission in Armenia, deployed in 2023, "
        "welcomed it.")
    assert kinds(brief) == {
        "Atomic Energy Organization of Iran": "organisation",
        "University of Cape Town": "organisation",
        "UN Peacekeeping Force in Cyprus": "organisation", "EU Mission in Armenia": "organisation"}


def test_we_the_facilitators_named_after_a_description_are_the_issuers(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "We, the facilitators of the talks, the Intergovernmental Authority on Development "
        "(IGAD), the Republic of Kenya and the Kingdom of Norway, announce the end of the "
        "third round.",
        "Aid will reach West Wollega and Horo Guduru Wollega. We express our gratitude to "
        "Tanzania.", title="Closing Statement of the Facilitators")
    holders = "Intergovernmental Authority on Development, Kenya and Norway"
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [("2.2", holders)]


def test_we_in_a_joint_statement_are_its_issuers(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "We, the Ministers of Foreign Affairs of Kenya, Jamaica and Canada and the "
        "Secretary-General of the Caribbean Community (CARICOM), met in Kingston on 12 March.",
        "We condemn the attacks by armed gangs on hospitals. We urged all states to contribute "
        "to the Mission.", title="Joint Communique of the Kingston Ministerial Meeting")
    holders = "Kenya, Jamaica, Canada and Caribbean Community"
    assert held(brief) == [
        ("2.1", holders, "position.first-person"), ("2.2", holders, "position.insists")]


def test_threatened_violence_defiance_and_pending_steps_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The group could step up attacks on troops in the coming weeks. Venezuela has said it "
        "will ignore any judgment. The bridge protocol still has to be approved. Neither "
        "government will threaten the other.")
    assert [(r.why.sentence, r.why.rule, r.why.cue) for r in brief.risks] == [
        ("1.1", "risk.could-violence", "could step up attacks"),
        ("1.2", "risk.red-line", "will ignore any"), ("1.3", "risk.unfinished", "still has to")]


def test_a_prohibition_in_the_terms_is_not_a_risk(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Neither side will take any step that undermines the other's integrity. Both are to "
        "refrain from actions that raise tensions. Militias could undermine the truce.")
    assert found_by(brief.risks) == [("1.3", "risk.undermine")]


def test_a_body_described_in_apposition_speaks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Alliance of Sahel States, the confederation Niger formed with Mali and Burkina "
        "Faso, said it stood \"in total solidarity\" with Niger.",
        "\"All regional actors must refrain from any step,\" the chairperson of the African "
        "Union Commission said.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Alliance of Sahel States"), (2, "chairperson of the African Union Commission")]


def test_long_held_stances_walkouts_and_demands(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Egypt has long opposed any naval presence on the Red Sea, a stance hardened by the "
        "dispute over the dam. The plan was long desired by Russia.",
        "Russia walked out of the working group. The main obstacle remained Egypt's demand "
        "for binding arbitration.")
    assert held(brief) == [
        ("1.1", "Egypt", "position.opposes"), ("1.2", "Russia", "position.wants"),
        ("2.1", "Russia", "position.opposes"), ("2.2", "Egypt", "position.insists")]


def test_names_with_possessives_particles_and_compass_words(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Tigray People’s Liberation Front (TPLF) said it was ready. In a statement posted "
        "on X, it said the review had \"postponed the questions that matter\".",
        "Qatar's foreign ministry spokesman, Khalid al-Mansouri, spoke in Doha. Western Tigray "
        "stayed closed. \"No money changed hands,\" al-Mansouri said.")
    assert kinds(brief)["Western Tigray"] == "place"
    assert {a.name: a.aliases for a in brief.actors}["Tigray People’s Liberation Front"] == (
        "TPLF",)
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Tigray People’s Liberation Front"), (2, "Khalid al-Mansouri")]


def test_colons_participles_and_groups_lead_back_to_the_speaker(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Armenian Foreign Ministry answered within the hour. \"The treaty confirms this,\" "
        "the ministry said in a statement, adding that the constitution was \"a matter for "
        "the citizens\". Its spokeswoman, Lilit Hovakimyan, was blunter on Facebook: \"We are "
        "ready to sign tomorrow.\"",
        "Three hostages were freed by Jama'at Nusrat al-Islam wal-Muslimin, or JNIM. In a "
        "statement, the group said its \"brothers have returned\".")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Armenian Foreign Ministry"), (1, "Armenian Foreign Ministry"),
        (1, "Lilit Hovakimyan"), (2, "Jama'at Nusrat al-Islam wal-Muslimin")]


def test_unsigned_texts_preconditions_and_open_questions_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The text has not been signed. Azerbaijan says Armenia must first amend its "
        "constitution. It did not say how, or by when. Russia is not a party to the memorandum.",
        "The memorandum will be renewed automatically unless one of us objects. A corridor is "
        "not a provocation. I ask for help with war-risk insurance.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.unfinished"), ("1.2", "risk.unfinished"), ("1.3", "risk.gap"),
        ("1.4", "risk.gap")]


def test_treaty_articles_prohibitions_and_entry_into_force_are_terms(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Article 7 bars either party from deploying forces of a third country. Neither may use "
        "force against the other. The treaty enters into force only after both parliaments "
        "ratify it. The first returns are meant to begin in September.")
    assert found_by(brief.terms) == [
        ("1.1", "term.provides-for"), ("1.2", "term.prohibition"), ("1.3", "term.in-force"),
        ("1.4", "term.is-to")]


def test_acronyms_embassies_inserts_and_it(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Ilse Vandermeulen said MINURSO’s role would grow. \"Nobody expected to settle it,\" "
        "she told reporters.",
        "The U.S. Embassy in Sarajevo wrote on X that it regretted the walkout. \"The door "
        "remains open,\" it wrote.",
        "Amra Begović-Kurt accused the HDZ BiH of staging the exit. \"This was choreographed,\" "
        "she said. The SNSD, in a statement, said it would not return \"until the threat is "
        "withdrawn.\"")
    assert kinds(brief)["MINURSO"] == "organisation"
    assert kinds(brief)["HDZ BiH"] == "organisation"
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Ilse Vandermeulen"), (2, "U.S. Embassy in Sarajevo"), (3, "Amra Begović-Kurt"),
        (3, "SNSD")]


def test_resolutions_demand_and_passive_agreements_are_terms(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The resolution also demands that all parties stop attacking civilians. Interim "
        "arrangements were agreed for the rainy season. The two sides directed their survey "
        "authorities to form a joint team.")
    assert found_by(brief.terms) == [
        ("1.1", "term.provides-for"), ("1.2", "term.agreed-passive"),
        ("1.3", "term.agreed-passive")]


def test_titles_with_of_people_of_parties_and_places_of(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Deputy Assistant Secretary of State Michael Corrigan declined to comment. Dino "
        "Halilagić of Our Party walked out. Tens of thousands of people have fled.",
        "The Gulf of Tonkin is calm, and the Board of Governors met.")
    assert kinds(brief) == {"Michael Corrigan": "person", "Dino Halilagić": "person",
                            "Our Party": "organisation", "Gulf of Tonkin": "place",
                            "Board of Governors": "organisation"}


def test_votes_vetoes_and_plural_rejections_are_stances(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Algeria voted in favour. Russia vetoed a British draft. Serbia and Russia reject the "
        "envoy's legitimacy. Officials threatened to withdraw from state institutions.")
    assert held(brief) == [
        ("1.1", "Algeria", "position.agrees"), ("1.2", "Russia", "position.opposes"),
        ("1.3", "Russia", "position.opposes")]


def test_long_appositives_clerics_and_described_commanders(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"There are no talks with terrorists,\" Communication Minister Bertrand Mbarga "
        "Essomba, who is also the government spokesman, told state broadcaster CRTV.",
        "\"Call it coffee,\" Archbishop Emmanuel Ndong Fru of Bamenda told reporters.",
        "In a video, a separatist commander in Bui division announced a lockdown. \"Nobody "
        "can sign anything,\" he said.",
        "That is the core problem, according to Felix Nkwain Tabe, who studies the conflict. "
        "\"The leaders can open a door,\" he said.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Bertrand Mbarga Essomba"), (2, "Emmanuel Ndong Fru"),
        (3, "separatist commander in Bui division"), (4, "Felix Nkwain Tabe")]
    assert kinds(brief)["Bamenda"] == "place"


def test_stalling_violence_and_unwritten_rules_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "A serious exchange of fire could freeze the process. Its rules of engagement have yet "
        "to be written. He declined to give a target date. Few expect a quick breakthrough. "
        "Armed groups kidnap teachers for ransom. Outside efforts have faltered.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.could"), ("1.2", "risk.unfinished"), ("1.3", "risk.gap"),
        ("1.4", "risk.fragile"), ("1.5", "risk.obstacle"), ("1.6", "risk.setback")]


def test_titles_joined_by_and_bodies_in_a_country_and_a_determiner_that(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The state news agency SUNA quoted Energy and Oil Minister Mohieldin Abdelrahim Osman "
        "as saying \"the pipe is open\". Hayk Mkrtumyan and Deputy Prime Minister Rashad "
        "Nasirli met.",
        "The Interim Government of Ambazonia, one of several rival factions using that name, "
        "said in a press release that it had taken part \"as an observer\". The Presbyterian "
        "Church in Cameroon urged calm.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Mohieldin Abdelrahim Osman"), (2, "Interim Government of Ambazonia")]
    assert {"Hayk Mkrtumyan", "Rashad Nasirli", "Presbyterian Church in Cameroon"} <= set(
        kinds(brief))
    assert "Energy" not in kinds(brief)


def test_review_edges_of_titles_names_and_cues(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Acting Secretary of Homeland Security Chad Wolf arrived. Talks between Rwanda and "
        "Burundi President Evariste Ndayishimiye stalled. The EU Mission in March was quiet.",
        "“We won the vote,” said Daniel Chapo, Filipe Nyusi’s successor. A senior member of "
        "Frelimo agreed.",
        "“We are ready,” the minister said. The envoy, Ambassador Selim Arıkan, said Turkey "
        "would host the talks.",
        "The truce could halt the fighting. Results will not be announced until Friday. A new "
        "strain of cholera spread after prolonged negotiations. Officials said the talks "
        "would resume in March.")
    names = kinds(brief)
    assert {"Chad Wolf", "Evariste Ndayishimiye"} <= set(names)
    assert names["Frelimo"] == "organisation" and "EU Mission in March" not in names
    said = {p: s for p, s, _ in speakers(brief)}
    assert said[2] == "Daniel Chapo" and said[3] != "Selim Arıkan"  # a minister, not the envoy
    assert not [r for r in brief.risks if r.paragraphs == (4,)]
    assert not [b for b in brief.background if b.paragraphs == (4,)]


def test_present_tense_commitments_of_a_joint_statement(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The parties commit to cooperate fully with the Mechanism. The delegations express "
        "their deep concern at the displacement of communities. Both called on the parties to "
        "comply.")
    assert held(brief) == [
        ("1.1", "parties", "position.proposes"), ("1.2", "delegations", "position.proposes"),
        ("1.3", "both sides", "position.insists")]


def test_history_told_without_dates_is_background(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Naqoura has hosted this kind of diplomacy before. Morocco now controls about 80 "
        "percent of the territory. The vote never took place. The siege is now in its second "
        "year.")
    assert [b.why.sentence for b in brief.background] == ["1.1", "1.2", "1.3", "1.4"]


def test_groups_outside_a_deal_and_failing_diplomacy_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Other armed groups are not bound by the Kunming deal. Fighting continues in Kachin "
        "State. The president has said military action remains an option if diplomacy fails.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.gap"), ("1.2", "risk.setback"), ("1.3", "risk.if-they-fail")]


def test_press_remarks_labelled_by_title_and_a_missions_present_tense(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "SECRETARY-GENERAL: Good afternoon. I call on every state to press the commanders.",
        "QUESTION: Secretary-General Achterberg, who broke the truce?",
        "SECRETARY-GENERAL: I will not name them today.",
        title="Remarks to the press by Secretary-General Miriam Achterberg on Kordofan")
    assert {p.actor for p in brief.positions} == {"Miriam Achterberg"}
    mission = brief_of(
        tmp_path,
        "UNSMIL welcomes the agreement reached on Thursday. UNSMIL is deeply alarmed by the "
        "clashes in Tripoli.")
    assert [(p.actor, p.why.rule) for p in mission.positions] == [
        ("UNSMIL", "position.agrees"), ("UNSMIL", "position.evaluates")]


def test_a_term_in_quotes_that_ends_a_sentence_is_not_a_quote(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The constitution reserved the top posts for the three \"constituent peoples.\" "
        "\"Nothing is settled,\" the envoy said.")
    assert [q.summary for q in brief.quotes] == ["Nothing is settled,"]


def test_honorifics_described_officials_and_chains_of_appositions(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The sharpest words came from Mian Shahzad Virk, Pakistan's water minister. \"Not one "
        "canal will run dry,\" he said.",
        "A senior Indian official, speaking on condition of anonymity, called it a narrow step. "
        "\"Floods do not read statements,\" he said.",
        "Norhaya Tumawis, a member of the Bangsamoro Transition Authority, the region's "
        "interim parliament, wrote on Facebook: \"A rifle handed over is half of peace.\"",
        "\"We have not solved everything,\" said Dame Huia Paraone, who moderated the talks. "
        "To Bougainvilleans he said: \"Your voice was heard.\"")
    said = [(p, s) for p, s, _ in speakers(brief)]
    assert said[:4] == [(1, "Mian Shahzad Virk"), (2, "senior Indian official"),
                        (3, "Norhaya Tumawis"), (4, "Huia Paraone")]
    assert "To Bougainvilleans" not in kinds(brief)


def test_counted_sources_and_a_question_put_to_the_speaker(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The talks made no progress on the troops, two diplomats briefed on the talks said.",
        "\"The numbers are real,\" one of the diplomats said. Two Lebanese officials said the "
        "farms were not discussed. \"Shebaa is the heart of it,\" one of them said.",
        "The junta's spokesman, Major General Aung Kyaw Hein, spoke in Naypyitaw. Asked "
        "whether the military had conceded Rakhine State, he bristled: \"A ceasefire is not a "
        "surrender.\"")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (2, "diplomat briefed on the talks"), (2, "Lebanese official"), (3, "Aung Kyaw Hein")]
    assert kinds(brief)["Rakhine State"] == "place"


def test_offices_and_presidencies_speak_as_bodies(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Ethiopia's Prime Minister's Office rejected the accusation, saying the dam had not "
        "reduced Egypt's share \"by a single drop\".",
        "\"No deal will stop a bomb,\" the Israeli prime minister’s office said.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Ethiopia's Prime Minister's Office"), (2, "Israeli prime minister’s office")]


def test_a_long_quoted_as_attribution(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"This agreement confirms that Heglig is Sudanese land,\" the state news agency SUNA "
        "quoted Energy and Oil Minister Mohieldin Abdelrahim Osman as saying.")
    assert speakers(brief) == [(1, "Mohieldin Abdelrahim Osman", "quote.quoted-as")]


def test_a_dateline_is_a_place_and_laws_are_documents(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "NAQOURA, Lebanon — Talks resumed in Naqoura on Monday under the Bangsamoro Organic Law.")
    assert kinds(brief) == {"Naqoura": "place", "Lebanon": "state"}


def test_a_deal_that_is_not_a_settlement_is_a_risk(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"We built a telephone, not a treaty,\" the official said. The SPLM-North was not at "
        "the table in Geneva. The road will not be smooth.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.limits"), ("1.2", "risk.limits"), ("1.3", "risk.limits")]


def test_a_rejected_deal_and_its_fragile_ratification_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The armed group rejected the deal outright. Another attack would almost certainly "
        "end it. Ratification would need at least 79 votes.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.rejection"), ("1.2", "risk.rejection"), ("1.3", "risk.rejection")]


def test_he_after_a_quote_is_not_someone_the_quote_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "\"We came so that a citizen in Crater or Sheikh Othman knows who pays,\" said Nasser "
        "Abdullah Ba-Obaid. He said the council would not allow \"a separate state.\"")
    assert [s for _, s, _ in speakers(brief)] == ["Nasser Abdullah Ba-Obaid"] * 2


def test_the_statement_of_a_body_that_welcomed_something_in_it(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "MINUSCA welcomed the talks in a statement on Wednesday. \"The Mission urges all "
        "parties to refrain from any action,\" the statement said. \"Small steps are still "
        "steps,\" said Ustaz Ismail Yusoh.")
    assert [s for _, s, _ in speakers(brief)] == ["MINUSCA", "Ismail Yusoh"]


def test_votes_that_could_sink_a_deal_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "A single defection could doom the vote. Sequencing nearly sank the talks. Those "
        "forces are far from united. The coalition is two short of the two-thirds majority.")
    assert found_by(brief.risks) == [
        ("1.1", "risk.could"), ("1.2", "risk.rejection"), ("1.3", "risk.rejection"),
        ("1.4", "risk.rejection")]


def test_a_transcript_speakers_own_view_is_a_stance(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "PRIME MINISTER ROSS: Haiti is a member of this Community, and its people are our "
        "people. On climate, the argument is simple.",
        title="Press conference by Prime Minister Desmond Ross after the summit")
    assert held(brief) == [
        ("1.1", "Desmond Ross", "position.speaker-view"),
        ("1.2", "Desmond Ross", "position.speaker-view")]


def test_one_word_names_party_names_and_joined_demonyms(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Haluk Sarıkaya, a deputy chairman of the İYİ Party, objected. The Armenian National "
        "Committee of America, the largest Armenian-American advocacy group, objected too.",
        "Baku says the text amounts to a claim on Karabakh. Kerry said he and Lavrov had "
        "agreed.")
    assert kinds(brief) == {
        "Haluk Sarıkaya": "person", "İYİ Party": "organisation",
        "Armenian National Committee of America": "organisation", "Azerbaijan": "state",
        "Karabakh": "place", "Kerry": "person", "Lavrov": "person"}
    names = {a.name: a for a in brief.actors}
    assert names["Lavrov"].why.rule == "actor.person-coordination"


def test_a_person_familiar_reported_clauses_and_a_second_verb(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Turkey consulted Baku, according to a person familiar with the talks. \"Nothing went "
        "in that Baku had not seen,\" the person said.",
        "The Russian Foreign Ministry said the guards would \"act strictly by the law\" and "
        "that Moscow welcomed \"any steps that help\".",
        "\"We welcome the deal,\" said Claire Whitford, a State Department spokesperson. She "
        "said Washington was ready to help and urged both governments to act \"without "
        "delay\".")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "person familiar with the talks"), (2, "Russian Foreign Ministry"),
        (2, "Russian Foreign Ministry"), (3, "Claire Whitford"), (3, "Claire Whitford")]


def test_a_joint_statement_with_a_quoted_phrase_keeps_its_issuers(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "We, the Ministers of Foreign Affairs of the Republic of Chad and of the Republic of "
        "the Sudan, met in Doha on 8 March.",
        "We reaffirm our respect for each other's sovereignty. The mediator described the "
        "arrangement as \"a new beginning\".", title="Joint Statement on Border Security")
    assert held(brief)[:1] == [
        ("2.1", "Chad and Sudan", "position.first-person")]


def test_a_briefing_with_no_labels_is_in_the_voice_its_heading_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Thank you, Madam President. I believe the draft can carry Yemen to a settlement.",
        "I call again for the release of all those held.",
        title="Briefing to the Security Council by the Special Envoy of the Secretary-General "
              "for Yemen, Ilse Brandtner")
    assert [(a.name, a.why.rule, a.mentions) for a in brief.actors if a.kind == "person"] == [
        ("Ilse Brandtner", "actor.remarks-by", ())]
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.2", "Ilse Brandtner"), ("2.1", "Ilse Brandtner")]


def test_a_capital_used_for_its_state_is_the_state_wherever_named(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The envoys met in Baku on Monday. Baku said the talks were useful, and the next "
        "round will be held in Yerevan.")
    assert [(a.name, a.kind, a.aliases, a.mentions) for a in brief.actors] == [
        ("Azerbaijan", "state", ("Baku",), (1,)), ("Yerevan", "place", (), (1,))]


def test_the_army_is_the_one_armed_force_named(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Sudanese Armed Forces signed the truce. The army said it would respect it.",
        "The RSF accused the army of shelling a market.")
    forces = {a.name: a.aliases for a in brief.actors if a.kind != "state"}
    assert "army" not in forces
    assert "army" in forces["Sudanese Armed Forces"]


def test_police_dioceses_and_long_document_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The mission will support the Haitian National Police. The Catholic Diocese of "
        "Bougainville objected.",
        "The Final Agreement for the Termination of the Conflict was signed in 2016. The "
        "Protocol on the Protection of the Civilian Population forms part of it.")
    assert kinds(brief) == {"Haitian National Police": "organisation",
                            "Catholic Diocese of Bougainville": "organisation"}


def test_a_body_of_a_state_named_in_full_and_a_modifying_head(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The State Border Service of the Republic of Azerbaijan and the Government of the "
        "Republic of Iraq met.",
        "Convoys follow routes set by a joint military technical sub-committee. The joint "
        "military technical sub-committee will meet monthly.")
    assert kinds(brief) == {
        "State Border Service of the Republic of Azerbaijan": "organisation", "Iraq": "state",
        "joint military technical sub-committee": "organisation"}


def test_joint_views_and_provisions_made_here(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Azerbaijan and Iran met in Baku. The Parties emphasised the ties between the two "
        "peoples. The two sides noted that differences remain.",
        "A Joint Verification Team is hereby established.")
    assert held(brief) == [
        ("1.2", "Parties", "position.joint-view"), ("1.3", "two sides", "position.joint-view")]
    assert found_by(brief.terms) == [("2.1", "term.provision")]


def test_earlier_phases_and_long_spans_are_background(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "They held their first negotiations in nearly two years. The fighters were paid in "
        "earlier phases. The former rebels will be paid next.")
    assert found_by(brief.background) == [
        ("1.1", "background.before-now"), ("1.2", "background.before-now")]


def test_hedged_possibilities_and_rallies_are_risks(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Delays in financing could affect the schedule. The mission could help reopen roads. "
        "The opposition called supporters to a rally on Saturday.")
    assert found_by(brief.risks) == [("1.1", "risk.hedged"), ("1.3", "risk.obstacle")]


def test_embassies_in_capitals_and_coalitions_for_causes(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Three groups in the Coalition of Patriots for Change (CPC) met in Bangui. Bangui "
        "said the talks were useful.",
        "The Russian embassy in Bangui, in a post on Telegram, said the instructors were there "
        "\"at the request of the legitimate authorities\".",
        "The Central African Patriotic Movement and the Central African Armed Forces met. "
        "According to Jonas Kettering, a researcher, the coalition is weak.")
    assert speakers(brief)[0][1] == "Russian embassy"
    assert kinds(brief) == {
        "Coalition of Patriots for Change": "organisation", "Central African Republic": "state",
        "Russian embassy": "organisation", "Central African Patriotic Movement": "armed group",
        "Central African Armed Forces": "organisation", "Jonas Kettering": "person"}


def test_statements_read_on_television_counted_officials_and_presidents_offices(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "In a statement read out on state television MRTV, junta spokesman Maj. Gen. Zaw Min "
        "Tun said the army would \"respect the corridor\". The Tatmadaw, it said, would "
        "\"protect the people\".",
        "Two Thai foreign ministry officials described the talks. \"The junta needs the "
        "money,\" one of them said.",
        "The Guyanese president's office said the protocol was \"a first step\".",
        "It quoted a Hezbollah lawmaker, Youssef Dakroub, as saying the land would be freed "
        "\"by diplomacy if possible\".")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Zaw Min Tun"), (1, "Zaw Min Tun"), (2, "Thai foreign ministry official"),
        (3, "Guyanese president's office"), (4, "Youssef Dakroub")]


def test_descriptions_met_before_however_far_and_but_said(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The plan was described by a senior administration official on a call.",
        "Ahmed Fouad Shawky, a spokesman for Egypt's foreign ministry, said the deal was "
        "\"not binding\".", "Talks went on.", "They ended late.",
        "Asked about sanctions, the senior official said Washington was \"looking at every "
        "tool\". Cairo will raise the matter at the African Union, the spokesman said, and "
        "will \"use every legal means\".",
        "The Sudanese Armed Forces replied in a statement. It welcomed \"any sincere effort\" "
        "but said a truce would \"reward those who starved the city\".")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (2, "Ahmed Fouad Shawky"), (5, "senior administration official"),
        (5, "Ahmed Fouad Shawky"), (6, "Sudanese Armed Forces"), (6, "Sudanese Armed Forces")]


def test_the_other_of_two_sources_and_it_after_a_statement(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "A statement from the junta's spokesman, Major General Thein Aung Moe, was read out "
        "on MRTV. \"The army accepts this ceasefire,\" the statement said.",
        "The sides will meet again, according to the statement. It closed with a warning. "
        "\"Any violation will be answered,\" it said.",
        "The talks were hard, according to two people briefed on them. \"Beijing did not ask,\" "
        "that person said. \"Nobody signed a date,\" the other said.")
    assert [(p, s) for p, s, _ in speakers(brief)] == [
        (1, "Thein Aung Moe"), (2, "Thein Aung Moe"), (3, "person briefed on them"),
        (3, "person briefed on them")]


def test_what_the_parties_could_not_agree_on_is_not_a_term(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The commission stalled when members could not agree on how to fund it. Nor have the "
        "parties agreed on who may vote. The sides agreed to open the crossing.")
    assert found_by(brief.terms) == [("1.3", "term.agreed-to")]


def test_a_place_named_with_its_noun_is_the_place(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Villagers in Syunik province protested. Syunik borders Iran.")
    assert [(a.name, a.kind, a.aliases, a.mentions) for a in brief.actors][:1] == [
        ("Syunik", "place", ("Syunik province",), (1,))]


def test_names_keep_their_lower_case_nouns_and_numbers(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Aid reached Zamzam camp on Monday. Gangs of the Viv Ansanm coalition blocked "
        "the road. The 5+5 Joint Military Commission met at the Haiyang Shiyou 981 oil rig. "
        "Under Article 51 nothing changed on March 15.")
    found = {a.name: (a.kind, a.aliases) for a in brief.actors}
    assert found["Zamzam"] == ("place", ("Zamzam camp",))
    assert found["Viv Ansanm"] == ("organisation", ("Viv Ansanm coalition",))
    assert "5+5 Joint Military Commission" in found
    assert "Haiyang Shiyou 981" in found
    assert not {"Article 51", "Article", "15", "March 15"} & found.keys()


def test_unnamed_officials_picked_up_again_and_people_named_after_their_role(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The plan was set out at a briefing by senior administration officials. “We ask only "
        "for what is owed,” one of the officials said.",
        "Mexico disagreed. “Drought is in the treaty,” the official said.",
        "A U.S. official said the panel met. A second U.S. official said Israel agreed. "
        "“Give it a chance,” the second official said.",
        "“If the army stalls, we are back to square one,” the first official said.",
        "“The fence comes down,” one diplomat familiar with the talks said, “but not the claim.”",
        "The Secretary General of the Organization of American States, Tomás Elizondo Vega, "
        "welcomed the deal. “It is a beginning,” the Secretary General said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "senior administration official"), (2, "senior administration official"),
        (3, "second U.S. official"), (4, "U.S. official"),
        (5, "diplomat familiar with the talks"), (5, "diplomat familiar with the talks"),
        (6, "Tomás Elizondo Vega")]


def test_ministries_speak_and_names_called_out_are_not_speakers(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Turkish energy ministry said the pipeline was “ready at short notice”.",
        "QUESTION: Ms. Marquardt, the Iraqi Ministry of Oil said the deal “has run out of "
        "road”. Is there a risk?",
        "Spain’s foreign ministry said the deal would bring “prosperity without fences” to the "
        "Campo de Gibraltar and end what it called “an anomaly on European soil.”",
        "Salim bin Nasser al-Harthi, the Omani foreign ministry official who has shuttled "
        "between the delegations, said the gaps were “narrow but not small.”",
        "Rehema Achieng Oduya, Kenya’s Cabinet Secretary for Mining, signed for Nairobi. "
        "“Today we are telling them they can go back to sea,” she said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Turkish energy ministry"), (2, "Iraqi Ministry of Oil"),
        (3, "Spain’s foreign ministry"), (3, "Spain’s foreign ministry"),
        (4, "Salim bin Nasser al-Harthi"), (5, "Rehema Achieng Oduya")]
    assert kinds(brief)["Salim bin Nasser al-Harthi"] == "person"
    assert "Cabinet Secretary" not in kinds(brief)


def test_relative_clauses_it_in_its_own_sentence_and_first_surnames(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Tajikistan’s State Committee for National Security, whose troops guard the border, "
        "said the sides would “strengthen joint measures”.",
        "A Tajik official who took part in the talks, speaking on condition of anonymity "
        "because he was not authorised to speak, said it was no recognition. “We are "
        "talking to whoever holds the other bank,” he said.",
        "Egypt's foreign ministry accused Ethiopia of pressing ahead with what it called "
        "\"unilateral measures\" on the river.",
        "The Secretary General, Tomás Elizondo Vega, spoke first. “We will help,” "
        "Elizondo said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Tajikistan’s State Committee for National Security"), (2, "Tajik official"),
        (3, "Egypt's foreign ministry"), (4, "Tomás Elizondo Vega")]


def test_joint_headings_bodies_on_and_words_that_are_not_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "MINISTER SAARINEN: Rein, welcome. The Police and Border Guard Board will patrol.",
        "MINISTER TAMMSALU: Thank you, Annika. The United Nations Office on Drugs and Crime "
        "and the International Chamber of Commerce will help, and the Islah party agrees.",
        "At the Extraordinary Session, His Highness the Amir thanked Viet Nam.",
        title="Joint press conference by Foreign Minister Annika Saarinen of Finland and "
              "Foreign Minister Rein Tammsalu of Estonia")
    found = {a.name: a.aliases for a in brief.actors}
    assert found["Annika Saarinen"] == ("Annika", "SAARINEN")
    assert found["Rein Tammsalu"] == ("Rein", "TAMMSALU")
    assert found["Islah"] == ("Islah party",)
    assert {"Police and Border Guard Board", "United Nations Office on Drugs and Crime",
            "International Chamber of Commerce", "Vietnam"} <= found.keys()
    assert not {"Extraordinary Session", "His Highness", "Highness"} & found.keys()


def test_an_unattributed_quote_is_no_one_for_it_to_refer_to(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "“Nothing was agreed.” The weather was fine in Lomé.",
        "“We will return,” it said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [(1, ""), (2, "")]


def test_speakers_named_late_described_at_length_or_set_against_another(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "“The insurgents do not read our paper,” the general told reporters. He left.",
        "The general, Maj. Gen. Félicien Ruzindana, has commanded the force since 2023.",
        "The United States, whose navy is based in Bahrain and whose largest base is Al Udeid "
        "Air Base in Qatar, said it welcomed “any step that strengthens unity.”",
        "Karimli said cargo would move “without checks,” while Melikyan said officers would "
        "be present “on every kilometre.”",
        "Ships wait 14 days, according to one agent in Dubai, who asked not to be named. "
        "“Every day at anchor is money,” he said.",
        "Senator Mark Dellinger, a Florida Republican, said the swap “puts a price on every "
        "passport.”",
        "“The fishermen have paid,” said Nigeria’s minister of state for foreign affairs, "
        "Ibrahim Danjuma Waziri, “for a border they did not draw.”",
        "UNHCR will monitor. “Any return must be voluntary,” the agency said. Saudi Arabia’s "
        "foreign ministry said it would “facilitate the movement of vessels.”")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Félicien Ruzindana"), (3, "United States"), (4, "Karimli"), (4, "Melikyan"),
        (5, "agent in Dubai"), (6, "Mark Dellinger"), (7, "Ibrahim Danjuma Waziri"),
        (7, "Ibrahim Danjuma Waziri"), (8, "UNHCR"), (8, "Saudi Arabia’s foreign ministry")]


def test_calls_for_is_a_term_only_when_the_text_calls_for_it(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The proposal calls for both armies to pull back ten kilometres.",
        "The opposition calls for fresh elections. Those responsible must be held to account.")
    assert found_by(brief.terms) == [("1.1", "term.calls-for")]


def test_a_pronoun_passes_over_a_person_of_the_other_gender(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Amina Yusuf met Hassan Omar, the army's spokesman, in Nairobi. “We are ready,” she "
        "said.",
        "Bakari Shee thanked Ms. Rehema Oduya. “The sea is open,” he said.",
        "“For years the argument was about ships,” the envoy told reporters. Henrik Dahlgaard, "
        "a Danish diplomat who took up the post last year, said the text was signed.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Amina Yusuf"), (2, "Bakari Shee"), (3, "Henrik Dahlgaard")]


def test_people_described_first_and_named_later(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The head of Niger’s delegation said the agreement ended the practice. “No one will "
        "be left in the sand,” he said. “That page is turned.” The official, Colonel Ibrahim "
        "Dan Malam, is the ministry's secretary-general.",
        "Algeria’s foreign ministry said the border was long. The delegation was led by its "
        "director of consular affairs. “Our border is a thousand kilometres,” she said. The "
        "diplomat, Nadia Aït Saadi, rejected the reports.",
        "In Geneva, a spokesman for the U.N. refugee agency welcomed the procedures. “A list "
        "of names is not a screening,” he told a briefing.",
        "The spokesman, Tomás Ferreira, said UNHCR had not been consulted.",
        "A spokeswoman for the delegation in Melilla, Carmen Aguado, said a summary had been "
        "released. “Nobody is hiding anything,” the spokeswoman said.",
        "Deputy Interior Minister Mukhtar al-Kabti spoke. “The investigation,” Kabti said, "
        "“will name them.” Vietnam's foreign ministry spokesperson, Vu Thi Minh Nguyet, "
        "spoke next. “We demand an inquiry,” she said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Ibrahim Dan Malam"), (1, "Ibrahim Dan Malam"), (2, "Nadia Aït Saadi"),
        (3, "Tomás Ferreira"), (5, "Carmen Aguado"), (6, "Mukhtar al-Kabti"),
        (6, "Mukhtar al-Kabti"), (6, "Vu Thi Minh Nguyet")]
    assert kinds(brief)["Vu Thi Minh Nguyet"] == "person"


def test_people_quoted_for_colour_and_sources_asking_anonymity_hold_no_stance(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "“We will open the markets on Monday,” said Marie-Ange Célestin, Haiti's commerce "
        "minister.",
        "“I sold my goats, then I sold my bed,” said Rosemène Joseph, 46, who buys rice in "
        "Dajabón.",
        "A Dominican army officer, who asked not to be named, said few vendors had come.")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Marie-Ange Célestin")]


def test_a_pronoun_learns_the_gender_of_the_only_person_it_can_mean(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Ukraine’s delegation was led by Olena Tkachuk. Every barge that leaves on time, she "
        "said, “is money for a farmer.”",
        "“The channel is full,” said Adrian Pătrașcu. “We did what we could,” he said.",
        "Pătrașcu described the deal as “the maximum the channel can give.” Tkachuk was asked "
        "about it. Pătrașcu left early. “We always want more,” she said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Olena Tkachuk"), (2, "Adrian Pătrașcu"), (2, "Adrian Pătrașcu"),
        (3, "Adrian Pătrașcu"), (3, "Olena Tkachuk")]


def test_a_pronoun_prefers_the_person_known_to_match_it_over_one_not_known(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Olena Tkachuk led Ukraine’s delegation. Every barge that leaves on time, she said, "
        "“is money for a farmer.”",
        "Tkachuk was asked whether Kyiv had wanted more. Adrian Pătrașcu had called the deal "
        "“the maximum the channel can give.” “We always want more,” she said.",
        "A Romanian official at the port, who asked not to be named, was more cautious. "
        "“The river decides,” he said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Olena Tkachuk"), (2, "Adrian Pătrașcu"), (2, "Olena Tkachuk"),
        (3, "Romanian official at the port")]


def test_spanish_place_words_prefixed_surnames_and_places_that_continue(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Water rose on the Río Uruguay near San Martín. The war in Gaza continued.",
        "Hazem Al-Rawashdeh spoke first. Rawashdeh was blunter. “Next summer,” he said.")
    assert {k: v for k, v in kinds(brief).items() if k in {"Río Uruguay", "San Martín", "Gaza"}} \
        == {"Río Uruguay": "place", "San Martín": "place", "Gaza": "place"}
    assert speakers(brief)[0][:2] == (2, "Hazem Al-Rawashdeh")


def test_she_after_a_man_waits_for_the_person_named_next(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Denmark’s foreign minister, Mikkel Søndergaard, spoke. Denmark, he said, was “ready "
        "to spend more.”",
        "The American delegation was led by a deputy assistant secretary of state. “We are a "
        "partner,” she said.",
        "The diplomat, Catherine Holloway, later told the news agency Ritzau more.",
        "Two U.S. officials who briefed reporters said little. “China has spent twenty years "
        "on this,” one of the officials said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Mikkel Søndergaard"), (2, "Catherine Holloway"),
        (4, "U.S. official who briefed reporters")]


def test_a_participle_aside_before_the_verb_and_a_titled_bridge(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Martín Lorenzatti signed for Argentina.",
        "Lorenzatti, speaking to reporters hours later on the Argentine side of the General "
        "San Martín bridge, called the deal “a return to the spirit of the river statute.”")
    assert [(n, s) for n, s, _ in speakers(brief)] == [(2, "Martín Lorenzatti")]
    assert kinds(brief)["San Martín"] == "place"


def test_pronouns_and_roles_do_not_reach_past_the_person_they_mean(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Amina Yusuf, the ministry's spokeswoman, spoke on Monday.",
        "“We are ready,” she said. The president, William Ruto, disagreed.",
        "Ahmed Ali spoke on Tuesday. “The truce must hold,” the Arab League said. They added "
        "that talks must “resume at once.”",
        "An official met the president, Ahmed Ali, on Monday. “We will see,” the official said.",
        "The envoy met with senior officials on Monday. “We will see,” one of the officials "
        "said.",
        "Kenya's foreign minister chose his words. “We agree,” he said. Uganda's foreign "
        "minister took another view. “We do not,” he said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (2, "Amina Yusuf"), (3, "Arab League"), (3, "Arab League"), (4, "official"),
        (5, "senior official"), (6, "Kenya's foreign minister"),
        (6, "Uganda's foreign minister")]


def test_review_cases_for_kinds_colour_and_anonymity(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "According to local officials, Pokrovsk was shelled. Benjamin Netanyahu spoke. The "
        "Netanyahu coalition split.",
        "“I sold my goats,” said Rosemène Joseph, a street vendor in Dajabón.",
        "“We will rebuild,” said Saif al-Islam Gaddafi, the son of the late leader.",
        "Egypt proposed a joint monitoring committee, according to a diplomat who asked not to "
        "be named.",
        title="Hamas welcomes Statement by the Arab League on Gaza truce")
    found = kinds(brief)
    assert found["Pokrovsk"] == "place" and found.get("Arab League") != "person"
    assert "Netanyahu" not in found
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("3.1", "Saif al-Islam Gaddafi"), ("4.1", "Egypt")]


def test_an_ordinal_century_is_not_an_actor(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "The 21st Century began with a treaty between Chad and Niger.")
    assert "21st Century" not in kinds(brief)


def test_a_body_s_short_form_and_a_verb_coordinated_with_the_first_keep_the_holder(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Authority of Heads of State and Government of the Economic Community of West "
        "African States met in Abuja.",
        "The Mission met the National Electoral Commission.",
        "The mandate was discussed at length.",
        "The talks were long.",
        "The Authority expressed concern at the violence. It condemned all attacks.",
        "On the calendar, the Authority directed that elections be held. It requested a "
        "decree, and urged the National Electoral Commission to revise the register.",
        "RENAMO's secretary-general, Clementina Tivane, said the movement would hold the "
        "government to the text and accused FRELIMO of delay.")
    authority = ("Authority of Heads of State and Government of the Economic Community of "
                 "West African States")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("5.1", authority), ("5.2", authority), ("6.2", authority),
        ("7.1", "Clementina Tivane")]


def test_an_approval_still_to_come_is_a_risk(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The protocol must be ratified by the three parliaments.",
        "Both governments must endorse it within 14 days.",
        "Its results will be formalised in a separate agreement subject to ratification.",
        "The parliament approved the protocol last year.")
    assert [(f.why.sentence, f.why.rule) for f in brief.risks] == [
        ("1.1", "risk.pending-approval"), ("2.1", "risk.pending-approval"),
        ("3.1", "risk.pending-approval")]


def test_the_envoy_a_broadcaster_and_a_body_known_by_another_name(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "“Nobody believes ninety days will end a war,” said Teresa Kiala, the Angolan diplomat "
        "who led the mediation.",
        "Kiala said the committee would meet next Thursday. Asked whether the truce could hold, "
        "the envoy paused. “It must,” she said.",
        "Congo’s trade minister, Patience Ilunga Mbaya, told the U.N.-backed Radio Okapi that "
        "her government had insisted on the right to reopen any container. She said:",
        "“We did not sign away our customs.”",
        "Malaysia’s foreign ministry, known as Wisma Putra, said in a statement that it was "
        "“deeply relieved.”",
        "A regional force from the Southern African Development Community, known as SAMIM, "
        "withdrew in July.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Teresa Kiala"), (2, "Teresa Kiala"), (4, "Patience Ilunga Mbaya"),
        (5, "Malaysia’s foreign ministry")]
    assert kinds(brief)["Radio Okapi"] == "organisation"
    aliases = {a.name: a.aliases for a in brief.actors}
    assert aliases["Malaysia’s foreign ministry"] == ("Wisma Putra",)
    assert "SAMIM" not in aliases["Southern African Development Community"]


def test_an_acronym_spelled_by_a_body_s_initials_is_that_body(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Kachin Independence Army confirmed the truce. The Kachin Independence "
        "Organisation was silent.",
        "The KIA statement said its delegation would “report to the people.” The KIO said "
        "nothing. The NUG was not invited.")
    aliases = {a.name: a.aliases for a in brief.actors}
    assert aliases["Kachin Independence Army"] == ("KIA",)
    assert aliases["Kachin Independence Organisation"] == ("KIO",)
    assert "NUG" in aliases


def test_it_is_the_body_a_run_of_names_opening_the_sentence_before_ends_in(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Aid groups were critical. The U.N. Office for the Coordination of Humanitarian "
        "Affairs said in a statement that 120,000 people were displaced. It called on “all "
        "parties” to allow “safe, rapid and unimpeded” access.")
    assert [s for _, s, _ in speakers(brief)] == ["OCHA", "OCHA"]


def test_one_official_is_an_unnamed_speaker_but_officials_are_no_one(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Officials said the duties were not settled. The KIA has held Kan Paik Ti since "
        "October. “The customs money is the real ceasefire line,” said one official, who "
        "asked not to be named.",
        "“Canberra got a fence,” an official said.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [(1, "official"), (2, "official")]


def test_according_to_a_statement_from_the_ministry_is_the_ministry(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The truce was agreed, China’s foreign ministry said on Wednesday.",
        "According to a statement from the ministry, the two sides agreed to a “temporary "
        "ceasefire” in Bhamo and to “refrain from air strikes.”")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (2, "China’s foreign ministry"), (2, "China’s foreign ministry")]


def test_a_titled_name_after_a_description_is_the_one_quoted(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The state-run Myanmar News Agency quoted the information minister, Lieutenant "
        "General Aung Zaw Lin, as saying that the KIA had “agreed to stop its attacks.”")
    assert [s for _, s, _ in speakers(brief)] == ["Aung Zaw Lin"]


def test_a_name_described_as_a_group_is_a_body(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Jaish al-Adl, a Sunni militant group that draws its fighters from the Baloch "
        "minority, claimed the attack. “No agreement can silence us,” the group said.",
        "Foro Penal, a rights organisation based in Caracas, counted the prisoners.")
    assert kinds(brief)["Jaish al-Adl"] == "armed group"
    assert kinds(brief)["Foro Penal"] == "organisation"
    assert [s for _, s, _ in speakers(brief)] == ["Jaish al-Adl"]


def test_it_after_a_quote_of_several_sentences_looks_past_the_quote(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Iran’s foreign ministry was cool. The Iranian embassy in Islamabad struck a warmer "
        "note. “Pakistan and Iran are two brotherly neighbours. Terrorists will not divide "
        "us,” it wrote on X on Wednesday.")
    assert [s for _, s, _ in speakers(brief)] == ["Iranian embassy"]


def test_a_trader_or_a_fisherman_can_be_an_unnamed_speaker(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Kallon welcomed the deal. “My people have heard this before,” he said.",
        "A trader in Koindu, reached by telephone, said she would believe it when the "
        "crossing reopened. “The soldiers on that hill know our names,” she said.",
        "“The lake is empty,” said a fisherman in Kasenyi.")
    assert [(n, s) for n, s, _ in speakers(brief)] == [
        (1, "Kallon"), (2, "trader in Koindu"), (3, "fisherman in Kasenyi")]


def test_but_it_said_is_the_body_the_sentence_before_opens_with(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Kachin Independence Army confirmed the truce in a statement posted on the "
        "Facebook page of its political wing, the Kachin Independence Organisation. But it "
        "said its troops would “remain in the positions they hold today.”")
    assert [s for _, s, _ in speakers(brief)] == ["Kachin Independence Army"]


def test_a_ministry_with_two_portfolios_is_one_name(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Ministry of Information and Civic Education said nothing. Qatar’s Ministry of "
        "Commerce and Industry was silent.",
        "The Ministry of Defence and Foreign Minister Ali Musa spoke. The Ministry of "
        "Foreign Affairs and Russia disagreed.")
    names = [a.name for a in brief.actors]
    assert "Ministry of Information and Civic Education" in names
    assert "Qatar’s Ministry of Commerce and Industry" in names
    assert {"Ministry of Defence", "Ali Musa", "Ministry of Foreign Affairs", "Russia"} \
        <= set(names)


def test_words_opening_a_transcript_turn_are_not_names(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "QUESTION: Can you tell us more about China’s role?",
        "REPORTER: When will the crossing reopen? No Chinese troops are there.")
    assert [a.name for a in brief.actors] == ["China"]


def test_formal_names_of_states_with_any_of_their_prefixes(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Federal Democratic Republic of Ethiopia and the United Republic of Tanzania "
        "signed. The Democratic Republic of Congo and the Republic of Türkiye watched.")
    found = {a.name: a.aliases for a in brief.actors}
    assert "Federal Democratic Republic of Ethiopia" in found["Ethiopia"]
    assert "United Republic of Tanzania" in found["Tanzania"]
    assert "Democratic Republic of Congo" in found["Democratic Republic of the Congo"]
    assert "Republic of Türkiye" in found["Turkey"]


def test_a_name_only_ever_before_a_people_noun_names_a_people(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Nyangatom and Dassanech herders reached the wells. The Raizal people of San Andrés "
        "fish there. Houthi fighters withdrew.",
        "Afar pastoralists crossed into Djibouti.")
    names = {a.name for a in brief.actors}
    assert not {"Nyangatom", "Dassanech", "Raizal", "Afar"} & names
    assert {"San Andrés", "Djibouti"} <= names


def test_the_words_of_a_document_s_title_are_not_actors(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The ministry welcomes the Agreement between Montenegro and the Republic of Croatia "
        "on the Submission of the Dispute concerning the Maritime Boundary to Arbitration.",
        "The parties signed a Declaration of Commitments on the Protection of Civilians in "
        "Oromia.")
    assert [a.name for a in brief.actors] == ["Montenegro", "Croatia", "Oromia"]


def test_critics_and_others_opening_a_sentence_are_no_one_named(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Critics say the deal traded land for trade. Nobody asked the displaced. Others "
        "warned that the hardest part was ahead.")
    assert brief.actors == ()


def test_a_quote_standing_alone_is_said_by_the_person_the_next_sentence_opens_with(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "Rosalina Sequeira was hopeful. Yohanes Taeki was not.",
        "“A line on paper does not move a grave.” Taeki, 61, said his father was buried "
        "near the river.",
        "Zurab Kapanadze keeps sheep. Nana Tsiklauri does not.",
        "“The sheep never read the map.” That was how Kapanadze, 58, summed up six years.",
        "“We will see.” The weather was fine.")
    assert [(n, s, r) for n, s, r in speakers(brief)] == [
        (2, "Yohanes Taeki", "quote.speaker-next"), (4, "Zurab Kapanadze", "quote.speaker-next"),
        (5, "Zurab Kapanadze", "quote.last-person-named")]


def test_the_government_and_the_ministry_with_an_adverb_find_their_body(
        tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "The Ministry of Foreign Affairs of Montenegro welcomes the signing. The Government "
        "of Montenegro reiterates its support.",
        "The talks were long.", "The sea was calm.", "The boats waited.", "The port was shut.",
        "The Ministry particularly welcomes the assurance given by the Croatian side. The "
        "Government calls on all parliamentary parties to support its ratification.")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Ministry of Foreign Affairs of Montenegro"), ("1.2", "Montenegro"),
        ("6.1", "Ministry of Foreign Affairs of Montenegro"), ("6.2", "Montenegro")]


def test_an_address_by_an_office_speaks_for_its_state(tmp_path: Path) -> None:
    brief = brief_of(
        tmp_path,
        "My dear compatriots, yesterday the Government of the Republic of Niger signed an "
        "agreement.",
        "I will not pretend that this was an easy decision.",
        title="Address to the Nation by the President of the Republic of Niger")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Niger"), ("2.1", "Niger")]


def test_a_place_named_with_its_noun_and_two_names_joined_by_a_dash(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "Drilling at the Sea Lion oil field resumed. Lorries crossed "
                     "the Jaber–Nassib border crossing on the Ethiopia–Sudan border.")
    places = {a.name: (a.aliases, a.why.rule) for a in brief.actors}
    assert places == {
        "Sea Lion": (("Sea Lion oil field",), "actor.place-noun-after"),
        "Jaber–Nassib": (("Jaber–Nassib border crossing",), "actor.place-noun-after"),
        "Ethiopia": ((), "actor.gazetteer"), "Sudan": ((), "actor.gazetteer")}


def test_demonyms_joined_or_made_adjectives_are_not_names(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "Veterans of the Soviet-Afghan war and the Anglo-French "
                     "treaty read the Hungarian-language press, said Ali Musa.")
    assert [a.name for a in brief.actors] == ["Ali Musa"]


def test_they_goes_on_with_the_group_that_opened_the_paragraph(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "The three Governments agreed to adopt a protocol at La Unión. "
                     "They further agreed to carry out a joint study. The Ministries of "
                     "Foreign Affairs will meet.")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "three Governments"), ("1.2", "three Governments")]
    assert [a.name for a in brief.actors] == ["La Unión"]


def test_each_or_neither_government_holds_a_stance_of_its_own(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "Each government accused the other of harbouring smugglers. "
                     "Neither side rejected the plan.")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Each government"), ("1.2", "Neither side")]


def test_a_statement_by_a_body_speaks_in_its_voice(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "The Ministry of Foreign Affairs and National Community Abroad "
                     "recalls that the Agreement was signed in Bamako.",
                     "We call on the transitional authorities to return to the Agreement.",
                     title="Statement by the Ministry of Foreign Affairs and National "
                           "Community Abroad on the situation in Mali")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("2.1", "Ministry of Foreign Affairs and National Community Abroad")]
    assert "Ministry of Foreign Affairs" not in [a.name for a in brief.actors]


def test_a_heading_names_a_speaker_with_a_particle(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "I welcome the framework signed today in Nicosia.",
                     title="Statement by the Secretary General of the Council of Europe, "
                           "Pieter van Houweling, on the missing persons in Cyprus")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Pieter van Houweling")]


def test_they_in_a_press_statement_are_the_members_who_opened_it(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "The members of the Security Council welcomed the agreement "
                     "signed in N'Djamena.",
                     "They called on Member States to provide funding without delay.")
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "UN Security Council"), ("2.1", "UN Security Council")]


def test_a_stance_framed_by_whose_it_is(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "Bolivia and Argentina signed the memorandum. For Bolivia, the "
                     "toll is about more than pipeline economics. In the Argentine reading, "
                     "the deal is a bridge. The swap clause, as Bolivian officials see it, is "
                     "their hedge. For years, the talks stalled.",
                     "Transit revenue is, in Bolivia’s view, a source of hard currency. "
                     "Argentina went to La Paz wanting more. Brazil took the opposite view.")
    assert held(brief) == [
        ("1.2", "Bolivia", "position.framed"), ("1.3", "Argentina", "position.in-view"),
        ("1.4", "Bolivia", "position.sees-it"), ("2.1", "Bolivia", "position.in-view"),
        ("2.2", "Argentina", "position.wants"), ("2.3", "Brazil", "position.evaluates")]


def test_unnamed_sources_and_their_parties(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "The Polisario Front, which Algeria hosts, has already warned "
                     "that it would treat the deal as “a betrayal.” A senior Sierra Leonean "
                     "official said the talks would end.",
                     "“We will not sign,” said a member of Vanuatu’s delegation. “It is a "
                     "start,” said a South American diplomat. The Moroccan king has spoken "
                     "of an “outstretched hand” to Algeria.")
    assert [(q.speaker, q.why.rule) for q in brief.quotes] == [
        ("Polisario Front", "quote.speaker-before"),
        ("member of Vanuatu’s delegation", "quote.verb-then-speaker"),
        ("South American diplomat", "quote.verb-then-speaker"),
        ("Moroccan king", "quote.speaker-before")]
    assert [(p.why.sentence, p.actor) for p in brief.positions] == [
        ("1.1", "Polisario Front"), ("1.2", "Sierra Leone"), ("2.1", "Vanuatu"),
        ("2.3", "Morocco")]


def test_a_dateline_capital_is_the_state_it_stands_for(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "COTONOU, Benin — Benin and Burkina Faso agreed on Thursday to "
                     "open a liaison cell. Cotonou said the cell would open in May.",
                     "Thousands of Burkinabè have fled since 2022. In February, Ethiopian "
                     "Airlines, which flies to Juba, cut its flights.")
    assert kinds(brief) == {"Benin": "state", "Burkina Faso": "state", "liaison cell":
                            "organisation", "Ethiopian Airlines": "organisation", "Juba": "place"}


def test_the_government_is_the_state_a_report_names_for_it(tmp_path: Path) -> None:
    brief = brief_of(tmp_path, "South Sudan and the National Salvation Front signed a truce in "
                     "Rome. Kenya hosted earlier talks. South Sudan will release detainees.",
                     "The rebels accused the army of holding civilians. The government denies "
                     "holding civilians.")
    assert [(p.why.sentence, p.actor) for p in brief.positions if p.why.sentence == "2.2"] == [
        ("2.2", "South Sudan")]
    brief = brief_of(tmp_path, "Burkina Faso’s military government said on Saturday that "
                     "soldiers held by Côte d’Ivoire would be freed. In a statement, the "
                     "government called the release “a gesture of good neighbourliness.”")
    assert [q.speaker for q in brief.quotes] == ["Burkina Faso"]
