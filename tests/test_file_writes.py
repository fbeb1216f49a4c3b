"""Writing a document's file: atomic saves, the file's mode, and safe file names."""

from __future__ import annotations

import pytest

from complaint_kit.casefile.atomic import atomic_save
from complaint_kit.draft.pipeline import safe_name


def test_atomic_save_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def crash(handle):
        handle.write(b"half a document")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_save(target, crash)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_writes_give_new_files_the_usual_mode_and_keep_an_old_files(tmp_path):
    import os

    fresh = tmp_path / "fresh.docx"
    atomic_save(fresh, lambda handle: handle.write(b"x"))
    mask = os.umask(0)
    os.umask(mask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask
    private = tmp_path / "private.docx"
    private.write_bytes(b"old")
    private.chmod(0o600)
    atomic_save(private, lambda handle: handle.write(b"new"))
    assert private.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("name, expected", [
    ("张测试/案件", "张测试_案件"), ("..", "case"), ("CON", "_CON"), ("a:b*c?", "a_b_c"),
    ("  spaced  name. ", "spaced_name"), ("nul.txt", "_nul.txt"),
    ("张" * 100, "张" * 40),  # 120 bytes of UTF-8: room left for the kind and channel
])
def test_safe_names(name, expected):
    assert safe_name(name) == expected
