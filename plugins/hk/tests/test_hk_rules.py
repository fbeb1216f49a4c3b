"""Hong Kong rules: lawful reminders, the contact pattern, what was said, personal data, the
debtor and the lender."""

from __future__ import annotations

from complaint_kit_hk import citations as c
from hk_rule_cases import asks, call, findings, make_case, msg

from complaint_kit.assess.rules import Basis

# -- lawful reminders ----------------------------------------------------------------------------

def test_lawful_reminders_raise_no_findings():
    case = make_case([
        msg("2026-03-01 10:00", "【示例銀行】提提你：信用卡結單結欠港幣12,000元，"
            "請於3月15日或之前繳付。", channel="sms"),
        msg("2026-03-18 14:30", "閣下賬戶已逾期，本行或會向信貸資料服務機構報告，"
            "並可能採取法律行動追討欠款。", channel="sms"),
        call("2026-03-20 15:00", answered=True, content="提提你賬戶已逾期，可申請分期還款計劃。"),
        msg("2026-03-25 11:00", "Your account is overdue. We may take legal action to recover "
            "the debt and may report it to the credit reference agency.", channel="letter"),
    ])
    assert findings(case) == {}


# -- contact pattern -----------------------------------------------------------------------------

def test_calls_at_unreasonable_hours_use_the_screening_window_and_say_so():
    case = make_case([call("2026-03-01 23:30"), call("2026-03-02 07:59"),
                      call("2026-03-02 08:00"), msg("2026-03-02 23:50", "還錢")])
    f = findings(case)["HK-HOURS"]
    assert f.incidents == ["I1", "I2"]  # calls only: the Code speaks of telephone calls
    assert "並非法定時限" in f.explanation
    assert [x.label for x in f.quotable] == [c.CODE_HOURS.zh.label]


def test_the_complainant_can_set_the_unreasonable_hours():
    case = make_case([call("2026-03-01 21:45"), call("2026-03-01 23:00")], language="en",
                     facts={"unreasonable_hours": "21:30-22:30"})
    f = findings(case)["HK-HOURS"]
    assert f.incidents == ["I1"]
    assert "21:30–22:30" in f.explanation and "not a legal limit" in f.explanation


def test_consented_late_call_does_not_fire():
    assert "HK-HOURS" not in findings(make_case([call("2026-03-01 23:30", consented=True)]))


def test_persistent_calls_are_a_code_point_and_s20c_needs_a_request_to_stop():
    calls = [call(f"2026-03-03 10:{m:02d}") for m in (0, 5, 10, 14)]
    f = findings(make_case(calls))["HK-PERSISTENT-CALLS"]
    assert f.incidents == ["I1", "I2", "I3", "I4"]
    assert "並非法定門檻" in f.explanation and "共4次來電" in f.explanation
    assert c.CAP228_S20C.zh not in f.citations and f.basis == Basis.regulatory
    stopped = [{**x, "to": {"relation": "debtor", "asked_to_stop": True}} for x in calls]
    f = findings(make_case(stopped))["HK-PERSISTENT-CALLS"]
    assert c.CAP228_S20C.zh in f.quotable and f.basis == Basis.criminal
    assert [e.incidents for e in f.elements[c.CAP228_S20C.zh]][1] == ["I1", "I2", "I3", "I4"]
    sparse = [call(f"2026-03-0{d} 10:00") for d in range(1, 5)]
    assert "HK-PERSISTENT-CALLS" not in findings(make_case(sparse))


def test_every_call_attempt_is_counted():
    """Nine attempts in a day, answered or not, are nine (not just the unanswered ones)."""
    calls = [call(f"2026-03-03 {h:02d}:00", answered=h % 2 == 0) for h in range(9, 18)]
    f = findings(make_case(calls))["HK-PERSISTENT-CALLS"]
    assert len(f.incidents) == 9 and "共9次來電" in f.explanation and "最多9次" in f.explanation


def test_third_parties_and_the_hkma_guideline_only_for_banks():
    incidents = [call("2026-03-01 10:00", answered=True, content="叫你個仔還錢",
                      to={"relation": "parent", "name": "陳母"}),
                 call("2026-03-01 11:00", answered=True, content="佢欠債",
                      to={"relation": "guarantor", "name": "擔保人"})]
    bank = findings(make_case(incidents))
    assert bank["HK-THIRD-PARTY"].incidents == ["I1"]  # a guarantor is no third party
    assert c.HKMA_GL_B.zh in bank["HK-THIRD-PARTY"].citations
    lender = findings(make_case(incidents, lender_type="other",
                                facts={"lender_kind": "money_lender"}))
    assert c.HKMA_GL_B.zh not in lender["HK-THIRD-PARTY"].citations
    assert "並非銀行" in lender["HK-THIRD-PARTY"].explanation


# -- what was said -------------------------------------------------------------------------------

def test_cantonese_threats_insults_and_fake_police():
    f = findings(make_case([
        msg("2026-03-01 13:00", "再唔還錢就淋紅油，出入小心啲。"),
        msg("2026-03-01 13:05", "仆街老賴！"),
        msg("2026-03-01 13:10", "我係警署嘅，唔還錢就差人拉你入冊。"),
    ]))
    assert f["HK-INTIMIDATION"].incidents == ["I1"]
    assert c.CAP200_S24.zh in f["HK-INTIMIDATION"].quotable
    assert c.CAP200_S24_PENALTY.zh not in f["HK-INTIMIDATION"].quotable  # penalty UNVERIFIED
    assert f["HK-INTIMIDATION"].urgent  # a threat of violence: the police first
    # One incident, one point: the threat is not also counted as abuse, posing as the police
    # not also as a false name.
    assert f["HK-ABUSIVE"].incidents == ["I2"]
    assert "HK-FALSE-IDENTITY" not in f
    assert f["HK-MISLEADING"].incidents == ["I3"]


def test_only_the_collectors_own_words_are_quoted():
    """A message is quoted; my account of a call is described, never put in quotation marks."""
    told = make_case([call("2026-03-01 13:00", answered=True, content="佢話再唔還錢就淋紅油")])
    f = findings(told)["HK-INTIMIDATION"]
    assert "淋紅油" not in f.explanation and "「" not in f.explanation
    assert c.CAP200_S24.zh in f.quotable  # my account still meets the elements, unquoted
    written = findings(make_case([msg("2026-03-01 13:00", "再唔還錢就淋紅油")]))["HK-INTIMIDATION"]
    assert "「淋紅油」" in written.explanation


def test_the_code_is_a_benchmark_against_a_money_lender_said_once():
    case = make_case([call("2026-03-01 23:30"), msg("2026-03-02 10:00", "仆街老賴")],
                     lender_type="other", facts={"lender_kind": "money_lender"})
    f = findings(case)
    assert {x.basis for x in f["HK-HOURS"].citations} == {Basis.baseline}
    assert f["HK-ABUSIVE"].basis == Basis.baseline
    notes = [x for x in f.values() if "並非銀行" in x.explanation]
    assert [x.rule_id for x in notes] == ["HK-HOURS"]


def test_an_english_case_reads_cantonese_messages():
    f = findings(make_case([msg("2026-03-01 13:00", "再唔還錢就淋紅油")], language="en"))
    assert c.CAP200_S24.en in f["HK-INTIMIDATION"].quotable
    assert f["HK-INTIMIDATION"].explanation.startswith("Once (I1)")


def test_a_deadline_today_with_a_visit_is_pressing_but_pay_now_is_not_a_time():
    today = findings(make_case([msg("2026-03-01 13:00", "今日唔還錢就上你屋企")]))
    assert today["HK-INTIMIDATION"].urgent
    now = findings(make_case([msg("2026-03-01 13:00", "即刻還錢，唔係上你屋企")]))
    assert not now["HK-INTIMIDATION"].urgent


def test_we_know_where_you_work_is_no_criminal_intimidation():
    case = make_case([msg("2026-03-01 13:00", "Pay today or we know where you work.")],
                     language="en")
    f = findings(case)["HK-INTIMIDATION"]
    assert c.CAP200_S24.en not in f.citations and f.basis == Basis.regulatory
    assert not f.urgent and "HK-INTIMIDATION" in asks(case)


def test_english_case_gets_english_explanations_and_citations():
    f = findings(make_case([
        msg("2026-03-01 13:00", "Pay now or we will splash red paint on your door."),
        msg("2026-03-02 09:00", "You will be arrested for fraud, here is your court summons.",
            channel="sms"),
    ], language="en"))
    intimidation = f["HK-INTIMIDATION"]
    assert intimidation.explanation.startswith("Once (I1) the collectors threatened")
    assert [x.label for x in intimidation.quotable][:1] == ["Crimes Ordinance (Cap. 200), s. 24"]
    misleading = f["HK-MISLEADING"]
    labels = [x.label for x in misleading.quotable]
    # Arrest for a debt is misleading; s.20(b) needs a message known to be false.
    assert "Summary Offences Ordinance (Cap. 228), s. 20(b)" not in labels
    assert not any("\u4e00" <= ch <= "\u9fff" for x in f.values() for ch in x.explanation)
    checked = findings(make_case([msg("2026-03-02 09:00", "You will be arrested for fraud.",
                                      channel="sms", verified_false="the police: no case")],
                                 language="en"))["HK-MISLEADING"]
    s20b = c.CAP228_S20B.en
    assert s20b in checked.quotable
    assert [e.fact for e in checked.elements[s20b]][1] == "checked and found false: the police: " \
        "no case (I1)"


# -- personal data -------------------------------------------------------------------------------

def test_doxxing_applies_from_8_october_2021_and_s64_3c_when_harm_is_caused():
    post = {"to": {"relation": "public", "name": "大廈群組"}, "audience": "group",
            "tags": ["doxxing"]}
    text = "陳測試欠錢唔還，佢張相同身份證喺度"
    no = {"disclosure_consented": False}
    before = findings(make_case([msg("2021-10-07 10:00", text, **post)], facts=no))
    assert "HK-DOXXING" not in before
    after = findings(make_case([msg("2021-10-08 10:00", text, **post)], facts=no))
    assert [x.article for x in after["HK-DOXXING"].citations] == ["第64(3A)條", "保障資料第3原則"]
    assert len(after["HK-DOXXING"].elements[c.PDPO_S64_3A.zh]) == 3
    assert "HK-CONFIDENTIALITY" not in after  # the same post is not counted twice
    harmed = findings(make_case([msg("2026-01-08 10:00", text, **post)],
                                facts={**no, "doxxing_harm": True}))
    assert [x.article for x in harmed["HK-DOXXING"].citations][:2] == ["第64(3A)條", "第64(3C)條"]
    unknown = make_case([msg("2026-01-08 10:00", text, **post)])  # consent not given: ask
    assert "HK-DOXXING" not in findings(unknown) and "HK-DOXXING" in asks(unknown)
    threat_only = findings(make_case([msg("2026-01-08 10:00", "再唔還錢就將你張相post上群組")],
                                     facts=no))
    assert "HK-DOXXING" not in threat_only  # a threat to the debtor discloses nothing yet


def test_disclosure_of_the_debt_to_a_colleague_breaks_confidentiality():
    f = findings(make_case([call("2026-03-01 10:00", answered=True, content="陳測試欠債唔還",
                                 to={"relation": "colleague", "name": "同事"})]))
    assert c.PDPO_DPP3.zh in f["HK-CONFIDENTIALITY"].quotable


def test_data_transfer_and_dca_notice_facts():
    agency = {"id": "agency", "role": "collection_agency", "type": "collection_agency",
              "name": "示例收數公司", "acting_for": "lender"}
    base = {"respondents": [{"id": "lender", "role": "lender", "type": "bank", "name": "示例銀行"},
                            agency]}
    f = findings(make_case([], **base, facts={"data_transfer_notice_given": False,
                                              "dca_advance_notice_received": False}))
    assert {"HK-DATA-TRANSFER-NOTICE", "HK-DCA-NOTICE"} <= set(f)
    partial = findings(make_case([], language="en", **base, facts={
        "dca_advance_notice_received": True, "dca_notice_missing": ["recovery_costs"]}))
    assert "recovery costs" in partial["HK-DCA-NOTICE"].explanation
    assert findings(make_case([], facts={"dca_advance_notice_received": False})) == {}  # no DCA


# -- the debtor and the lender -------------------------------------------------------------------

def test_collection_after_bankruptcy():
    f = findings(make_case([msg("2026-03-01 10:00", "還錢"), msg("2026-03-10 10:00", "還錢")],
                           facts={"adjudged_bankrupt_on": "2026-03-05"}))
    assert f["HK-BANKRUPT"].incidents == ["I2"]


def test_unlicensed_lender_never_applies_the_unverified_interest_cap():
    f = findings(make_case([], lender_type="other", debt={"lender": "lender",
                                                            "annual_rate_percent": 48},
                           facts={"lender_kind": "money_lender", "money_lender_licensed": False}))
    finding = f["HK-UNLICENSED-LENDER"]
    assert finding.verified
    assert [x.label for x in finding.quotable] == ["《放債人條例》（第163章）"]
    assert finding.unverified_notes and "60%" not in finding.explanation
