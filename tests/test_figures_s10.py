"""Session 10 battery (issue 14): numbers that are no figure by tests/gold/GUIDELINES.md, and
figure forms the older tests lack, by class of wording.

Every sentence is made up for the test in the shape report sentences take (never copied from
the gold or the corpora).  Each case: class, sentence, the figures it must give as
(text, value, unit[, value_max[, qualifier]]); the qualifier is checked only where given.
`python tests/test_figures_s10.py` prints the errors per class.
"""
import sys
from decimal import Decimal
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_rows import check, report  # noqa: E402

D = Decimal

#: numbers that are no figure (identifiers, dates, ordinals, names, slogans, site metadata …)
NOT_FIGURES = [
    # document numbers in every bracket and prefix
    ("document_number", "根据县政府《关于印发实施方案的通知》（X政发〔2018〕3号）要求"),
    ("document_number", "按照市扶贫办〔2020〕27号文件"),
    ("document_number", "依据《实施意见》（黔党发〔2017〕9号）"),
    ("document_number", "根据省委、省政府2019年1号文件"),
    ("document_number", "按照X扶组通〔2019〕第12号通知"),
    ("document_number", "根据闽委办发﹝2018﹞15号文件"),
    ("document_number", "依据财农[2019]52号"),
    ("document_number", "依照国办发(2016)58号文件"),
    ("document_number", "项目批复文号：县发改〔2019〕118号"),
    ("document_number", "国务院扶贫办2020年第3号公告"),
    # phone and fax numbers, hotlines
    ("phone", "扶贫热线：0851-22345678"),
    ("phone", "举报电话：(0598)7234567"),
    ("phone", "联系人：张某，电话：139 0598 1234"),
    ("phone", "服务热线400-800-1234"),
    ("phone", "传真：0591-87654322"),
    ("phone", "拨打12315投诉热线"),
    # identity, account and register numbers, codes
    ("identifier", "身份证号：350425198003121234"),
    ("identifier", "银行账号：6217 0012 3456 7890 123"),
    ("identifier", "开户行账号：35001650008052512345"),
    ("identifier", "贫困户编码为350425101201000123"),
    ("identifier", "档案编号A-2019-012"),
    ("identifier", "车牌号闽A12345"),
    ("identifier", "索引号：11350425MB0123456X/2020-00123"),
    # village groups in addresses
    ("village_group", "住龙湖村3组"),
    ("village_group", "家住红星村十二组"),
    ("village_group", "安置在移民新村二组"),
    ("village_group", "位于水口村第5村民小组"),
    ("village_group", "张家湾村4社贫困户李某"),
    ("village_group", "该户家住3组"),
    ("village_group", "3组村民张某反映"),
    ("village_group", "走访3组、5组、7组"),
    ("village_group", "从1组至5组修通硬化路"),
    # roads and stake numbers along them
    ("road", "G210国道穿境而过"),
    ("road", "S312线改造工程"),
    ("road", "沿X015县道"),
    ("road", "途经G75兰海高速"),
    ("road", "沪昆高速公路K1234+500处塌方"),
    ("road", "修复K12+300处水毁路段"),
    # times of day
    ("time", "每天8:30准时上班"),
    ("time", "晚上19:00召开群众会"),
    ("time", "下午3时30分召开会议"),
    ("time", "会议于14时30分结束"),
    # ordinals and ranks
    ("ordinal", "第3季度完成任务"),
    ("ordinal", "第二批驻村工作队进驻"),
    ("ordinal", "列入第一批名单"),
    ("rank", "考核排名全县第2"),
    ("rank", "综合排名第3位"),
    ("rank", "荣获全省第一名"),
    # list markers, chapters, pages, annexes
    ("list_marker", "（三）存在的问题"),
    ("list_marker", "①建立台账"),
    ("list_marker", "⑤完善档案资料"),
    ("list_marker", "1）加强组织领导"),
    ("list_marker", "2)落实帮扶责任"),
    ("list_marker", "2.1 基本情况"),
    ("section", "第五章 保障措施"),
    ("section", "第三节 产业发展"),
    ("section", "见第12页表4"),
    ("section", "附件3：贫困户名单"),
    # captions of tables and figures, table rows with a name that starts with a unit character
    ("caption", "表1  贫困户基本情况表"),
    ("caption", "图2 人口变化情况"),
    ("caption", "详见附表3 农户名单"),
    ("caption", "表1-2 贫困户情况"),
    ("place_name", "五台山景区"),
    ("table_row", "序号 户主 人口 致贫原因\n1 张三 4 因病\n2 孔明 3 因学\n3 方芳 5 缺技术"),
    # slogans and names, Chinese and Arabic (1户1策 as 一户一策)
    ("slogan", "推行3+X模式"),
    ("slogan", "开展“3995”行动"),
    ("slogan", "实行“4+2”工作法"),
    ("slogan", "建立1+1+N帮扶体系"),
    ("slogan", "实施“五个一”工程"),
    ("slogan", "一户一码管理"),
    ("slogan_arabic", "落实1户1策帮扶措施"),
    ("slogan_arabic", "推行1人1岗"),
    ("slogan_arabic", "建立1户1档"),
    ("slogan_arabic", "推进1村1品"),
    ("slogan_arabic", "实现1户1人就业"),
    ("idiom", "表演二人转、二人台"),
    # mechanisms named by a number of households (no count of households)
    ("mechanism", "实行十户联保"),
    ("mechanism", "五户联防机制"),
    ("mechanism", "推行10户一体"),
    ("mechanism", "建立“五户联保”机制"),
    # dates and year ranges in every form
    ("date", "于2020年10月17日召开"),
    ("date", "2020.10.17上午"),
    ("date", "2021-01-05印发"),
    ("date", "二〇二〇年十二月"),
    ("date", "腊月二十八"),
    ("date", "每月25日发放"),
    ("date", "2020年12月31日24时"),
    ("date", "2019年12月—2020年3月"),
    ("date", "1—11月份"),
    ("year_range", "2016——2020年"),
    ("year_range", "2016～2020年"),
    ("year_range", "2016年—2020年"),
    ("year_range", "二〇一六至二〇二〇年"),
    ("year_range", "2019至2020学年度"),
    # versions
    ("version", "V3.0版系统"),
    ("version", "升级到2.1版本"),
    ("version", "乡村振兴2.0版"),
    # web page counters without a colon
    ("web_counter", "本文已阅读3056次"),
    ("web_counter", "浏览（568次）"),
    ("web_counter", "阅读(1234)"),
    ("web_counter", "上一页 1 2 3 下一页"),
    # rhetoric and frequencies of one
    ("rhetoric", "让群众一百个放心，干部一万个不放心"),
    ("rhetoric", "再一次入户走访核实"),
    ("rhetoric", "又一次召开院坝会"),
    ("rhetoric", "仅此一项"),
    ("rhetoric", "以百分之百的热情投入脱贫攻坚"),
    ("rhetoric", "拿出100%的干劲"),
    # places named with a numeral, a measure word and a thing (三座塔村, 两棵树村)
    ("place_name", "三座塔村脱贫攻坚"),
    ("place_name", "两棵树村党支部"),
    ("place_name", "五棵松社区"),
    ("place_name", "九条岭村委会"),
    ("place_name", "一棵树乡"),
    # idioms with a measure word, digits of a number, a dual structure
    ("idiom", "心往一处想、劲往一处使"),
    ("idiom", "全村上下拧成一条心"),
    ("idiom", "民族团结一家亲"),
    ("idiom", "坚持两条腿走路"),
    ("idiom", "农民收入保持两位数增长"),
    ("idiom", "破解城乡二元结构"),
    ("idiom", "常年四处打工、四处借钱看病"),
    ("idiom", "给予1次性补助"),
    ("income_class", "培育十万元户"),
    ("income_class", "全村有5万元户"),
    # the sitting of a congress after its term
    ("session", "十二届全国人大五次会议"),
    ("session", "政协九届二次会议"),
    ("session", "县十七届人大3次会议"),
    # holidays, disasters and levels
    ("holiday", "“3·15”消费者权益日"),
    ("holiday", "第6号台风“海高斯”"),
    ("level", "三年级学生"),
    ("level", "二级以上医院"),
    ("level", "四星级文明户"),
]

#: figures in forms the older tests lack: (class, sentence, [(text, value, unit[, value_max[, q]])])
FIGURES = [
    # qualifiers before, inside and after
    ("qualifier", "共发放补助资金120余万元", [("120余万元", 1200000, "元", None, "at_least")]),
    ("qualifier", "惠及群众2000多人", [("2000多人", 2000, "人", None, "at_least")]),
    ("qualifier", "新修道路近20公里", [("20公里", 20, "公里", None, "approx")]),
    ("qualifier", "约200人左右参加", [("200人", 200, "人", None, "approx")]),
    ("qualifier", "投入资金约合50万元", [("50万元", 500000, "元", None, "approx")]),
    ("qualifier", "人均年收入在4000元以下", [("4000元", 4000, "元", None, "at_most")]),
    ("qualifier", "年均增长8.5个百分点以上", [("8.5个百分点", D("8.5"), "百分点", None, "at_least")]),
    ("qualifier", "达到了2,000多人", [("2,000多人", 2000, "人", None, "at_least")]),
    ("qualifier", "差不多500人参加", [("500人", 500, "人", None, "approx")]),
    ("qualifier", "月收入3000元出头", [("3000元", 3000, "元", None, "at_least")]),
    ("qualifier", "年纪50岁开外", [("50岁", 50, "岁", None, "at_least")]),
    # 来 after a round number: about that many
    ("lai", "参加培训一百来人", [("一百来人", 100, "人", None, "approx")]),
    ("lai", "帮扶十来户", [("十来户", 10, "户", None, "approx")]),
    ("lai", "投入十来万元", [("十来万元", 100000, "元", None, "approx")]),
    ("lai", "投入20来万元", [("20来万元", 200000, "元", None, "approx")]),
    ("lai", "一来增加收入，二来人居环境改善", []),
    ("lai", "培训百来人", [("百来人", 100, "人", None, "approx")]),
    ("lai", "投入十数万元", [("十数万元", 100000, "元", None, "at_least")]),
    ("lai", "统计人数100人，参加人数十二人", [("100人", 100, "人"), ("十二人", 12, "人")]),
    # round amounts with a bare multiplier
    ("round", "投入近千万元", [("千万元", 10000000, "元", None, "approx")]),
    ("round", "撬动社会资金上百万元", [("百万元", 1000000, "元", None, "at_least")]),
    ("round", "总投资逾亿元", [("亿元", 100000000, "元", None, "at_least")]),
    ("round", "投入百余万元", [("百余万元", 1000000, "元", None, "at_least")]),
    ("round", "融资1.5亿余元", [("1.5亿余元", 150000000, "元", None, "at_least")]),
    ("round", "年产值达3千万余元", [("3千万余元", 30000000, "元", None, "at_least")]),
    # mixed numerals and Chinese forms
    ("mixed", "补助1万2千元", [("1万2千元", 12000, "元")]),
    ("mixed", "全村一〇五户", [("一〇五户", 105, "户")]),
    ("mixed", "全村两千零二十户", [("两千零二十户", 2020, "户")]),
    ("mixed", "人口两万三千余人", [("两万三千余人", 23000, "人", None, "at_least")]),
    ("mixed", "安排资金三千多万", [("三千多万", 30000000, "元", None, "at_least")]),
    ("mixed", "全村12３户", [("12３户", 123, "户")]),
    # ranges: pairs, dashes, tildes, mixed scripts, a gloss before the dash
    ("range", "带动二三十户", [("二三十户", 20, "户", 30)]),
    ("range", "补助一二百元", [("一二百元", 100, "元", 200)]),
    # a colloquial pair after a numeral that ends in a multiplier
    ("range", "每组十一二个人", [("十一二个", 11, "人", 12)]),
    ("range", "每月一千二三百元", [("一千二三百元", 1200, "元", 1300)]),
    ("range", "月工资两千七八百元", [("两千七八百元", 2700, "元", 2800)]),
    ("range", "年龄三十五六岁", [("三十五六岁", 35, "岁", 36)]),
    ("range", "一二三产业融合发展", []),
    ("range", "补助5到10万元", [("5到10万元", 50000, "元", 100000)]),
    ("range", "占比20-30%", [("20-30%", 20, "%", 30)]),
    ("range", "补助1.5～2万元", [("1.5～2万元", 15000, "元", 20000)]),
    ("range", "补助2千—3千元", [("2千—3千元", 2000, "元", 3000)]),
    ("range", "补助3-5万元/户", [("3-5万元/户", 30000, "元/户", 50000)]),
    ("range", "提高15-20个百分点", [("15-20个百分点", 15, "百分点", 20)]),
    ("range", "每户补助两~3百元", [("两~3百元", 200, "元", 300)]),
    ("range", "补助三到5万元", [("三到5万元", 30000, "元", 50000)]),
    ("range", "补助标准统一到100元", [("100元", 100, "元")]),
    ("range", "贷款额度1万(含)-5万元", [("1万(含)-5万元", 10000, "元", 50000)]),
    ("range", "补助1万（含）-3万元", [("1万（含）-3万元", 10000, "元", 30000)]),
    # spaces: groups of three digits (typeset), several spaces before the unit (justified PDF)
    ("space_group", "实际到位资金3 000万元", [("3 000万元", 30000000, "元")]),
    ("space_group", "累计1 234 567元", [("1 234 567元", 1234567, "元")]),
    ("space_group", "面积12 345.6平方米", [("12 345.6平方米", D("12345.6"), "平方米")]),
    ("space_group", "补助5 000-8 000元", [("5 000-8 000元", 5000, "元", 8000)]),
    ("space_group", "户数 人数 120 345", []),
    ("space_group", "帮扶12 345户", [("12 345户", 12345, "户")]),
    ("spaces", "下降一百五十    个百分点", [("一百五十    个百分点", 150, "百分点")]),
    # letter-spaced single digits (OCR of spaced lines): one number, not its last digit (0 万元)
    ("letter_spaced", "投 资 总 额 为 3 5 0 万 元", [("3 5 0 万 元", 3500000, "元")]),
    ("letter_spaced", "人 均 纯 收 入 达 到 5 8 0 0 元", [("5 8 0 0 元", 5800, "元")]),
    ("letter_spaced", "2 0 2 0 年 共 5 户", [("5 户", 5, "户")]),
    ("letter_spaced", "上一页 1 2 3 4 5 6 7 8 9 10 共10页", []),
    # line breaks inside a number (PDF, CRLF)
    ("wrap", "贫困户12\r\n3户，", [("12\r\n3户", 123, "户")]),
    ("wrap", "投入资金3.5\r\n万元", [("3.5\r\n万元", 35000, "元")]),
    ("wrap", "共帮扶一千二\n百户", [("一千二\n百户", 1200, "户")]),
    # full-width digits and marks
    ("full_width", "资金１２．５万元", [("１２．５万元", 125000, "元")]),
    ("full_width", "贫困发生率为１２．５％", [("１２．５％", D("12.5"), "%")]),
    ("full_width", "补助500元／人", [("500元／人", 500, "元/人")]),
    # units and rate units
    ("unit", "每户补助2万元/户", [("2万元/户", 20000, "元/户")]),
    ("unit", "补助800元/人·年", [("800元/人·年", 800, "元/年")]),
    ("unit", "每亩补助3.5万元/亩", [("3.5万元/亩", 35000, "元/亩")]),
    ("unit", "光伏电站装机容量100kWp", [("100kWp", 100, "kW")]),
    ("unit", "建成村级光伏电站60KWp", [("60KWp", 60, "kW")]),
    ("unit", "装机容量2.5MWp", [("2.5MWp", D("2.5"), "兆瓦")]),
    ("unit", "培训500人·次", [("500人·次", 500, "人次")]),
    ("unit", "购置设备12台（套）", [("12台", 12, "台")]),
    ("unit", "养殖蜜蜂500箱", [("500箱", 500, "箱")]),
    ("unit", "千分之三点五", [("千分之三点五", D("3.5"), "‰")]),
    ("unit", "收到锦旗5面，发放雨伞200把、帐篷50顶", [("5面", 5, "面"), ("200把", 200, "把"), ("50顶", 50, "顶")]),
    ("unit", "捐赠棉鞋300双，寄出公开信2000封", [("300双", 300, "双"), ("2000封", 2000, "封")]),
    ("unit", "讲授党课3堂，量化入股1200股", [("3堂", 3, "堂"), ("1200股", 1200, "股")]),
    ("unit", "一把手一面旗帜一股劲，吸收5股东", []),
    # a family of so many: 口 counts persons, 一家 no household; a duration of more than two hours
    ("family", "以前一家5口挤在两间土坯房里", [("5口", 5, "人"), ("两间", 2, "间")]),
    ("family", "一家五口人住上了新房", [("五口人", 5, "人")]),
    ("family", "全家6口，新挖鱼塘5口", [("6口", 6, "人"), ("5口", 5, "口")]),
    ("duration", "过去要走两个多小时", [("两个多小时", 2, "小时", None, "at_least")]),
    # a currency code before the number
    ("currency", "捐赠RMB5000元", [("5000元", 5000, "元")]),
    ("currency", "折合CNY 2.5万元", [("2.5万元", 25000, "元")]),
    ("currency", "合计￥5,000.00元", [("5,000.00元", 5000, "元")]),
    ("currency", "香港爱心人士捐赠HK$25,481", [("HK$25,481", 25481, "港元")]),
    ("currency", "募集善款US$3,000、NT$1.2万", [("US$3,000", 3000, "美元"), ("NT$1.2万", 12000, "新台币")]),
    ("currency", "价格$5", []),
    # counts next to names and slogans that must stay
    ("keep", "新增贫困户1户1人", [("1户", 1, "户"), ("1人", 1, "人")]),
    ("keep", "补助1万1千元", [("1万1千元", 11000, "元")]),
    ("keep", "每斤1元1角", [("1元1角", D("1.1"), "元")]),
    ("keep", "扶贫微信公众号文章阅读12万次", [("12万次", 120000, "次")]),
    ("keep", "每个互助小组四五户", [("四五户", 4, "户", 5)]),
    ("keep", "修建两座桥村民出行方便", [("两座", 2, "座")]),
    ("keep", "村民代表12人、人大代表5名", [("12人", 12, "人"), ("5名", 5, "人")]),
    ("keep", "发放 12 张桌椅", [("12 张", 12, "张")]),
    ("keep", "全村共8组，分成3组进行检查", [("8组", 8, "组"), ("3组", 3, "组")]),
    ("keep", "修建四处蓄水池", [("四处", 4, "处")]),
    ("keep", "100%的贫困户实现脱贫", [("100%", 100, "%")]),
    ("keep", "发放贷款5万元，户均1万元", [("5万元", 50000, "元"), ("1万元", 10000, "元")]),
    ("keep", "第十届村委会共召开5次会议", [("5次", 5, "次")]),
]

CASES = [(c, t, []) for c, t in NOT_FIGURES] + FIGURES


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_s10_case(cls, text, expected):
    got, wanted = check(text, expected)
    assert got == wanted


def test_battery_size():
    assert len(NOT_FIGURES) >= 60 and len(FIGURES) >= 40, (len(NOT_FIGURES), len(FIGURES))


if __name__ == "__main__":
    report(CASES, {}, {}, Path("."))
    sys.exit(0)
