"""The core's phone-export readers: SMS Backup & Restore XML (CSV logs in test_csv_logs.py)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from complaint_kit.evidence.csvlog import CsvImporter
from complaint_kit.evidence.importing import Direction, ExportError
from complaint_kit.evidence.smsbackup import SmsBackupImporter, _ReferenceFixer
from tests.exportreading import FIXTURES, at, options, read_xml

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
