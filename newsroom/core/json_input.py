"""JSON request bodies read with bounds: their size, their depth, and text any database stores.

Python's parser takes what JSON allows and PostgreSQL does not: "\\u0000" in a string (jsonb and text
refuse it), half a surrogate pair ("\\ud800": no UTF-8 encodes it), and numbers beyond a float
(1e400 and NaN, which no JSON column stores). It also recurses once per level, so 100,000 nested
"[" end in a RecursionError. Each is a clear error here, naming where it was, never a 500.
"""

import json
import math

# Deeper than any form's fields as JSON (an object of lists of text: three levels).
MAX_DEPTH = 16


class JsonBodyError(ValueError):
    """The body is not JSON this site accepts; the message says why, for the person or client."""


class _NotFinite:
    """What NaN, Infinity and 1e400 parse to, so that the walk can say where they were."""


_NOT_FINITE = _NotFinite()


def _finite(text):
    number = float(text)
    return number if math.isfinite(number) else _NOT_FINITE


def read_json(request, *, max_bytes, max_depth=MAX_DEPTH):
    """The request's body parsed as JSON, or JsonBodyError.

    A body over `max_bytes` is refused before it is parsed (Django refuses one over
    DATA_UPLOAD_MAX_MEMORY_SIZE before it is even read)."""
    body = request.body
    if len(body) > max_bytes:
        raise JsonBodyError(f"The request is too large: at most {max_bytes:,} bytes.")
    return loads_bounded(body or b"{}", max_depth=max_depth)


def loads_bounded(text, *, max_depth=MAX_DEPTH):
    """`text` (str or bytes) parsed as JSON and checked by `check`, or JsonBodyError."""
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=lambda _: _NOT_FINITE)
    except RecursionError:
        raise JsonBodyError(f"The JSON is nested too deeply: at most {max_depth} levels.") from None
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise JsonBodyError("The request is not valid JSON.") from None
    check(value, max_depth=max_depth)
    return value


def check(value, *, max_depth=MAX_DEPTH):
    """Refuse nesting deeper than `max_depth`, NUL characters and text no UTF-8 encodes (in keys
    and values), and numbers that are not finite, naming the place (`data.body`)."""
    pending = [(value, "", 1)]
    while pending:
        item, place, depth = pending.pop()
        if depth > max_depth:
            raise JsonBodyError(f"The JSON is nested too deeply: at most {max_depth} levels.")
        name = place or "the body"
        if item is _NOT_FINITE:
            raise JsonBodyError(f"“{name}” is not a finite number.")
        if isinstance(item, str):
            _check_text(item, name)
        elif isinstance(item, dict):
            for key, member in item.items():
                _check_text(key, name, what="a name in it")
                pending.append((member, f"{place}.{key}" if place else key, depth + 1))
        elif isinstance(item, list):
            pending.extend((member, place, depth + 1) for member in item)


def _check_text(text, name, what="it"):
    if "\x00" in text:
        raise JsonBodyError(f"“{name}”: {what} contains a NUL character.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonBodyError(f"“{name}”: {what} contains half of a surrogate pair, which is not text.") from None
