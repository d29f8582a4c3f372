"""A check that a statement's text is the printed words: each stretch found as printed in the copy,
joined only as statements.py joins them (“ … ” where words were left out, a blank line where the
report starts a new paragraph of the quotation, a space where a sentence split by its cue goes on
after it). Used by the tests and the quality harness on every statement the pipeline proposes.
"""

import re

CLOSERS = "”\"»’'“«"
OPENERS = "“\"«‘'„»”"


def _flat(text):
    return " ".join(text.split())


def _found_split(stretch, flat, depth=0):
    """`stretch` is two or more quotations of one paragraph joined at a space: each part ends at a
    closing mark and the next begins at an opening mark."""
    if depth > 6:
        return False
    for i in [m.start() for m in re.finditer(" ", stretch)]:
        head, tail = stretch[:i], stretch[i + 1 :]
        if not any(head + c in flat for c in CLOSERS):
            continue
        if any(c + tail in flat for c in OPENERS) or _found_split(tail, flat, depth + 1):
            return True
    return False


def printed_problems(text, source):
    """What in `text` is not the printed words of `source`, in plain words ([] when all is)."""
    flat = _flat(source)
    problems = []
    if text != text.strip() or not text:
        problems.append("the text is empty or has space around it")
    for paragraph in text.split("\n\n"):
        if not paragraph.strip():
            problems.append("an empty paragraph")
            continue
        for stretch in paragraph.split(" … "):
            stretch = _flat(stretch)
            if stretch and stretch not in flat and not _found_split(stretch, flat):
                problems.append(f"“{stretch[:60]}” is not printed as such")
    return problems


def is_printed(text, source):
    return not printed_problems(text, source)
