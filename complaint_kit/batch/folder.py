"""The folder input: every case file (.yaml, .yml, .json) in a folder."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from complaint_kit.batch.columns import Cell
from complaint_kit.batch.source import BatchInput, RawCase, RowError, reason


class FolderInput(BatchInput):
    """Every case file (.yaml, .yml, .json) in a folder, in name order; not its sub-folders."""

    SUFFIXES = (".yaml", ".yml", ".json")

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name or str(path)

    def _files(self) -> list[Path]:
        return sorted(p for p in self.path.iterdir()
                      if p.suffix.lower() in self.SUFFIXES and p.is_file()
                      and not p.name.startswith("."))

    def count(self) -> int:
        return len(self._files())

    def __iter__(self) -> Iterator[RawCase]:
        from complaint_kit.casefile.load import CaseFileError, read_case_file

        files = self._files()
        stems = Counter(f.stem.casefold() for f in files)
        for file in files:
            source = f"{self.label}/{file.name}"
            key = file.stem if stems[file.stem.casefold()] == 1 else file.name
            try:
                # the reader every command uses: bounded in size, one line per problem
                data, lines = read_case_file(file, source)
            except CaseFileError as exc:
                yield RawCase(source, 1, key, None, file.parent, [
                    RowError(source, p.line, p.path, p.message) for p in exc.problems])
                continue
            except (OSError, UnicodeDecodeError) as exc:
                yield RawCase(source, 1, key, None, file.parent,
                              [RowError(source, None, "", f"cannot read: {exc}")])
                continue
            except Exception as exc:  # one file's failure is its own row's
                yield RawCase(source, 1, key, None, file.parent,
                              [RowError(source, None, "", f"cannot read: {reason(exc)}")])
                continue
            # A case file's "row" is its line: errors name the file, line and field path.
            cells = {k: Cell(source, v, ".".join(str(p) for p in k)) for k, v in lines.items()
                     if k}
            yield RawCase(source, 1, key, data if isinstance(data, dict) else None,
                          file.parent, [] if isinstance(data, dict) else [
                              RowError(source, 1, "", "a case must be a mapping of fields")],
                          cells)
