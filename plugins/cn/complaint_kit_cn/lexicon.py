"""The zh-Hans message lexicon: collection messages to tags, with the matched words as reasons.

This is the one place where the mainland-China rules match words. The core tags every incident of
a zh-Hans case with it before the rules run (``complaint_kit.api.Analysis``); the rules read
the tags, never the text. Three kinds:

- the standard tags (``complaint_kit.api.TAGS``: threats, insults, impersonation...), which
  name abuse: a lawful reminder — a bill, a due date, "逾期将依法报送征信", "我司将依法起诉" —
  gets none of them;
- features: what a message contains — ``debt_mention`` (it speaks of the debt: said to a third
  party, that is a disclosure; said to the debtor, an ordinary reminder), ``lawsuit_claim`` (it
  says a suit or case exists: often false, true only if a court served it), ``legal_document``,
  ``document_sent``, ``demand_third_party`` and ``workplace``; a lawful reminder may carry them;
- features that refine the standard tags or name conduct they do not cover, for the rules:
  ``threat_explicit`` (violence in so many words, within threat_violence), ``threat_family``,
  ``visit_imminent`` (a visit tonight, today or tomorrow), ``criminal_claim`` (police steps said
  to be taken), ``false_claim``, ``credit_claim``, ``entered_home``, ``collection_fee`` and
  ``new_loan_pressure``.

All of them are ``features`` of the Lexicon: ``Tagging.tags`` stays the standard vocabulary,
comparable across languages, and the rules read tags and features alike.

``PLACES`` (not a message classifier) reads a visit's ``location``: at the workplace or not.

``NEGATION`` denies words that a negation right before them (in the same clause) denies: "没有提到
欠款", "并未上门", "未透露借款信息". "不还钱就上门" is still a threat: the negation must end where
the words begin.
"""

from __future__ import annotations

import re

from complaint_kit.api import TAGS, Lexicon

# --- Word lists (tuples that the patterns below are built from) -------------------------------

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
IMPERSONATION = (r"(我是|我们是|这里是|本人是|我方是|【|\[)[^，。！？,.!?\n]{0,15}?("
                 + "|".join(AUTHORITY_WORDS) + r")")


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


_YOUR = r"(?:你|您)(?:的|们)?"
_KIN = (r"家人|家里人|家属|父母|爸妈|爹妈|爸爸|妈妈|老婆|老公|妻子|丈夫|对象|男朋友|女朋友|"
        r"孩子|子女|儿子|女儿|哥哥|姐姐|弟弟|妹妹|兄弟姐妹|爷爷|奶奶|岳父|岳母|公婆|亲戚|亲友|亲朋好友|"
        r"大伯|叔叔|阿姨|舅舅|姑姑|表哥|表姐|表弟|表妹|堂哥|堂姐|前妻|前夫")
_CIRCLE = (r"朋友|好友|同学|室友|舍友|老师|辅导员|同事|领导|老板|经理|主管|老总|上司|人事|HR|"
           r"单位|公司|村委|村干部|"
           r"邻居|房东|物业|紧急联系人|联系人|通讯录")
_RELATIVES = r"(?:所有|全部)?(?:大学|高中|单位|公司)?(?:" + _KIN + "|" + _CIRCLE + ")"
_ALL_CONTACTS = r"通讯录(?:里|上)?的?(?:所有人|好友|联系人|每一个人|每个人)"
# A collection letter sent to the workplace or the family tells them about the debt.
_LETTER_TO = (r"(?:寄|送|邮寄|发)(?:到|给)(?:你|您)(?:的|们)?"
              r"(?:工作)?(?:单位|公司|老家|村委|父母|家里人)")
_GROUPS = r"(?:家族群|工作群|同事群|亲友群|业主群)"
# The contact list in other words: the phone book, the people in the phone, everyone they know.
_CONTACT_LIST = (
    r"(?:打给|打到|拨给|发给|发到|传给|寄给|通知|联系|群发|告诉|问)[^，。！？\n]{0,8}"
    r"(?:通讯录|电话簿|电话本|联系人|手机里的|通话记录)",
    r"(?:通讯录|电话簿|电话本|通话记录)[^，。！？\n]{0,10}"
    r"(?:打|发|传|通知|联系|群发|每一个|每个|所有人|都会|一个一个|挨个)",
    r"(?:你|您)(?:身边|认识)的(?:人|朋友)[^，。！？\n]{0,6}(?:都会|通知|知道|联系)",
)
_NOT_SENT = r"(?<![发寄传贴挂打])"  # "发到你公司", "打去你公司": not a visit

PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": (
        _words(VIOLENCE_THREATS),
        r"(?:打|弄|搞)(?:残|断|死)(?:你)?", r"(?:砍|捅|废|收拾|办)了?你", r"卸你",
        r"泼(?:红)?(?:油漆|红油|漆|粪)", r"放火|烧了?你", r"活埋", r"见血", r"断(?:手|脚|腿)",
        r"(?:家人|孩子|老婆|父母|全家)[^，。！？\n]{0,6}(?:出事|遭殃|安全)", r"人身安全",
        r"出门被车撞", r"花圈|纸钱|冥币|寿衣|骨灰", r"小心(?:你|您)(?:的|家)",
        r"(?:儿子|女儿|孩子|小孩)[^，。！？\n]{0,8}(?:学校|幼儿园|放学|上学)", r"好自为之|自己掂量",
        r"(?:非常|特殊|极端|强硬)手段", r"你等着(?!坐牢|被)|等着瞧|不会放过你|饶不了你|付出代价",
        r"给你点颜色|吃不了兜着走|卸你|废你|见一次打一次", r"后果[^，。！？\n]{0,4}(?:自负|承担)",
        r"锁好门|走夜路|(?:混|待|干|活)不下去|别想好过|信不信我|别怪我们|对你不客气",
        r"(?:一直|天天)?(?:跟着|跟踪|盯着)(?:你|您)|祈祷|别让我们(?:找|碰)到你",
        r"(?:你|您)的?(?:车|车子|房子|店)[^，。！？\n]{0,10}(?:看到|清楚|知道|挺好看|小心)",
        # Violence in literary or idiomatic phrasing.
        r"血债血偿|见红|血光之灾|(?:刀子?|子弹|拳头)不长眼|狗命|要(?:了)?(?:你|您)的?(?:命|小命)",
        r"横着(?:出来|出去)|缺胳膊少腿|满地找牙|生不如死|死无葬身之地|死得很难看|陪葬|收尸|棺材",
        r"(?:永无|不得|家无)(?:宁日|安宁)|鸡犬不宁|人间蒸发|沉(?:江|塘|海)|喂鱼|埋了(?:你|您)",
        r"(?:出|发生)(?:点|个)?意外|飞来横祸|坐轮椅|躺(?:着)?(?:进)?医院|进(?:ICU|重症)",
        # Menace in other words: a lesson, regret, someone sent, a sleepless night.
        r"(?:找人|叫人|派人|让人)[^，。！？\n]{0,4}(?:弄|搞|整|收拾|教训|处理|对付|招呼)(?:你|您)",
        r"教训(?:你|您|一下)|(?:修理|整死|搞死|弄你|整你|搞你)(?!的)|毁了(?:你|您)|毁掉(?:你|您)",
        r"有(?:你|您)(?:好看|好受|受的)|(?:你|您)会后悔|让(?:你|您)后悔",
        r"活(?:腻|够)了|不想活了|别怪我|黑社会|道上的|(?:江湖|道上)(?:规矩|的人)",
        r"睡(?:觉)?(?:安稳|踏实|别太死)|出门(?:当心|注意点|注意安全)",
        r"注意(?:你|您)?(?:自己|家人|孩子|人身)的?安全|小心(?:你|您)?(?:的)?(?:腿|手|命|小命|脑袋|狗头)",
        r"(?:手|腿|脚)(?:也)?(?:就)?(?:别|不)(?:想)?要了|站不起来|爬不起来|下不了床|找死|活得不耐烦",
        r"(?:每天)?几点(?:出门|放学|下班|上学|回家)[^，。！？\n]{0,6}(?:清楚|知道)",
        r"(?:玻璃|轮胎|车窗|门锁|锁眼)[^，。！？\n]{0,8}(?:碎|扎|破|完整|砸|堵|胶水)",
        r"别哭|有你哭的|哭都来不及|有的是(?:办法|手段|人)|说到做到|报应[^，。！？\n]{0,6}(?:家人|孩子|全家|头上|身上)",
    ),
    "threat_visit": (
        _words(VISIT_THREATS),
        _NOT_SENT + r"(?:到|去|上|来)(?:你|您)(?:们)?"
        r"(?:家|单位|公司|老家|村里|学校|店里|厂里|小区)",
        r"家门口", r"堵你", r"找上门", r"外访", r"实地(?:走访|拜访|催收)",
        r"(?:上门|登门)?拜访(?:你|您)",
        r"(?:上你|到你)(?:户籍地|住址|工作地)",
        r"(?:住址|地址|住哪|家在哪)[^，。！？\n]{0,6}(?:查到|知道|掌握|清楚|打听到)",
        r"(?:你|您)(?:们)?(?:家|公司|单位|小区)(?:附近|楼下|门口|外面|对面)", r"走访",
        r"(?:户籍|户籍所在地|老家)(?:进行)?(?:走访|拜访)",
        # Visits in other words: someone sent, going over, meeting face to face.
        r"(?:过去|过来|去|到)(?:找|见|堵|蹲|拜访|看望)(?:你|您)",
        r"(?:派|安排|叫|带)(?:人|同事|专人|兄弟|外访)[^，。！？\n]{0,6}(?:过去|过来|去你|到你|找你)",
        r"当面(?:谈|聊|解决|处理|沟通)|亲自(?:过去|过来|登门|拜访)",
        r"去(?:你)?(?:老家|村里)(?:走一趟|看看|问问)|(?:你家|你住的地方)[^，。！？\n]{0,6}等(?:你|您)",
        _NOT_SENT + r"(?:去|到|上|来)(?:你|您)的?(?:" + _KIN + r")?(?:家|那里|那儿|老家|门口|"
        r"上班的地方|工作的地方|住的地方)",
        # A visit without 上门: being where the debtor lives, knowing it, or about to find them.
        r"(?:知道|查到|掌握|清楚|打听到|找到)(?:了)?(?:你|您)(?:的)?(?:家|住|老家|户籍|地址|单位|公司)",
        r"(?:知道|清楚)(?:你|您)(?:住|在)(?:哪|哪里|哪儿|什么地方)",
        r"(?:你|您)(?:们)?(?:家|单位|公司|小区|楼|村)(?:里|的)?(?:楼下|门口|附近)",
        r"(?:安排|派)[^，。！？\n]{0,8}找到(?:你|您)|(?:会|已经|马上|一定|迟早)找到(?:你|您)",
        r"(?<![发寄传贴挂打])(?:到|去|来|上)(?:你|您)(?:们)?(?:那|那边|那里|那儿|这边|住处|住所|府上)",
        r"跑(?:得|了)和尚跑不了庙|蹲守|守在(?:你|您)|(?:当面|面对面|见面)(?:谈|聊|解决|处理|沟通|说)",
        r"到府|登门",
        r"几号楼|几单元|哪栋楼?|哪一栋|门牌号?|(?:亲自|专程|特意)(?:跑|走)一趟|只好(?:跑|走)一趟",
        r"前往(?:你|您)?的?(?:户籍|老家|住|家|单位|公司|村)",
        r"(?:来到|跑到|闯到|找到)[^，。！？\n]{0,6}(?:家|住处|家门|家里)",
    ),
    "third_party_contact": (
        _words(FAMILY_THREATS),
        r"(?:联系|通知|告诉|告知|通报给?|转告|打给|打电话给|找|发给|寄给|发信息给|发短信给|短信通知"
        r"|跟|向|拜访)"
        r"(?:了|上|过)?" + _YOUR + "?" + _RELATIVES,
        r"给" + _YOUR + "?" + _RELATIVES
        + r"[^，。！？\n]{0,6}(?:打电话|打过电话|发短信|发信息|发消息)",
        r"爆(?:你的?)?通讯录", _ALL_CONTACTS, _GROUPS, *_CONTACT_LIST,
        _YOUR + r"(?:全家|家人|父母|同事|领导|亲戚|朋友|老婆|老公)[^，。！？\n]{0,6}"
        r"(?:都|也|已经|已)会?(?:知道|收到|联系)",
        r"(?:" + _KIN + "|" + _CIRCLE + r")的?(?:电话|号码|联系方式)[^，。！？\n]{0,6}"
        r"(?:有|拿到|查到|打了|打过|联系)",
        r"(?:" + _KIN + r")(?:上班|工作|住)的地方", _LETTER_TO,
        r"让(?:你|您)的?(?:领导|老板|父母|家人|同事|全家|亲戚|朋友)[^，。！？\n]{0,4}"
        r"(?:知道|签收|看看|评评理)",
        r"代偿|(?:替|帮)(?:你|您)还|(?:帮|替)(?:你|您)(?:告诉|通知)(?:她|他|他们)",
        r"(?:向|跟)[^，。！？\n]{0,10}(?:打听|询问)(?:你|您)",
        # A message for someone else to pass on: its reader is a third party, told of the debt.
        r"(?:请|麻烦)(?:你|您)?(?:通知|转告|告知|告诉|提醒|督促)[^，。！？\n]{0,14}"
        r"(?:欠款|逾期|还款|还钱|借款|贷款)",
        r"(?:其|他|她)(?:在[^，。！？\n]{0,10})?的?(?:欠款|借款|贷款)[^，。！？\n]{0,6}(?:逾期|未还|不还)",
        # A relative's debt told to the reader: the reader is a third party.
        r"(?:你|您)(?:的)?(?:儿子|女儿|老公|老婆|丈夫|妻子|爸爸|妈妈|父亲|母亲|弟弟|妹妹|哥哥|姐姐)"
        r"[^，。！？\n]{0,10}(?:欠|借了|赌|不还|骗)",
        r"(?:家里人|家人|父母|爸妈)[^，。！？\n]{0,4}(?:得|要|会)?(?:替|帮)(?:你|您)(?:扛|还|担|承担|处理)",
        r"(?:给|跟|和)(?:你的?)?(?:父母|家人|家里人|爸妈)(?:沟通|说清楚|讲清楚)|打电话通知",
        r"(?:你|您)是[^，。！？\n]{0,8}的?(?:父亲|母亲|爸爸|妈妈|家人|老板|领导|同事|朋友|雇主)(?:吧|吗)",
        # The reader is a referee or a relative, or the collector turns to them for the money.
        r"(?:授权|紧急|相关)?联系人(?:的)?(?:协助|帮忙|转告|代为)|请求[^，。！？\n]{0,8}联系人",
        r"(?:如|若)(?:果)?(?:您|你)?不认识(?:此人|该人|他|她|这个人)",
        r"作为[^，。！？\n]{0,10}的?(?:紧急联系人|联系人|担保人|亲属|家人|朋友)",
        r"(?:留|填写?|预留|登记)(?:了)?(?:你|您)的?(?:电话|号码|手机号|联系方式)",
        r"(?:你|您)认识[^，。！？\n]{0,8}(?:吗|么)",
        r"(?:你|您)的(?:亲属|朋友|家人|同事|亲人)[^，。！？\n]{0,12}(?:借款|欠款|逾期|欠)",
        r"(?:村委会?|居委会?|街道办?|社区|工作单位|单位|学校)[^，。！？\n]{0,6}(?:通报|反映|联系|沟通|告知)",
        r"(?:通报|反映)[^，。！？\n]{0,12}(?:村委会?|居委会?|社区|工作单位|学校)",
        r"找(?:她|他|他们|(?:你|您)的?(?:" + _KIN + r"))要(?:钱|账|债)?",
        r"让(?:你|您)?的?(?:" + _KIN + r")(?:替|帮)?(?:你|您)?还",
        r"(?:望|帮忙|代为|麻烦)[^，。！？\n]{0,4}转告|转告到位",
        r"(?:挨个|一个个|一个一个|逐个|逐一)(?:打|通知|联系|发|问)",
        r"让(?:你|您)的?(?:领导|老板|上司|经理|" + _KIN + r")(?:来)?(?:处理|管管?|解决|出面)",
        r"(?:" + _KIN + "|" + _CIRCLE + r")的?(?:电话|号码|联系方式)[^，。！？\n]{0,4}在我们",
        r"(?:联系|找|通知|打给|打到)(?:了)?(?:你|您)?(?:们)?(?:村|所在村)?的?(?:村委会?|居委会?|村干部|村长|街道办?)",
        r"微信好友|QQ好友|好友列表|(?:建|拉)了?(?:一个)?群|拉(?:进|到)(?:了)?群|拉进来",
        r"(?:跟|和|向|给)[^，。！？\n]{0,8}(?:同事|领导|家人|父母|朋友|邻居|亲戚)(?:说|讲)(?:了|过)",
    ),
    "disclosure": (
        _words(SHAMING_THREATS),
        r"爆(?:你的?)?通讯录", _ALL_CONTACTS, *_CONTACT_LIST[1:],  # not "联系紧急联系人"
        r"曝光", r"社死", r"群发", r"公示", r"张贴|贴满|贴到", r"横幅|海报", r"抬不起头",
        r"电线杆|传单|公告栏|布告栏|大字报|寻人启事",
        r"(?:出现|贴|挂)(?:在|到)(?:你|您)(?:们)?的?(?:家|单位|公司|老家|小区|村)",
        r"(?:发|挂|传|晒|放)(?:到|在)?[^，。！？\n]{0,8}(?:朋友圈|群里|抖音|快手|网上|微博)",
        _GROUPS,
        r"(?:所有人|大家|全村|亲戚朋友|身边的人|全公司|邻居|同事们?)[^，。！？\n]{0,6}"
        r"(?:知道|看看|看着)",
        r"知道(?:你|您)(?:是老赖|欠)", r"让(?:你|您)[^，。！？\n]{0,4}出名",
        r"(?:欠钱|欠款|欠债|借钱|借款)(?:不还)?的?(?:事|消息|信息|情况|记录|截图)[^，。！？\n]{0,14}"
        r"(?:告诉|通知|通报|公开|传|发|挂|反映|说了|讲了)",
        r"(?:告诉|通知|反映|说|讲)[^，。！？\n]{0,10}(?:你|您)(?:欠钱不还|借钱不还|是老赖|欠了钱|欠债不还)",
        r"(?:反映|告诉)[^，。！？\n]{0,8}(?:你|您)(?:欠钱|欠款|欠债)的?事", _LETTER_TO,
        # A message for someone else to pass on: its reader is a third party, told of the debt.
        r"(?:请|麻烦)(?:你|您)?(?:通知|转告|告知|告诉|提醒|督促)[^，。！？\n]{0,14}"
        r"(?:欠款|逾期|还款|还钱|借款|贷款)",
        r"(?:其|他|她)(?:在[^，。！？\n]{0,10})?的?(?:欠款|借款|贷款)[^，。！？\n]{0,6}(?:逾期|未还|不还)",
        r"(?:家人|爸妈|父母|家里人|老婆|老公)知道吗",
        # Public shaming in other words: spreading the details, slogans, the press, everyone around.
        r"扩散|散布|公之于众|登报|上新闻|(?:新闻)?媒体|悬赏|开开眼|传话筒",
        r"(?:周围|周边|身边)的人[^，。！？\n]{0,6}(?:都)?(?:知道|看到|晓得)",
        r"(?:你|您)的?(?:照片|身份证|个人信息|欠款信息|借款信息|头像|资料)[^，。！？\n]{0,10}"
        r"(?:发|传|贴|曝光|扩散|公布|公开)",
        r"欠债还钱|欠钱还钱|还我血汗钱",
        r"(?:如|若)(?:果)?(?:您|你)?不认识(?:此人|该人|他|她|这个人)",
        r"(?:你|您)的(?:亲属|朋友|家人|同事|亲人)[^，。！？\n]{0,12}(?:借款|欠款|逾期|欠)",
        r"(?:通报|反映)[^，。！？\n]{0,12}(?:村委会?|居委会?|社区|工作单位|学校)",
        r"(?:挨个|一个个|一个一个|逐个|逐一)(?:打|通知|联系|发|问)|手机里的(?:每一个人|每个人|所有人)",
        r"(?:出现|公布|曝光)(?:在)?[^，。！？\n]{0,10}(?:朋友圈|群里|抖音|快手|网上|微博)",
        r"请大家|大家(?:注意|小心|评评理)|各位(?:亲朋|乡亲|邻居|同事|朋友)|特此(?:通告|公告)"
        r"|通告其?(?:亲朋|亲友|家人)",
        r"微信好友|QQ好友|好友列表|(?:建|拉)了?(?:一个)?群|拉(?:进|到)(?:了)?群|拉进来",
        r"(?:跟|和|向|给)[^，。！？\n]{0,8}(?:同事|领导|家人|父母|朋友|邻居|亲戚)(?:说|讲)(?:了|过)",
        # A relative's debt told to the reader: the reader is a third party.
        r"(?:你|您)(?:的)?(?:儿子|女儿|老公|老婆|丈夫|妻子|爸爸|妈妈|父亲|母亲|弟弟|妹妹|哥哥|姐姐)"
        r"[^，。！？\n]{0,10}(?:欠|借了|赌|不还|骗)",
    ),
    "criminal_threat": (
        _words(PRISON_THREATS), _words(CRIMINAL_CLAIMS),
        r"抓(?:你|人|走)", r"拘留", r"刑事", r"判刑", r"(?:进|蹲)(?:大)?(?:牢|监狱)", r"牢饭",
        r"诈骗罪|恶意透支|涉嫌[^，。！？\n]{0,8}罪|构成[^，。！？\n]{0,8}罪", r"手铐",
        r"(?:被|已被|已经被)立案", r"民事转刑事", r"拘捕|逮捕令|通缉令", r"刑期|涉嫌诈骗",
        r"(?:警察|公安|民警)[^，。！？\n]{0,8}(?:带走|带人)", r"构成诈骗|接受调查|传唤|拘传",
        r"(?:公安|派出所|警方|经侦)[^，。！？\n]{0,6}(?:备案|介入|调查)",
        r"被拘|抓起来|关起来|(?:进|蹲)(?:局子|号子)",
        r"(?:移交|提交|交给|报给|转给|转交)[^，。！？\n]{0,8}(?:派出所|公安|警方|经侦|刑侦|检察院)",
        r"(?:民警|警察|公安|警方)[^，。！？\n]{0,4}(?:会|将|马上)?(?:联系你|找你|来找|上门)",
        r"涉嫌(?:洗钱|诈骗|犯罪|违法|套现)|配合调查|(?:派出所|公安局|局子)[^，。！？\n]{0,4}"
        r"(?:喝茶|坐坐|走一趟)",
        # A crime alleged without naming the police or a crime.
        r"刑法|侦查|案底|取保候审|牢狱|失去自由|刑拘|批捕|羁押|劳改|经济犯罪|骗贷|骗取贷款",
        r"判(?:你)?(?:个)?(?:几|三|五|十)年|坐(?:几|三|五|十)年|恶意逃(?:废)?债",
        r"(?:你|您)(?:这|这是|这就是|属于|已经)[^，。！？\n]{0,4}(?:诈骗|违法犯罪|犯法)",
        r"撤案|立案侦查|(?:户籍|户籍地|户籍辖区)[^，。！？\n]{0,4}(?:派出所|公安|立案)",
        # Police and crime in other words.
        r"(?:已|已经|马上|立刻|直接|会|将|去)(?:向[^，。！？\n]{0,6})?报(?:警|案)(?!电话)",
        r"嫌疑人|在逃|追逃|逃犯|看守所|警车|公诉|非法占有|坐(?:监|大狱)|吃官司[^，。！？\n]{0,4}(?:坐|牢)",
        r"拒不?执行(?:判决|裁定)|拒执罪|涉嫌[^，。！？\n]{0,6}(?:诈骗|欺诈|洗钱|犯罪|违法)",
        r"(?:移送|移交|提交|交给)[^，。！？\n]{0,6}司法机关|(?:警察|民警|公安)[^，。！？\n]{0,4}敲门",
        r"(?:就是|属于|构成|算)(?:恶意)?(?:诈骗|欺诈|犯罪)|(?:准备|等着)[^，。！？\n]{0,4}进去",
        r"(?:骗|诈)(?:取|骗)[^，。！？\n]{0,6}(?:钱|财|款)|(?:你|您)(?:就是|是|属于)(?:在)?(?:骗|诈骗|骗子)",
    ),
    "impersonation": (
        IMPERSONATION,
        # An "investigations unit": a name that poses as an authority.
        r"(?:调查|稽查|侦查|专案|核查)(?:组|科|部|中心|小组|处|队|局)|调查员|司法(?:调查|鉴定)中心",
        r"(?:金融|网络|经济|案件)[^，。！？\n]{0,4}(?:调查|稽查)(?:中心|科|组|处|局)",
        r"(?:法院|公安|检察院)(?:的)?(?:通知|传唤|公告)(?:你|您)",
        r"(?:法院|公安局|派出所)(?:的)?(?:民警|警官|法官|工作人员)[^，。！？\n]{0,6}"
        r"(?:通知|告诉|提醒)(?:你|您)",
        r"(?:协查函|逮捕令|拘捕令|通缉令|拘留证)",
        r"(?:我是|我们是|这里是|本人是|【)[^，。！？\n]{0,15}?"
        r"(?:刑侦|特警|民警|法官|书记员|仲裁委|仲裁中心|仲裁院|金融办|网贷办|金融监管)",
        r"(?:这是|这边是|我们这边是)[^，。！？：:\n]{0,15}?(?:" + "|".join(AUTHORITY_WORDS)
        + ")",
        r"协查(?:中心|组|科|处|名单)|司法协查",
    ),
    "insult": (
        _words(tuple(w for w in INSULT_WORDS if w != "骗子")), r"(?<!谨防)骗子", _words(CURSES),
        r"狗日|操你|草你|日你|你妈(?:的|逼|个)|他妈的|tmd|nmsl|(?<![a-z])sb(?![a-z])",
        r"混蛋|孬种|败类|烂人|无赖",
        r"猪狗不如|丢人现眼|下贱|没脸没皮|臭不要脸", r"给我滚|滚蛋", r"赖皮|赖子",
        r"烂货|贱货|蠢货|死猪|狗杂种|缩头乌龟|白眼狼|废柴|窝囊废|穷鬼|死皮赖脸",
        r"没良心|不是人|狼心狗肺|活该|断子绝孙|脸皮厚|厚脸皮|给脸不要脸|死不要脸|贱骨头|装孙子",
        r"你这(?:个|种)[^，。！？\n]{0,8}(?:东西|玩意)",
        r"妈的|尼玛|麻痹|草泥马|cnm|傻[xXbB叉逼]|煞笔|沙比|二逼|脑残|智障|弱智|蠢猪|猪头|王八|龟孙",
        r"贱种|老不死|短命鬼|滚犊子|死妈|你妈死|你算什么东西|什么玩意|骚货|屌丝",
        r"卖了?淫|去嫖|嫖娼|吸了?毒|赌鬼|赌狗|有病治病|阎罗殿|(?:关我|管我)屁事|狗屁",
        r"他妈(?!妈)|装什么装|你装什么",
        r"滚(?:出来|回来|过来|远点)|无耻|下三滥|不是东西|算什么东西|瘪三|流氓|泼皮|赖账|穷逼|"
        r"屌|鸡巴|肏|艹|草拟吗|卧槽|狗(?:娘|崽子|腿子|屎)|丢人|丢脸|没出息|神经病|贱(?!卖)",
        r"的狗(?=[，。！？\s]|$)|(?:你|您)(?:这|个|这个|这条)(?:死|癞皮|赖皮)?狗",
        r"浪费(?:粮食|空气)",
    ),
}

_SOON = (r"(?:今晚|今天|今日|今夜|当晚|马上|立刻|立即|现在|一会儿?|待会儿?|等会儿?|这就|"
         r"明天|明早|明晚|"
         r"晚上|半小时|一小时|一个小时|下午)")
_VISIT = (r"(?:上门|登门|找上门|家门口|(?:去|到|来|上)(?:你|您)(?:们)?(?:的)?(?:" + _KIN
          + r")?(?:家|单位|公司|老家|村里|学校|店里|厂里|小区|住的地方|上班的地方|那里|那儿)"
          # the complainant's account of a call: "说今晚来我家" (not "来我们公司", their office)
          r"|(?:去|到|来|上)我(?!们)(?:的)?(?:" + _KIN + r")?(?:家|老家|单位|住的地方|上班的地方)"
          r"|(?:去|过去|过来|来)找(?:你|您|我(?!们)))")
_NO = r"(?:(?!没|未|不会|不再)[^。！？\n])"  # the gap between a time and a visit holds no denial
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

PATTERNS.update({
    "debt_mention": (
        _words(DEBT_WORDS), r"催收(?!员|人员|方)", r"欠[^，。！？\n]{0,4}钱",
        r"借了[^，。！？\n]{0,6}(?:钱|元|块)",
        r"(?:替|帮|代)(?:他|她)还",
    ),
    "demand_third_party": (
        r"(?:替|帮|代)(?:他|她|他们|(?:你|您)(?:的)?(?:" + _KIN + r"|朋友|同事))"
        r"(?:还|偿还|还钱|还款)",
        r"代偿|代为(?:偿还|还款)",
        r"做(?:父母|家长|家人|家属)的[^，。！？\n]{0,4}(?:负责|承担)",
        r"(?:你|您)(?:们)?(?:家|家里|家人)[^，。！？\n]{0,4}(?:替|帮)?(?:他|她)(?:还|负责)",
    ),
    "threat_explicit": (
        _words(EXPLICIT_VIOLENCE),
        r"(?:打|弄|搞)(?:残|断|死)(?:你)?", r"(?:砍|捅|废)了?你", r"卸你",
        r"泼(?:红)?(?:油漆|红油|漆|粪)", r"放火|烧了?你", r"活埋", r"见血", r"断(?:手|脚|腿)",
        r"(?:家人|孩子|老婆|父母|全家)[^，。！？\n]{0,6}(?:出事|遭殃)", r"出门被车撞",
        r"花圈|纸钱|冥币|寿衣|骨灰", r"见一次打一次", r"(?:打|揍)(?:你|您)(?:一顿)?",
    ),
    "threat_family": (
        _words(FAMILY_THREATS),
        r"找(?:你|您|我(?!们))(?:的)?(?:" + _KIN + r")", r"(?:去|到|上)(?:你|您|我(?!们))(?:的)?(?:"
        + _KIN + r")(?:家|那里|那儿|单位|公司|学校)",
        r"(?:连累|牵连|殃及)(?:你|您)?(?:的)?(?:" + _KIN + r")",
        r"(?:家人|孩子|老婆|父母|全家|爸妈)[^，。！？\n]{0,6}(?:出事|遭殃|安全|好看)",
    ),
    "visit_imminent": (
        _SOON + _NO + r"{0,10}?" + _VISIT,
        _VISIT + r"[^。！？\n]{0,6}?" + _SOON,
    ),
    "lawsuit_claim": (
        r"(?:已|已经)(?:被)?(?:正式)?(?:起诉|立案|提起(?:民事)?诉讼|诉至法院|"
        r"(?:提交|移交|递交)(?:给|到)?法院|向(?:人民)?法院(?:提起|提交|递交))",
        r"(?<!将)(?<!可能)(?<!会)(?<!或)(?<!要)被(?:法院)?起诉",
        r"起诉(?:了)?(?:你|您)了", r"告(?:了)?(?:你|您)了",
        r"(?:法院|案件|案子)(?:已|已经)(?:经)?(?:立案|受理|开庭|判决|下判|审理)", r"立案了",
        r"(?:进入|启动|转入)(?:了)?(?:司法|诉讼|执行)程序",
        r"传票已(?:经)?(?:生成|送达|下发|下来|寄出|发出|出来)",
        r"开庭|到庭|出庭", r"案号", r"(?:你|您)(?:已|已经)(?:成为)?被告", r"诉前调解",
    ),
    "legal_document": (_words(DOCUMENT_WORDS),),
    "document_sent": (
        r"\[图片\]|【图片】|（图片）|\[文件\]|【文件】|见附件|附件[:：]",
        r"(?:传票|通知书|判决书|裁定书|逮捕令|拘留证|律师函|协查函|文书)的?(?:图片|照片|扫描件|复印件|原件)",
        r"(?:发来|寄来|送来|贴了|寄了|发了)[^，。！？\n]{0,6}(?:传票|通知书|判决书|裁定书|逮捕令|律师函|协查函|文书)",
        r"盖(?:有|着|了)[^，。！？\n]{0,6}(?:公章|印章|法院章)",
    ),
    "false_claim": (
        _words(FALSE_CLAIMS), r"冻结(?:你|您)的?(?:银行卡|账户|微信|支付宝|工资|财产)",
        r"(?:强制|上门)执行",
        r"(?:影响|连累)(?:你|您)?的?(?:子女|孩子|家人)[^，。！？\n]{0,6}"
        r"(?:征信|政审|考公|上学|入学|工作)",
    ),
    "credit_claim": (
        r"黑名单", r"已(?:经)?上(?:了)?征信", r"征信(?:已经?)?(?:花|黑|烂|毁)(?:了)?",
        r"(?:征信|信用)[^，。！？\n]{0,4}(?:终身|一辈子)", r"全国联网",
        r"(?:影响|连累)(?:你|您)?的?(?:子女|孩子|家人)[^，。！？\n]{0,6}征信",
    ),
    "criminal_claim": (
        _words(CRIMINAL_CLAIMS),
        r"(?:已|已经)(?:被)?(?:移交|提交|交给|报给|转给|转交)[^，。！？\n]{0,8}(?:派出所|公安|警方|经侦|刑侦|检察院)",
        r"(?:已|已经)(?:被)?(?:列为|认定为?)[^，。！？\n]{0,6}(?:嫌疑人|诈骗|犯罪)",
    ),
    "entered_home": (
        r"闯(?:进|入)|冲进|强行(?:进入|进门|进屋|进了)|硬闯",
        r"进(?:了|到|入)(?:我|我们|他|她|你)?(?:的)?(?:家|屋|房间|家门|家里)",
        r"赖(?:着|在)[^，。！？\n]{0,6}不走|拒不离开|不肯(?:离开|走)|(?:让|叫|请)(?:他们|他|她)?走[^，。！？\n]{0,4}(?:不走|也不走)",
    ),
    # 中银协 prohibition 4: fees in the name of collection, or pressure to borrow to repay.
    "collection_fee": (r"催收费|催收服务费|外访费|上门费|委外费",),
    "new_loan_pressure": (
        r"以贷养贷|以贷还贷|撸口子|套现(?:来)?还",
        r"(?:去|再|找)(?:别的|其他)?(?:平台|网贷|口子)?借(?:钱|点|网贷)?[^，。！？\n]{0,6}(?:来还|还我们|还上)",
    ),
    "workplace": (
        r"(?:到|去|来|上)(?:你|您|我)(?:们)?(?:的)?(?:单位|公司|厂里|店里|办公室|学校)",
        r"(?:向|跟|给|找)(?:你|您|我)(?:们)?(?:的)?(?:单位|公司)?(?:领导|老板|人事|HR|经理|主管)",
        r"(?:单位|公司)(?:领导|老板|人事|HR)",
    ),
})

# A denial right before the words, in the same clause: "没有提到欠款", "并未上门", "未透露任何借款
# 信息", "他们不会上门". Anchored at the end, so that "不还钱就上门" stays a threat.
NEGATION = (r"(?:没有|没|未|并未|并没有|从未|从没有?|从来没有?|不曾|未曾|没再|并非|不会)"
            r"(?:再|跟|对|向|给)?(?:她|他|他们|我|我们|你|本人|我妈|我爸|家人)?"
            r"(?:提到|提及|提起|提|说起|说过|说|讲|透露|告诉|表示|问起|问|涉及)?(?:过)?(?:要|会)?"
            r"(?:她|他|他们|我|你|本人)?(?:有|任何|关于)?(?:我的?|你的?|他的?|她的?)?$")

# A message that says a debt is civil ("欠款属于民事纠纷，不会坐牢") names prison only to deny it.
# An anti-fraud notice ("谨防冒充公检法") names what it warns of.
_DENIED_CONTACTS = (r"(?:不会|绝不会?|从不|从未|并未)(?:再)?"
                    r"(?:联系|打扰|打给|打电话给|通知|告知|骚扰|找)(?:您|你)?的?"
                    r"(?:通讯录|电话簿|联系人|亲友|家人)")
_NOTICE = r"谨防|警惕|提防|防范|谨慎|切勿相信|请勿相信"
UNLESS: dict[str, tuple[str, ...]] = {
    "impersonation": (_NOTICE,),
    # "本公司不收取任何催收费" says there is no fee.
    "collection_fee": (r"(?:不|不会|从不|无需|无须)(?:另行)?(?:收取|收|缴纳|支付)[^，。！？\n]{0,4}"
                       r"(?:催收|外访|上门|委外)",),
    "criminal_threat": (
        r"(?:不会|不涉及|不构成|并非)[^，。！？\n]{0,6}(?:坐牢|刑事|拘留|犯罪|抓)", _NOTICE,
    ),
    # "我们不会联系您的通讯录": the contact list named only to deny it.
    "third_party_contact": (_DENIED_CONTACTS,),
    "disclosure": (_DENIED_CONTACTS,),
}

# Everything beyond the standard tags (see the module's docstring).
FEATURES = frozenset(PATTERNS) - frozenset(TAGS)

LEXICON = Lexicon(name="cn", language="zh-Hans", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION, features=FEATURES)

# A visit's location (``Incident.location``) is a place, not a message: the CN rules read it with
# this lexicon, through the same negation-aware path. It is not registered as a classifier.
PLACES = Lexicon(name="cn-places", language="zh-Hans",
                 patterns={"workplace": (_words(WORK_PLACES),)}, negation=NEGATION)
