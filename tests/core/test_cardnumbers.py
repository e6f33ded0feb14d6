from __future__ import annotations

import pytest

from server.core.cardnumbers import card_number, display_card_number, normalize_card_number


def test_numbers_are_sixteen_digits_with_a_valid_check_digit() -> None:
    number = card_number(123)
    assert number.startswith("8860")
    assert len(number) == 16
    assert normalize_card_number(number) == number
    assert normalize_card_number(display_card_number(number)) == number
    assert normalize_card_number(number[:4] + "-" + number[4:]) == number


@pytest.mark.parametrize("serial", [1, 42, 987_654, 10_000_000_000 - 1])
def test_every_single_digit_slip_and_neighbour_swap_is_refused(serial: int) -> None:
    number = card_number(serial)
    for i in range(16):
        for d in "0123456789":
            if d != number[i]:
                assert normalize_card_number(number[:i] + d + number[i + 1 :]) is None
    for i in range(15):
        if number[i] != number[i + 1]:
            swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
            assert normalize_card_number(swapped) is None


@pytest.mark.parametrize("text", ["", "8860", "８８６０" * 4, "abcd" * 4, "8860 0000 0000 001"])
def test_malformed_input_is_no_card(text: str) -> None:
    assert normalize_card_number(text) is None


def test_a_serial_too_large_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        card_number(10**11)
