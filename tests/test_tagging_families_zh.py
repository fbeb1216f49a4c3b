"""The Chinese families of paraphrase of issue 15: each abusive wording gets its tag, with the
words that matched as the reason; its lawful look-alike gets no tag.

Both scripts, through the registry's tagger (lexicons and n-gram model), as ``classify`` reads a
message. The examples are new wordings of each family, not lines of the corpus.
"""

from __future__ import annotations

import pytest

from complaint_kit.plugins.registry import get_registry

# (language, message, tag, a word the reason must hold)
ABUSIVE = [
    # Visits that never say 上门: a door, a gate, a lobby, the place found, a night's wait.
    ("zh-Hans", "今晚九点小区门口见，别让我们等太久。", "threat_visit", "门口见"),
    ("zh-Hans", "我们的车已经开到你们单位了，出来聊。", "threat_visit", "开到你们单位"),
    ("zh-Hans", "催收的说下周去我老家堵我。", "threat_visit", "去我老家"),
    ("zh-Hant", "我們的人已經在你公司樓下，自己下來。", "threat_visit", "在你公司"),
    ("zh-Hant", "今晚喺停車場等你收工。", "threat_visit", "停車場等你"),
    # Crimes that never say 犯罪 or 公安: inside, the uniform, the cuffs, years.
    ("zh-Hans", "再拖着不还，就等着穿囚服吧。", "criminal_threat", "囚服"),
    ("zh-Hans", "你这种情况按诈骗处理，够你进去蹲几年。", "criminal_threat", "按诈骗"),
    ("zh-Hant", "這已經是刑案了，等著被約談吧。", "criminal_threat", "刑案"),
    ("zh-Hant", "唔還就等住差佬拉你。", "criminal_threat", "差佬"),
    # An "investigations unit" or a collector claiming the powers of the law.
    ("zh-Hans", "我是XX风控中心的执法专员，限你今天处理。", "impersonation", "执法专员"),
    ("zh-Hans", "这里是网贷清查办公室，你的案件已登记。", "impersonation", "清查办公室"),
    ("zh-Hans", "对方自称是区法院的法官，让我马上转账。", "impersonation", "自称是区法院"),
    ("zh-Hant", "這裡是債權管理中心執行組，請你配合。", "impersonation", "執行組"),
    ("zh-Hant", "本人係律師行代表，限你三日內還款。", "impersonation", "本人係律師"),
    # Violence in literary or veiled phrasing.
    ("zh-Hans", "清明节快到了，要不要提前给你烧纸？", "threat_violence", "烧纸"),
    ("zh-Hans", "不还钱就拿你的手来抵。", "threat_violence", "拿你的手来抵"),
    ("zh-Hant", "你那雙手還想不想拿筷子？", "threat_violence", "還想不想拿"),
    ("zh-Hant", "你間舖頭哪天燒起來都唔出奇。", "threat_violence", "哪天燒"),
    # Profanity and plain insults, in both scripts and in Cantonese.
    ("zh-Hans", "烂泥扶不上墙，说的就是你。", "insult", "烂泥"),
    ("zh-Hans", "你这个寄生虫，钱呢？", "insult", "寄生虫"),
    ("zh-Hans", "催收员在电话里辱骂我，说了很多难听的话。", "insult", "辱骂我"),
    ("zh-Hant", "你老母，仲唔覆？", "insult", "你老母"),
    ("zh-Hant", "沒路用的東西，這點錢也還不出來。", "insult", "沒路用"),
    # The contact list, the people around the debtor, and public posts.
    ("zh-Hans", "你微信里的好友我们都加了。", "third_party_contact", "微信里的好友"),
    ("zh-Hans", "他们打电话给我的领导，说我欠钱不还。", "third_party_contact", "给我的领导"),
    ("zh-Hans", "你的欠款截图下周就上抖音。", "disclosure", "上抖音"),
    ("zh-Hans", "张某某，借了钱就玩失踪，特此曝光。", "disclosure", "特此曝光"),
    ("zh-Hant", "你WhatsApp聯絡人全部都會收到。", "third_party_contact", "WhatsApp聯絡人"),
    ("zh-Hant", "你全部聯絡人都會收到你的欠款資料。", "disclosure", "全部聯絡人都會收到"),
    ("zh-Hant", "討債的在Dcard貼出我的照片。", "disclosure", "Dcard"),
]

# Lawful look-alikes: reminders, lawful remedies, denials, anti-fraud notices, accounts of what
# was not said.
LAWFUL = [
    ("zh-Hans", "逾期将依法起诉并报送征信，请及时还款。"),
    ("zh-Hans", "我们不会联系您的家人，也不会向您的通讯录联系人发送任何信息。"),
    ("zh-Hans", "该公司承诺，不会向借款人的通讯录联系人发送信息。"),
    ("zh-Hans", "谨防冒充公检法，任何自称公安、法院要求转账的电话都是诈骗。"),
    ("zh-Hans", "本平台从未授权任何人以调查组、执法队名义催收，请注意甄别。"),
    ("zh-Hans", "银行表示，逾期客户将依法报送征信，不会采取上门等方式。"),
    ("zh-Hans", "截止今日你已逾期3天，请尽快还款。"),
    ("zh-Hans", "您的物业费已逾期，请到物业服务中心缴纳。"),
    ("zh-Hans", "还款请认准官方渠道，切勿向个人账户转账。"),
    ("zh-Hant", "本行將依法陳報聯徵中心，請儘速繳款。"),
    ("zh-Hant", "本公司絕不會上門或聯絡您的公司，請保持電話暢通。"),
    ("zh-Hant", "謹防有人冒充本公司收數員上門收取現金。"),
    ("zh-Hant", "記者查證，該銀行的簡訊僅提醒還款，並無恐嚇字眼。"),
    ("zh-Hant", "我哋唔會聯絡你嘅屋企人或者公司，請你覆返電話。"),
]


@pytest.fixture(scope="module")
def taggers():
    registry = get_registry()
    return {language: registry.tagger(language) for language in ("zh-Hans", "zh-Hant")}


@pytest.mark.parametrize(("language", "text", "tag", "word"), ABUSIVE)
def test_a_paraphrase_gets_its_tag_with_the_words_as_reason(taggers, language, text, tag, word):
    tagging = taggers[language].tag(text)
    assert tag in tagging.tags, (text, tagging.tags)
    assert any(word in reason for reason in tagging.reasons[tag]), tagging.reasons[tag]
    assert all(reason in text for reason in tagging.reasons[tag])  # quoted, not made up


@pytest.mark.parametrize(("language", "text"), LAWFUL)
def test_a_lawful_look_alike_gets_no_tag(taggers, language, text):
    assert taggers[language].tag(text).tags == []


@pytest.mark.parametrize(("language", "text", "tag", "word"),
                         [a for a in ABUSIVE if a[0] == "zh-Hans"][:6])
def test_the_other_script_is_tagged_alike(taggers, language, text, tag, word):
    """A mainland message shown in 繁體 is tagged by the same families (OpenCC converts it)."""
    from complaint_kit.assess import scripts

    hant = scripts.to_script(text, "zh-Hant")
    assert tag in taggers["zh-Hans"].tag(hant).tags, hant
