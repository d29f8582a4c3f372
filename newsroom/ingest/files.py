"""Reading a file of copy: plain UTF-8 text, or a clear error saying what is wrong with it."""

import hashlib

MAX_BYTES = 1_000_000  # a long report is some 50 KB; a megabyte is not news copy
MAX_SIZE = f"{MAX_BYTES / 1_000_000:g} MB"  # as the form says it (not 976.6 KB, as binary units would)


class CopyError(ValueError):
    """The file cannot be ingested; the message says why, for the person who gave it."""


def decode_copy(data, name="the file"):
    """The text of `data` (bytes), or CopyError for an empty, huge, binary or wrongly encoded file."""
    if len(data) > MAX_BYTES:
        raise CopyError(f"{name} is too large to be news copy: {len(data):,} bytes (the limit is {MAX_BYTES:,}).")
    if not data.strip():
        raise CopyError(f"{name} is empty.")
    nul = data.find(b"\x00")
    if nul >= 0:
        # Anywhere in the file, not only at its start: a NUL byte is never news copy, and the database
        # refuses it in text (a NUL after the first 8 KB once made the admin answer 500).
        where = "" if nul < 8192 else f" at byte {nul:,}"
        raise CopyError(f"{name} looks binary (it holds NUL bytes{where}), not plain text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CopyError(
            f"{name} is not UTF-8 text: byte 0x{data[error.start]:02x} at position {error.start} cannot be read. "
            "Save it as UTF-8 and try again."
        ) from error
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise CopyError(f"{name} looks binary (it holds control characters), not plain text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_copy(path):
    """The text of the file at `path`, checked as decode_copy does; its size is checked before it is read."""
    import os

    name = os.path.basename(str(path))
    try:
        size = os.path.getsize(path)
    except OSError as error:
        raise CopyError(f"{name} cannot be read: {error.strerror}.") from error
    if size > MAX_BYTES:
        raise CopyError(f"{name} is too large to be news copy: {size:,} bytes (the limit is {MAX_BYTES:,}).")
    with open(path, "rb") as handle:
        return decode_copy(handle.read(), name)


def digest(text):
    """What identifies a text already ingested: the same words give the same digest."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
