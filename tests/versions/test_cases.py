"""Hand-made version sets: what must be flagged, on which side, and what must stay quiet."""

from __future__ import annotations

from story_kit import BASE, PARAPHRASE, analyse, edited, kinds


def test_clean_paraphrases_with_rare_names_stay_quiet():
    a = analyse(BASE, PARAPHRASE, list(reversed(PARAPHRASE)))
    assert a.divergences == []


def test_reordered_sentences_align_to_their_counterparts():
    order = [3, 0, 6, 1, 5, 2, 4]
    a = analyse(BASE, [PARAPHRASE[i] for i in order])
    for i in range(len(BASE)):
        links = a.links[(0, i)][1]
        assert links[0].units == (order.index(i),), (i, links)
    assert a.divergences == []


def test_dropped_paragraph_is_uncovered_not_flagged():
    shorter = BASE[:3] + BASE[4:]
    a = analyse(BASE, PARAPHRASE, shorter)
    assert 2 not in a.links[(0, 3)]  # the dropped sentence has no counterpart in version 2
    assert 1 in a.links[(0, 3)]
    assert a.divergences == []


def test_merged_sentences_link_one_to_two():
    merged = [*BASE[:3], BASE[3][:-1] + ", and " + BASE[4][0].lower() + BASE[4][1:], *BASE[5:]]
    a = analyse(merged, BASE)
    assert a.links[(0, 3)][1][0].units == (3, 4)


def test_swapped_entity_is_flagged_on_the_odd_version_only():
    swapped = edited(BASE, 4, "forces fighting Ukraine", "forces fighting Moldova")
    a = analyse(swapped, BASE, PARAPHRASE)
    assert kinds(a, 0) == {"entity": ["Moldova"]}
    assert kinds(a, 1) == {} and kinds(a, 2) == {}
    (d,) = a.divergences
    assert d.majority and d.consensus == "Ukraine" and sorted(d.others) == [1, 2]


def test_changed_number_is_flagged_by_majority():
    changed = edited(PARAPHRASE, 3, "killing 12 people", "killing 21 people")
    a = analyse(BASE, changed, BASE)
    assert kinds(a, 1) == {"number": ["21"]}
    assert [d.version for d in a.divergences] == [1]
    assert a.divergences[0].majority and a.divergences[0].consensus == "12"


def test_two_versions_flag_both_sides_as_two_way():
    changed = edited(PARAPHRASE, 1, "sent 40 additional", "sent 14 additional")
    a = analyse(BASE, changed)
    assert kinds(a, 0) == {"number": ["40"]} and kinds(a, 1) == {"number": ["14"]}
    assert not any(d.majority for d in a.divergences)


def test_three_versions_majority_decides_a_spelling():
    garbled = edited(BASE, 2, "Sikorski told", "Sikorsi told")
    a = analyse(garbled, BASE, PARAPHRASE)
    assert kinds(a, 0) == {"spelling": ["Sikorsi"]}
    assert a.divergences[0].consensus == "Sikorski" and a.divergences[0].majority


def test_relative_year_that_shifts_a_date():
    shifted = edited(PARAPHRASE, 5, "in March.", "in March last year.")
    a = analyse(BASE, shifted, BASE)
    assert kinds(a, 1) == {"date": ["March last year"]}
    d = a.divergences[0]
    assert d.key == (2024, 3) and d.alt_key == (2025, 3)


def test_future_for_past_tense():
    future = edited(BASE, 1, "Poland has sent 40 more", "Poland will send 40 more")
    a = analyse(future, BASE, PARAPHRASE)
    assert set(kinds(a, 0)) == {"tense"}
    assert a.divergences[0].key == "future" and a.divergences[0].alt_key == "past"


def test_quoted_word_changed_against_majority():
    changed = edited(BASE, 2, "for as long as it takes", "for as short as it takes")
    a = analyse(changed, BASE, PARAPHRASE)
    assert kinds(a, 0) == {"term": ["short"]}


def test_unquoted_paraphrase_is_not_a_term_finding():
    reworded = edited(BASE, 3, "struck a power plant", "damaged a power plant")
    a = analyse(reworded, BASE, BASE)
    assert kinds(a, 0) == {}


def test_capitalized_adjective_is_not_an_entity():
    """'Western' is a name nowhere when the story also writes 'western'."""
    a_ = edited(BASE, 0, "with Ukrainian officials", "with Western officials")
    b_ = edited(BASE, 0, "with Ukrainian officials", "with Moscow officials")
    c_ = edited(b_, 3, "near Lviv", "near Lviv in western Ukraine")
    a = analyse(a_, b_, c_)
    assert a.divergences == []


def test_two_versions_quoted_word_swap_flags_both_sides():
    changed = edited(PARAPHRASE, 2, "as long as it takes", "as long as it needs")
    a = analyse(BASE, changed)
    assert kinds(a, 0) == {"term": ["takes"]} and kinds(a, 1) == {"term": ["needs"]}
    assert not any(d.majority for d in a.divergences)


def test_undated_story_resolves_only_explicit_years():
    """Without a known date a bare month is any year: it agrees with "March 2024"; two
    explicit years that differ still disagree."""
    from story_kit import doc

    from audit.versions.story import analyse_story

    explicit = edited(PARAPHRASE, 5, "in March.", "in March 2024.")
    other_year = edited(BASE, 5, "in March,", "in March 2021,")
    versions = [explicit, BASE, PARAPHRASE, explicit, explicit, explicit, other_year]
    docs = [doc(f"v{i}.txt", v) for i, v in enumerate(versions)]
    a = analyse_story(docs, [None] * len(docs))
    dated = {d.version: d.text for d in a.divergences if d.kind == "date"}
    assert dated == {6: "March 2021"}


def test_set_and_plans_mark_a_future_only_in_the_verb_shape():
    from audit.versions.words import tense_at, tense_of

    assert tense_of(["north", "korea", "is", "set", "to", "send", "troops"]) == "future"
    assert tense_of(["films", "and", "set", "to", "music"]) == "past"  # "set" here is a participle
    assert tense_of(["formulated", "plans"]) == "past"
    assert tense_of(["it", "plans", "to", "send"]) == "future"
    assert tense_at(["shi", "lian", "will", "meet"], 0, 4) == ("future", 2)  # the span starts at "will"


def test_rare_name_flagged_when_the_others_disagree_among_themselves():
    """Each engine garbles an organisation its own way: a name only one version uses, where
    every other version names something else there, is flagged even without one consensus."""
    line = "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, joined the talks by video link."
    rendered = [
        "Democratic Forces Centre",
        "Democratic Forces Centre",
        "United Transitional Cabinet",
        "United Transitional Cabinet",
        "Free Belarus Office",
        "Free Belarus Office",
        "Lukashenko Youth League",
    ]
    shape = "Sviatlana Tsikhanouskaya of the {} joined the talks by video link."
    versions = [edited(BASE, 6, line, shape.format(name)) for name in rendered[:-1]]
    # The odd one also rewords the verb: no clean one-for-one replacement anchors the name.
    odd = "Sviatlana Tsikhanouskaya of the {} took part in the talks by video link."
    versions.append(edited(BASE, 6, line, odd.format(rendered[-1])))
    flagged = {d.version: d.text for d in analyse(*versions).divergences if d.kind == "entity"}
    assert flagged == {6: "Lukashenko Youth League"}


def test_story_wide_rare_name_is_found_without_a_consensus():
    """A name no other version uses, in a sentence all of them have, is a `rare` divergence
    (reported by V102 only with its `rare` option); a name three versions share is not."""
    line = "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, joined the talks by video link."
    odd = edited(BASE, 6, line, line.replace("leader,", "leader of the Lukashenko Youth League,"))
    pair = edited(BASE, 4, "occupied Crimea.", "occupied Crimea near Dzhankoi.")
    rare = [
        (d.version, d.text)
        for d in analyse(BASE, odd, PARAPHRASE, pair, pair, pair, BASE).divergences
        if d.kind == "rare"
    ]
    assert rare == [(1, "Lukashenko Youth League")]


def rare_in(*versions: list[str]) -> list[tuple[int, str, str]]:
    """(version, whole name, flagged span) of each story-wide rare divergence."""
    a = analyse(*versions)
    return [
        (d.version, d.text, a.docs[d.version].text[d.start : d.end])
        for d in a.divergences
        if d.kind == "rare"
    ]


LEADER = "Sviatlana Tsikhanouskaya, the Belarusian opposition leader, joined the talks by video link."


def test_rare_name_spans_only_the_words_no_other_version_uses():
    """'Lukashenko Youth League' where the others all write 'Youth League' elsewhere: the
    editor is pointed at 'Lukashenko', the word nobody else has."""
    odd = edited(BASE, 6, LEADER, LEADER.replace("leader,", "leader of the Lukashenko Youth League,"))
    others = edited(BASE, 3, "killing 12 people.", "killing 12 people, the Youth League said.")
    found = rare_in(others, odd, others, others, others)
    assert found == [(1, "Lukashenko Youth League", "Lukashenko")]


def test_rare_rule_leaves_abbreviations_and_names_split_differently_alone():
    """MOFCOM for 'the commerce ministry' is a wording choice; 'Cai Qi' and 'Caiqi' are the
    same letters: neither is a name the others lack."""
    line = "Poland and Ukraine signed a ten-year security agreement in March, officials in Warsaw said."
    abbr = edited(BASE, 5, line, line.replace("officials in Warsaw", "MOFCOM officials"))
    others = edited(BASE, 5, line, line.replace("officials in Warsaw", "commerce ministry officials"))
    assert rare_in(others, abbr, others, others, others) == []
    split = edited(BASE, 6, LEADER, LEADER.replace("leader,", "leader, with Cai Qi,"))
    joined = edited(BASE, 6, LEADER, LEADER.replace("leader,", "leader, with Caiqi,"))
    assert analyse(joined, split, joined, joined, joined).divergences == []
    # the control: a name nobody else has, where the others name no one, is flagged
    other = edited(BASE, 6, LEADER, LEADER.replace("leader,", "leader, with Zhao Leji,"))
    assert rare_in(BASE, other, BASE, BASE, BASE) == [(1, "Zhao Leji", "Zhao Leji")]


def test_abbreviation_against_spelled_out_name_is_a_wording_choice():
    """'the CPC' where the others write 'the Communist Party': the same body, not a swap."""
    line = "Poland and Ukraine signed a ten-year security agreement in March, officials in Warsaw said."
    spelled = edited(BASE, 5, line, line.replace("officials in Warsaw", "the Communist Party"))
    short = edited(BASE, 5, line, line.replace("officials in Warsaw", "the CPC"))
    assert analyse(spelled, short, spelled, spelled).divergences == []
    swapped = edited(BASE, 5, line, line.replace("officials in Warsaw", "the Socialist Party"))
    assert kinds(analyse(spelled, swapped, spelled, spelled), 1)  # the control: a real swap


def test_title_case_common_words_the_story_uses_in_lower_case_are_wording():
    """'Drug Price Department' / 'Medicine Price Department': when the story also writes
    'drug' and 'medicine' in lower case, the versions chose words, not names."""
    line = "Poland and Ukraine signed a ten-year security agreement in March, officials in Warsaw said."
    common = "Stocks of medicine and drug supplies are low and the price has doubled, officials said."
    body = [*BASE, common]
    drug = edited(body, 5, line, line.replace("officials in Warsaw", "the Drug Price Department"))
    med = edited(body, 5, line, line.replace("officials in Warsaw", "the Medicine Price Department"))
    assert analyse(med, drug, med, med).divergences == []


def test_sino_compounds_agree_with_the_country_name():
    line = "Poland and Ukraine signed a ten-year security agreement in March, officials in Warsaw said."
    sino = edited(BASE, 5, line, line.replace("officials in Warsaw", "Sino-Japanese officials"))
    plain = edited(BASE, 5, line, line.replace("officials in Warsaw", "China-Japan officials"))
    assert analyse(plain, sino, plain, plain).divergences == []
