"""People in a Factbook executive-branch line: "Prime Minister Keir STARMER (since 5 July 2024)".

CAPS mark the surname; the words before the name up to the given names are the title;
"(since D Month YYYY)", "(since Month YYYY)", "(since YYYY)" and "(for the period D - D)"
date it. Heirs, notes and unnamed offices are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1
)}
TITLE_WORDS = frozenset(
    """president vice prime minister premier chancellor king queen emir amir sultan crown prince
    princess grand duke governor general governor-general lieutenant administrator chief executive
    secretary state supreme leader chairman chairwoman chairperson chair head deputy first second
    third acting interim transitional caretaker council federal captain captains regent co-prince
    representative high commissioner commander mayor taoiseach tanaiste pope emperor presidential
    vice-president vice-chairman co chiefs regents taliban overall to forces armed island sovereign commander-in-chief government republic national sovereignty territorial assembly
    cabinet military revolutionary leadership lieutenant-governor deputy-prime guardian co-chiefs co-chief presidency people's commission
    affairs member members senior vice-premier designate elect of the and for in executive""".split()
)
HONORIFICS = frozenset("sir dame sheikh shaikh dr. dr mr. mrs. ms. mr mrs ms archbishop bishop cardinal lord lady".split())
PARTICLES = frozenset("bin bint ibn al el de da das dos del van von der den du di la le y i".split())
# Words of country names (filled by the builder from the Factbook): after "of" they are
# part of a title ("Governor-General of New Zealand"), not given names.
PLACE_WORDS: set[str] = set()
DROP_TITLE = frozenset({"acting", "interim", "transitional", "caretaker", "designate", "elect", "president-elect"})
SINCE_RE = re.compile(r"\((?:[^()]*?\b)?since ([^();,-]*\d{4})[^()]*\)", re.I)
PERIOD_RE = re.compile(r"\(for the period ([^()]*\d{4}) - ([^()]*\d{4})\)", re.I)
PAREN_RE = re.compile(r"\([^()]*\)")


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


def parse_date(text: str) -> Since | None:
    """'5 July 2024' / 'July 2024' / '2024' → Since; anything else → None."""
    words = text.strip().lower().replace(",", " ").split()
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
    for seg in split_top(text):
        seg = re.sub(r"^(?:and\s+)?(?:.{0,60}?\brepresented by\s+)?", "", seg, flags=re.I)
        seg = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", seg)
        if re.match(r"(?i)note\b|heir|the monarch|former\b", seg) or "heir" in seg.lower()[:30]:
            continue
        out.extend(_segment(seg, default))
    return out


def _segment(seg: str, default: str) -> list[Holder]:
    since, until = None, None
    if m := PERIOD_RE.search(seg):
        since, end = parse_date(m.group(1)), parse_date(m.group(2))
        until = end.day if end and end.precision == "day" else None
    elif m := SINCE_RE.search(seg):
        since = parse_date(m.group(1))
    head = PAREN_RE.sub(" ", seg[: m.start()] if m else seg).split(" - ")[0]
    head = head.replace('"', " ").replace("\u201c", " ").replace("\u201d", " ")
    parts = _people_parts(head)
    holders: list[Holder] = []
    title = ""
    for part in parts:
        parsed = _person(part.split())
        if parsed is None:
            continue
        part_title, name, caps_form = parsed
        title = part_title or title
        elect = bool(re.search(r"(?i)-elect\b|\belect\b", title))
        if not _plausible_title(title.replace("-elect", "").replace("elect", "")):
            continue
        holders.append(Holder(_norm_title(title) or default, title, name, caps_form, since, until, elect))
    return holders


def _people_parts(head: str) -> list[str]:
    """'Captains Regent A B and C D' → two parts; a piece without a CAPS name joins the next."""
    pieces = re.split(r"(\s+and\s+|,\s+(?!Jr|Sr))", head)
    parts, pending = [], ""
    for piece in pieces[::2]:
        pending = f"{pending} and {piece}".strip() if pending else piece
        toks = pending.split()
        if _caps_at(toks) is not None and len(toks) > 1:
            parts.append(pending)
            pending = ""
    return parts


def _is_caps(tok: str) -> bool:
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in re.split(r"[-']", tok.strip(".,")))


def _caps_at(toks: list[str]) -> int | None:
    for i, tok in enumerate(toks):
        if _is_caps(tok) and not (i + 1 < len(toks) and toks[i + 1].lower() in TITLE_WORDS and len(tok) <= 4):
            if not re.fullmatch(r"[IVX]+", tok.strip(".,")):
                return i
    return None


def _person(toks: list[str]) -> tuple[str, str, str] | None:
    k = _caps_at(toks)
    if k is None:
        return None
    i = k  # given names: the run of plain words right before the CAPS surname
    while i > 0 and not _title_like(toks[i - 1]):
        i -= 1
    title = [t for t in toks[:i] if not _honorific(t)]
    given = toks[i:k]
    end = k
    while end < len(toks) and _is_caps(toks[end]) and not re.fullmatch(r"[IVX]+", toks[end].strip(".,")):
        end += 1
    caps = [_tc(t, j > 0) for j, t in enumerate(toks[k:end])]
    rest = []
    for tok in toks[end:]:
        if not (tok[:1].isupper() or tok.lower() in PARTICLES) or any(c in tok for c in "():;") or tok == "of":
            break
        rest.append(tok.rstrip(","))
    name = " ".join(given + caps + rest).replace(" ,", ",").strip(" ,")
    short = " ".join([g for g in given if not re.fullmatch(r"[A-Z]\.?|\w+(?:ovich|evich|ovna|evna)", g)] + caps)
    return " ".join(title), re.sub(r"\s+", " ", name), short


def _plausible_title(title: str) -> bool:
    """An office in force: title words only (not prose), not an -elect or a former office."""
    words = title.replace("-", " ").split()
    if any(w.lower() in ("former", "late") for w in words):
        return False
    if any(c.isdigit() for c in title):
        return False
    return all(w.lower() in TITLE_WORDS for w in words if w[:1].islower())


def _honorific(tok: str) -> bool:
    return tok.lower() in HONORIFICS or re.fullmatch(r"[A-Z][a-z]{1,3}\.", tok) is not None


def _title_like(tok: str) -> bool:
    low = tok.lower()
    return (
        _honorific(tok)
        or low in TITLE_WORDS
        or all(w in TITLE_WORDS for w in low.split("-"))
        or tok in PLACE_WORDS
    )


def _tc(tok: str, inner: bool) -> str:
    """CAPS surname token in title case ('PEREZ-CASTEJON' → 'Perez-Castejon', 'BIN' → 'bin')."""
    if not _is_caps(tok):
        return tok
    if inner and tok.lower() in PARTICLES:
        return tok.lower()
    return "-".join(_tc_part(p) for p in tok.split("-"))


def _tc_part(part: str) -> str:
    head, _, tail = part.partition("'")
    if tail and len(head) == 1:  # O'NEILL → O'Neill; TUIMALEALI'IFANO → Tuimaleali'ifano
        return head.upper() + "'" + tail[:1].upper() + tail[1:].lower()
    return part[:1].upper() + part[1:].lower()


def _norm_title(title: str) -> str:
    title = re.sub(r"(?i)-elect\b|^co-chiefs? of state\s+", "", title)
    words = [w.lower() for w in title.split(" of ")[0].split() if not (w.isupper() and len(w) > 1)]
    words = [w for w in words if w not in DROP_TITLE]
    return " ".join(words).strip()
