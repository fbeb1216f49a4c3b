"""What the export-reader tests share: the fixtures folder, read options as a cn case gives them,
and a file read with its warnings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from complaint_kit.evidence.csvlog import CsvImporter
from complaint_kit.evidence.importing import ReadOptions
from complaint_kit.evidence.smsbackup import SmsBackupImporter

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
