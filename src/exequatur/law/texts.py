"""Where the encoded provisions' texts were read. Each provision cites one of these pages.

The treaty texts were read in the English texts of the Dutch government treaty database, as converted in the
public repository statengeneraal/laws-markdown; Security Council texts in the copies named per resolution.
"""

from __future__ import annotations

from exequatur.facts.model import Source

_LAWS_MD = "https://github.com/statengeneraal/laws-markdown/blob/"

ROME_STATUTE_TEXT = Source(
    id="text-rome-statute",
    url=_LAWS_MD + "a96ab4406e914f61b6111535316fd521ac3146cb/verdrag/rome/statute/of/the/international/criminal/"
    "court/BWBV0001489/README.md",
    title="Rome Statute of the International Criminal Court, English text (Dutch treaty database BWBV0001489)",
)
ECHR_TEXT = Source(
    id="text-echr",
    url=_LAWS_MD + "527d5ccf84515eec46af55dd91ffc9060dea337b/verdrag/convention/for/the/protection/of/human/rights/"
    "and/fundamental/freedoms/BWBV0001000/README.md",
    title="Convention for the Protection of Human Rights and Fundamental Freedoms, consolidated English text "
    "(Dutch treaty database BWBV0001000)",
)
UN_CHARTER_TEXT = Source(
    id="text-un-charter",
    url=_LAWS_MD + "58793364f63351efcd28a56bfda733a57145f08e/verdrag/charter/of/the/united/nations/BWBV0004143/"
    "README.md",
    title="Charter of the United Nations, English text (Dutch treaty database BWBV0004143)",
)
VCLT_TEXT = Source(
    id="text-vclt",
    url=_LAWS_MD + "445bbeaa6a976cf7f1f82e2553763ad59b0e4b73/verdrag/vienna/convention/of/the/law/of/treaties/"
    "BWBV0003441/README.md",
    title="Vienna Convention on the Law of Treaties, English text (Dutch treaty database BWBV0003441)",
)
ICC_AC_JORDAN_2019 = (
    Source(
        id="icc-ac-jordan-2019",
        url="https://assets.documentcloud.org/documents/5991038/CR2019-02593.txt",
        title="ICC Appeals Chamber, Judgment in the Jordan Referral re Al-Bashir Appeal, 6 May 2019 "
        "(ICC-02/05-01/09-397), text of the court record",
        authority="ICC Appeals Chamber, ICC-02/05-01/09-397 (court record CR2019_02593), 6 May 2019",
        verbatim=True,
    ),
    Source(
        id="icc-ac-jordan-2019-asil",
        url="https://asil.org/ILIB/icc-confirms-jordan-was-required-arrest-al-bashir-reverses-referral-assembly-states-"
        "parties-may",
        title="ASIL International Law in Brief: ICC confirms Jordan was required to arrest Al-Bashir (6 May 2019)",
    ),
)
ICC_PTC_MONGOLIA_2024 = (
    Source(
        id="icc-ptc-mongolia-2024",
        url="https://ukrinform.net/rubric-polytics/3919746-mongolia-failed-to-cooperate-in-putins-arrest-icc-pretrial-"
        "chamber.html",
        title="Ukrinform, quoting the ICC's press release: Pre-Trial Chamber II found on 24 October 2024 that Mongolia "
        "failed to comply with the Court's request to arrest and surrender Mr Putin (art. 87(7))",
    ),
    Source(
        id="icc-ptc-mongolia-2024-mirage",
        url="https://miragenews.com/icc-mongolia-failed-in-putin-arrest-matter-1343864",
        title="ICC press release of 24 October 2024 on Mongolia's non-compliance, as republished by Mirage News",
    ),
)
