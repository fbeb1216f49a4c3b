"""The core's phone-export readers: CSV logs, their columns, encodings and times."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from complaint_kit.evidence import csvcolumns, csvlog, smsbackup, times
from complaint_kit.evidence.csvlog import CsvImporter
from complaint_kit.evidence.importing import Direction, ExportError, ReadOptions
from complaint_kit.evidence.smsbackup import SmsBackupImporter
from complaint_kit.evidence.times import TimeError, parse_duration, parse_time
from tests.exportreading import FIXTURES, SHANGHAI, at, read_csv

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
