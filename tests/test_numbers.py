"""Whole numbers from input (newsroom/core/numbers.py): ASCII digits only, within bounds."""

import pytest

from newsroom.core.numbers import whole_number


@pytest.mark.parametrize(
    "text, expected",
    [("0", 0), ("7", 7), ("007", 7), ("123456789012345678", 123456789012345678)],
)
def test_plain_digits_are_numbers(text, expected):
    assert whole_number(text) == expected


@pytest.mark.parametrize("text", ["", "²", "٣", "1_0", " 2", "2 ", "-1", "+1", "1.0", "1e3", "9" * 19, None, 5])
def test_anything_else_is_none(text):
    assert whole_number(text) is None


def test_bounds_are_inclusive():
    assert whole_number("1", minimum=1, maximum=3) == 1
    assert whole_number("3", minimum=1, maximum=3) == 3
    assert whole_number("0", minimum=1) is None
    assert whole_number("4", minimum=1, maximum=3) is None


def test_clamped_a_number_over_the_maximum_however_long_is_the_maximum():
    assert whole_number("101", minimum=1, maximum=100, clamp=True) == 100
    assert whole_number("9" * 40, minimum=1, maximum=100, clamp=True) == 100
    assert whole_number("0" * 40, minimum=1, maximum=100, clamp=True) is None
    assert whole_number("00042", minimum=1, maximum=100, clamp=True) == 42
    assert whole_number("²", minimum=1, maximum=100, clamp=True) is None
