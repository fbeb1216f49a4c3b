"""The words of the zh-Hans lexicon: its word lists, and the regex fragments built from them.

The CN rules read some of the lists too (``rules.matching``), so that the rules and the lexicon
name the same words.
"""

from __future__ import annotations

import re

# --- Word lists ---------------------------------------------------------------------------------

# Threats of a visit to the home or workplace.
VISIT_THREATS = ("上门", "去你家", "去你单位", "找到你家")
# Threats of prison for a civil debt.
PRISON_THREATS = ("坐牢",)
# Threats to person, family or property, veiled or open.
VIOLENCE_THREATS = ("打断", "弄死", "弄残", "后果自负", "走着瞧", "让你好看", "杀了你", "砍死",
                    "出门小心", "小心点", "全家遭殃", "送花圈")
# Threats to involve the family.
FAMILY_THREATS = ("找你家人",)
# Explicit threats of violence (a subset of the threat_violence words): these make a threat to
# personal safety (治安管理处罚法 2012 第42条(一)) and put the police first.
EXPLICIT_VIOLENCE = ("打断", "弄死", "弄残", "杀了你", "砍死", "全家遭殃", "送花圈")
# Threats to shame the debtor in public.
SHAMING_THREATS = ("让你社死", "拉横幅")
# Curses: insults that the CN rules count among the threats.
CURSES = ("不得好死",)
# Insults and abuse. 老赖 is an insult when a collector calls the debtor that.
INSULT_WORDS = ("老赖", "畜生", "畜牲", "去死", "不要脸", "骗子", "王八蛋", "人渣", "废物", "贱人",
                "狗东西", "傻逼", "杂种", "死全家", "婊子", "垃圾人", "冥照", "遗照")
# Claimed police or criminal-case steps, which a collector cannot take for a civil debt.
CRIMINAL_CLAIMS = ("已移交公安", "移交公安机关", "已报案", "已经报案", "已立案", "已经立案",
                   "通缉", "逮捕")
# A sender claiming to be (or to speak for) police, a court, a procuratorate or a court's
# "法务部/调解中心". Mere mentions ("已移交公安") are not impersonation.
AUTHORITY_WORDS = ("公安", "警察", "警官", "派出所", "刑警", "经侦", "法院", "检察院", "法务部",
                   "调解中心", "司法所", "执行局")
# A bracketed sender ("【XX法院】") only when the authority is inside the brackets: "【XX】我司将
#依法向法院起诉" is a lender's lawful notice.
IMPERSONATION = (r"(?:(?:我是|我们是|这里是|本人是|我方是)[^，。！？,.!?\n]{0,15}?"
                 r"|[【\[][^】\]，。！？,.!?\n]{0,15}?)(?:" + "|".join(AUTHORITY_WORDS) + r")")
# Words that tell of a debt (DISCLOSURE_WORDS before): said to a third party, they disclose it.
DEBT_WORDS = ("欠款", "欠钱", "欠债", "欠了", "逾期", "老赖", "还款", "还钱", "借款", "借钱",
              "拖欠",
              "网贷", "贷款", "失信", "代偿")
# Legal documents a collector has no business sending (FAKE_DOCUMENT_WORDS before). A genuine
# 律师函 is lawful; a fake one is marked by the user (tag fake_lawyer_letter).
DOCUMENT_WORDS = ("传票", "立案通知", "逮捕令", "拘留证", "拘捕令", "通缉令", "起诉书", "判决书",
                  "执行通知书", "协查函", "裁定书", "应诉通知书", "开庭通知")
# Invented blacklists and consequences (MISLEADING_WORDS before, without the lawsuit phrases,
# which are lawsuit_claim, and the police steps, which are criminal_claim).
FALSE_CLAIMS = ("黑名单", "已上征信", "征信已经花", "终身不能", "全国联网", "失信被执行人名单",
                "限制高消费", "冻结你", "冻结全部")
# Places that mark a visit as at the workplace rather than the home (WORKPLACE_WORDS before).
WORK_PLACES = ("单位", "公司", "办公", "工厂", "厂里", "学校", "店里", "工作")


# --- Regex fragments that the patterns share ---------------------------------------------------

def one_of(words: tuple[str, ...]) -> str:
    """A regex that matches any of the words, literally."""
    return "|".join(re.escape(w) for w in words)


YOUR = r"(?:你|您)(?:的|们)?"
# Whose people, in the complainant's or a reporter's account too ("打给我妈", "联系其同事").
PERSON = r"(?:你|您|其|他|她|我(?!们)|借款人|被害人|当事人)(?:的|们)?"
# Family and relatives.
KIN = (r"家人|家里人|家属|父母|爸妈|爹妈|爸爸|妈妈|老婆|老公|妻子|丈夫|对象|男朋友|女朋友|"
       r"孩子|子女|儿子|女儿|哥哥|姐姐|弟弟|妹妹|兄弟姐妹|爷爷|奶奶|岳父|岳母|公婆|亲戚|亲友"
       r"|亲朋好友|"
       r"大伯|叔叔|阿姨|舅舅|姑姑|表哥|表姐|表弟|表妹|堂哥|堂姐|前妻|前夫|"
       r"嫂子|姐夫|妹夫|弟媳|老丈人|丈母娘|公公|婆婆|外公|外婆|姥姥|姥爷|舅妈|婶婶|七大姑八大姨")
# Friends, work, neighbours and the contact list.
CIRCLE = (r"朋友|好友|同学|室友|舍友|老师|辅导员|同事|领导|老板|经理|主管|老总|上司|人事|HR|"
          r"单位|公司|村委|村干部|"
          r"邻居|房东|物业|紧急联系人|联系人|通讯录")
RELATIVES = r"(?:所有|全部)?(?:大学|高中|单位|公司)?(?:" + KIN + "|" + CIRCLE + ")"
ALL_CONTACTS = r"通讯录(?:里|上)?的?(?:所有人|好友|联系人|每一个人|每个人)"
# A collection letter sent to the workplace or the family tells them about the debt.
LETTER_TO = (r"(?:寄|送|邮寄|发)(?:到|给)(?:你|您)(?:的|们)?"
             r"(?:工作)?(?:单位|公司|老家|村委|父母|家里人)")
GROUPS = r"(?:家族群|工作群|同事群|亲友群|业主群|同学群|家长群|班级群|校友群|小区群|老乡群|公司群)"
# The contact list in other words: the phone book, the people in the phone, everyone they know.
CONTACT_LIST = (
    r"(?:打给|打到|拨给|发给|发到|传给|寄给|通知|联系|群发|告诉|问)[^，。！？\n]{0,8}"
    r"(?:通讯录|电话簿|电话本|联系人|手机里的|通话记录)",
    r"(?:通讯录|电话簿|电话本|通话记录)[^，。！？\n]{0,10}"
    r"(?:打|发|传|通知|联系|群发|每一个|每个|所有人|都会|一个一个|挨个)",
    r"(?:你|您)(?:身边|认识)的(?:人|朋友)[^，。！？\n]{0,6}(?:都会|通知|知道|联系)",
)
NOT_SENT = r"(?<![发寄传贴挂打])"  # "发到你公司", "打去你公司": not a visit

# A time soon: a visit then is imminent.
SOON = (r"(?:今晚|今天|今日|今夜|当晚|马上|立刻|立即|现在|一会儿?|待会儿?|等会儿?|这就|"
        r"明天|明早|明晚|"
        r"晚上|半小时|一小时|一个小时|下午)")
# A visit, in the collector's words or in the complainant's account of them.
VISIT = (r"(?:上门|登门|找上门|家门口|(?:去|到|来|上)(?:你|您)(?:们)?(?:的)?(?:" + KIN
         + r")?(?:家|单位|公司|老家|村里|学校|店里|厂里|小区|住的地方|上班的地方|那里|那儿)"
         # the complainant's account of a call: "说今晚来我家" (not "来我们公司", their office)
         r"|(?:去|到|来|上)我(?!们)(?:的)?(?:" + KIN + r")?(?:家|老家|单位|住的地方|上班的地方)"
         r"|(?:去|过去|过来|来)找(?:你|您|我(?!们)))")
# The gap between a time and a visit: it holds no denial.
NO_DENIAL = r"(?:(?!没|未|不会|不再)[^。！？\n])"
# The contact list named only to deny it ("我们不会联系您的通讯录").
DENIED_CONTACTS = (r"(?:不会|绝不会?|从不|从未|并未|不得)(?!放过|饶)[^，。！？\n]{0,12}"
                   r"(?:通讯录|电话簿|联系人|亲友|家人)")
# An anti-fraud notice ("谨防冒充公检法") names what it warns of.
NOTICE = r"谨防|警惕|提防|防范|谨慎|切勿相信|请勿相信"
