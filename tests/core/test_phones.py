"""Phone numbers: every way a caller's number is typed means one E.164 number (SPEC §4.4, §6)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from server.core.errors import DomainError, ErrorCode
from server.core.phones import (
    MAX_PHONE_INPUT,
    display_phone,
    normalize_phone,
    parse_phone,
    phone_digits,
    reversed_digits,
)

# Mobile prefixes under which every 8-digit subscriber number is allocated.
MOBILE_PREFIXES = [
    *range(130, 140),
    150, 151, 152, 153, 155, 156, 157, 158, 159,
    166, 176, 177, 178,
    *range(180, 190),
    198, 199,
]  # fmt: skip
# Area codes: two digits (Beijing 10 and Shanghai 21 have their own example tests) and four.
AREA_CODES_8_DIGITS = ["20", "22", "23", "24", "25", "27", "28", "29", "551", "571", "591", "512", "755"]

mobiles = st.builds(
    lambda prefix, rest: f"{prefix}{rest:08d}",
    st.sampled_from(MOBILE_PREFIXES),
    st.integers(min_value=0, max_value=99_999_999),
)


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(number[start : start + size])
        start += size
    parts.append(number[start:])
    return sep.join(p for p in parts if p)


@st.composite
def formatted_mobile(draw: st.DrawFn) -> tuple[str, str]:
    """(national number, how someone typed it)."""
    number = draw(mobiles)
    sep = draw(st.sampled_from(["", " ", "-", ".", " - "]))
    body = draw(
        st.sampled_from(
            [
                number,
                group(number, (3, 4), sep),
                group(number, (3, 4), " "),
                f"({number[:3]}) {number[3:7]}{sep}{number[7:]}",
            ]
        )
    )
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "+86-", "0086", "0086 ", "0086-", "(+86) ", "(+86)", "+86 "]))
    padding = draw(st.sampled_from(["", " ", "  ", "\t"]))
    return number, f"{padding}{prefix}{body}{padding}"


@given(formatted_mobile())
@example(("13800138000", "13800138000"))
@example(("13800138000", "+86 138 0013 8000"))
@example(("13800138000", "0086 138 0013 8000"))
@example(("13800138000", "138-0013-8000"))
@example(("13800138000", "(+86) 138 0013 8000"))
@example(("13800138000", "+86 (138) 0013-8000"))
def test_every_formatting_of_a_mobile_is_the_same_e164(case: tuple[str, str]) -> None:
    number, typed = case
    assert parse_phone(typed) == f"+86{number}"


@st.composite
def formatted_landline(draw: st.DrawFn) -> tuple[str, str]:
    area = draw(st.sampled_from(AREA_CODES_8_DIGITS))
    local = draw(st.integers(min_value=2, max_value=8)).__str__() + f"{draw(st.integers(0, 9_999_999)):07d}"
    typed = draw(
        st.sampled_from(
            [
                f"0{area}{local}",
                f"0{area}-{local}",
                f"0{area} {local[:4]} {local[4:]}",
                f"0{area}-{local[:4]} {local[4:]}",
                f"(0{area}) {local[:4]}-{local[4:]}",
                f"(0{area}){local}",
                f"+86 {area} {local[:4]} {local[4:]}",
                f"+86-{area}-{local}",
                f"0086 {area} {local}",
            ]
        )
    )
    return f"+86{area}{local}", typed


@given(formatted_landline())
def test_landlines_with_their_area_code_are_the_same_e164(case: tuple[str, str]) -> None:
    expected, typed = case
    assert parse_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0551-6288 1234", "+8655162881234"),
        ("(0551) 6288-1234", "+8655162881234"),
        ("+86 551 6288 1234", "+8655162881234"),
        ("010-12345678", "+861012345678"),
        ("010 8888 8888", "+861088888888"),
        ("(010)88888888", "+861088888888"),
        ("021 6288 1234", "+862162881234"),
        ("021-62881234", "+862162881234"),
        ("+86 21 6288 1234", "+862162881234"),
        ("0086 21 62881234", "+862162881234"),
    ],
)
def test_landline_examples(typed: str, expected: str) -> None:
    assert parse_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("+852 2123 4567", "+85221234567"),
        ("00852 2123 4567", "+85221234567"),
        ("+1 650 253 0000", "+16502530000"),
        ("001 650 253 0000", "+16502530000"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_foreign_numbers_with_their_country_code(typed: str, expected: str) -> None:
    assert parse_phone(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "62881234",  # a local number without its area code
        "12345",
        "1380013800",  # a digit short
        "138001380001",  # a digit too many
        "+86 138 0013 800",
        "10086",  # a service number, not a subscriber's
        "abc",
        "138 0013 8000 ext 12",
        "138-0013-8000；",
        "   ".join("13800138000"),  # a real number, but longer than any real input
        "+86 +86 138 0013 8000",
        "<script>13800138000</script>",
    ],
)
def test_not_a_phone_number_is_none(typed: str) -> None:
    assert parse_phone(typed) is None


@given(st.text(max_size=60))
@example("0" * 40)
@example("+")
@example("00")
@example("0086")
@example("()")
@example("+86" + "9" * 37)
def test_garbage_never_raises(text: str) -> None:
    result = parse_phone(text)
    assert result is None or (result.startswith("+") and result[1:].isdigit())


@given(st.text(alphabet="0123456789+-() ./", max_size=40))
def test_phone_like_text_never_raises_and_results_are_stable(text: str) -> None:
    result = parse_phone(text)
    if result is not None:
        # The E.164 form is itself a valid input that means the same number.
        assert parse_phone(result) == result
        assert normalize_phone(result) == result


@given(formatted_mobile())
def test_normalize_agrees_with_parse(case: tuple[str, str]) -> None:
    _, typed = case
    assert normalize_phone(typed) == parse_phone(typed)


@pytest.mark.parametrize("field", ["phone", ["guest", "phone"], ["phones", "0", "number"]])
def test_normalize_phone_names_the_field_of_a_bad_number(field: str | list[str]) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_phone("  12345 ", field=field)
    error = caught.value
    assert error.code is ErrorCode.INVALID
    assert error.field == ([field] if isinstance(field, str) else field)
    assert error.message == "无法识别的电话号码：12345（请输入手机号或带区号的固定电话）"


def test_normalize_phone_quotes_at_most_the_input_limit() -> None:
    typed = "x" * 500
    with pytest.raises(DomainError) as caught:
        normalize_phone(typed)
    assert "x" * MAX_PHONE_INPUT in caught.value.message
    assert "x" * (MAX_PHONE_INPUT + 1) not in caught.value.message


@given(st.text(max_size=60))
def test_normalize_phone_raises_a_domain_error_exactly_when_parse_gives_none(text: str) -> None:
    if parse_phone(text) is None:
        with pytest.raises(DomainError) as caught:
            normalize_phone(text)
        assert (caught.value.code, caught.value.field) == (ErrorCode.INVALID, ["phone"])
    else:
        assert normalize_phone(text) == parse_phone(text)


def test_display_and_digits() -> None:
    assert display_phone("+8613800138000") == "138 0013 8000"
    assert display_phone("+8655162881234") == "0551 6288 1234"
    assert display_phone("+16502530000") == "+1 650-253-0000"
    assert display_phone("not a number") == "not a number"
    assert phone_digits("+86 (138) 0013-8000") == "8613800138000"
    assert reversed_digits("+8613800138000") == "0008310083168"


@given(mobiles)
def test_last_digits_are_a_prefix_of_the_reversed_digits(number: str) -> None:
    e164 = parse_phone(number)
    assert e164 is not None
    for n in range(4, 12):
        assert reversed_digits(e164).startswith(number[-n:][::-1])
