"""What may be printed to an editor's terminal: text from copy, file names and glossaries."""

from __future__ import annotations

# Control characters in copy or a file name would reach the terminal, where an ESC sequence
# can recolour it, retitle it or worse. Each is shown as its one-column Unicode control
# picture (␛ for ESC) so that carets under a line still line up; a tab becomes one space.
_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20)}
_VISIBLE.update({0x09: " ", 0x7F: 0x2421, **dict.fromkeys(range(0x80, 0xA0), 0xFFFD)})


def visible(text: str) -> str:
    """`text` with no character that a terminal would act on, one character for one."""
    return text.translate(_VISIBLE)
