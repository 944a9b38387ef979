"""Session 11 battery (issue 14): numbers that are no figure by tests/gold/GUIDELINES.md, and
figure forms the older tests lack, by class of wording, and four whole made-up documents
(tests/data/s11/numerals_*.txt: two web page passages with header, counters, 上一篇/下一篇, related
articles and an ICP footer, two reports) read end to end.

Every sentence and document is made up for the test in the shape report sentences take (never
copied from the gold or the corpora).  Each case: class, sentence, the figures it must give as
(text, value, unit[, value_max[, qualifier]]); the qualifier is checked only where given.
`python tests/test_figures_s11.py` prints the errors per class.
"""
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from fupin_extract import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_rows import check, doc_figures, doc_want  # noqa: E402

D = Decimal
DATA = Path(__file__).parent / "data" / "s11"

NOT_FIGURES = [
    ("web_meta", "发布时间：2020-06-12 10:35:21"),
    ("web_meta", "【字体：大 中 小】 2020-05-08 09:12"),
    ("web_meta", "发布日期：2019/11/23 来源：乡政府"),
    ("web_meta", "第1页 共3页"),
    ("web_meta", "上一篇：我县召开2020年脱贫攻坚推进会"),
    ("web_meta", "下一篇：第3期扶贫培训班开班"),
    ("web_meta", "相关阅读：1. 全县脱贫攻坚工作会议召开"),
    ("web_meta", "闽ICP备12345678号-1"),
    ("web_meta", "京公网安备 11010502030143号"),
    ("web_meta", "网站标识码3505260001"),
    ("web_meta", "建议使用1024*768分辨率浏览"),
    ("web_meta", "建议使用1920×1080以上分辨率"),
    ("web_meta", "版权所有 © 2020 青石镇人民政府"),
    ("web_meta", "蜀ICP备05012345号"),
    ("address", "地址：德化县浔中镇龙浔路28号"),
    ("address", "邮编：362500"),
    ("address", "邮政编码：415600"),
    ("address", "办公地点：县行政中心5楼502室"),
    ("address", "位于人民路东段18号"),
    ("phone", "联系电话：13905981234"),
    ("phone", "咨询电话 0595-2352 1234"),
    ("phone", "手机：189-5050-1234"),
    ("phone", "QQ：123456789"),
    ("phone", "监督电话：0797－8321234"),
    ("identifier", "统一社会信用代码：91350526MA2Y123456"),
    ("identifier", "邮箱：fpb2019@163.com"),
    ("identifier", "合同编号：HT2020-015"),
    ("identifier", "项目编号：QS-2020-008"),
    ("document_number", "青委发〔2020〕3号"),
    ("document_number", "根据中发〔2015〕34号精神"),
    ("document_number", "X财预〔2020〕第115号"),
    ("document_number", "白政〔2020〕7号"),
    ("document_number", "东政办发【2019】21号"),
    ("document_number", "扶贫办发[2018]第9号"),
    ("road", "319国道沿线"),
    ("road", "S206省道改建"),
    ("road", "G15沈海高速"),
    ("road", "沿210省道两侧"),
    ("time", "上午9点召开"),
    ("time", "早上7:00至晚上9:00"),
    ("time", "下午2:30在村部召开"),
    ("time", "时间定于7月15日上午9:00"),
    ("ordinal", "第四季度完成"),
    ("ordinal", "第2批次名单"),
    ("ordinal", "第二轮结对帮扶"),
    ("ordinal", "第28届农民运动会"),
    ("ordinal", "召开第2次现场推进会"),
    ("rank", "位列全市第5名"),
    ("rank", "排全省第10位"),
    ("rank", "居全县第一"),
    ("list_marker", "(2)产业扶贫"),
    ("list_marker", "1、强化组织领导"),
    ("list_marker", "二是抓产业"),
    ("list_marker", "⑵加强宣传"),
    ("list_marker", "㈠工作开展情况"),
    ("list_marker", "其一，压实责任"),
    ("slogan", "“两不愁三保障”突出问题"),
    ("slogan", "深入开展“四议两公开”"),
    ("slogan", "实施“六个精准”"),
    ("slogan", "推进“三变”改革"),
    ("slogan", "“千村示范、万村整治”工程"),
    ("slogan", "五级书记抓扶贫"),
    ("slogan", "实行一对一帮扶"),
    ("slogan", "推行一站式服务"),
    ("slogan", "编制“十四五”规划"),
    ("slogan", "实施“3+2”产业发展模式"),
    ("slogan", "推行“1+3”工作机制"),
    ("date", "2020年5月中旬"),
    ("date", "截至2020年底"),
    ("date", "今年1至10月"),
    ("date", "上世纪90年代"),
    ("date", "20世纪80年代初"),
    ("date", "2019年第三季度"),
    ("date", "2021年春节前"),
    ("date", "10月底前完成"),
    ("date", "元月5日"),
    ("date", "公示时间：2019年12月23日至12月30日"),
    ("year_range", "2019-2020年度"),
    ("year_range", "2016年至2020年"),
    ("level", "4A级景区"),
    ("level", "国家AAAA级旅游景区"),
    ("level", "C级危房改造"),
    ("level", "二级公路"),
    ("tech", "实现4G网络全覆盖"),
    ("tech", "5G基站建设"),
    ("tech", "PM2.5浓度"),
    ("tech", "拨打12345政务热线"),
    ("tech", "拨打120急救电话"),
    ("tech", "扫一扫二维码"),
    ("place_name", "三块石村修建道路"),
    ("place_name", "五只羊村党支部"),
    ("place_name", "三头牛村委会"),
    ("place_name", "九把锁村"),
    ("place_name", "百色市扶贫办"),
    ("place_name", "六盘水市钟山区"),
    ("place_name", "七户村"),
    ("place_name", "五间房镇"),
    ("slogan", "深化两学一做学习教育"),
    ("slogan", "开展百日攻坚行动"),
    ("slogan", "推进万企帮万村行动"),
    ("slogan", "全县一盘棋"),
    ("slogan", "落实六稳六保"),
    ("date", "一季度完成投资"),
    ("date", "七一前夕"),
    ("date", "周一至周五 8:30-12:00"),
    ("rhetoric", "对腐败零容忍"),
    ("rhetoric", "第一时间赶到现场"),
    ("web_meta", "全文共3562字，阅读大约需要8分钟"),
    ("web_meta", "文章来源：XX日报 2020年06月12日 第05版"),
    ("web_meta", "您是第123456位访客"),
    ("web_meta", "阅读次数：[ 1234 ]"),
    ("web_meta", "附件下载：1.贫困户名单.xls 2.资金明细.doc"),
    ("ordinal_list", "走访第1、2、3组"),
    ("ordinal_list", "第一、二、三组群众"),
    ("ordinal_list", "第1至3批资金已到位"),
    ("ordinal_list", "分获第3、4名"),
    ("ordinal_list", "第1、2季度"),
    ("rhetoric", "以120%的热情投入工作"),
    ("rhetoric", "付出200%的努力"),
    ("rhetoric", "用百分之两百的努力"),
    ("colophon", "共印15份"),
    ("colophon", "（共印30份）"),
    ("colophon", "县扶贫办 2020年12月20日印发\n共印40份\n"),
    ("colophon", "印数：200份"),
    ("ratio", "按1:1比例配套"),
    ("ratio", "按照6:3:1的比例分红"),
]

FIGURES = [
    ("qualifier", "年产值超过500万元", [("500万元", 500000 * 10, "元", None, "at_least")]),
    ("qualifier", "人均收入不足1000元", [("1000元", 1000, "元", None, "at_most")]),
    ("qualifier", "参训人员多达300人", [("300人", 300, "人")]),
    ("qualifier", "覆盖率高达95%以上", [("95%", 95, "%", None, "at_least")]),
    ("qualifier", "全村两千余户", [("两千余户", 2000, "户", None, "at_least")]),
    ("qualifier", "建成安置房120余套", [("120余套", 120, "套", None, "at_least")]),
    ("qualifier", "带动就业一百二十余人", [("一百二十余人", 120, "人", None, "at_least")]),
    ("qualifier", "帮扶干部二十多名", [("二十多名", 20, "人", None, "at_least")]),
    ("qualifier", "发放物资价值将近3万元", [("3万元", 30000, "元", None, "approx")]),
    ("qualifier", "面积不超过25平方米", [("25平方米", 25, "平方米", None, "at_most")]),
    ("chinese", "全村四百五十八人", [("四百五十八人", 458, "人")]),
    ("chinese", "安置一百零八户", [("一百零八户", 108, "户")]),
    ("chinese", "剩余未脱贫户共九十三人", [("九十三人", 93, "人")]),
    ("chinese", "走访农户一万二千余户次", [("一万二千余户次", 12000, "户次", None, "at_least")]),
    ("units", "安装太阳能路灯260盏", [("260盏", 260, "盏")]),
    ("units", "发放图书2000册", [("2000册", 2000, "册")]),
    ("units", "打机井3眼", [("3眼", 3, "眼")]),
    ("units", "建设蓄水池15口", [("15口", 15, "口")]),
    ("units", "发放扶贫小额信贷236笔", [("236笔", 236, "笔")]),
    ("units", "开展技能培训12场次", [("12场次", 12, "场次")]),
    ("units", "收治患者35例", [("35例", 35, "例")]),
    ("units", "较上年增长1.5倍", [("1.5倍", D("1.5"), "倍")]),
    ("units", "年发电量36万千瓦时", [("36万千瓦时", 360000, "kWh")]),
    ("units", "装机容量共计300千瓦", [("300千瓦", 300, "kW")]),
    ("units", "人口1.2万", [("1.2万", 12000, "人")]),
    ("units", "贫困户380个", [("380个", 380, "户")]),
    ("range", "人均月工资2500—3000元", [("2500—3000元", 2500, "元", 3000)]),
    ("range", "每名干部联系3至5户", [("3至5户", 3, "户", 5)]),
    ("range", "每亩增收800~1200元", [("800~1200元", 800, "元", 1200)]),
    ("separator", "总户数5,432户", [("5,432户", 5432, "户")]),
    ("separator", "脱贫退出1 286人", [("1 286人", 1286, "人")]),
    ("separator", "整合资金3,280.5万元", [("3,280.5万元", 32805000, "元")]),
    ("context", "第一批资金50万元已拨付", [("50万元", 500000, "元")]),
    ("context", "2020年投入资金200万元", [("200万元", 2000000, "元")]),
    ("context", "3组有贫困户12户", [("12户", 12, "户")]),
    ("context", "2019年12月31日前完成改造28户", [("28户", 28, "户")]),
    ("context", "319国道沿线安置46户", [("46户", 46, "户")]),
    ("context", "（一）投入资金320万元", [("320万元", 3200000, "元")]),
    ("context", "1.投入资金320万元", [("320万元", 3200000, "元")]),
    ("context", "①新建道路3.5公里", [("3.5公里", D("3.5"), "公里")]),
    ("context", "电话：0595-1234567，共帮扶35户", [("35户", 35, "户")]),
    ("context", "上一篇：我县新增就业岗位120个", [("120个", 120, "个")]),
    ("context", "C级危房32户，D级危房15户", [("32户", 32, "户"), ("15户", 15, "户")]),
    ("context", "实施“3+2”模式，带动农户85户", [("85户", 85, "户")]),
    ("context", "第三季度发放补助12.6万元", [("12.6万元", 126000, "元")]),
    ("rate_unit", "补助500元/户/年", [("500元/户/年", 500, "元/年")]),
    ("rate_unit", "分红300元/户·年", [("300元/户·年", 300, "元/年")]),
    ("rate_unit", "土地流转费600元/亩/年", [("600元/亩/年", 600, "元/年")]),
    ("rate_unit", "务工工资120元/人/天", [("120元/人/天", 120, "元/天")]),
    ("rate_unit", "低保金200元/户/月", [("200元/户/月", 200, "元/月")]),
    ("rate_unit", "每户养牛10头/户", [("10头/户", 10, "头/户")]),
    ("rate_unit", "发放鸡苗50只/户", [("50只/户", 50, "只/户")]),
    ("colophon_keep", "打印帮扶手册500份，发放到户", [("500份", 500, "份")]),
    ("colophon_keep", "印发宣传册3000份。", [("3000份", 3000, "份")]),
    ("colophon_keep", "复印身份证2份。", [("2份", 2, "份")]),
    ("qualifier", "户均收入超万元", [("万元", 10000, "元", None, "at_least")]),
    ("qualifier", "年产值超500万元", [("500万元", 5000000, "元", None, "at_least")]),
    ("qualifier", "增速赶超20%", [("20%", 20, "%", None, "exact")]),
    ("qualifier", "万余人次受益", [("万余人次", 10000, "人次", None, "at_least")]),
    ("qualifier", "全年1.2万余人次", [("1.2万余人次", 12000, "人次", None, "at_least")]),
    ("qualifier", "带动二十几户", [("二十几户", 20, "户", None, "at_least")]),
    ("qualifier", "工资两千来块钱", [("两千来块钱", 2000, "元", None, "approx")]),
    ("range", "投入三四十万元", [("三四十万元", 300000, "元", 400000)]),
    ("range", "每名党员联系1-2户", [("1-2户", 1, "户", 2)]),
    ("chinese", "发生率为百分之零点五", [("百分之零点五", D("0.5"), "%")]),
    ("chinese", "下降零点八个百分点", [("零点八个百分点", D("0.8"), "百分点")]),
    ("ordinal_keep", "第一季度和3户签订协议", [("3户", 3, "户")]),
    ("ordinal_keep", "第1、2组共有农户80户", [("80户", 80, "户")]),
    ("rhetoric_keep", "收入增长120%的农户", [("120%", 120, "%")]),
    ("place_keep", "购买三头牛村集体入股", [("三头", 3, "头")]),
    ("place_keep", "每户发放三只羊，开垦两块田", [("三只", 3, "只"), ("两块", 2, "块")]),
    ("context", "分3组有序开展入户核查", [("3组", 3, "组")]),
    ("qualifier", "共计50余万元", [("50余万元", 500000, "元", None, "at_least")]),
    ("qualifier", "约3.5万元左右", [("3.5万元", 35000, "元", None, "approx")]),
    ("money", "资助金额为人民币伍万元整", [("伍万元", 50000, "元")]),
    ("money", "投资2.3亿元人民币", [("2.3亿元", 230000000, "元")]),
    ("units", "发电量1.2万度", [("1.2万度", 12000, "kWh")]),
    ("units", "养鸡1000羽", [("1000羽", 1000, "只")]),
    ("units", "建设大棚30栋", [("30栋", 30, "幢")]),
    ("units", "新建住房120㎡，水窖15m³", [("120㎡", 120, "平方米"), ("15m³", 15, "立方米")]),
    ("table", "1 道路硬化 硬化村道3.5公里 120万元 86户", [("3.5公里", D("3.5"), "公里"), ("120万元", 1200000, "元"), ("86户", 86, "户")]),
]

#: the figures of each made-up document, in order (by the guidelines; optional ones left out)
DOCUMENTS = {
    'numerals_report1.txt': [
        ('9个', 9, '个'),
        ('1个', 1, '个'),
        ('68个', 68, '个'),
        ('5,432户', 5432, '户'),
        ('1.8万人', 18000, '人'),
        ('三百二十六户', 326, '户'),
        ('一千一百零八人', 1108, '人'),
        ('210户', 210, '户'),
        ('98户', 98, '户'),
        ('18户', 18, '户'),
        ('9,860元', 9860, '元'),
        ('12.5%', D("12.5"), '%'),
        ('98户', 98, '户'),
        ('263人', 263, '人'),
        ('150万元', 1500000, '元', None, 'approx'),
        ('412人次', 412, '人次'),
        ('86.35万元', 863500, '元'),
        ('100%', 100, '%'),
        ('47户', 47, '户'),
        ('32户', 32, '户'),
        ('15户', 15, '户'),
        ('800万元', 8000000, '元', None, 'approx'),
        ('3座', 3, '座'),
        ('300千瓦', 300, 'kW'),
        ('36万千瓦时', 360000, 'kWh'),
        ('4个', 4, '个'),
        ('一百二十余人', 120, '人', None, 'at_least'),
        ('43户', 43, '户'),
        ('178人', 178, '人'),
        ('43套', 43, '套'),
        ('25平方米', 25, '平方米', None, 'at_most'),
        ('21.5公里', D("21.5"), '公里'),
        ('8,600米', 8600, '米'),
        ('3.2公里', D("3.2"), '公里'),
        ('5个', 5, '个'),
        ('500平方米', 500, '平方米', None, 'at_least'),
        ('12个', 12, '个'),
        ('10名', 10, '人'),
        ('30名', 30, '人'),
        ('260名', 260, '人'),
        ('3次', 3, '次'),
        ('五千余户次', 5000, '户次', None, 'at_least'),
        ('46个', 46, '个'),
        ('92.3%', D("92.3"), '%'),
        ('5万元', 50000, '元', None, 'at_least'),
    ],
    'numerals_report2.txt': [
        ('12户', 12, '户'),
        ('41人', 41, '人'),
        ('356户', 356, '户'),
        ('1 286人', 1286, '人'),
        ('0户', 0, '户'),
        ('28户', 28, '户'),
        ('九十三人', 93, '人'),
        ('3,280.5万元', 32805000, '元'),
        ('1,560万元', 15600000, '元'),
        ('1,120.5万元', 11205000, '元'),
        ('600万元', 6000000, '元'),
        ('98.6%', D("98.6"), '%'),
        ('28.6公里', D("28.6"), '公里'),
        ('12公里', 12, '公里'),
        ('260盏', 260, '盏'),
        ('6个', 6, '个'),
        ('4800平方米', 4800, '平方米', None, 'approx'),
        ('8个', 8, '个'),
        ('100%', 100, '%'),
        ('90%', 90, '%', None, 'at_least'),
        ('103元', 103, '元'),
        ('12户', 12, '户'),
        ('8户', 8, '户'),
        ('20户', 20, '户'),
        ('236名', 236, '人'),
        ('3至5户', 3, '户', 5),
        ('15人', 15, '人'),
        ('120余场', 120, '场次', None, 'at_least'),
        ('一万二千余户次', 12000, '户次', None, 'at_least'),
        ('2000万元', 20000000, '元'),
        ('3个', 3, '个'),
        ('28户', 28, '户'),
        ('93人', 93, '人'),
    ],
    'numerals_web1.txt': [
        ('12个', 12, '个'),
        ('2.36万人', 23600, '人'),
        ('1,258户', 1258, '户'),
        ('4,617人', 4617, '人'),
        ('1,196户', 1196, '户'),
        ('4,402人', 4402, '人'),
        ('62户', 62, '户'),
        ('215人', 215, '人'),
        ('19.8%', D("19.8"), '%'),
        ('0.91%', D("0.91"), '%'),
        ('3000余亩', 3000, '亩', None, 'at_least'),
        ('5000株', 5000, '株'),
        ('320余户', 320, '户', None, 'at_least'),
        ('1200余头', 1200, '头', None, 'at_least'),
        ('86头', 86, '头'),
        ('15口', 15, '口'),
        ('3眼', 3, '眼'),
        ('12场次', 12, '场次'),
        ('560人次', 560, '人次'),
        ('48个', 48, '个'),
        ('48人', 48, '人'),
        ('5个', 5, '个'),
        ('260人', 260, '人'),
        ('2500—3000元', 2500, '元', 3000),
        ('236笔', 236, '笔'),
        ('1180万元', 11800000, '元'),
        ('18.6公里', D("18.6"), '公里'),
        ('5公里', 5, '公里'),
        ('130盏', 130, '盏'),
        ('2座', 2, '座'),
        ('7口', 7, '口'),
        ('320户', 320, '户'),
        ('1200余人', 1200, '人', None, 'at_least'),
        ('312户', 312, '户'),
        ('786人', 786, '人'),
        ('45人', 45, '人'),
        ('230万元', 2300000, '元', None, 'approx'),
        ('100元', 100, '元'),
        ('3000亩', 3000, '亩'),
        ('1200头', 1200, '头'),
        ('60千瓦', 60, 'kW'),
    ],
    'numerals_web2.txt': [
        ('3.5公里', D("3.5"), '公里'),
        ('120万元', 1200000, '元'),
        ('86户', 86, '户'),
        ('2座', 2, '座'),
        ('35.6万元', 356000, '元'),
        ('142户', 142, '户'),
        ('800亩', 800, '亩'),
        ('96万元', 960000, '元'),
        ('58户', 58, '户'),
        ('251.6万元', 2516000, '元'),
        ('12户', 12, '户'),
        ('42万元', 420000, '元'),
        ('12户', 12, '户'),
        ('2期', 2, '期'),
        ('3.2万元', 32000, '元'),
        ('65人', 65, '人'),
        ('251.6万元', 2516000, '元'),
        ('180万元', 1800000, '元'),
        ('40万元', 400000, '元'),
        ('31.6万元', 316000, '元'),
        ('12.8万元', 128000, '元'),
        ('1.5倍', D("1.5"), '倍'),
        ('5个', 5, '个'),
        ('100%', 100, '%'),
        ('5名', 5, '人'),
        ('4次', 4, '次'),
        ('58户', 58, '户'),
        ('213人', 213, '人'),
        ('19户', 19, '户'),
        ('72人', 72, '人'),
        ('0.8%', D("0.8"), '%'),
        ('3000余元', 3000, '元', None, 'at_least'),
        ('2800—3500元', 2800, '元', 3500),
    ],
}
#: optional figures (durations, ages, rule thresholds): either way is right
OPTIONAL = {'numerals_report1.txt': ('一年', '1人'), 'numerals_report2.txt': ('六十岁',), 'numerals_web1.txt': ('80岁',), 'numerals_web2.txt': ('7天',)}

CASES = [(c, t, []) for c, t in NOT_FIGURES] + FIGURES


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_s11_case(cls, text, expected):
    got, wanted = check(text, expected)
    assert got == wanted


def test_battery_size():
    assert len(NOT_FIGURES) >= 60 and len(FIGURES) >= 40, (len(NOT_FIGURES), len(FIGURES))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s11_document(name):
    got = [g for g in doc_figures(DATA / name) if g[0] not in OPTIONAL.get(name, ())]
    assert got == doc_want(DOCUMENTS[name])


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s11_document_end_to_end(name):
    """The whole pipeline (extract_text) keeps every figure of the document, offsets into the text."""
    text = (DATA / name).read_text(encoding="utf-8")
    df = extract_text(text, doc_id=name)
    got = [t for t in df["text"].tolist() if t not in OPTIONAL.get(name, ())]
    assert got == [row[0] for row in DOCUMENTS[name]]
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


if __name__ == "__main__":
    bad = Counter()
    for cls, text, expected in CASES:
        got, wanted = check(text, expected)
        if got != wanted:
            bad[cls] += 1
            print(f"{cls:16} {text!r}\n{'':16} got  {got}\n{'':16} want {wanted}")
    for name in sorted(DOCUMENTS):
        got = [g for g in doc_figures(DATA / name) if g[0] not in OPTIONAL.get(name, ())]
        wanted = doc_want(DOCUMENTS[name])
        for row in got:
            if row not in wanted:
                print(f"{name} extra {row}")
        for row in wanted:
            if row not in got:
                print(f"{name} missing {row}")
    total = Counter(c for c, _, _ in CASES)
    for cls in total:
        print(f"{cls:16} {total[cls] - bad[cls]}/{total[cls]}")
    print(f"all {len(CASES) - sum(bad.values())}/{len(CASES)} in {len(total)} classes")
    sys.exit(0)
