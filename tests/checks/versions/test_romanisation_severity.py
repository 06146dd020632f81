"""A cross-version spelling difference that is only a romanisation choice is minor."""

from audit.checks.versions.divergence import _same_but_romanisation


def test_romanisation_only_differences():
    assert _same_but_romanisation("Zelenskiy", "Zelensky")
    assert _same_but_romanisation("Sergei Lavrov", "Sergey Lavrov")


def test_garbles_are_not_romanisation():
    assert not _same_but_romanisation("Kopp", "Copp")
    assert not _same_but_romanisation("Hutton", "Hatton")
    assert not _same_but_romanisation("Shin", "Singh")
    assert not _same_but_romanisation("Lavrov", "Lavrov")  # identical is no variant at all
