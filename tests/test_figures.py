"""The number grammar, table-driven with real sentences from corpora/ (and edited copies).

Each case: sentence, then the figures it must give as (text, value, unit, qualifier[, value_max]).
"""
from decimal import Decimal

import pytest
import regex

import fupin_extract as fx
from fupin_extract.figures import find_figures
from fupin_extract.figures.numerals import parse_number, to_chinese
from fupin_extract.figures.required import pairs_present, required_pairs


def figs(text):
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, "t")]


GRAMMAR = [
    # Arabic, multipliers, units (huayuan-2020, daming-2021, lianhe-2019)
    ("arabic_pair", "全乡共核定省定贫困户36户84人", [("36户", 36, "户", "exact"), ("84人", 84, "人", "exact")]),
    ("wan_yuan", "争取上级财政专项扶贫发展资金715万元", [("715万元", 7150000, "元", "exact")]),
    ("wan_persons", "人口1.26万人。", [("1.26万人", 12600, "人", "exact")]),
    ("decimal_money", "2015年以来二次补偿报销金额1123355.53元", [("1123355.53元", Decimal("1123355.53"), "元", "exact")]),
    ("yi_yuan", "预计可增加县级财政收入3亿元以上。", [("3亿元", 300000000, "元", "at_least")]),
    ("wan_mu", "草场面积215万亩,其中可利用草场面积203万亩。", [("215万亩", 2150000, "亩", "exact"), ("203万亩", 2030000, "亩", "exact")]),
    ("qian_multiplier", "培训贫困劳动力3千人", [("3千人", 3000, "人", "exact")]),
    ("thousands_sep", "全年接待游客1,236人次", [("1,236人次", 1236, "人次", "exact")]),
    ("bare_wan_money", "全年业务收入130万，开放床位20张", [("130万", 1300000, "元", "exact"), ("20张", 20, "张", "exact")]),
    ("bare_wan_people", "全镇总人口3.6万，其中农业人口2.9万", [("3.6万", 36000, "人", "exact"), ("2.9万", 29000, "人", "exact")]),
    ("jin_wan", "惠及近万人", [("万人", 10000, "人", "approx")]),
    ("chinese_yu_wan", "投入资金二十余万元", [("二十余万元", 200000, "元", "at_least")]),
    ("wan_yu_yuan", "发放补助1万余元", [("1万余元", 10000, "元", "at_least")]),
    ("wan_per_household", "户均补助3.5万元/户", [("3.5万元/户", 35000, "元/户", "exact")]),
    ("thousands_big", "全县共有建档立卡贫困户5,123户18,456人", [("5,123户", 5123, "户", "exact"), ("18,456人", 18456, "人", "exact")]),
    ("yi_decimal", "投入扶贫资金1.2亿元", [("1.2亿元", 120000000, "元", "exact")]),
    ("km_latin", "修建产业路12.5km", [("12.5km", Decimal("12.5"), "公里", "exact")]),
    ("at_most_yixia", "贫困发生率下降到0.5%以下", [("0.5%", Decimal("0.5"), "%", "at_most")]),
    # percentages
    ("percent", "贫困发生率由2014年8.5%下降至目前的0.025%。", [("8.5%", Decimal("8.5"), "%", "exact"), ("0.025%", Decimal("0.025"), "%", "exact")]),
    ("fullwidth_percent", "签约率达100﹪", [("100﹪", 100, "%", "exact")]),
    ("fullwidth_percent2", "签约率达１００％", [("１００％", 100, "%", "exact")]),
    ("percent_words", "贫困发生率降至百分之十五", [("百分之十五", 15, "%", "exact")]),
    ("permille", "贫困发生率降至3.2‰", [("3.2‰", Decimal("3.2"), "‰", "exact")]),
    ("points", "贫困发生率下降2.3个百分点", [("2.3个百分点", Decimal("2.3"), "百分点", "exact")]),
    ("growth", "与2016年相比，分别增长16056%、2418%、13004%。", [("16056%", 16056, "%", "exact"), ("2418%", 2418, "%", "exact"), ("13004%", 13004, "%", "exact")]),
    # Chinese numerals
    ("chinese_count", "上徐、金黄、琼溪三个贫困村村财收入", [("三个", 3, "个", "exact")]),
    ("chinese_compound", "影响决战决胜脱贫攻坚十九条措施", [("十九条", 19, "条", "exact")]),
    ("chinese_big", "共投入资金一千二百万元", [("一千二百万元", 12000000, "元", "exact")]),
    ("liang", "认证两块牌子", [("两块", 2, "块", "exact")]),
    ("qian_wan", "财政收入突破千万元大关", [("千万元", 10000000, "元", "at_least")]),
    ("mixed_chinese_km", "其中支路三公里,支路四公里", [("三公里", 3, "公里", "exact"), ("四公里", 4, "公里", "exact")]),
    # ranges
    ("range_dash", "每户补助3-5万元", [("3-5万元", 30000, "元", "exact")]),
    ("range_zhi", "每户补助3至5万元", [("3至5万元", 30000, "元", "exact")]),
    ("range_tilde", "每组3~5人", [("3~5人", 3, "人", "exact")]),
    # qualifiers before, inside and after
    ("approx_before", "培训人口约150人", [("150人", 150, "人", "approx")]),
    ("approx_jin", "种植生姜近200亩", [("200亩", 200, "亩", "approx")]),
    ("inside_duo", "项目总投资2100多万元", [("2100多万元", 21000000, "元", "at_least")]),
    ("inside_yu", "企业就业岗位50余个", [("50余个", 50, "个", "at_least")]),
    ("inside_yu_unit_noun", "惠及2000余农户", [("2000余农户", 2000, "户", "at_least")]),
    ("after_zuoyou", "各村平均实现村财年收入5万元左右", [("5万元", 50000, "元", "approx")]),
    ("after_yishang", "每年定向销售土鸡土鸭4000只以上", [("4000只", 4000, "只", "at_least")]),
    ("tupo", "联胜村村财年收入突破10万元。", [("10万元", 100000, "元", "at_least")]),
    ("buzu", "原来路基宽平均不到3米", [("3米", 3, "米", "at_most")]),
    ("before_wins", "价值约8000余元", [("8000余元", 8000, "元", "approx")]),
    ("ge_duo_yue", "改造时间长达1个多月", [("1个多月", 1, "月", "at_least")]),
    # spaces, line breaks, traditional characters, full-width digits and letters
    ("space", "脱贫监测户共3 户9人", [("3 户", 3, "户", "exact"), ("9人", 9, "人", "exact")]),
    ("line_break_unit", "支路五\n\n公里,新建", [("五\n\n公里", 5, "公里", "exact")]),
    ("line_break_inside_unit", "建设面积10.86万平\n方米", [("10.86万平\n方米", 108600, "平方米", "exact")]),
    ("traditional", "貧困戶36戶84人，資金715萬元，3億元", [("36戶", 36, "户", "exact"), ("84人", 84, "人", "exact"), ("715萬元", 7150000, "元", "exact"), ("3億元", 300000000, "元", "exact")]),
    ("traditional_units", "種植300畝，兩個村，5臺", [("300畝", 300, "亩", "exact"), ("兩個", 2, "个", "exact"), ("5臺", 5, "台", "exact")]),
    ("fullwidth_digits", "贫困户１２３６户", [("１２３６户", 1236, "户", "exact")]),
    ("fullwidth_kw", "建立光伏发电站15ＫＷ一座", [("15ＫＷ", 15, "kW", "exact"), ("一座", 1, "座", "exact")]),
    # persons counted with 名/位/个, households with 个
    ("ming", "共吸收17名贫困人员到该企业务工", [("17名", 17, "人", "exact")]),
    ("wei", "共为38位贫困户提供就业信息", [("38位", 38, "人", "exact")]),
    ("ge_persons", "可解决172个贫困人口稳定脱贫", [("172个", 172, "人", "exact")]),
    ("ge_households", "为10个困难户送柑桔", [("10个", 10, "户", "exact")]),
    ("ge_stays", "全村辖9个村民小组", [("9个", 9, "个", "exact")]),
    ("rate_unit", "2021年低保补助标准每人660元/月", [("660元/月", 660, "元/月", "exact")]),
    ("kv_as_kw", "增容变压器1台(由100千伏增至200千伏)", [("1台", 1, "台", "exact"), ("100千伏", 100, "kW", "exact"), ("200千伏", 200, "kW", "exact")]),
]


@pytest.mark.parametrize("name,text,expected", GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_grammar(name, text, expected):
    got = figs(text)
    assert [(t, Decimal(v) if not isinstance(v, Decimal) else v, u, q) for t, v, u, q in expected] == got


RANGES = [
    ("每户补助3-5万元", Decimal(30000), Decimal(50000)),
    ("建立6—16岁适龄儿童入学台账", Decimal(6), Decimal(16)),
    ("每组3~5人", Decimal(3), Decimal(5)),
]


@pytest.mark.parametrize("text,lo,hi", RANGES)
def test_ranges_have_value_max(text, lo, hi):
    (f,) = find_figures(text, "t")
    assert (f.value, f.value_max) == (lo, hi)


# Exclusions: the sentence must give exactly the listed figure texts (often none).
EXCLUSIONS = [
    ("year", "2016年以来，我乡共争取", []),
    ("year_span", "（其中2018—2019年度共搬迁安置贫困户11户52人）", ["11户", "52人"]),
    ("date", "根据县扶贫办11月8日扶贫对象动态管理业务工作推进会安排", []),
    ("date_full", "2020年11月13日召开会议", []),
    ("month_range", "1-12月全乡发放农村低保资金200.8028万元", ["200.8028万元"]),
    ("month_since", "4月以来，全乡新增就业30人", ["30人"]),
    ("dotted_date", "7.8洪灾后，指导19户产业受灾贫困户", ["19户"]),
    ("ordinal_di", "完成304户到户产业项目(第一批227户", ["304户", "227户"]),
    ("ordinal_issue", "三个年一战役十竞赛简报第6期", []),
    ("list_yishi", "一是建立责任体系。二是细化工作考核。", []),
    ("list_paren", "（1）送资金；(2)帮扶3名大学生", ["3名"]),
    ("list_number", "1.强化责任落实\n2.强化政策落实", []),
    ("list_dunhao", "1、按新标准完成花乌路1公里的硬化任务", ["1公里"]),
    ("doc_number_bracket", "根据《实施办法》（闽扶组[2020]4号）", []),
    ("doc_number_hex", "配齐扶贫信息员（联合府函〔2019〕118号）", []),
    ("road_number", "202省道横穿境内，236和206国道", []),
    ("placeholder_year", "20xx年预计脱贫271人", ["271人"]),
    ("placeholder_money", "投入XX万元，新建xx户", []),
    ("slogan_two_no", "对农户及贫困户“两不愁三保障”情况全面掌握", []),
    ("slogan_135", "对标“十三五”脱贫攻坚", []),
    ("slogan_quoted", "严格按照“八个一”工作要求，解决“353”问题", []),
    ("slogan_one_x_one_y", "形成一户一法的脱贫方案，基本形成一村一品一特色的产业发展格局", []),
    ("slogan_five", "开展五净一规范评比", []),
    ("secondary", "对贫困户就医费用实行二次报销", []),
    ("every_one", "确定每一个工程供水点管水员", []),
    ("address_group", "其中1人（龙池8组王真真）因患白血病辍学。龙池村便民服务中心", ["1人"]),
    ("address_group_cn", "目前村委会到一组仓库2.2公里", ["2.2公里"]),
    ("grade_not_unit", "大专一年级1人,中专高中7人", ["1人", "7人"]),
    ("policy_name", "关注该户残疾人两项补贴、一户多残补助等资金发放情况", []),
    ("degree_not_unit", "其余区域多为25度左右坡地", []),
    ("political_slogans", "严格落实中央八项规定精神，增强“四个意识”、坚定四个自信、做到两个维护", []),
]


@pytest.mark.parametrize("name,text,expected", EXCLUSIONS, ids=[e[0] for e in EXCLUSIONS])
def test_exclusions(name, text, expected):
    assert [f.text for f in find_figures(text, "t")] == expected


def test_every_figure_of_every_corpus_file_points_at_its_text(raw_texts, corpus):
    assert len(corpus.figures) > 500
    for row in corpus.figures.itertuples():
        raw = raw_texts[row.doc]
        assert raw[row.start:row.end] == row.text
        assert row.sentence_start <= row.start and row.end <= row.sentence_start + len(row.sentence) + 1
        assert raw[row.sentence_start:row.sentence_start + len(row.sentence)] == row.sentence


def test_offsets_index_the_original_with_fullwidth_and_traditional():
    raw = "全鄉貧困戶３６戶８４人，投入資金７１５萬元。"
    df = fx.extract_text(raw)
    assert df["text"].tolist() == ["３６戶", "８４人", "７１５萬元"]
    assert df["value"].tolist() == [36.0, 84.0, 7150000.0]
    for r in df.itertuples():
        assert raw[r.start:r.end] == r.text


def test_extract_text_dtypes():
    df = fx.extract_text("全乡共核定省定贫困户36户84人")
    assert str(df["start"].dtype) == "int64" and str(df["value"].dtype) == "float64"
    assert str(df["unit"].dtype) == "string" and str(df["indicator"].dtype) == "string"
    assert df["value_exact"].tolist() == ["36", "84"]


NUMERALS = [("三十六", 36), ("十九", 19), ("一千二百", 1200), ("两万", 20000), ("二〇二〇", 2020),
            ("一百零五", 105), ("三万五", 35000), ("千万", 10000000), ("1.26万", 12600), ("3千", 3000),
            ("1,236", 1236), ("一亿零五十万", 100500000)]


@pytest.mark.parametrize("text,value", NUMERALS)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("bad", ["十十", "千百", "一二三十", "abc", ""])
def test_parse_number_rejects(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_to_chinese_examples():
    assert [to_chinese(n) for n in (0, 10, 19, 105, 1200, 20020, 100000000)] == [
        "零", "十", "十九", "一百零五", "一千二百", "二万零二十", "一亿"]


# --------------------------------------------------------------------------- required characters
# pattern → the sets of characters every match needs one of (each set written as a sorted string)
REQUIRED = [
    ("literal", "第\\s*\\d+", ["第"]),
    ("class", "[一二]次", ["一二", "次"]),
    ("branch", "\\d+(?:国道|省道|线)", ["国省线"]),
    ("lookahead", "(?<![\\d.])(?:19|20)\\d\\d(?=年|届)", ["12", "届年"]),
    ("lookbehind", "(?<=每)一", ["每", "一"]),
    ("optional_part", "\\d+(?:万)?元", ["元"]),
    ("repeat_min_one", "(?:年度)+", ["年", "度"]),
    ("negative_lookaround_no_set", "(?<!第)\\d+(?!号)", []),
    ("category_no_set", "\\d+\\s*", []),
    ("negated_class_no_set", "[^，。]+", []),
    ("regex_only_syntax", "\\p{Han}{2}村", []),
    ("ignorecase", "(?i)km", []),
    ("branch_with_empty_side", "(?:^|，)\\d", []),
    ("wide_class_no_set", "[一-龥]+", []),
]


@pytest.mark.parametrize("name,pattern,expect", REQUIRED, ids=[r[0] for r in REQUIRED])
def test_required_sets(name, pattern, expect):
    from fupin_extract.figures.required import required_sets

    assert sorted("".join(sorted(s)) for s in required_sets(pattern)) == sorted(expect)


MAY_MATCH = [
    ("\\d+\\s*(?:国道|线)", "修建道路3公里", False),
    ("\\d+\\s*(?:国道|线)", "沿202国道", True),
    ("(?<=每)一", "每一户", True),
    ("(?<=每)一", "一户一策", False),
    ("[^，]+", "", True),  # nothing known: always scanned
]


@pytest.mark.parametrize("pattern,text,expect", MAY_MATCH)
def test_may_match(pattern, text, expect):
    from fupin_extract.figures.required import may_match, required_sets

    assert may_match(required_sets(pattern), text) is expect


def test_required_sets_of_every_exclusion_pattern_hold_on_its_examples():
    """Each exclusion pattern's sets and pairs: every match of it in its rule's examples holds
    a character of each set, and the text its pairs (read from the syntax, the examples test
    them)."""
    from fupin_extract.figures import find as F
    from fupin_extract.normalise import normalise

    g = F.grammar()
    checked = 0
    for _, rule, pats in F._exclusion_scans(g):
        for p, need, _, pairs, _ in pats:
            for ex in list(rule.drop) + list(rule.keep):
                n = normalise(ex)
                for m in p.finditer(n):
                    checked += 1
                    assert all(any(c in n for c in s) for s in need), (rule.id, p.pattern, ex)
                    assert pairs_present(pairs, n), (rule.id, p.pattern, ex)
    assert checked > 20


PAIR_CASES = [
    # (pattern, text, whether the text holds every pair of the pattern)
    (r"\d[.·]\d(?=洪|灾)", "7.8洪灾后", True),
    (r"\d[.·]\d(?=洪|灾)", "7月8日洪水，灾后重建", False),        # 洪 and 灾, never after a digit
    (r"\d[.·]\d(?=洪|灾)", "３.５灾", True),                     # a full-width digit is a digit too
    (r"[一二三]{1,2}[户家](?=村)", "三家村", True),
    (r"[一二三]{1,2}[户家](?=村)", "三户人家住在村里", False),       # 户 after 三, but no 村 after 户 or 家
    (r"\d{2,4}\s*(?:国道|线)", "沿 3\u3000线", True),             # spaces before the word: \s
    (r"\d{2,4}\s*(?:国道|线)", "全县3个乡镇通了国道", False),
    (r"(?<=[名排])[前后]\d", "排前5", True),                      # a look-behind's characters count
    (r"(?<=[名排])[前后]\d", "前5名", False),
    (r"二(?=次|级)", "二次报销", True),                             # one literal then a look-ahead
]


@pytest.mark.parametrize("pattern, text, present", PAIR_CASES)
def test_required_pairs(pattern, text, present):
    from fupin_extract.normalise import normalise

    n = normalise(text)
    pairs = required_pairs(pattern)
    assert pairs, pattern
    assert pairs_present(pairs, n) == present
    if not present:  # what the pairs are for: a text without them has no match
        assert regex.search(pattern, n) is None
