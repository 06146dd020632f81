"""A name finding points at the words that differ from the consensus, not the whole name."""

from audit.checks.versions.base import differing_words


def span(text: str, name: str, consensus: str) -> str:
    start = text.index(name)
    s, e = differing_words(text, start, start + len(name), consensus)
    return text[s:e]


def test_shared_leading_and_trailing_words_are_left_out():
    text = "He met Pham Minh Triet in Hanoi."
    assert span(text, "Pham Minh Triet", "Pham Minh Thanh") == "Triet"
    assert span(text, "Pham Minh Triet", "Minh Triet") == "Pham"
    assert span("the Zhengzhou College said", "Zhengzhou College", "Zhengzhou University") == "College"


def test_nothing_shared_keeps_the_whole_name():
    assert span("He met Pham Minh Triet.", "Pham Minh Triet", "Nguyen Xuan Phuc") == "Pham Minh Triet"
    assert span("North Korea sent", "North Korea", "Ukraine") == "North Korea"
    assert span("Singh said", "Singh", "Shin") == "Singh"
