"""When a Russian federal (constitutional) law enters into force.

Federal Law of 14 June 1994 No. 5-FZ, art. 6: federal constitutional laws and federal laws enter into force
simultaneously throughout the Russian Federation upon the expiry of ten days after the day of their official
publication, unless the law itself sets another order. Counting starts the day after publication, so a law
published on 29 December is in force from 9 January — the counting confirmed by FKZ of 23.07.2025 No. 1-FKZ,
reported in force on 3 August 2025.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import NationalLaw, Source
from exequatur.law.reasoning import Context, FactUse, Node, Provision

FZ_5_SOURCE = Source(
    id="rus-5-fz-paraphrase",
    url="https://kakprosto.ru/kak-880947-kak-schitat-vremya-vstupleniya-zakonov-v-polnuyu-silu",
    title="Как считать время вступления законов в полную силу (paraphrase of Federal Law No. 5-FZ, art. 6)",
)

ART_6_5_FZ = Provision(
    id="rus/5-fz/art-6",
    order="domestic",
    state="RUS",
    instrument="Federal Law of 14 June 1994 No. 5-FZ on the publication and entry into force of federal laws",
    article="art. 6",
    text="Federal constitutional laws, federal laws and acts of the chambers of the Federal Assembly enter into force "
    "simultaneously throughout the territory of the Russian Federation upon the expiry of ten days after the day of "
    "their official publication, unless the laws or acts themselves establish another procedure.",
    text_original="Федеральные конституционные законы, федеральные законы, акты палат Федерального Собрания вступают "
    "в силу одновременно на всей территории Российской Федерации по истечении десяти дней после дня их официального "
    "опубликования, если самими законами или актами палат не установлен другой порядок вступления их в силу.",
    source=FZ_5_SOURCE,
    in_force_from=dt.date(1994, 6, 14),
    note="English and Russian wording reconstructed from secondary paraphrases; the official text was not read.",
)

TEN_DAYS = dt.timedelta(days=10)
DEFAULT_CLAUSE = "ten days after official publication"


def entry_into_force(ctx: Context, law: NationalLaw) -> tuple[dt.date | None, Node]:
    """The law's entry into force: the date a source states (``in_force``); else, by 5-FZ art. 6, the day after ten
    full days from official publication — the rule for every federal (constitutional) law unless the law sets another
    order, which is taken to be the case only where the law's own clause is recorded and says something else.
    Returns (the date or None where it cannot be told, the explanation node)."""
    if law.in_force:
        sources = ctx.kb.source_records(law.in_force_sources or law.sources)
        use = ctx.fact(f"law:{law.id}:in-force", f"{law.title_en} entered into force on {law.in_force.isoformat()}",
                       law.in_force, sources, (law.in_force,), law.assumed)
        return law.in_force, Node(f"In force from {law.in_force.isoformat()}", True, facts=(use,))
    if law.published and law.in_force_clause in (None, DEFAULT_CLAUSE):
        start = law.published + TEN_DAYS + dt.timedelta(days=1)
        clause = (f"; it enters into force {law.in_force_clause}" if law.in_force_clause else
                  "; no date of entry into force of its own is recorded for it")
        published = ctx.record(f"law:{law.id}:published", f"{law.title_en} was officially published on "
                               f"{law.published.isoformat()}{clause}", law.published, law, (start,))
        return start, Node(f"In force from {start.isoformat()}: ten days after official publication on "
                           f"{law.published.isoformat()} expire at the end of "
                           f"{(start - dt.timedelta(days=1)).isoformat()}", True, ART_6_5_FZ, (published,))
    why = (f"sets its own entry into force ({law.in_force_clause}), and the date is not recorded" if law.published
           else "has no recorded date of official publication, from which its entry into force would run")
    unknown: FactUse = ctx.record(f"law:{law.id}:in-force-unknown", f"{law.title_en} {why}", None, law,
                                  tuple(d for d in (law.published,) if d))
    return None, Node("Entry into force not confirmed", None, facts=(unknown,))
