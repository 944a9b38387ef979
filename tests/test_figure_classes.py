"""Numbers that are no figure, or have a special span, by class of wording (issue 14, round 5).

Every sentence is made up for the test, in the shape report sentences take (never copied from
the gold or the corpora).  Each case: class, sentence, the figures it must give as
(text, value, unit[, value_max]).  The class names what kind of number the sentence tests;
`python tests/test_figure_classes.py` prints the errors per class.
"""
import sys
from collections import Counter
from decimal import Decimal

import pytest

from fupin_extract.figures import find_figures

D = Decimal

CASES = [
    # years: 2019年, 二〇一九年, 2018—2020年, 19年度
    ("year", "2019年全村脱贫36户", [("36户", 36, "户")]),
    ("year", "二〇一九年投入资金50万元", [("50万元", 500000, "元")]),
    ("year", "2018—2020年累计减贫1200人", [("1200人", 1200, "人")]),
    ("year", "2019年度共实施项目12个", [("12个", 12, "个")]),
    ("year", "截至2020年底，全镇贫困发生率降至0%", [("0%", 0, "%")]),
    ("year", "2016年-2019年共搬迁安置86户", [("86户", 86, "户")]),
    # dates
    ("date", "2020年3月15日召开会议，参会人员45人", [("45人", 45, "人")]),
    ("date", "于6月8日前完成入户核查1300户", [("1300户", 1300, "户")]),
    ("date", "1-10月共发放补贴32万元", [("32万元", 320000, "元")]),
    ("date", "2020.06.30前完成改造23户", [("23户", 23, "户")]),
    ("date", "发布时间：2020-06-30 10:21:05 来源：县扶贫办", []),
    ("date", "时间：2019/11/08", []),
    ("date", "十月一日起执行，涉及农户260户", [("260户", 260, "户")]),
    ("date", "受“7·20”特大暴雨影响，倒塌房屋15间", [("15间", 15, "间")]),
    ("date", "6月份新增就业120人", [("120人", 120, "人")]),
    ("date", "每月5日前发放到户", []),
    # times of day
    ("time", "上午9时在村委会召开会议，到会群众80人", [("80人", 80, "人")]),
    ("time", "会议于上午9:30开始，参会党员32名", [("32名", 32, "人")]),
    ("time", "下午3点，工作组走访了5户", [("5户", 5, "户")]),
    ("time", "从早上8点到晚上10点，共接待群众56人次", [("56人次", 56, "人次")]),
    # document numbers
    ("document_number", "根据《关于印发的通知》（扶组发〔2019〕12号）文件精神", []),
    ("document_number", "按照县委办〔2018〕第35号文件要求，落实资金20万元", [("20万元", 200000, "元")]),
    ("document_number", "依据闽政办[2017]116号", []),
    ("document_number", "根据中央一号文件精神", []),
    ("document_number", "按照省委1号文件部署，新建村道3条", [("3条", 3, "条")]),
    # phone numbers, hotlines, postcodes
    ("phone", "联系电话：0598-7234567，监督电话12317", []),
    ("phone", "咨询电话0591—87654321", []),
    ("phone", "手机：13905981234", []),
    ("phone", "开通12345热线，受理诉求326件", [("326件", 326, "件")]),
    ("phone", "邮编：366200", []),
    # addresses and house numbers
    ("address", "地址：城关镇解放路18号", []),
    ("address", "安置点位于幸福路3号，共安置42户", [("42户", 42, "户")]),
    ("address", "搬迁户入住3栋2单元", []),
    ("address", "村部设在5号楼1层", []),
    ("address", "家住河口村3组，全家4口人", [("4口人", 4, "人")]),
    ("address", "西溪村7组贫困户王某", []),
    # ordinals 第N
    ("ordinal", "第一书记驻村帮扶，走访农户120户", [("120户", 120, "户")]),
    ("ordinal", "第3季度发放补助5.6万元", [("5.6万元", 56000, "元")]),
    ("ordinal", "考核位列全县第2名", []),
    ("ordinal", "第二批安置房建成38套", [("38套", 38, "套")]),
    ("ordinal", "在第十五个国家扶贫日", []),
    # rankings 前N名
    ("ranking", "综合考核排名全市前三名", []),
    ("ranking", "考核成绩进入全省前10位", []),
    ("ranking", "综合成绩位居全县前5名", []),
    # list numbering
    ("list_marker", "（一）基本情况。全村共有农户236户", [("236户", 236, "户")]),
    ("list_marker", "1.产业扶贫。发展茶叶300亩", [("300亩", 300, "亩")]),
    ("list_marker", "一、脱贫成效\n二、存在问题", []),
    ("list_marker", "(2)教育扶贫：资助学生45人", [("45人", 45, "人")]),
    ("list_marker", "①发展生猪养殖，存栏500头", [("500头", 500, "头")]),
    ("list_marker", "一是抓产业，二是抓就业，三是抓兜底", []),
    ("list_marker", "其一，强化组织领导", []),
    ("list_marker", "1、加强领导；2、落实责任；3、强化督查", []),
    # names and slogans with numerals
    ("slogan", "围绕“两不愁三保障”目标，解决饮水问题32户", [("32户", 32, "户")]),
    ("slogan", "全面落实五个一批政策", []),
    ("slogan", "十三五期间累计脱贫1560人", [("1560人", 1560, "人")]),
    ("slogan", "推进一村一品，发展特色产业", []),
    ("slogan", "实施脱贫攻坚三年行动计划", []),
    ("slogan", "编制乡村振兴五年规划", []),
    ("slogan", "落实四议两公开工作法", []),
    ("slogan", "开展“三支一扶”招募工作", []),
    ("slogan", "推行“1+N”帮扶模式", []),
    ("slogan", "建立“3+X”产业体系", []),
    ("slogan", "开展“十佳”评选活动", []),
    ("slogan", "实施“千村示范、万村整治”工程", []),
    ("slogan", "深入开展“万企帮万村”行动", []),
    ("slogan", "做到“六个精准”", []),
    ("slogan", "落实“一户一策”帮扶措施", []),
    ("slogan", "贯彻党的十九大和十九届四中全会精神", []),
    ("slogan", "打赢打好三大攻坚战", []),
    ("slogan", "做好六稳工作、落实六保任务", []),
    ("slogan", "开展“一对一”结对帮扶", []),
    ("slogan", "实行“一票否决”制", []),
    # idioms and rhetoric with numerals (no count)
    ("idiom", "千方百计增加群众收入", []),
    ("idiom", "一心一意谋发展", []),
    ("idiom", "全面小康路上一个都不能少", []),
    ("idiom", "确保一户不落、一人不漏", []),
    ("idiom", "做到不落一户、不漏一人", []),
    ("idiom", "一张蓝图绘到底", []),
    ("idiom", "一座座新房拔地而起", []),
    ("idiom", "一个个产业项目落地见效", []),
    ("idiom", "一项项惠民政策落到实处", []),
    ("idiom", "一户户贫困家庭走上致富路", []),
    ("idiom", "一条条水泥路通到家门口", []),
    ("idiom", "脱贫攻坚是一项系统工程", []),
    ("idiom", "这是一场输不起的硬仗", []),
    ("idiom", "易地搬迁是一块难啃的硬骨头", []),
    ("idiom", "一步一个脚印抓落实", []),
    ("idiom", "三番五次上门做工作", []),
    ("idiom", "一年比一年好", []),
    ("idiom", "四面八方的爱心人士", []),
    ("idiom", "千家万户受益", []),
    ("idiom", "万无一失完成任务", []),
    ("idiom", "说一千道一万，增加收入是关键", []),
    # place names with numerals
    ("place_name", "三明市将乐县", []),
    ("place_name", "五台县是国家级贫困县", []),
    # a village named with a numeral and a measure word: no count (三个村 and 四户村民 are)
    ("place_name", "三家村2020年脱贫12户", [("12户", 12, "户")]),
    ("place_name", "驻八户村工作队走访农户60户", [("60户", 60, "户")]),
    ("place_name", "两家子屯修通硬化路4公里", [("4公里", 4, "公里")]),
    ("place_name", "九里坪村新建蓄水池2个", [("2个", 2, "个")]),
    ("place_name", "全镇三个村整村出列", [("三个", 3, "个")]),
    ("place_name", "为六户村民发放补助", [("六户", 6, "户")]),
    ("place_name", "九台区扶贫办", []),
    ("place_name", "帮扶单位为七台河市某局", []),
    ("place_name", "三台县扶贫开发局", []),
    ("place_name", "十八洞村精准扶贫经验", []),
    ("place_name", "六盘水市“三变”改革", []),
    ("place_name", "九头山村委会", []),
    ("place_name", "三间房村党支部", []),
    ("place_name", "五里桥社区居委会", []),
    ("place_name", "两当县扶贫办", []),
    ("place_name", "万州区和黔江区结对帮扶", []),
    # a printed line's end inside an Arabic number (PDF, fixed-width text): one number when a
    # multiplier or unit follows the digits on the next line (before: the first digits lost)
    ("wrap", "全年完成投资12\n5万元，其中", [("12\n5万元", 1250000, "元")]),
    ("wrap", "共帮扶贫困户4\n  862户，", [("4\n  862户", 4862, "户")]),
    ("wrap", "累计脱贫2150户6\n913人。", [("2150户", 2150, "户"), ("6\n913人", 6913, "人")]),
    ("wrap", "投入资金3.5亿\n元，建成", [("3.5亿\n元", 350000000, "元")]),
    # … but not a list marker, a blank line or a number with no unit on the next line
    ("wrap", "完成任务共计15\n2、产业扶贫", []),
    ("wrap", "新建道路12\n\n3公里", [("3公里", 3, "公里")]),
    ("wrap", "编号12\n34号文件", []),
    ("slogan", "全村有五保户八户十二人", [("八户", 8, "户"), ("十二人", 12, "人")]),
    ("slogan", "三无人员五人全部集中供养", [("五人", 5, "人")]),
    ("slogan", "落实一户一人就业", []),
    # institutions and schools with numerals
    ("institution", "县一中资助贫困学生35人", [("35人", 35, "人")]),
    ("institution", "第一中学、实验二小开展帮扶", []),
    ("institution", "县第二人民医院派驻医生2名", [("2名", 2, "人")]),
    ("institution", "市中医院与三甲医院建立医联体", []),
    ("institution", "省三建公司承建", []),
    # grades and levels
    ("level", "新建二级公路12公里", [("12公里", 12, "公里")]),
    ("level", "创建4A级景区1个", [("1个", 1, "个")]),
    ("level", "评定为三星级文明户", []),
    ("level", "一类村12个、二类村8个", [("12个", 12, "个"), ("8个", 8, "个")]),
    ("level", "获得一等奖1名、二等奖3名", [("1名", 1, "人"), ("3名", 3, "人")]),
    ("level", "属于一级残疾", []),
    ("level", "考核得分96.5分", []),
    ("level", "获评五好家庭", []),
    # page, figure, table and annex numbers
    ("page_number", "详见附件2", []),
    ("page_number", "如图1所示", []),
    ("page_number", "见表3：贫困户收入情况", []),
    ("page_number", "第12页", []),
    ("page_number", "共3页", []),
    # web page counters and site metadata
    ("web_counter", "浏览次数：1234", []),
    ("web_counter", "阅读量：5678次", []),
    ("web_counter", "点击数：256 【打印】【关闭】", []),
    ("web_counter", "访问量: 10234 次", []),
    # codes, versions, technical names
    ("code", "统一社会信用代码：12350825MB0123456X", []),
    ("code", "PM2.5平均浓度下降", []),
    ("code", "建成4G基站12座、5G基站3座", [("12座", 12, "座"), ("3座", 3, "座")]),
    ("code", "升级为2.0版本", []),
    ("code", "开通V2.1版扶贫管理系统", []),
    ("code", "项目编号：FP2020-012", []),
    ("code", "G205国道穿境而过", []),
    ("code", "途经S306省道", []),
    # ratios and proportions
    ("ratio", "按照1:1比例配套资金30万元", [("30万元", 300000, "元")]),
    ("ratio", "按1∶0.5的比例给予补助", []),
    ("ratio", "村集体与农户按3:7分红", []),
    ("ratio", "男女比例为52：48", []),
    # holidays and anniversaries
    ("holiday", "利用五一、国庆长假开展培训", []),
    ("holiday", "在七一前夕慰问党员", []),
    ("holiday", "开展三八妇女节、六一儿童节慰问活动", []),
    ("holiday", "庆祝建党100周年", []),
    ("holiday", "纪念改革开放40周年", []),
    ("holiday", "5·12汶川地震后", []),
    # ages and generations (no count)
    ("generation", "90后返乡创业青年", []),
    ("generation", "20世纪80年代", []),
    # financial (大写) and traditional numerals
    ("financial", "村集体收入贰拾叁万肆仟元", [("贰拾叁万肆仟元", 234000, "元")]),
    ("financial", "共帮扶貧困戶叁佰陸拾戶", [("叁佰陸拾戶", 360, "户")]),
    ("financial", "拨付资金人民币捌仟伍佰元整", [("捌仟伍佰元", 8500, "元")]),
    ("financial", "陆续搬迁入住，队伍不断壮大", []),
    # numerals broken by spaces or line breaks (OCR, PDF)
    ("ocr_space", "累计投入资金一千 二百 五十万元", [("一千 二百 五十万元", 12500000, "元")]),
    ("ocr_space", "全村共有 356 户", [("356 户", 356, "户")]),
    ("ocr_space", "贫困人口 1,204 人", [("1,204 人", 1204, "人")]),
    # Chinese decimals and large multipliers
    ("chinese_decimal", "人均增收一点二万元", [("一点二万元", 12000, "元")]),
    ("chinese_decimal", "下降了三点五个百分点", [("三点五个百分点", D("3.5"), "百分点")]),
    ("chinese_decimal", "总产值达一点五亿元", [("一点五亿元", 150000000, "元")]),
    # approximate numerals and colloquial pairs
    ("approx", "带动周边农户三四十户", [("三四十户", 30, "户", 40)]),
    ("approx", "每亩增收七八百元", [("七八百元", 700, "元", 800)]),
    ("approx", "投入三十几万元", [("三十几万元", 300000, "元")]),
    ("approx", "参加培训200余人次", [("200余人次", 200, "人次")]),
    ("approx", "受益群众上千人", [("千人", 1000, "人")]),
    # ranges
    ("range", "每户补助1000-3000元", [("1000-3000元", 1000, "元", 3000)]),
    # a multiplier on both numbers: one range, the first rescaled to the second's multiplier
    ("range", "年收入2万至3万元", [("2万至3万元", 20000, "元", 30000)]),
    ("range", "每户可申请贷款1万-5万元", [("1万-5万元", 10000, "元", 50000)]),
    ("range", "给予3千至5千元一次性奖励", [("3千至5千元", 3000, "元", 5000)]),
    ("range", "补助标准为5千-1万元", [("5千-1万元", 5000, "元", 10000)]),
    ("range", "务工年收入1.5万~2.5万元", [("1.5万~2.5万元", 15000, "元", 25000)]),
    ("range", "单个项目投资100万—300万元", [("100万—300万元", 1000000, "元", 3000000)]),
    ("range", "带动1千至2千人就业", [("1千至2千人", 1000, "人", 2000)]),
    # the multiplier on the second number only, the first in base units (before: the first lost)
    ("range", "每户补助8000至1.2万元", [("8000至1.2万元", 8000, "元", 12000)]),
    ("range", "奖励标准5000-1.5万元", [("5000-1.5万元", 5000, "元", 15000)]),
    ("range", "务工收入9000~1.5万元", [("9000~1.5万元", 9000, "元", 15000)]),
    # … but not when the first is far below that multiplier's order
    ("range", "共3-1.5万元", [("1.5万元", 15000, "元")]),
    # a unit after the first number: two figures (a change, not a range)
    ("range", "人均收入由1万元增加到2万元", [("1万元", 10000, "元"), ("2万元", 20000, "元")]),
    ("range", "海拔800~1200米", [("800~1200米", 800, "米", 1200)]),
    # two figures of one unit joined by a dash or tilde: one range (至/到 may state a change)
    ("range", "增幅在5%~8%之间", [("5%~8%", 5, "%", 8)]),
    ("range", "每户补助2000元-5000元", [("2000元-5000元", 2000, "元", 5000)]),
    ("range", "每户可贷1万元--5万元", [("1万元--5万元", 10000, "元", 50000)]),
    ("range", "安置点海拔900米～1300米", [("900米～1300米", 900, "米", 1300)]),
    ("range", "补助标准1万元-5万亩", [("1万元", 10000, "元"), ("5万亩", 50000, "亩")]),
    ("range", "投入资金300万元-200万元", [("300万元", 3000000, "元"), ("200万元", 2000000, "元")]),
    ("range", "每户补助1万元至2万元", [("1万元", 10000, "元"), ("2万元", 20000, "元")]),
    # separators inside Arabic numbers
    ("separator", "累计发放3，456，000元", [("3，456，000元", 3456000, "元")]),
    ("separator", "全县１２３４户", [("１２３４户", 1234, "户")]),
    # money in 元/角/分
    ("jiao_fen", "每人补助56元5角", [("56元5角", D("56.5"), "元")]),
    ("jiao_fen", "结余资金三百元零五分", [("三百元零五分", D("300.05"), "元")]),
    ("jiao_fen", "考核得分95分，发放奖金500元", [("500元", 500, "元")]),
    # signs
    ("signed", "同比增长-3.5%", [("-3.5%", D("-3.5"), "%")]),
    ("signed", "冬季最低气温-8℃", [("-8℃", -8, "℃")]),
    ("signed", "编号3-5号房屋", []),
    # a bare 万 and recounted 个
    ("bare_wan", "全乡总人口2.3万", [("2.3万", 23000, "人")]),
    ("bare_wan", "带动1.2万贫困群众增收", [("1.2万", 12000, "人")]),
    ("bare_wan", "村集体收入15万", [("15万", 150000, "元")]),
    # an article, not a count: what someone is (是/作为/成为一名); the idiom 最后一公里
    ("article", "他是一名老党员，帮扶贫困户5户", [("5户", 5, "户")]),
    ("article", "作为一名驻村工作队员，走访农户120户", [("120户", 120, "户")]),
    ("article", "她成为一名公益性岗位保洁员", []),
    ("article", "全村有一名在读研究生", [("一名", 1, "人")]),
    ("article", "打通联系服务群众最后一公里", []),
    # colloquial volume and length: 方 (after Arabic digits) is 立方米, 延米 is 米
    ("unit", "开挖土石方5200方", [("5200方", 5200, "立方米")]),
    ("unit", "新建灌溉渠道860延米", [("860延米", 860, "米")]),
    ("unit", "村委会与企业签订三方协议", []),
    ("recount", "帮扶建档立卡贫困户56个", [("56个", 56, "户")]),
    ("recount", "资助120个贫困学生", [("120个", 120, "人")]),
    # 个 after a noun of persons counts persons
    ("recount", "全乡选聘保洁员86个", [("86个", 86, "人")]),
    ("recount", "培育农村致富带头人37个", [("37个", 37, "人")]),
    ("recount", "转移就业务工者共260个", [("260个", 260, "人")]),
    ("recount", "选派驻村干部42个", [("42个", 42, "人")]),
    ("recount", "开发公益性岗位120个", [("120个", 120, "个")]),
    ("recount", "动员12个乡镇参与", [("12个", 12, "个")]),
    ("recount", "新建扶贫车间8个", [("8个", 8, "个")]),
    # qualifiers around the figure
    ("qualifier", "受益群众约3000人", [("3000人", 3000, "人")]),
    ("qualifier", "种植面积达500亩以上", [("500亩", 500, "亩")]),
    ("qualifier", "不足10户的自然村", [("10户", 10, "户")]),
    # person names, weekdays and the lunar calendar
    ("person_name", "贫困户张三、李四、王五已脱贫", []),
    ("person_name", "帮扶责任人刘二娃", []),
    ("weekday", "每周三为集中办公日", []),
    ("weekday", "星期五上午召开例会", []),
    ("lunar", "农历正月十五举办灯会", []),
    ("lunar", "腊月二十三前发放慰问品", []),
    # two-digit and mixed-script years
    ("year_short", "19年上半年新增就业85人", [("85人", 85, "人")]),
    ("year_short", "19年底全部脱贫", []),
    ("year_short", "20年3月复工复产", []),
    ("year_short", "零八年地震后", []),
    ("year_short", "二0二0年全村脱贫", []),
    # web page navigation and titles (site metadata)
    ("web_page", "上一篇：关于扶贫工作的报告 下一篇：村级总结", []),
    ("web_page", "在线人数：23人", []),
    ("web_page", "第1页 共3页", []),
    ("web_page", "发表调研文章12篇", [("12篇", 12, "篇")]),
    # N个 before a verb or numeral: a slogan
    ("slogan_count", "坚持四个坚持、做到五个到位", []),
    ("slogan_count", "实现三个转变", []),
    ("slogan_count", "新建三个便民服务点", [("三个", 3, "个")]),
    ("slogan", "全面落实九年义务教育", []),
    # counts that must stay figures (keep)
    ("count", "全村共有农户358户1320人", [("358户", 358, "户"), ("1320人", 1320, "人")]),
    ("count", "下辖8个行政村、1个社区", [("8个", 8, "个"), ("1个", 1, "个")]),
    ("count", "全镇有贫困村三个", [("三个", 3, "个")]),
    ("count", "帮扶干部一百二十名", [("一百二十名", 120, "人")]),
    ("count", "新建安置房一栋", [("一栋", 1, "幢")]),
    ("count", "组建合作社5家、家庭农场12家", [("5家", 5, "家"), ("12家", 12, "家")]),
    ("idiom", "一家人齐心协力脱贫", []),
    ("count", "安排公益性岗位68个", [("68个", 68, "个")]),
    ("count", "慰问困难党员10名，发放慰问金2000元", [("10名", 10, "人"), ("2000元", 2000, "元")]),
    # money in ordinary and formal forms
    ("money", "人均纯收入达到9,850元", [("9,850元", 9850, "元")]),
    ("money", "共投入资金1.35亿元", [("1.35亿元", 135000000, "元")]),
    ("money", "每人每月补助200元", [("200元", 200, "元")]),
    ("money", "奖补标准为每户3000元/年", [("3000元/年", 3000, "元/年")]),
    ("money", "到位资金人民币伍拾万元整", [("伍拾万元", 500000, "元")]),
    ("money", "补助资金3-5万元不等", [("3-5万元", 30000, "元", 50000)]),
    # rates
    ("rate", "贫困发生率由12.3%降至0.5%", [("12.3%", D("12.3"), "%"), ("0.5%", D("0.5"), "%")]),
    ("rate", "同比增长15.6个百分点", [("15.6个百分点", D("15.6"), "百分点")]),
    ("rate", "参保率达百分之百", [("百分之百", 100, "%")]),
    ("rate", "满意度达98%以上", [("98%", 98, "%")]),
    # measures
    ("measure", "硬化道路3.5公里、新修水渠800米", [("3.5公里", D("3.5"), "公里"), ("800米", 800, "米")]),
    ("measure", "种植油茶1200亩，新增耕地15.6公顷", [("1200亩", 1200, "亩"), ("15.6公顷", D("15.6"), "公顷")]),
    ("measure", "建成光伏电站装机容量300千瓦", [("300千瓦", 300, "kW")]),
    ("measure", "新建蓄水池2座，容积500立方米", [("2座", 2, "座"), ("500立方米", 500, "立方米")]),
]


def figs(text):
    out = []
    for f in find_figures(text, "t"):
        row = (f.text, f.value, f.unit)
        if f.value_max is not None:
            row += (f.value_max,)
        out.append(row)
    return out


def want(expected):
    return [(t, D(str(v)), u, *(D(str(x)) for x in rest)) for (t, v, u, *rest) in expected]


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_class(cls, text, expected):
    assert figs(text) == want(expected)


def test_enough_classes():
    classes = Counter(c for c, _, _ in CASES)
    assert len(CASES) >= 150 and len(classes) >= 30, (len(CASES), len(classes))


def errors_by_class() -> Counter:
    bad = Counter()
    for cls, text, expected in CASES:
        got = figs(text)
        if got != want(expected):
            bad[cls] += 1
            print(f"{cls:16} {text}\n{'':16} got  {got}\n{'':16} want {want(expected)}")
    return bad


if __name__ == "__main__":
    bad = errors_by_class()
    total = Counter(c for c, _, _ in CASES)
    for cls in total:
        print(f"{cls:16} {total[cls] - bad[cls]}/{total[cls]}")
    print(f"all {len(CASES) - sum(bad.values())}/{len(CASES)} in {len(total)} classes")
    sys.exit(0)
