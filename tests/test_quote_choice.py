"""The sentence the extractive answerer quotes first answers the question: a corpus of short passages, each
with a distractor sharing more of the question's words (tests/answer_corpus.yaml), run with the real model and
the seed knowledge base's word weights, as the pipeline runs it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
import yaml
from langchain_core.documents import Document

from bot.answer.extractive import ExtractiveAnswerer
from bot.settings import Settings
from bot.text import content_words
from bot.understand.parse import parse
from bot.understand.plan import amount_asked

CASES = yaml.safe_load(Path(__file__).with_name("answer_corpus.yaml").read_text(encoding="utf-8"))["cases"]
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def answerer(embeddings) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(embeddings)


def chunks_for(passages: list[str], question_vector: list[float], embeddings) -> list[Document]:
    """Each passage as the one chunk of a document of its own, with its cosine to the question as retrieval gives."""
    vectors = embeddings.embed_documents(passages)
    return [Document(page_content=text, metadata={
        "start": 0, "kind": "document", "source": f"doc{n}.md", "title": f"Document {n}", "published": "2020-06-01",
        "similarity": float(np.dot(vector, question_vector))})
        for n, (text, vector) in enumerate(zip(passages, vectors))]


@pytest.mark.parametrize("case", CASES, ids=[f"{case['kind']}: {case['question']}" for case in CASES])
def test_the_first_quote_answers_the_question(answerer, embeddings, smabot, case):
    smabot.retriever.warm()  # the word weights of the seed knowledge base
    frame = parse(case["question"], TODAY)  # the question as the parser spells it out ("govt", "cmte")
    vector = embeddings.embed_query(frame.text)
    passages = [" ".join(passage.split()) for passage in case["passages"]]
    answer = answerer.answer(frame.text, vector, chunks_for(passages, vector, embeddings), min_similarity=0.0,
                             asks=amount_asked(frame) or frame.asks, weight=smabot.retriever.term_weight,
                             counted=frame.counted if amount_asked(frame) == "count" else (),  # as the plan passes them
                             attributed=frame.attributed_to, part=content_words(" ".join(case.get("parts", ()))),
                             preamble=frame.preamble)
    assert answer is not None
    assert case["quote"] in answer.citations[0].quote, answer.answer
    if "not_quote" in case:  # a neighbour that shares words without continuing the answer is left out
        assert case["not_quote"] not in answer.citations[0].quote, answer.answer


def test_a_sentence_that_introduces_a_quotation_is_quoted_with_it(answerer, embeddings):
    """A paragraph ending "he said:" is continued by the next one (saved pages and PDFs break there)."""
    passage = ("Reporters pressed the commander about the brigade at a briefing in Pyeongtaek on May 2, and he said:"
               "\n\n\"No one has told me to move a single soldier off this peninsula,\" adding that plans were reviewed "
               "each year.")
    question = "what did the commander say when asked if the brigade would leave"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    assert answer is not None
    assert "he said:" in answer.citations[0].quote and "No one has told me" in answer.citations[0].quote, answer.answer


def test_a_korean_term_asked_about_is_answered_by_the_row_that_gives_it(answerer, embeddings, smabot):
    """A glossary's other row shares the question's words ("translate"); the one giving the term asked answers."""
    smabot.retriever.warm()
    passage = ("Ministry documents often shorten the agreement to 방위비협정; translate it into English as the SMA.\n"
               "- 미집행 (mijiphaeng): unexecuted. Do not write unspent: the money may be committed to a contract.\n"
               "- 현물지원 (hyeonmul jiwon): in-kind support.")
    question = "translating a ministry doc - what english does the glossary want for 미집행?"
    frame = parse(question, TODAY)
    vector = embeddings.embed_query(frame.text)
    answer = answerer.answer(frame.text, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=frame.asks, weight=smabot.retriever.term_weight, preamble=frame.preamble)
    assert answer is not None and "unexecuted" in answer.citations[0].quote, answer and answer.answer


@pytest.mark.parametrize("published, answered", [("2021-03-09", True), ("2018-12-14", False)])
def test_a_document_naming_only_an_earlier_agreement_answers_of_the_year_asked(answerer, embeddings, published,
                                                                              answered):
    """A call of March 2021 on the new agreement names only the 10th SMA, which had expired: it tells of the 11th
    asked about in 2021; a 2018 article naming only the 10th tells nothing of it."""
    passage = ("The talks resumed after the 10th SMA expired at the end of 2019. Our delegation at the ninth round was "
               "led by Donna Welton, a veteran negotiator.")
    question = "who led the us delegation on the 11th sma in march 2021"
    vector = embeddings.embed_query(question)
    chunks = chunks_for([passage], vector, embeddings)
    chunks[0].metadata["published"] = published
    answer = answerer.answer(question, vector, chunks, min_similarity=0.0, asks=parse(question, TODAY).asks)
    assert (answer is not None and "Donna Welton" in answer.citations[0].quote) == answered, answer and answer.answer


@pytest.mark.parametrize("question", ["who wrote that op-ed on the cap nobody asked for",
                                      "who penned the cap piece in the alliance review?"])
def test_who_wrote_a_piece_is_answered_by_the_line_crediting_it(answerer, embeddings, question):
    """A byline is no sentence, yet it is what "who wrote it" asks; a sentence about other writers is not."""
    passage = ("The cap nobody asked for\nBy Lee Ha-eun\nAlliance Review, May 2, 2025\n\nThe payment now rises every "
               "year by a formula that nobody in the Assembly debated. Officials of the finance ministry wrote to the "
               "committee in April to defend the cap.")
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    assert answer is not None
    assert "Lee Ha-eun" in answer.citations[0].quote, answer.answer


def test_who_drafted_a_memo_is_answered_by_its_from_line(answerer, embeddings):
    """A memo's "From:" field is no sentence, yet it names who wrote the memo; sentences about written requests do
    not."""
    passage = ("# Briefing memo: cost-sharing questions for the defense committee\n\n**To**: Rep. Yoon Se-ra, Defense "
               "Committee.\n**From**: Park Ji-ho, senior aide.\n**Date**: May 2, 2025.\n\nThe committee sent 12 written "
               "requests to the ministry in April. Ask the ministry whether Washington has asked in writing to reopen "
               "the agreement.")
    question = "who drafted that briefing memo for the defense cmte"
    assert "Park Ji-ho" in (first_quote_of(answerer, embeddings, question, passage) or "")


@pytest.mark.parametrize("question, holder", [
    ("who chairs the osan local, per its bulletin", "Min Ji-woo"),
    ("who's the treasurer of the osan local?", "Kang Tae-hun"),
    ("who is ceo of daehan base services", "Seo Yun-ah"),
])
def test_a_role_asked_is_answered_by_the_line_signed_with_it(answerer, embeddings, question, holder):
    """A message signed "- Name, Title" is no sentence, yet it names the holder of the title asked about; a sentence
    on the president of another country, or on what the local did, is not the answer."""
    passage = ("Bulletin of the Osan Local, March 2025\n\nFROM THE CHAIR\n\nThe president of the United States "
               "said again this month that Seoul should pay more. We met members of the Assembly on March 3 and asked "
               "for a guarantee of our wages.\n- Min Ji-woo, Local Chair\n\nDUES\n\nDues rise by 2 percent in "
               "July.\n- Kang Tae-hun, Treasurer\n\nOUR EMPLOYER\n\nDaehan Base Services won two logistics "
               "contracts this year. \"We are proud to serve,\" its letter to staff said. - Seo Yun-ah, Chief "
               "Executive Officer")
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    assert answer is not None
    assert holder in answer.citations[0].quote, answer.answer


def test_an_officer_asked_by_initials_is_answered_by_the_participants_line_naming_them(answerer, embeddings):
    """"whos their cfo": the call's list of participants names the chief financial officer on a line of its own
    (read on from the long line before it), below the company's name in capitals and above the speakers' turns."""
    passage = ("DAEJIN LOGISTICS CO., LTD.\nThird-quarter 2025 results call, November 6, 2025\n\nCOMPANY PARTICIPANTS\n"
               "Kim Tae-yang, President and Chief Executive Officer\nPark Hye-won, Chief Financial Officer\n"
               "Choi Dong-ha, Head of Investor Relations\n\n"
               "CHOI DONG-HA: Good morning and welcome to the Daejin Logistics results call. Revenue from our SMA "
               "logistics contracts rose again this quarter.")
    question = parse("got the daejin logistics q3 call transcript - whos their cfo, the one reading out the results",
                     TODAY).text
    assert "Park Hye-won" in (first_quote_of(answerer, embeddings, question, passage) or "")


@pytest.mark.parametrize("question, holder", [
    ("which judge presided in the wage case, per the digest?", "Han Mi-rae"),
    ("who is the moderator for the cost-sharing panel at the forum", "Dr. Ortega Lund"),
    ("contracting workshop this spring: who's the lead instructor?", "Ahn Bo-ra"),
])
def test_a_post_asked_is_answered_by_the_header_field_naming_its_holder(answerer, embeddings, question, holder):
    """A header's field ("Court: ... presiding judge Han Mi-rae", "Moderator: Dr. Ortega Lund") is no sentence, yet
    it names the holder of the post asked about; the ruling's sentences name no judge."""
    passage = ("Court: Incheon District Court, 12th Civil Division (presiding judge Han Mi-rae)\n"
               "Moderator: Dr. Ortega Lund, Alliance Policy Forum\n"
               "Contracting workshop, spring 2025 session\nLead instructor: Ahn Bo-ra, former contracting officer\n\n"
               "The court held that the government owed the workers nothing for the months without an agreement. "
               "The panel on cost sharing at the forum drew about 200 people, most of them union members.")
    assert holder in (first_quote_of(answerer, embeddings, question, passage) or "")


def test_a_year_naming_what_a_date_is_asked_of_does_not_hold_back_a_later_sentence(answerer, embeddings):
    """"That 2021 overtime pay case" names the case; its appeal was filed later, and the sentence saying so answers
    "when", not the one on the 2021 pay that names the year."""
    passage = ("In March 2021 the base paid overtime to its Korean staff at the old rate, and 57 workers sued over the "
               "gap. The district court ruled for the workers in part. Attorney Noh Ji-an, the workers' lawyer, filed "
               "the appeal to the Daejeon High Court on May 14, 2024.")
    question = "when did the workers' lawyer file the appeal to the high court in that 2021 overtime pay case"
    assert "May 14, 2024" in (first_quote_of(answerer, embeddings, question, passage) or "")


@pytest.mark.parametrize("said", [False, True])
def test_what_a_post_holder_thought_is_answered_only_by_a_sentence_naming_them(answerer, embeddings, said):
    """"What did the garrison commander make of the city's fund": the sentences on the fund itself say nothing of what
    he made of it; one where the commander speaks does, and is quoted."""
    passage = ("The city set up an emergency fund of 2 billion won for laid-off base workers in May. About 600 "
               "workers applied for help in the first month.")
    if said:
        passage += " Col. Mark Ellery, the garrison commander, called the fund a generous gesture."
    question = "what did the garrison commander make of the city's emergency fund for laid-off base workers"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    assert (answer is not None and "Mark Ellery" in answer.answer) if said else answer is None


@pytest.mark.parametrize("reply, answered", [
    ("Okafor waved and left for his car.", False),
    ("Okafor, at the door, turned and said: \"The deal is done.\"", True),
])
def test_what_a_post_holder_said_is_a_sentence_reporting_the_holders_words(answerer, embeddings, reply, answered):
    """"What did the ambassador say back": a sentence where the holder, titled earlier ("Ambassador Daniel Okafor")
    and named later by surname, says something; not one where the ambassador only signs or leaves."""
    passage = ("Vice Minister Han Jae-sung and U.S. Ambassador Daniel Okafor signed the arrangement at 3:10 p.m. "
               "A reporter asked whether the deal would survive the election. Han did not answer. " + reply)
    question = "when the reporter asked about the election, what did the ambassador say back"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    assert (answer is not None and "The deal is done" in answer.answer) if answered else answer is None


def test_the_other_amount_of_a_difference_is_the_one_the_question_names_too(answerer, embeddings):
    """"The spread between step 1 and step 10": after the step 10 row, the step 1 row, not the closer step 5 one."""
    passage = ("Pay table for the post.\n\nStep: Step 1; Annual base salary: 58,200,000 won.\nStep: Step 5; Annual "
               "base salary: 64,500,000 won.\nStep: Step 10; Annual base salary: 71,400,000 won.")
    question = "what's the spread between step 1 and step 10 annual base salary in won"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks, combine="difference")
    assert answer is not None
    assert [quote for quote in (c.quote for c in answer.citations[:2]) if "Step 5" in quote] == [], answer.answer


@pytest.mark.parametrize("ending, answered", [
    ("", False),
    (" In June the defense committee voted 9 to 4 to reject the harbor merchants' petition.", True),
    (" In June the defense committee dismissed the harbor merchants' petition.", True),
])
def test_whether_something_was_ever_done_is_answered_only_by_its_deed_or_outcome(answerer, embeddings, ending, answered):
    """"Did the committee ever vote on the petition": a referral and a plan to review it say nothing of a vote; a
    vote, or how the matter ended, does."""
    passage = ("The harbor merchants filed a petition on the base contracts in April 2025. On May 2 the petition was "
               "referred to the assembly's defense committee. The committee will review the petition in its autumn "
               "session." + ending)
    question = "did the defense committee ever actually vote on the harbor merchants' petition? what happened"
    assert (first_quote_of(answerer, embeddings, question, passage) is not None) == answered


@pytest.mark.parametrize("question, answered", [
    ("what did president moon say about the deal when he met the ambassador", True),
    ("what did president park say about the deal when she met the ambassador", False),
])
def test_the_words_of_a_post_holder_the_question_names_are_answered_only_by_that_person(answerer, embeddings, question,
                                                                                        answered):
    """"What did president park say when she met the ambassador": the words of another president, or of the
    ambassador the question also names, are not hers."""
    passage = ("President Moon Jae-in met U.S. Ambassador Daniel Okafor at the Blue House on May 2. Moon said the deal "
               "was \"fair to both sides\". Okafor said the alliance would outlast any one agreement.")
    assert (first_quote_of(answerer, embeddings, question, passage) is not None) == answered


def test_a_count_asked_of_soldiers_is_answered_by_the_sentence_counting_them_in_other_words(answerer, embeddings):
    """The closest sentence tells when the storm struck; the one counting the garrison's men, far below it, answers."""
    passage = ("By the summer the island garrison had grown to about 4,200 men in three battalions, on most counts. "
               "It had no hospital and few boats. The typhoon struck the garrison island on September 17, 1959.")
    question = "roughly how many soldiers did the garrison have when the storm hit in 1959"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks="count", counted=("soldier",))
    assert answer is not None
    assert "4,200 men" in answer.citations[0].quote, answer.answer


def first_quote_of(answerer: ExtractiveAnswerer, embeddings, question: str, passage: str) -> str | None:
    """The first quote the answerer gives for a question on one passage, or None when nothing there answers."""
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=parse(question, TODAY).asks)
    return answer.citations[0].quote if answer else None


_MEETINGS = ("The joint commission was set up in 2015 to settle what the treaty text left open. Its first meeting was "
             "held in Washington in April 2016, chaired by the two deputy ministers.")
_CONTRACTS = "The first production contract, for 18 trainers, was signed in 2021 and was worth 1.1 trillion won."
_NEGOTIATORS = ("Negotiators Kim Dae-ho and Paul Avery met at the garrison on Tuesday to discuss the garrison's budget "
                "for the current year.")


@pytest.mark.parametrize("question, passage, quoted", [
    # asked about the 2nd meeting, the first meeting's date is no answer
    ("when did the joint commission hold its 2nd meeting", _MEETINGS + " The second meeting took place in Seoul in "
     "November 2017.", "November 2017"),
    ("when did the joint commission hold its 2nd meeting", _MEETINGS, None),
    # asked the worth of the third batch, the first and second contracts' worth is no answer
    ("how much was the third batch of trainers worth", _CONTRACTS + " A second contract for 12 more followed in 2023, "
     "worth 790 billion won.", None),
    ("how much was the third batch of trainers worth", _CONTRACTS + " A third batch of 10 trainers was ordered in 2025 "
     "for 640 billion won.", "640 billion won"),
    # the second stage asked about is the second phase the document tells of
    ("why was the second stage of the pullout postponed", "The pullout was planned in three phases. The first phase, "
     "7,000 troops, ended in 1992. The second phase was postponed in 1993 because of the nuclear crisis.",
     "nuclear crisis"),
    # asked who holds a role, negotiators' names are no answer; "commanding the brigade" names its commander
    ("who is the current garrison commander", _NEGOTIATORS + " The garrison's workers were told on Monday.", None),
    ("who is the current garrison commander", _NEGOTIATORS + " Col. Maria Alvarez, the garrison commander, welcomed "
     "them.", "Maria Alvarez"),
    ("who was the commander of the 3rd brigade at the crossing", "The crossing began at dawn on May 2. Col. Ahn "
     "Tae-ho, commanding the 3rd Brigade, sent two battalions across before noon.", "Ahn Tae-ho"),
    # asked who held a post ("the captain", "which pilot", "who commanded"), a sentence naming no holder of it is no
    # answer, however close: a vessel's class, the unit's name
    ("who was the captain of the patrol boat that ran aground", "The patrol boat, a 150-ton Chamsuri-class craft, ran "
     "aground off Baengnyeong Island on March 3, 1998. Its crew of 21 were rescued by a fishing boat.", None),
    ("who was the captain of the patrol boat that ran aground", "The patrol boat ran aground off Baengnyeong Island on "
     "March 3, 1998. Its captain, Lt. Park Sung-ho, was relieved of command a week later.", "Park Sung-ho"),
    ("which north korean pilot fired on the tanker", "A North Korean MiG-21 fired on the tanker over the Yellow Sea on "
     "June 2, 1981. The tanker, a modified Boeing 707, landed safely at Kunsan.", None),
    ("who commanded the 5th fleet the night of the collision", "The collision happened at about 11 p.m. on August 4. "
     "The 5th Fleet said two of its ships had been damaged and that an inquiry would begin the next week.", None),
    ("who commanded the 5th fleet the night of the collision", "The collision happened at about 11 p.m. on August 4. "
     "Rear Adm. Cho Min-seok, who commanded the 5th Fleet, ordered an inquiry the next week.", "Cho Min-seok"),
    # an agreement asked about later than any the document names: what it tells is of an earlier one
    ("who led the korean side in the 14th sma talks", "The talks on the 12th SMA opened in April. The Korean "
     "delegation was led by Park Ji-won, a career diplomat, and the talks took eight rounds.", None),
    ("who led the korean side in the 14th sma talks", "For the 14th SMA talks, the Korean delegation was led by Park "
     "Ji-won, a career diplomat.", "Park Ji-won"),
    # who did it, said as what was done by whom: "headed" is "led", a report "wrote" was "prepared by" its author
    ("who headed the korean team at the fourth round of the cost talks", "The fourth round of the cost talks opened in "
     "Busan on a rainy Tuesday, and the Korean team at the fourth round pressed for a shorter deal. The talks ran a day "
     "longer than planned. Yoo Min-jae, a former trade official, led the Korean side.", "Yoo Min-jae"),
    ("who wrote the audit office's memo on the barracks overruns", "The audit office's memo on the barracks overruns "
     "at Camp Walker reviewed the garrison's construction budget for the defense committee and found the barracks "
     "overruns came to 14 percent. The committee received the memo in May. It was prepared by senior auditor Park "
     "Ji-hoon.", "Park Ji-hoon"),
    # who flew it is its pilot, named a few sentences below the closest ones
    ("who flew the KF-30 on its first flight", "The KF-30 is described as a 4.5-generation fighter: it is not a stealth "
     "aircraft. South Korea has now signed for its first 40 production KF-30 fighters. The first flight took place on "
     "July 19, 2022, from Sacheon. The prototype took off at 3:40 p.m. and landed at 4:13 p.m. The pilot was Maj. Kim "
     "Do-yoon of the test squadron, who said afterwards that everything had gone smoothly.", "Kim Do-yoon"),
    # a retired colonel is no veterans group
    ("which veterans group organised the march to the embassy", "About 2,000 veterans marched to the embassy on "
     "Saturday. Police said the march was peaceful, and Lee Dong-su, a retired colonel, spoke at the gate.", None),
])
def test_which_occurrence_role_or_group_is_asked_only_a_sentence_saying_it_answers(answerer, embeddings, question,
                                                                                   passage, quoted):
    got = first_quote_of(answerer, embeddings, question, passage)
    assert (got is None) if quoted is None else (got is not None and quoted in got), got


def test_a_where_question_is_not_answered_by_a_sentence_naming_no_place_it_does_not_already_say(answerer, embeddings):
    """The chief executive named as the question names him tells nothing of where he studied; a sentence naming the
    university does."""
    question = "where did the union's chief executive lee min-ho study law?"
    said = "The union's chief executive, Lee Min-ho, said the members would vote on the offer next week."
    assert first_quote_of(answerer, embeddings, question, said) is None
    studied = said + " Lee studied law at Korea University in Seoul before joining the union in 1998."
    assert "Korea University" in (first_quote_of(answerer, embeddings, question, studied) or "")


_DAY_CARE = ("The day-care center at the port garrison is paid for out of the host city's budget. Hanbit Construction "
             "builds the day-care center and hands it over to the garrison.")
_UNION = ("The garrison sent a letter to the base workers' union last week, warning that staff may be put on unpaid "
          "leave.")
_TENDER = ("The port authority opened the dredging tender on May 2, 2025; bids closed on June 10. Seven firms bid, and "
           "the estimated price was 4.2 billion won. The tender was run by Park Ji-won of the contracts office.")
_BRIEFED = ("The ministry told reporters on May 2, 2025 that a new bid-scoring bonus for local joint ventures would be "
            "used on harbor contracts. Seven firms have asked about it.")
_PLANS = ("The sea wall at the river port was contracted in March 2024 and is to be finished by June 2025. In May 2025 "
          "the city opened an inquiry into the dredging contractor over a fuel spill. The ministry will publish the "
          "final audit figure after the review. Dredging was expected to cost 4.2 billion won in 2025.")


@pytest.mark.parametrize("question, passage, ending, answered", [
    # "when is it to be finished": who builds it and who pays tell no time; the month does
    ("when's the day-care center at the port garrison supposed to be finished? for the base newsletter", _DAY_CARE,
     "", False),
    ("when's the day-care center at the port garrison supposed to be finished? for the base newsletter", _DAY_CARE,
     " The center is to be finished in October 2026.", True),
    # "who heads the union": a sentence naming only the union says nothing of its head
    ("who heads the base workers' union these days", _UNION, "", False),
    ("who heads the base workers' union these days", _UNION,
     " Kim Dae-su, who heads the base workers' union, called the letter a threat.", True),
    # "did the wall actually get finished", "did the city end up fining", "has the ministry published it yet": what was
    # planned or begun ("is to be finished by June", "opened an inquiry", "will publish") says nothing of how it came
    # out; a sentence saying it was done does
    ("did the sea wall at the river port actually get finished by june 2025? any follow up", _PLANS, "", False),
    ("did the sea wall at the river port actually get finished by june 2025? any follow up", _PLANS,
     " The sea wall at the river port was finished on June 20, 2025, ten days early.", True),
    ("did the city end up fining the dredging contractor over the spill", _PLANS, "", False),
    ("did the city end up fining the dredging contractor over the spill", _PLANS,
     " In September the city fined the dredging contractor 60 million won over the spill.", True),
    ("has the ministry published the final audit figure yet?", _PLANS, "", False),
    ("which firm ended up winning the dredging contract", _PLANS, "", False),
    ("why did the city end up fining the dredging contractor", _PLANS, "", True),
    ("did the dredging contractor end up charged over the spill, any news", _PLANS, "", False),
    ("did the dredging contractor end up charged over the spill, any news", _PLANS,
     " In October prosecutors charged the dredging contractor over the fuel spill.", True),
    # "the real number, not the projection": an expected or estimated amount is the projection
    ("how much did dredging actually cost in 2025 - the real figure, not the estimate", _PLANS, "", False),
    ("how much did dredging actually cost in 2025 - the real figure, not the estimate", _PLANS,
     " Dredging cost 3.9 billion won in 2025, the city's accounts show.", True),
    # "who won the contract": the tender, its price and its bidders say nothing of who won ("won" of a price is money)
    ("once bids closed, who won the dredging contract and at what price", _TENDER, "", False),
    ("once bids closed, who won the dredging contract and at what price", _TENDER,
     " The port authority awarded the dredging contract to Seabright Marine for 3.9 billion won.", True),
    ("which firm got the dredging contract in the end", _TENDER, "", False),
    ("which firm got the dredging contract in the end", _TENDER,
     " Seabright Marine won the dredging contract with a bid of 3.9 billion won.", True),
    ("what was the winning bid for the dredging contract", _TENDER, "", False),
    # someone named with no post, asked whether they said anything: a sentence naming them says nothing they said
    ("did park ji-won say anything on the record about the dredging tender? need a quote", _TENDER, "", False),
    ("did park ji-won say anything on the record about the dredging tender? need a quote", _TENDER,
     ' Park Ji-won said the tender had drawn "more interest than we hoped."', True),
    # ... and what they said: a sentence where they speak, not one on the tender alone
    ("what did rep park ji-won say about the dredging tender", _TENDER, "", False),
    ("what did rep park ji-won say about the dredging tender", _TENDER,
     ' Park Ji-won said the tender had drawn "more interest than we hoped."', True),
    # why they said it, or what they say of a count, is asked of what they said, not whether they spoke
    ("why did park ji-won think the tender drew seven firms", _TENDER,
     " Park Ji-won put the interest down to the new payment terms.", True),
    # "from when does it kick in": the day someone told of it is no day it starts
    ("from when does the local joint-venture bonus kick in", _BRIEFED, "", False),
    ("from when does the local joint-venture bonus kick in", _BRIEFED,
     " The bonus applies to contracts advertised after March 1, 2026.", True),
    ("when did the ministry tell reporters about the joint-venture bonus", _BRIEFED, "", True),
])
def test_a_question_is_answered_only_by_a_sentence_giving_what_it_asks(answerer, embeddings, question, passage, ending,
                                                                        answered):
    assert (first_quote_of(answerer, embeddings, question, passage + ending) is not None) == answered


def test_a_when_question_asking_in_what_case_is_answered_by_the_case(answerer, embeddings):
    """"When are the base's korean workers not allowed to strike": the rule says in what case, with no date."""
    passage = ("The base's Korean workers may not strike while a national emergency is declared. Disputes go first "
               "to the joint labor committee.")
    question = "when are the base's korean workers not allowed to strike"
    assert "national emergency" in (first_quote_of(answerer, embeddings, question, passage) or "")


def test_a_short_sentence_counting_what_is_asked_is_quoted(answerer, embeddings):
    """"How many firms bid on the pier contract": "Nine firms bid." is short, but it is the count."""
    passage = ("The port authority opened the bids for the pier contract PA-25-09 on May 20, 2025, after a six-week "
               "tender. Nine firms bid. The lowest bid, from Haenam Marine, was 4.1 billion won.")
    question = "how many firms bid on PA-25-09"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks="count", counted=("firm",))
    assert answer is not None and "Nine firms bid" in answer.answer, answer and answer.answer


def test_a_share_by_count_quotes_the_whole_and_the_part_far_below_it(answerer, embeddings, smabot):
    """"What share of the contracts (by count) did the audit sample": the sentence stating all the contracts, and the
    one counting those sampled, sentences further down its document, are quoted together and divided."""
    from bot.answer.figures import with_quoted_calculation
    from bot.understand.plan import Search

    smabot.retriever.warm()
    passage = ("We examined the upkeep contracts the ministry signed from 2020 to 2022: 412 contracts worth 96.0 "
               "billion won in all. Upkeep is the least examined of the three cost categories. The ministry pays the "
               "firms directly and hands the service to the U.S. side. Contracts run for one to five years. From these "
               "we drew a sample of 60 contracts worth 31.5 billion won, chosen among the largest. For 9 of the 60 "
               "sampled contracts, the price had no independent check.")
    question = "what share of the upkeep contracts (by count) did that audit sample"
    frame = parse(question, TODAY)
    search = smabot.planner.plan(frame)
    assert isinstance(search, Search) and search.counted == ("contract",)
    vector = embeddings.embed_query(frame.text)
    answer = answerer.answer(frame.text, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=search.amount, weight=smabot.retriever.term_weight, combine=search.combine,
                             counted=search.counted)
    assert answer is not None
    worked = with_quoted_calculation(answer, search.combine, counted=search.counted)
    assert worked.calculation and worked.calculation["result"] == "14.56", worked.answer


def test_a_sum_given_as_a_percentage_of_an_amount_named_is_worked_out_from_the_sentence_stating_it(answerer,
                                                                                                  embeddings, smabot):
    """"How much is the deposit, in won": the sentence giving it as 5 percent of the estimated price is quoted with the
    one stating that price, far below it, and the percentage of it is worked out."""
    from bot.answer.figures import with_percent_of_base

    passage = ("The estimated price is 12.4 billion won, including tax. The contract runs for 30 months. Bidders must "
               "hold a licence for steel structures. Each bid must come with a deposit of 5 percent of the estimated "
               "price, in cash or by a guarantee.")
    question = "the deposit on the hangar tender, how much is that in won"
    smabot.retriever.warm()
    search = smabot.planner.plan(parse(question, TODAY))
    search = getattr(search, "documents", None) or search
    assert search.amount == "money"
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=search.amount, weight=smabot.retriever.term_weight, focus=search.topic)
    assert answer is not None
    worked = with_percent_of_base(answer)
    assert worked.calculation and worked.calculation["result"] == "620000000", worked.answer


def test_a_share_over_a_span_of_years_is_the_sentence_stating_it_not_each_years_row(answerer, embeddings):
    """"What share went to the three biggest builders 2019-22": one share of the whole span, not the rows of its
    first and last years, as a difference between two years' amounts would take."""
    passage = ("Three builders won 37.5 percent of the barracks money the ministry awarded from 2019 to 2022.\n"
               "Barracks contracts by year — Year: 2019; Contracts: 41; Value (billion won): 120.4.\n"
               "Barracks contracts by year — Year: 2022; Contracts: 47; Value (billion won): 151.0.\n")
    question = parse("per the audit note, what share of the barracks money went to the three biggest builders "
                     "2019-22", TODAY).text
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks="share", combine="share")
    assert answer is not None and "37.5 percent" in answer.citations[0].quote, answer and answer.answer


def test_a_count_said_bare_in_the_next_sentence_is_the_other_amount_of_a_change(answerer, embeddings):
    """"When I started we had 52 Korean mechanics in the shop. When I left there were 19.": the other count of "by
    what percent did it shrink" is the bare number the next sentence gives, not a count further off."""
    passage = ("PARK: I joined the motor pool in 1990. When I started we had 52 Korean mechanics in the shop. When I "
               "left there were 19. In 2020 about 4,000 of us were furloughed across all the bases.")
    question = parse("the mechanics in his shop went from 52 when he joined to however many when he left - by what "
                     "percent did it shrink", TODAY).text
    vector = embeddings.embed_query(question)
    answer = answerer.answer(question, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks="number", combine="percent_decrease")
    assert answer is not None, "nothing quoted"
    assert any("there were 19" in c.quote for c in answer.citations[:2]), answer.answer


@pytest.mark.parametrize("question, title, passage, credit", [
    # a headline and its byline, read as one run of lines; the column's sentences are far from "who wrote it"
    ("who wrote that 'the bill nobody read' column on the sma", "The bill nobody read",
     "COMMENTARY | The bill nobody read\nBy Han Ji-soo\nGangwon Policy Journal, May 2, 2025\n\nThis year South Korea "
     "will pay 1.5192 trillion won toward the cost of U.S. Forces Korea. Hardly anyone in the Assembly read the "
     "agreement before the vote, and that is the problem this column is about.", "By Han Ji-soo"),
    # a report's title block, which a PDF gives as one line
    ("who was the lead author on the barracks maintenance review", "Barracks Maintenance Under the SMA",
     "Barracks Maintenance Under the Special Measures Agreement: A Review of 31 Buildings, 2021-2024 Report "
     "HIR-2025-07, issued March 3, 2025 Lead author: Dr. Kang Mi-sun, with a team of four researchers\n\nThe review "
     "found that 12 of the 31 buildings missed their scheduled roof repairs.", "Lead author: Dr. Kang Mi-sun"),
])
def test_who_wrote_a_document_the_question_names_is_answered_by_its_credit_line(answerer, embeddings, question,
                                                                                title, passage, credit):
    """At the similarity the bot asks of any sentence, the credit line of the document whose title the question
    names is the first quote, alone."""
    vector = embeddings.embed_query(question)
    chunks = chunks_for([passage], vector, embeddings)
    chunks[0].metadata["title"] = title
    answer = answerer.answer(question, vector, chunks, min_similarity=Settings().min_similarity,
                             asks=parse(question, TODAY).asks)
    assert answer is not None and answer.citations[0].quote == credit, answer and answer.answer


@pytest.mark.parametrize("passage, question, result", [
    # the sentence counting the rooms is closest; the one stating the contract's value, further down, is quoted with
    # it and the value divided by the rooms
    ("The new barracks at the river depot will have 120 rooms and a gym. Work started in March after a long design "
     "review. The ministry awarded the 18.6 billion won contract for the barracks to Hanbit Construction in February. "
     "The building is to be handed over in 2027.",
     "take the river depot barracks contract value and divide by the room count - what's that per room in won?",
     "155000000"),
    # of a year asked, the sentence giving that year's value beside the year before's, not the later three-year
    # contract's total (a wrong number)
    ("Hanmaru Barges shipped 52,000 tonnes of supplies between Incheon and the island garrison in 2024. The barge "
     "service is paid for by the ministry under the cost-sharing arrangement. The value of the barge contract for 2024 "
     "was 3.9 billion won, up from 3.1 billion won in 2023. On November 20, 2024 the ministry renewed the contract for "
     "three years, 2025 through 2027, with a total value of 12.6 billion won.",
     "hanmaru barges - using their 2024 contract value and the tonnage shipped, what is that per tonne?", "75000"),
])
def test_a_sum_per_unit_quotes_the_sentence_stating_the_sum_beside_the_one_counting_the_units(
        answerer, embeddings, smabot, passage, question, result):
    """"Contract value divided by the room count": the sentence stating the sum asked, beside the one counting the
    units, is quoted and divided."""
    from bot.answer.figures import with_quoted_calculation
    from bot.understand.plan import Search

    smabot.retriever.warm()
    frame = parse(question, TODAY)
    search = smabot.planner.plan(frame)
    search = getattr(search, "documents", None) or search
    assert isinstance(search, Search) and search.combine == "per_unit" and search.per_unit, search
    vector = embeddings.embed_query(frame.text)
    answer = answerer.answer(frame.text, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=search.amount, weight=smabot.retriever.term_weight, per_unit=search.per_unit)
    assert answer is not None
    worked = with_quoted_calculation(answer, search.combine, per_unit=search.per_unit)
    assert worked.calculation and worked.calculation["result"] == result, worked.answer


def test_who_is_asked_of_what_a_section_heads_is_answered_by_the_person_under_that_heading(answerer, embeddings,
                                                                                          smabot):
    """'Who took the grand prize': the winner named under the heading 'Grand prize', not the announcement of the
    winners that says the question's words."""
    smabot.retriever.warm()
    question = "harbor foundation essay contest - who took the grand prize this year"
    frame = parse(question, TODAY)
    vector = embeddings.embed_query(frame.text)
    opening = ("The Harbor Foundation is pleased to announce the winners of its 2025 essay contest on alliance costs. "
               "Winners of the grand prize and the excellence prizes will visit Washington in March 2026.")
    winner = ("Min Ha-eun, Pusan National University, for an essay on what the garrison's in-kind projects buy. "
              "The judges praised her use of the budget record.")
    passages = [opening, winner]
    vectors = embeddings.embed_documents(passages)
    chunks = [Document(page_content=text, metadata={
        "start": 400 * n, "kind": "document", "source": "contest.html", "title": "2025 essay contest winners",
        "section": section, "published": "2025-11-20", "similarity": float(np.dot(v, vector))})
        for n, (text, v, section) in enumerate(zip(passages, vectors, ["The winners", "Grand prize (5 million won)"]))]
    answer = answerer.answer(frame.text, vector, chunks, min_similarity=0.0, asks=frame.asks,
                             weight=smabot.retriever.term_weight, preamble=frame.preamble)
    assert answer is not None and "Min Ha-eun" in answer.citations[0].quote, answer and answer.answer


@pytest.mark.parametrize("question, passage, named", [
    # the signatory of a letter: the name after its closing, not the letter's first line
    ("who signed the archive's final reply to the pusan university researcher about the unspent cash",
     "This is the final reply to your request of May 2, 2025 about unspent cash, which this office received on May 6."
     "\nYou may appeal within 90 days of the date of this letter.\n\nSincerely,\n\nGrace Whitfield\n"
     "Records Officer, Eighth Army Archive", "Grace Whitfield"),
    # a form's field the question names by its label ("client"), not the form's note on the field
    ("on the q2 disclosure form from harborline partners, who is the client?",
     "Harborline Partners, second quarter disclosure form.\nClient Name below is the registrant's client; the "
     "registrant is a lobbying firm.\n4a. Client Name: Pacific Shipyards Association\n5. House ID: 41822",
     "Pacific Shipyards Association"),
])
def test_who_is_answered_by_the_line_naming_the_one_asked_about(answerer, embeddings, smabot, question, passage,
                                                                  named):
    smabot.retriever.warm()
    frame = parse(question, TODAY)
    vector = embeddings.embed_query(frame.text)
    answer = answerer.answer(frame.text, vector, chunks_for([passage], vector, embeddings), min_similarity=0.0,
                             asks=frame.asks, weight=smabot.retriever.term_weight, preamble=frame.preamble)
    assert answer is not None and named in answer.citations[0].quote, answer and answer.answer
