"""Every provision the Taiwan rules and channels cite, as shared/reference/law-tw.md records it.

Grades are the reference's own ("High", "Medium", "UNVERIFIED"). Statutes and regulations are
the 全國法規資料庫 (MOJ) texts, 2024-10 version, at their canonical law.moj.gov.tw addresses.
Anything the reference marks UNVERIFIED has grade "UNVERIFIED" and no article, so the core
never names it in a letter.

Binding: statutes -> Binding.law; FSC regulations binding the financial institution ->
Binding.regulator; the Bankers Association's voluntary measure -> Binding.self_regulation;
press reports of a regulator's statements -> Binding.guidance.
"""

from complaint_kit.api import UNVERIFIED, Basis, Binding, Citation

MOJ = "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode="
HIGH = "High"
MEDIUM = "Medium"

_OUTSOURCING_SRC = MOJ + "G0380200"
_CARD_SRC = MOJ + "G0380055"
_FCPA_SRC = MOJ + "G0380226"  # 金融消費者保護法
_FOI_RULES_SRC = MOJ + "G0380231"  # 金融消費爭議處理機構評議程序辦法
_BANKING_SRC = MOJ + "G0380001"
_CRIMINAL_SRC = MOJ + "C0000001"
_SOCIAL_ORDER_SRC = MOJ + "D0080067"
_STALKING_SRC = MOJ + "D0080211"
_PDPA_SRC = MOJ + "I0050021"
_CIVIL_SRC = MOJ + "B0000001"
_FAIR_TRADE_SRC = MOJ + "J0150002"

# --- 金融機構作業委託他人處理內部作業制度及程序辦法 (FSC, 2023-08-25) -----------------------------
_OUT = "金融機構作業委託他人處理內部作業制度及程序辦法"


def _out(article: str, gist: str) -> Citation:
    return Citation(_OUT, article, Binding.regulator, _OUTSOURCING_SRC, HIGH, gist,
                    basis=Basis.regulatory)


OUT_3 = _out("第3條第1項第12款、第2項", "應收債權之催收作業得委託他人處理，但不得再委託")
OUT_13_1 = _out("第13條第1款", "受託催收機構限於經營金錢債權管理服務業務之公司、金融機構所屬"
                "金融控股公司之資產管理公司、律師事務所或會計師事務所")
OUT_13_6 = _out("第13條第6款", "受託機構之電話應錄音，催收電話及外訪均應錄音並備份，"
                "錄音紀錄至少保存六個月，不得刪除或修改")
OUT_14_1_1 = _out("第14條第1項第1款", "不得對債務人或第三人有暴力、恐嚇、脅迫、辱罵、騷擾、"
                  "虛偽、詐欺或誤導等行為，或以其他不當方式侵害債務人隱私")
OUT_14_1_2 = _out("第14條第1項第2款", "不得以騷擾影響他人正常居住、就學、工作、營業或生活")
OUT_14_1_3 = _out("第14條第1項第3款",
                  "催收時間為上午七時至晚上十時止。但經債務人同意者，不在此限。")
OUT_14_1_4 = _out("第14條第1項第4款", "不得以任何方式透過對第三人之干擾或催討為之")
OUT_14_1_5 = _out("第14條第1項第5款", "為探尋債務人聯絡方式而聯絡第三人時，應表明身分及目的，"
                  "經詢問時應告知委託機構及受託機構名稱；外訪時應出示授權書")
OUT_14_1_6 = _out("第14條第1項第6款", "受託機構及其人員不得向債務人或第三人收取款項")
OUT_14_1_7 = _out("第14條第1項第7款", "外訪人員應配戴識別證，外訪過程應全程錄音，未經債務人同意"
                  "不得以任何方式進入其住居所")
OUT_14_2_1 = _out("第14條第2項第1款", "虛偽陳述或暗示債務人不還款將遭逮捕、羈押，視為虛偽、"
                  "詐欺或誤導")
OUT_14_2_2 = _out("第14條第2項第2款", "告知債務人將扣押依法不得扣押之財產，視為虛偽、詐欺或誤導")
OUT_14_2_3 = _out("第14條第2項第3款",
                  "要求超過債務之金額或法律禁止收取之費用，視為虛偽、詐欺或誤導")
OUT_14_2_4 = _out("第14條第2項第4款", "虛偽陳述法院將進行拘提、管收、查封或拍賣，視為虛偽、"
                  "詐欺或誤導")
OUT_14_3_1 = _out("第14條第3項第1款", "持續或於非催收時間內，以電話、傳真、簡訊、電子郵件，或至"
                  "住居所、學校、工作或營業場所催收，視為騷擾")
OUT_14_3_2 = _out("第14條第3項第2款", "使用明信片，或於信封上使用文字或符號，使第三人得知債務人"
                  "債務或隱私（公司名稱除外），視為騷擾")
OUT_14_3_3 = _out("第14條第3項第3款",
                  "以公告、張貼或其他類似方式使第三人得知債務人之債務，視為騷擾")
OUT_16_3 = _out("第16條第3款", "債務人因受託機構違反第14條而不接受其催收，逕與金融機構聯繫者，"
                "金融機構應受理並自行處理")
OUT_16_4 = _out("第16條第4款", "受託機構有暴力、脅迫或恐嚇等行為者，金融機構應報警處理")
OUT_16_5 = _out("第16條第5款", "金融機構不得將對債務不負法律責任之人之資料提供受託機構")
OUT_16_6 = _out("第16條第6款", "委外催收前應以書面通知債務人受託機構名稱、催收金額、錄音保存"
                "期間、金融機構申訴專線及第14條所列事項")
OUT_16_7 = _out("第16條第7款", "金融機構應於營業場所及網站揭露受託催收機構之相關資訊")
OUT_16_8 = _out("第16條第8款", "受託機構因催收行為遭起訴者，金融機構應終止委託契約")

# --- 信用卡業務機構管理辦法 (card issuers collecting themselves) ------------------------------
_CARD = "信用卡業務機構管理辦法"


def _card(article: str, gist: str) -> Citation:
    return Citation(_CARD, article, Binding.regulator, _CARD_SRC, HIGH, gist,
                    basis=Basis.regulatory)


CARD_29_4 = _card("第29條第4款", "出售不良債權予資產管理公司，應以書面通知債務人買受人、金額及"
                  "發卡機構申訴電話")
CARD_42_4_3 = _card("第42條第4項第3款", "申請時取得之第三人個人資料不得用於催收")
CARD_51_2 = _card("第51條第2款", "僅得向持卡人及保證人催收，不得向與債務無關之第三人催收")
CARD_51_3 = _card("第51條第3款", "電話催收應表明機構名稱並全程錄音，錄音至少保存六個月")
CARD_51_4 = _card("第51條第4款", "不得有暴力、脅迫、恐嚇、辱罵、騷擾、誤導、欺瞞或侵害隱私之行為")
CARD_51_5 = _card("第51條第5款", "外訪催收應表明機構名稱並出示識別證")

# --- 保險業 (mirror rule for insurers' collection agencies) ---------------------------------------
INSURER_12 = Citation("保險業作業委託他人處理應注意事項", "第12點", Binding.regulator,
                      "https://law.lia-roc.org.tw/Law/RelaLaw?lsid=FL055291&lawno=14", HIGH,
                      "保險業委託催收機構之應遵守事項（與上開辦法第14條相同之清單）",
                      basis=Basis.regulatory)

# --- 刑法 -------------------------------------------------------------------------------------
_CRIM = "中華民國刑法"


def _crim(article: str, gist: str) -> Citation:
    return Citation(_CRIM, article, Binding.law, _CRIMINAL_SRC, HIGH, gist,
                    basis=Basis.criminal)


CRIM_304 = _crim("第304條", "以強暴、脅迫使人行無義務之事或妨害人行使權利（強制罪）")
CRIM_305 = _crim("第305條", "以加害生命、身體、自由、名譽、財產之事恐嚇他人，致生危害於安全"
                 "（恐嚇危害安全罪）")
CRIM_309 = _crim("第309條", "公然侮辱人")
CRIM_310 = _crim("第310條", "意圖散布於眾，而指摘或傳述足以毀損他人名譽之事（誹謗罪）；"
                 "散布文字、圖畫者加重")
CRIM_315_1 = _crim("第315條之1", "無故竊錄、竊聽或窺視他人非公開之活動、言論、談話或身體隱私部位")
CRIM_346 = _crim("第346條", "意圖為自己或第三人不法之所有，以恐嚇使人將本人或第三人之物交付"
                 "（恐嚇取財罪）")

# --- 社會秩序維護法 ---------------------------------------------------------------------------
_SOA = "社會秩序維護法"
SOA_35 = Citation(_SOA, "第35條", Binding.law, _SOCIAL_ORDER_SRC, HIGH,
                  "警察局及其分局就違反本法案件有管轄權",
    basis=Basis.administrative)
SOA_68_2 = Citation(_SOA, "第68條第2款", Binding.law, _SOCIAL_ORDER_SRC, HIGH,
                    "藉端滋擾住戶、工廠、公司行號、公共場所或公眾得出入之場所",
    basis=Basis.administrative)
SOA_89_2 = Citation(_SOA, "第89條第2款", Binding.law, _SOCIAL_ORDER_SRC, HIGH,
                    "無正當理由，跟追他人，經勸阻不聽者",
    basis=Basis.administrative)

# --- 跟蹤騷擾防制法 (only with a sexual or gender element) ------------------------------------
_STALK = "跟蹤騷擾防制法"
STALK_3 = Citation(_STALK, "第3條", Binding.law, _STALKING_SRC, HIGH,
                   "跟蹤騷擾行為限於與性或性別有關者，對特定人或其親屬反覆或持續為之",
    basis=Basis.criminal)
STALK_18 = Citation(_STALK, "第18條", Binding.law, _STALKING_SRC, HIGH,
                    "實行跟蹤騷擾行為者之處罰；須告訴乃論",
    basis=Basis.criminal)

# --- 個人資料保護法 ---------------------------------------------------------------------------
_PDPA = "個人資料保護法"
PDPA_20 = Citation(_PDPA, "第20條", Binding.law, _PDPA_SRC, HIGH,
                   "非公務機關對個人資料之利用，應於蒐集之特定目的必要範圍內為之",
    basis=Basis.regulatory)
PDPA_29 = Citation(_PDPA, "第29條", Binding.law, _PDPA_SRC, HIGH,
                   "非公務機關違反本法規定，致個人資料遭不法利用或侵害當事人權利者，負損害賠償責任",
    basis=Basis.civil)
PDPA_41 = Citation(_PDPA, "第41條", Binding.law, _PDPA_SRC, HIGH,
                   "意圖為自己或第三人不法之利益或損害他人之利益，違法利用個人資料，"
                   "足生損害於他人者，處五年以下有期徒刑",
    basis=Basis.criminal)

# --- 民法 -------------------------------------------------------------------------------------
_CIVIL = "民法"
CIVIL_184 = Citation(_CIVIL, "第184條", Binding.law, _CIVIL_SRC, HIGH,
                     "因故意或過失，不法侵害他人之權利者，負損害賠償責任",
    basis=Basis.civil)
CIVIL_195 = Citation(_CIVIL, "第195條", Binding.law, _CIVIL_SRC, HIGH,
                     "不法侵害他人之身體、健康、名譽、自由、信用、隱私，被害人得請求賠償相當之金額",
    basis=Basis.civil)

# --- 公平交易法; the FTC's debt-collection guidance is UNVERIFIED ------------------------------
FAIR_TRADE_25 = Citation("公平交易法", "第25條", Binding.law, _FAIR_TRADE_SRC, HIGH,
                         "事業亦不得為其他足以影響交易秩序之欺罔或顯失公平之行為",
    basis=Basis.regulatory)
FAIR_TRADE_42 = Citation("公平交易法", "第42條", Binding.law, _FAIR_TRADE_SRC, HIGH,
                         "違反第25條者，主管機關得限期令停止、改正，並處罰鍰",
    basis=Basis.regulatory)
FTC_GUIDANCE = Citation("公平交易委員會對催收行為之處理原則", None, Binding.guidance,
                        "law-tw.md §3.3 (ftc.gov.tw; not found)", UNVERIFIED,
                        "是否有現行之債務催收處理原則及其內容，尚未查證",
    basis=Basis.baseline)

# --- 銀行公會: Lunar New Year pause (voluntary, not law) --------------------------------------
BANKERS_LUNAR = Citation(
    "中華民國銀行商業同業公會全國聯合會春節期間暫停催收措施", None, Binding.self_regulation,
    "https://udn.com/news/story/7239/9298232; tw.news.yahoo.com 2026-01-30", MEDIUM,
    "春節連假期間會員機構及受託催收機構暫停簡訊、信函、電話、外訪及強制執行等一切催收",
    basis=Basis.baseline)
# The FSC's 2012 definition of 不當催收, as the press reported it.
FSC_2012 = Citation("金管會對不當催收之說明（2012年）", None, Binding.guidance,
                    "http://classic-blog.udn.com/spark37/6071599 (聯合報 2012-01-18)", MEDIUM,
                    "上午七時前或晚上十時後以電話、簡訊催收，或透過第三人施壓，屬不當催收",
    basis=Basis.baseline)

# --- Channel sources --------------------------------------------------------------------------
FCPA_13 = Citation("金融消費者保護法", "第13條第2項", Binding.law, _FCPA_SRC, HIGH,
                   "金融服務業應於收受申訴之日起三十日內為適當之處理；金融消費者不接受處理結果"
                   "或逾期未處理者，得於收受處理結果或期限屆滿之日起六十日內申請評議",
    basis=Basis.regulatory)
FCPA_14_4 = Citation("金融消費者保護法", "第14條第4項", Binding.law, _FCPA_SRC, HIGH,
                     "金融服務業應於十個工作天內向評議中心陳述意見",
    basis=Basis.regulatory)
FCPA_18 = Citation("金融消費者保護法", "第18條", Binding.law, _FCPA_SRC, HIGH,
                   "評議應於受理之日起三個月內作成，必要時得延長一次，不得逾二個月",
    basis=Basis.regulatory)
FCPA_23 = Citation("金融消費者保護法", "第23條", Binding.law, _FCPA_SRC, HIGH,
                   "評議成立後九十日內得申請法院核可，與民事確定判決有同一效力",
    basis=Basis.regulatory)
FCPA_24 = Citation("金融消費者保護法", "第24條第1項", Binding.law, _FCPA_SRC, HIGH,
                   "當事人名稱及基本資料、請求標的、事實、理由、相關文件或資料及申訴未獲妥適處理"
                   "之情形",
    basis=Basis.regulatory)
FOI_RULES_15 = Citation("金融消費爭議處理機構評議程序辦法", "第15條", Binding.regulator,
                        _FOI_RULES_SRC, HIGH,
                        "未先向金融服務業申訴、申訴後未逾三十日、逾期申請，或純屬債務協商、"
                        "投資表現、信用評等或定價政策者，不受理",
    basis=Basis.regulatory)
FOI_EBOOK = Citation("金融消費評議中心出版品", None, Binding.guidance,
                     "https://www.foi.org.tw/SeniorEbook/files/basic-html/page75.html", HIGH,
                     "評議中心免付費電話0800-789-885；金管會服務專線1998",
    basis=Basis.baseline)
FSC_1998 = Citation("金融監督管理委員會服務專線", None, Binding.guidance,
                    "https://www.foi.org.tw/SeniorEbook/files/basic-html/page75.html", HIGH,
                    "1998",
    basis=Basis.baseline)
FSC_2012_LINE = Citation("金管會2012年公布之不當催收檢舉專線", None, Binding.guidance,
                         "http://classic-blog.udn.com/spark37/6071599 (聯合報 2012-01-18)", MEDIUM,
                         "(02)8968-9665（號碼可能已變更）",
    basis=Basis.baseline)
BANKING_45_1 = Citation("銀行法", "第45條之1第3項", Binding.law, _BANKING_SRC, HIGH,
                        "銀行作業委託他人處理者，應訂定內部作業制度及程序",
    basis=Basis.regulatory)
BANKING_129_7 = Citation("銀行法", "第129條第7款", Binding.law, _BANKING_SRC, HIGH,
                         "未依第45條之1規定建立或確實執行內部作業制度及程序者，"
                         "處新臺幣二百萬元以上五千萬元以下罰鍰",
    basis=Basis.regulatory)
BANKERS_HOTLINE = Citation("銀行公會債務協商專線", None, Binding.guidance,
                           "https://udn.com/news/story/7239/9298232; tw.news.yahoo.com 2026-01-30",
                           MEDIUM, "02-85961629",
    basis=Basis.baseline)
