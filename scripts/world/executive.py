"""People in a Factbook executive-branch line: "Prime Minister Keir STARMER (since 5 July 2024)".

CAPS mark the surname; the words before the name up to the given names are the title;
"(since D Month YYYY)", "(since Month YYYY)", "(since YYYY)" and "(for the period D - D)"
date it. Heirs, notes and unnamed offices are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from world.names import PARTICLES, TITLE_WORDS, people_parts, person, singular

_MONTH_NAMES = "january february march april may june july august september october november december"
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(), 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}  # "5 Sep 2025"
DROP_TITLE = frozenset(
    {"acting", "interim", "transitional", "caretaker", "designate", "elect", "president-elect"}
)
SINCE_RE = re.compile(r"\((?:[^()]*?\b)?since ([^();,-]*\d{4})[^()]*\)", re.I)
PERIOD_RE = re.compile(r"\(for the period ([^()]*\d{4}) - ([^()]*\d{4})\)", re.I)
PAREN_RE = re.compile(r"\([^()]*\)")
NOTE_RE = re.compile(r"(?:^|[;.]\s*|\s)note\s*[-\u2013:]", re.I)
# "President of the Government of Spain (prime minister-equivalent) Pedro SANCHEZ": the
# English equivalent is the title the press uses.
EQUIVALENT_RE = re.compile(r"^[^()]*\(([A-Za-z -]+?)-equivalent\)", re.I)
# "PHUMIPHON Adunyadet, also spelled BHUMIBOL Adulyadej": another spelling of the same person.
ALSO_RE = re.compile(r"^\s*(?:also spelled|also known as|or)\s+", re.I)


@dataclass(frozen=True)
class Since:
    """A since-date; `precision` is day, month or year."""

    day: dt.date
    precision: str
    text: str

    @property
    def last_day(self) -> dt.date:
        """The latest day the text allows (end of month/year for partial dates)."""
        if self.precision == "year":
            return dt.date(self.day.year, 12, 31)
        if self.precision == "month":
            nxt = dt.date(self.day.year + self.day.month // 12, self.day.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return self.day


@dataclass(frozen=True)
class Holder:
    """One named person in one office line."""

    title: str  # normalized office title, lower case, without acting/interim
    raw_title: str
    name: str  # canonical spelling
    caps_form: str  # given names + CAPS part only (press short form), may equal name
    since: Since | None
    until: dt.date | None = None  # from "(for the period A - B)"
    elect: bool = False  # "President-elect X": not in office yet
    also: tuple[str, ...] = ()  # other spellings the line gives ("also spelled ...")


def parse_date(text: str) -> Since | None:
    """'5 July 2024' / 'July 2024' / '2024' → Since; anything else → None."""
    words = text.strip().lower().replace(",", " ").replace(".", " ").split()
    try:
        if len(words) == 3 and words[1] in MONTHS:
            return Since(dt.date(int(words[2]), MONTHS[words[1]], int(words[0])), "day", text.strip())
        if len(words) == 2 and words[0] in MONTHS:
            return Since(dt.date(int(words[1]), MONTHS[words[0]], 1), "month", text.strip())
        if len(words) == 1 and re.fullmatch(r"\d{4}", words[0]):
            return Since(dt.date(int(words[0]), 1, 1), "year", text.strip())
    except ValueError:
        return None
    return None


def split_top(text: str, sep: str = ";") -> list[str]:
    """Split on `sep` outside parentheses."""
    out, depth, cur = [], 0, []
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == sep and depth <= 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [s.strip() for s in out if s.strip()]


def parse_line(text: str, default: str = "leader") -> list[Holder]:
    """Every dated or undated named holder in one chief-of-state/head-of-government text;
    `default`: the title of a holder the line names without one."""
    out: list[Holder] = []
    in_note = False
    for seg in split_top(text):
        seg = re.sub(r"^(?:and\s+)?(?:.{0,60}?\brepresented by\s+)?", "", seg, flags=re.I)
        seg = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", seg)
        in_note = in_note or bool(NOTE_RE.search(seg))
        if re.match(r"(?i)note\b|heir|the monarch|former\b", seg) or "heir" in seg.lower()[:30]:
            continue
        if NOTE_RE.search(seg) or (in_note and not _listing(seg)):
            continue  # a note's prose ("President IOHANNIS asked ORBAN to ...") holds no office
        if ALSO_RE.match(seg) and out:  # "X; also spelled Y (since D)": Y is X
            since, _until = _dates(seg)
            out[-1] = _also(out[-1], ALSO_RE.sub("", _name_text(seg)))
            if out[-1].since is None and since is not None:
                out[-1] = replace(out[-1], since=since)
            continue
        out.extend(_segment(seg, default))
    return out


def _segment(seg: str, default: str) -> list[Holder]:
    """Holders of one ';'-separated segment; each person takes their own "(since ...)" or,
    lacking one, the next one given ("A, B, C (all since 21 March 2020)")."""
    parts = [(_dates(part), _name_text(part)) for part in _parts(seg)]
    holders: list[Holder] = []
    title = ""
    for i, ((since, until), text) in enumerate(parts):
        if since is None:
            since, until = next((d for d, _ in parts[i + 1 :] if d[0] is not None), (None, None))
        if ALSO_RE.match(text):
            if holders:
                holders[-1] = _also(holders[-1], ALSO_RE.sub("", text))
            continue
        parsed = person(text.split())
        if parsed is None:
            continue
        part_title, name, caps_form = parsed
        title = (part_title or title).split(" or ")[-1]
        elect = bool(re.search(r"(?i)-elect\b|\belect\b", title))
        if not _plausible_title(title.replace("-elect", "").replace("elect", "")):
            continue
        holders.append(Holder(_norm_title(title) or default, title, name, caps_form, since, until, elect))
    return holders


def _listing(seg: str) -> bool:
    """A segment that only lists people ("Prime Minister Mahinda RAJAPAKSA (since D)"): every
    lowercase word outside parentheses is a title word or a name particle."""
    if re.search(r"[A-Z]{2}['\u2019]s\b", seg):  # "ORBAN's government": prose about someone
        return False
    words = re.findall(r"[\w'-]+", PAREN_RE.sub(" ", seg))
    return all(not w[:1].islower() or singular(w) in TITLE_WORDS or w in PARTICLES for w in words)


def _also(holder: Holder, text: str) -> Holder:
    """The holder with another spelling of their name ("also spelled SRETTHA Thavisin")."""
    parsed = person(text.split())
    form = parsed[1] if parsed else " ".join(w for w in text.split() if w[:1].isupper())
    forms = [f for f in (form, parsed[2] if parsed else "") if f and f not in holder.also]
    return replace(holder, also=holder.also + tuple(forms))


def _parts(seg: str) -> list[str]:
    """People of a segment, split on commas and "and" outside parentheses."""
    masked, inner = [], []
    for piece in re.split(r"(\([^()]*\))", seg):
        if piece.startswith("("):
            inner.append(piece)
            piece = f"\x00{len(inner) - 1}\x00"
        masked.append(piece)
    restore = lambda t: re.sub("\x00(\\d+)\x00", lambda m: inner[int(m.group(1))], t)  # noqa: E731
    return [restore(p) for p in people_parts("".join(masked))]


def _dates(part: str) -> tuple[Since | None, dt.date | None]:
    if m := PERIOD_RE.search(part):
        end = parse_date(m.group(2))
        return parse_date(m.group(1)), end.day if end and end.precision == "day" else None
    if m := SINCE_RE.search(part):
        return parse_date(m.group(1)), None
    return None, None


def _name_text(part: str) -> str:
    part = EQUIVALENT_RE.sub(lambda m: m.group(1), part)
    head = PAREN_RE.sub(" ", part).split(" - ")[0]
    return head.replace('"', " ").replace("\u201c", " ").replace("\u201d", " ")


def _plausible_title(title: str) -> bool:
    """An office in force: title words only (not prose), not an -elect or a former office."""
    words = title.replace("-", " ").split()
    if any(w.lower() in ("former", "late") for w in words):
        return False
    if any(c.isdigit() for c in title):
        return False
    return all(singular(w.lower()) in TITLE_WORDS for w in words if w[:1].islower())


def _norm_title(title: str) -> str:
    title = re.sub(r"(?i)-elect\b|^co-chiefs? of state\s+", "", title)
    words = [w.lower() for w in title.split(" of ")[0].split() if not (w.isupper() and len(w) > 1)]
    words = [singular(w) for w in words if w not in DROP_TITLE]
    while words and words[-1] in ("and", "of", "the", "for"):
        words.pop()
    while words and words[0] in ("and", "the"):
        words.pop(0)
    return " ".join(words).strip()
