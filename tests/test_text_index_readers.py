"""The later steps read the one text index (segment.TextIndex): what they read from it equals
what their own scans gave (property tests over texts made of the characters that matter)."""
import regex
from hypothesis import given, settings, strategies as st

from fupin_extract.meaning.villages import _CHUNK_STOP, _list_chunks
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex

T = text_rules()
ALPHABET = "村社区、，。；：\n（）甲乙一二12. "
texts = st.text(alphabet=ALPHABET, max_size=80)


def _chunks_by_scan(text, kinds):
    """The stretches of text between two stops that hold a 、 and a kind word, found plainly."""
    stops = [m.start() for m in _CHUNK_STOP.finditer(text)]
    out, pos = [], 0
    while True:
        q = text.find("、", pos)
        if q < 0:
            return out
        before = [s for s in stops if pos - 1 <= s < q]
        start = before[-1] + 1 if before else 0
        end = next((s for s in stops if s >= q), len(text))
        if any(k in text[start:end] for k in kinds):
            out.append((start, end))
        pos = end + 1


@settings(max_examples=300, deadline=None)
@given(texts)
def test_list_chunks_from_the_index_equal_a_plain_scan(text):
    assert _list_chunks(text, ("村", "社区"), TextIndex(text)) == _chunks_by_scan(text, ("村", "社区"))


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(sorted(T.classes)))
def test_positions_are_where_the_class_matches(text, name):
    stop = T.regex(name)
    index = TextIndex(text)
    assert index.positions(stop) == [m.start() for m in stop.finditer(text)]
    assert index.positions(stop) is index.positions(stop)  # found once per document


@settings(max_examples=200, deadline=None)
@given(texts)
def test_heading_starts_are_the_heading_lines(text):
    line = regex.compile(T.heading_regex.pattern, regex.MULTILINE)
    assert [h.start for h in TextIndex(text).headings] == [m.start() for m in line.finditer(text)]
