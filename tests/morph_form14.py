"""Rewrites of a seen document in another FORM with the same meaning (session 14, form14): other
heading styles, punctuation widths, number forms, traditional script, other cue words of the same
indicator, another clause order.  Each a function Variant → Variant (see tests/morph.py); the gold
stays true: offsets move with the edits, a gold figure's text may change (``Edit(inside=True)``)
but never its value.  Under the traditional transforms the gold's ``place`` and ``county`` are
written as the rewritten text writes them (GUIDELINES: as written, traditional script kept); scopes
stay simplified, as the system states them.

Every transform comes in two instances with different sample strings (common.md: a fix must hold
for a second wording of the same class): ``…_b`` names the second.
"""
from __future__ import annotations

import random
import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Dict, List

import jieba
import yaml
from morph import ROOT, Edit, Variant, apply, edits_where, figure_spans

from fupin_extract.rules.indicators import cue_words, indicator_set

_HAN = "〇一二三四五六七八九十"
_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _rng(v: Variant, salt: str) -> random.Random:
    return random.Random(f"{v.doc}:{salt}")


def _han_number(n: int) -> str:
    """1 → 一, 12 → 十二, 36 → 三十六, 105 → 一百零五 (n < 1000)."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if not rest else ("零" + digits[rest] if rest < 10 else _han_number(rest) if rest >= 20
                                  else "一" + _han_number(rest))
    return digits[n // 100] + "百" + tail


def _han_value(s: str) -> int:
    """一 → 1, 十二 → 12, 三十六 → 36 (the heading numbers, < 100)."""
    if "十" not in s:
        return _NUM.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_NUM[tens] if tens else 1) * 10 + (_NUM[ones] if ones else 0)


# --- headings ------------------------------------------------------------------------------------

# a heading marker at a line's start (or after a run of spaces, for reports whose lines were joined)
_START = r"(?:^|(?<=[ \u3000\t]))[ \u3000\t]*"
_H1 = re.compile(_START + r"([一二三四五六七八九十]{1,3})、", re.M)
_H2 = re.compile(_START + r"[（(]([一二三四五六七八九十]{1,3})[）)]", re.M)
_H3 = re.compile(_START + r"(\d{1,2})[、.．](?!\d)", re.M)


def _heading_edits(v: Variant, styles: Dict[str, Callable[[int], str]]) -> List[Edit]:
    """Each heading marker of level h1/h2/h3 rewritten by ``styles[level](number)``."""
    keep = figure_spans(v)
    edits: List[Edit] = []
    for level, rx in (("h1", _H1), ("h2", _H2), ("h3", _H3)):
        if level not in styles:
            continue
        for m in rx.finditer(v.text):
            a, b = m.start(1), m.end()
            # the marker from its number's opening bracket on
            a = a - 1 if level == "h2" else a
            if any(a < y and b > x for x, y in keep):
                continue
            n = int(m.group(1)) if level == "h3" else _han_value(m.group(1))
            edits.append(Edit(a, b - a, styles[level](n)))
    return edits


def heading_shift(v: Variant) -> Variant:
    """Every heading one style down: 一、 → （一）, （一） → 1. , 1、 → （1）."""
    return apply(v, _heading_edits(v, {"h1": lambda n: f"（{_han_number(n)}）", "h2": lambda n: f"{n}.",
                                       "h3": lambda n: f"（{n}）"}))


def heading_shift_b(v: Variant) -> Variant:
    """Second instance: 一、 → 第一部分  , （一） → 一是, 1、 → 1）."""
    return apply(v, _heading_edits(v, {"h1": lambda n: f"第{_han_number(n)}部分 ", "h2": lambda n: f"{_han_number(n)}是",
                                       "h3": lambda n: f"{n}）"}))


def heading_arabic(v: Variant) -> Variant:
    """Chapter headings in Arabic numbers: 一、 → 1. , （一） → 1.1 ; 1、 → (1)."""
    return apply(v, _heading_edits(v, {"h1": lambda n: f"{n}. ", "h2": lambda n: f"（{n}）", "h3": lambda n: f"({n})"}))


def heading_ordinal(v: Variant) -> Variant:
    """Chapter headings as ordinals: 一、 → 第一， ; （一） → 第一条 ."""
    return apply(v, _heading_edits(v, {"h1": lambda n: f"第{_han_number(n)}，", "h2": lambda n: f"第{_han_number(n)}条 "}))


def heading_bullet(v: Variant) -> Variant:
    """A web page's marks for the lowest headings: 1、 → ◆ (一、 and （一） stay)."""
    return apply(v, _heading_edits(v, {"h3": lambda n: "◆"}))


def heading_bullet_b(v: Variant) -> Variant:
    """Second instance: 1、 → ■ and （一） → （1）, 一、 stays."""
    return apply(v, _heading_edits(v, {"h2": lambda n: f"（{n}）", "h3": lambda n: "■"}))


def heading_bare(v: Variant) -> Variant:
    """Numberless headings: the markers of 一、 and （一） headings left out."""
    return apply(v, _heading_edits(v, {"h1": lambda n: "", "h2": lambda n: ""}))


# --- punctuation ---------------------------------------------------------------------------------

_TO_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}
_TO_FULL = {v: k for k, v in _TO_HALF.items()}


def _punct(v: Variant, table: Dict[str, str]) -> Variant:
    keep = figure_spans(v)
    cls = "[" + re.escape("".join(table)) + "]"
    return apply(v, edits_where(v.text, cls, lambda m: table[m.group(0)], keep))


def punct_half(v: Variant) -> Variant:
    """，：；（） written half-width , : ; ( ) (outside the figures)."""
    return _punct(v, _TO_HALF)


def punct_full(v: Variant) -> Variant:
    """Second instance: , : ; ( ) written full-width，：；（）(outside the figures)."""
    return _punct(v, _TO_FULL)


def enum_comma(v: Variant) -> Variant:
    """An enumeration's 、 after a unit and before a word written ，(脱贫户5户、监测户2户 →
    脱贫户5户，监测户2户); not between numbers (2017、2018年 stays)."""
    keep = figure_spans(v)
    ends = {b for _, b in keep}
    return apply(v, [e for e in edits_where(v.text, r"、(?=[^\d０-９〇一二三四五六七八九十])",
                                            lambda m: "，", keep) if e.pos in ends])


def enum_comma_b(v: Variant) -> Variant:
    """Second instance: the 、 after a figure written as a half-width comma."""
    keep = figure_spans(v)
    ends = {b for _, b in keep}
    return apply(v, [e for e in edits_where(v.text, r"、(?=[^\d０-９〇一二三四五六七八九十])", lambda m: ",", keep)
                     if e.pos in ends])


# --- number forms --------------------------------------------------------------------------------

def _inside(v: Variant, rewrite: Callable[[dict], str]) -> Variant:
    """Every gold figure's text rewritten by ``rewrite`` (the same value), offsets carried along."""
    edits = []
    for g in v.figures:
        new = rewrite(g)
        if new and new != g["text"]:
            edits.append(Edit(g["start"], g["end"] - g["start"], new, inside=True))
    return apply(v, edits)


def fullwidth_digits(v: Variant) -> Variant:
    """Every Arabic digit of the text (figures and years) written full-width: 36户 → ３６户."""
    table = str.maketrans("0123456789", "０１２３４５６７８９")
    return _segments(v, lambda s: s.translate(table))


def fullwidth_digits_b(v: Variant) -> Variant:
    """Second instance: digits and the decimal point full-width in the figures only (３．５万元)."""
    table = str.maketrans("0123456789.", "０１２３４５６７８９．")
    return _inside(v, lambda g: g["text"].translate(table))


def _thousands(text: str, sep: str) -> str:
    m = re.match(r"(\d{4,})(?=\D|$)", text)
    if not m or m.group(1).startswith("0"):
        return text
    digits = m.group(1)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join([digits] + groups) + text[m.end():]


def thousands(v: Variant) -> Variant:
    """Thousands separators in figures of four digits or more: 14256人 → 14,256人."""
    return _inside(v, lambda g: _thousands(g["text"], ","))


def thousands_b(v: Variant) -> Variant:
    """Second instance: only the figures of five digits or more, 25244亩 → 25,244亩."""
    return _inside(v, lambda g: _thousands(g["text"], ",") if re.match(r"\d{5}", g["text"]) else g["text"])


_WAN = re.compile(r"(\d+(?:\.\d+)?)万(元|人|亩|户)")


def wan_to_base(v: Variant) -> Variant:
    """万 written out where the value is a whole number: 715万元 → 7150000元, 1.26万人 → 12600人."""
    def rewrite(g: dict) -> str:
        m = _WAN.fullmatch(g["text"])
        if not m or g.get("value_max") is not None:
            return g["text"]
        value = Decimal(m.group(1)) * 10000
        return f"{int(value)}{m.group(2)}" if value == int(value) else g["text"]
    return _inside(v, rewrite)


def base_to_wan(v: Variant) -> Variant:
    """Second instance, the other way: money and persons of 10000 or more in 万: 285000元 → 28.5万元."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(r"(\d{5,})(元|人)", g["text"])
        if not m:
            return g["text"]
        wan = Decimal(m.group(1)) / 10000
        out = format(wan.normalize(), "f")
        return f"{out}万{m.group(2)}" if len(out) <= 8 else g["text"]
    return _inside(v, rewrite)


_COUNT_UNITS = "户人个名村家所处座条项次"


def han_counts(v: Variant) -> Variant:
    """Small counts in Chinese numerals: 36户 → 三十六户, 4个 → 四个 (2 to 99)."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(rf"(\d{{1,2}})([{_COUNT_UNITS}])", g["text"])
        return _han_number(int(m.group(1))) + m.group(2) if m and 2 <= int(m.group(1)) <= 99 else g["text"]
    return _inside(v, rewrite)


def han_counts_b(v: Variant) -> Variant:
    """Second instance: counts up to 999 with 百 (105户 → 一百零五户), and 两 for 2 (两个)."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(rf"(\d{{1,3}})([{_COUNT_UNITS}])", g["text"])
        if not m or not 2 <= int(m.group(1)) <= 999:
            return g["text"]
        n = int(m.group(1))
        return ("两" if n == 2 else _han_number(n)) + m.group(2)
    return _inside(v, rewrite)


def person_ming(v: Variant) -> Variant:
    """Persons counted with 名: 84人 → 84名 (the gold unit stays 人), not 人次 nor 万人."""
    return _inside(v, lambda g: g["text"][:-1] + "名" if re.fullmatch(r"[\d.]+人", g["text"]) else g["text"])


def person_ming_b(v: Variant) -> Variant:
    """Second instance: persons counted with 位 where the count is small (12人 → 12位), with 名 above."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(r"(\d+)人", g["text"])
        return g["text"] if not m else m.group(1) + ("位" if int(m.group(1)) < 50 else "名")
    return _inside(v, rewrite)


_YEAR = re.compile(r"(?<![\d.])(20[0-2]\d)(?=年)")


def _years(v: Variant, zero: str) -> Variant:
    keep = figure_spans(v)
    digits = zero + "一二三四五六七八九"
    return apply(v, edits_where(v.text, _YEAR.pattern, lambda m: "".join(digits[int(c)] for c in m.group(1)), keep))


def years_han(v: Variant) -> Variant:
    """Years in Chinese numerals: 2019年 → 二〇一九年 (outside the figures)."""
    return _years(v, "〇")


def years_han_b(v: Variant) -> Variant:
    """Second instance: years with 零 for zero, 2016年 → 二零一六年."""
    return _years(v, "零")


def _dates(v: Variant, table: Dict[str, str]) -> Variant:
    keep = figure_spans(v)
    rx = r"(?<![\d.])(20[0-2]\d)年(" + "|".join(map(re.escape, table)) + ")"
    return apply(v, edits_where(v.text, rx, lambda m: f"{m.group(1)}年{table[m.group(2)]}", keep))


def date_forms(v: Variant) -> Variant:
    """Other words for the same time: 2019年底 → 2019年12月底, 2019年末 → 2019年年末, 2016年以来 →
    2016年至今."""
    return _dates(v, {"底": "12月底", "末": "年末", "以来": "至今"})


def date_forms_b(v: Variant) -> Variant:
    """Second instance: 2019年底 → 2019年末, 2019年末 → 2019年底, 2016年以来 → 2016年来."""
    return _dates(v, {"底": "末", "末": "底", "以来": "来"})


def unit_space(v: Variant) -> Variant:
    """A space between the number and its unit (36 户, 715 万元), as a PDF's text layer gives it."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(r"([\d.,]+)(\D.*)", g["text"])
        return f"{m.group(1)} {m.group(2)}" if m else g["text"]
    return _inside(v, rewrite)


def unit_space_b(v: Variant) -> Variant:
    """Second instance: a full-width space, only in the figures of 户 and 人 (36\u3000户)."""
    def rewrite(g: dict) -> str:
        m = re.fullmatch(r"([\d.]+)([户人])", g["text"])
        return f"{m.group(1)}\u3000{m.group(2)}" if m else g["text"]
    return _inside(v, rewrite)


def qizhong_colon(v: Variant) -> Variant:
    """其中 with a colon after it: 其中贫困户12户 → 其中：贫困户12户 (其中 before a word only)."""
    return apply(v, edits_where(v.text, r"其中(?=[\u4e00-\u9fff\d])", lambda m: "其中：", figure_spans(v)))


def qizhong_colon_b(v: Variant) -> Variant:
    """Second instance: 其中 with a comma after it (其中，贫困户12户), and 其中： as 其中,."""
    return apply(v, edits_where(v.text, r"其中[：:]?(?=[\u4e00-\u9fff\d])", lambda m: "其中，", figure_spans(v)))


def _pair_gap(v: Variant, gap: str) -> Variant:
    """``gap`` between the figures of a 户/人 pair written together (36户84人)."""
    figs = sorted(v.figures, key=lambda g: g["start"])
    edits = [Edit(a["end"], 0, gap) for a, b in zip(figs, figs[1:])
             if a["end"] == b["start"] and a["unit"] == "户" and b["unit"] == "人"]
    return apply(v, edits)


def pair_sep(v: Variant) -> Variant:
    """A 户/人 pair with a 、 between its figures: 36户84人 → 36户、84人."""
    return _pair_gap(v, "、")


def pair_sep_b(v: Variant) -> Variant:
    """Second instance: a comma, 36户，84人."""
    return _pair_gap(v, "，")


def _self_words(v: Variant, to: str) -> Variant:
    """The report's own unit named by ``to`` + its level character: 全乡 → 我乡 / 本乡 (only the
    words of the report's own level: 全县 in a township report stays a higher level)."""
    level = {"乡镇": "乡镇", "村": "村", "县": "县", "市": "市"}.get(v.meta.get("level") or "", "")
    if not level:
        return v
    return apply(v, edits_where(v.text, f"全([{level}])(?![级域])", lambda m: to + m.group(1), figure_spans(v)))


def self_words(v: Variant) -> Variant:
    """全乡共有3389户 → 我乡共有3389户."""
    return _self_words(v, "我")


def self_words_b(v: Variant) -> Variant:
    """Second instance: 全村 → 本村."""
    return _self_words(v, "本")


_LINK_WORDS = ("共有", "共计", "合计", "总计")


def _links(v: Variant, shift: int) -> Variant:
    """The sum word right before a figure rewritten as another (共有 → 共计 → 合计 → 总计 → 共有)."""
    edits = []
    for g in v.figures:
        for k, w in enumerate(_LINK_WORDS):
            if v.text[max(0, g["start"] - 2):g["start"]] == w:
                edits.append(Edit(g["start"] - 2, 2, _LINK_WORDS[(k + shift) % len(_LINK_WORDS)]))
                break
    return apply(v, _no_overlap(edits))


def links(v: Variant) -> Variant:
    return _links(v, 1)


def links_b(v: Variant) -> Variant:
    """Second instance: each sum word two on (共有 → 合计, 共计 → 总计)."""
    return _links(v, 2)


_UNIT_WORD = "(?:全|我|本)[乡镇村县市]"


def time_inside(v: Variant) -> Variant:
    """A time leading the sentence moved after its subject: 2019年，全镇脱贫57户 → 全镇2019年脱贫57户."""
    rx = rf"(?:^|(?<=[。；;！\n]))(\s*)((?:20[0-2]\d)年(?:底|末|初|以来)?)[，,]({_UNIT_WORD})"
    return apply(v, edits_where(v.text, rx, lambda m: f"{m.group(1)}{m.group(3)}{m.group(2)}", figure_spans(v)))


def time_front(v: Variant) -> Variant:
    """Second instance: a time leading the sentence without its comma (2019年，全镇脱贫57户 →
    2019年全镇脱贫57户; 截至2019年底，… → 截至2019年底…)."""
    rx = r"(?:^|(?<=[。；;！\n]))(\s*(?:截至|截止|到)?(?:20[0-2]\d)年(?:底|末|初|以来)?)[，,](?=\S)"
    return apply(v, edits_where(v.text, rx, lambda m: m.group(1), figure_spans(v)))


_NOW = {"截至目前": "到目前为止", "截止目前": "截至当前", "目前": "现阶段", "至目前": "至今", "现有": "目前有"}


def now_words(v: Variant) -> Variant:
    """Other words for now: 截至目前 → 到目前为止, 目前 → 现阶段, 现有 → 目前有."""
    # (现有 as a verb only after a stop or the unit: not in 兑现有关)
    rx = "|".join(sorted(map(re.escape, _NOW), key=len, reverse=True)).replace("现有", "(?<=[，。；：,;:\n乡镇村县])现有")
    return apply(v, edits_where(v.text, rx, lambda m: _NOW[m.group(0)], figure_spans(v)))


def now_words_b(v: Variant) -> Variant:
    """Second instance: 截至目前/目前 → 截至2020年底 style: the report's year's end named (截至{year}年底)."""
    year = v.meta.get("year")
    if not year:
        return v
    return apply(v, edits_where(v.text, "截至目前|截止目前|截止到目前|到目前为止", lambda m: f"截至{year}年底", figure_spans(v)))


def _inline_items(v: Variant, style: Callable[[int], str]) -> Variant:
    """The 一是/二是 items inside a paragraph (after a stop) rewritten by ``style``."""
    rx = r"(?<=[。；;：:，,\s])([一二三四五六七八九十])是(?=[\u4e00-\u9fff“])"
    return apply(v, edits_where(v.text, rx, lambda m: style(_han_value(m.group(1))), figure_spans(v)))


def inline_items(v: Variant) -> Variant:
    """Items inside a paragraph numbered （1）（2） instead of 一是, 二是."""
    return _inline_items(v, lambda k: f"（{k}）")


def inline_items_b(v: Variant) -> Variant:
    """Second instance: 第一，第二， instead of 一是, 二是."""
    return _inline_items(v, lambda k: f"第{_han_number(k)}，")


def _quotes(v: Variant, table: Dict[str, str]) -> Variant:
    cls = "[" + "".join(table) + "]"
    return apply(v, edits_where(v.text, cls, lambda m: table[m.group(0)], figure_spans(v)))


def quotes(v: Variant) -> Variant:
    """Corner quotes: “353” → 「353」, ‘…’ → 『…』."""
    return _quotes(v, {"“": "「", "”": "」", "‘": "『", "’": "』"})


def quotes_b(v: Variant) -> Variant:
    """Second instance: straight quotes, “353” → "353"."""
    return _quotes(v, {"“": '"', "”": '"', "‘": "'", "’": "'"})


def _relative_years(v: Variant, offset: int, word: str) -> Variant:
    """The year ``offset`` from the report's written ``word`` (2019年 → 今年 in a 2019 report) in the
    body (not in its first three lines: the title and date lines tell the report's year)."""
    year = v.meta.get("year")
    date = str(v.meta.get("date") or "")
    if not isinstance(year, int) or date and not date.startswith(str(year)):
        return v  # (a report written the next year: its 今年 is another year)
    body = 0
    for _ in range(3):
        body = v.text.find("\n", body) + 1 or len(v.text)
    rx = rf"(?<![\d.年])({year + offset})年(?![底末初度])"
    keep = figure_spans(v) + [(0, body)]
    return apply(v, edits_where(v.text, rx, lambda m: word, keep))


def year_jin(v: Variant) -> Variant:
    """The report's year written 今年 in the body (2019年脱贫57户 → 今年脱贫57户)."""
    return _relative_years(v, 0, "今年")


def year_qu(v: Variant) -> Variant:
    """Second instance: the year before the report's written 去年 (2018年 → 去年 in a 2019 report)."""
    return _relative_years(v, -1, "去年")


# --- traditional script --------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _traditional() -> Dict[str, str]:
    """simplified → traditional: the normaliser's own traditional → simplified map reversed, for
    the simplified characters with one traditional form only (not 合 閤/合, 里 裏/裡, 发 發/髮)."""
    data = yaml.safe_load((ROOT / "patterns" / "normalise.yaml").read_text(encoding="utf-8"))
    forms: Dict[str, set] = {}
    for trad, simp in (data.get("traditional") or {}).items():
        if simp != trad:
            forms.setdefault(simp, set()).add(trad)
    return {simp: next(iter(t)) for simp, t in forms.items() if len(t) == 1 and simp not in _SAME_IN_TRADITIONAL}


#: characters traditional texts write as they are, whose map entry is a rare variant (睏 for 困,
#: 傢 for 家, 閤 for 合): left as written
_SAME_IN_TRADITIONAL = set("困面出合家致教群查核同占真参局姜修注表累游回扎志只周吃布板千即念郁制干才里系松")


def _segments(v: Variant, rewrite: Callable[[str], str]) -> Variant:
    """``rewrite`` (one character for one) over the whole text: figure by figure (inside edits) and
    the text between figures."""
    edits, last = [], 0
    for a, b in sorted(figure_spans(v)) + [(len(v.text), len(v.text))]:
        between, inside = v.text[last:a], v.text[a:b]
        if rewrite(between) != between:
            edits.append(Edit(last, a - last, rewrite(between)))
        if rewrite(inside) != inside:
            edits.append(Edit(a, b - a, rewrite(inside), inside=True))
        last = max(last, b)
    return apply(v, edits)


def _names_as_written(out: Variant, table: dict) -> Variant:
    """GUIDELINES: ``place`` and ``county`` as written in the text, traditional script kept; so a
    name the rewritten text writes in traditional script is gold in that script."""
    for key in ("place", "county"):
        name = out.meta.get(key)
        if name and name.translate(table) != name and name.translate(table) in out.text:
            out.meta[key] = name.translate(table)
    return out


def traditional(v: Variant) -> Variant:
    """The whole report in traditional script (扶贫 → 扶貧, 万元 → 萬元)."""
    table = str.maketrans(_traditional())
    return _names_as_written(_segments(v, lambda s: s.translate(table)), table)


def traditional_b(v: Variant) -> Variant:
    """Second instance: traditional script outside the figures (a report keyed half in one
    script: the numbers and units stay simplified)."""
    table = str.maketrans(_traditional())
    edits, last = [], 0
    for a, b in sorted(figure_spans(v)) + [(len(v.text), len(v.text))]:
        between = v.text[last:a]
        if between.translate(table) != between:
            edits.append(Edit(last, a - last, between.translate(table)))
        last = max(last, b)
    return _names_as_written(apply(v, edits), table)


# --- clause order --------------------------------------------------------------------------------

# a kind with the words that qualify it (省级贫困村 moves whole: 46个省级贫困村)
_KINDS = "(?:省级|市级|县级|重点|深度)?(?:贫困户|建档立卡贫困户|低保户|五保户|脱贫户|监测户|边缘户|边缘易致贫户|脱贫不稳定户|贫困村|行政村)"


def _noun_after(v: Variant, lead: str, kinds: str, new_lead: Callable[[str], str]) -> Variant:
    """``<lead><kind><figure>`` followed by a stop → ``<new_lead><figure><kind>``."""
    edits: List[Edit] = []
    rx = re.compile(rf"({lead})({kinds})$")
    for g in v.figures:
        before = v.text[max(0, g["start"] - 12):g["start"]]
        after = v.text[g["end"]:g["end"] + 1]
        m = rx.search(before)
        if not m or after not in "，。；,;" or not after or not g["text"].endswith(("户", "个")):
            continue
        if g["text"].endswith("个") and not m.group(2).endswith("村"):
            continue
        start = g["start"] - len(m.group(0))
        edits += [Edit(start, len(m.group(0)), new_lead(m.group(1))), Edit(g["end"], 0, m.group(2))]
    return apply(v, _no_overlap(edits))


def _no_overlap(edits: List[Edit]) -> List[Edit]:
    out: List[Edit] = []
    for e in sorted(edits, key=lambda e: (e.pos, e.delete)):
        if out and out[-1].pos + out[-1].delete > e.pos:
            continue
        out.append(e)
    return out


def noun_after(v: Variant) -> Variant:
    """贫困户36户， → 36户贫困户， (the kind after its count)."""
    return _noun_after(v, "", _KINDS, lambda lead: lead)


def noun_after_b(v: Variant) -> Variant:
    """Second instance: 共有贫困户X户 → 共有X户贫困户, 有低保户X户 → 有X户低保户."""
    return _noun_after(v, "共有|现有|有", _KINDS, lambda lead: lead)


def total_first(v: Variant) -> Variant:
    """共有贫困户X户 → 贫困户共X户, 现有低保户X户 → 低保户共有X户 (the kind first, the link after)."""
    edits: List[Edit] = []
    rx = re.compile(rf"(共有|现有)({_KINDS})$")
    for g in v.figures:
        m = rx.search(v.text[max(0, g["start"] - 12):g["start"]])
        if not m:
            continue
        start = g["start"] - len(m.group(0))
        link = "共" if m.group(1) == "共有" else "共有"
        edits.append(Edit(start, len(m.group(0)), m.group(2) + link))
    return apply(v, _no_overlap(edits))


# --- cue synonyms --------------------------------------------------------------------------------

def _branches(pattern: str) -> List[str]:
    """The top-level alternatives of a regular expression (a|b(?:c|d)|e → a, b(?:c|d), e)."""
    out, depth, cur, k = [], 0, "", 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            cur += pattern[k:k + 2]
            k += 2
            continue
        depth += c in "([" and 1 or (c in ")]" and -1 or 0)
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        k += 1
    return out + [cur]


def _finite_words(pattern: str) -> List[str]:
    """The words of the finite alternatives of a cue (cue_words of each top-level branch)."""
    return [w for b in _branches(pattern) for w in cue_words(b) or []]


@lru_cache(maxsize=None)
def _cue_book() -> Dict[str, List[List[str]]]:
    """indicator → the word lists of the rules that emit it (finite cues, Han words of 2+)."""
    book = indicator_set()
    out: Dict[str, List[List[str]]] = {}
    for r in book.rules:
        if not r.cue or r.lead or r.after or r.sentence or r.topic:
            continue
        # (not the expansions of optional parts that no report writes: 村级集体经济年度年收入)
        words = [w for w in _finite_words(r.cue.pattern) if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", w)
                 and not re.match(r"全[乡镇村县市省]|我|本", w) and not w.endswith("的") and w.count("年") < 2]
        for unit, ind in r.emits.items():
            if not book.indicators[ind].comparable:
                continue
            # a word of another dimension names something else (人口 of 户, 户数 of 人)
            other = {"户": "人口", "人": "户"}.get(unit)
            fit = [w for w in words if not (other and other in w)]
            if len(fit) >= 2:
                out.setdefault(f"{ind}|{unit}", []).append(fit)
    return out


def _synonyms(v: Variant, salt: str, pick: Callable[[random.Random, List[str], str], str]) -> Variant:
    """The last cue word of a gold figure's clause before it replaced by another word of a rule
    that emits the figure's indicator in its unit and lists that word."""
    r = _rng(v, salt)
    book = _cue_book()
    edits: List[Edit] = []
    spans = figure_spans(v)
    for g in v.figures:
        key = f"{g.get('indicator')}|{g['unit']}"
        if key not in book:
            continue
        clause = re.split(r"[，。；：、,;:\n]", v.text[max(0, g["start"] - 16):g["start"]])[-1]
        base = g["start"] - len(clause)
        for words in book[key]:
            found = [(m.start(), w) for w in words for m in re.finditer(re.escape(w), clause)]
            if not found:
                continue
            at, hit = max(found, key=lambda x: (x[0] + len(x[1]), len(x[1])))
            start = base + at
            # a whole word (not the tail of 占地总面积), named once in the report (占总人口的 refers
            # back to 总人口: a new name would break the reference), in no figure
            if (any(start < b and start + len(hit) > a for a, b in spans) or v.text.count(hit) > 1
                    or start not in _word_starts(clause, base)):
                break
            # a word of the same role: the same head character (户, 资金, 面积, 岗位), no link (有, 为, 共)
            same = [w for w in words if w != hit and hit not in w and w not in hit and w[-1] == hit[-1]
                    and w[-1] not in _LINKS]
            other = pick(r, same, hit)
            if other:
                edits.append(Edit(start, len(hit), other))
            break
    return apply(v, _no_overlap(edits))


_LINKS = "有为共计达到的是至"


def _word_starts(clause: str, base: int) -> set:
    out, pos = set(), base
    for w in jieba.lcut(clause):
        out.add(pos)
        pos += len(w)
    return out


def cue_synonym(v: Variant) -> Variant:
    """A cue right before a figure (贫困户36户) replaced by another cue word the same rule lists."""
    return _synonyms(v, "syn", lambda r, ws, hit: r.choice(ws) if ws else "")


def cue_synonym_b(v: Variant) -> Variant:
    """Second instance: the longest other cue word of the rule (another seed, another choice)."""
    return _synonyms(v, "syn-b", lambda r, ws, hit: max(ws, key=lambda w: (len(w), r.random())) if ws else "")


def _composed(*fns: Callable[[Variant], Variant]) -> Callable[[Variant], Variant]:
    def run(v: Variant) -> Variant:
        for fn in fns:
            v = fn(v)
        return v
    return run


#: several forms at once, as one report never seen may differ in all of them
many_forms = _composed(heading_shift, noun_after, self_words, qizhong_colon, han_counts, years_han, punct_full,
                       traditional_b)
many_forms.__doc__ = "heading_shift, noun_after, self_words, qizhong_colon, han_counts, years_han, punct_full, traditional_b"
many_forms_b = _composed(heading_arabic, total_first, self_words_b, qizhong_colon_b, han_counts_b, years_han_b,
                         date_forms, inline_items, thousands, person_ming, quotes, fullwidth_digits_b)
many_forms_b.__doc__ = "heading_arabic, total_first, self_words_b, qizhong_colon_b, han_counts_b, years_han_b, …"

TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "heading_shift": heading_shift,
    "heading_shift_b": heading_shift_b,
    "heading_arabic": heading_arabic,
    "heading_ordinal": heading_ordinal,
    "heading_bare": heading_bare,
    "heading_bullet": heading_bullet,
    "heading_bullet_b": heading_bullet_b,
    "punct_half": punct_half,
    "punct_full": punct_full,
    "enum_comma": enum_comma,
    "enum_comma_b": enum_comma_b,
    "fullwidth_digits": fullwidth_digits,
    "fullwidth_digits_b": fullwidth_digits_b,
    "thousands": thousands,
    "thousands_b": thousands_b,
    "wan_to_base": wan_to_base,
    "base_to_wan": base_to_wan,
    "han_counts": han_counts,
    "han_counts_b": han_counts_b,
    "person_ming": person_ming,
    "person_ming_b": person_ming_b,
    "years_han": years_han,
    "years_han_b": years_han_b,
    "date_forms": date_forms,
    "date_forms_b": date_forms_b,
    "unit_space": unit_space,
    "unit_space_b": unit_space_b,
    "qizhong_colon": qizhong_colon,
    "qizhong_colon_b": qizhong_colon_b,
    "pair_sep": pair_sep,
    "pair_sep_b": pair_sep_b,
    "self_words": self_words,
    "self_words_b": self_words_b,
    "links": links,
    "links_b": links_b,
    "time_inside": time_inside,
    "time_front": time_front,
    "now_words": now_words,
    "now_words_b": now_words_b,
    "inline_items": inline_items,
    "inline_items_b": inline_items_b,
    "quotes": quotes,
    "quotes_b": quotes_b,
    "year_jin": year_jin,
    "year_qu": year_qu,
    "traditional": traditional,
    "traditional_b": traditional_b,
    "noun_after": noun_after,
    "noun_after_b": noun_after_b,
    "total_first": total_first,
    "cue_synonym": cue_synonym,
    "cue_synonym_b": cue_synonym_b,
    "many_forms": many_forms,
    "many_forms_b": many_forms_b,
}
