from dragoman.text import split_sentences, tokenize, words


def test_possessive_is_its_own_token():
    assert [t.text for t in tokenize("Kenya's president")] == ["Kenya", "'s", "president"]


def test_curly_possessive_is_its_own_token():
    assert [t.text for t in tokenize("Chile’s envoy")] == ["Chile", "’s", "envoy"]


def test_abbreviations_with_dots_stay_whole():
    assert [t.text for t in tokenize("the U.S. and U.N. said")] == ["the", "U.S.", "and", "U.N.", "said"]


def test_hyphenated_names_split_at_the_hyphen():
    assert words("al-Shabaab") == ("al", "-", "Shabaab")


def test_numbers_keep_separators():
    assert [t.text for t in tokenize("$1,500.5 billion")] == ["$", "1,500.5", "billion"]


def test_token_offsets_point_into_the_text():
    text = "Oslo hosted talks."
    for token in tokenize(text, offset=10):
        assert text[token.start - 10:token.end - 10] == token.text


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_sentences_split_at_full_stops():
    assert _sentences("Peru voted. Chile abstained.") == ["Peru voted.", "Chile abstained."]


def test_titles_and_initials_do_not_end_sentences():
    text = "Gen. Ruto met Mr. Smith and George W. Bush. Then they left."
    assert _sentences(text) == ["Gen. Ruto met Mr. Smith and George W. Bush.", "Then they left."]


def test_abbreviated_country_does_not_end_a_sentence():
    assert len(_sentences("The U.S. Navy sailed on. It returned.")) == 2


def test_closing_quote_stays_with_its_sentence():
    assert _sentences('He called it "a step." Others disagreed.') == ['He called it "a step."', "Others disagreed."]
