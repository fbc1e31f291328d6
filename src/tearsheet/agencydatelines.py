"""The datelines the agencies write in their own forms (Yonhap's "(서울=연합뉴스)", Kyodo's
"【ジュネーブ共同】", Xinhua's "新华社武汉3月12日电", the Arabic agencies' "place - agency -"),
read off the first paragraph into the fields."""

from __future__ import annotations

import re

from tearsheet.bylinewords import AGENCY_INITIALS
from tearsheet.importdates import parse_date_line
from tearsheet.places import is_place_name, weekday_names
from tearsheet.recognise import Draft, is_person
from tearsheet.zones import MARKS

# An agency in capitals after a dateline's date is at most this many words.
AGENCY_WORDS = 3
# A slashed wire that distributes press releases is not the story's source (PR Newswire is
# "美通社" in Chinese, Business Wire "商业资讯").
DISTRIBUTOR = re.compile(r"wire|cnw|美通社|商业资讯|商業資訊|ワイヤー", re.IGNORECASE)
# The Taiwanese papers' own reporters and where they filed from: "〔記者陳怡君／台中報導〕"
# (Liberty Times), "【記者王小明／台北報導】", "記者林美華／高雄報導" on a line of its own: the
# one agency dateline read on a line of its own over the story.
_REPORTER_LINE = re.compile(
    r"^[〔【（(\[]?\s*+[記记]者\s*+(?P<names>[^／/〔〕【】（）()\[\]\n]{2,30}+)\s*+[／/]\s*+"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:即時|即时)?[報报][導道]\s*+[〕】）)\]]?\s*+"
)
# The datelines of the agencies that write them in their own forms: Yonhap's and Newsis's
# "(서울=연합뉴스) 김철수 기자 =", Kyodo's and Jiji's "【ジュネーブ共同】", and the Arabic and
# Persian agencies' "طولكرم 12-10-2025 وفا-" and "تهران- ایرنا-" (place, date, agency).
_AGENCY_DATELINES = (
    # Newsis's "[서울=뉴시스] 김철수 기자 =", in square brackets.
    re.compile(
        r"^[(\[](?P<place>[^=()\[\]\n]{1,15}+)=(?P<agency>[^=()\[\]\n]{1,15}+)[)\]]\s*+"
        r"(?:(?P<name>[^=\n]{2,20}?)\s*+기자\s*+)?=\s*+"
    ),
    # Kyodo's "【ジュネーブ共同】", "【北京=共同】" as some papers print it.
    re.compile(r"^【(?P<place>[^】=\n]{1,15}?)=?(?P<agency>共同|時事|新華社|ロイター)】\s*+"),
    # A Japanese paper's own correspondent: "【ワシントン=赤木俊介】".
    re.compile(r"^【(?P<place>[^】=\n]{1,15}+)=(?P<name>[^】=\n]{2,12}+)】\s*+"),
    # Business Wire's "LYON, France--(BUSINESS WIRE)--": the place as written, the
    # distributor no agency.
    re.compile(
        r"^(?P<place>[A-Z][A-Z.'’ -]{1,30}?(?:,\s*+[A-Z][\w.’' ]{1,30}?)?)\s*+"
        r"--\((?P<agency>[^()\n]{2,30}+)\)--\s*+"
    ),
    # Xinhua's and China News Service's "新华社武汉3月12日电（记者王海燕）", a paper's own
    # "本报北京3月12日电": agency, place, day, "电" (wire), the reporters.
    re.compile(
        r"^(?:(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|央视网|本报|本報)\s*+)?"
        r"(?P<place>[\u4e00-\u9fff]{2,10}?)\s*+(?P<day>\d{1,2}月\d{1,2}日)\s*+[电電]\s*+"
        r"(?:[（(]\s*+(?:记者|記者)?\s*+(?P<names>[^（()）\n]{2,30}+)[）)]\s*+)?"
    ),
    # Reuters' and the channels' "الخرطوم - (رويترز) -" and "الرباط - رويترز:" too.
    re.compile(
        rf"^(?P<place>[\u0600-\u06ff{MARKS}]{{2,20}}+(?: [\u0600-\u06ff]{{2,20}}+)?)"
        r"(?:\s++(?P<when>[\d۰-۹٠-٩][\d۰-۹٠-٩/.-]{5,9}+)\s++|\s?[-–]\s?)"
        r"(?:(?P<agency>[\u0600-\u06ff]{2,12}+(?: [\u0600-\u06ff]{1,12}+)?)\s?[-–:]"
        r"|\((?P<held>[\u0600-\u06ff][\u0600-\u06ff ]{1,24}+)\)\s?[-–:])\s++"
    ),
    _REPORTER_LINE,
    # The Saudi agency's line over the story, and the Gulf agencies' as papers copy it:
    # "الرياض 14 رمضان 1446 هـ الموافق 14 مارس 2025 م واس" (place, the Hijri and Gregorian
    # dates, agency).
    re.compile(
        rf"^(?P<place>[\u0600-\u06ff{MARKS}]{{2,20}}+(?: [\u0600-\u06ff]{{2,20}}+)?)\s++"
        r"(?P<day>[\d٠-٩][^\n]{4,70}?)\s++(?P<agency>واس|وام|قنا|كونا|بنا|العمانية|سبأ|وفا|"
        r"بترا|سانا|واع|ومع|وأج)\s*+\Z"
    ),
    # The Taiwanese agency's and papers' "（中央社記者曾智怡台北27日電）", "（中央社華盛頓26日
    # 綜合外電報導）", "（法新社巴黎27日電）": in brackets, the agency, its reporters and the
    # place written together (_split_glued), the day, "電" (wire) or "報導" (report).
    re.compile(
        r"^[（(]\s*+(?P<agency>中央社|法新社|美聯社|路透社?|共同社|韓聯社|德新社|美联社|"
        r"韩联社)(?P<reporter>[記记]者)?\s*+(?P<glued>[\u4e00-\u9fff、，]{2,40}?)\s*+"
        r"(?P<day>\d{1,2}日)(?:[專专]?[電电]|[綜综]合外[電电][報报][導道])[）)]\s*+"
    ),
    # PR Newswire's Chinese releases: "中国宁波2025年9月9日 /美通社/ --", place, date, wire;
    # a Chinese or Japanese release's "東京2025年3月5日 --" with no wire.
    re.compile(
        r"^(?P<place>[\u4e00-\u9fff\u30a0-\u30ff]{2,12}?)\s*+(?P<when>\d{4}年\d{1,2}月\d{1,2}日)"
        r"\s*+(?:/(?P<agency>[^/\n]{2,12}+)/\s*+)?(?:--|－－|——|—|-)\s*+"
    ),
    # WAM's and the Gulf agencies' "أبوظبي في 12 يناير/ وام/": place, "in", day, agency.
    re.compile(
        rf"^(?P<place>[\u0600-\u06ff{MARKS}]{{2,20}}+(?: [\u0600-\u06ff]{{2,20}}+)?)"
        r"\s++في\s++[\d٠-٩]{1,2}\s++[\u0600-\u06ff]{3,10}+\s*+/\s*+"
        r"(?P<agency>[\u0600-\u06ff]{2,12}+(?: [\u0600-\u06ff]{1,12}+)?)\s*+/\s*+"
    ),
)
# The Gulf agencies whose dateline stands on a line of its own over the story.
_GULF_LINES = frozenset("واس وام قنا كونا بنا العمانية سبأ وفا بترا سانا واع ومع وأج".split())
# A paper's own desk before the place, as Indian and Pakistani papers open a story:
# "जागरण संवाददाता, मेरठ:", "राज्य ब्यूरो, लखनऊ :", "Express News Service, Kochi:", "Staff
# Reporter, Chennai:", "نامہ نگار، لاہور:". The desk is no byline and no agency.
_DESK = (
    r"(?i:correspondents?|reporters?|staff writers?|news service|news network|bureau|"
    r"news desk|desk|संवाददाता|संवाद सहयोगी|ब्यूरो|प्रतिनिधि|प्रतिनिधी|डेस्क|वार्ताहर|"
    r"প্রতিনিধি|প্রতিবেদক|ডেস্ক|நிருபர்|செய்தியாளர்|ప్రతినిధి|విలేకరి|ಪ್ರತಿನಿಧಿ|"
    r"ലേഖകൻ|പ്രതിനിധി|પ્રતિનિધિ|ਪ੍ਰਤੀਨਿਧ|نامہ نگار|نمائندہ|بیورو|رپورٹر)"
)
_DESK_DATELINE = re.compile(
    rf"^(?P<desk>[^,،:\n]{{0,30}}?(?<!\w){_DESK})\s?[,،]\s*+"
    rf"(?P<place>[^\W\d_][^,،:\n]{{1,30}}?)\s?:\s++"
)
# A Korean agency's photo caption opens with the dateline as its story does, and closes
# with the day the photo was taken, stamped "2026.11.29", the photographer's address or the
# agency after it ("… 2026.11.29. photo@newsis.com", "… 2026.11.29/뉴스1"): no story's
# paragraph ends so.
_PHOTO_STAMP = re.compile(r"\s\d{4}\.\d{1,2}\.\d{1,2}\.?+(?:\s*+\S+@\S+|/\s?\S{1,12}+)?$")
# "綜合報導": a report compiled from several places, none of them the dateline.
_NO_PLACE = frozenset(("綜合", "综合", "即時", "即时"))
# "本报": the paper's own story, no agency.
_OWN_PAPER = frozenset(("本报", "本報"))
# After a Chinese dateline's reporters: its correspondents and interns.
_NOT_REPORTERS = re.compile(r"通讯员|通訊員|实习生|實習生|见习记者|見習記者")


def read_agency_dateline(paragraphs: list[str], draft: Draft) -> bool:
    """An agency's dateline in its own form (_AGENCY_DATELINES): place, agency, the
    reporter's name and the date into the fields."""
    if _PHOTO_STAMP.search(paragraphs[0]):
        return False
    for pattern in _AGENCY_DATELINES:
        match = pattern.match(paragraphs[0])
        alone = match is not None and match.end() == len(paragraphs[0]) and len(paragraphs) > 1
        if not match or (len(paragraphs[0]) < match.end() + 20 and not alone):
            continue
        if (
            alone
            and pattern is not _REPORTER_LINE
            and match.groupdict().get("agency") not in _GULF_LINES
        ):
            continue
        groups = match.groupdict()
        if groups.get("glued"):
            groups.update(_split_glued(match["glued"], bool(match["reporter"]), draft.lang))
        if groups["place"] and groups["place"] not in _NO_PLACE:
            draft.dateline = groups["place"].strip()
            draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
        agency = (groups.get("agency") or groups.get("held") or "").strip()
        if agency and agency not in _OWN_PAPER and not DISTRIBUTOR.search(agency):
            draft.credit_agency(agency, "the wire dateline", dateline=True)
        if groups.get("name") and not draft.byline:
            draft.byline.append(match["name"].strip())
        if groups.get("names") and not draft.byline:
            # "记者王海燕、李明 通讯员张华": the reporters, not the correspondents after them.
            reporters = _NOT_REPORTERS.split(groups["names"])[0]
            draft.byline.extend(n for n in re.split(r"[\s、，,]+", reporters) if n)
        if groups.get("when") and draft.date is None:
            draft.date = parse_date_line(match["when"], draft.lang)
        paragraphs[0] = paragraphs[0][match.end() :]
        if alone:
            del paragraphs[0]
        return True
    return False


# A Chinese name is most often this many characters (family name and two).
_NAME_CHARS = 3


def _split_glued(glued: str, reporters: bool, lang: str | None) -> dict[str, str | None]:
    """The reporters and the place a Taiwanese dateline writes together ("曾智怡台北"): the
    place is the shortest end that names one (GeoNames' Chinese names), or what follows a
    name of the common length; with no reporter named, it is all place."""
    if not reporters:
        return {"place": glued, "names": None}
    for cut in range(len(glued) - 2, 1, -1):
        if glued[cut - 1] not in "、，" and is_place_name(glued[cut:], lang):
            return {"place": glued[cut:], "names": glued[:cut]}
    last = max(glued.rfind("、"), glued.rfind("，")) + 1
    if len(glued) - last > _NAME_CHARS + 1:
        cut = last + _NAME_CHARS
        return {"place": glued[cut:], "names": glued[:cut]}
    return {"place": None, "names": glued}


def read_desk_dateline(paragraphs: list[str], draft: Draft) -> bool:
    """A paper's own desk and the place, opening the story (_DESK_DATELINE): the place is
    the dateline when it names one."""
    match = _DESK_DATELINE.match(paragraphs[0])
    if match is None or len(paragraphs[0]) < match.end() + 20:
        return False
    if paragraphs[0][match.end()].islower():
        # "Former BBC correspondent, London: that is how she still introduces herself": a
        # sentence goes on after the colon, no story opens.
        return False
    place = match["place"].strip()
    if not is_place_name(place, draft.lang):
        return False
    draft.dateline = place
    draft.recognised.append(f"dateline {place!r} from {match[0].strip()!r}")
    paragraphs[0] = paragraphs[0][match.end() :]
    return True


def agency_after_date(
    place: str, when: str | None, agency: str | None, lang: str | None
) -> tuple[str | None, str | None]:
    """Armenpress's "ԵՐԵՎԱՆ, 29 ՀՈՒԼԻՍԻ, ԱՐՄԵՆՊՐԵՍ:", "YEREVAN, JULY 29, ARMENPRESS:": with
    the place in capitals, the agency in capitals after the date and a comma (place, date,
    agency). The date and the agency; as they were when there is none."""
    if agency or not when or not place.isupper():
        return when, agency
    head, comma, tail = when.rpartition(",")
    tail = tail.strip(" .")
    if (
        not comma
        or not tail.isupper()
        or any(char.isdigit() for char in tail)
        or not 1 <= len(tail.split()) <= AGENCY_WORDS
        or tail.casefold() in weekday_names(lang)
    ):
        return when, None
    return head, tail


def agency_name(agency: str) -> str:
    """ "dpa/lno" is dpa's regional service: the agency is dpa. "AGENCE FRANCE" in capitals
    is written "Agence France"."""
    head, *services = agency.split("/")
    if services and all(len(s.strip()) <= 4 and s.strip().islower() for s in services):
        agency = head.strip()
    return agency.title() if agency.isupper() and " " in agency else agency


def wire_credit(wire: str, draft: Draft) -> str:
    """ "/Иван Колев, БТА/": BTA's reporter and agency between slashes; the agency alone
    otherwise ("/Agerpres/")."""
    *names, agency = wire.split(",")
    if names and all(is_person(name.strip()) for name in names):
        draft.byline.extend(n.strip() for n in names if n.strip() not in draft.byline)
        return agency.strip()
    return wire


# A story opening with its outlet's mark in brackets and a dash, no place before it: the
# paper's initials ("(QNNN) - Sáng 21-11, …", "(BĐT) - …", "(NLĐO) -"), its name ("(Dân
# trí) -"). Two to seven capitals, or two short words, the first capitalised.
_OUTLET_MARK = re.compile(
    rf"^\((?P<mark>[A-ZÀ-ÞĐ]{{2,7}}+|[A-ZÀ-ÞĐ][\w{MARKS}]{{1,10}}+ [\w{MARKS}]{{1,10}}+)\)"
    r"\s?[-–—]\s++(?=\S)"
)
# ... over a story at least this long, which opens with no place of a dateline ("VENEZIA,").
OUTLET_STORY = 60
_PLACE_AFTER = re.compile(r"[^\W\d_][^\W\d_'’. -]{0,30}?(?:,|\s[-–—]\s)")


def read_outlet_mark(paragraphs: list[str], draft: Draft) -> bool:
    """The outlet's own mark opening the story ("(QNNN) - Sáng 21-11, UBND xã …"), which
    Vietnamese papers and others write where a wire writes its dateline: no place, so no
    dateline, and the mark goes (a news agency's, "(AP) -", is left to the wire's rules)."""
    found = _OUTLET_MARK.match(paragraphs[0])
    if found is None or len(paragraphs[0]) - found.end() < OUTLET_STORY:
        return False
    if re.fullmatch(AGENCY_INITIALS, found["mark"]) or _PLACE_AFTER.match(
        paragraphs[0], found.end()
    ):
        return False  # "(ANSA) - VENEZIA, 02 MAG -": an agency's dateline, read as one
    draft.stripped.append(f"the outlet's mark {found[0].strip()!r} opening the story")
    paragraphs[0] = paragraphs[0][found.end() :]
    return True
