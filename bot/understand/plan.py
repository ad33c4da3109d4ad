"""One plan per question: Decline | Clarify | Calculate | Lookup | Search, made from the frame and the figures.

The pipeline answers the plan; the Slack status, the LLM path and the evaluation read the same plan.
A question the table cannot answer exactly is never answered with a figure about something else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from bot import calculator as calc
from bot.calculator import Calculation, Quantity, fmt
from bot.figures import FigureRecord
from bot.text import REPORTS_WORDS, content_words, ordinal
from bot.understand.facts import Agreement, Facts, is_alternative
from bot.understand.operations import Missing, Resolved, candidate_operations, choose, own_amounts
from bot.understand.normalize import DOMAIN_WORDS, is_name
from bot.understand.parse import (
    COST_CATEGORIES, COUNT_BY_NOUN, CUES, DATE_MEASURES, ORDINAL_WORDS, OTHER_SPENDING, SUBJECT_TERMS, VIEW_ASKED,
    WORDS_ASKED, Frame, events_spanned, holder_asked, parse, place_names, speaker_asked,
)
from bot.understand.quantities import (
    MONTH, PHYSICAL_UNITS, YEAR_SPAN, Percent, YearMention, alike, spoken_amount,
)

SCOPE = (
    "I answer questions about the US–South Korea defense cost-sharing Special Measures Agreement "
    "(SMA): amounts, increases, deadlines, negotiations and effects on the Korean USFK workforce."
)
NO_PREDICTION = f"I can't predict events: I answer from what the sources record, with quotes. {SCOPE}"
# Measures that change from year to year: without a year, the question means this year.
# Attributes of an agreement: without one named, the question means the agreement in force.
AGREEMENT_MEASURES = DATE_MEASURES - {"furlough_start", "furlough_end", "cost_sharing_start"} | {
    "increase_rule", "negotiation_rounds"}
# The subject's own words (agreements, payments, signing ...), which say nothing about what else happened.
_SUBJECT_WORDS = content_words(" ".join(DOMAIN_WORDS) + " 9th 10th 11th 12th why was were did us u.s korea south seoul")
_EVENT_MEASURES = ("signed", "initialled", "concluded", "ratified", "in_force")  # an agreement's dated steps
YEARLY_MEASURES = frozenset({"payment", "payment_increase_pct", "payment_increase_amount"})
AGREEMENT_TALKS_YEARS = 3  # how many years before its first year an agreement's talks may be written about
# A year's payment or rise stated, as what lies between the year and the amount: "2020 contribution was [1.1 trillion]",
# "2021 payment rose [8.3%]", "raised the 2026 payment by [5%]"; the claim is what is set aside, the thing it is of stays
_PAYMENT_WAS = re.compile(r"(?:'s)? (?:sma )?(?:payment|contribution|amount)(?: paid)?(?P<claim> (?:was|of|came to|stood at|"
                          r"totall?ed|=|:) ?(?:about |around |roughly )?)")
_ROSE_BY = re.compile(r"(?:'s)? (?:sma )?(?:payment|contribution|increase|rise|raise|hike)s?(?P<claim> (?:rose|increased|grew|"
                      r"went up|climbed|was|is|of|at|as) (?:by )?(?:about |around |roughly )?)|"
                      r"(?P<verb> (?:rose|increased|grew|went up|climbed|jumped) (?:by )?(?:about |around |roughly )?)")
# the year a stated rise is over, after it ("13.9% over 2025"): part of the claim
_OVER_YEAR = re.compile(r" (?:over|from) (?:19|20)\d\d\b")
_RAISED_BY = re.compile(r"\b(?:raised|increased|lifted|hiked|bumped up) (?:the )?$")
_PAYMENT_BY = re.compile(r"(?:'s)?(?: (?:sma )?(?:payment|contribution))?(?P<claim> by (?:about |around |roughly )?)")
# The same claims said the other way round, the amount or the rise before its year: "Seoul paid 1.2 trillion won in
# 2021", "the 5% hike from 2025 to 2026" (not "a 5% hike": supposed)
_PAID_AMOUNT = re.compile(r"\b(?:paid|contributed|handed over) (?:about |around |roughly )?$")
_AMOUNT_IN = re.compile(r" (?:in|for) $")
_THE_RISE = re.compile(r"\b(?:the|that) $")
_RISE_TO = re.compile(r" (?:hike|increase|rise|raise|jump|bump)(?: from (?:19|20)\d\d)? (?:to|in|for) $")
# The years an agreement is said to cover: "the 11th sma covered 2019-2023", "ran from 2019 to 2023"
_COVERED = re.compile(r"\b(?:covered|covers|cover|ran|runs|run|lasted|lasts|spanned|spans|(?:was|is) for)\s+(?:from\s+)?$")
HEADCOUNT_MEASURES = frozenset({"furloughed", "troops", "korean_workforce"})  # how many people
COUNTED_MEASURES = HEADCOUNT_MEASURES | {"negotiation_rounds"}  # what "how many" may ask of the table


@dataclass(frozen=True)
class Decline:
    message: str
    # a question about another country, which a document the admin added may still answer: the search whose
    # quotes answer instead when one of them names that country
    documents: Search | None = None
    route = "declined"


@dataclass(frozen=True)
class Clarify:
    message: str  # what was understood and what is missing
    # a calculation without a recorded operand, which a document may state outright ("what fraction of the upkeep
    # did the 2008 payment cover"): the search whose quotes answer instead when they say it closely
    documents: Search | None = None
    route = "clarify"


@dataclass(frozen=True)
class Calculate:
    resolved: Resolved
    # what a document may work out instead, when the question names what the table's operands are not ("how much
    # bigger was the construction allocation in 2023 than in 2019"): its quotes' calculation, if they say it
    documents: Search | None = None
    route = "calculator"


@dataclass(frozen=True)
class Projection:
    """A future year's payment under an agreement's increase rule: not fixed, bounded by the rule."""

    year: int
    base: FigureRecord
    rule: FigureRecord
    at_cap: Calculation  # the most the rule allows: the base grown at the cap every year


@dataclass(frozen=True)
class Lookup:
    measure: str
    records: tuple[FigureRecord, ...] = ()
    years: tuple[int, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    unit: str | None = None
    derived: str | None = None  # term_start/term_end derived from an agreement's term; "agreement": which one
    projection: Projection | None = None
    unrecorded: tuple[int, ...] = ()  # years asked about that the table has no record for
    premise: str | None = None  # set when the question's premise does not hold: what the sources say instead
    asks: str | None = None  # what the question asks for ("who" is answered by the record's words)
    extreme: str | None = None  # "largest" or "smallest": the one record of all that is
    past: str | None = None  # "over 1 trillion won": the records are every year past that amount, counted
    # set when the question names what no record mentions: the search whose quotes, if they say it, answer instead
    documents: Search | None = None
    route = "figures"


@dataclass(frozen=True)
class Search:
    strict: bool = False  # the question uses none of the subject's words: only a close match counts
    asks: str | None = None  # what the question asks for, so the quote chosen is that kind of sentence
    text: str = ""  # the question normalised (shorthand spelled out, typos corrected): what is searched for
    # words the quotes must mostly contain for the answer to count (what the figures table did not mention)
    requires: frozenset[str] = frozenset()
    # what the question is specifically about, beyond the subject's words: if the knowledge base mostly never
    # mentions it, the question is not one it can answer
    topic: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # a place a question is about: a quote must name it (any of these names)
    years: tuple[int, ...] = ()  # a quote's document, as retrieved (passages, title, date), must name one of these
    # how two amounts combine ("difference", "point_difference", "percent_increase", "percent_decrease", "rest": the
    # whole less the part said to be so), asked of amounts the table does not hold: worked out when the quotes state
    # exactly two of one kind
    combine: str | None = None
    unit: str | None = None  # the unit the combined amounts are asked in ("by how many km"): only theirs combine
    # the kind of amount asked, "money" ("what did the clean-up cost") or "count" ("how many police were sent"):
    # a quote must state one
    amount: str | None = None
    counted: tuple[str, ...] = ()  # what a count asked is of ("how many civilians died"): a quote must count each
    per_unit: str | None = None  # what an amount is asked per ("cost per square meter"): a quote's count of it divides
    given_names: tuple[frozenset[str], ...] = ()  # names the question gives in capitals: no source has one, no answer
    yearly: bool = False  # a year's amount asked ("how much does it cost per year"): not one over several years
    # the two events a length of time is asked between ("from the trawler's seizure to the crew's return"): the days
    # between the dates the documents give them are worked out
    events: tuple[str, str] | None = None
    measured: bool = False  # a measure asked ("what magnitude was the test"): a quote must state a number
    attributed: frozenset[str] = frozenset()  # whose account is asked ("per NORAD"): a sentence naming it comes first
    # the words a source document is named by ("the gimcheon council brief"): only the documents whose title or
    # publisher has them answer
    source: frozenset[str] = frozenset()
    # an agreement no record has ("who will lead the 13th SMA talks"): the passage answering must name it
    unrecorded_agreement: int | None = None
    part: frozenset[str] = frozenset()  # the part of a payment asked ("how much went to labor"): the quote must say it
    preamble: frozenset[str] = frozenset()  # the words only what comes before the question says: the passage's
    route = "retrieval"


Plan = Decline | Clarify | Calculate | Lookup | Search


# A rise asked as the other way a frozen year went: "was 2020 frozen or did it go up"
_RISEN_INSTEAD = {"change", "raise", "more_less", "anaphora"}


@dataclass
class Planner:
    facts: Facts

    def plan(self, frame: Frame) -> Plan:
        return self._of_named_source(frame, self._unsaid_by_records(frame, self._premise_of_other_things(
            frame, self._plan(frame))))

    @staticmethod
    def _premise_of_other_things(frame: Frame, plan: Plan) -> Plan:
        """A premise 'put right' by records that say little of what the question is about ("the builder asked
        3.1bn, how much did the arbitration panel grant": no US demand was 3.1bn): the documents', not the table's."""
        if isinstance(plan, Lookup) and plan.premise and len(unmentioned_words(plan, frame)) >= OTHER_THINGS:
            return search(frame, strict=not frame.in_domain, topic=frame.unexplained)
        return plan

    def _unsaid_by_records(self, frame: Frame, plan: Plan) -> Plan:
        """A lookup whose records do not say the post or the base a question asks about ("who was the pool reporter
        at the signing", "what did the ambassador say at the ceremony": the signing's record names the signers, and
        says nothing they said; "how many korean employees at camp humphreys": the count is of all USFK): the
        documents', where one says it, else declined."""
        # (what a post-holder said of a figure the question gives is their words, not the figure: "what did the
        # minister tell the assembly about the $33bn"; not "what did president trump say korea should pay")
        # (nor what a holder made of one: "did amb goldberg ever say what he thought of the cap")
        words = WORDS_ASKED.search(frame.text)
        post = frame.post if frame.asks != "number" or words and (
            frame.money or VIEW_ASKED.search(frame.text)) else None
        # the holder the question names beside the post ("what did president lee say"), or someone named with no post
        # ("did jung min-ho ever say anything about the cap"): whose words a record must name
        named = (holder_asked(words) if words else frozenset()) if post else speaker_asked(frame.text)
        if not (isinstance(plan, Lookup) and plan.records and (post or named or frame.base)):
            return plan
        speaker = "|".join(map(re.escape, sorted(named))) or re.escape(post or "")

        def says(record: FigureRecord) -> bool:
            text = record.figure.text
            return (not speaker or re.search(rf"\b(?:{speaker})\b", text, re.I) and (
                frame.asks == "who" or REPORTS_WORDS.search(text))) and (
                not frame.base or re.search(rf"\b{re.escape(frame.base)}", text, re.I))
        if any(map(says, plan.records)):
            return plan
        return Decline(f"The figures I have do not say that, and no source I have does either. {SCOPE}",
                       plan.documents or search(frame, topic=frame.unexplained))

    def _of_named_source(self, frame: Frame, plan: Plan) -> Plan:
        """A question naming a source document ("in the gimcheon council brief, ..."), not one the records cite: what
        it asks beyond the table's words is that document's to answer; with nothing beyond them, the plan stands and
        the document is asked first."""
        named = frame.source_named
        if not named or self.facts.cites(named):
            return plan
        if isinstance(plan, Decline):  # "what inflation rate did the roundtable's professor plug in": its words, first
            return replace(plan, documents=plan.documents and replace(plan.documents, source=named))
        if isinstance(plan, Search):
            return replace(plan, source=named)
        about = frame.unexplained - named  # the source is not what the question is about
        # "by what % did the stores near the gate drop": not a payment; "what exchange rate did it use": its own rate
        if about or isinstance(plan, Calculate) and frame.measure == "exchange_rate" and not frame.rates:
            return search(frame, strict=not frame.in_domain, topic=about, source=named, years=written_years(frame))
        return replace(plan, documents=search(frame, source=named, years=written_years(frame)))

    def _plan(self, frame: Frame) -> Plan:
        if frame.injection:
            return Decline(f"I can't help with that. {SCOPE}")
        if frame.has("write_request"):
            return Decline(f"I answer questions from the sources, with quotes; I don't write poems, stories or posts. {SCOPE}")
        if frame.has("opinion"):
            return Decline(f"I don't give views of my own: I answer from the sources, with quotes. {SCOPE}")
        if frame.has("private_details"):
            return Decline(f"I don't give out people's private or contact details. {SCOPE}")
        # a year after every agreement's ("best guess on the 2032 payment"): no rule to project it under
        uncovered = frame.years and min(frame.year_values) > max((a.last_year for a in self.facts.agreements.values()),
                                                                  default=frame.today.year)
        if (frame.has("prediction", "future_tense") and uncovered and not (frame.money or frame.percents or frame.rates)
                or frame.has("prediction") and not (frame.money or frame.percents
                                                    or frame.measure in YEARLY_MEASURES and not uncovered
                                                    or frame.has("cap") and frame.years and not uncovered)
                or frame.has("event_to_come") and not (frame.money or frame.percents) or frame.has("threat_to_come")
                or frame.has("cap_outcome") and not frame.has("suppose", "inflation_rate", "rates_by_year")
                or frame.has("inflation_outcome") and not frame.has("suppose")):
            return Decline(NO_PREDICTION)
        if frame.has("next_to_come"):  # "when's the next casey council meeting": unless a document schedules it
            return Decline(NO_PREDICTION, self._documents_instead(frame))
        if frame.has("future_tense") and frame.measure is None and frame.years and not (
                frame.money or frame.percents or frame.rates) and min(frame.year_values) > frame.today.year:
            # "what will korean inflation be in 2027": what no record holds yet, unless a document says it
            return Decline(f"I can't predict what is not recorded yet: I answer from what the sources record, with "
                           f"quotes. {SCOPE}", self._documents_instead(frame))
        if frame.measure is None and frame.years and not (
                frame.cues - {"frozen", "confirm", "agreement_ref"} - (_RISEN_INSTEAD if frame.has("frozen") else set())
                or frame.unexplained or frame.money or frame.percents or frame.headcounts):
            # "2026?", "did they freeze 2020", "2017 under the ninth sma?", "was 2020 frozen or did it go up": the
            # year's payment, asked most
            frame = replace(frame, measure="payment", in_domain=True)
        if uncovered and frame.measure in YEARLY_MEASURES and not (frame.money or frame.percents or frame.rates
                                                                    or frame.has("suppose", "cap")):
            # "the contribution amount of year 2033": no agreement sets one yet, nor a rule to project it under
            latest = max(self.facts.agreements.values(), key=lambda a: a.number)
            return Decline(f"No agreement covers {min(frame.year_values)} yet: the latest, the "
                           f"{ordinal(latest.number)} SMA, covers {latest.covers}, so no payment for that year is "
                           f"recorded or set by a rule. {SCOPE}", self._documents_instead(frame))
        if frame.measure in (None, "exchange_rate") and frame.years and frame.has("target") and frame.rates and not (
                frame.unexplained - frame.preamble - _RATE_VERBS or frame.money or frame.percents or frame.headcounts
                or frame.has("wage", "furlough")):  # (furloughed workers' wages are not the payment)
            # "at 1,500 won per dollar, what's 2026 in dollars": the year's payment converted at the rate given
            frame = replace(frame, measure="payment", cues=frame.cues | {"pay"}, in_domain=True)
        agent = frame.unexplained - _RATE_VERBS if frame.has("rate_by_agent") else frozenset()
        if frame.measure == "exchange_rate" and agent and not (frame.rates or frame.source_named
                                                               or self.facts.cites(agent)):
            # "what won/dollar rate did the currency note assume": the note's rate, not the table's applied
            return search(frame, topic=frame.unexplained)
        rate = self.facts.latest("exchange_rate") if frame.measure == "exchange_rate" else None
        other_years = sorted(set(frame.year_values) - {rate.figure.year}) if rate else []
        if rate and not (frame.rates or frame.money or frame.has("convert", "target", "pay")) and (
                frame.has("now_asked") or other_years):  # the rate asked, not a conversion at it
            f = rate.figure  # the table's one dated rate is not today's nor another year's: say which it is
            by = f" in a {f.sources[0].publisher} report" if f.sources and f.sources[0].publisher else ""
            when = "current" if frame.has("now_asked") else str(other_years[0])
            return Decline(f"My sources have no {when} won–dollar exchange rate. The only rate they record is the one "
                           f"used{by} on {f.as_of or f.year} to convert SMA figures; ask for that dated rate if it "
                           "will do.")
        if frame.has("real_terms"):
            return Clarify("I read this as an amount adjusted for inflation, but I have no price index to adjust "
                           "with; I can give the recorded (nominal) figures.")
        if frame.has("service_pay"):
            return Decline("My sources cover what South Korea pays under the SMA, not what individual US service members "
                           f"are paid, so I have nothing reliable on that. {SCOPE}")
        if frame.has("economy") and not (frame.money or frame.percents or frame.rates or frame.has("cap", "pay")):
            return Decline("My sources cover the SMA's payments and the USFK workforce, not Korea's economy (its output, "
                           f"prices or jobs), so I have nothing reliable on that. {SCOPE}", self._documents_instead(frame))
        if frame.has("us_spending") and not frame.has("suppose"):  # (a year alone is no subject a document must say)
            return Decline("My sources cover what South Korea pays under the SMA, not what the United States itself "
                           f"spends on its forces, so I have nothing reliable on that. {SCOPE}",
                           self._documents_instead(frame) if frame.unexplained else None)
        # a list with South Korea in a question of its own ("what share of the Pentagon's overseas spending goes to
        # Germany, Japan and Korea") may be covered by the documents; not "what do Japan and Korea each pay"
        if frame.place and not (frame.korea_listed and len(frame.unexplained) >= 3):
            return Decline(f"I only cover the US–South Korea cost-sharing agreement, so I have nothing reliable on "
                           f"{frame.place}. {SCOPE}",
                           self._documents_instead(frame))
        if frame.has("other_currency") and not frame.has("suppose", "rate_given"):
            return Clarify("I can give amounts only in won and US dollars: my sources record no exchange rate for "
                           "that currency. Ask for the amount in won or dollars.")
        if frame.other_agreements and not frame.years and not frame.has("cap_stated") and (
                candidate_operations(frame) or frame.measure in YEARLY_MEASURES):  # a cap stated compares no payments
            compared = self._agreements_as_years(frame)
            if isinstance(compared, Clarify):
                return compared
            frame = compared
        if beyond := self._beyond_the_latest(frame):
            return beyond
        earliest = min(self.facts.agreements, default=None)
        if frame.agreement and frame.agreement.number and earliest and frame.agreement.number < earliest and not frame.years:
            # "what did Korea pay under the 8th SMA": the table starts later; only a document that names it answers
            number = frame.agreement.number
            named = " ".join([ordinal(number)] + [word for word, n in ORDINAL_WORDS.items() if n == number])
            return search(frame, requires=frozenset(content_words(named)), topic=frame.unexplained)
        if frame.has("president_years") and not (frame.years or frame.agreement) and frame.measure in YEARLY_MEASURES:
            return Clarify("my figures are by year, not by president or administration: which years do you mean "
                           "(for example, 2017–2021)?")
        if frame.has("first_over") and len(frame.money) == 1 and frame.years and frame.measure in YEARLY_MEASURES and (
                first := self._first_over(frame)):
            # "korea first went over 1 trillion won in 2021, right?": the first year over it, the one said put right
            said = frame.year_values  # (two years are a choice offered: "2019 or 2020")
            return replace(first, premise=f"the first year over {frame.money[0].text} was {first.years[0]}, not "
                                          f"{said[0]}") if said != list(first.years) and len(said) == 1 else first
        if claims := self._claims_put_right(frame):
            return self._corrected(self.plan(claims[0]), claims[1])
        if premise := self._premise(frame):
            return premise
        if frame.has("attributed") and not (frame.money or frame.percents or frame.headcounts or frame.rates) and any(
                o.recorded == frame.measure for o in candidate_operations(frame)) and (lookup := self._lookup(frame)):
            return lookup  # "what average increase did the ministry cite": what it said, not a calculation of it
        if frame.measure == "increase_rule" and frame.has("cap") and frame.has("percent_asked") and not (
                frame.years or frame.money or frame.percents) and (lookup := self._lookup(frame)):
            return lookup  # "the upper limit of the yearly increase under the 9th SMA": the rule, not a rise worked out
        if frame.measure == "increase_rule" and frame.has("rule", "cap") and (
                frame.agreement or frame.years and frame.has("cap_on", "later_years")) and not (
                frame.money or frame.percents or frame.has("how_much", "pay", "suppose", "total")) and (
                lookup := self._lookup(frame)):
            # "what's the annual increase rule under the 12th sma from 2027 on", "for 2027 onward, the cap on yearly
            # increases in the 12th sma", "the cap on yearly increases from 2027 on": the rule, no projection
            return lookup
        if frame.has("first_over") and len(frame.money) == 1 and not frame.years and frame.measure in YEARLY_MEASURES and (
                first := self._first_over(frame)):
            return first  # "which was the first year above 1 trillion won": no difference from one amount
        if frame.has("years_counted") and len(frame.money) == 1 and frame.measure in YEARLY_MEASURES and not frame.has(
                "percent_given", "cap"):  # (not "at 5% a year, how many years till it tops 2tn")
            return self._years_past(frame)  # "how many years did korea pay more than 1tn": no difference either
        if frame.has("cap_on_other") and frame.measure is None:
            # "by how much did the UN cut the diesel cap": that cap's change, the documents', not a payment's
            return search(frame, strict=not frame.in_domain, topic=frame.unexplained)
        if frame.has("per_head", "mean") and frame.has("wage") and not (
                frame.money or written_years(frame) or frame.has("paid", "cost_sharing")):
            # "avg annual salary of a korean employee at a usfk base", "the average daily wage of a korean worker
            # right now": what a worker earns, which no record gives, not a payment shared among them
            return search(frame, strict=not frame.in_domain, topic=frame.unexplained, part=_EARNINGS)
        resolved, missing = choose(frame, self.facts)
        if resolved is not None and frame.has("defense_budget") and frame.measure is None and not (
                frame.money or frame.percents or frame.has("pay", "paid")):
            resolved = missing = None  # "korea's overall defense budget for 2025 in won": not the year's payment
        counts_asked = amount_asked(frame) == "count" or bool(frame.counted) and not (
            frame.money or frame.target_unit in ("KRW", "USD"))  # (not "how many dollars")
        if resolved is not None and counts_asked and any(unit in ("KRW", "USD") for unit in [
                resolved.calculation.unit, *(quantity.unit for quantity in resolved.calculation.inputs)]):
            # "how many lawmakers signed the letter against the $5bn demand", "how many times more members in 2025
            # than in 2015", "by what percent has the number of bars by the gate fallen since 2019": not a sum, nor
            # sums compared
            resolved = missing = None
        if resolved is not None and frame.measure is None and frame.has("wage", "furlough") and any(
                r.figure.measure == "payment" for r in resolved.figures):
            # "how much did seoul give to cover furloughed workers' wages in 2020, in usd at 1,200": wages, not the
            # year's payment
            resolved = missing = None
        if resolved is not None and resolved.operation == "convert" and frame.has("attributed") and not frame.rates:
            # "what did the herald say the yearly payment was in usd": its own dollar figure, not one converted here
            return search(frame, topic=frame.unexplained)
        if resolved is not None and (frame.asks in NOT_A_NUMBER or frame.has("composition")):
            resolved = missing = None  # "how come Korea's share went to 92%", "what made up the 13.9% rise": an account
        if resolved is not None and resolved.operation == "complement" and frame.asks == "whether" and not (
                frame.percents or frame.money):
            resolved = missing = None  # "did the us pay the furloughed workers anything": not "the rest is 30%"
        if resolved is not None:
            about = frame.unexplained
            return Calculate(resolved, search(frame, strict=True, requires=about, topic=about) if about else None)
        if frame.has("at_the_time") and frame.has("days"):
            # "how many days were left till the expiry when the hearing was held": the hearing's day is a document's
            return search(frame, strict=not frame.in_domain, topic=frame.unexplained)
        states_quantities = bool(own_amounts(frame, self.facts) or frame.percents or frame.headcounts or frame.rates)
        if (missing is not None and missing.recorded == frame.measure and not states_quantities
                and (frame.agreement or frame.years) and (lookup := self._lookup(frame))):
            return lookup  # "the average annual increase under the 11th SMA" is recorded: no operands needed
        # a calculation with an operand missing, unless the question is about something else or what someone
        # said ("what share did the presidential office say Korea covered"): their words, not a sum
        # ... nor one asking which agreement, not how much
        unworkable = (missing is not None and not about_something_else(frame) and not amount_of_something_else(frame)
                      and not frame.has("attributed")
                      and frame.asks not in NOT_A_NUMBER and not frame.has("which_agreement"))
        if unworkable and frame.per_unit and not frame.money:
            # "the avg grant size": a document's sum over its count of the grants, not an average of payments
            return search(frame, strict=not frame.in_domain, topic=frame.unexplained)
        if unworkable and (rise := self._rise_over_unrecorded(frame)):
            return rise
        if unworkable and (missing.decisive or states_quantities):
            return self._missing(frame, missing)  # a calculation on the question's own numbers, or on nothing named
        if frame.has("anaphora") and not (frame.years or frame.agreement or frame.money or frame.dates
                                          or len(frame.unexplained) >= 2 or named_before_it(frame)):
            return Clarify("I can't tell what 'it' or 'that' refers to here: please name the amount, year or "
                           "agreement you mean.")
        if frame.has("event_year"):
            return self._in_event_year(frame)
        if frame.asks == "event" and frame.dates and not frame.unexplained and (on_dates := self._on_dates(frame)):
            return on_dates
        # (a summary named as the source of something else asked is no overview: "per the hearing summary, by when
        # must the audit office report")
        if frame.has("overview") and frame.measure is None and not frame.unexplained and (
                overview := self._overview(frame)):
            return overview
        if frame.has("difference") and not frame.years and frame.measure in YEARLY_MEASURES and _BOTH_ENDS.search(
                frame.text) and (ends := self._both_ends(frame)):
            return ends
        if frame.has("extreme") and (not frame.years or frame.span) and frame.measure in YEARLY_MEASURES and (
                extreme := self._extreme(frame)):  # (of the years a range names: "the lowest payment since 2014")
            if isinstance(extreme, Lookup) and (unmentioned := frozenset(
                    word for word in unmentioned_words(extreme, frame) if word.isalpha())):
                # "the biggest sma-funded build at camp carroll": a document about it answers first, not the payments
                return replace(extreme, documents=search(frame, requires=unmentioned, topic=frame.unexplained))
            return extreme
        if frame.has("frozen") and not frame.years and frame.measure in YEARLY_MEASURES and (frozen := self._frozen(frame)):
            return frozen
        if frame.has("extreme") and not frame.years and frame.measure in HEADCOUNT_MEASURES:
            return search(frame, topic=frame.unexplained)  # "the peak number of USFK troops": not today's, a document's
        if asks_for_a_figure(frame) and (lookup := self._lookup(frame)) is not None:
            lookup = replace(lookup, asks=frame.asks)
            left = [m.value for m in frame.money if _LEFT_FROM.search(frame.text, 0, m.start) or _SAID_BEFORE.match(
                frame.text, m.end)]
            if left and len(left) == len(frame.money) and (others := tuple(
                    r for r in lookup.records if r not in _of_values(lookup.records, left))):
                # "come down from its 5bn demand to what by march 2020": not the amount left, the one after it
                lookup = replace(lookup, records=_as_of(others, frame))
            elif stated := _of_values(lookup.records, [money.value for money in frame.money]):
                lookup = replace(lookup, records=stated)  # "when did trump demand $5 billion": that demand
            if lookup.measure == "in_force" and frame.asks == "whether" and lookup.premise is None and (
                    ended := [a for a in lookup.agreements if a.ends < frame.today]):  # "is the 11th SMA still in force?"
                lookup = replace(lookup, premise=f"the {ordinal(ended[0].number)} SMA is no longer in force: it covered "
                                                 f"{ended[0].covers} and ended on {ended[0].ends.isoformat()}")
            if frame.has("two_questions") and frame.has("term") and lookup.measure in YEARLY_MEASURES and len(
                    lookup.agreements) == 1:  # "which years does the 11th SMA cover, and what was its first-year amount"
                lookup = replace(lookup, records=lookup.records + (lookup.agreements[0].term,))
            unmentioned = unmentioned_words(lookup, frame)
            if frame.asks == "date" and lookup.measure not in DATE_MEASURES | YEARLY_MEASURES and len(
                    unmentioned) > 1 and lookup.premise is None and not (frame.money or frame.percents):
                # "what's the deadline for comments on the draft construction rule": the rule's record dates no such
                # thing (not "when did trump make the 'money machine' remark", nor "the 10bn quote": that record says)
                return search(frame, strict=not frame.in_domain, topic=frame.unexplained)
            if unmentioned and lookup.premise is None and (value_of_something_else(frame, unmentioned)
                                                           or step_of_something_else(frame)):
                # "what dollar value did Ferrier put on the alliance": the passages quoted must name who or what
                return search(frame, strict=not frame.in_domain, topic=frame.unexplained,
                              requires=frozenset(word for word in unmentioned if is_name(word)))
            if lookup.premise is None and (purpose := paid_for_something_else(frame, unmentioned)):
                # "how much does Korea pay for USFK housing", "how much of it goes to construction": a part the
                # records do not break out, not the total
                return search(frame, strict=True, topic=frame.unexplained, requires=purpose, part=purpose)
            if unmentioned and frame.has("of_those_named") and lookup.measure in HEADCOUNT_MEASURES and (
                    lookup.premise is None):
                # "of the people honored at the ceremony, how many had been furloughed": a part of those the question
                # names, which no count of all of them gives
                return Decline(f"The figures I have count all of them, not those the question names, and no source I "
                               f"have says that. {SCOPE}", search(frame, requires=unmentioned, topic=frame.unexplained))
            if (unmentioned or lookup.unrecorded and written_years(frame)) and lookup.premise is None:
                # what the records do not say, or a year they do not have ("Korea's 2004 contribution"): a
                # document about it (of that year) answers first
                return replace(lookup, documents=search(frame, requires=unmentioned, topic=frame.unexplained,
                                                        years=written_years(frame)))
            return lookup
        if unworkable:
            return self._missing(frame, missing)
        # Korea's own defense budget is not the SMA payment: only a passage that speaks of a budget or of
        # defense spending answers it (either word will do)
        requires = frozenset(content_words("budget spending")) if frame.has("defense_budget") else frozenset()
        if secret := CUES["secret"].search(frame.text):  # "the classified annex": only a passage that says it is
            requires |= content_words(secret.group(0))
        if frame.asks == "date" and frame.agreement and frame.agreement.number and frame.measure in DATE_MEASURES & set(
                CUES) and (step := CUES[frame.measure].search(frame.text)):
            requires |= content_words(step.group(0))  # "when was the 10th sma ratified": a passage saying it was
        return search(frame, strict=not frame.in_domain, requires=requires, topic=frame.unexplained,
                      years=written_years(frame) or self._years_of_agreement(frame))

    def _years_of_agreement(self, frame: Frame) -> tuple[int, ...]:
        """The years in which a document may speak of the one agreement a question names, from its talks (not before
        the agreement before it was signed) to its end ("who was seoul's chief negotiator for the 12th SMA": not a
        2019 article's negotiator); else none."""
        named = self.facts.agreements_named(frame.agreement, frame.today, []) if frame.agreement else []
        if len(named) != 1:
            return ()
        before = self.facts.agreements.get(named[0].number - 1)
        signed = self.facts.event_date("signed", before) if before else None
        first = max(named[0].first_year - AGREEMENT_TALKS_YEARS, signed[0].year if signed else 0)
        return tuple(range(first, named[0].last_year + 1))

    def _missing(self, frame: Frame, missing: Missing) -> Clarify:
        """What a calculation lacks; a document may state its result, or the amounts it needs, when the question
        writes the year it is about ("what share of the upkeep did the 2008 payment cover") or names what the
        amounts are of ("how much more were the Carroll barracks worth than the Walker clinic"), not when an
        agreement the table records implies the years ("the total under the 11th SMA"; "the 6th SMA's rise over 2004"
        is a document's to tell; "the largest single hit from the 12th sma wage difference scam texts" names more than
        the agreement)."""
        about = written_years(frame) or frame.unexplained
        recorded = frame.agreement and len(frame.unexplained) < 2 and self.facts.agreements_named(
            frame.agreement, frame.today, frame.year_values)
        return Clarify(str(missing), self._documents_instead(frame) if about and not recorded else None)

    def _rise_over_unrecorded(self, frame: Frame) -> Lookup | None:
        """'The 920bn for 2014 was how many % over 2013': a rise in percent over the year before, whose payment the
        table lacks, which it records as the later year's rise."""
        years = sorted(set(frame.year_values))
        if not _percent_change(frame) or len(years) != 2 or years[1] - years[0] != 1 or self.facts.payment(years[0]):
            return None
        rises = self.facts.records("payment_increase_pct", year=years[1])
        return Lookup("payment_increase_pct", tuple(rises), (years[1],)) if rises else None

    @staticmethod
    def _documents_instead(frame: Frame) -> Search | None:
        """The search that may answer from the documents a question the table cannot: only a close match, whose
        first quote names the other country asked about (its names are no unknown topic) and whose passage names a
        year the question writes ("Japan's 2022 deal", "the 2008 payment"); None when the question names nothing a
        document would have to say or a year ("how much does the us pay its soldiers": any quote would do)."""
        names = place_names(frame.place) if frame.place else frozenset()
        about = frame.unexplained - content_words(" ".join(names))
        if not (about or names or written_years(frame)):
            return None
        return search(frame, strict=True, requires=about, topic=about, names=names, years=written_years(frame))

    # -- lookups ----------------------------------------------------------------------------------
    def _lookup(self, frame: Frame) -> Lookup | None:
        measure = frame.measure
        asks_percent = frame.has("percent_asked", "share")
        agreements = self.facts.agreements_named(frame.agreement, frame.today, frame.year_values)
        if frame.agreement and not agreements and not (frame.years and measure in YEARLY_MEASURES):
            return None  # "the 8th SMA's payment": not recorded; "the 8th SMA's payment for 2011", the year's
        years = self.facts.years_asked(frame, agreements)
        if frame.agreement and frame.agreement.position in ("before", "after"):
            agreements = []  # "the year before the 10th SMA" is under another agreement
        amount_asked = frame.has("pay") or frame.has("how_much") and not frame.has("percent_asked")
        if measure == "increase_rule" and frame.asks == "who":
            return None  # "who wrote the review report on the 5% cap": the rule's record names no one
        if measure == "increase_rule" and frame.has("later_years"):
            years = [year + 1 for year in years]  # "the rule for increases after 2026": the rule from 2027
        if measure == "increase_rule" and frame.has("at_cap") and (unpaid := [y for y in years if not self.facts.payment(y)]):
            years = unpaid  # "given the 2026 payment of 1.6tn, what's the 2027 max": 2027's, at the cap
        if measure == "increase_rule" and (amount_asked or frame.has("at_cap")) and years and not any(
                self.facts.payment(y) for y in years):
            measure = "payment"  # "the most Korea could pay in 2028 under the cap": the year's range under the rule
        rules = []
        if measure == "increase_rule" and frame.has("raise", "change") and not frame.has("cap", "later_years") and years and all(
                self.facts.primary("payment_increase_pct", year=y) for y in years):
            # "what rate was the 2022 payment raised by, and what set it": the year's recorded rise, beside the rule
            measure, rules = "payment_increase_pct", [r for y in years if (r := self.facts.primary("increase_rule", year=y))]
        if measure in ("term_end", "term_start", "term"):
            return self._agreement_term(frame, measure, agreements, years)
        if measure in _EVENT_MEASURES and frame.dates and len(agreements) == 1 and frame.asks != "date":
            measure = self._step_on_the_date(frame, measure, agreements[0])  # (a date asked: not the one said)
        if measure in ("furlough_start", "furlough_end") and frame.asks == "date" and frame.has("start") and frame.has(
                "back_to_work"):  # "when did the 2020 furlough begin and end": both dates
            records = [r for m in ("furlough_start", "furlough_end") if (r := self.facts.primary(m))]
            return Lookup(measure, tuple(records), tuple(years)) if records else None
        if measure in _EVENT_MEASURES and frame.asks == "date":  # "when was it signed and when did it take effect"
            measures = [measure] + [m for m in _EVENT_MEASURES if m != measure and frame.has(m)]
            if len(measures) > 1:
                numbers = [a.number for a in agreements] or [None]
                records = [r for m in measures for n in numbers if (r := self.facts.primary(m, agreement=n))]
                return Lookup(measure, tuple(records), tuple(years), tuple(agreements)) if records else None
        if measure in AGREEMENT_MEASURES and not agreements and not years:
            current = self.facts.current_agreement(frame.today)
            agreements = [current] if current else []
        if measure in YEARLY_MEASURES and not years and len(agreements) == 1 and len(agreements[0].years) == 1:
            years = list(agreements[0].years)
        if measure in YEARLY_MEASURES and not years and not agreements:
            years = self._years_by_wording(frame, measure)
        unit = frame.target_unit if measure in ("payment", "payment_increase_amount", "demand", "wage_funding") else None
        if measure == "payment" and unit is None and len(years) > 1:
            unit = "KRW"  # a series reads in one currency
        numbers = [a.number for a in agreements] or [None]
        records: list[FigureRecord] = []
        unrecorded: list[int] = []
        for year in years or [None]:
            found = [r for n in numbers for r in self.facts.records(measure, agreement=n, year=year, unit=unit)]
            if not found and unit and measure != "payment":  # recorded only in the other currency: that record
                found = [r for n in numbers for r in self.facts.records(measure, agreement=n, year=year)]
            if year is not None and measure in YEARLY_MEASURES:
                found = [r for r in found if r.figure.year == year] or found
            if not found and year is not None and measure in YEARLY_MEASURES and not (
                    measure == "payment" and self.facts.payment(year)):  # recorded, in the other currency
                unrecorded.append(year)
            records += [r for r in found if r not in records]
        if asks_percent:
            records = [r for r in records if r.figure.unit == "percent"]
            if not records:
                return None  # a share or rate the table does not hold: the documents may say
        if measure in ("troops", "korean_workforce") and (not records or not years):
            latest = self.facts.latest(measure, on_or_before=max(years) if years else None)
            # the latest count as every source that gives it, and a disagreeing source of the same year
            same = sorted((r for r in self.facts.records(measure) if latest and r.figure.value == latest.figure.value),
                          key=lambda r: -max(r.figure.years(), default=0))
            records = [*same, *self.facts.alternatives(latest)] if latest else []
        if measure == "payment" and unit and years and not any(r.figure.year in years for r in records):
            # no figure for that year in that currency: the year's own figure, beside the period one
            records += [r for y in years if (r := self.facts.payment(y)) is not None]
        if unrecorded and measure == "payment" and not self.facts.records("payment"):
            return None  # a table without payments: the documents may say
        if unrecorded and measure == "payment":
            if projection := self._projection(unrecorded[-1]):  # (the latest: its steps go through the others)
                return Lookup(measure, tuple(records), tuple(years), tuple(agreements), unit, projection=projection)
            return Lookup(measure, tuple(records) + self._around(unrecorded), tuple(years), tuple(agreements), unit,
                          unrecorded=tuple(unrecorded))
        if not records and measure == "in_force" and frame.asks == "whether":
            # "is the 12th SMA in force now?": since when; "is the 10th SMA still in force?": its term tells
            records = [r for a in agreements if (r := self.facts.primary("in_force", agreement=a.number))] or [
                a.term for a in agreements]
        if not records and measure in _EVENT_MEASURES and years and len(agreements) == 1 and (
                step := self.facts.primary(measure, agreement=agreements[0].number)):
            # "was the 12th SMA signed in 2023?": the step as recorded, its year put right
            return Lookup(measure, (step,), tuple(years), tuple(agreements),
                          premise=f"the records date this step of the {ordinal(agreements[0].number)} SMA to "
                                  f"{step.figure.value}, not {', '.join(map(str, years))}")
        recorded = self.facts.records(measure) if (not records and years and measure not in YEARLY_MEASURES
                                                   and (frame.asks == "date" or frame.asks == "number"
                                                        and measure in HEADCOUNT_MEASURES)) else []
        if recorded and len({r.figure.year for r in recorded}) == 1 and recorded[0].figure.year:
            # "when did the 2019 furlough start": a one-off the records date to another year
            when = f"{day:%-d %B %Y}" if (day := recorded[0].figure.date) else str(recorded[0].figure.year)
            redated = Lookup(measure, tuple(recorded), tuple(years), tuple(agreements),
                             premise=f"the records date it to {when}, not {', '.join(map(str, years))}")
            # (not when the question names another occasion the records do not: "during the oct 2013 shutdown")
            return None if unmentioned_words(redated, frame) else redated
        if not records:
            return None
        return Lookup(measure, tuple(records + [r for r in rules if r not in records]), tuple(years), tuple(agreements), unit)

    def _overview(self, frame: Frame) -> Lookup | None:
        """'Summarize the 12th SMA', 'the latest on the SMA': the agreement's recorded facts, step by step (the
        agreement in force when none is named)."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, frame.year_values) if frame.agreement else [
            a for a in [self.facts.current_agreement(frame.today)] if a]
        if len(agreements) != 1:
            return None
        a = agreements[0]
        steps = [a.term] + [r for m in ("negotiation_rounds", "concluded", "initialled", "signed", "ratified", "in_force",
                                        "increase_rule")
                            if (r := self.facts.primary(m, agreement=a.number))]
        payments = [r for y in a.years if (r := self.facts.payment(y))]
        records = tuple({r.figure.id: r for r in steps + payments[:1] + payments[1:][-1:]}.values())
        return Lookup("overview", records, (), (a,))

    def _beyond_the_latest(self, frame: Frame) -> Lookup | None:
        """'Is there a 13th SMA?': the table's agreements end with the 12th; say so, with its term."""
        latest = max(self.facts.agreements.values(), key=lambda a: a.number, default=None)
        number = frame.agreement.number if frame.agreement else None
        if latest is None or number is None or number <= latest.number:
            return None
        # documents an admin added may speak of it ("the 13th SMA talks will open in Jeju"): they answer first
        documents = search(frame, requires=frozenset(content_words(ordinal(number))), topic=frame.unexplained,
                           years=written_years(frame),  # "its payment in 2031": a document of that year
                           unrecorded_agreement=number)
        unrecorded = (f"the figures table records no {ordinal(number)} SMA: the latest is the {ordinal(latest.number)}, "
                      f"covering {latest.covers}")
        if frame.asks in ("who", "place", "number", "date") or frame.measure in YEARLY_MEASURES:
            # "who heads seoul's team for the 13th sma talks", "what will korea pay under it", "when do its talks
            # start": nothing recorded
            return Decline(f"I can't say: {unrecorded}, and no source says that of the {ordinal(number)}. {SCOPE}",
                           documents)
        return Lookup("term", (latest.term,), (), (latest,), documents=documents, premise=unrecorded)

    def _main_yearly(self, measure: str, unit: str, agreements: Iterable[Agreement] = ()) -> list[FigureRecord]:
        """A measure's yearly records in a unit, of the main sources (no alternative), under the agreements given or
        any."""
        return [r for n in ([a.number for a in agreements] or [None])
                for r in self.facts.records(measure, agreement=n, unit=unit)
                if r.figure.year is not None and r.figure.number is not None and not is_alternative(r)]

    def _first_over(self, frame: Frame) -> Lookup | None:
        """'The first payment over 1 trillion won': the earliest yearly record (of the main sources) above the amount
        stated, in its currency; None when none is."""
        stated = frame.money[0]
        records = sorted(self._main_yearly(frame.measure, stated.unit or "KRW"), key=lambda r: r.figure.year)
        first = next((r for r in records if r.figure.number > stated.value), None)
        return Lookup(frame.measure, (first,), (first.figure.year,)) if first else None

    def _years_past(self, frame: Frame) -> Lookup:
        """'How many years did Korea pay over 1 trillion won': every yearly record (of the main sources) over, or
        asked so, under the amount stated, in its currency; of the years the question spans, if it spans some."""
        stated = frame.money[0]
        below = frame.has("below_stated")
        records = [r for r in sorted(self._main_yearly(frame.measure, stated.unit or "KRW"), key=lambda r: r.figure.year)
                   if (r.figure.number < stated.value if below else r.figure.number > stated.value)
                   and (not frame.span or frame.span[0] <= r.figure.year <= frame.span[1])]
        return Lookup(frame.measure, tuple(records), tuple(r.figure.year for r in records),
                      past=f"{'under' if below else 'over'} {stated.text}")

    def _extreme(self, frame: Frame) -> Lookup | None:
        """'The biggest annual increase', 'the smallest payment under the 9th SMA': the one yearly record (in won,
        of the main sources) that is largest or smallest."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        records = self._main_yearly(frame.measure, "percent" if frame.measure == "payment_increase_pct" else "KRW",
                                    agreements)
        if frame.span:  # "since 2014", "from 2014 through 2019": of those years
            records = [r for r in records if frame.span[0] <= r.figure.year <= frame.span[1]]
        lowest = frame.has("lowest")
        if frame.measure == "payment_increase_pct" and (worked := self._extreme_rise(records, agreements, lowest,
                                                                                    frame.span)):
            return worked
        if not records:
            return None
        chosen = (min if lowest else max)(records, key=lambda r: r.figure.number)
        return Lookup(frame.measure, (chosen,), (chosen.figure.year,), tuple(agreements),
                      extreme="smallest" if lowest else "largest")

    def _both_ends(self, frame: Frame) -> Plan | None:
        """'The gap between the highest and lowest payments': the two years' amounts apart."""
        ends = [self._extreme(replace(frame, cues=cues)) for cues in (frame.cues - {"lowest"}, frame.cues | {"lowest"})]
        if not all(isinstance(end, Lookup) and len(end.years) == 1 for end in ends):
            return None
        years = tuple(YearMention(end.years[0], str(end.years[0]), position) for position, end in enumerate(ends))
        return self.plan(replace(frame, years=years, cues=frame.cues - {"extreme", "lowest"}))

    def _extreme_rise(self, recorded: list[FigureRecord], agreements: list[Agreement], lowest: bool,
                      span: tuple[int, int] | None) -> Lookup | Calculate | None:
        """The largest or smallest yearly rise where the payments of two years in a row show one beyond the rises
        the table records (the smallest is 2020's freeze, which no rise record states): the frozen years, or that
        rise worked out; None when a recorded rise is the extreme."""
        paid = {r.figure.year: r for r in self._main_yearly("payment", "KRW")}
        years = {year for a in agreements for year in a.years} or set(paid)
        if span:
            years = {year for year in years if span[0] <= year <= span[1]}
        rises = {year: (paid[year].figure.number / paid[year - 1].figure.number - 1) * 100
                 for year in paid if year - 1 in paid and year in years}
        stated = {r.figure.year: r.figure.number for r in recorded}
        extreme = (min if lowest else max)([*rises.values(), *stated.values()], default=None)
        year = next((y for y, rise in rises.items() if rise == extreme and y not in stated), None)
        if year is None:
            return None
        if extreme == 0:
            return Lookup("payment", (paid[year],), (year,), tuple(agreements))  # "kept 2020 at the 2019 level"
        old, new = (Quantity(value=paid[y].figure.number, unit="KRW", label=f"{y} payment", figure=paid[y].figure.id)
                    for y in (year - 1, year))
        result = calc.percentage_change(old, new)
        text = (f"the {'smallest' if lowest else 'largest'} yearly rise the recorded payments show is {year}'s: "
                f"{fmt(result.result, 'percent')}, from {spoken_amount(old.value, 'KRW')} to {spoken_amount(new.value, 'KRW')}")
        return Calculate(Resolved("percent_change", result, text, [paid[year - 1], paid[year]]))

    def _frozen(self, frame: Frame) -> Lookup | None:
        """'Which year was the payment frozen?': the recorded years (in won, of the main sources) whose payment equals
        the year before's."""
        paid = {r.figure.year: r for r in self._main_yearly("payment", "KRW")}
        frozen = [paid[year] for year in sorted(paid) if year - 1 in paid and paid[year].figure.number == paid[
            year - 1].figure.number]
        return Lookup("payment", tuple(frozen), tuple(r.figure.year for r in frozen)) if frozen else None

    def _agreements_as_years(self, frame: Frame) -> Frame | Clarify:
        """'The last year of the 11th SMA against the first of the 12th': each agreement named becomes the years
        meant by it (its first or last, or its only year); an agreement of several years without one is unclear."""
        mentions, unclear = [], []
        for ref in (frame.agreement, *frame.other_agreements):
            a = self.facts.agreements.get(ref.number)
            if a is None:
                return frame
            span = list(a.years)
            if ref.position:
                years = span[: ref.position_years] if ref.position == "first" else span[-ref.position_years:]
            elif len(span) == 1:
                years = span
            else:
                unclear.append(a)
                continue
            mentions += [YearMention(y, f"the {ordinal(a.number)} SMA", ref.start) for y in years]
        if unclear:
            covers = "; ".join(f"the {ordinal(a.number)} SMA covers {a.covers}" for a in unclear)
            return Clarify(f"I read this as comparing agreements but not which years of them: {covers}. Which years' "
                           "payments should I compare (for example its first or last year)?")
        return replace(frame, years=tuple(mentions), agreement=None, other_agreements=())

    def _step_on_the_date(self, frame: Frame, measure: str, agreement: Agreement) -> str:
        """The step of an agreement the question dates ("who inked the 10th sma in feb 2019": its initialling, not
        its signing in March): the one asked for, unless another step of the agreement fell on the date said."""
        def on_the_date(step: str) -> bool:
            found = self.facts.event_date(step, agreement)
            return bool(found) and any(d.names(found[0]) for d in frame.dates)

        if on_the_date(measure):
            return measure
        return next((step for step in _EVENT_MEASURES if step != measure and on_the_date(step)), measure)

    def _on_dates(self, frame: Frame) -> Lookup | None:
        """'What happened on 1 April 2020?', '... in March 2021?': the dated records of that day or month."""
        records = sorted((r for r in self.facts.table.records if r.figure.date and
                          any(d.names(r.figure.date) for d in frame.dates)), key=lambda r: r.figure.date)
        return Lookup("events", tuple(records)) if records else None

    def _in_event_year(self, frame: Frame) -> Plan:
        """'How much did Korea pay in the year the 11th SMA was signed?': the year comes from the event's date."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        event = next((c for c in ("signed", "ratified", "initialled", "in_force", "concluded") if frame.has(c)), None)
        if len(agreements) != 1 or event is None:
            return Clarify("I read this as a figure for the year an agreement was signed or took effect, but not "
                           "which agreement: the 9th, 10th, 11th or 12th SMA?")
        found = self.facts.event_date(event, agreements[0])
        if found is None:
            return search(frame)
        year = found[0].year
        dated = replace(frame, years=(YearMention(year, str(year), 0),), agreement=None,
                        cues=frame.cues - {"event_year"})
        return self._lookup(dated) or search(frame)

    def _around(self, years: list[int]) -> tuple[FigureRecord, ...]:
        """What the table records around unrecorded years: the nearest payments before and after, and the rule."""
        before = next((p for y in range(min(years) - 1, min(years) - 10, -1) if (p := self.facts.payment(y))), None)
        after = next((p for y in range(max(years) + 1, max(years) + 10) if (p := self.facts.payment(y))), None)
        agreement = self.facts.agreement_for_year(min(years))
        rule = self.facts.increase_rule(agreement.number) if agreement else None
        latest = max(self.facts.agreements.values(), key=lambda a: a.last_year, default=None)
        beyond = latest.term if latest and agreement is None and min(years) > latest.last_year else None
        return tuple(r for r in (before, after, rule, beyond) if r is not None)

    def _years_by_wording(self, frame: Frame, measure: str) -> list[int]:
        """A yearly figure asked without a year means this year, unless one record's own wording matches the
        question clearly better ("the increase Seoul agreed in February" is the 2019 one): similarity only
        breaks the tie that a missing year leaves."""
        asked = content_words(frame.text)
        this_year = [r for r in self.facts.records(measure, year=frame.today.year)]
        overlap = lambda r: len(asked & content_words(r.figure.text))  # noqa: E731
        best = max(self.facts.records(measure), key=overlap, default=None)
        if best is not None and best.figure.years() and overlap(best) >= max(map(overlap, this_year), default=0) + 2:
            return [best.figure.years()[-1]] if best.figure.year else list(best.figure.years())
        return [frame.today.year]

    def _agreement_term(self, frame: Frame, measure: str, agreements: list[Agreement], years: list[int]) -> Lookup | None:
        if measure == "term" and frame.has("which_agreement") and not (agreements or years) and (
                frame.unexplained or frame.has("instead", "target")):
            return None  # "which SMA first had Seoul pay in won": an event's agreement, for the documents to tell
        if not agreements:
            covering = [self.facts.agreement_for_year(y) for y in years]
            agreements = [a for a in covering if a] or [a for a in [self.facts.current_agreement(frame.today)] if a]
        if not agreements:
            return None
        records = tuple(a.term for a in agreements)
        if measure in ("term_start", "term_end") and frame.has("start") and frame.has("expire"):
            measure = "term"  # "when did the 9th SMA start and end": both days
            return Lookup(measure, records, tuple(years), tuple(agreements), derived="term_span")
        derived = ("agreement" if frame.has("which_agreement") else None) if measure == "term" else measure
        return Lookup(measure, records, tuple(years), tuple(agreements), derived=derived)

    def _projection(self, year: int) -> Projection | None:
        agreement = self.facts.agreement_for_year(year)
        if agreement is None:
            return None
        rule = self.facts.increase_rule(agreement.number)
        if rule is None or year not in rule.figure.years():
            return None
        recorded = [y for y in range(year - 1, agreement.first_year - 1, -1) if self.facts.payment(y)]
        if not recorded or rule.figure.number is None:
            return None  # an uncapped rule gives no range: the answer says the year is not recorded
        base = self.facts.payment(recorded[0])
        f, r = base.figure, rule.figure
        at_cap = calc.project(Quantity(value=f.number, unit=f.unit, label=f"{f.year} payment", figure=f.id), f.year, year,
                              Quantity(value=r.number, unit="percent", label="the annual cap", figure=r.id))
        return Projection(year, base, rule, at_cap)

    # -- false premises ---------------------------------------------------------------------------
    def _premise(self, frame: Frame) -> Lookup | None:
        """'Why did Seoul stop paying in 2017?', 'why did the payment fall in 2021?', 'why were all 9,000
        workers furloughed?': the question asserts something; check it against the table."""
        years = frame.year_values
        if frame.said_paid and not frame.has("suppose") and (demanded := self._demand_as_payment(frame)):
            return demanded
        if out_of_reach := self._cap_out_of_reach(frame):
            return out_of_reach
        if (frame.has("presume", "confirm") or frame.has("cap_stated") and not frame.has("suppose")) and (
                cap := self._presumed_cap(frame)):
            if cap.premise is None and (named := frozenset(w for w in unmentioned_words(cap, frame) if is_name(w))):
                # "in the hanbit institute projections, which year does the 5% cap bite": the cap is as said, and
                # what a source the record does not name says is a document's to answer first
                return replace(cap, documents=search(frame, requires=named, topic=frame.unexplained))
            return cap
        # a wrong term stated as fact, whatever is asked next ("the 12th SMA is a three-year deal, so ..."),
        # unless supposed ("if the 12th SMA were a three-year deal")
        if not frame.has("suppose") and (term := self._term_contradicted(frame)):
            lookup = self._lookup(frame)
            if lookup is None and frame.years and frame.measure in YEARLY_MEASURES:
                lookup = self._lookup(replace(frame, agreement=None))  # "so what did korea pay in 2020 under it"
            if lookup is None or frame.measure not in AGREEMENT_MEASURES | YEARLY_MEASURES:
                a = self.facts.agreements_named(frame.agreement, frame.today, [])[0]
                lookup = Lookup("term", (a.term,), (), (a,))  # "... when do talks on the next one start": its term
            return replace(lookup, premise=term)  # "since the 12th SMA lasts two years, what does Korea pay in 2027?"
        if frame.start_said and not frame.has("suppose") and (started := self._start_contradicted(frame)):
            return started
        if (outside := self._year_outside_agreement(frame)) is not None:
            return outside
        if frame.has("scrapped") and frame.agreement and not frame.has("suppose") and (kept := self._not_scrapped(frame)):
            return kept
        if frame.has("not_signed") and frame.agreement and not frame.has("suppose") and (
                signed := self._signed_after_all(frame)):
            return signed
        if frame.has("confirm") and frame.has("us_pays") and frame.measure == "wage_share_pct" and len(
                frame.percents) == 1 and (us_share := self._us_share_of_wages(frame.percents[0])):
            return us_share  # "the us pays 70% of the korean workers' wages, right?"
        if frame.measure in ("furlough_start", "furlough_end") and (frame.has("presume") or not frame.has("suppose")) and (
                counted := self._furloughed_put_right(frame)):
            return counted  # "the 2020 furlough hit around 9,000 korean employees - when did it end?"
        if frame.has("us_pays_korea") and not frame.has("suppose", *OTHER_SPENDING) and (
                paid := self._lookup(replace(frame, measure="payment"))):
            return replace(paid, premise="under the SMA South Korea pays toward the costs of the US forces, not the "
                                         "other way round")  # "how much did the US pay Korea in 2019"
        if frame.has("confirm") and frame.has("above_stated", "below_stated") and (
                compared := self._side_compared(frame)):
            return compared  # "was the 2021 raise more than 10%?", "did korea pay over 1tn in 2019?"
        if frame.has("confirm") and (coverage := self._coverage_said(frame)):  # "the 12th sma covers 2025-2029 right"
            return Lookup("term", (coverage[0].term,), (), (coverage[0],), premise=coverage[2])
        checking = frame.asks == "reason" or frame.has("confirm", "presume") and not _calculation_asked(frame)
        if not checking and not frame.has("stop", "presume"):
            return None
        if checking and (stated := self._stated_value_premise(frame)):
            return stated
        if frame.has("presume") and not frame.has("suppose") and (stated := self._stated_value_premise(frame)) and (
                stated.premise):
            return stated  # "since Korea pays 50% of the wages, how much is that per worker": not worked out on 50%
        if frame.has("expire") and frame.agreement:
            agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
            if len(agreements) == 1 and years and agreements[0].last_year not in years:
                a = agreements[0]
                return Lookup("term_end", (a.term,), tuple(years), (a,), derived="term_end",
                              premise=f"the {ordinal(a.number)} SMA did not expire in {years[0]}: it covers "
                                      f"{a.covers}, so it runs until {a.ends:%-d %B %Y}")
            return None
        if not years or not frame.has("pay", "how_much"):
            return None
        year = years[0]
        payment = self.facts.payment(year)
        if frame.has("stop"):
            if payment is None:
                return None
            return Lookup("payment", (payment,), (year,), premise=f"South Korea did pay in {year}")
        went_down = frame.has("cut") and not frame.has("raise")
        went_up = frame.has("raise") and not frame.has("cut")
        before = self.facts.payment(year - 1)
        change = self.facts.primary("payment_increase_pct", year=year)
        if payment is None or not (went_down or went_up) or (before is None and change is None):
            return None
        step = change.figure.number if change else payment.figure.number - before.figure.number
        if went_down and step > 0 or went_up and step < 0 or step == 0:
            direction = "rose" if step > 0 else "fell" if step < 0 else "stayed the same"
            records = tuple(r for r in (change, payment, before) if r is not None)
            return Lookup("payment_increase_pct" if change else "payment", records, (year, year - 1),
                          premise=f"the payment {direction} in {year}")
        return None

    def _claims_put_right(self, frame: Frame) -> tuple[Frame, str | None] | None:
        """A recorded year's payment or rise the question states beside what it asks ("Seoul's 2020 contribution was
        1.1 trillion won; how much did it go up in 2021?", "the 12th SMA raised the 2026 payment by 5%, so what's 2026
        in won?"): the question read without the claim, and what puts the claim right where the record differs (None
        where it holds); None when it states no such claim, supposes one or asks about it."""
        if frame.has("suppose", "counterfactual", "confirm", "composition") or frame.asks in ("whether", "reason"):
            return None  # a claim supposed, or the claim itself asked about (what it was made of): checked as such
        spans, notes = [], []
        for year in (y for y in frame.years if not y.relative):
            after = year.start + len(year.text)
            paid = self.facts.payment(year.year)
            for money in frame.money:
                said = _PAYMENT_WAS.fullmatch(frame.text, after, money.start)
                claim = (said.start("claim"), money.end) if said else None  # "the 2020 payment" stays: it may be asked
                if (before := _PAID_AMOUNT.search(frame.text, 0, money.start)) and _AMOUNT_IN.fullmatch(
                        frame.text, money.end, year.start):
                    claim = (before.start(), money.end)  # "paid 1.2 trillion won" goes, "in 2021" stays
                if paid and money.unit == paid.figure.unit and claim:
                    spans.append(claim)
                    if not _close(money.value, paid.figure.number):
                        notes.append(f"the {year.year} payment was {spoken_amount(paid.figure.number, paid.figure.unit)}"
                                     f", not {money.text}")
            rise = self.facts.primary("payment_increase_pct", year=year.year)
            for percent in frame.percents:
                raised = _RAISED_BY.search(frame.text[:year.start])
                said = _ROSE_BY.fullmatch(frame.text, after, percent.start) or raised and _PAYMENT_BY.fullmatch(
                    frame.text, after, percent.start)
                over = _OVER_YEAR.match(frame.text, percent.end)
                end = over.end() if over else percent.end
                claim = [(said.start("claim") if said.group("claim") else year.start, end)] + (
                    [raised.span()] if raised else []) if said else []
                if (the := _THE_RISE.search(frame.text, 0, percent.start)) and (
                        to := _RISE_TO.fullmatch(frame.text, percent.end, year.start)):
                    claim = [(the.start(), to.end())]  # "the 5% hike from 2025 to" goes, "2026" stays
                if rise and claim:
                    spans += claim
                    if not _close(percent.value, rise.figure.number):
                        notes.append(f"the {year.year} payment rose {fmt(rise.figure.number, 'percent')}, not "
                                     f"{percent.text}")
        yearly = list(spans)  # the claims of a year's payment or rise, whose year may be the one asked
        # a recorded year said to be frozen that was not ("since the 11th sma froze payments for 2021"): the claim goes
        if (frozen := CUES["frozen"].search(frame.text)) and (recorded := [
                (y.year, before, then) for y in frame.years if not y.relative
                and (before := self.facts.payment(y.year - 1)) and (then := self.facts.payment(y.year))]):
            year, before, then = recorded[0]
            if before.figure.number != then.figure.number:
                spans.append(frozen.span())
                notes.append(f"the {year} payment was not frozen: it went from "
                             f"{spoken_amount(before.figure.number, before.figure.unit)} to "
                             f"{spoken_amount(then.figure.number, then.figure.unit)}")
        # an agreement said to cover years it does not ("the 11th sma ran from 2019 to 2023"): the years go
        if not frame.has("presume") and (coverage := self._coverage_said(frame)) and coverage[2]:
            spans.append(coverage[1].span())
            notes.append(coverage[2])
        if not spans and (tagged := self._tagged_rise(frame)):
            spans = yearly = [tagged[0]]
            notes = [tagged[1]] if tagged[1] else []
        if not spans:
            return None

        def without(claims: list[tuple[int, int]]) -> Frame:
            text = frame.text
            for start, end in claims:
                text = text[:start] + " " * (end - start) + text[end:]
            return parse(" ".join(text.split()), frame.today)

        rest = without(spans)
        if not rest.years and (claimed := [y for y in frame.years if not y.relative and any(
                a <= y.start < b for a, b in yearly)]):
            # "2021 rose 13.9%, so what did korea pay that year": the claim's year is the one asked
            rest = without([piece for a, b in spans for piece in _around(a, b, claimed)])
        if rest.measure is None:  # "with the 5% hike from 2025 to 2026, what does 2026 come to": the year's payment
            rest = replace(rest, measure="payment", in_domain=True)
        return rest, "; ".join(notes) or None

    def _tagged_rise(self, frame: Frame) -> tuple[tuple[int, int], str | None] | None:
        """A yearly rise claimed and tagged before what is asked ("in 2022 they hiked the payment 5.4% right? what was
        2022", "seoul raised it 13.9% in 2020 didn't they? so what did it come to"): the claim's span, up to its tag,
        and what puts it right (None where the record holds: the year's recorded rise, or its payments'); None when
        no one year and one percentage are claimed so."""
        tag = CUES["claim_tag"].search(frame.text)
        if not tag or not frame.text[tag.end():].strip(" ?.!,"):
            return None
        claim = frame.text[:tag.end()]
        years = [y for y in frame.years if not y.relative and y.start < tag.start()]
        percents = [p for p in frame.percents if p.start < tag.start()]
        went_up, went_down = CUES["raise"].search(claim), CUES["cut"].search(claim)
        if len(years) != 1 or len(percents) != 1 or bool(went_up) == bool(went_down) or frame.money or CUES[
                "cap"].search(claim):  # ("blew through the 5% cap, didn't it": the cap, not a rise)
            return None
        year, percent = years[0].year, percents[0]
        stated = percent.value if went_up else -percent.value
        if rise := self.facts.primary("payment_increase_pct", year=year):
            holds = _close(stated, rise.figure.number)
            return (0, tag.end()), None if holds else (f"the {year} payment rose {fmt(rise.figure.number, 'percent')}, "
                                                       f"not {percent.text}")
        if not (of_payments := self._rise_of_payments([year], [stated], percent.text)):
            return None
        return (0, tag.end()), of_payments.premise

    def _numbered(self, frame: Frame) -> Agreement | None:
        """The recorded agreement the question names by its number ("the 11th sma"), if any."""
        return self.facts.agreements.get(frame.agreement.number) if frame.agreement and frame.agreement.number else None

    def _coverage_said(self, frame: Frame) -> tuple[Agreement, re.Match[str], str | None] | None:
        """The years the question says an agreement covers ("the 11th sma ran from 2019 to 2023"): the agreement, where
        they are said, and what puts them right (None when they are its years or within them)."""
        named = self._numbered(frame)
        stated = YEAR_SPAN.search(frame.text)
        if not (named and frame.span and stated and not frame.other_agreements and _COVERED.search(
                frame.text, 0, stated.start())):
            return None
        if set(range(frame.span[0], frame.span[1] + 1)) <= set(named.years):
            return named, stated, None
        return named, stated, f"the {ordinal(named.number)} SMA covers {named.covers}, not {frame.span[0]}–{frame.span[1]}"

    @staticmethod
    def _corrected(plan: Plan, note: str | None) -> Plan:
        """A plan made once a claim was taken out of the question, with what puts the claim right."""
        if note is None:
            return plan
        if isinstance(plan, Lookup):
            return replace(plan, premise=f"{plan.premise}; {note}" if plan.premise else note)
        if isinstance(plan, Calculate):
            return Calculate(replace(plan.resolved, premise=note))
        return plan

    def _start_contradicted(self, frame: Frame) -> Lookup | None:
        """'The 11th SMA that starts in 2026', 'the 12th SMA began in 2025, didn't it': an agreement said to start in
        a year it did not; what is asked is answered of the agreement that starts in that year, if one does, else of
        the one named, with what puts the start right. None when it did start then."""
        named = self._numbered(frame)
        year = frame.start_said
        if named is None or named.first_year == year or frame.other_agreements:
            return None
        actual = next((a for a in self.facts.agreements.values() if a.first_year == year), None)
        if actual is None:
            lookup = self._lookup(frame) or Lookup("term", (named.term,), (), (named,))
            return replace(lookup, premise=f"the {ordinal(named.number)} SMA started on {named.starts:%-d %B %Y} (it "
                                           f"covers {named.covers}), not in {year}")
        lookup = self._lookup(replace(frame, agreement=replace(frame.agreement, number=actual.number)))
        return lookup and replace(lookup, premise=f"the SMA that starts in {year} is the {ordinal(actual.number)} "
                                                  f"({actual.covers}), not the {ordinal(named.number)} ({named.covers})")

    def _year_outside_agreement(self, frame: Frame) -> Lookup | None:
        """'What did Korea pay in 2022 under the 12th SMA': the year falls under another agreement; the year's figure,
        with the agreement that covers it (unless supposed, or a calculation on the question's own numbers)."""
        ref = frame.agreement
        if (ref is None or ref.number is None or ref.position or frame.measure not in YEARLY_MEASURES or not frame.years
                or frame.has("suppose") or frame.money or frame.percents or _calculation_asked(frame)
                or frame.asks in NOT_A_NUMBER - {"reason"}):  # "who's the contact on the memo re the 12th sma, 2025"
            return None
        named = self.facts.agreements.get(ref.number)
        if named is None or any(year in named.years for year in frame.year_values):
            return None
        covering = {a.number: a for year in frame.year_values if (a := self.facts.agreement_for_year(year))}
        if len(covering) != 1 or (lookup := self._lookup(replace(frame, agreement=None))) is None:
            return None
        actual = next(iter(covering.values()))
        return replace(lookup, premise=f"{', '.join(map(str, frame.year_values))} falls under the "
                                       f"{ordinal(actual.number)} SMA ({actual.covers}), not the {ordinal(named.number)}")

    def _us_share_of_wages(self, stated: Percent) -> Lookup | None:
        """The US side's share of the Korean workers' wages stated to be checked: the rest of Seoul's recorded share,
        put right where it differs."""
        record = self.facts.latest("wage_share_pct")
        if record is None or record.figure.number is None:
            return None
        rest = 100 - record.figure.number
        if _close(stated.value, rest):
            return Lookup("wage_share_pct", (record,))
        return Lookup("wage_share_pct", (record,), premise=f"Seoul covers about {fmt(record.figure.number, 'percent')} "
                                                           f"of the wages, so the US side about {fmt(rest, 'percent')}, "
                                                           f"not {stated.text}")

    def _signed_after_all(self, frame: Frame) -> Lookup | None:
        """'Why did Seoul refuse to sign the 10th SMA?': an agreement said to be unsigned that was signed, unless
        in another year than the question gives ("why did they fail to sign the 11th SMA in 2020": they did not)."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        signed = self.facts.primary("signed", agreement=agreements[0].number) if len(agreements) == 1 else None
        if signed is None or frame.years and signed.figure.year not in frame.year_values:
            return None
        a, day = agreements[0], signed.figure.date
        when = f"{day:%-d %B %Y}" if day else signed.figure.value
        return Lookup("signed", (signed,), (), (a,), premise=f"the {ordinal(a.number)} SMA was signed, on {when}")

    def _not_scrapped(self, frame: Frame) -> Lookup | None:
        """'After Trump scrapped the 12th SMA ...': an agreement said to be scrapped that is in force, with what was
        said about carrying it out and this year's payment."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        in_force = self.facts.primary("in_force", agreement=agreements[0].number) if len(agreements) == 1 else None
        if not in_force or frame.today.year > agreements[0].last_year:
            return None
        a, now = agreements[0], self.facts.payment(frame.today.year)
        said = [r for r in self.facts.records("statement", agreement=a.number)]
        return Lookup("in_force", tuple(r for r in (in_force, a.term, *said, now) if r), (frame.today.year,), (a,),
                      premise=f"the {ordinal(a.number)} SMA was not scrapped: it is in force and covers {a.covers}"
                              + (f"; {said[0].figure.text[0].lower()}{said[0].figure.text[1:].rstrip('.')}" if said else ""))

    def _demand_as_payment(self, frame: Frame) -> Lookup | None:
        """'Korea now pays $10 billion as Trump demanded': an amount said to be paid that is a recorded demand and
        no recorded payment; what it pays instead."""
        for money in frame.said_paid:
            near = lambda r: r.figure.number is not None and abs(r.figure.number - money.value) <= money.value * Decimal("0.02")  # noqa: E731
            demands = [r for r in self.facts.records("demand") if near(r)]
            if not demands or any(near(r) for r in self.facts.records("payment")):
                continue
            year = next((y for y in frame.year_values if self.facts.payment(y)), None) or frame.today.year
            paid = [r for r in (self.facts.payment(year), self.facts.payment(year, "USD")) if r is not None]
            if not paid:
                return None
            amounts = " (about ".join(spoken_amount(r.figure.number, r.figure.unit) for r in paid) + ")" * (len(paid) - 1)
            return Lookup("payment", (*paid, demands[0]), (year,), unit=None,
                          premise=f"South Korea does not pay {money.text}: that is an amount the US demanded; its "
                                  f"{year} payment is {amounts}")
        return None

    def _term_contradicted(self, frame: Frame) -> str | None:
        """'A one-year 11th SMA', 'the 12th SMA only lasts two years': a term the question states, when the named
        agreement's differs."""
        term = frame.stated_term or next((int(d.value) for d in frame.durations if d.unit == "years"), None)
        if term is None or not frame.has("term") or frame.agreement is None:
            return None
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        if len(agreements) != 1 or term == len(agreements[0].years):
            return None
        a = agreements[0]
        return f"the {ordinal(a.number)} SMA covers {a.covers}, {a.length}"

    def _cap_out_of_reach(self, frame: Frame) -> Lookup | None:
        """'The 2026 rise broke the 5% cap, didn't it? how big was it': the cap stated is the rule of the agreement
        covering the year named, which starts after it; the year's recorded rise, the premise put right (not a
        supposition, nor a rise worked out against the cap: "by how many points"; whether the cap reaches the year is
        its rule's to say); asked a sum ("so what's the won figure"), the year's payment first."""
        if not (frame.has("cap", "cap_stated") and frame.percents and len(set(frame.year_values)) == 1) or frame.has(
                "suppose", "points", "every_year") or _CAP_REACH.search(frame.text):
            return None  # (not "from the 2026 payment, growing 5% every year under the cap, what is 2030")
        year = frame.year_values[0]
        agreement = self.facts.agreement_for_year(year)
        rule = self.facts.increase_rule(agreement.number) if agreement else None
        rise = self.facts.primary("payment_increase_pct", year=year)
        if not (agreement and rule and rise and rule.figure.number is not None and year not in rule.figure.years()
                and any(percent.value == rule.figure.number for percent in frame.percents)):
            return None
        covered = rule.figure.years()
        sum_asked = bool(frame.target_unit) or frame.has("how_much", "number_word", "figure_named")
        paid = self.facts.payment(year) if sum_asked else None
        premise = (f"the {ordinal(agreement.number)} SMA's {fmt(rule.figure.number, 'percent')} cap covers "
                   f"{min(covered)}–{max(covered)}, not {year}")
        return Lookup("payment" if paid else "payment_increase_pct", (*([paid] if paid else []), rise, rule), (year,),
                      (agreement,), premise=premise)

    def _presumed_cap(self, frame: Frame) -> Lookup | None:
        """'Given the 9th SMA's 7% cap, ...': the cap the question presumes, checked against the agreement's rule; of
        no agreement named ("what's the deal with the 5% cap"), the one whose cap it is, else the current one's."""
        if frame.measure != "increase_rule" or not frame.percents:
            return None
        if frame.asks == "who":
            return None  # "who wrote the report on the 5% cap": the cap is what it is about, not what it asks
        if not frame.has("percent_asked") and not _CAP_REACH.search(frame.text) and any(
                y > frame.today.year and not self.facts.payment(y) for y in frame.year_values):
            # "... capped at 4%, so what's the max 2028 payment": a projection at the real cap, corrected (but "does the
            # 5% cap cover 2028" asks the rule)
            return None
        if frame.agreement is None and frame.years:
            # "is the 5% cap applied to 2026 too?": of the one agreement covering the years named (not "how many
            # points above the 5% cap was the 2021 rise": a rise against it, worked out)
            found = [self.facts.agreement_for_year(year) for year in frame.year_values]
            covering = {a.number: a for a in found if a is not None}
            if len(covering) != 1 or None in found or not _CAP_REACH.search(frame.text):
                return None
            agreements = list(covering.values())
        elif frame.agreement is None:
            capped = [a for a in self.facts.agreements.values() if (rule := self.facts.increase_rule(a.number))
                      and rule.figure.number == frame.percents[0].value]
            agreements = capped[-1:] or [a for a in [self.facts.current_agreement(frame.today)] if a]
        else:
            agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        rule = self.facts.increase_rule(agreements[0].number) if len(agreements) == 1 else None
        if rule is None:
            return None
        a, stated = agreements[0], frame.percents[0]
        if rule.figure.number is not None and any(p.value == rule.figure.number for p in frame.percents):
            return Lookup("increase_rule", (rule,), (), (a,))
        said = (f"caps yearly increases at {fmt(rule.figure.number, 'percent')}" if rule.figure.number is not None
                else "sets no fixed cap")
        return Lookup("increase_rule", (rule,), (), (a,),
                      premise=f"the {ordinal(a.number)} SMA {said}, not {stated.text}")

    @staticmethod
    def _order_contradicted(frame: Frame, records: list[FigureRecord]) -> str | None:
        """'Why was it signed only after the election?' when the record says it was signed the day before it."""
        dated = content_words(" ".join([d.text for d in frame.dates] + [y.text for y in frame.years]))
        event = content_words(frame.text) - _SUBJECT_WORDS - dated  # what it is ordered against: "election"
        for said, other in (("after", "before"), ("before", "after")):
            if frame.has(said) and not frame.has(other):
                order = content_words(f"{said} {other}")
                for record in records:
                    words = content_words(record.figure.text)
                    if content_words(other) <= words and words & event - order:
                        return f"the sources place it {other} the {', '.join(sorted(words & event - order))}, not {said}"
        return None

    def _furloughed_put_right(self, frame: Frame) -> Lookup | None:
        """The furlough's date asked beside a count of the workers it sent home that no record gives, within 15 %
        ("8,600": the whole workforce): the date, with the recorded count; None when the count holds or none is
        stated."""
        stated = [h for h in frame.headcounts if h.group == "workers"]
        records = [r for r in self.facts.records("furloughed") if r.figure.number is not None]
        if len(stated) != 1 or not records or any(
                abs(stated[0].value - r.figure.number) <= r.figure.number * Decimal("0.15") for r in records):
            return None
        lookup = self._lookup(frame)
        main = next((r for r in records if not is_alternative(r)), records[0])
        return lookup and replace(lookup, premise=f"about {main.figure.number:,.0f} Korean workers were furloughed, "
                                                  f"not {stated[0].text}")

    def _stated_value_premise(self, frame: Frame) -> Lookup | None:
        """A why-question that states a value the table contradicts: 45,000 troops, a single-year 11th SMA,
        a $20 billion demand, an offer to double, a rejected ratification, no cap."""
        measure = frame.measure
        agreements = self.facts.agreements_named(frame.agreement, frame.today, frame.year_values)
        numbers = [a.number for a in agreements] or [None]
        years = frame.year_values or [None]
        records = [r for n in numbers for y in years for r in self.facts.records(measure, agreement=n, year=y)] if measure else []
        if measure and not records and measure not in AGREEMENT_MEASURES:  # "... when the old deal lapsed": its date
            records = [r for y in years for r in self.facts.records(measure, year=y)]
        if measure in HEADCOUNT_MEASURES and not records:
            records = [r for r in [self.facts.latest(measure)] if r]
        if measure in YEARLY_MEASURES and frame.years:
            records = [r for r in records if r.figure.year in frame.year_values] or records  # the year's own figure
        records = list({id(r): r for r in records}.values())
        if not records:
            return None
        values = {r.figure.number for r in records if r.figure.number is not None}
        stated: list = []
        said = ", ".join(dict.fromkeys(  # "90% of" is the percentage "90%" once
            [q.text for q in (*frame.money, *frame.headcounts, *frame.percents)]
            + ([frame.factor_text.removesuffix(" of")] if frame.factor_text and measure == "wage_share_pct" else [])))
        if measure == "term" and agreements:
            term = frame.stated_term or next((int(d.value) for d in frame.durations if d.unit == "years"), None)
            if term is not None and term != len(agreements[0].years):
                a = agreements[0]
                return Lookup("term", (a.term,), (), (a,), premise=f"the {ordinal(a.number)} SMA covers {a.covers}, "
                                                                  f"{a.length}")
            return None
        if measure in HEADCOUNT_MEASURES:
            stated = [h.value for h in frame.headcounts] + list(frame.numbers)
        elif measure in ("demand", "payment", "wage_funding"):
            stated = [m.value for m in frame.money]
        elif measure == "wage_share_pct":  # "since Seoul pays about half of the wages, what share ...": 70%
            stated = [p.value for p in frame.percents] + ([frame.factor * 100] if frame.factor and frame.factor < 1 else [])
        elif measure == "offer":
            stated = [p.value for p in frame.percents] + ([(frame.factor - 1) * 100] if frame.factor else [])
        elif measure == "ratified" and frame.has("stop"):
            return Lookup(measure, tuple(records), premise="the National Assembly did ratify it")
        elif measure == "increase_rule" and frame.has("stop") and values:
            return Lookup(measure, tuple(records), tuple(frame.year_values), tuple(agreements),
                          premise="the agreement does cap the yearly increase")
        elif measure in DATE_MEASURES and frame.dates and (dated := [r for r in records if r.figure.date]):
            said_dates = ", ".join(d.text for d in frame.dates)
            if not any(d.names(r.figure.date) for r in dated for d in frame.dates):
                return Lookup(measure, tuple(dated), (), tuple(agreements),
                              premise=f"the sources date it differently from {said_dates}")
            if frame.asks == "reason" and agreements and (order := self._order_contradicted(frame, records)):
                return Lookup(measure, tuple(dated), (), tuple(agreements), premise=order)  # the month right, the order not
            return Lookup(measure, tuple(dated), (), tuple(agreements)) if frame.asks != "reason" else None
        elif measure in DATE_MEASURES and agreements and (order := self._order_contradicted(frame, records)):
            return Lookup(measure, tuple(records), (), tuple(agreements), premise=order)
        elif measure == "cost_sharing_start" and frame.has("recent"):
            return Lookup(measure, tuple(records), premise="South Korea has shared the costs under SMAs for decades")
        if stated and values and not _of_values(records, stated):
            return Lookup(measure, tuple(records), tuple(frame.year_values), tuple(agreements),
                          premise=f"the sources give a different figure from {said}" if said else
                          "the figure in the question does not match the sources")
        if change := self._stated_change_premise(frame):
            return change
        if stated and values and frame.asks != "reason":  # "seoul paid 960.2 billion won in 2018, right?": it did
            return Lookup(measure, _of_values(records, stated), tuple(frame.year_values), tuple(agreements))
        return None

    def _side_compared(self, frame: Frame) -> Lookup | None:
        """'Was the 2021 raise more than 10%?', 'did Korea pay over 1tn in 2019?': the year's recorded rise or payment,
        put right when it is on the other side of the amount stated."""
        rise = frame.measure == "payment_increase_pct"
        stated = frame.percents if rise else frame.money if frame.measure == "payment" else ()
        if len(stated) != 1 or len(frame.year_values) != 1:
            return None
        year, said = frame.year_values[0], stated[0]
        records = [r for r in self.facts.records(frame.measure, year=year) if r.figure.number is not None
                   and (rise or r.figure.unit == said.unit)]
        if not records:
            return None
        above, number = frame.has("above_stated"), records[0].figure.number
        holds = (number > said.value) == above
        was = f"rose {fmt(number, 'percent')}" if rise else f"was {spoken_amount(number, records[0].figure.unit)}"
        return Lookup(frame.measure, tuple(records), (year,), premise=None if holds else (
            f"the {year} payment {was}, {'not more' if above else 'not less'} than {said.text}"))

    def _rise_of_payments(self, years: list[int], stated: list[Decimal], said: str) -> Lookup | None:
        """A rise stated of a year where the table records no rise but both payments ("did the payment double in
        2020?": it was frozen), or over two years ("it doubled between 2014 and 2026, right?"): the two payments,
        with what puts the claim right."""
        if len(set(years)) > 2:
            return None
        start, end = (min(years), max(years)) if len(set(years)) == 2 else (years[0] - 1, years[0])
        if not (now := self.facts.payment(end)) or not (before := self.facts.payment(start)):
            return None
        rise = (now.figure.number / before.figure.number - 1) * 100
        if any(abs(value - rise) <= Decimal("0.5") for value in stated):
            return Lookup("payment", (before, now), (start, end))
        change = "unchanged from (frozen at)" if rise == 0 else (
            f"{fmt(abs(rise).quantize(Decimal('0.1')), 'percent')} {'more than' if rise > 0 else 'less than'}")
        # the year whose rise it was ("13.9% was the 2021 rise"), if one was
        other = next((r.figure.year for r in self.facts.records("payment_increase_pct")
                      if r.figure.number in stated and r.figure.year not in (start, end)), None)
        return Lookup("payment", (before, now), (start, end), premise=(
            f"the {end} payment, {spoken_amount(now.figure.number, now.figure.unit)}, was {change} the "
            f"{start} payment, not {said}" + (f"; {said} was the {other} rise" if other else "")))

    def _stated_change_premise(self, frame: Frame) -> Lookup | None:
        """'1.5 trillion in 2026, a 13.9% jump, correct?', 'the 10th sma raised the payment by 10%, right?': a yearly
        rise the question states, checked against the recorded rise of that year (of an agreement, of its years)."""
        if frame.measure == "wage_share_pct":
            return None  # "seoul covers about 70% of the workers' wages, correct?": the share stated, not a rise
        named = self._numbered(frame)
        years = frame.year_values or (list(named.years) if named else [])
        stated = [p.value for p in frame.percents] + ([(frame.factor - 1) * 100] if frame.factor and frame.has(
            "times") else [])  # "doubled": a rise of 100%
        if not (stated and years and frame.has("change", "raise", "cut", "times")):
            return None
        two = len(set(frame.year_values)) == 2
        spanned = two and max(frame.year_values) - min(frame.year_values) > 1
        # "2022 went up 13.9% over 2021": the later year's rise (not the earlier one's, which was 13.9%)
        risen = [max(frame.year_values)] if two and not spanned else years
        records = [r for y in risen for r in self.facts.records("payment_increase_pct", year=y)]
        values = {r.figure.number for r in records if r.figure.number is not None}
        said = ", ".join([p.text for p in frame.percents] + ([frame.factor_text] if frame.factor_text else []))
        # "the 2020 payment rose 13.9% over 2019": the later year's own rise, of which the table records none (it was
        # frozen), not the earlier year's
        unrecorded = two and len(stated) == 1 and not self.facts.records("payment_increase_pct",
                                                                         year=max(frame.year_values))
        if not values or spanned or unrecorded:  # "doubled between 2014 and 2026": over the two years
            return self._rise_of_payments(years, stated, said)
        matching = [r for r in records if r.figure.number is not None and any(
            abs(rise - r.figure.number) <= Decimal("0.05") for rise in stated)]  # the year whose rise it was
        if not matching:
            return Lookup("payment_increase_pct", tuple(records), tuple(years),
                          premise=f"the sources record a different rise from {said}")
        return Lookup("payment_increase_pct", tuple(matching), tuple(years)) if frame.asks != "reason" else None


_RATE_VERBS = content_words("use used assume assumed apply applied take took run ran")
# A sum of money asked: "how much did the clean-up cost", "what did the gym end up costing", "what was the price
# of the land", "what dollar value did he put on it"; not "how much of the upkeep", nor "the report number of the
# study on costs".
# A share asked of a whole ("what's the minimum share of the labor costs"), not a sum paid for one
_SHARE_OF = re.compile(r"\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:[\w-]+ )?(?:share|proportion|fraction|"
                       r"portion) of\b")
_MONEY_ASKED = re.compile(
    r"\b(?:how much\b(?! of\b)|how many times (?:more|as much|over)\b)"
    r"(?=.*\b(cost\w*|pric\w+|paid|pay|pays|paying|spend\w*|spent|worth|expens\w+|budget\w*|owes?|owed|owing|"
    # aid in goods is weighed, not priced: "how much food aid" is tons
    r"fund\w*|cover|covered|covering|dollars?|(?<!food )(?<!nutritional )(?<!fuel )(?<!grain )(?<!rice )(?:aid|assistance)|"
    r"loans?|grants?|sink|sank|sunk|pour(?:ed)?|invest\w*|rais(?:e[sd]?|ing)|collect\w*|donat\w*|earn\w*|interest|"
    r"revenues?|profits?|income|proceeds)\b)|\bwhat (did|does|do|will|would|was|is|were)\b.*\b(cost|costs|costing)\b(?![\s-]+(?:splitting|sharing|split|share|rule))|"
    r"\bwhat(?: is| was|'s| were| are) the (?:\w+ ){0,2}(cost|price|value)\b(?!\s+(?!of|for|to|in|at|per|was|is|did|does|"
    r"that|when|by|from|under)[a-z])|\bwhat (is|was|were|are)\b.*\bworth\b|"
    r"\b(dollar|won) (value|amount|figure|sum|number)\b|\bprice tag\b|\bhow many (?:\$|dollars\b|usd\b|won\b)|"
    r"\bhow much (in )?(compensation|fines?|penalt\w+|damages|settlements?|restitution|cash|money)\b|"
    r"\bwhat(?: is| was| were|'s)?(?: the)? (\w+ )?(fine|penalty|compensation|damages|settlement|price|fee|salary|"
    r"payment|allowance|stipend|subsidy|bonus)\b|"
    r"\b(?:average|avg|mean|typical) (?:(?:annual|yearly|monthly|weekly|daily|hourly) )?(?:salar\w+|wages?|pay)\b|"
    # "the median amount borrowed": a sum of money lent, spent or paid
    r"\bamounts? (?:borrowed|lent|loaned|spent|owed|raised|invested|donated|awarded|withheld|repaid)\b|"
    # "what did seoul pay for 2023": a sum paid in a year, not what the money paid for
    r"\bwhat (?:did|does|do|will|would) (?:[\w'.-]+ ){1,4}?(?:pay|spend|contribute|chip in|hand over)\b"
    r"(?= (?:[\w'.-]+ ){0,3}?(?:for|in|during) (?:fiscal year |fy ?)?(?:19|20)\d\d\b)|"
    # "what was korea's payment under the very first sma": its sum (not "what was the payment for", its purpose)
    r"\bwhat (?:was|is|were|are) (?:[\w'.-]+ ){1,3}?(?:payment|contribution)s?\b"
    r"(?! (?:for|based|tied|linked|pegged|used|spent|made up)\b)")


# Whether a cap reaches a year: "applied to 2026", "does it cover 2017", "kicks in for 2027"
# How many of a question's words no record of a lookup says make it a question about other things
OTHER_THINGS = 6
_CAP_REACH = re.compile(r"\b(?:appl(?:y|ies|ied)|cover(?:s|ed)?|kicks? in|kicked in|binds?)\b")


# A count asked: "how many police", "the number of warheads", "how many times did they meet"; not "how many times
# bigger", "how many years", "how many won" nor "how many km".
_COUNT_ASKED = re.compile(r"\bhow many\b(?! (?:times(?! (?:did|does|do|has|have|had)\b)|x|multiples?|percent|"
                          r"percentage|"
                          r"points|years|months|weeks|days|hours|minutes|seconds|won|dollars|usd|krw|million|billion|"
                          r"trillion|mn|bn|tn|km|kilomet\w+|miles|kg|kilograms|tons|tonnes)\b)|"
                          r"\b(?:the|total|peak|highest|lowest|largest|exact) number of\b|"
                          r"\b(?:final|exact) (?:count|tally)\b|" + COUNT_BY_NOUN + "|"  # "the yes/no vote count"
                          r"\bthe (?:19|20)\d\d (?:count|tally)\b|"  # "went from the 2021 count to the 2024 count"
                          # "how many times more members": a count compared
                          r"\bhow many times (?:more|as many|fewer) (?!(?:won|dollars|usd|krw|money)\b)[a-z]")


# what a worker's pay is said as
_EARNINGS = frozenset(content_words("salary salaries wage wages earn earns earned earnings payroll"))


def amount_asked(frame: Frame) -> str | None:
    """The kind of amount the question asks for: "money", "count", "share" (a percentage, a fraction, a ratio), or
    None (points, a duration, a percentage worked out from two amounts, or no amount)."""
    if frame.asks not in ("number", None) or frame.has("points"):
        return None
    shares = None if _percent_change(frame) else "share"
    if frame.has("percent_asked"):  # "what percentage of the clinic's cost"
        return shares
    if frame.has("share") and _SHARE_OF.search(frame.text):  # "what is the smallest share of the labor costs"
        return shares
    if _MONEY_ASKED.search(frame.text):  # "how much does usfk still owe", "how many times more did it cost"
        return "money"
    if _COUNT_ASKED.search(frame.text):  # "how many were left out of the burden sharing tally"
        # (but "how many more did seoul pay in 2025 than in 2021, in won": a sum)
        return "money" if frame.target_unit in ("KRW", "USD") and frame.has("pay", "paid") else "count"
    if frame.has("claim_tag") and frame.money and not frame.percents:
        return "money"  # "they set aside 2bn won for it, yes?": a sentence stating the sum checks it
    return shares if frame.has("share") else None


def search(frame: Frame, **fields) -> Search:
    """A search of the documents for the question as read: what it asks for (an amount, when it asks one: "what
    cut of the damages"; "what won/dollar rate did the note use": a rate; "how much is that in won": money), the kind
    of amount, and how two quoted amounts combine."""
    combine = quoted_calculation(frame)
    # "how much is that, in won"; "add up the lots, total (millions of won)": sums of money
    amount = "rate" if frame.measure == "exchange_rate" else amount_asked(frame) or (
        "money" if frame.target_unit in ("KRW", "USD") and (
            frame.asks == "number" and not combine or combine == "sum") else None)
    if frame.has("claim_tag"):  # "it's in mass production by 2026 right?": the year is the claim checked, no filter
        fields["years"] = ()
    if frame.base and "names" not in fields:  # "the barracks contract at camp walker": a quote must name the base
        fields["names"] = frozenset({frame.base})
    if frame.amount_of & frame.unexplained and "part" not in fields:
        fields["part"] = frame.amount_of  # "how much interest did it earn": a sum said of interest, not the cash held
    return Search(asks=frame.asks or ("number" if amount else None), text=frame.text, amount=amount,
                  counted=frame.counted if amount == "count" or frame.has("by_count") else (), per_unit=frame.per_unit,
                  combine=combine,
                  given_names=frame.given_names, yearly=bool(amount) and frame.has("every_year"),
                  unit=frame.target_unit, events=events_spanned(frame.text), measured=frame.has("measure_asked"),
                  attributed=frame.attributed_to, preamble=frame.preamble, **fields)


def _around(start: int, end: int, years: list) -> list[tuple[int, int]]:
    """The span from `start` to `end` less the years said within it, as the spans left."""
    pieces, at = [], start
    for year in sorted((y for y in years if start <= y.start < end), key=lambda y: y.start):
        pieces.append((at, year.start))
        at = year.start + len(year.text)
    return [*pieces, (at, end)]


# Both ends of a range asked: "the gap between the biggest and smallest payment"
_BOTH_ENDS = re.compile(r"\b(?:biggest|largest|highest|max(?:imum)?)\b.*\b(?:smallest|lowest|least|min(?:imum)?)\b|"
                        r"\b(?:smallest|lowest|least|min(?:imum)?)\b.*\b(?:biggest|largest|highest|max(?:imum)?)\b")


def _calculation_asked(frame: Frame) -> bool:
    """A calculation other than raising or cutting by a percentage ('the payment raised 5%, right?' states one)."""
    # "about half of the wages": no amount to halve; "the payment doubled in 2021, didn't it": a rise stated, checked
    return any(o.name != "apply_percent" and not (o.name == "multiple" and (
        not (frame.money or frame.years) or frame.has("confirm") and not frame.has("how_much")))
               for o in candidate_operations(frame))


# What a question asks for when its answer is an account, a name or a place, whatever numbers it states.
NOT_A_NUMBER = frozenset({"reason", "who", "name", "meaning"})  # not "place": "where does it end up"


# What dates a yearly amount without naming it: "when did the payment first top a trillion", "when was the
# biggest rise", "when did it stop growing"
_DATED_BY_AMOUNT = frozenset({"first_over", "extreme", "frozen"})


def asks_for_a_figure(frame: Frame) -> bool:
    """A measure the table records, asked as a figure: not who did what, a list, where, which named thing,
    whether, how or what happened, or why (except who signed an agreement, what its rule or term says, and why
    the payment changed, which records state)."""
    if not frame.measure or frame.has("what_for"):
        return False
    if frame.measure in HEADCOUNT_MEASURES and (amount_asked(frame) == "money" or frame.money and not frame.headcounts):
        # "how much did it cost to clean up the garrison site", "they set aside 2bn won for laid-off base workers":
        # not a head count
        return False
    if amount_of_something_else(frame):
        return False  # "how many charges did he plead guilty to": not a payment
    counted_by_table = alike("troop" if frame.measure == "troops" else "worker")
    if frame.measure in HEADCOUNT_MEASURES and any(noun not in counted_by_table for noun in frame.counted):
        return False  # "how many guardians does Space Forces Korea have": not the troops the table counts
    if frame.asks in ("who", "place"):  # who signed it, and where: the record of the step says
        return frame.measure in _EVENT_MEASURES and bool(frame.agreement or frame.years)  # "the 2021 deal"
    if frame.asks == "date" and frame.measure in HEADCOUNT_MEASURES and not frame.headcounts:
        return False  # "when was state planning to brief hill committee staff": a head count dates nothing asked
    if frame.asks == "date" and frame.measure in YEARLY_MEASURES and not (
            frame.years or frame.money or frame.percents or frame.agreement and not frame.unexplained
            or frame.cues & _DATED_BY_AMOUNT):
        # "the host nation funding job - when do applications close", "by when must the audit office report on the
        # 12th sma's construction fund": no year's payment dates it
        return False
    if frame.asks == "whether":  # "is the 12th SMA in force?", "did Korea pay in 2020?"
        # not "did the workers get paid during the 2020 furlough": a head count confirms only a count stated
        # (or an amount said of no year: "is it true seoul agreed to $33bn a year" checks the pledge recorded)
        return bool(frame.agreement or frame.years or frame.money and frame.measure not in YEARLY_MEASURES) and not (
            frame.measure in HEADCOUNT_MEASURES and not frame.headcounts)
    if frame.asks in ("event", "manner"):
        return (frame.measure in ("increase_rule", "term") and frame.agreement is not None
                or frame.measure == "payment_increase_pct" and bool(frame.years))
    if frame.asks in ("name", "meaning"):
        return False
    if frame.asks == "reason":
        return frame.measure == "payment_increase_pct"
    # "list the payments of the 9th SMA": the series; "what years does the 11th SMA run": its term
    return (frame.asks != "list" or frame.measure in YEARLY_MEASURES and bool(frame.agreement or frame.years)
            or frame.measure == "term" and frame.agreement is not None)


def about_something_else(frame: Frame) -> bool:
    """A calculation's words ("compare", "before") in a question with nothing to calculate on (no amount, rate,
    count, year, agreement or measure) that is specifically about something: "what did the aide compare the US
    to?", "what was his job before he became negotiator?"."""
    return bool(frame.unexplained) and not (frame.money or frame.percents or frame.headcounts or frame.rates
                                            or frame.numbers or frame.years or frame.agreement or frame.measure)


def amount_of_something_else(frame: Frame) -> bool:
    """A count, a length or a weight asked where the measure read is a sum ("how many charges did he plead guilty
    to", "how many more troops did Seoul ask for", "by how many km did the 2012 deal raise the limit"): not what
    the table holds of it; nor a count of something no measure is read for ("by how many votes")."""
    if frame.measure is None:
        return bool(frame.counted) and not (frame.money or frame.headcounts or frame.has("days", "points"))
    return frame.measure not in COUNTED_MEASURES and (
        amount_asked(frame) == "count" or frame.target_unit in PHYSICAL_UNITS)


# the agreement itself, or a deal named by its year ("the 2019 deal")
_SMA_NAMED = re.compile(r"\b(smas?|special measures?|cost[- ]?shar\w*|burden[- ]?shar\w*|"
                        r"(19|20)\d\d (deal|agreement|accord))\b")


def step_of_something_else(frame: Frame) -> bool:
    """An agreement's step, term or rounds of talks asked with no SMA named: with words the records do not say, it
    is another agreement's or body's ("when did the SOFA come into force", "when did the nuclear consultative group
    hold its first meeting")."""
    return (frame.measure in (*_EVENT_MEASURES, "term", "term_start", "term_end", "negotiation_rounds")
            and frame.agreement is None and not _SMA_NAMED.search(frame.text))


# An amount a figure moved away from ("scaled back from the $5bn ask", "was 5bn before"): what it was, not is
_LEFT_FROM = re.compile(r"\bfrom (?:its |the |their |a |an |about |around |roughly )?[$₩]?$")
_SAID_BEFORE = re.compile(r"\s*(?:\w+ )?(?:before|earlier|at first|originally|initially)\b")


def _as_of(records: tuple[FigureRecord, ...], frame: Frame) -> tuple[FigureRecord, ...]:
    """Of figures reported over time, the latest by the month the question names ("by march 2020"), if it names one
    and one was; else all of them."""
    months = [d.date for d in frame.dates if d.month_only]
    if len(months) != 1:
        return records
    end = (months[0].replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    by_then = [r for r in records if r.figure.as_of and r.figure.as_of < end]
    return (max(by_then, key=lambda r: r.figure.as_of),) if by_then else records


def _of_values(records: Iterable[FigureRecord], stated: list[Decimal]) -> tuple[FigureRecord, ...]:
    """The records whose value is one the question states, within 2 % ("a $5 billion demand", "960 billion won")."""
    return tuple(r for r in records if r.figure.number is not None and any(
        _close(value, r.figure.number) for value in stated))


def _close(stated: Decimal, recorded: Decimal) -> bool:
    """A value stated as the record gives it, or rounded, within 2 % ("1.52 trillion" of 1.5192 trillion; "14%" of
    13.9%)."""
    return abs(stated - recorded) <= abs(recorded) * Decimal("0.02")


def written_years(frame: Frame) -> tuple[int, ...]:
    """The years the question writes ("in 1975"), not those it implies ("this year")."""
    return tuple(dict.fromkeys(year.year for year in frame.years if not year.relative))


def named_before_it(frame: Frame) -> bool:
    """What "it" stands for is named before it in the question ("when did the SOFA take effect? I know it was
    signed in 66"), not in an earlier message."""
    it = CUES["anaphora"].search(frame.text)
    # whole clauses before "it" ("when did the furlough start and when did it end")
    before = re.split(r"[?.;:!]\s| - | and ", frame.text[:it.start()])[:-1] if it else []
    return bool(content_words(" ".join(before)) & (frame.unexplained | SUBJECT_TERMS))


def quoted_calculation(frame: Frame) -> str | None:
    """The calculation a question asks of two amounts, which quotes may state when the table holds neither: their
    sum ("adding killed and wounded together"), how far apart they are ("how many points more said no than yes",
    "how much larger was Korea's tally than Japan's", "how many are still not returned"; "how many sat unoccupied":
    the whole less those said to be occupied), or by what percent one grew
    from the other or shrank ("by what percent did the park grow"); or of what one quote states: an amount per unit
    ("cost per square meter"), a part of those counted ("how many of the workers"), a total of like parts ("total
    lent?"). None when a name, a reason or a meaning is asked ("who scored for the combined team")."""
    if frame.asks in NOT_A_NUMBER:
        return None
    if frame.per_unit and (not frame.money or frame.has("per_counted")):
        # "what did the gym cost per square meter": the quoted sum over the quoted area; "23 violations, 87.4m won in
        # fines - per violation?": the sum quoted over the question's count
        return "per_unit"
    if frame.has("mean") and frame.span and not frame.money:
        return "per_year"  # "a 12-year total from 2014 thru 2025: per year on average": the quoted total over its years
    if amount_asked(frame) == "share" and len(frame.money) <= 1 and not frame.percents:
        # "what share of the 1.5192tn goes to labor": the part a quote states of the whole stated, or of the whole a
        # quote states too ("what % of the 2022 grant went to barracks")
        return "share"
    if frame.has("complement") and frame.asks == "number" and amount_asked(frame) != "share":
        # "how many are still not returned", "how much was left to cover": the whole less the part
        return "difference"
    if frame.has("added"):
        # "adding killed and wounded together": the two amounts quoted, added up (not "the combined employment rate
        # (%)": a rate over them all, nor "across all five windows", "jul thru dec": more than two amounts)
        return None if _RATE_ASKED.search(frame.text) or _MORE_THAN_TWO.search(frame.text) else "sum"
    if frame.has("not_so") and not (frame.has("than", "compare", "difference") or _percent_change(frame)) and (
            frame.asks == "number" and amount_asked(frame) != "share"):
        # "how much went to firms not based in gyeonggi", "how many of the rooms sat unoccupied": the whole less those
        # said to be so (not "how far did the unspent balance fall": a change of what is said)
        return "rest"
    if frame.has("part_of_them") and not frame.percents:
        return "part_of"  # "how many of the workers come from changwon": "85 workers ..., 60 percent of them"
    if change := _percent_change(frame):
        return change
    if frame.has("ratio") and not frame.has("ratio_ordered") and not frame.money:
        return "ratio"  # "july was how many times june": the larger quoted amount over the smaller
    names = {operation.name for operation in candidate_operations(frame)}
    if frame.has("than", "compare", "change") or _TWO_SIDES.search(frame.text):
        return next((name for name in ("point_difference", "difference") if name in names), None)
    if frame.has("sum_words") and not (frame.money or frame.span):
        return "each_total"  # "total lent?": "loans to 52 members, each of 3 million won"
    return None  # "how much extra aid did Washington offer": the extra amount, stated; no two amounts compared


# More than two amounts to add: "across all five windows", "every award", "sessions jul thru dec"
_MORE_THAN_TWO = re.compile(rf"\ball (?:the )?(?:three|four|five|six|seven|eight|nine|ten|\d+)\b|\bevery\b|"
                            rf"\b{MONTH} (?:thru|through|to|-) {MONTH}\b")
# A rate or a percentage asked: "the combined vacancy rate (%)"
_RATE_ASKED = re.compile(r"\b(?:rate|ratio|percentage)\b|\((?:in )?(?:%|percent|pct)\)")
# Two amounts a question compares, besides "than" and a change: "between", "beat", "how far behind", "subtract"
_TWO_SIDES = re.compile(r"\b(between|beat|beats|apart|behind|ahead|short|gap|difference|minus|subtract\w*|deduct\w*)\b|"
                        r"\bfrom\b.*\bto\b")


def _percent_change(frame: Frame) -> str | None:
    """By what percent one amount grew from the other ("percent_increase") or shrank ("percent_decrease"), when
    the question asks it."""
    if "percent_change" not in {operation.name for operation in candidate_operations(frame)}:
        return None
    if frame.has("raise") == frame.has("cut", "smaller"):
        # "2023 vs 2024, % change": neither way said, the way the quoted amounts went; both said: not clear
        return None if frame.has("raise") else "percent_change"
    return "percent_increase" if frame.has("raise") else "percent_decrease"


def value_of_something_else(frame: Frame, unmentioned: frozenset[str]) -> bool:
    """A head count looked up for a sum or a rate of pay asked ("what hourly rate did he say he got"); a payment or
    its rise read only from "how much", "value", "figure", "more than" or "percent", with no word that someone pays
    and no agreement named: with words the records do not say (for a rise in percent, several),
    the value asked is of something else ("what were the barracks worth in 2012", "how much more were the barracks
    worth than the clinic", "by what percent did the planned park get bigger"; not "the 2022 raise in percentage
    terms")."""
    if frame.measure in HEADCOUNT_MEASURES and (amount_asked(frame) == "money" or _PAY_RATE_ASKED.search(frame.text)):
        return True  # "what hourly rate did the furloughed driver say he got": a rate of pay, not how many
    if frame.agreement is not None or frame.has("paid", "cost_sharing", "year_put_at_sum"):
        return False  # (nor when a year is put at a sum: "the herald says 932bn for 2016")
    return (frame.measure in ("payment", "payment_increase_amount")
            or frame.measure == "payment_increase_pct" and len(unmentioned) >= 2)


# A rate of pay asked: "what hourly rate", "what daily wage", "what salary did he get"
_PAY_RATE_ASKED = re.compile(r"\bwhat (?:[\w-]+ ){0,2}(?:rate|wage|wages|salary|pay)\b(?! (?:of|in|for) (?:the )?"
                             r"(?:workers|employees|staff|troops|soldiers))")


# What a payment is said to be for ("pay for USFK housing", "spends on the F-35s")
_PAID_FOR = re.compile(r"\b(?:pay|pays|paid|paying|spend|spends|spent|contribut\w*)\s+(?:for|on|towards?)\s+((?:[\w'-]+\s*){1,4})")


def paid_for_something_else(frame: Frame, unmentioned: frozenset[str]) -> frozenset[str]:
    """What a payment is asked for, when it is a purpose the records do not name ("how much does Korea pay for USFK
    housing", "for the F-35s") or a part of the payment ("how much of it goes to construction"): a part the table
    does not break out, or something else, not its total; else nothing."""
    if part := _PART_OF_PAYMENT.search(frame.text):
        return frozenset(content_words(part.group(1) or part.group(2)))
    if frame.measure == "payment" and (part := _PART_OF_IT.search(frame.text)):  # not "of that rise"
        return frozenset(content_words(part.group(1)))
    if parts := _CATEGORIES_ADDED.search(frame.text):  # (of money, whatever "labor" suggested)
        return frozenset(content_words(f"{parts.group(1)} {parts.group(2)}"))  # "construction plus logistics"
    paid_for = _PAID_FOR.search(frame.text)
    if frame.measure == "payment" and paid_for is not None and content_words(paid_for.group(1)) & unmentioned:
        return unmentioned
    asked_for = _ASKED_FOR.search(frame.text)
    if frame.measure == "demand" and asked_for is not None and len(content_words(asked_for.group(1)) & unmentioned) >= 2:
        return unmentioned  # "how much did dod request for family housing at humphreys": a budget's, not of Seoul
    return frozenset()


# What a sum is asked for ("request for barracks repairs", "ask congress for to build schools")
_ASKED_FOR = re.compile(r"\b(?:request\w*|ask\w*|sought|seek\w*)(?:\s+[\w']+){0,2}?\s+for\s+((?:[\w'-]+\s*){1,4})")
# Two of the payment's cost categories added up ("construction plus logistics", "labor and construction together")
_CATEGORIES_ADDED = re.compile(rf"\b({COST_CATEGORIES})(?: costs?| support| funds?| money)? "
                               rf"(?:plus|and|\+) (?:the )?({COST_CATEGORIES})\b")
# A part of what was just named asked ("the 2021 payment by category: how much of it went to labor")
_PART_OF_IT = re.compile(r"\bhow much of (?:it|that)\b.*?\b(?:to|for|on|towards?)\s+((?:[\w'-]+\s*){1,4})")
# A part of the payment asked ("how much of Korea's contribution goes to construction")
_PART_OF_PAYMENT = re.compile(r"\bhow much of (?:the |its |[\w']+'s )?(?:(?:19|20)\d\d |sma |yearly |annual )*(?:payment|"
                              r"contribution|money|funds?|total)\b.*?\b(?:to|for|on|towards?)\s+((?:[\w'-]+\s*){1,4})|"
                              # "how much money went to construction under the 11th sma", "how much was spent on ..."
                              r"\bhow much (?:money )?(?:went|goes|go|was spent|is spent|spent|was used|is used) "
                              r"(?:to|for|on|towards?)\s+((?:(?!under|in|during|from|by|between)[\w'-]+\s*){1,3})")


def unmentioned_words(lookup: Lookup, frame: Frame) -> frozenset[str]:
    """What the question is specifically about ("the Hankook Ilbo", "notice", "critical jobs") that neither the
    records' text nor their sources' titles, quotes and publishers mention: the table may have no record of what
    was asked."""
    if lookup.unrecorded:
        return frame.unexplained  # the records shown are of other years: they say nothing of what was asked
    said = set()
    for record in lookup.records:
        said |= content_words(record.figure.text)
        for source in record.figure.sources:
            said |= content_words(" ".join(str(v) for v in (getattr(source, "title", ""), getattr(source, "publisher", ""),
                                                            getattr(source, "quote", ""))))
    return frame.unexplained - said


def is_decline(plan: Plan) -> bool:
    """Declined outright, or searched only for a close match because the question uses none of the subject's words."""
    return isinstance(plan, Decline) or isinstance(plan, Search) and plan.strict
