"""Phone exports into a case, end to end through the `import` command; the pattern they make
and the documents that show it."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from complaint_kit.assess.analysis import redial_runs
from complaint_kit.casefile.load import load_case
from complaint_kit.cli.app import app
from complaint_kit.draft.figures import CONTACTS_PER_DAY, wanted
from complaint_kit.evidence.phones import national_digits, normalise
from complaint_kit.model.case import Case
from complaint_kit.testing import docx_text

runner = CliRunner()

CASE = """\
id: import-test
jurisdiction: cn
complainant:
  name: 测试人甲
respondents:
  - id: coll
    role: collection_agency
    name: 某某测试催收公司
    phones: ["13800000001"]
"""

# 2026-01-05 14:00 Asia/Shanghai is 06:00 UTC.
T0 = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)


def ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def backup(path: Path) -> Path:
    """An SMS Backup & Restore file: the collector's messages and calls among others."""
    sms = [
        # The collector, written three ways: one number.
        ("+86 138 0000 0001", 1, T0, "再不还钱明天就上门找你，让你全家不得安宁"),
        ("8613800000001", 1, T0 + timedelta(hours=1), "您好，您的账单已逾期，请于15日前还款。"),
        ("13900000009", 1, T0 + timedelta(hours=2), "周末一起吃饭吗"),  # a friend
        ("13800000001", 2, T0 + timedelta(hours=3), "请不要再打了"),  # sent by the owner
        ("10690000", 1, T0 + timedelta(days=1), "【测试贷】逾期将依法报送征信，请尽快还款。"),
        # At 23:30 local time: night.
        ("13800000001", 1, T0 + timedelta(hours=9, minutes=30), "老赖，你跑不掉的&#13;等着"),
    ]
    calls = [
        ("13800000001", 3, T0 + timedelta(days=2), 0),
        ("13800000001", 3, T0 + timedelta(days=2, minutes=4), 0),
        ("+8613800000001", 5, T0 + timedelta(days=2, minutes=9), 0),
        ("13800000001", 1, T0 + timedelta(days=3), 65),
        ("13800000001", 2, T0 + timedelta(days=3, hours=1), 30),  # the owner called back
    ]
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
             f'<smses count="{len(sms)}">']
    for number, kind, at, body in sms:
        parts.append(f'  <sms protocol="0" address="{number}" date="{ms(at)}" type="{kind}" '
                     f'subject="null" body="{body}" toa="null" sc_toa="null" '
                     f'service_center="null" read="1" status="-1" locked="0" '
                     f'readable_date="x" contact_name="(Unknown)" />')
    parts.append("</smses>")
    path.write_text("\n".join(parts), encoding="utf-8")
    call_path = path.with_name("calls-" + path.name)
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
             f'<calls count="{len(calls)}">']
    for number, kind, at, duration in calls:
        lines.append(f'  <call number="{number}" duration="{duration}" date="{ms(at)}" '
                     f'type="{kind}" presentation="1" readable_date="x" '
                     f'contact_name="(Unknown)" />')
    lines.append("</calls>")
    call_path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    backup(tmp_path / "sms.xml")
    return tmp_path


def run(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    return result


def test_numbers_written_three_ways_are_one():
    forms = {normalise(n, "CN") for n in ("+86 138 0013 8000", "8613800138000", "13800138000",
                                          "0086-138-0013-8000")}
    assert forms == {"+8613800138000"}
    assert normalise("10690000", "CN") == "10690000"  # a short code stays as digits
    assert national_digits("+8613800138000", "CN") == "13800138000"


def _import_both_exports(case_file: Path):
    return run("import", case_file, case_file.parent / "sms.xml",
               case_file.parent / "calls-sms.xml", "--prefix", "106")


@pytest.fixture
def imported(case_dir: Path) -> tuple[Path, Case]:
    """The case file after importing both exports, and the case it holds."""
    case_file = case_dir / "case.yaml"
    result = _import_both_exports(case_file)
    assert result.exit_code == 0, result.output
    return case_file, load_case(case_file)


def test_import_takes_only_the_collectors_contacts(imported):
    case = imported[1]
    texts = [i.content for i in case.incidents]
    assert "周末一起吃饭吗" not in texts and "请不要再打了" not in texts
    sms = [i for i in case.incidents if i.channel == "sms"]
    calls = [i for i in case.incidents if i.channel == "call"]
    assert len(sms) == 4 and len(calls) == 4
    assert {i.from_number for i in case.incidents} == {"+8613800000001", "10690000"}
    assert all(i.respondent == "coll" for i in case.incidents if i.from_number != "10690000")
    assert len({i.id for i in case.incidents}) == len(case.incidents)


def test_imported_times_are_in_the_case_zone_and_line_breaks_plain(imported):
    case = imported[1]
    # Times are in the case's zone; the export's &#13; line break is a plain newline.
    threat = next(i for i in case.incidents if i.channel == "sms" and "上门" in i.content)
    assert threat.time.utcoffset() == timedelta(hours=8)
    assert threat.time.hour == 14
    assert "老赖，你跑不掉的\n等着" in [i.content for i in case.incidents]


def test_imported_threats_are_tagged_and_lawful_reminders_not(imported):
    sms = [i for i in imported[1].incidents if i.channel == "sms"]
    assert "threat_visit" in next(i for i in sms if "上门" in i.content).tags
    lawful = [i for i in sms if "15日前" in i.content or "征信" in i.content]
    assert lawful and all(i.tags == [] for i in lawful)


def test_imported_calls_say_whether_they_were_answered(imported):
    calls = [i for i in imported[1].incidents if i.channel == "call"]
    assert [c.answered for c in sorted(calls, key=lambda c: c.time)] == [False, False, False, True]


def test_each_export_is_one_evidence_entry_with_its_hash_named_by_its_incidents(imported):
    case_file, case = imported
    exports = [e for e in case.evidence if e.kind == "phone_export"]
    assert len(exports) == 2
    for item in exports:
        data = (case_file.parent / item.file).read_bytes()
        assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert all(i.evidence and i.evidence[0] in {e.id for e in exports} for i in case.incidents)


def test_importing_the_same_exports_again_adds_nothing(imported):
    case_file = imported[0]
    before = case_file.read_bytes()
    again = _import_both_exports(case_file)
    assert again.exit_code == 0, again.output
    assert "0 incidents added" in again.output
    assert len(load_case(case_file).incidents) == 8
    assert case_file.read_bytes() == before


def test_filters_by_number_and_time(case_dir: Path):
    case_file = case_dir / "case.yaml"
    result = run("import", case_file, case_dir / "sms.xml", "--from", "+86 139 0000 0009",
                 "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Dry run" in result.output
    assert load_case(case_file).incidents == []  # nothing written
    result = run("import", case_file, case_dir / "sms.xml", "--since", "2026-01-06",
                 "--until", "2026-01-06", "--prefix", "106")
    assert result.exit_code == 0, result.output
    case = load_case(case_file)
    assert [i.from_number for i in case.incidents] == ["10690000"]


def test_a_case_with_no_collector_number_says_what_to_do(tmp_path: Path):
    case_file = tmp_path / "case.yaml"
    case_file.write_text("jurisdiction: cn\ncomplainant:\n  name: 测试人乙\n", encoding="utf-8")
    backup(tmp_path / "sms.xml")
    result = run("import", case_file, tmp_path / "sms.xml")
    assert result.exit_code == 2
    assert "--from" in result.output and "--all" in result.output
    result = run("import", case_file, tmp_path / "sms.xml", "--all")
    assert result.exit_code == 0, result.output
    assert len(load_case(case_file).incidents) == 5  # every received message


def test_a_bad_export_is_named_and_the_others_still_import(case_dir: Path):
    case_file = case_dir / "case.yaml"
    bad = case_dir / "broken.xml"
    bad.write_text('<?xml version="1.0"?>\n<smses>\n  <sms address="1" date="1" type="1"\n',
                   encoding="utf-8")
    bomb = case_dir / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE smses [<!ENTITY a "aaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
                    '<smses><sms address="13800000001" date="1" type="1" body="&b;"/></smses>',
                    encoding="utf-8")
    result = run("import", case_file, bad, bomb, case_dir / "sms.xml")
    assert result.exit_code == 1
    assert "broken.xml" in result.output and "bomb.xml" in result.output
    assert "entit" in result.output.lower()
    assert len(load_case(case_file).incidents) == 3  # the good export still came in


def test_csv_with_mapped_columns(tmp_path: Path):
    case_file = tmp_path / "case.yaml"
    case_file.write_text(CASE, encoding="utf-8")
    log = tmp_path / "log.csv"
    log.write_text("时间,号码,方向,内容\n"
                   "2026-01-05 22:45,13800000001,received,你等着，我们明天去你单位\n"
                   "2026-01-05 22:50,13800000001,sent,别打了\n"
                   "not a time,13800000001,received,x\n", encoding="utf-8")
    result = run("import", case_file, log, "--column", "time=时间", "--column", "number=号码",
                 "--column", "direction=方向", "--column", "text=内容")
    assert result.exit_code == 0, result.output
    assert "row 4" in result.output  # the unreadable time is reported, not fatal
    case = load_case(case_file)
    assert len(case.incidents) == 1
    assert case.incidents[0].time.hour == 22 and "threat_visit" in case.incidents[0].tags


@pytest.mark.parametrize(("jurisdiction", "number", "text", "encoding"), [
    ("us", "2025550101", "Pay today or we’ll tell your employer — final notice", "cp1252"),
    ("tw", "0912345678", "再不還錢就到你公司找你", "cp950"),
    ("hk", "91234567", "唔還錢就上你公司搵你", "big5hkscs"),
])
def test_a_csv_saved_in_the_jurisdictions_own_encoding(tmp_path: Path, jurisdiction, number,
                                                        text, encoding):
    case_file = tmp_path / "case.yaml"
    case_file.write_text(f"jurisdiction: {jurisdiction}\ncomplainant:\n  name: Test Person\n"
                         f"respondents:\n  - id: coll\n    role: collection_agency\n"
                         f"    name: Test Collections\n    phones: ['{number}']\n",
                         encoding="utf-8")
    log = tmp_path / "log.csv"
    log.write_bytes(f"time,number,direction,text\n2026-01-05 10:00,{number},received,{text}\n"
                    .encode(encoding))
    result = run("import", case_file, log)
    assert result.exit_code == 0, result.output
    assert [i.content for i in load_case(case_file).incidents] == [text]


def test_encoding_named_on_the_command_line(tmp_path: Path):
    case_file = tmp_path / "case.yaml"
    case_file.write_text(CASE, encoding="utf-8")
    log = tmp_path / "log.csv"
    log.write_bytes("time,number,direction,text\n2026-01-05 10:00,13800000001,received,"
                    "再不還錢就到你公司找你\n".encode("big5"))
    result = run("import", case_file, log, "--encoding", "big6")
    assert result.exit_code == 2 and "no such encoding" in result.output
    result = run("import", case_file, log, "--encoding", "big5")
    assert result.exit_code == 0, result.output
    assert [i.content for i in load_case(case_file).incidents] == ["再不還錢就到你公司找你"]


def test_redial_runs_and_the_harassment_report(case_dir: Path, tmp_path: Path):
    case_file = case_dir / "case.yaml"
    assert run("import", case_file, case_dir / "sms.xml", case_dir / "calls-sms.xml",
               "--prefix", "106").exit_code == 0
    case = load_case(case_file)
    runs = redial_runs(case)
    assert len(runs) == 1 and runs[0].calls == 3
    out = tmp_path / "out"
    result = run("draft", case_file, "--doc", "harassment-report", "-o", out)
    assert result.exit_code == 0, result.output
    report = next(out.glob("*harassment-report*.docx"))
    document = docx.Document(str(report))
    assert len(document.inline_shapes) == 1  # the contacts-per-day chart
    blob = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    image = document.part.related_parts[blob].blob
    assert image.startswith(b"\x89PNG")
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "连续未接通后反复拨打（15分钟内3次以上）" in cells
    assert "1轮" in cells
    assert "图：每日联系次数" in docx_text(report)
    result = run("draft", case_file, "--doc", "evidence-index", "-o", out)
    assert result.exit_code == 0, result.output
    index = next(out.glob("*evidence-index*.docx"))
    cells = {c.text for t in docx.Document(str(index)).tables for row in t.rows
             for c in row.cells}
    digest = hashlib.sha256((case_dir / "sms.xml").read_bytes()).hexdigest()
    assert any(digest in c for c in cells)


def test_figures_are_drawn_only_when_named():
    assert wanted(f"text ![图]({CONTACTS_PER_DAY}) more") == {CONTACTS_PER_DAY}
    assert wanted("![x](other.png)") == set()


def test_without_a_cjk_font_the_chart_speaks_english_and_warns_nothing(monkeypatch):
    """A machine with no CJK font (or matplotlib's font list made before one was installed, and
    no CJK font on the system) gets a chart without boxes for the characters, and the user sees
    no font warnings."""
    import warnings

    from complaint_kit.assess import analysis
    from complaint_kit.draft import figures
    from complaint_kit.plugins.registry import get_registry

    case = Case.model_validate({
        "jurisdiction": "cn", "timezone": "Asia/Shanghai", "complainant": {"name": "测试"},
        "incidents": [{"time": "2026-02-01 23:00", "channel": "sms", "content": "还钱"}]})
    pattern = analysis.analyse(case, get_registry().jurisdiction("cn"))
    labels = {"figure.contacts_per_day": "每日联系次数", "figure.daytime": "白天",
              "figure.night": "夜间", "figure.contacts": "次数"}
    monkeypatch.setattr(figures, "_cjk_font", lambda language: None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = figures.draw([CONTACTS_PER_DAY], pattern, labels, "zh-Hans")[CONTACTS_PER_DAY]
    assert png.startswith(b"\x89PNG")
    drawn = []
    monkeypatch.setitem(figures.FIGURES, CONTACTS_PER_DAY,
                        lambda p, text, families: drawn.append(dict(text)) or b"")
    figures.draw([CONTACTS_PER_DAY], pattern, labels, "zh-Hans")
    assert drawn == [figures._DEFAULT_LABELS]


def test_redial_runs_need_quick_succession():
    base = datetime(2026, 2, 1, 10, 0)
    case = Case.model_validate({
        "jurisdiction": "cn", "timezone": "Asia/Shanghai", "complainant": {"name": "测试"},
        "incidents": [{"time": base + timedelta(minutes=m), "channel": "call", "answered": a}
                      for m, a in ((0, False), (10, False), (20, False), (40, False),
                                   (41, True), (90, False))]})
    runs = redial_runs(case)
    assert [(r.calls, r.incidents) for r in runs] == [(3, ["I1", "I2", "I3"])]
