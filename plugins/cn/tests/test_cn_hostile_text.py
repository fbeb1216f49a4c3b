"""Hostile text in a mainland-China case (template syntax, markup, control characters, a very long
line) comes out literally in every document, and the files validate."""

from __future__ import annotations

import pytest

from complaint_kit.draft.pipeline import draft_case
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text
from tests.realtools import validate_docx

LONG_LINE = "甲" * 5000 + "A" * 5000
HOSTILE_PIECES = [
    "{{ 7*7 }}", "{% raw %}", "</w:t>", "Tom & Jerry", "<b>bold?</b>", "**bold**",
    "| pipe |", "😀👍🏽", "    leading spaces", "first line\nsecond line", "_under_ `tick` #hash",
    "[link](http://example.invalid) ![img](x.png)", "\\backslash\\", "1. not a list",
    LONG_LINE,
]


def _hostile_case() -> Case:
    content = "\n".join(HOSTILE_PIECES)
    noisy = "控制\x00字符\x07响铃\x1b转义"
    return Case.model_validate({
        "id": "hostile",
        "jurisdiction": "cn",
        "complainant": {"name": "张{{ 7*7 }}测试\x07", "phone": "13800000000",
                        "address": "  </w:t>&<b>**街道**| 1 |\n二楼 😀 " + noisy},
        "respondents": [{"id": "lender", "role": "lender", "type": "online_platform",
                         "name": "示例{% raw %}贷款&公司"}],
        "incidents": [
            {"time": "2026-03-01T23:15:00", "channel": "sms", "respondent": "lender",
             "from_number": "10690000000", "content": content},
            {"time": "2026-03-02T23:30:00", "channel": "sms", "respondent": "lender",
             "from_number": "10690000000", "content": noisy + "\n  缩进的第二行"},
        ],
        "evidence": [{"id": "E1", "description": "截图 | 表格 **不加粗** {{ x }}"}],
    })


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile case's findings and drafts, the police report forced if routing left it out."""
    registry = get_registry()
    case, out = _hostile_case(), tmp_path_factory.mktemp("hostile")
    assessment, drafts = draft_case(case, registry, out, case_stem="hostile")
    if not any(d.kind.id == "police-report" for d in drafts):  # routing may not send it there
        drafts += draft_case(case, registry, out, doc="police-report", to="police",
                             case_stem="hostile")[1]
    return assessment, drafts


def _hostile_texts(hostile, kinds=None):
    """(kind, text) for each hostile draft, of these kinds (None: every kind)."""
    for d in hostile[1]:
        if kinds is None or d.kind.id in kinds:
            yield d.kind.id, docx_text(d.path)


def test_hostile_text_is_found_and_drafted_for_every_recipient(hostile):
    assessment, drafts = hostile
    assert assessment.findings, "night-time SMS should be found"
    kinds = {d.kind.id for d in drafts}
    assert {"police-report", "notice", "harassment-report"} <= kinds
    assert "complaint" in kinds or "web-form" in kinds  # an online platform: NIFA's form


def test_hostile_names_come_out_literally(hostile):
    for kind, text in _hostile_texts(hostile):
        assert "张{{ 7*7 }}测试" in text and "张49测试" not in text, kind
        assert "示例{% raw %}贷款&公司" in text, kind


def test_control_characters_are_dropped_with_a_warning(hostile):
    for kind, text in _hostile_texts(hostile):
        assert "\x00" not in text and "\x07" not in text and "\x1b" not in text, kind
    for d in hostile[1]:
        assert any("characters" in w for w in d.warnings), d.warnings


def test_hostile_evidence_and_address_come_out_literally(hostile):
    for _kind, text in _hostile_texts(hostile, {"evidence-index"}):
        assert "截图 | 表格 **不加粗** {{ x }}" in text
    for kind, text in _hostile_texts(hostile, {"complaint", "police-report",
                                               "harassment-report"}):  # the address
        assert "</w:t>&<b>**街道**| 1 |\n二楼 😀 控制字符响铃转义" in text, kind


def test_the_hostile_log_holds_every_message_in_full(hostile):
    for kind, text in _hostile_texts(hostile, {"harassment-report"}):
        for piece in HOSTILE_PIECES:
            assert piece in text, (kind, piece[:40])
        assert "控制字符响铃转义\n  缩进的第二行" in text


def test_the_hostile_files_validate(hostile):
    validate_docx([d.path for d in hostile[1]])
