"""What may be printed to an editor's terminal: text from copy, file names and glossaries."""

from __future__ import annotations

# Control characters in copy or a file name would reach the terminal, where an ESC sequence
# can recolour it, retitle it or worse. Each is shown as its one-column Unicode control
# picture (␛ for ESC) so that carets under a line still line up; a tab becomes one space.
_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20)}
# Bidi controls reorder what follows them on screen ("Trojan Source", CVE-2021-42574): shown
# as U+FFFD like C1 controls.
BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_VISIBLE.update({0x09: " ", 0x7F: 0x2421, **dict.fromkeys((*range(0x80, 0xA0), *BIDI), 0xFFFD)})
# Multi-line text (a report, a patch): line ends and tabs are kept, every other control shown.
_LINES = {c: shown for c, shown in _VISIBLE.items() if c not in (0x09, 0x0A, 0x0D)}


def visible_lines(text: str) -> str:
    """`text` with its lines, tabs and CRs kept and every other control shown, not sent."""
    return text.translate(_LINES)


def visible(text: str) -> str:
    """`text` with no character that a terminal would act on, one character for one."""
    return text.translate(_VISIBLE)
