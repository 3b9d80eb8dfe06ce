"""One-off import of the sourced reference tables in ``../shared/reference`` into the bundled knowledge base.

Why a script and not a runtime step: the knowledge base inside the package is the source of truth users get,
and it is reviewed and edited by hand after import (facts confirmed later, facts left out). The script is kept so
the import can be repeated and audited; it is never run at run time or test time.

Rules it follows (the project's standard, "no fact without a source"):
- only dates present in a table cell are imported; values the tables mark UNVERIFIED only in a note are not;
- every event carries the row's sources; entry-into-force dates that the tables do not show are *not*
  computed here — the law layer derives them (Rome Statute art. 126(2)) from the sourced deposit date.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

REF = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "src/exequatur/data")

KNOWN_TITLES = {
    "https://github.com/zmjones/untreaties/blob/master/treaties/18-10.csv":
        "UN Treaty Collection, status of treaty XVIII-10 (Rome Statute), archived scrape in zmjones/untreaties",
    "https://github.com/onofreicl/ethos/blob/14c796c0d9e679f6b62ea1aebd5cb519bdfe9baf/docs/empathy/countries.md":
        "List of UN member states with admission dates (GitHub onofreicl/ethos, countries.md)",
    "https://worldometers.info/united-nations": "Worldometer: United Nations member states with admission dates",
    "https://docslib.org/download/11011037/1974-appendices": "Yearbook of the United Nations 1974, Appendix I: Roster of the United Nations",
    "http://fr.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/3": "UN document 'United Nations Member States' (French edition, Wikisource transcription), p. 3",
    "https://fr.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/5": "UN document 'United Nations Member States' (French edition, Wikisource transcription), p. 5",
    "https://en.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/6": "UN document 'United Nations Member States' (Wikisource transcription), p. 6",
    "https://nz.ecotaf.net/2054-council-of-europe.html": "Council of Europe member states with accession dates (copy of Wikipedia table)",
    "https://encycloreader.org/r/wikipedia.php?q=Member_states_of_the_Council_of_Europe": "Wikipedia: Member states of the Council of Europe (encycloreader copy)",
    "https://europeancourt.org/nl/documenten/raad-van-europa/europees-verdrag-voor-de-rechten-van-de-mens": "CoE treaty chart for ETS 005 as reproduced on europeancourt.org (Dutch page)",
    "https://europeancourt.org/sq/dokumentet/k%c3%abshilli-i-evrop%c3%abs/konventa-evropiane-p%c3%abr-t%c3%ab-drejtat-e-njeriut": "CoE treaty chart for ETS 005 as reproduced on europeancourt.org (Albanian page)",
    "https://fr.m.wikisource.org/wiki/%C3%89tats_Membres_de_l%E2%80%99ONU_(2006)": "UN press release ORG/1469 of 3 July 2006, Member States of the UN (French, Wikisource transcription)",
    "https://wiki2.org/en/Member_states_of_the_United_Nations": "Wikipedia: Member states of the United Nations (wiki2 copy)",
}


def title_for(url: str) -> str:
    """A readable title for a URL the tables cite without one: publisher host and the page's own slug."""
    if url in KNOWN_TITLES:
        return KNOWN_TITLES[url]
    parsed = urlparse(url)
    host = parsed.netloc.removeprefix("www.")
    slug = unquote(parsed.path.rstrip("/").split("/")[-1] or parsed.query or host)
    slug = re.sub(r"\.(html?|aspx|php|amp)$", "", slug)
    slug = re.sub(r"[-_+]+", " ", slug).strip()
    return f"{host}: {slug}" if slug and slug != host else host


class Sources:
    """Registry of cited pages, one id per URL, so records cite sources by id."""

    def __init__(self) -> None:
        self.by_url: dict[str, str] = {}
        self.records: list[dict] = []

    def ids(self, cell: str) -> list[str]:
        out = []
        for url in (u.strip() for u in cell.split(" ; ")):
            if not url:
                continue
            if url not in self.by_url:
                host = urlparse(url).netloc.removeprefix("www.").split(".")[0]
                sid = f"{host}-{len(self.records) + 1}"
                self.by_url[url] = sid
                self.records.append({"id": sid, "url": url, "title": title_for(url)})
            out.append(self.by_url[url])
        return out


def rows(name: str) -> list[dict]:
    with open(REF / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def event(state: str, instrument: str, kind: str, date: str, sources: list[str], note: str = "", **extra) -> dict:
    rec = {"state": state, "instrument": instrument, "event": kind, "date": dt.date.fromisoformat(date)}
    rec.update({k: v for k, v in extra.items() if v})
    rec["sources"] = list(sources)
    if note:
        rec["note"] = note
    return rec


def main() -> None:
    src = Sources()
    states: list[dict] = []
    participation: list[dict] = []

    for r in rows("un_members.csv"):
        sids = src.ids(r["source_url"])
        states.append({"id": r["iso3"], "name": r["state_name"], "sources": sids})
        if r["admitted"]:
            participation.append(event(r["iso3"], "un-charter", "admission", r["admitted"], sids, r["note"]))
    states.append({
        "id": "XKX", "name": "Kosovo", "sources": src.ids("https://wiki2.org/en/Member_states_of_the_United_Nations"),
        "note": "XKX is a user-assigned code: Kosovo has no ISO 3166-1 code; not a UN member",
    })

    for r in rows("rome_statute_status.csv"):
        sids = src.ids(r["source_url"])
        iso, note = r["iso3"], r["note"]
        kind = re.search(r"instrument type: (\w+)", note)
        if r["signed"]:
            participation.append(event(iso, "rome-statute", "signature", r["signed"], sids))
        if r["ratified_or_acceded"]:
            itype = kind.group(1) if kind else ("accession" if "accession" in note else "ratification")
            participation.append(event(iso, "rome-statute", "succession" if itype == "succession" else "deposit",
                                       r["ratified_or_acceded"], sids, note, instrument_type=itype))
        if r["entry_into_force"]:
            participation.append(event(iso, "rome-statute", "entry-into-force", r["entry_into_force"], sids))
        if r["signature_withdrawn"]:
            participation.append(event(iso, "rome-statute", "signature-withdrawn", r["signature_withdrawn"], sids, note))
        if r["withdrawal_notified"]:
            participation.append(event(iso, "rome-statute", "withdrawal-notified", r["withdrawal_notified"], sids, note))
        if r["withdrawal_effective"]:
            participation.append(event(iso, "rome-statute", "withdrawal-effective", r["withdrawal_effective"], sids))

    for r in rows("coe_echr_membership.csv"):
        sids = src.ids(r["source_url"])
        iso, note = r["iso3"], r["note"]
        if r["coe_joined"]:
            participation.append(event(iso, "coe-statute", "membership", r["coe_joined"], sids, note))
        if r["echr_ratified"]:
            participation.append(event(iso, "echr", "deposit", r["echr_ratified"], sids, instrument_type="ratification"))
        if r["echr_entry_into_force"]:
            participation.append(event(iso, "echr", "entry-into-force", r["echr_entry_into_force"], sids))
        if r["left_or_expelled"]:
            kind = "expulsion" if iso == "RUS" else "withdrawal-effective"
            participation.append(event(iso, "coe-statute", kind, r["left_or_expelled"], sids, note))
        if r["echr_ceased"]:
            participation.append(event(iso, "echr", "ceased", r["echr_ceased"], sids))

    OUT.mkdir(parents=True, exist_ok=True)
    dump = {"sort_keys": False, "allow_unicode": True, "width": 120}
    (OUT / "states.yaml").write_text(yaml.safe_dump(states, **dump), encoding="utf-8")
    (OUT / "participation.yaml").write_text(yaml.safe_dump(participation, **dump), encoding="utf-8")
    (OUT / "sources.yaml").write_text(yaml.safe_dump(src.records, **dump), encoding="utf-8")
    (OUT / "_warrant_rows.yaml").write_text(yaml.safe_dump(
        [dict(r, sources=src.ids(r.pop("source_url"))) for r in rows("icc_warrants.csv")], **dump), encoding="utf-8")
    (OUT / "_situation_rows.yaml").write_text(yaml.safe_dump(
        [dict(r, sources=src.ids(r.pop("source_url"))) for r in rows("icc_situations.csv")], **dump), encoding="utf-8")
    (OUT / "sources.yaml").write_text(yaml.safe_dump(src.records, **dump), encoding="utf-8")
    print(f"{len(states)} states, {len(participation)} events, {len(src.records)} sources")


if __name__ == "__main__":
    main()
