"""JSON from input (newsroom/core/json_input.py): bounded depth, text a database stores, finite numbers."""

import pytest

from newsroom.core.json_input import JsonBodyError, loads_bounded


def test_ordinary_json_is_read_as_it_is():
    assert loads_bounded('{"data": {"body": "Words.", "tags": ["a", "b"]}, "n": 1.5}') == {
        "data": {"body": "Words.", "tags": ["a", "b"]},
        "n": 1.5,
    }


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"a": [[["\\u0000"]]]}', "“a”: it contains a NUL character"),
        ('{"a": {"b\\u0000": 1}}', "“a”: a name in it contains a NUL character"),
        ('["\\udfff"]', "“the body”: it contains half of a surrogate pair"),
        ('{"x": -Infinity}', "“x” is not a finite number"),
        ("[" * 17 + "]" * 17, "nested too deeply"),
        ("[" * 5000 + "]" * 5000, "nested too deeply"),
        ("{", "not valid JSON"),
        (b"\xff\xfe{", "not valid JSON"),
        ("9" * 5000, "not valid JSON"),
    ],
)
def test_what_a_database_or_the_parser_cannot_take_is_refused_by_name(text, message):
    with pytest.raises(JsonBodyError) as refused:
        loads_bounded(text)
    assert message in str(refused.value)


def test_sixteen_levels_are_allowed():
    assert loads_bounded("[" * 16 + "]" * 16) is not None
