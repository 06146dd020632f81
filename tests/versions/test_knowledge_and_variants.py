"""Accepted spelling variants agree; a knowledge-backed minority name is not overruled."""

from story_kit import BASE, PARAPHRASE, analyse, edited, kinds

from audit.versions.words import same_name_word, variant_key


def test_variant_key_folds_accepted_spellings_only():
    assert variant_key("macau") == variant_key("macao")
    assert variant_key("kiev") == variant_key("kyiv")
    assert variant_key("peking") == variant_key("beijing")
    assert variant_key("macaw") != variant_key("macao")  # a near miss is not a variant


def test_same_name_word_accepts_variants_and_keeps_demonyms():
    assert same_name_word("macau", "macao")
    assert same_name_word("korea", "korean")
    assert not same_name_word("kiev", "lviv")


def test_kiev_against_three_kyiv_is_not_a_misspelling():
    kiev = edited(BASE, 0, "in Kyiv", "in Kiev")
    a = analyse(kiev, BASE, PARAPHRASE, BASE)
    assert "Kiev" not in kinds(a, 0).get("spelling", [])


def test_ordinal_and_cardinal_agree():
    ordinal = edited(BASE, 3, "killing 12 people", "killing 12th people")
    a = analyse(ordinal, BASE, PARAPHRASE, BASE)
    assert "number" not in kinds(a, 0)


def test_knowledge_backed_minority_is_not_flagged_but_control_is():
    wrong = edited(BASE, 4, "fighting Ukraine", "fighting Zorbavia")
    right = edited(BASE, 4, "fighting Ukraine", "fighting Lithuania")
    # Three versions share an invented name; the one naming a real country is not overruled.
    a = analyse(right, wrong, wrong, wrong)
    assert "Lithuania" not in kinds(a, 0).get("entity", [])
    # Control: the same minority against a known country is still a swap.
    b = analyse(right, BASE, PARAPHRASE, BASE)
    assert "Lithuania" in kinds(b, 0).get("entity", [])
