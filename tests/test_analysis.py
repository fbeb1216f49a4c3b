"""The core's analysis step: tags before rules, negation, quotable words, proportionate findings
(penal citations only with their elements), questions for missing facts, urgency in routing."""

from __future__ import annotations

from datetime import time

import pytest

from complaint_kit.assess.analysis import Analysis, ids
from complaint_kit.assess.routing import Channel, ChannelKind, route
from complaint_kit.assess.rules import (
    Ask,
    Basis,
    Binding,
    Citation,
    Element,
    Hit,
    Rule,
    RuleError,
    check_citations,
    run_rules,
)
from complaint_kit.assess.tagging import Lexicon, Tagger
from complaint_kit.model.case import Case
from complaint_kit.model.jurisdiction import Jurisdiction

PLACE = Jurisdiction(code="xx", name="Testland", language="en", timezone="UTC",
                     contact_hours=(time(8), time(21)))
LEXICON = Lexicon("test", "en", {"disclosure": [r"\bdebt\b"], "threat_visit": [r"\bvisit you\b"]},
                  negation=r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+){0,2}$")
CIVIL = Citation("Civil Act", "s.1", Binding.law, "https://example.org/civil", "High",
                 basis=Basis.civil)
CRIMINAL = Citation("Crimes Act", "s.2", Binding.law, "https://example.org/crimes", "High",
                    basis=Basis.criminal)


def make_case(*incidents: dict) -> Case:
    return Case.model_validate({"jurisdiction": "xx", "timezone": "UTC",
                                "complainant": {"name": "Test Person"},
                                "incidents": list(incidents)})


def analysis(*incidents: dict) -> Analysis:
    return Analysis(make_case(*incidents), PLACE, Tagger("en", [LEXICON]))


def call(text: str, **kw) -> dict:
    return {"time": "2026-03-02 10:00", "channel": "call", "content": text, **kw}


def sms(text: str, **kw) -> dict:
    return {"time": "2026-03-02 11:00", "channel": "sms", "content": text, **kw}


@pytest.mark.parametrize(("text", "tags"), [
    ("You owe a debt.", ["disclosure"]),
    ("The caller did not mention the debt.", []),
    ("He never mentioned the debt", []),
    ("If you don't pay, we will visit you tonight.", ["threat_visit"]),
    ("If you do not pay we will visit you", ["threat_visit"]),
    ("They didn't visit you, but the debt was mentioned.", ["disclosure"]),
])
def test_negation_is_read_in_the_clause_before_the_words(text, tags):
    assert sorted(LEXICON.classify(text)) == tags


def test_every_incident_is_tagged_and_given_tags_are_kept():
    a = analysis(sms("We will visit you."), call("", time="2026-03-02 12:00", tags=["Insult "]))
    first, second = a.incidents
    assert a.tags(first) == {"threat_visit": ["visit you"]}
    assert a.tags(second) == {"insult": []}
    assert a.tagged("insult") == [second]
    assert ids(a.tagged("threat_visit", "insult")) == ["I1", "I2"]


def test_only_the_collectors_own_words_are_quotable():
    a = analysis(sms("We will visit you."),
                 call("He said they would visit you.", time="2026-03-03 10:00"),
                 call("We will visit you", time="2026-03-04 10:00", wording="verbatim"))
    written, described, recorded = a.incidents
    assert (written.verbatim, described.verbatim, recorded.verbatim) == (True, False, True)
    assert a.has(described, "threat_visit")  # what was described still happened
    assert a.quotable_words([described], "threat_visit") == []
    assert a.quotable_words(a.incidents, "threat_visit") == ["visit you"]


def test_times_and_days_are_local():
    a = analysis(sms("hello", time="2026-03-02T22:30:00+00:00"))
    [incident] = a.incidents
    assert a.is_night(incident)
    assert list(a.by_day(a.incidents)) == [incident.time.date()]


def _rule(check, citations=(CIVIL, CRIMINAL)) -> Rule:
    return Rule("XX-TEST", "xx", "Test rule", tuple(citations), check)


def test_a_penal_citation_needs_the_facts_that_meet_its_elements():
    a = analysis(sms("We will visit you."))
    bare = _rule(lambda a: Hit(ids(a.incidents), "A threat."))
    with pytest.raises(RuleError, match=r"XX-TEST cites Crimes Act, s\.2 .*elements"):
        run_rules(a, [bare])
    element = Element("a threat of harm", "wrote that they would visit (I1)", ("I1",))
    proven = _rule(lambda a: Hit(ids(a.incidents), "A threat.", elements={CRIMINAL: [element]}))
    [finding], questions = run_rules(a, [proven])
    assert questions == []
    assert finding.basis == Basis.criminal
    assert finding.elements == {CRIMINAL: [element]}
    cited = {c["label"]: c for c in finding.as_dict()["citations"]}
    assert cited["Crimes Act, s.2"]["elements"] == [element.as_dict()]
    assert cited["Civil Act, s.1"]["basis"] == "civil"


def test_without_the_element_the_rule_asks_instead_of_stating():
    a = analysis(sms("You owe a debt."))

    def check(a):
        return [Hit(ids(a.incidents), "Told about the debt.", [CIVIL]),
                Ask("Was this posted where others could see it?", (CRIMINAL,), ("I1",))]

    [finding], [question] = run_rules(a, [_rule(check)])
    assert finding.basis == Basis.civil and CRIMINAL not in finding.citations
    assert question.as_dict() == {"rule": "XX-TEST", "question": "Was this posted where others "
                                  "could see it?", "incidents": ["I1"],
                                  "would_cite": ["Crimes Act, s.2"]}


def test_a_rule_that_raises_is_named():
    with pytest.raises(RuleError, match="rule XX-TEST failed: ZeroDivisionError"):
        run_rules(analysis(sms("x")), [_rule(lambda a: 1 / 0)])


def test_every_rule_citation_says_its_basis():
    unclassified = Citation("Some Act", "s.9", Binding.law, "https://example.org", "High")
    with pytest.raises(RuleError, match=r"XX-TEST: no basis .*Some Act, s\.9"):
        check_citations(_rule(lambda a: None, [unclassified]))


def _channel(id: str, kind: str, order: int) -> Channel:
    return Channel(id=id, jurisdiction="xx", name=id, kind=kind, order=order,
                   applies=lambda case, findings: True)


def test_an_urgent_finding_puts_the_police_first():
    channels = [_channel("lender", ChannelKind.lender, 10), _channel("police", ChannelKind.police,
                                                                     80)]
    a = analysis(sms("We will visit you tonight."))
    calm = _rule(lambda a: Hit(ids(a.incidents), "A visit.", [CIVIL]))
    urgent = _rule(lambda a: Hit(ids(a.incidents), "A visit.", [CIVIL],
                                 urgent="They announced a visit tonight."))
    [finding], _ = run_rules(a, [calm])
    assert [c.id for c in route(a.case, [finding], channels)] == ["lender", "police"]
    [finding], _ = run_rules(a, [urgent])
    assert finding.urgent == "They announced a visit tonight."
    assert [c.id for c in route(a.case, [finding], channels)] == ["police", "lender"]
