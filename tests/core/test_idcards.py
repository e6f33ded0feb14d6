"""Identity documents (GB 11643 resident ID and the other types), masking, money and pinyin."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from server.core.errors import DomainError, ErrorCode
from server.core.idcards import (
    PROVINCE_CODES,
    Gender,
    IdDocumentType,
    gb11643_check_char,
    mask_id_number,
    normalize_id_number,
    parse_resident_id,
)
from server.core.money import MAX_FEN, divide_half_up, require_fen
from server.core.pinyin import name_pinyin, search_key

TODAY = date(2026, 3, 15)
EARLIEST = date(1900, 1, 1)
KNOWN = "11010519491231002X"  # female, born 1949-12-31, Beijing Xicheng
CHECK_MESSAGE = "居民身份证号校验位错误，请核对号码"


def build_id(province: str, county: str, birthday: date, sequence: int) -> str:
    first17 = f"{province}{county}{birthday:%Y%m%d}{sequence:03d}"
    return first17 + gb11643_check_char(first17)


@st.composite
def resident_ids(draw: st.DrawFn) -> tuple[str, date, Gender, str]:
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    county = f"{draw(st.integers(0, 9999)):04d}"
    birthday = draw(st.dates(min_value=EARLIEST, max_value=TODAY))
    sequence = draw(st.integers(0, 999))
    gender = Gender.MALE if sequence % 2 else Gender.FEMALE
    return build_id(province, county, birthday, sequence), birthday, gender, province


def invalid(raw: str, **kwargs: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_resident_id(raw, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code is ErrorCode.INVALID
    return caught.value


# ---------------------------------------------------------------- resident ID: valid numbers


@given(resident_ids())
@example((KNOWN, date(1949, 12, 31), Gender.FEMALE, "11"))
@example((build_id("34", "0104", EARLIEST, 1), EARLIEST, Gender.MALE, "34"))
@example((build_id("83", "0000", TODAY, 998), TODAY, Gender.FEMALE, "83"))
@example((build_id("65", "4028", date(2000, 2, 29), 555), date(2000, 2, 29), Gender.MALE, "65"))
def test_any_valid_resident_id_parses_with_its_birthday_and_gender(
    case: tuple[str, date, Gender, str],
) -> None:
    number, birthday, gender, province = case
    facts = parse_resident_id(number, today=TODAY)
    assert facts.number == number
    assert facts.birthday == birthday
    assert facts.gender is gender
    assert facts.province_code == province


@given(resident_ids(), st.sampled_from(["", " ", "-"]))
def test_spaces_dashes_and_lower_case_x_are_accepted_and_canonicalised(
    case: tuple[str, date, Gender, str], sep: str
) -> None:
    number = case[0]
    typed = f" {number[:6]}{sep}{number[6:14]}{sep}{number[14:].lower()} "
    assert parse_resident_id(typed, today=TODAY).number == number


def test_lower_case_x_is_upper_cased() -> None:
    facts = parse_resident_id(KNOWN.lower(), today=TODAY)
    assert facts.number == KNOWN
    assert facts.gender is Gender.FEMALE


# ---------------------------------------------------------------- resident ID: one character off

ID_CHARS = "0123456789X"


@given(resident_ids(), st.integers(0, 17), st.sampled_from(ID_CHARS))
def test_changing_any_single_character_makes_it_invalid(
    case: tuple[str, date, Gender, str], position: int, replacement: str
) -> None:
    number = case[0]
    assume(number[position] != replacement)
    changed = number[:position] + replacement + number[position + 1 :]
    with pytest.raises(DomainError) as caught:
        parse_resident_id(changed, today=TODAY)
    assert caught.value.code is ErrorCode.INVALID


@given(resident_ids(), st.integers(0, 16), st.sampled_from("0123456789"))
def test_a_changed_digit_is_caught_by_the_check_char_unless_it_is_recomputed(
    case: tuple[str, date, Gender, str], position: int, replacement: str
) -> None:
    number = case[0]
    assume(number[position] != replacement)
    first17 = number[:position] + replacement + number[position + 1 : 17]
    province_ok = first17[:2] in PROVINCE_CODES
    try:
        birthday: date | None = date(int(first17[6:10]), int(first17[10:12]), int(first17[12:14]))
    except ValueError:
        birthday = None
    plausible = province_ok and birthday is not None and EARLIEST <= birthday <= TODAY

    # With the old check char: wrong, and when all else is plausible, the check char is blamed
    error = invalid(first17 + number[17])
    if plausible:
        assert error.message == CHECK_MESSAGE
    # With the check char recomputed: valid exactly when everything else is
    recomputed = first17 + gb11643_check_char(first17)
    if plausible:
        assert parse_resident_id(recomputed, today=TODAY).birthday == birthday
    else:
        assert invalid(recomputed).message != CHECK_MESSAGE


@given(resident_ids(), st.sampled_from(ID_CHARS))
def test_only_one_check_char_fits(case: tuple[str, date, Gender, str], check: str) -> None:
    number = case[0]
    assume(check != number[17])
    assert invalid(number[:17] + check).message == CHECK_MESSAGE


# GB 11643 weights (2^(17-i) mod 11): they repeat every ten positions.
WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


@given(resident_ids(), st.integers(0, 15))
def test_swapping_two_adjacent_digits_is_caught(case: tuple[str, date, Gender, str], i: int) -> None:
    number = case[0]
    assume(number[i] != number[i + 1])
    invalid(number[:i] + number[i + 1] + number[i] + number[i + 2 :])


@given(resident_ids(), st.integers(0, 16), st.integers(0, 16))
def test_swapping_digits_is_caught_unless_their_weights_are_equal(
    case: tuple[str, date, Gender, str], i: int, j: int
) -> None:
    number = case[0]
    assume(i < j and number[i] != number[j])
    chars = list(number)
    chars[i], chars[j] = chars[j], chars[i]
    swapped = "".join(chars)
    if WEIGHTS[i] != WEIGHTS[j]:
        invalid(swapped)
    else:
        # Ten positions apart: the check char cannot tell (a limit of MOD 11-2, not a bug)
        assert gb11643_check_char(swapped[:17]) == number[17]


# ---------------------------------------------------------------- resident ID: specific messages


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("11010519491231002", "居民身份证号应为 18 位，当前为 17 位"),
        ("11010519491231002X1", "居民身份证号应为 18 位，当前为 19 位"),
        ("", "居民身份证号应为 18 位，当前为 0 位"),
        ("110105491231002", "15 位旧身份证号已停用，请输入 18 位居民身份证号"),
        ("110105 491231 002", "15 位旧身份证号已停用，请输入 18 位居民身份证号"),
        ("11010519491231X02X", "居民身份证号前 17 位须为数字，最后一位为数字或 X"),
        ("11010519491231002Y", "居民身份证号前 17 位须为数字，最后一位为数字或 X"),
        (build_id("00", "0104", date(1990, 1, 1), 123), "居民身份证号的地区码 00 不存在"),
        (build_id("99", "0104", date(1990, 1, 1), 123), "居民身份证号的地区码 99 不存在"),
        (build_id("16", "0104", date(1990, 1, 1), 123), "居民身份证号的地区码 16 不存在"),
        ("340104" + "19900230" + "1231", "居民身份证号中的出生日期 19900230 不是有效日期"),
        ("340104" + "19901301" + "1231", "居民身份证号中的出生日期 19901301 不是有效日期"),
        ("340104" + "19000229" + "1231", "居民身份证号中的出生日期 19000229 不是有效日期"),
        ("340104" + "00000000" + "1231", "居民身份证号中的出生日期 00000000 不是有效日期"),
        (build_id("34", "0104", TODAY + timedelta(days=1), 123), "居民身份证号中的出生日期 2026-03-16 不合理"),
        (build_id("34", "0104", date(2090, 1, 1), 123), "居民身份证号中的出生日期 2090-01-01 不合理"),
        (build_id("34", "0104", date(1899, 12, 31), 123), "居民身份证号中的出生日期 1899-12-31 不合理"),
        ("110105194912310021", CHECK_MESSAGE),
    ],
)
def test_bad_resident_ids_get_specific_messages(raw: str, message: str) -> None:
    error = invalid(raw)
    assert error.message == message
    assert error.field == ["idNumber"]


def test_the_error_names_the_field_it_was_given() -> None:
    assert invalid("123", field=["guest", "idNumber"]).field == ["guest", "idNumber"]


def test_born_today_is_valid() -> None:
    assert parse_resident_id(build_id("34", "0104", TODAY, 7), today=TODAY).birthday == TODAY


# ---------------------------------------------------------------- other document types


def foreign_new(first17: str) -> str:
    return first17 + gb11643_check_char(first17)


@pytest.mark.parametrize(
    ("doc_type", "raw", "canonical"),
    [
        (IdDocumentType.RESIDENT_ID, KNOWN.lower(), KNOWN),
        (IdDocumentType.PASSPORT, "E12345678", "E12345678"),
        (IdDocumentType.PASSPORT, " e1234 5678 ", "E12345678"),
        (IdDocumentType.PASSPORT, "G1234", "G1234"),
        (IdDocumentType.PASSPORT, "X" * 20, "X" * 20),
        (IdDocumentType.HK_MACAO_PERMIT, "H12345678", "H12345678"),
        (IdDocumentType.HK_MACAO_PERMIT, "m1234567890", "M1234567890"),
        (IdDocumentType.HK_MACAO_PERMIT, "H-1234-5678", "H12345678"),
        (IdDocumentType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdDocumentType.TAIWAN_PERMIT, "1234567890", "1234567890"),
        (IdDocumentType.TAIWAN_PERMIT, "1234567890b", "1234567890B"),
        (IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "USA110075061201", "USA110075061201"),
        (IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "gbr 1100 7506 1201", "GBR110075061201"),
        (
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            foreign_new("93115619750612001"),
            foreign_new("93115619750612001"),
        ),
        (IdDocumentType.OTHER, "ABC", "ABC"),
        (IdDocumentType.OTHER, "军字(2020)123", None),
        (IdDocumentType.OTHER, "no(123)", "NO(123)"),
    ],
)
def test_other_documents_accepted_in_canonical_form(doc_type: IdDocumentType, raw: str, canonical: str | None) -> None:
    if canonical is None:
        with pytest.raises(DomainError):
            normalize_id_number(doc_type, raw, today=TODAY)
        return
    assert normalize_id_number(doc_type, raw, today=TODAY) == canonical


def with_wrong_check(first17: str) -> str:
    right = gb11643_check_char(first17)
    return first17 + ("0" if right != "0" else "1")


@pytest.mark.parametrize(
    ("doc_type", "raw", "message"),
    [
        (IdDocumentType.PASSPORT, "E123", "护照号应为 5-20 位字母或数字"),
        (IdDocumentType.PASSPORT, "E" * 21, "护照号应为 5-20 位字母或数字"),
        (IdDocumentType.PASSPORT, "E1234567#", "护照号应为 5-20 位字母或数字"),
        (IdDocumentType.PASSPORT, "护照12345", "护照号应为 5-20 位字母或数字"),
        (IdDocumentType.HK_MACAO_PERMIT, "H1234567", "港澳居民来往内地通行证号码应为 H 或 M 开头加 8 或 10 位数字"),
        (IdDocumentType.HK_MACAO_PERMIT, "H123456789", "港澳居民来往内地通行证号码应为 H 或 M 开头加 8 或 10 位数字"),
        (IdDocumentType.HK_MACAO_PERMIT, "C12345678", "港澳居民来往内地通行证号码应为 H 或 M 开头加 8 或 10 位数字"),
        (IdDocumentType.HK_MACAO_PERMIT, "12345678", "港澳居民来往内地通行证号码应为 H 或 M 开头加 8 或 10 位数字"),
        (IdDocumentType.TAIWAN_PERMIT, "1234567", "台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）"),
        (IdDocumentType.TAIWAN_PERMIT, "123456789", "台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）"),
        (IdDocumentType.TAIWAN_PERMIT, "T1234567", "台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）"),
        (
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            with_wrong_check("93115619750612001"),
            "外国人永久居留身份证号校验位错误",
        ),
        (
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            KNOWN,  # a resident ID does not start with 9
            "外国人永久居留身份证号应为 15 位旧版（3 个字母 + 12 位数字）或 9 开头的 18 位新版",
        ),
        (
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            "US110075061201",
            "外国人永久居留身份证号应为 15 位旧版（3 个字母 + 12 位数字）或 9 开头的 18 位新版",
        ),
        (
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            "USA11007506120",
            "外国人永久居留身份证号应为 15 位旧版（3 个字母 + 12 位数字）或 9 开头的 18 位新版",
        ),
        (IdDocumentType.OTHER, "AB", "证件号码应为 3-30 位字母或数字"),
        (IdDocumentType.OTHER, "A" * 31, "证件号码应为 3-30 位字母或数字"),
        (IdDocumentType.OTHER, "A/B/C", "证件号码应为 3-30 位字母或数字"),
        (IdDocumentType.RESIDENT_ID, "110105194912310021", CHECK_MESSAGE),
    ],
)
def test_other_documents_rejected_with_their_own_message(doc_type: IdDocumentType, raw: str, message: str) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_id_number(doc_type, raw, today=TODAY, field=["guest", "idNumber"])
    assert caught.value.code is ErrorCode.INVALID
    assert caught.value.message == message
    assert caught.value.field == ["guest", "idNumber"]


@pytest.mark.parametrize("doc_type", list(IdDocumentType))
@pytest.mark.parametrize("raw", ["", "   "])
def test_an_empty_number_is_required(doc_type: IdDocumentType, raw: str) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_id_number(doc_type, raw, today=TODAY)
    assert (caught.value.code, caught.value.message, caught.value.field) == (
        ErrorCode.REQUIRED,
        "请填写证件号码",
        ["idNumber"],
    )


def attempt(doc_type: IdDocumentType, raw: str) -> tuple[str, DomainError | None]:
    try:
        return normalize_id_number(doc_type, raw, today=TODAY), None
    except DomainError as err:
        return "", err


@given(st.sampled_from(list(IdDocumentType)), st.text(max_size=40))
def test_any_text_is_accepted_canonically_or_refused_with_a_domain_error(doc_type: IdDocumentType, raw: str) -> None:
    canonical, error = attempt(doc_type, raw)
    if error is not None:
        assert error.code in (ErrorCode.INVALID, ErrorCode.REQUIRED)
        return
    assert canonical == canonical.strip().upper()
    assert normalize_id_number(doc_type, canonical, today=TODAY) == canonical


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


ARABIC_INDIC_NINE = "\u0669"


@pytest.mark.parametrize(
    ("doc_type", "raw", "ascii_form"),
    [
        pytest.param(IdDocumentType.RESIDENT_ID, full_width(KNOWN), KNOWN, id="resident-full-width"),
        pytest.param(
            IdDocumentType.RESIDENT_ID,
            KNOWN[:2] + full_width(KNOWN[2:]),
            KNOWN,
            id="resident-mixed-width",
        ),
        pytest.param(
            IdDocumentType.RESIDENT_ID,
            KNOWN.replace("9", ARABIC_INDIC_NINE),
            KNOWN,
            id="resident-arabic-indic",
        ),
        pytest.param(
            IdDocumentType.TAIWAN_PERMIT,
            full_width("12345678"),
            "12345678",
            id="taiwan-full-width",
        ),
        pytest.param(
            IdDocumentType.HK_MACAO_PERMIT,
            "H" + full_width("12345678"),
            "H12345678",
            id="hk-macao-full-width",
        ),
        pytest.param(
            IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID,
            full_width(foreign_new("93115619750612001")),
            foreign_new("93115619750612001"),
            id="foreign-full-width",
        ),
    ],
)
def test_non_ascii_digits_never_reach_a_canonical_number(doc_type: IdDocumentType, raw: str, ascii_form: str) -> None:
    # Given digits typed with a Chinese IME (full width) or another script
    # When the number is validated
    # Then it is either read as its ASCII form (one person, one hash) or refused,
    # never stored as a different "canonical" string that escapes duplicate detection
    canonical, error = attempt(doc_type, raw)
    if error is not None:
        assert error.code is ErrorCode.INVALID
        return
    assert canonical == ascii_form


@given(
    st.sampled_from([t for t in IdDocumentType if t is not IdDocumentType.OTHER]),
    st.text(alphabet=st.characters(categories=["Nd", "Lu", "Ll"]), max_size=20),
)
@example(IdDocumentType.TAIWAN_PERMIT, full_width("12345678"))
@example(IdDocumentType.PASSPORT, "E" + full_width("1234567"))
def test_every_canonical_number_is_ascii(doc_type: IdDocumentType, raw: str) -> None:
    # (OTHER documents keep full-width parentheses on purpose.)
    try:
        canonical = normalize_id_number(doc_type, raw, today=TODAY)
    except DomainError:
        return
    assert canonical.isascii(), canonical


# ---------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("340104199001011236", "340104********1236"),
        (KNOWN, "110105********002X"),
        ("USA110075061201", "USA110*****1201"),
        ("E12345678", "E******78"),
        ("12345", "1**45"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_masking(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@given(resident_ids())
def test_a_masked_resident_id_shows_only_region_and_last_four(case: tuple[str, date, Gender, str]) -> None:
    number = case[0]
    masked = mask_id_number(number)
    assert masked == number[:6] + "********" + number[-4:]
    assert f"{case[1]:%Y%m%d}" not in masked


@given(st.text(alphabet="0123456789ABCDEFGHX", max_size=40))
def test_masking_keeps_the_length_and_shows_only_the_ends(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    if len(number) >= 14:
        head, tail = 6, 4
    elif len(number) > 4:
        head, tail = 1, 2
    else:
        head, tail = 0, 0
    assert masked == number[:head] + "*" * (len(number) - head - tail) + number[len(number) - tail :]


# ---------------------------------------------------------------- money


@given(st.integers(-(10**15), 10**15), st.integers(-(10**6), 10**6).filter(bool))
@example(5, 2)
@example(-5, 2)
@example(5, -2)
@example(1, 3)
@example(2, 3)
@example(0, 7)
def test_divide_half_up_rounds_half_away_from_zero(numerator: int, denominator: int) -> None:
    exact = Fraction(numerator, denominator)
    result = divide_half_up(numerator, denominator)
    assert result is not None
    assert abs(result - exact) <= Fraction(1, 2)
    if abs(result - exact) == Fraction(1, 2):
        assert abs(result) > abs(exact)  # halves go away from zero
    assert divide_half_up(-numerator, denominator) == -result


@given(st.integers(-(10**12), 10**12), st.integers(1, 10**6))
def test_divide_half_up_of_an_exact_multiple_is_exact(quotient: int, denominator: int) -> None:
    assert divide_half_up(quotient * denominator, denominator) == quotient


@given(st.integers())
def test_divide_by_zero_is_none(numerator: int) -> None:
    assert divide_half_up(numerator, 0) is None


def test_divide_half_up_examples() -> None:
    # ADR: 1001 fen over 2 nights is 500.5 fen -> 501; 1000 over 3 -> 333.33 -> 333
    assert divide_half_up(1001, 2) == 501
    assert divide_half_up(1000, 3) == 333
    assert divide_half_up(2000, 3) == 667
    assert divide_half_up(-1001, 2) == -501


@pytest.mark.parametrize(
    ("value", "allow_negative", "message"),
    [
        (1.5, False, "金额必须是以分为单位的整数"),
        (100.0, False, "金额必须是以分为单位的整数"),
        ("100", False, "金额必须是以分为单位的整数"),
        (True, False, "金额必须是以分为单位的整数"),
        (None, False, "金额必须是以分为单位的整数"),
        (-1, False, "金额不能为负数"),
        (MAX_FEN + 1, False, "金额超出范围"),
        (-MAX_FEN - 1, True, "金额超出范围"),
    ],
)
def test_require_fen_refuses(value: object, allow_negative: bool, message: str) -> None:
    with pytest.raises(DomainError) as caught:
        require_fen(value, field="amount", allow_negative=allow_negative)
    assert (caught.value.code, caught.value.message, caught.value.field) == (
        ErrorCode.INVALID,
        message,
        ["amount"],
    )


@pytest.mark.parametrize(("value", "allow_negative"), [(0, False), (MAX_FEN, False), (-MAX_FEN, True), (-1, True)])
def test_require_fen_accepts(value: int, allow_negative: bool) -> None:
    assert require_fen(value, field="amount", allow_negative=allow_negative) == value


# ---------------------------------------------------------------- pinyin


@pytest.mark.parametrize(
    ("name", "full", "compact", "initials"),
    [
        ("张伟", "zhang wei", "zhangwei", "zw"),
        ("  张伟 ", "zhang wei", "zhangwei", "zw"),
        ("王芳", "wang fang", "wangfang", "wf"),
        ("曾小贤", "zeng xiao xian", "zengxiaoxian", "zxx"),
        ("曾", "zeng", "zeng", "z"),
        ("单雄信", "shan xiong xin", "shanxiongxin", "sxx"),
        ("解缙", "xie jin", "xiejin", "xj"),
        ("长孙无忌", "zhang sun wu ji", "zhangsunwuji", "zswj"),
        ("欧阳娜娜", "ou yang na na", "ouyangnana", "oynn"),
        ("Li Lei", "li lei", "lilei", "ll"),
        ("ABC公司", "abc gong si", "abcgongsi", "ags"),
    ],
)
def test_name_pinyin(name: str, full: str, compact: str, initials: str) -> None:
    py = name_pinyin(name)
    assert (py.full, py.compact, py.initials) == (full, compact, initials)


@given(st.text(max_size=20))
def test_pinyin_parts_agree(name: str) -> None:
    py = name_pinyin(name)
    words = py.full.split(" ") if py.full else []
    assert py.compact == "".join(words)
    assert py.initials == "".join(w[0] for w in words)
    assert search_key(py.full) == py.compact


def test_search_key_keeps_lower_case_letters_and_digits() -> None:
    assert search_key("Zhang Wei-1") == "zhangwei1"
    assert search_key("  ZW ") == "zw"
    assert search_key("张伟") == ""
