"""Case files on disk: reading with located errors, saving, adding in place, charsets and
atomic writes."""
