"""Session 14 (wrap14): the layout of a report never seen — soft line wraps at a fixed width, page
furniture between wrapped lines, word-processor indents, blank lines and \\r\\n.  Made-up rows: the
text structure (segment.soft_breaks, TextIndex) and the whole pipeline across a wrap."""
import pytest

from fupin_extract.normalise import normalise
from fupin_extract.pipeline import process_document
from fupin_extract.model import Document
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex, soft_breaks

T = text_rules()


def _joined(text: str) -> str:
    out, last = [], 0
    for a, b in soft_breaks(text):
        out.append(text[last:a])
        last = b
    return "".join(out) + text[last:]


@pytest.mark.parametrize("text,joined", [pytest.param(t, j, id=t[:12]) for t, j in T.wrap.examples])
def test_wrap_examples_of_text_yaml(text, joined):
    assert _joined(text) == joined
