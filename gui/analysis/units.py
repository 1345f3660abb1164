"""The unit of an amount: a currency before it ("Rp", "US$", "€"), a measure named before
it ("magnitudo 6,2", "M 6.1"), or a percent, currency or measure after it ("persen", "dolar
AS", "km", "dua pekan" = 14 days), with the factor that brings the amount to that unit.

Units are a currency (an ISO code, "IDR"), "%" or "pp", or a measure in one unit per kind
(``numbers.json`` ``measures``).
"""

from __future__ import annotations

from gui.analysis.quantity_context import Amount, QuantityContext

_ISO_CODE_LEN = 3


def currency_prefix(ctx: QuantityContext, j: int) -> tuple[str, int] | None:
    """A currency written before an amount at piece j ("Rp", "US$", "€", "IDR"), and the
    piece after it."""
    toks, nw = ctx.pieces, ctx.nw
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "s":
        code = nw.currency_symbols.get(t.text)
        return (code, j + 1) if code else None
    if t.kind != "w":
        return None
    if (
        t.low in nw.dollar_prefixes
        and t.text[:1].isupper()
        and j + 1 < len(toks)
        and toks[j + 1].text == "$"
        and toks[j + 1].start == t.end
    ):
        return nw.dollar_prefixes[t.low], j + 2
    m = nw.currency_prefixes.match(toks, j)
    if m is None or not t.text[:1].isupper():
        return None
    # Three-letter codes are written in capitals; "try" and "rub" are also words.
    if len(t.low) == _ISO_CODE_LEN and not t.text.isupper():
        return None
    return m


def measure_prefix(ctx: QuantityContext, j: int) -> tuple[str, int] | None:
    """A measure named before its amount ("magnitudo 6,2", "M 6.1", "magnitude-6.2"), and
    where the amount starts; a lone "m" only as the capital "M" right before digits."""
    toks = ctx.pieces
    m = ctx.nw.measure_prefixes.match(toks, j)
    if m is not None and m[1] + 1 < len(toks) and toks[m[1]].text == "-" and toks[j].low != "m":
        m = (m[0], m[1] + 1)  # "magnitude-6.2": the hyphen joins name and amount
    if m is None or m[1] >= len(toks) or toks[m[1]].kind != "n":
        return None
    if m[1] == j + 1 and toks[j].low == "m" and toks[j].text != "M":
        return None
    return m


def unit_after(ctx: QuantityContext, k: int, currency: str, a: Amount) -> tuple[str, int, float]:
    """A percent, currency or measure after the amount, the piece after it, and the factor
    that brings the amount to the unit ("dua pekan" is 14 days); a currency before wins."""
    toks, nw = ctx.pieces, ctx.nw
    if currency:
        m = nw.currency_words.match(toks, k)
        if m is not None and m[0] == currency:
            k = m[1]  # "Rp 5 juta rupiah"
        return currency, k, 1.0
    if a.head:
        glued = nw.measures.get((a.head.split("-")[0].lower(),))
        if glued is not None and len(a.head.split()) == 1:
            measure, factor = glued
            return measure, k, factor  # "20km", "5-year"
        return "", k, 1.0
    m = nw.percent_points.match(toks, k)
    if m is not None:
        return "pp", m[1], 1.0
    m = nw.percent.match(toks, k)
    if m is not None:
        return "%", m[1], 1.0
    if k < len(toks) and toks[k].kind == "s" and toks[k].text in nw.currency_symbols:
        return nw.currency_symbols[toks[k].text], k + 1, 1.0
    if k < len(toks) and (toks[k].kind == "w" or toks[k].text == "°"):  # "45 °C"
        found = nw.measures.match(toks, k)
        if found is not None and toks[k].text != "Minggu":
            # Capitalised, "Minggu" is Sunday; "5 minggu" is five weeks.
            (measure, factor), end = found
            return measure, end, factor
        if "-" in toks[k].low:
            # "2,891 metre-high", "700-metre-deep": the unit leads a compound adjective.
            glued = nw.measures.get((toks[k].low.split("-")[0],))
            if glued is not None:
                measure, factor = glued
                return measure, k + 1, factor
    j = k
    qualifier = None
    if ctx.language == "en":
        if a.vague and j < len(toks) and toks[j].low == "of":
            j += 1  # "millions of dollars"
        qualifier = nw.currency_qualifiers.match(toks, j)  # "US dollars"
        if qualifier is not None:
            j = qualifier[1]
    m = nw.currency_words.match(toks, j)
    if m is None:
        return "", k, 1.0
    code, k = m
    if qualifier is not None:
        code = qualifier[0]
    elif ctx.language != "en":
        q = nw.currency_qualifiers.match(toks, k)  # "dolar AS", "dolar Singapura"
        if q is not None and (toks[k].text[:1].isupper()):
            code, k = q
    return code, k, 1.0
