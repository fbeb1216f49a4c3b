"""Contacts typed one by one at a pretend terminal: whom each reached, and the facts that decide a
finding's strength."""

from __future__ import annotations

from complaint_kit.interview.engine import INTERVIEW_VERSION
from complaint_kit.plugins.registry import get_registry
from tests.interviewing import (
    AT_CONTACTS,
    EOF,
    TO_EMPLOYER,
    TO_MOTHER,
    TO_THE_END,
    scripted,
)


def test_contacts_to_the_mother_and_the_employer_are_recorded(tmp_path):
    code, saved, prompts = scripted(tmp_path, TO_MOTHER + TO_EMPLOYER + TO_THE_END,
                                    AT_CONTACTS)
    assert code == 0
    mother, employer = saved["incidents"]
    assert mother == {"time": "2026-03-02 09:10", "channel": "call",
                      "to": {"relation": "parent", "name": "李母"},
                      "content": "打给我妈妈，说我欠钱不还"}  # unknowns stored as nothing
    assert employer["to"] == {"relation": "employer", "asked_to_stop": False}
    assert employer["automated"] is False and "wording" not in employer
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "done": True, "lang": "zh-Hans",
                                  "documents": []}  # 0: none drafted
    assert "debtor_reachable" not in saved  # asked, and left unknown
    assert any("直接回车 = 我本人" in p for p in prompts)


def test_the_third_party_finding_follows_from_the_recorded_contacts(tmp_path):
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import assess

    code, _saved, _ = scripted(tmp_path, TO_MOTHER + TO_EMPLOYER + TO_THE_END, AT_CONTACTS)
    assert code == 0
    registry = get_registry()
    case = load_case(tmp_path / "case.yaml", registry)
    assert [str(i.to.relation) for i in case.incidents] == ["parent", "employer"]
    found = {f.rule_id: f for f in assess(case, registry).findings}
    assert "CN-THIRD-PARTY" in found
    assert set(found["CN-THIRD-PARTY"].incidents) == {"I1", "I2"}


def test_enter_leaves_every_fact_of_a_contact_unknown(tmp_path):
    data = {**AT_CONTACTS, "facts": {}}
    lines = ["2026-03-02 23:10", "", "", "", "再不还钱就去你家", ""]
    code, saved, _ = scripted(tmp_path, lines + TO_THE_END, data)
    assert code == 0
    assert saved["incidents"] == [{"time": "2026-03-02 23:10", "channel": "sms",
                                   "content": "再不还钱就去你家"}]
    call = ["2026-03-03 09:00", "1", "", "", "他说要去我单位闹", "", ""]
    code, saved, _ = scripted(tmp_path, call + TO_THE_END, {**data, "incidents": []})
    assert saved["incidents"] == [{"time": "2026-03-03 09:00", "channel": "call",
                                   "content": "他说要去我单位闹"}]


def test_ctrl_d_in_the_middle_of_a_contact_keeps_it_and_resuming_finishes_it(tmp_path):
    code, saved, _ = scripted(tmp_path, [*TO_MOTHER[:3], EOF], AT_CONTACTS)
    assert code == 130
    assert saved["incidents"] == [{"time": "2026-03-02 09:10", "channel": "call",
                                   "to": {"relation": "parent"}}]
    assert saved["interview"]["next_question"] == "incidents#0:name"
    code, saved, prompts = scripted(tmp_path, TO_MOTHER[3:] + TO_THE_END)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "parent", "name": "李母"}
    assert saved["incidents"][0]["content"] == "打给我妈妈，说我欠钱不还"
    assert prompts[0].startswith("这个人的姓名")


def test_back_within_a_contact_keeps_what_was_typed(tmp_path):
    # call, another relative, back (the relative stays the choice), a colleague instead
    lines = ["2026-03-02 09:10", "1", "5", "<", "7", "", "", "", "", "", "", ""]
    code, saved, prompts = scripted(tmp_path, lines + TO_THE_END, AT_CONTACTS)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "colleague"}
    assert "直接回车保留：其他亲属（兄弟姐妹等）" in prompts[4]  # whom again, after which
    # < at the first question of a contact goes to its time, which Enter keeps
    lines = ["2026-03-02 09:10", "<", "", "", "", "", "", ""]
    code, saved, _ = scripted(tmp_path, lines + TO_THE_END, {**AT_CONTACTS, "incidents": []})
    assert saved["incidents"][0]["time"] == "2026-03-02 09:10"


def test_pasted_messages_stay_texts_to_me_unless_i_say_otherwise(tmp_path):
    paste = ["2026-03-01 23:15 10690000000 老赖，今晚不还后果自负", "2026-03-01 23:20 第二条", ""]
    code, saved, _ = scripted(tmp_path, [*paste, "", *TO_THE_END],
                              {**AT_CONTACTS, "facts": {}})
    assert code == 0
    assert [set(i) for i in saved["incidents"]] == [
        {"time", "channel", "from_number", "content"}, {"time", "channel", "content"}]
    assert {i["channel"] for i in saved["incidents"]} == {"sms"}
    # "1": change them all: WeChat, into a group chat that others could see
    code, saved, _ = scripted(tmp_path, [*paste, "1", "3", "10", "3", "", "2", *TO_THE_END],
                              {**AT_CONTACTS, "facts": {}})
    assert code == 0
    for incident in saved["incidents"]:
        assert (incident["channel"], incident["to"], incident["audience"]) == (
            "im", {"relation": "public"}, "group")
    assert saved["facts"]["others_contacted"] is True  # a contact with others says so


def test_a_claim_checked_and_found_false_is_recorded_on_its_contact(tmp_path):
    text = ["2026-03-02 23:10", "", "", "", "法院已立案，明天来抓你", ""]
    lines = [*TO_MOTHER, *text, "", "2", "打12368查询，没有此案", "", *TO_THE_END]
    code, saved, _ = scripted(tmp_path, lines, AT_CONTACTS)
    assert code == 0
    assert "verified_false" not in saved["incidents"][0]
    assert saved["incidents"][1]["verified_false"] == "打12368查询，没有此案"


def test_ctrl_d_while_pasting_keeps_the_lines_pasted(tmp_path):
    code, saved, _ = scripted(tmp_path, ["2026-03-01 23:15 第一条", "2026-03-01 23:16 第二条",
                                         EOF], AT_CONTACTS)
    assert code == 130
    assert [i["content"] for i in saved["incidents"]] == ["第一条", "第二条"]


def test_others_contacted_but_none_recorded_is_pointed_out_once(tmp_path, capsys):
    lines = ["2026-03-02 23:10", "", "", "", "", "", ""]  # a text to me, then Enter twice
    code, _saved, _ = scripted(tmp_path, lines + TO_THE_END, AT_CONTACTS)
    assert code == 0
    assert capsys.readouterr().out.count("以上记录里还没有联系其他人的") == 1
