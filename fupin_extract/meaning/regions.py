"""Where a report says who and when it is: its head (title, web-page header), its tail
(signature) and its title line, as the ``regions:`` of ``patterns/metadata.yaml`` set them."""
from __future__ import annotations

from typing import List, Optional, Tuple

import regex

from fupin_extract.load.split import head_window, line_spans  # noqa: F401  (head_window: dates reads it here)
from fupin_extract.rules.metadata import Rules
from fupin_extract.rules.text import text_rules

#: a clause's or sentence's stop: a line holding one is body text, not a title or a signature
#: (dates: a head line's years; place: a signature line)
BODY_MARK = regex.compile(r"[，。；！？,;!?]")

_TEXT_RULES = text_rules()

#: (text, rules, head spans) of the last two texts asked for: a report's matching copy and its
#: text as written (the title is read from the latter) both stay
_HEAD_CACHE: tuple = ((None, None, ()), (None, None, ()))


def head_spans(text: str, R: Rules) -> List[Tuple[int, int]]:
    """Spans of the head lines (title, header), skipping addressee and byline lines."""
    global _HEAD_CACHE
    last = _HEAD_CACHE  # one read: safe when threads share the module
    for t, r, spans in last:
        if t is text and r is R:
            return list(spans)
    out = _head_spans(text, R)
    _HEAD_CACHE = ((text, R, tuple(out)), last[0])
    return out


_BOILERPLATE: dict = {}  # (line, rules id) → verdict, for the head lines of the report being read


def new_report() -> None:
    """Forget the verdicts on the lines of the report read before (:func:`is_boilerplate`)."""
    _BOILERPLATE.clear()


def is_boilerplate(line: str, R: Rules) -> bool:
    """True when ``line`` is a site's banner, navigation or menu (``title_boilerplate``): asked of
    the same head lines by the title and the year, worked out once."""
    key = (line, id(R))
    got = _BOILERPLATE.get(key)
    if got is None:
        if len(_BOILERPLATE) > 1024:
            _BOILERPLATE.clear()  # a caller that never says new_report()
        got = _BOILERPLATE[key] = any(r.pattern.search(line) for r in R.boilerplate)
    return got


_REPORT_LINES: tuple = (None, None, ())  # (text, rules, lines) of the report being read: one tuple, read whole


def report_lines(text: str, R: Rules) -> Tuple[Tuple[int, int], ...]:
    """The non-blank lines of the report: those before a site's footer (``footer``: 上一篇, 相关文章,
    版权所有 …) when one starts among the last ``footer_lines`` lines after the first line."""
    global _REPORT_LINES
    t, r, got = _REPORT_LINES
    if t is text and r is R:
        return got
    got = _report_lines(text, R)
    _REPORT_LINES = (text, R, got)
    return got


def _report_lines(text: str, R: Rules) -> Tuple[Tuple[int, int], ...]:
    lines = line_spans(text)
    for i in range(max(1, len(lines) - R.regions.footer_lines), len(lines)):
        s, e = lines[i]
        if R.footer.search(text[s:e]):
            return lines[:i]
    return lines


def report_end(text: str, R: Rules) -> int:
    """Where the report ends: the start of a site's footer (:func:`report_lines`), else the text's end."""
    lines, every = report_lines(text, R), line_spans(text)
    return every[len(lines)][0] if len(lines) < len(every) else len(text)


def _head_spans(text: str, R: Rules) -> List[Tuple[int, int]]:
    out, total = [], 0
    for s, e in head_window(text, report_lines(text, R), R):
        if total >= R.regions.max_chars:
            break
        long = e - s > R.regions.long_line
        if long:
            e = s + R.regions.long_line
        line = text[s:e]
        if not any(r.pattern.search(line) for r in R.skip_head_lines):
            out.append((s, e))
        total += e - s
        if long:
            break
    return out


def tail_spans(text: str, R: Rules) -> Tuple[Tuple[int, int], ...]:
    """The last ``tail_lines`` lines of the report (above a site's footer)."""
    return report_lines(text, R)[-R.regions.tail_lines:]


_SENTENCE_PUNCT = regex.compile(r"[，。；,;]")
_SECTION_HEAD = _TEXT_RULES.phrase("section_head")  # patterns/text.yaml phrases.section_head (dates reads it too)


def _head_lines(text: str, R: Rules) -> List[str]:
    lines = []
    for s, e in head_spans(text, R):
        for line in text[s:e].split("|"):  # a table row of a government page: one cell each
            line = line.strip()
            if line and not is_boilerplate(line, R):
                lines.append(line)
    return lines


def is_title(line: str, R: Rules) -> bool:
    """A line that reads like a title: a word of ``title_words``, no sentence punctuation,
    not a section heading (一、…)."""
    return 4 <= len(line) <= R.regions.title_max and bool(R.title_words.search(line)) and \
        not _SENTENCE_PUNCT.search(line) and not _SECTION_HEAD.match(line)


def find_title(text: str, R: Rules) -> Optional[str]:
    """The report's title line: the first head line that reads like a title (a word of
    ``title_words``, no sentence punctuation) and is not site boilerplate; else the first
    head line that is not boilerplate; else the first head line."""
    lines = _head_lines(text, R)
    for line in lines:
        if is_title(line, R):
            return line
    if lines:
        return lines[0][: R.regions.title_max]
    heads = head_spans(text, R)
    return text[heads[0][0]:heads[0][1]].strip()[: R.regions.title_max] if heads else None
