"""English month names and their abbreviations, as one regex alternation shared by every stage that reads dates
("as of June 2023", "Law no. 10 of 26 February 2016"). A leaf module: the year readers import it without cycles."""

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?"
    r"|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)"
)
