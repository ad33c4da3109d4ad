"""The one resolver of figures: records by (measure, agreement, year), and the agreement facts derived from
them (each SMA's years, the one in force on a date, its first and last day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.text import content_words
from bot.understand.normalize import NUMBER_WORDS
from bot.figures import POSITIONS, FigureRecord, FigureTable
from bot.understand.parse import AgreementRef, Frame


@dataclass(frozen=True)
class Agreement:
    number: int
    first_year: int
    last_year: int
    term: FigureRecord

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    @property
    def length(self) -> str:
        """'six years', 'one year': the term in words (a count the sources imply, not a figure they state)."""
        n = len(self.years)
        word = next((w for w, v in NUMBER_WORDS.items() if v == n), str(n))
        return f"{word} year{'s' if n != 1 else ''}"

    @property
    def covers(self) -> str:
        """'2026–2030', or 'only 2019' for a one-year agreement."""
        return f"{self.first_year}–{self.last_year}" if self.last_year > self.first_year else f"only {self.first_year}"

    @property
    def starts(self) -> dt.date:
        return dt.date(self.first_year, 1, 1)

    @property
    def ends(self) -> dt.date:
        return dt.date(self.last_year, 12, 31)


def is_alternative(record: FigureRecord) -> bool:
    """A second source's disagreeing value (the figures file names these `-alt`)."""
    return record.figure.id.endswith("-alt")


class Facts:
    """Lookups on the figures table; everything a plan needs from the table goes through here."""

    def __init__(self, table: FigureTable) -> None:
        self.table = table
        self.agreements: dict[int, Agreement] = {}
        for record in table.records:
            f = record.figure
            if f.measure == "term" and f.sma and f.years():
                years = f.years()
                self.agreements[f.sma] = Agreement(f.sma, years[0], years[-1], record)

        # each source a record cites, by the words of its title and publisher
        self._cited = {frozenset(content_words(f"{evidence.title} {evidence.publisher or ''}"))
                       for record in table.records for evidence in record.evidence}

    def cites(self, words: frozenset[str]) -> bool:
        """Whether a source some record cites is named by these words: its title or publisher has most of them, a
        year aside ("the 2019 yonhap report"; not "the honolulu wire story", though a record cites a wire story)."""
        named = {word for word in words if word.isalpha()}
        return any(2 * len(named & said) > len(named) for said in self._cited)

    # -- agreements -------------------------------------------------------------------------------
    def agreement_for_year(self, year: int) -> Agreement | None:
        return next((a for a in self.agreements.values() if year in a.years), None)

    def current_agreement(self, today: dt.date) -> Agreement | None:
        """The SMA covering today's year, else the latest one that has started."""
        covering = self.agreement_for_year(today.year)
        started = [a for a in self.agreements.values() if a.first_year <= today.year]
        return covering or (max(started, key=lambda a: a.number) if started else None)

    def agreements_named(self, ref: AgreementRef | None, today: dt.date, years: list[int]) -> list[Agreement]:
        """The agreements a reference can mean: one, or several when it is ambiguous ("the five-year deal")."""
        if ref is None:
            return []
        if ref.number is not None:
            return [self.agreements[ref.number]] if ref.number in self.agreements else []
        if ref.ends_in is not None:
            return [a for a in self.agreements.values() if a.last_year == ref.ends_in]
        if ref.of_year is not None:  # "the 2021 deal": signed that year, else the one in force that year
            signed = [a for a in self.agreements.values()
                      if (step := self.primary("signed", agreement=a.number)) and step.figure.year == ref.of_year]
            return signed or [a for a in [self.agreement_for_year(ref.of_year)] if a]
        if ref.covers is not None:  # the agreement of exactly those years, else the one those years fall within
            first, last = ref.covers
            exact = [a for a in self.agreements.values() if (a.first_year, a.last_year) == (first, last)]
            return exact or [a for a in self.agreements.values() if a.first_year <= first and last <= a.last_year]
        if ref.term_years and years and (covering := [a for a in self.agreements.values() if len(
                a.years) == ref.term_years and any(y in a.years for y in years)]):
            return covering  # "the last year of the old five-year agreement, 2018": the five-year one with 2018
        if ref.relative and ref.position in ("first", "last") and years and len(ends := [
                a for a in self.agreements.values() if (a.first_year if ref.position == "first" else a.last_year)
                in years]) == 1:
            return ends  # "in 2018, the last year of the old deal": the deal 2018 ended, not the one before today's
        if ref.before_furlough and not years and (furlough := self.primary("furlough_start")) and furlough.figure.year:
            years = [furlough.figure.year]  # "the old sma, before the furlough": the one before the furlough's year
        if ref.relative:
            # "the previous SMA, before the 2020 furlough"; not "the current SMA's first year, against 2021's"
            if years and ref.relative in ("previous", "current") and not ref.position:
                earlier = [a for a in self.agreements.values() if a.last_year < min(years)]
                if ref.relative == "previous":
                    return [max(earlier, key=lambda a: a.number)] if earlier else []
                covering = self.agreement_for_year(min(years))
                return [covering] if covering else []
            current = self.current_agreement(today)
            if current is None:
                return []
            if ref.relative == "previous" and ref.term_years and (earlier := [
                    a for a in self.agreements.values() if a.number < current.number and len(a.years) == ref.term_years]):
                return [max(earlier, key=lambda a: a.number)]  # "the previous five-year deal": the 9th SMA
            wanted = {"current": current.number, "previous": current.number - 1, "next": current.number + 1}[ref.relative]
            return [self.agreements[wanted]] if wanted in self.agreements else []
        matches = [a for a in self.agreements.values() if len(a.years) == ref.term_years]
        covering = [a for a in matches if any(y in a.years for y in years)]
        return covering or matches

    def years_asked(self, frame: Frame, agreements: list[Agreement]) -> list[int]:
        """Years named in the question, plus "the first/last year of" an agreement."""
        years = frame.year_values
        ref = frame.agreement
        if ref and ref.position and len(agreements) == 1:
            span = list(agreements[0].years)
            around = {"before": [span[0] - 1], "after": [span[-1] + 1]}
            years = [*years, *around.get(ref.position, span[: ref.position_years] if ref.position == "first"
                                         else span[-ref.position_years:])]
        if frame.span:
            years = list(range(frame.span[0], frame.span[1] + 1))
        return list(dict.fromkeys(years))

    # -- records ----------------------------------------------------------------------------------
    def records(self, measure: str, *, agreement: int | None = None, year: int | None = None,
                unit: str | None = None) -> list[FigureRecord]:
        found = []
        for record in self.table.records:
            f = record.figure
            if f.measure != measure or (unit and f.unit != unit):
                continue
            if agreement is not None and f.sma is not None and f.sma != agreement:
                continue
            if agreement is not None and f.sma is None and agreement in self.agreements and not (
                    set(f.years()) & set(self.agreements[agreement].years)):
                continue
            if year is not None and year not in f.years() and not (
                    (not f.years() or f.measure in POSITIONS) and f.as_of and f.as_of.year == year):
                continue
            found.append(record)
        # a record about exactly that year before one about a period; primary sources before alternatives
        return sorted(found, key=lambda r: (len(r.figure.years()) != 1, is_alternative(r)))

    def primary(self, measure: str, **where) -> FigureRecord | None:
        found = self.records(measure, **where)
        return found[0] if found else None

    def payment(self, year: int, unit: str = "KRW") -> FigureRecord | None:
        """The recorded payment for exactly that year (not a period average)."""
        found = [r for r in self.records("payment", year=year, unit=unit) if r.figure.year == year]
        return found[0] if found else None

    def alternatives(self, record: FigureRecord) -> list[FigureRecord]:
        """Other records of the same measure, year and unit that give a different value."""
        f = record.figure
        return [r for r in self.records(f.measure, year=f.year, unit=f.unit)
                if r.figure.year == f.year and r.figure.value != f.value and r is not record] if f.year else []

    def latest(self, measure: str, unit: str | None = None, on_or_before: int | None = None) -> FigureRecord | None:
        """The most recent record of a measure (by its year, then as-of date)."""
        found = [r for r in self.records(measure, unit=unit)
                 if on_or_before is None or (r.figure.years() and r.figure.years()[0] <= on_or_before)]
        found = [r for r in found if not is_alternative(r)] or found
        key = lambda r: (max(r.figure.years(), default=0), r.figure.as_of or dt.date.min)  # noqa: E731
        return max(found, key=key) if found else None

    def increase_rule(self, agreement: int) -> FigureRecord | None:
        return self.primary("increase_rule", agreement=agreement)

    def event_date(self, measure: str, agreement: Agreement | None) -> tuple[dt.date, FigureRecord] | None:
        """A dated event: a record's date, or an agreement's first or last day derived from its term."""
        if measure in ("term_end", "term_start") and agreement is not None:
            return (agreement.ends if measure == "term_end" else agreement.starts), agreement.term
        record = self.primary(measure, agreement=agreement.number if agreement else None)
        if record is None or record.figure.date is None:
            return None
        return record.figure.date, record
