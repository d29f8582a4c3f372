"""Whole numbers typed by people or sent by clients: page sizes, page numbers, ids, hours.

`str.isdigit()` is true of "²" and "٣", which `int()` refuses or reads as 3, and `int()` also takes
" 2" and "1_0": neither is a test of what a person wrote. One rule, here: ASCII digits only, and few
enough of them for a 64-bit column, or, where a largest value is named and asked for, that value.
"""

MAX_DIGITS = 18


def whole_number(text, *, minimum=0, maximum=None, clamp=False):
    """`text` as an int when it is a plain whole number (ASCII digits) from `minimum` to `maximum`
    (inclusive; no upper bound when None), else None. With `clamp`, a number over `maximum`, however
    long, is `maximum` (a page size asked too large is the largest page)."""
    if not isinstance(text, str) or not (text.isascii() and text.isdigit()):
        return None
    digits = text.lstrip("0") or "0"
    over = maximum is not None and (len(digits) > MAX_DIGITS or int(digits) > maximum)
    if over:
        return maximum if clamp else None
    if len(digits) > MAX_DIGITS:
        return None
    number = int(digits)
    return number if number >= minimum else None
