"""A township whose name holds a county's short name (东兴镇 and 东兴市, 石楼镇 and 石楼县) is no
mention of that county: the county of a report about it comes from what else the text says.
Made-up heads; before the fix the first gave the namesake county (东兴市)."""
import pytest

from fupin_extract.model import Document
from fupin_extract.pipeline import process_document

ROWS = [
    # township in five counties, one of them 东兴市: nothing else said → no county
    ("dongxing_alone", "东兴镇2020年脱贫攻坚工作总结\n全镇贫困户100户。", None),
    ("shilou_alone", "石楼镇2019年扶贫工作汇报\n石楼镇共有建档立卡贫困户56户。", None),
    # the county written before the township names it
    ("dongxing_named", "东兴镇2020年脱贫攻坚工作总结\n东兴市东兴镇全镇贫困户100户。", "东兴市"),
    ("shilou_in_fangshan", "石楼镇2019年扶贫工作汇报\n房山区石楼镇共有建档立卡贫困户56户。", "房山区"),
]


@pytest.mark.parametrize("text,county", [pytest.param(t, c, id=r) for r, t, c in ROWS])
def test_namesake_township_is_no_county_mention(text, county):
    meta = process_document(Document("t", text))[0].meta
    assert meta["county"] == county, meta
