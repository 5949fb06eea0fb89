"""The per-character pinyin shortcut must give exactly what pypinyin gives for the whole name."""

from __future__ import annotations

import random

from pypinyin import lazy_pinyin

from loandesk.store import search as ss


def _reference(part: str) -> tuple[str, ...]:
    return tuple(x for x in lazy_pinyin(part, errors=ss._keep_ascii) if x)


def test_shortcut_matches_pypinyin_on_random_names() -> None:
    chars = [chr(c) for c in range(0x4E00, 0x9FA6)]
    rnd = random.Random(7)
    names = ["".join(rnd.choice(chars) for _ in range(rnd.choice((1, 2, 3, 4)))) for _ in range(20_000)]
    names += ["三丰", "国藩", "田芳", "小明", "A1", "·买买提", "绿", "布", "娲", "重阳", "朝阳", "长乐", "华"]
    common = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建国华志海燕春梅玉红小德朝阳长乐重行单解曾查朴仇区盖"
    names += [a + b for a in common for b in common]  # heteronyms next to each other: phrases decide
    ss._readings.cache_clear()
    assert [ss._readings(n) for n in names] == [_reference(n) for n in names]


def test_tone_only_heteronyms_take_the_shortcut_and_real_ones_do_not() -> None:
    assert "华" in ss._SINGLE_READING  # huá / huà / huā: toneless "hua" either way
    assert "重" not in ss._SINGLE_READING  # zhòng / chóng
    assert ss.pinyin_keys("张三丰") == ("zhangsanfeng", "zsf")
    assert ss.pinyin_keys("曾华") == ("zenghua", "zh")
