"""Issue 14, the import part: phone exports and batch tables that one bad record, cell or quote
must not spoil, and a case file that `import` must not rewrite beyond what it adds."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from typer.testing import CliRunner

from complaint_kit.casefile.load import load_case
from complaint_kit.cli.app import app, registry
from complaint_kit.evidence.csvlog import CsvImporter
from complaint_kit.evidence.csvrecords import CsvRecords
from complaint_kit.evidence.importing import ReadOptions
from complaint_kit.evidence.smsbackup import SmsBackupImporter

runner = CliRunner()
ZONE = ZoneInfo("Asia/Shanghai")
COLLECTOR = "13800000001"

CASE = """\
# A clinic's case file: these comments are the caseworker's notes.
id: hardening-import
jurisdiction: cn
timezone: Asia/Shanghai
complainant:
  name: 测试人甲  # as on the ID card
respondents:
  - id: coll
    role: collection_agency
    name: 某某测试催收公司
    phones: ["13800000001"]  # from the first SMS
incidents:
  # the first call, before the export
  - time: 2026-01-01 09:00
    channel: call
    from_number: "13800000001"
    content: 第一次来电
"""


def read(importer, path: Path) -> tuple[list, list[str]]:
    options = ReadOptions(timezone=ZONE)
    return list(importer.read(path, options)), options.warnings


def csv_log(path: Path, texts: list[str]) -> Path:
    lines = ["time,number,direction,text"]
    lines += [f"2026-01-0{i % 9 + 1} 10:{i:02d},{COLLECTOR},in,{t}" for i, t in enumerate(texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sms_backup(path: Path, bodies: list[str]) -> Path:
    start = int(datetime(2026, 1, 5, 6, tzinfo=UTC).timestamp() * 1000)
    rows = [f'<sms address="{COLLECTOR}" date="{start + i * 60_000}" type="1" body="{b}" />'
            for i, b in enumerate(bodies)]
    body = "\n".join(rows)
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<smses count="{len(rows)}">\n'
                    f'{body}\n</smses>\n', encoding="utf-8")
    return path


# --- 7, fifth bullet: an unclosed quote merged every later row into one message -------------


def test_an_unclosed_quote_costs_one_cell_not_the_rows_after_it(tmp_path: Path):
    # Before: row 5's quote swallowed rows 6-11 into its text: 10 rows read as 4 records.
    texts = [f"msg {i}" for i in range(10)]
    texts[3] = '"msg 3 opens a quote'
    records, warnings = read(CsvImporter(), csv_log(tmp_path / "log.csv", texts))
    assert [r.text for r in records] == [t.lstrip('"') for t in texts]
    assert len(warnings) == 1
    assert warnings[0].startswith("log.csv: row 5 (line 5), column 'text': a quote opened in "
                                  "this cell does not close properly")


def test_a_stray_quote_closed_rows_later_is_found_too(tmp_path: Path):
    # The quote of row 3 would close at row 6's own quoted cell, taking in rows 4 and 5.
    texts = ["a", '"b opens', "c", "d", '"e, quoted properly"', "f"]
    records, warnings = read(CsvImporter(), csv_log(tmp_path / "log.csv", texts))
    assert [r.text for r in records] == ["a", "b opens", "c", "d", "e, quoted properly", "f"]
    assert len(warnings) == 1 and "row 3 (line 3)" in warnings[0]


def test_a_quoted_message_over_several_lines_is_still_one_message(tmp_path: Path):
    path = tmp_path / "log.csv"
    path.write_text('time,number,direction,text\n'
                    f'2026-01-01 10:00,{COLLECTOR},in,"line one\nline two, with a comma\n'
                    f'and ""quoted"" words"\n'
                    f'2026-01-01 10:05,{COLLECTOR},in,next\n', encoding="utf-8")
    records, warnings = read(CsvImporter(), path)
    assert [r.text for r in records] == [
        'line one\nline two, with a comma\nand "quoted" words', "next"]
    assert warnings == []


# --- 7, sixth bullet, and 8, fourth bullet: a cell over 128 KiB -------------------------------


def test_a_cell_over_128_kib_costs_its_row_only(tmp_path: Path):
    # Before: "cannot read the file as CSV: field larger than field limit (131072)", nothing
    # imported from the export.
    texts = ["a", "b", "x" * 140_000, "d"]
    records, warnings = read(CsvImporter(), csv_log(tmp_path / "log.csv", texts))
    assert [r.text for r in records] == ["a", "b", "d"]
    assert warnings == ["log.csv: row 4 (line 4), column 'text': a cell of 140,000 characters, "
                        "longer than the 128 KiB a cell may hold; row skipped"]
    assert csv.field_size_limit() == 131072  # the process-wide limit is left as it was


def test_csv_records_name_the_line_and_cell():
    lines = ["a,b\n", '1,"open\n', "2,x\n", "3," + "y" * 200_000 + "\n", "4,z\n"]
    got = [(r.line, r.cells[:1], [(i, k) for i, k, _ in r.problems]) for r in CsvRecords(lines)]
    assert got == [(1, ["a"], []), (2, ["1"], [(1, "quote")]), (3, ["2"], []),
                   (4, ["3"], [(1, "size")]), (5, ["4"], [])]


# --- 7, sixth bullet: one &#xD83D; in SMS XML refused the whole export -------------------------


def test_a_lone_hex_surrogate_costs_one_character_and_is_named(tmp_path: Path):
    # Before: "not well-formed XML at line 4 ...: reference to invalid character number",
    # nothing imported.
    path = sms_backup(tmp_path / "sms.xml", ["one", "two &#xD83D; halves", "three &#xd83d;&#xde00;",
                                             "four &#x1; &#55357;"])
    records, warnings = read(SmsBackupImporter(), path)
    assert [r.text for r in records] == ["one", "two  halves", "three \U0001f600", "four  "]
    assert len(warnings) == 3
    assert warnings[0].startswith("sms.xml: line 4: the character reference '&#xD83D;'")
    assert warnings[1].startswith("sms.xml: line 6: the character reference '&#x1;'")
    assert warnings[2].startswith("sms.xml: line 6: the character reference '&#55357;'")


def test_a_body_over_128_kib_in_sms_xml_is_read(tmp_path: Path):
    path = sms_backup(tmp_path / "sms.xml", ["one", "y" * 140_000, "three"])
    records, warnings = read(SmsBackupImporter(), path)
    assert [len(r.text) for r in records] == [3, 140_000, 5] and warnings == []


# --- 7, second bullet: import rewrote the case file, losing comments; a .json case became YAML


def test_import_keeps_the_case_files_comments_and_layout(tmp_path: Path):
    # Before: the file was dumped anew: no comments, defaults written in, lists re-indented.
    case_file = tmp_path / "case.yaml"
    case_file.write_text(CASE, encoding="utf-8")
    log = csv_log(tmp_path / "log.csv", ["early", "later"])
    result = runner.invoke(app, ["import", str(case_file), str(log)])
    assert result.exit_code == 0, result.output
    text = case_file.read_text(encoding="utf-8")
    assert _only_added(CASE, text)
    assert text.startswith(CASE.split("incidents:")[0])  # all before the incidents, as it was
    for comment in ("# the first call, before the export", "# as on the ID card",
                    "# from the first SMS"):
        assert comment in text
    assert "language:" not in text and "schema_version" not in text  # no defaults written in
    # The new incidents go where their time puts them: the file's own first call stays first.
    case = load_case(case_file)
    assert [i.content for i in case.incidents] == ["第一次来电", "early", "later"]
    assert text.index("第一次来电") < text.index("early") < text.index("evidence:\n      - X1")
    # Importing again adds nothing and leaves the file as it is.
    again = runner.invoke(app, ["import", str(case_file), str(log)])
    assert again.exit_code == 0 and case_file.read_text(encoding="utf-8") == text


def test_a_json_case_stays_json(tmp_path: Path):
    import yaml

    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(yaml.safe_load(CASE), ensure_ascii=False, indent=2),
                         encoding="utf-8")
    log = csv_log(tmp_path / "log.csv", ["a message"])
    result = runner.invoke(app, ["import", str(case_file), str(log)])
    assert result.exit_code == 0, result.output
    data = json.loads(case_file.read_text(encoding="utf-8"))  # JSON, not YAML
    assert [i["content"] for i in data["incidents"]] == ["第一次来电", "a message"]
    assert data["evidence"][0]["kind"] == "phone_export"
    assert case_file.read_text(encoding="utf-8").startswith('{\n  "id": "hardening-import"')


def test_new_phones_go_to_their_respondent(tmp_path: Path):
    case_file = tmp_path / "case.yaml"
    case_file.write_text(CASE, encoding="utf-8")
    log = tmp_path / "log.csv"
    log.write_text("time,number,direction,text\n2026-01-03 10:00,13900000002,in,new number\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["import", str(case_file), str(log), "--from", "13900000002",
                                 "--respondent", "coll"])
    assert result.exit_code == 0, result.output
    assert load_case(case_file).respondents[0].phones == ["13800000001", "+8613900000002"]
    assert "# from the first SMS" in case_file.read_text(encoding="utf-8")


def test_a_case_file_changed_meanwhile_is_left_alone(tmp_path: Path, monkeypatch):
    from complaint_kit.evidence import exports

    case_file = tmp_path / "case.yaml"
    case_file.write_text(CASE, encoding="utf-8")
    log = csv_log(tmp_path / "log.csv", ["a message"])
    real = exports.import_records

    def edit_meanwhile(*args, **kwargs):
        case_file.write_text(CASE + "# edited in another window\n", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "import_records", edit_meanwhile)
    result = runner.invoke(app, ["import", str(case_file), str(log)])
    assert result.exit_code == 1
    assert case_file.read_text(encoding="utf-8").endswith("# edited in another window\n")
    beside = tmp_path / "case.imported.yaml"
    assert "not changed (it changed while the exports were read)" in result.output
    assert [i.content for i in load_case(beside).incidents] == ["第一次来电", "a message"]


def test_import_only_adds_lines_to_a_bundled_example(tmp_path: Path):
    # The examples write incidents as flow mappings over two lines; a dump would rejoin them.
    import shutil

    examples = Path(__file__).resolve().parents[1] / "examples"
    case_file = shutil.copy(examples / "cn-sms-harassment.yaml", tmp_path / "case.yaml")
    log = tmp_path / "log.csv"
    log.write_text('time,number,direction,text\n2025-12-30 13:00,17000000001,in,"two\nlines"\n'
                   "2030-01-01 10:00,17000000001,in,last\n", encoding="utf-8")
    before = Path(case_file).read_text(encoding="utf-8")
    result = runner.invoke(app, ["import", str(case_file), str(log)])
    assert result.exit_code == 0, result.output
    after = Path(case_file).read_text(encoding="utf-8")
    assert _only_added(before, after)
    assert "    content: |-\n      two\n      lines\n" in after
    case = load_case(case_file, registry())
    assert case.incidents[-1].content == "last" and case.evidence[-1].kind == "phone_export"


# --- batch tables: the same rules for a cell over 128 KiB, and formulas with no saved value ---


def _batch(*args) -> tuple[int, str]:
    result = runner.invoke(app, ["batch", *map(str, args), "--no-progress", "--doc", "notice"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _errors(out: Path) -> dict[tuple[str, str, str], str]:
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as f:
        return {(r["source"], r["row"], r["column"]): r["message"] for r in csv.DictReader(f)}


def _status(out: Path) -> dict[str, str]:
    with (out / "report.csv").open(encoding="utf-8-sig", newline="") as f:
        return {r["case"]: r["status"] for r in csv.DictReader(f)}


BATCH_HEADER = ["case_id", "jurisdiction", "complainant.name", "respondents.0.id",
                "respondents.0.role", "respondents.0.name", "debt.principal"]
INCIDENTS_HEADER = ["case_id", "time", "channel", "respondent", "content"]


def _batch_rows() -> tuple[list[list], list[list]]:
    cases = [[c, "cn", f"测试{c}", "lender", "lender", "示例贷", "5000"] for c in "abc"]
    incidents = [[c, "2026-03-01 23:15", "sms", "lender", "再不还钱明天上门！"] for c in "abc"]
    return cases, incidents


def test_a_batch_csv_cell_over_128_kib_fails_its_case_only(tmp_path: Path):
    # Before: _csv.Error traceback, nothing drafted, .report.csv.part and .errors.csv.part left.
    cases, incidents = _batch_rows()
    cases[1][2] = "名" * 140_000
    incidents[2][4] = "x" * 140_000
    for name, header, rows in (("cases.csv", BATCH_HEADER, cases),
                               ("incidents.csv", INCIDENTS_HEADER, incidents)):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([header, *rows])
    out = tmp_path / "out"
    code, output = _batch(tmp_path / "cases.csv", "--out", out)
    assert code == 1 and "Traceback" not in output
    errors = _errors(out)
    assert errors.pop(("cases.csv", "3", "complainant.name")).startswith(
        "a cell of 140,000 characters, longer than the 128 KiB a cell may hold")
    assert errors.pop(("incidents.csv", "4", "content")).startswith("a cell of 140,000")
    assert errors == {}
    assert _status(out) == {"a": "drafted", "b": "invalid", "c": "invalid"}
    assert not list(out.glob(".*.part"))


def test_a_formula_with_no_saved_value_is_named_by_its_cell(tmp_path: Path):
    # Before: openpyxl (data_only) read it as an empty cell: the case drafted without it.
    from openpyxl import Workbook

    cases, incidents = _batch_rows()
    cases[0][6] = "=1000*3"
    incidents[1][4] = '="再不还钱"&"明天上门"'
    book = Workbook()
    sheet = book.active
    sheet.title = "cases"
    for row in (BATCH_HEADER, *cases):
        sheet.append(row)
    sheet = book.create_sheet("incidents")
    for row in (INCIDENTS_HEADER, *incidents):
        sheet.append(row)
    book.save(tmp_path / "cases.xlsx")  # openpyxl saves formulas without their results
    out = tmp_path / "out"
    code, _ = _batch(tmp_path / "cases.xlsx", "--out", out)
    assert code == 1
    errors = _errors(out)
    formula = ("a formula with no saved value (the program that wrote the workbook did not "
               "calculate it): open and save the workbook in Excel or LibreOffice, or type "
               "the value")
    assert errors == {("cases.xlsx:cases", "2", "debt.principal"): f"cell G2: {formula}",
                      ("cases.xlsx:incidents", "3", "content"): f"cell E3: {formula}"}
    assert _status(out) == {"a": "invalid", "b": "invalid", "c": "drafted"}


def test_a_windows_case_file_keeps_its_line_ends(tmp_path: Path):
    case_file = tmp_path / "case.yaml"
    case_file.write_bytes(CASE.rstrip("\n").replace("\n", "\r\n").encode("utf-8"))  # no last EOL
    log = csv_log(tmp_path / "log.csv", ["a message"])
    result = runner.invoke(app, ["import", str(case_file), str(log)])
    assert result.exit_code == 0, result.output
    raw = case_file.read_bytes()
    assert _only_added(CASE.rstrip("\n").replace("\n", "\r\n"), raw.decode("utf-8"))
    assert raw.startswith(CASE.split("incidents:")[0].replace("\n", "\r\n").encode("utf-8"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert [i.content for i in load_case(case_file).incidents] == ["第一次来电", "a message"]


def _only_added(before: str, after: str) -> bool:
    """Whether ``after`` is ``before`` with lines inserted, and no line of it changed."""
    import difflib

    old, new = before.splitlines(), after.splitlines()
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    return {tag for tag, *_ in opcodes} <= {"equal", "insert"} and len(new) > len(old)
