"""Event types and the facts a report of each can state, with sentence templates per language.

A template is a sentence with slots. ``{v}`` takes the fact's value phrase (a number, amount
or date as :mod:`tests.synth.render` writes it); a slot named after a fact key (``{dead}``)
does the same in a sentence carrying two facts; every other slot (``{place}``, ``{agency}``,
``{ev}``...) takes a name of the corpus's cast. A template starting with ``~`` also reads well
with an order-of-magnitude phrase ("puluhan", "dozens of") because the counted noun follows
the slot. Statement facts have no value slot: they carry separate templates for the plain,
the negated (conflicting) and the hedged (partial) telling.
"""

# ruff: noqa: E501  (sentence templates read best unbroken)

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FactSpec:
    key: str
    kind: str  # "quantity" | "date" | "statement"
    label: str
    form: str  # quantity: small|large|idr|usd|decimal; date: day|month; statement: ""
    low: float = 0  # quantity: value range; day: days after the event; month: months before
    high: float = 0
    step: float = 1  # quantity granularity
    id: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    id_negated: tuple[str, ...] = ()  # statements only
    en_negated: tuple[str, ...] = ()
    id_hedged: tuple[str, ...] = ()
    en_hedged: tuple[str, ...] = ()
    headline: tuple[str, str] = ("", "")  # headline fragment with {v}, per language
    hedge: bool = True  # "sedikitnya"/"sekitar" reads naturally before this count

    def templates(self, lang: str, variant: str = "plain") -> tuple[str, ...]:
        suffix = {"plain": "", "negated": "_negated", "hedged": "_hedged"}[variant]
        return tuple(getattr(self, f"{lang}{suffix}"))


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    ev: tuple[str, str]  # how prose names the event: (Indonesian, English)
    headlines: tuple[tuple[str, ...], tuple[str, ...]]  # without a number; per language
    leads: tuple[tuple[str, ...], tuple[str, ...]]  # opening sentence without numbers or dates
    facts: tuple[FactSpec, ...]
    family: str  # "disaster" | "political": which commentary suits it
    pairs: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=dict
    )  # two facts in one sentence, per language


def Q(
    key: str,
    label: str,
    form: str,
    low: float,
    high: float,
    step: float,
    id: tuple[str, ...],
    en: tuple[str, ...],
    headline: tuple[str, str] = ("", ""),
    hedge: bool = True,
) -> FactSpec:
    return FactSpec(
        key, "quantity", label, form, low, high, step, id, en, headline=headline, hedge=hedge
    )


def D(
    key: str,
    label: str,
    form: str,
    low: float,
    high: float,
    id: tuple[str, ...],
    en: tuple[str, ...],
) -> FactSpec:
    return FactSpec(key, "date", label, form, low, high, 1, id, en)


def S(
    key: str,
    label: str,
    id: tuple[str, ...],
    en: tuple[str, ...],
    negated: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    hedged: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> FactSpec:
    return FactSpec(
        key,
        "statement",
        label,
        "",
        id=id,
        en=en,
        id_negated=negated[0],
        en_negated=negated[1],
        id_hedged=hedged[0],
        en_hedged=hedged[1],
    )


# ---- facts every disaster report may carry --------------------------------------------------

DEAD = Q(
    "dead",
    "people killed",
    "small",
    4,
    140,
    1,
    id=(
        "~{v} orang meninggal dunia akibat {ev} tersebut.",
        "~{agency} mencatat {v} warga tewas dalam peristiwa itu.",
        "Jumlah korban meninggal akibat {ev} mencapai {v} orang, kata {chief}.",
        "Korban jiwa akibat {ev} bertambah menjadi {v} orang.",
    ),
    en=(
        "~{v} people were killed in {ev}, {agency} said.",
        "The death toll from {ev} rose to {v}, according to {chief}.",
    ),
    headline=("{v} Orang Tewas", "{v} Dead"),
)
INJURED = Q(
    "injured",
    "people injured",
    "small",
    12,
    480,
    1,
    id=(
        "~{v} orang lainnya mengalami luka-luka.",
        "~Petugas mencatat {v} warga terluka dan dirawat di rumah sakit setempat.",
        "Jumlah korban luka mencapai {v} orang, menurut {agency}.",
    ),
    en=(
        "~{v} others were injured.",
        "~Hospitals in {place} treated {v} injured residents, {chief} said.",
    ),
)
MISSING = Q(
    "missing",
    "people missing",
    "small",
    2,
    60,
    1,
    id=(
        "~{v} orang masih dinyatakan hilang.",
        "~{sar} masih mencari {v} warga yang hilang.",
        "Jumlah korban yang belum ditemukan tercatat {v} orang.",
    ),
    en=("~{v} people remain missing.", "~Rescuers were still searching for {v} missing people."),
)
EVACUATED = Q(
    "evacuated",
    "people evacuated",
    "large",
    900,
    28000,
    100,
    id=(
        "~{v} warga telah dievakuasi ke tempat yang lebih aman.",
        "~Petugas gabungan mengevakuasi {v} warga dari {district}.",
        "Jumlah warga yang mengungsi mencapai {v} jiwa, menurut {agency}.",
        "~Evakuasi terhadap {v} warga terus dilakukan hingga malam.",
    ),
    en=(
        "~Authorities evacuated {v} residents from {district}.",
        "~{v} people have been displaced and are staying in shelters.",
    ),
    headline=("{v} Warga Mengungsi", "{v} Evacuated"),
)
HOUSES = Q(
    "houses",
    "houses damaged",
    "large",
    120,
    6000,
    10,
    id=(
        "~{v} rumah rusak akibat {ev}.",
        "~{agency} mendata {v} unit rumah mengalami kerusakan.",
        "Jumlah rumah yang rusak tercatat {v} unit.",
    ),
    en=(
        "~{v} houses were damaged, {agency} said.",
        "~The disaster agency recorded {v} damaged homes.",
    ),
)
AID = Q(
    "aid",
    "aid disbursed",
    "idr",
    3e8,
    1.5e10,
    1e8,
    id=(
        "Pemerintah menyalurkan bantuan senilai {v} untuk para korban.",
        "{minister} mengumumkan bantuan sebesar {v} bagi warga terdampak.",
    ),
    en=(
        "The government disbursed aid worth {v} to victims.",
        "{minister} announced {v} in aid for affected residents.",
    ),
)
CONFIRMED = D(
    "confirmed",
    "toll officially confirmed",
    "day",
    0,
    1,
    id=(
        "{agency} mengonfirmasi data korban secara resmi {v}.",
        "Data korban baru dikonfirmasi {chief} {v}.",
    ),
    en=("{agency} confirmed the casualty figures {v}.",),
)
AID_ARRIVED = D(
    "aid_arrived",
    "first aid arrived",
    "day",
    1,
    3,
    id=(
        "Bantuan logistik pertama tiba di lokasi {v}.",
        "Bantuan dari {minister} sampai di {place} {v}.",
    ),
    en=("The first aid shipment arrived {v}.",),
)
EMERGENCY = S(
    "emergency",
    "state of emergency declared",
    id=(
        "{regent} menetapkan status tanggap darurat bencana di wilayahnya.",
        "Pemerintah setempat resmi memberlakukan status tanggap darurat, kata {regent}.",
    ),
    en=("{regent} declared a state of emergency in the regency.",),
    negated=(
        (
            "{regent} belum menetapkan status tanggap darurat bencana di wilayahnya.",
            "{regent} menegaskan pemerintah tidak memberlakukan status tanggap darurat.",
        ),
        ("{regent} has not declared a state of emergency in the regency.",),
    ),
    hedged=(
        ("{regent} dikabarkan telah menetapkan status tanggap darurat bencana di wilayahnya.",),
        ("{regent} reportedly declared a state of emergency in the regency.",),
    ),
)

_DEATH_PAIRS = {
    ("dead", "injured"): (
        ("~{dead} orang tewas dan {injured} lainnya luka-luka akibat {ev} itu.",),
        ("~{dead} people were killed and {injured} others were injured in {ev}.",),
    ),
    ("dead", "missing"): (
        (
            "~Sejauh ini {dead} orang ditemukan meninggal, sementara {missing} lainnya masih hilang.",
        ),
        ("~{dead} people have been confirmed dead and {missing} others are still missing.",),
    ),
}

EARTHQUAKE = EventType(
    family="disaster",
    name="earthquake",
    ev=("gempa", "the earthquake"),
    headlines=(
        ("Gempa Guncang {place}, Warga Panik Berhamburan", "Gempa Kuat Landa {kab}"),
        ("Strong Quake Hits {place}", "Earthquake Shakes {kab}"),
    ),
    leads=(
        ("Gempa kuat mengguncang {kab}, {prov}, dan membuat warga berhamburan keluar rumah.",),
        ("A strong earthquake shook {kab} in {prov}, sending residents running into the streets.",),
    ),
    facts=(
        DEAD,
        INJURED,
        HOUSES,
        EVACUATED,
        AID,
        CONFIRMED,
        AID_ARRIVED,
        EMERGENCY,
        Q(
            "magnitude",
            "magnitude",
            "decimal",
            4.9,
            7.4,
            0.1,
            id=(
                "Gempa bermagnitudo {v} itu berpusat di {district}.",
                "{geo} mencatat gempa berkekuatan magnitudo {v}.",
            ),
            en=(
                "The magnitude {v} quake was centred in {district}.",
                "{geo} measured the earthquake at magnitude {v}.",
            ),
        ),
        Q(
            "depth",
            "depth in km",
            "small",
            8,
            70,
            1,
            id=("Pusat gempa berada di kedalaman {v} kilometer.",),
            en=("The quake struck at a depth of {v} kilometres.",),
            hedge=False,
        ),
        Q(
            "aftershocks",
            "aftershocks",
            "small",
            6,
            90,
            1,
            id=("~{geo} mencatat {v} kali gempa susulan.",),
            en=("~{geo} recorded {v} aftershocks.",),
        ),
        D(
            "start",
            "quake struck",
            "day",
            0,
            0,
            id=("Gempa mengguncang {kab} {v}.", "Guncangan gempa dirasakan warga {kab} {v}."),
            en=("The earthquake struck {kab} {v}.",),
        ),
        S(
            "tsunami",
            "no tsunami threat",
            id=(
                "{geo} memastikan gempa tersebut tidak berpotensi tsunami.",
                "Menurut {geo}, gempa itu tidak memicu tsunami.",
            ),
            en=("{geo} said the quake did not trigger a tsunami.",),
            negated=(
                ("{geo} sempat menyatakan gempa tersebut memicu tsunami kecil.",),
                ("{geo} said the quake triggered a small tsunami.",),
            ),
        ),
    ),
    pairs=_DEATH_PAIRS,
)

FLOOD = EventType(
    family="disaster",
    name="flood",
    ev=("banjir", "the flood"),
    headlines=(
        ("Banjir Bandang Terjang {place}", "Tanggul Jebol, {kab} Terendam Banjir"),
        ("Flash Flood Hits {place}", "Floods Swamp {kab}"),
    ),
    leads=(
        (
            "Banjir bandang menerjang sejumlah desa di {kab}, {prov}, setelah hujan deras mengguyur wilayah itu.",
        ),
        ("Flash floods swept through villages in {kab}, {prov}, after torrential rain.",),
    ),
    facts=(
        DEAD,
        MISSING,
        EVACUATED,
        HOUSES,
        AID,
        CONFIRMED,
        AID_ARRIVED,
        EMERGENCY,
        Q(
            "water_height",
            "water height in cm",
            "small",
            40,
            250,
            10,
            id=("Ketinggian air di {village} mencapai {v} sentimeter.",),
            en=("Water levels in {village} reached {v} centimetres.",),
            hedge=False,
        ),
        Q(
            "villages",
            "villages flooded",
            "small",
            4,
            40,
            1,
            id=("~Banjir merendam {v} desa di {district}.", "~{v} desa terendam banjir."),
            en=("~The flood inundated {v} villages.",),
        ),
        Q(
            "rice_fields",
            "hectares of rice fields flooded",
            "large",
            200,
            9000,
            10,
            id=("~Banjir juga merendam {v} hektare sawah.",),
            en=("~Floodwaters also submerged {v} hectares of rice fields.",),
        ),
        D(
            "start",
            "flood began",
            "day",
            0,
            0,
            id=(
                "Banjir melanda {kab} {v} setelah hujan deras.",
                "Air mulai merendam permukiman warga {v}.",
            ),
            en=("The flood hit {kab} {v} after heavy rain.",),
        ),
        D(
            "dike_built",
            "embankment built",
            "month",
            14,
            60,
            id=("Tanggul Sungai {river} yang jebol itu dibangun {v}.",),
            en=("The {river} river embankment that collapsed was built {v}.",),
        ),
        S(
            "cause",
            "embankment breach caused the flood",
            id=("{agency} menyatakan banjir dipicu jebolnya tanggul Sungai {river}.",),
            en=("{agency} said the flood was caused by a breach in the {river} river embankment.",),
            negated=(
                ("{agency} menyatakan banjir tidak dipicu jebolnya tanggul Sungai {river}.",),
                (
                    "{agency} said the flood was not caused by a breach in the {river} river embankment.",
                ),
            ),
            hedged=(
                ("{agency} menyebut banjir diduga dipicu jebolnya tanggul Sungai {river}.",),
                (
                    "{agency} said the flood was reportedly caused by a breach in the {river} river embankment.",
                ),
            ),
        ),
    ),
    pairs={k: v for k, v in _DEATH_PAIRS.items() if k == ("dead", "missing")},
)

FERRY = EventType(
    family="disaster",
    name="ferry sinking",
    ev=("tenggelamnya kapal {ship}", "the sinking of the {ship}"),
    headlines=(
        ("Kapal {ship} Tenggelam di Perairan {place}", "Tragedi Kapal {ship} di {place}"),
        ("Ferry {ship} Sinks off {place}", "Ferry Disaster off {place}"),
    ),
    leads=(
        ("Kapal penumpang {ship} tenggelam di perairan {district}, {kab}, saat cuaca buruk.",),
        ("The passenger ferry {ship} sank off {district} in {kab} in rough weather.",),
    ),
    facts=(
        DEAD,
        MISSING,
        AID,
        CONFIRMED,
        Q(
            "passengers",
            "passengers on board",
            "small",
            90,
            420,
            1,
            id=("~Kapal {ship} mengangkut {v} penumpang saat tenggelam.",),
            en=("~The {ship} was carrying {v} passengers when it sank.",),
            headline=("Angkut {v} Penumpang", "{v} on Board"),
        ),
        Q(
            "rescued",
            "passengers rescued",
            "small",
            40,
            85,
            1,
            id=("~Tim SAR gabungan berhasil menyelamatkan {v} penumpang.",),
            en=("~Rescuers saved {v} passengers.",),
        ),
        Q(
            "crew",
            "crew",
            "small",
            8,
            30,
            1,
            id=("~Kapal itu diawaki {v} anak buah kapal.",),
            en=("The ferry had a crew of {v}.",),
        ),
        D(
            "start",
            "ferry sank",
            "day",
            0,
            0,
            id=("Kapal {ship} tenggelam di perairan {district} {v}.",),
            en=("The {ship} sank off {district} {v}.",),
        ),
        D(
            "search_end",
            "search called off",
            "day",
            3,
            6,
            id=("Operasi pencarian korban dihentikan {v}.",),
            en=("The search operation was called off {v}.",),
        ),
        D(
            "inspection",
            "last seaworthiness inspection",
            "month",
            3,
            14,
            id=("Kapal itu terakhir menjalani uji kelaikan {v}.",),
            en=("The vessel last passed a seaworthiness inspection {v}.",),
        ),
        S(
            "overloaded",
            "ferry was overloaded",
            id=("{harbour} menyatakan kapal tersebut kelebihan muatan saat berlayar.",),
            en=("{harbour} said the ferry was overloaded when it set sail.",),
            negated=(
                ("{harbour} menyatakan kapal tersebut tidak kelebihan muatan saat berlayar.",),
                ("{harbour} said the ferry was not overloaded when it set sail.",),
            ),
            hedged=(
                ("{harbour} menyebut kapal tersebut diduga kelebihan muatan saat berlayar.",),
                ("{harbour} said the ferry was allegedly overloaded when it set sail.",),
            ),
        ),
    ),
    pairs={k: v for k, v in _DEATH_PAIRS.items() if k == ("dead", "missing")},
)

FACTORY_FIRE = EventType(
    family="disaster",
    name="factory fire",
    ev=("kebakaran", "the fire"),
    headlines=(
        ("Pabrik {company} di {place} Terbakar", "Kebakaran Hebat Landa Pabrik di {place}"),
        ("Fire Guts {company} Factory in {place}", "Factory Blaze in {place}"),
    ),
    leads=(
        ("Kebakaran hebat melanda pabrik tekstil milik {company} di {district}, {kab}.",),
        ("A huge fire tore through a textile factory owned by {company} in {district}, {kab}.",),
    ),
    facts=(
        DEAD,
        INJURED,
        CONFIRMED,
        Q(
            "workers",
            "factory workers",
            "large",
            300,
            6000,
            10,
            id=("~Pabrik milik {company} itu mempekerjakan {v} karyawan.",),
            en=("~The factory, owned by {company}, employs {v} workers.",),
        ),
        Q(
            "fire_trucks",
            "fire engines deployed",
            "small",
            6,
            45,
            1,
            id=("~{fire} mengerahkan {v} unit mobil pemadam kebakaran.",),
            en=("~Firefighters deployed {v} fire engines to the site.",),
        ),
        Q(
            "losses",
            "losses",
            "idr",
            2e9,
            9e10,
            1e9,
            id=("Kerugian akibat kebakaran ditaksir mencapai {v}.",),
            en=("Losses from the fire were estimated at {v}.",),
        ),
        Q(
            "compensation",
            "compensation offered",
            "idr",
            3e7,
            2.5e8,
            5e6,
            id=("{company} menyiapkan santunan senilai {v} bagi setiap keluarga korban.",),
            en=("{company} offered {v} in compensation to each victim's family.",),
        ),
        D(
            "start",
            "fire broke out",
            "day",
            0,
            0,
            id=("Kebakaran terjadi {v}.", "Api mulai membakar gedung produksi {v}."),
            en=("The fire broke out {v}.",),
        ),
        D(
            "fire_out",
            "fire put out",
            "day",
            0,
            1,
            id=("Api baru berhasil dipadamkan {v}.",),
            en=("Firefighters put out the blaze {v}.",),
        ),
        D(
            "permit",
            "operating permit issued",
            "month",
            10,
            50,
            id=("Izin operasi pabrik tersebut diterbitkan {v}.",),
            en=("The factory's operating permit was issued {v}.",),
        ),
        S(
            "cause",
            "short circuit caused the fire",
            id=("{police} menyatakan kebakaran dipicu korsleting listrik.",),
            en=("{police} said the fire was caused by an electrical short circuit.",),
            negated=(
                ("{police} memastikan kebakaran tidak dipicu korsleting listrik.",),
                ("{police} said the fire was not caused by an electrical short circuit.",),
            ),
            hedged=(
                ("{police} menyebut kebakaran diduga dipicu korsleting listrik.",),
                (
                    "{police} said the fire was suspected to have been caused by an electrical short circuit.",
                ),
            ),
        ),
    ),
    pairs={k: v for k, v in _DEATH_PAIRS.items() if k == ("dead", "injured")},
)

DEPLOYMENT = EventType(
    family="political",
    name="military deployment",
    ev=("pengerahan pasukan", "the deployment"),
    headlines=(
        ("{country_a} Kirim Pasukan ke {country_b}", "Pasukan {country_a} Tiba di {country_b}"),
        ("{country_a} Sends Troops to {country_b}", "{country_a} Troops Arrive in {country_b}"),
    ),
    leads=(
        (
            "{country_a} secara resmi mengakui telah mengirim pasukan ke {country_b} untuk membantu pemerintah negara itu.",
        ),
        (
            "{country_a} has officially acknowledged sending troops to {country_b} to support its government.",
        ),
    ),
    facts=(
        Q(
            "troops",
            "troops deployed",
            "large",
            1500,
            25000,
            500,
            id=(
                "~{country_a} telah mengirim {v} tentara ke {country_b}.",
                "Jumlah pasukan yang dikerahkan mencapai {v} personel, menurut {defense}.",
            ),
            en=(
                "~{country_a} has sent {v} troops to {country_b}.",
                "The number of troops deployed reached {v}, according to {defense}.",
            ),
            headline=("{v} Tentara Dikerahkan", "{v} Troops Deployed"),
        ),
        Q(
            "replacements",
            "replacement troops",
            "small",
            200,
            900,
            10,
            id=("~Dari jumlah itu, {v} tentara merupakan pasukan pengganti.",),
            en=("~Of those, {v} soldiers were sent as replacements.",),
        ),
        Q(
            "vehicles",
            "armoured vehicles",
            "small",
            20,
            300,
            1,
            id=("~Pasukan itu dilengkapi {v} kendaraan lapis baja.",),
            en=("~The troops were equipped with {v} armoured vehicles.",),
        ),
        Q(
            "military_aid",
            "military aid",
            "usd",
            5e7,
            2e9,
            1e7,
            id=("{country_a} juga memberikan bantuan militer senilai {v}.",),
            en=("{country_a} also provided military aid worth {v}.",),
        ),
        Q(
            "soldiers_killed",
            "soldiers killed",
            "small",
            10,
            400,
            1,
            id=("~{v} tentara dilaporkan tewas dalam pertempuran.",),
            en=("~{v} soldiers have been killed in fighting.",),
        ),
        D(
            "arrived",
            "first contingent arrived",
            "day",
            0,
            0,
            id=("Gelombang pertama pasukan tiba di {country_b} {v}.",),
            en=("The first contingent arrived in {country_b} {v}.",),
        ),
        D(
            "confirmed",
            "deployment confirmed",
            "day",
            0,
            1,
            id=("{defense} mengonfirmasi pengerahan pasukan tersebut {v}.",),
            en=("{defense} confirmed the deployment {v}.",),
        ),
        D(
            "treaty",
            "defence pact signed",
            "month",
            6,
            24,
            id=("Pengerahan itu didasarkan pada perjanjian pertahanan yang diteken {v}.",),
            en=("The deployment is based on a defence pact signed {v}.",),
        ),
        S(
            "ordered",
            "ordered by the president",
            id=("Pengerahan itu diperintahkan langsung oleh {leader}.",),
            en=("The deployment was ordered directly by {leader}.",),
            negated=(
                ("Pengerahan itu tidak diperintahkan oleh {leader}.",),
                ("The deployment was not ordered by {leader}.",),
            ),
            hedged=(
                ("Pengerahan itu diduga diperintahkan langsung oleh {leader}.",),
                ("The deployment was reportedly ordered directly by {leader}.",),
            ),
        ),
        S(
            "condemned",
            "neighbours condemned the deployment",
            id=("Sejumlah negara tetangga mengecam pengerahan pasukan tersebut.",),
            en=("Several neighbouring countries condemned the deployment.",),
        ),
    ),
)

PROTEST = EventType(
    family="political",
    name="protest",
    ev=("unjuk rasa", "the protest"),
    headlines=(
        ("Warga Demo Tolak Perda di {place}", "Demo Tolak Perda di {place} Ricuh"),
        ("Protest Against Bylaw Turns Violent in {place}", "Residents Rally in {place}"),
    ),
    leads=(
        ("Unjuk rasa menolak peraturan daerah tentang tata ruang berlangsung ricuh di {kab}.",),
        ("A protest against a zoning bylaw turned violent in {kab}.",),
    ),
    facts=(
        INJURED,
        Q(
            "protesters",
            "protesters",
            "large",
            2000,
            60000,
            500,
            id=(
                "~{v} pengunjuk rasa memadati {street}.",
                "Jumlah demonstran diperkirakan mencapai {v} orang.",
            ),
            en=("~{v} protesters filled {street}.", "Organisers put the crowd at {v}."),
            headline=("{v} Warga Turun ke Jalan", "{v} Rally"),
        ),
        Q(
            "arrested",
            "people arrested",
            "small",
            12,
            350,
            1,
            id=(
                "~{police} menangkap {v} orang dalam aksi tersebut.",
                "~{v} demonstran ditangkap polisi.",
            ),
            en=("~Police arrested {v} people during the protest.",),
        ),
        Q(
            "officers",
            "police officers deployed",
            "large",
            1000,
            15000,
            100,
            id=("~{police} mengerahkan {v} personel gabungan untuk mengamankan aksi.",),
            en=("~Police deployed {v} officers to secure the rally.",),
        ),
        D(
            "start",
            "protest held",
            "day",
            0,
            0,
            id=("Aksi unjuk rasa digelar di depan gedung DPRD {place} {v}.",),
            en=("The protest was held outside the {place} regional council {v}.",),
        ),
        D(
            "bylaw_passed",
            "bylaw passed",
            "month",
            1,
            5,
            id=("Peraturan daerah yang diprotes itu disahkan {v}.",),
            en=("The bylaw at the centre of the protest was passed {v}.",),
        ),
        D(
            "released",
            "detainees released",
            "day",
            1,
            3,
            id=("Seluruh demonstran yang ditahan dibebaskan {v}.",),
            en=("All detained protesters were released {v}.",),
        ),
        D(
            "confirmed",
            "arrests confirmed",
            "day",
            0,
            1,
            id=("{police_chief} mengonfirmasi jumlah orang yang ditangkap {v}.",),
            en=("{police_chief} confirmed the number of arrests {v}.",),
        ),
        S(
            "tear_gas",
            "police fired tear gas",
            id=("{police} menembakkan gas air mata untuk membubarkan massa.",),
            en=("Police fired tear gas to disperse the crowd.",),
            negated=(
                ("{police} menegaskan tidak menembakkan gas air mata ke arah massa.",),
                ("Police said they did not fire tear gas at the crowd.",),
            ),
            hedged=(
                ("{police} diduga menembakkan gas air mata untuk membubarkan massa.",),
                ("Police allegedly fired tear gas to disperse the crowd.",),
            ),
        ),
        S(
            "demand",
            "protesters demand repeal",
            id=("Para pengunjuk rasa menuntut peraturan itu dicabut.",),
            en=("Protesters demanded that the bylaw be repealed.",),
        ),
    ),
)

EVENT_TYPES: tuple[EventType, ...] = (EARTHQUAKE, FLOOD, FERRY, FACTORY_FIRE, DEPLOYMENT, PROTEST)
