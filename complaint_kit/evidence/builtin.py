"""The core's own phone-export importers, registered through the hook like any plugin's."""

from __future__ import annotations

from .hookspecs import hookimpl


@hookimpl
def register_importers(register):
    from .csvlog import CsvImporter
    from .smsbackup import SmsBackupImporter

    register(SmsBackupImporter())
    register(CsvImporter())
