"""What the interview tests share: a valid answers file, an interview of the registry, and a
pretend terminal that types a script (the contacts and the review screens)."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from complaint_kit.i18n import translator
from complaint_kit.interview.engine import INTERVIEW_VERSION, Interview
from complaint_kit.interview.session import run
from complaint_kit.plugins.registry import get_registry

VALID_ID = "110105199001011232"  # fictitious, with a valid GB 11643 check digit

ANSWERS = {
    "jurisdiction": "cn", "complainant_name": "张测试", "complainant_phone": "13800000000",
    "cn_id_number": VALID_ID, "lender_name": "示例网络小额贷款有限公司",
    "lender_type": "online_platform", "debt_principal": 8000, "cn_police_warned": True,
    "cn_police_warning_date": "2026-01-05", "cn_police_station": "测试派出所",
    "incidents": [
        {"time": "2026-01-02 23:41", "channel": "sms", "number": "10690000123",
         "text": "再不还，就把你欠钱的事告诉你全部通讯录！"},
        "2026-01-02 23:45 10690000123 老赖，今晚不还款后果自负！\n"
        "2026-01-02 23:47 10690000123 别装死，马上还钱！",
    ],
}


def interview(data: dict | None = None) -> Interview:
    return Interview.for_registry(data if data is not None else {}, get_registry())


EOF = object()  # Ctrl-D
AT_CONTACTS = {
    "schema_version": 1, "jurisdiction": "cn",
    "complainant": {"name": "张测试", "phone": "13800000000"},
    "respondents": [{"id": "lender", "role": "lender", "type": "online_platform",
                     "name": "示例网络小额贷款有限公司"}],
    "facts": {"others_contacted": True},
    "interview": {"version": INTERVIEW_VERSION, "next_question": "incidents"},
}
TO_MOTHER = ["2026-03-02 09:10", "1", "2", "李母", "", "", "", "打给我妈妈，说我欠钱不还",
             "", ""]  # call; my mother; name; her number, asked to stop, number: unknown
TO_EMPLOYER = ["2026-03-02 10:30", "1", "6", "", "", "2", "", "打到我单位，说我是老赖", "", "2"]
# no more contacts, none checked and found untrue, reachable?, harm..., review
TO_THE_END = ["", "", "", "", "", "", ""]


def scripted(tmp_path: Path, lines: list, data: dict | None = None,
             lang: str | None = "zh-Hans", documents: tuple[str, ...] = ()
             ) -> tuple[int, dict, list[str]]:
    """Run the interview at a pretend terminal that types ``lines`` (EOF: Ctrl-D); at the
    list of documents it types ``documents``, then 0 (none)."""
    case_file = tmp_path / "case.yaml"
    if data is not None:
        case_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    feed, prompts = iter(lines), []
    picks = iter(documents)

    def read(prompt: str) -> str:
        if prompt.startswith(translator(lang or "en")("Numbers of the documents to draft "
                                                      "(Enter = all, 0 = none)")):
            return next(picks, "0")
        prompts.append(prompt)
        line = next(feed, EOF)
        if line is EOF:
            raise EOFError
        return line

    code = run(case_file, lang=lang, read=read, interactive=True)
    return code, yaml.safe_load(case_file.read_text(encoding="utf-8")), prompts


AT_REVIEW = {
    **AT_CONTACTS, "region": "广东省深圳市", "debt": {"principal": "8000"},
    "harm": {"mental_health": True},
    "incidents": [
        {"time": "2026-03-02 09:10", "channel": "call", "to": {"relation": "parent"},
         "content": "打给我妈妈，说我欠钱不还"},
        {"time": "2026-03-02 11:00", "channel": "sms", "from_number": "10690000999",
         "content": "打错了的一条"}],
    "interview": {"version": INTERVIEW_VERSION, "done": True},
}


def review_number(data: dict, question_id: str) -> str:
    """The number the review shows beside a question."""
    return str([q.id for q in interview(copy.deepcopy(data)).applicable()].index(
        question_id) + 1)
