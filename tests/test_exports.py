"""The core's phone-export readers: SMS Backup & Restore XML and CSV logs."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from complaint_kit.evidence import csvcolumns, csvlog, smsbackup, times
from complaint_kit.evidence.csvlog import CsvImporter
from complaint_kit.evidence.importing import Direction, ExportError, ReadOptions
from complaint_kit.evidence.smsbackup import SmsBackupImporter, _ReferenceFixer
from complaint_kit.evidence.times import TimeError, parse_duration, parse_time

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def options(**kwargs) -> ReadOptions:
    kwargs.setdefault("timezone", SHANGHAI)  # as a cn case gives them
    kwargs.setdefault("fallback_encoding", "gb18030")
    return ReadOptions(**kwargs)


def read_xml(name: str, **kwargs):
    opts = options(**kwargs)
    return list(SmsBackupImporter().read(FIXTURES / name, opts)), opts.warnings


def read_csv(path: Path | str, **kwargs):
    opts = options(**kwargs)
    return list(CsvImporter().read(FIXTURES / path, opts)), opts.warnings


def at(*args) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


# --- SMS Backup & Restore ---------------------------------------------------------------------


def test_sniff():
    xml, csv_ = SmsBackupImporter(), CsvImporter()
    for name in ("sms-backup.xml", "calls-backup.xml"):
        head = (FIXTURES / name).read_bytes()[:4096]
        assert xml.sniff(FIXTURES / name, head)
        assert not csv_.sniff(FIXTURES / name, head)
    for name in ("utf8.csv", "utf8-bom.csv", "gb18030.csv", "dates.tsv"):
        head = (FIXTURES / name).read_bytes()[:4096]
        assert csv_.sniff(FIXTURES / name, head)
        assert not xml.sniff(FIXTURES / name, head)
    assert not csv_.sniff(Path("notes.txt"), b"just a sentence\n")
    assert not csv_.sniff(Path("data.xlsx"), b"a,b\n")


@pytest.fixture(scope="module")
def sms_backup():
    """The records and warnings read from sms-backup.xml."""
    return read_xml("sms-backup.xml")


def test_sms_backup_gives_six_messages(sms_backup):
    assert [r.kind for r in sms_backup[0]] == ["sms"] * 6


def test_a_received_sms(sms_backup):
    first = sms_backup[0][0]
    assert first.time == at(2016, 8, 27, 14, 10)
    assert first.direction == Direction.RECEIVED
    assert first.number == "10690000"
    assert first.text.endswith("\n回复TD退订") and "\r" not in first.text
    assert first.contact_name is None
    assert first.where == "sms-backup.xml: element 1 (line 5)"


def test_a_sent_sms_keeps_its_contact_name(sms_backup):
    sent = sms_backup[0][1]
    assert sent.direction == Direction.SENT and sent.contact_name == "Collector Li"


def test_an_sms_without_a_date_reads_its_readable_date(sms_backup):
    # No date: readable_date (Chinese, afternoon marker); subject kept; type 9 is unknown.
    drafted = sms_backup[0][2]
    assert drafted.time == at(2016, 8, 27, 16, 10)
    assert drafted.direction == Direction.UNKNOWN
    assert drafted.text == "Final notice\nPay now\nor else"


def test_a_surrogate_pair_is_the_emoji_and_a_control_character_is_dropped(sms_backup):
    assert sms_backup[0][3].text == "Emoji \U0001f600 and a control char."


def test_a_received_mms_is_from_its_137_address(sms_backup):
    mms_in = sms_backup[0][4]
    assert mms_in.direction == Direction.RECEIVED
    assert mms_in.number == "+8613912345678"  # the 137 (from) address, not the group list
    assert mms_in.text == "Court summons attached.\nPay today."


def test_a_sent_mms_is_to_its_151_address(sms_backup):
    mms_out = sms_backup[0][5]
    assert mms_out.direction == Direction.SENT
    assert mms_out.number == "+8613912345678"  # the 151 (to) address
    assert mms_out.text == "Re: summons\nStop contacting my parents."
    assert mms_out.where == "sms-backup.xml: element 7 (line 21)"


def test_sms_backup_warnings_name_the_line_and_element(sms_backup):
    warnings = sms_backup[1]
    # The forbidden reference is named by its line (it is removed before the XML is parsed).
    assert warnings[0].startswith("sms-backup.xml: line 9: the character reference '&#1;'")
    assert warnings[1].startswith("sms-backup.xml: element 4 (line 8), <sms> attribute 'date'")
    assert "someday" in warnings[1]
    assert warnings[2] == ("sms-backup.xml: element 8 (line 30), <sms> attribute 'address': "
                           "no number; skipped")
    assert len(warnings) == 3


def test_calls():
    records, warnings = read_xml("calls-backup.xml")
    assert {r.kind for r in records} == {"call"}
    assert [r.direction for r in records] == [
        Direction.INCOMING, Direction.MISSED, Direction.REJECTED, Direction.REFUSED,
        Direction.UNKNOWN, Direction.OUTGOING]
    assert [r.duration_seconds for r in records] == [65, 0, 0, 0, None, 12]
    assert records[0].contact_name == "Collector Li"
    assert records[1].contact_name is None and records[2].contact_name is None
    assert "element 5 (line 7), <call> attribute 'duration'" in warnings[0]
    assert "element 6 (line 8), <call> attribute 'number'" in warnings[1]


def test_epoch_time_is_converted_to_the_options_time_zone():
    records, _ = read_xml("calls-backup.xml", timezone=ZoneInfo("Europe/London"))
    assert records[0].time == at(2016, 8, 27, 14, 10)
    assert records[0].time.tzinfo == ZoneInfo("Europe/London")
    assert records[0].time.hour == 7


@pytest.mark.parametrize("name", ["billion-laughs.xml", "external-entity.xml"])
def test_entities_are_refused(name):
    with pytest.raises(ExportError, match=rf"^{name}: refused: the file declares XML entities"):
        read_xml(name)


def test_external_entity_message_names_the_target():
    with pytest.raises(ExportError, match=r"external entity.*file:///etc/passwd"):
        read_xml("external-entity.xml")


def test_malformed_xml_names_line_and_column():
    with pytest.raises(ExportError, match=r"^malformed\.xml: not well-formed XML at line 4, "
                                          r"column \d+: "):
        read_xml("malformed.xml")


def test_truncated_file_yields_what_it_has_then_fails():
    opts = options()
    got = []
    with pytest.raises(ExportError, match=r"ends early.*after 2 records"):
        for record in SmsBackupImporter().read(FIXTURES / "truncated.xml", opts):
            got.append(record)
    assert len(got) == 2


def test_other_xml_is_not_a_backup(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<html><body/></html>")
    with pytest.raises(ExportError, match="root element is <html>"):
        list(SmsBackupImporter().read(path, options()))


def test_missing_file():
    with pytest.raises(ExportError, match=r"nothere\.xml: cannot read the file"):
        list(SmsBackupImporter().read(FIXTURES / "nothere.xml", options()))


def test_reference_fixer_across_chunk_boundaries():
    data = (b'<sms body="a&#55357;&#56832;b&#1;c&#13;d&#55357;e" />' * 3)
    expected = b'<sms body="a&#x1F600;bc&#13;de" />' * 3
    for size in range(1, 40):
        fixer = _ReferenceFixer()
        out = b"".join(fixer.fix(data[i:i + size]) for i in range(0, len(data), size))
        assert out + fixer.flush() == expected, size
        assert fixer.dropped == 6


def test_many_elements_stream_with_constant_state(tmp_path):
    path = tmp_path / "big.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write("<smses>\n")
        for i in range(20_000):
            out.write(f'<sms address="1380000{i % 10000:04d}" date="{1472278200000 + i * 1000}" '
                      f'type="1" body="message {i}" readable_date="x" contact_name="null" />\n')
        out.write("</smses>\n")
    opts = options()
    reader = SmsBackupImporter().read(path, opts)
    first = next(reader)
    assert first.text == "message 0"
    rest = list(reader)
    assert len(rest) == 19_999 and rest[-1].where.endswith("element 20000 (line 20001)")
    assert not opts.warnings


def test_many_bad_records_are_summarised(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<smses>" + '<sms address="1" type="1" body="x"/>' * 50 + "</smses>")
    opts = options()
    assert list(SmsBackupImporter().read(path, opts)) == []
    assert len(opts.warnings) == 21
    assert opts.warnings[-1] == "bad.xml: and 30 more elements like that (<sms> date), not listed"


# --- CSV --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["utf8.csv", "utf8-bom.csv"])
def test_csv(name):
    records, warnings = read_csv(name)
    call, text, coded, epoch, utc, odd = records
    assert (call.kind, call.direction, call.duration_seconds) == ("call", Direction.INCOMING, 65)
    assert call.time == at(2016, 8, 27, 14, 10) and call.where == f"{name}: row 2"
    assert (text.kind, text.direction) == ("sms", Direction.RECEIVED)
    assert text.text == "Pay today.\nOr else"
    assert coded.time == at(2016, 8, 27, 14, 15) and coded.direction == Direction.RECEIVED
    assert coded.text == "逾期通知"
    assert epoch.time == at(2016, 8, 27, 14, 10) and epoch.direction == Direction.MISSED
    assert utc.time == at(2016, 8, 27, 22, 25) and utc.direction == Direction.SENT
    assert odd.direction == Direction.UNKNOWN
    assert warnings == [
        f"{name}: row 6, column 'time': cannot read 'xyz' as a time "
        "(the word 'xyz' is not part of a time)",
        f"{name}: row 7, column 'number': no number, row skipped",
        f"{name}: row 9, column 'number': '1.38E+10' is a number Excel shortened; the digits "
        "are lost (format the column as text before saving), row skipped",
        f"{name}: row 10, column 'direction': 'sideways' is not a direction I know; read as "
        "unknown (reported once)",
    ]


GB_COLUMNS = {"time": "时间", "number": "号码", "direction": "类型", "text": "内容",
              "duration": "时长"}


def test_gb18030_with_a_column_mapping_and_a_title_row():
    records, warnings = read_csv("gb18030.csv", columns=GB_COLUMNS)
    assert [r.where for r in records] == ["gb18030.csv: row 3", "gb18030.csv: row 4",
                                          "gb18030.csv: row 6"]
    assert records[0].duration_seconds == 65 and records[0].kind == "call"
    assert records[0].direction == Direction.INCOMING
    assert records[1].text == "请还款，否则上门。" and records[1].direction == Direction.RECEIVED
    assert records[2].direction == Direction.MISSED
    assert warnings == ["gb18030.csv: row 5, column 'time': cannot read '昨天下午' as a time "
                        "(it has no year, month and day)"]


def test_missing_columns_name_the_file_and_its_columns():
    with pytest.raises(ExportError, match=r"^gb18030\.csv: no column for the time and the "
                                          r"number.*the columns are: '时间', '号码'"):
        read_csv("gb18030.csv")
    with pytest.raises(ExportError, match=r"mapping names '时刻', which the file lacks"):
        read_csv("gb18030.csv", columns={**GB_COLUMNS, "time": "时刻"})
    with pytest.raises(ExportError, match=r"names 'when', which is not a field"):
        read_csv("gb18030.csv", columns={"when": "时间"})


def test_separate_date_and_time_columns_and_day_first_dates():
    records, warnings = read_csv("dates.tsv")
    assert [r.time for r in records] == [at(2016, 8, 27, 14, 10), at(2016, 4, 3, 9, 0)]
    assert [r.direction for r in records] == [Direction.RECEIVED, Direction.SENT]
    assert not warnings


def test_delimiters_encodings_and_codes(tmp_path):
    semi = tmp_path / "log.csv"
    semi.write_text("sep=;\nTimestamp;Phone;Type;Seconds;Kind;Contact\n"
                    "2016-08-27 14:10;13800000000;5;0:45;call;Li\n"
                    "2016-08-27 14:11;13800000000;2;;sms;\n", encoding="utf-8")
    records, warnings = read_csv(semi)
    assert not warnings
    assert [(r.kind, r.direction, r.duration_seconds, r.contact_name) for r in records] == [
        ("call", Direction.REJECTED, 45, "Li"), ("sms", Direction.SENT, None, None)]
    assert records[0].where == "log.csv: row 3"
    utf16 = tmp_path / "export.txt"
    utf16.write_text("Date\tNumber\tMessage\n2016-08-27 14:10\t13800000000\t你好\n",
                     encoding="utf-16")
    records, _ = read_csv(utf16)
    assert records[0].text == "你好" and records[0].direction == Direction.UNKNOWN


def test_time_format_option(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("time,number\n08-27-16 2.10pm,13800000000\n")
    records, warnings = read_csv(path, time_format="%m-%d-%y %I.%M%p")
    assert records[0].time == at(2016, 8, 27, 14, 10) and not warnings


def test_many_bad_rows_are_summarised_and_the_file_goes_on(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("time,number\n" + "never,13800000000\n" * 100
                    + "2016-08-27 14:10,13800000000\n")
    records, warnings = read_csv(path)
    assert len(records) == 1
    assert len(warnings) == 21 and warnings[-1] == (
        "bad.csv: and 80 more rows like that (unreadable time), not listed")


@pytest.mark.parametrize(("text", "expected"), [
    ("2016-08-27 14:10:00", at(2016, 8, 27, 14, 10)),
    ("2016-08-27T06:10:00Z", at(2016, 8, 27, 14, 10)),
    ("2016-08-27T14:10:00+08:00", at(2016, 8, 27, 14, 10)),
    ("2016/8/27 14:10", at(2016, 8, 27, 14, 10)),
    ("2016.08.27 14:10:05.5", at(2016, 8, 27, 14, 10, 5, 500000)),
    ("2016年8月27日 14:10:00", at(2016, 8, 27, 14, 10)),
    ("2016年8月27日 下午2:10:00", at(2016, 8, 27, 14, 10)),
    ("Aug 27, 2016 2:10:00 PM", at(2016, 8, 27, 14, 10)),
    ("Aug 27, 2016 12:05:00 AM", at(2016, 8, 27, 0, 5)),
    ("Saturday, 27 August 2016 14:10", at(2016, 8, 27, 14, 10)),
    ("08/27/2016 14:10", at(2016, 8, 27, 14, 10)),
    ("2016-08-27 06:10:00 UTC", at(2016, 8, 27, 14, 10)),
    ("2016-08-27 08:10 GMT+2", at(2016, 8, 27, 14, 10)),
    ("1472278200", at(2016, 8, 27, 14, 10)),
    ("1472278200000", at(2016, 8, 27, 14, 10)),
    ("20160827141000", at(2016, 8, 27, 14, 10)),
])
def test_parse_time(text, expected):
    assert parse_time(text, SHANGHAI) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"), ("xyz", "not part of a time"), ("2016-08-27", "no time of day"),
    ("03/04/2016 10:00", "either way round"), ("2016-02-30 10:00", "day is out of range"),
    ("27 Aug 16 10:00", "four-digit year"), ("99", "neither"),
])
def test_parse_time_refuses(text, reason):
    with pytest.raises(TimeError, match=reason):
        parse_time(text, SHANGHAI)


@pytest.mark.parametrize(("text", "seconds"), [
    ("65", 65), ("1:05", 65), ("00:01:05", 65), ("1m 5s", 65), ("1分5秒", 65), ("2 min", 120),
    ("65.0", 65), ("", None)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


def test_core_readers_hold_no_cjk_characters():
    for module in (smsbackup, csvlog, csvcolumns, times):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", source)


def test_registered():
    from complaint_kit.plugins.registry import get_registry

    registry = get_registry()
    assert registry.importer("sms-backup").__class__ is SmsBackupImporter
    assert registry.importer("csv").__class__ is CsvImporter
    assert registry.importer_for(FIXTURES / "sms-backup.xml").name == "sms-backup"
    assert registry.importer_for(FIXTURES / "utf8.csv").name == "csv"


def test_iphone_style_export_and_call_only_words(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "Chat Session,Message Date,Delivered Date,Service,Type,Sender ID,Sender Name,Status,Text\n"
        "Li,2016-08-27 14:10:00,,SMS,Incoming,+8613912345678,Collector Li,Read,Pay now\n"
        "Li,2016-08-27 14:11:00,,iMessage,Outgoing,+8613912345678,,Sent,No\n", encoding="utf-8")
    records, warnings = read_csv(path)
    assert [(r.kind, r.direction, r.number, r.contact_name, r.text) for r in records] == [
        ("sms", Direction.RECEIVED, "+8613912345678", "Collector Li", "Pay now"),
        ("sms", Direction.SENT, "+8613912345678", None, "No")]
    assert not warnings
    calls = tmp_path / "calls.csv"
    calls.write_text("time,number,direction\n2016-08-27 14:10,13800000000,Missed\n"
                     "2016-08-27 14:11,13800000000,voicemail\n")
    records, _ = read_csv(calls)
    assert [(r.kind, r.direction) for r in records] == [("call", Direction.MISSED),
                                                        ("call", Direction.VOICEMAIL)]


def test_delimiter_is_read_past_a_title_line(tmp_path):
    path = tmp_path / "statement.csv"
    path.write_text("Call records, August 2016\ntime;number;duration\n"
                    "2016-08-27 14:10;13800000000;30\n2016-08-27 14:11;13800000000;40\n")
    records, warnings = read_csv(path)
    assert [r.duration_seconds for r in records] == [30, 40] and not warnings
    assert records[0].where == "statement.csv: row 3"


def test_without_the_jurisdictions_encoding_a_file_not_in_utf8_is_named(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes(b"time,number\n2026-03-01 10:00,10690000\n" + "\u77ed\u4fe1\n".encode(
        "gb18030"))
    with pytest.raises(ExportError, match=r"^log\.csv: line 3 \(byte offset \d+\): not valid "
                       r"UTF-8 text .*give the file's encoding with --encoding$"):
        list(CsvImporter().read(path, ReadOptions(timezone=SHANGHAI)))
    records, _ = read_csv(path)  # a cn case's exports: GB 18030
    assert [r.number for r in records] == ["10690000"]
