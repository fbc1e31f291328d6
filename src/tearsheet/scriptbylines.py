"""Bylines in Chinese, Japanese and Korean: the writer's label or title around the name
("文／记者 李华", "김민지 기자", "（田中 美咲）"), which no capital letter marks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.personnames import is_cjk, is_uncased_name

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

_CJK_NAME = r"[^\W\d_]{2,12}+"
CJK_BYLINE = re.compile(
    # The outlet's name before "记者" ("澎湃新闻记者 陈佳宁", "新京报记者 王小明"): the
    # paper's reporter; the names follow the title.
    # The label's mark a slash, a colon, an equals sign or a bar ("文｜王晓岚 刘哲").
    r"^(?:文\s*+[/／｜|]\s*+)?(?:(?:(?:本报|本報|新华社|新華社|中新社|特约|特約)?(?:记者|記者|作者|撰文|撰稿)|"
    r"[\u4e00-\u9fff]{2,8}?(?:记者|記者)(?=[\s：:]))\s*+[：:/／]?|"
    r"(?:文|撰文|筆者|取材・文|取材・執筆|文・写真|写真・文|執筆|文と写真)\s*+(?:[：:/／＝=｜|]|・(?!写真|文)))\s*+"
    rf"(?P<names>{_CJK_NAME}(?:[\s、，,]++{_CJK_NAME}){{0,3}}+)$"
)
KOREAN_BYLINE = re.compile(
    # A news CMS's label before the name: "기자명" (the reporter's name), "작성자" (writer).
    r"^(?:(?:기자명|작성자|글쓴이)\s*+[:：]?\s*+)?"
    r"(?:(?:글|글\s*+[·/]\s*+사진)\s++)?(?P<names>[가-힣]{2,4}+(?:[\s·,]++(?!기자)[가-힣]{2,4}+){0,3}+)"
    r"\s*+기자(?:\s++[^\s@]++@\S++)?$|"
    # A portal's link beside the reporter's name: "기자 페이지" (the reporter's page), "구독"
    # (subscribe to the reporter): "김태윤기자 기자 페이지", "김민지 기자 +구독".
    r"^(?P<linked>[가-힣]{2,4}?)\s*+기자\s*+(?:기자\s?페이지|기자\s?구독|\+?\s?구독(?:하기)?)$|"
    # "글·사진 김민지", "글=김민지": the label for text (and photos) before the name alone.
    r"^(?:글|글\s*+[·/]\s*+사진)(?:\s*+[=:]\s*+|\s++)(?P<labelled>[가-힣]{2,4}+)$"
)
# A writer's title written before the name in Chinese and Japanese ("店長阿哲": the shop's
# manager A-Zhe, "主编 李华", "編集委員 山田太郎"); the name is what follows it. An intern's
# or trainee's ("实习生 李思远", "见习记者 王明") between two writers' names too.
_CJK_TITLE = (
    r"(?:本报|本報|特约|特約|实习|實習|见习|見習|首席|资深|資深)?(?:实习生|實習生|店长|店長|主编|主編|"
    r"总编|總編|编辑|編輯|"
    r"编集|編集(?:委員|部)?|记者|記者|通讯员|通訊員|撰稿人|评论员|評論員|论说委员|論説委員|"
    r"特派员|特派員|社长|社長|主笔|主筆|馆长|館長|园长|園長|校长|校長|店主|站长|站長)"
)
_CJK_ROLE = re.compile(rf"^{_CJK_TITLE}(?=[^\W\d_]{{2}})")
_CJK_ROLE_ALONE = re.compile(rf"^{_CJK_TITLE}$")
_CJK_NAME_SPLIT = re.compile(r"[\s、，,·]++")
# A reporter's title after the name ("田中美咲 記者", "王小明 特派員").
_WIDE = r"[\u3040-\u30ff\u4e00-\u9fff]"
_CJK_TITLE_AFTER = re.compile(
    rf"^(?P<names>{_WIDE}{{2,5}}?(?:[ \u3000]{_WIDE}{{1,4}}?)?)[ \u3000]*+"
    r"(?:記者|记者|特派員|特派员|編集委員|编辑|編輯|論説委員|支局長|撮影)$"
)
# The photographer's credit after the writer's on a Chinese or Japanese byline line.
_PICTURE_CREDIT = re.compile(
    r"(?<=\S)[\s\u3000]++(?:图|圖|摄影|攝影|摄|攝|图片|圖片|照片|写真|視頻|视频)\s*+[/／:：｜|]\s*+\S++$"
)
_PAREN_NAME = re.compile(r"^[（(]\s*+(?P<name>[^()（）]{2,15}?)\s*+[）)]$")


# A Taiwanese or Chinese paper's reporter and the place filed from in brackets under the
# headline ("〔記者陳怡君／台中報導〕", "【记者 王小明、李华/上海报道】", "（記者林志明／
# 綜合報導）": compiled, no place; "〔記者陳怡君／台中即時報導〕": online, "real-time", no place's).
_REPORTER_FROM = re.compile(
    # The brackets may be left out: "記者陳怡君、王冠宇／綜合報導" on a line of its own.
    r"^[〔【\[（(［]?\s*+(?:記者|记者)\s*+"
    rf"(?P<names>{_CJK_NAME}(?:\s*+[、，,]\s*+(?:記者|记者)?\s*+{_CJK_NAME}){{0,3}}+)\s*+[／/]\s*+"
    r"(?P<place>(?!綜合|综合|即時|即时)[^\W\d_]{1,10}?)?\s*+(?:綜合|综合)?(?:即時|即时)?"
    r"[報报][導道]\s*+[〕】\]）)］]?$"
)


def read_reporter_from(part: str, draft: Draft) -> bool:
    """ "〔記者陳怡君／台中報導〕": the reporters are the byline, the place the dateline."""
    match = _REPORTER_FROM.match(part)
    if match is None:
        return False
    names = _CJK_NAME_SPLIT.split(re.sub(r"記者|记者", " ", match["names"]).strip())
    draft.byline.extend(name for name in names if name)
    draft.recognised.append(f"byline from {part!r}")
    if match["place"] and draft.dateline is None:
        draft.dateline = match["place"]
        draft.recognised.append(f"dateline {match['place']!r} from {part!r}")
    return True


def is_script_byline(part: str) -> bool:
    """A Chinese, Japanese or Korean byline line, its names aside."""
    part = _PICTURE_CREDIT.sub("", part)
    return bool(CJK_BYLINE.match(part) or KOREAN_BYLINE.match(part) or _reporter(part))


def _reporter(part: str) -> re.Match[str] | None:
    """ "田中美咲 記者": the name, then the title (a photographer's "撮影" is no writer's)."""
    match = _CJK_TITLE_AFTER.match(part)
    return match if match and not part.endswith("撮影") else None


def script_byline_names(part: str) -> list[str]:
    """The names of a Chinese, Japanese or Korean byline, without a title before a name
    ("文／店長阿哲" → "阿哲"); [] for another line or a title alone ("文/编辑")."""
    part = _PICTURE_CREDIT.sub("", part)  # "文/王小明 图/李华": the photographer beside
    if reporter := _reporter(part):
        return [reporter["names"]]  # "田中 美咲 記者": one name, its parts parted by a space
    found = CJK_BYLINE.match(part) or KOREAN_BYLINE.match(part)
    if found is None:
        return []
    groups = found.groupdict()
    written = found["names"] or groups.get("labelled") or groups.get("linked") or ""
    names = _CJK_NAME_SPLIT.split(written.strip())
    names = [_CJK_ROLE.sub("", name) for name in names if not _CJK_ROLE_ALONE.match(name)]
    return _without_outlet(names)


def _without_outlet(names: list[str]) -> list[str]:
    """The writers' Chinese names without the outlet's before them ("文｜财新 王若琳 陈一鸣":
    Caixin's): a first word that opens with no family name before names that all do."""
    first, *rest = names or [""]
    if rest and first[:1] not in _FAMILY_NAMES and all(n[:1] in _FAMILY_NAMES for n in rest):
        return rest
    return names


# The commonest Chinese family names' characters, simplified and traditional: a Chinese
# writer's name opens with one (a Japanese name seldom does, and is left as it is).
_FAMILY_NAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金"
    "石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢"
    "严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹"
    "申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉"
    "骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡"
    "车車项項连連麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔"
    "边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談"
    "匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊区區"
    "郜花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云容敬来"
    "來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊乌烏母裘修邰赫杭况況宿鲜鮮印逯隆茹诸諸战戰慕危玉银"
    "銀亢嵇公哈湛宾賓戎勾茅利呼居揭干尉冶斯元束檀衣信展阴陰智幸奉植衡富尧堯欧上东東皇令"
)


def name_in_parentheses(part: str) -> str | None:
    """A Japanese paper's reporter in parentheses under the date: "（田中 美咲）"."""
    match = _PAREN_NAME.match(part)
    if match is None or not is_cjk(match["name"]) or not is_uncased_name(match["name"]):
        return None
    return match["name"]


# A Korean letter's sign-off under it: the writer's name and "드림" or "올림" ("(respectfully)
# given by"), as a newsletter closes ("김민지 드림").
_KOREAN_SIGN_OFF = re.compile(r"(?P<name>[가-힣]{2,4}+)\s*+(?:드림|올림)")


def read_korean_sign_off(line: str, draft: Draft) -> bool:
    """A Korean letter's sign-off under it ("김민지 드림"): its name is the writer's, whatever
    the © line read before it named (tearsheet.writernames.no_writer_source)."""
    match = _KOREAN_SIGN_OFF.fullmatch(line.strip().rstrip("."))
    if match is None:
        return False
    draft.byline.append(match["name"])
    draft.recognised.append(f"byline from the sign-off {line.strip()!r}")
    return True


# WeChat's line under an article's title: "原创" (original), the writer, the account, the
# date, the time and the province ("原创 林晓雯 小城手记 2025年09月14日 20:30 浙江"); with
# one name alone before the date it is the account's, no writer's.
_WECHAT_META = re.compile(
    r"^原创\s++(?P<name>[\u4e00-\u9fff·]{2,6}+)\s++[^\s\d]{2,20}+\s++(?P<when>\d{4}年.{4,40})$"
)


def read_wechat_meta(part: str, draft: Draft) -> bool:
    """WeChat's meta line under the title: its writer is the byline, its date the date."""
    from tearsheet.importdates import find_date_span

    match = _WECHAT_META.match(part.strip())
    found = find_date_span(match["when"], draft.lang) if match else None
    if match is None or found is None:
        return False
    draft.byline.append(match["name"])
    draft.recognised.append(f"byline from {part!r}")
    if draft.date is None:
        draft.date = found[0]
        draft.recognised.append(f"date {found[0].isoformat()} from {part!r}")
    return True
