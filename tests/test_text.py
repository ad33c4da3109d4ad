from bot.text import paragraph_spans, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "The U.S. and S. Korea met on Dec. 31 in Seoul. Seoul pays $848.8 million. Talks go on!"
    assert sentences(text) == [
        "The U.S. and S. Korea met on Dec. 31 in Seoul.",
        "Seoul pays $848.8 million.",
        "Talks go on!",
    ]


def test_closing_quotes_stay_with_their_sentence_and_lines_end_sentences():
    text = "Headline\n“We agreed,” he said. Next one."
    assert sentences(text) == ["Headline", "“We agreed,” he said.", "Next one."]


def test_spans_index_the_original_text():
    text = "  First sentence here.   Second one?\n\n Third.  "
    for start, end in sentence_spans(text) + paragraph_spans(text):
        assert text[start:end] == text[start:end].strip()
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First sentence here.   Second one?", "Third."]
