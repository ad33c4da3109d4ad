import pytest

from bot.text import list_marker_length, paragraph_spans, sentence_spans, terms


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "The U.S. and S. Korea met on Dec. 31 in Seoul. Seoul pays $848.8 million. Talks go on!"
    assert sentences(text) == [
        "The U.S. and S. Korea met on Dec. 31 in Seoul.",
        "Seoul pays $848.8 million.",
        "Talks go on!",
    ]


def test_military_ranks_do_not_end_sentences():
    text = "The attack killed two marines, Staff Sgt. Seo Jeong-woo and Pfc. Moon Kwang-wook. Maj. Kim spoke."
    assert sentences(text) == ["The attack killed two marines, Staff Sgt. Seo Jeong-woo and Pfc. Moon Kwang-wook.",
                               "Maj. Kim spoke."]


def test_closing_quotes_stay_with_their_sentence_and_lines_end_sentences():
    text = "Headline\n“We agreed,” he said. Next one."
    assert sentences(text) == ["Headline", "“We agreed,” he said.", "Next one."]


def test_spans_index_the_original_text():
    text = "  First sentence here.   Second one?\n\n Third.  "
    for start, end in sentence_spans(text) + paragraph_spans(text):
        assert text[start:end] == text[start:end].strip()
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First sentence here.   Second one?", "Third."]


def test_hard_wrapped_lines_are_one_sentence_and_a_number_keeps_its_unit():
    text = ("Seoul will contribute 1.5192 trillion won in 2026, up 8.3 percent from\n"
            "the year before. The increase after that is tied to consumer prices and is\n"
            "capped at 5 percent a year.")
    assert sentences(text) == [
        "Seoul will contribute 1.5192 trillion won in 2026, up 8.3 percent from\nthe year before.",
        "The increase after that is tied to consumer prices and is\ncapped at 5 percent a year.",
    ]


def test_list_items_headings_and_bylines_end_sentences():
    text = ("## What the deal covers\nBy Staff Reporter\nThe agreement funds three things:\n"
            "- wages of Korean employees on U.S. bases, which make up the largest share\n  of the money;\n"
            "- construction of military facilities;\n2. logistics support.")
    assert sentences(text) == [
        "## What the deal covers", "By Staff Reporter", "The agreement funds three things:",
        "- wages of Korean employees on U.S. bases, which make up the largest share\n  of the money;",
        "- construction of military facilities;", "2. logistics support.",
    ]
    assert [list_marker_length(s) for s in sentences(text)[-3:]] == [2, 2, 3]


def test_dashes_and_quoted_speech_do_not_split_and_abbreviations_before_numbers_hold():
    text = ("The deal — signed in Seoul on Nov. 4 — runs to 2030. “It is fair,” the envoy said. "
            "The old SMA lapsed on Dec. 31, 2019. It was not renewed.")
    assert sentences(text) == [
        "The deal — signed in Seoul on Nov. 4 — runs to 2030.", "“It is fair,” the envoy said.",
        "The old SMA lapsed on Dec. 31, 2019.", "It was not renewed.",
    ]


@pytest.mark.parametrize("text, expected", [
    ("Korea's share", ["korea", "shar"]),
    ("he'd handled it, where'd they meet", ["handl", "meet"]),  # "he'd" is "he"; "'d" alone is no word
    ("we can't afford it and won't pay", ["afford", "pay"]),
    ("workers were laid off", ["worker", "lay"]),  # as "lay off" is counted
    ("where the money goes", ["money", "go"]),
    ("who was running the union when it stopped planned strikes", ["run", "union", "stop", "plan", "strik"]),
    ("falling costs passed on to him", ["fall", "cost", "pass"]),  # "ll" and "ss" are the word's own
    ("austin flew on to delhi; where did he fly", ["austin", "fly", "delhi", "fly"]),
    ("they bought arms and sold bonds, then withdrew", ["buy", "arms", "sell", "bond", "withdraw"]),
    ("the envoy stood firm and fought the cut", ["envoy", "stand", "firm", "fight", "cut"]),
    ("ratify the studies it ratified", ["ratifi", "studi", "ratifi"]),  # "y" and "ie" are one letter
    # each part of a compound is stemmed as a word of its own: "us-based" ~ "based", as the documents say it
    ("ROK-U.S. forces and the U.S. side", ["rok-us", "rok", "us", "forc", "us", "side"]),  # as "rok-us" is typed
    ("40 F-35s", ["40", "f-35", "35"]),
    ("who commanded the ec121", ["command", "ec121", "ec-121", "ec", "121"]),  # typed without the hyphen
    ("an EC-121M took off", ["ec-121m", "ec-121", "ec", "121m", "take"]),  # a variant is also the model
    ("us-based brigades, cost-sharing talks", ["us-based", "us", "based", "brigad", "cost-shar", "cost", "shar", "talk"]),
    # a role or an act said as the verb is ("who moderated" the call: its "MODERATOR")
    ("the moderator moderated; negotiators negotiated the negotiation", ["moderat", "moderat", "negotiat", "negotiat",
                                                                         "negotiat"]),
    ("the nation's station", ["nation", "station"]),  # too short to be a verb's
    # Korean terms a glossary gives are words too, as staff paste them
    ("미집행 (unexecuted) and 방위비분담금", ["미집행", "unexecut", "방위비분담금"]),
])
def test_terms_read_contractions_and_irregular_verbs(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize("word, inflected", [("express", "expressed"), ("congress", "congresses"), ("pass", "passes"),
                                             ("dismiss", "dismissed")])
def test_a_word_ending_in_double_s_is_no_plural(word, inflected):
    """"express" keeps its s, so a question saying it finds "expressed regret" (not "expres")."""
    assert terms(word) == terms(inflected) == [word]


def test_a_retired_officer_s_title_does_not_end_a_sentence():
    assert sentences("Keynote: Amb. (ret.) Howard Lindqvist speaks in the main hall. Lunch follows.") == [
        "Keynote: Amb. (ret.) Howard Lindqvist speaks in the main hall.", "Lunch follows."]
