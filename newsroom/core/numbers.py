"""Whole numbers typed by people or sent by clients: page sizes, page numbers, ids, hours.

`str.isdigit()` is true of "²" and "٣", which `int()` refuses or reads as 3, and `int()` also takes
" 2" and "1_0": neither is a test of what a person wrote. One rule, here: ASCII digits only, and few
enough of them for a 64-bit column (a longer number is a mistake, not a bigger page).
"""

MAX_DIGITS = 18


def whole_number(text, *, minimum=0, maximum=None):
    """`text` as an int when it is a plain whole number (ASCII digits) from `minimum` to `maximum`
    (inclusive; no upper bound when None), else None."""
    if not isinstance(text, str) or not (text.isascii() and text.isdigit()) or len(text) > MAX_DIGITS:
        return None
    number = int(text)
    if number < minimum or (maximum is not None and number > maximum):
        return None
    return number
