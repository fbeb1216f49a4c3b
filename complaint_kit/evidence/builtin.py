"""The core's own phone-export importers, registered through the hook like any plugin's."""

from __future__ import annotations

from complaint_kit.plugins.hookspecs import hookimpl


@hookimpl
def register_importers(register):
    from complaint_kit.evidence.csvlog import CsvImporter
    from complaint_kit.evidence.smsbackup import SmsBackupImporter

    register(SmsBackupImporter())
    register(CsvImporter())
