"""Prose that carries no planted fact: commentary sentences and page furniture.

Commentary has no numbers and no dates, so nothing in it can be a quantity or date claim; it
may name people and places, as real commentary does. ``<a|b|c>`` picks one alternative, so a
few templates give many different sentences. Furniture lines are what scraped pages carry
around an article: related-link boxes, share buttons, photo captions, navigation.
"""

# ruff: noqa: E501  (sentence templates read best unbroken)

from __future__ import annotations

import random
import re
from collections.abc import Sequence

_CHOICE = re.compile(r"<([^<>]*)>")

# Commentary that suits any event, and commentary for disasters or for political events.
ID_COMMENTARY = {
    "any": (
        "Menurut pengamat <kebijakan publik|tata kelola daerah|komunikasi politik> dari {uni}, {person}, <koordinasi antarlembaga masih perlu dibenahi|pemerintah harus lebih terbuka|informasi resmi kerap terlambat>.",
        "<Sejumlah warga|Beberapa warga|Warga setempat> mengaku <khawatir kejadian serupa terulang|belum mendapat penjelasan memadai|masih menunggu kabar resmi>.",
        "<Tokoh masyarakat setempat|Seorang tokoh agama|Ketua rukun warga>, {person}, meminta warga <tetap tenang|tidak mudah percaya kabar bohong|saling menjaga>.",
        "<Anggota DPRD|Seorang legislator|Wakil rakyat> dari daerah pemilihan setempat <menyoroti|mengkritik|mempertanyakan> <lambatnya penanganan|minimnya informasi resmi|sikap pemerintah>.",
        "Hingga berita ini diturunkan, <pihak terkait|pemerintah pusat|pihak berwenang> <belum memberikan keterangan resmi|masih menunggu laporan lengkap|belum menanggapi pertanyaan wartawan>.",
        "<Media sosial|Grup percakapan warga|Linimasa> ramai <membagikan video|membahas kejadian|menyebarkan foto> <dari lokasi|terkait peristiwa itu|yang belum terverifikasi>.",
        "{person}, <seorang pedagang|seorang guru|seorang pengemudi ojek> di {place}, mengatakan <suasana masih mencekam|warga masih waspada|aktivitas ekonomi terganggu>.",
        "<Pengamat|Akademisi|Peneliti> {person} menilai <peristiwa itu|kejadian tersebut|insiden ini> <harus diusut tuntas|perlu dievaluasi menyeluruh|menjadi ujian bagi pemerintah>.",
        "<Warga diminta|Masyarakat diimbau|Pengendara diminta> untuk <menghindari kawasan tersebut|mengikuti arahan petugas|tidak mendekati lokasi>.",
        "Redaksi masih berupaya <menghubungi|meminta tanggapan dari|mengonfirmasi informasi ini kepada> pihak-pihak terkait.",
    ),
    "disaster": (
        "Warga <berharap|meminta agar|mendesak agar> pemerintah <segera|secepatnya> <memulihkan layanan listrik|memperbaiki akses jalan|menyalurkan bantuan yang memadai|mendirikan dapur umum>.",
        "Suasana di sekitar lokasi <terlihat mencekam|masih dipenuhi warga|tampak lengang> <hingga malam|sepanjang hari|sejak pagi>.",
        "<Relawan|Petugas gabungan|Aparat desa> <terus berjaga|masih bersiaga|bergantian berjaga> di <posko|lokasi kejadian|sekitar permukiman warga>.",
        "Peristiwa ini <menjadi pengingat|menjadi pelajaran|kembali menunjukkan> pentingnya <kesiapsiagaan|mitigasi|pengawasan> di tingkat daerah.",
        "<Bantuan dari warga sekitar|Donasi dari berbagai komunitas|Uluran tangan dari kampung tetangga> <terus berdatangan|mulai mengalir|datang silih berganti>.",
        "Sejumlah <sekolah|kantor pemerintahan|pasar tradisional> <diliburkan sementara|ditutup sementara|menghentikan kegiatan> menyusul kejadian itu.",
        "<Akses jalan|Jalur utama|Jembatan penghubung> menuju lokasi <sempat terputus|masih sulit dilalui|dipenuhi kendaraan relawan>.",
        "<Lembaga kemanusiaan|Organisasi relawan|Palang merah setempat> membuka <posko pengaduan|dapur umum|layanan kesehatan darurat> bagi warga.",
        "<Para korban|Keluarga korban|Para penyintas> <masih menunggu kepastian|berharap mendapat pendampingan|meminta perhatian lebih> dari pemerintah.",
    ),
    "political": (
        "<Kelompok masyarakat sipil|Sejumlah organisasi mahasiswa|Lembaga bantuan hukum> <mendesak|meminta> pemerintah <membuka ruang dialog|menjelaskan dasar kebijakan itu|menghormati kebebasan berpendapat>.",
        "<Partai oposisi|Sejumlah politisi|Fraksi di parlemen> <menilai langkah itu gegabah|mempertanyakan transparansi pemerintah|meminta penjelasan resmi>.",
        "<Pengamat hubungan internasional|Pengamat keamanan|Analis politik> {person} menilai langkah tersebut <berisiko memperkeruh situasi|akan memicu reaksi keras|perlu diawasi ketat>.",
        "Situasi di <ibu kota|kawasan perbatasan|pusat kota> <dilaporkan kondusif|masih dijaga ketat aparat|berangsur normal>.",
        "<Pemerintah|Juru bicara pemerintah|Pejabat setempat> menyebut langkah itu <sesuai aturan|bersifat sementara|demi menjaga ketertiban>.",
        "<Komunitas internasional|Organisasi hak asasi manusia|Sejumlah lembaga independen> <menyerukan|meminta> semua pihak <menahan diri|mengedepankan dialog|menghormati hukum>.",
    ),
}

EN_COMMENTARY = {
    "any": (
        "{person}, a <public policy|governance|political communication> analyst at {uni}, said <coordination between agencies needed to improve|the government should be more open|official information often came too late>.",
        "<Several residents|Many locals|Local families> said they were <worried it could happen again|still waiting for an explanation|waiting for official news>.",
        "<A local religious leader|A village elder|A neighbourhood head>, {person}, urged residents to <stay calm|ignore hoaxes|look out for one another>.",
        "<Lawmakers|Opposition politicians|Local legislators> <criticised|questioned> <the slow response|the lack of official information|the government's stance>.",
        "<Officials|The authorities|The central government> <did not immediately respond to requests for comment|declined to comment further|said a full report was being prepared>.",
        "Videos <shared on social media|circulating online|posted by residents> showed <chaotic scenes|crowds gathering|the scene> <at the site|in the area|from several angles>.",
        "{person}, <a shopkeeper|a teacher|a motorcycle taxi driver> in {place}, said <people were still frightened|business had ground to a halt|nobody knew what would happen next>.",
    ),
    "disaster": (
        "Residents <urged|called on> the authorities to <restore power quickly|reopen the main road|speed up aid deliveries|set up more shelters>.",
        "The mood around the site <remained tense|was sombre|was one of disbelief> <into the night|throughout the day|since the morning>.",
        "<Volunteers|Local officials|Community leaders> <kept watch|stayed on alert|took turns on guard> at <the command post|the scene|nearby neighbourhoods>.",
        "The incident <is a reminder of|has renewed debate about|highlights> the importance of <preparedness|local oversight|early warning systems>.",
        "<Donations|Offers of help|Supplies> from <neighbouring villages|community groups|local businesses> <continued to arrive|poured in|kept coming>.",
        "<Schools|Markets|Government offices> in the area <were closed|suspended activities|shut their doors> as a precaution.",
        "<Aid groups|Humanitarian organisations|The local Red Cross> opened <a health post|a public kitchen|a help desk> for residents.",
    ),
    "political": (
        "<Civil society groups|Student organisations|Legal aid groups> <urged|called on> the government to <open a dialogue|explain the policy|respect freedom of expression>.",
        "<Opposition parties|Several politicians|Parliamentary factions> <called the move reckless|questioned the government's transparency|demanded an official explanation>.",
        "<Security analysts|International relations experts|Political observers> such as {person} said the move <risked inflaming the situation|would provoke a strong reaction|needed close scrutiny>.",
        "The situation in <the capital|the border area|the city centre> was <reported calm|still under heavy guard|gradually returning to normal>.",
        "<Rights groups|The international community|Independent observers> <called on|urged> all sides to <show restraint|pursue dialogue|respect the law>.",
    ),
}

ID_OTHER_HEADLINES = (
    "Harga Cabai Rawit Naik 20 Persen di Pasar {x}",
    "Festival Kuliner {x} Kembali Digelar Akhir Pekan Ini",
    "Timnas Putri Menang 3-1 atas {x}",
    "Jadwal Kapal Mudik dari Pelabuhan {x}",
    "Warga {x} Gelar Tradisi Bersih Desa",
    "Jalan Tol {x} Ditargetkan Rampung Tahun Depan",
    "Tips Menjaga Kesehatan Saat Musim Hujan",
    "Ribuan Pelari Ikuti Maraton {x}",
    "Harga Emas Antam Hari Ini Turun Rp 5.000",
    "Sekolah di {x} Terapkan Kurikulum Baru",
)
EN_OTHER_HEADLINES = (
    "Rice prices climb 12 percent in {x}",
    "{x} school reopens after renovation",
    "Five things to know about the new toll road",
    "Local team wins regional title 2-0",
    "Coffee growers in {x} expect bumper harvest",
    "How to stay healthy in the rainy season",
)
ID_CAPTIONS = (
    "Foto: Petugas memeriksa lokasi kejadian di {place}. (Dok. {outlet})",
    "Foto: Warga berkumpul di sekitar lokasi. (Dok. {outlet})",
    "Ilustrasi: Suasana di {place}.",
)
EN_CAPTIONS = (
    "Photo: Rescue workers at the scene in {place}.",
    "Photo: Residents gather near the site.",
)
ID_BUTTONS = ("Share", "Bagikan", "Scroll to Top", "Ikuti kami di Google News", "Komentar")
EN_BUTTONS = ("Share", "Share this article", "Scroll to Top", "Comments")


def expand(template: str, rng: random.Random, slots: dict[str, str]) -> str:
    """Pick one alternative in every ``<a|b>`` and fill ``{slot}`` names."""
    text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return text.format(**slots)


def commentary(
    rng: random.Random, lang: str, slots: dict[str, str], people: Sequence[str], family: str
) -> str:
    """One commentary sentence for an event of ``family`` ("disaster" or "political")."""
    pools = ID_COMMENTARY if lang == "id" else EN_COMMENTARY
    pool = pools["any"] + pools[family]
    sentence = expand(rng.choice(pool), rng, {**slots, "person": rng.choice(people)})
    return sentence[0].upper() + sentence[1:]


def related_box(rng: random.Random, lang: str, x: str) -> list[str]:
    """Lines of a related-links box: "BACA JUGA: <headline>" or a marker line and headlines."""
    pool = ID_OTHER_HEADLINES if lang == "id" else EN_OTHER_HEADLINES
    heads = [h.format(x=x) for h in rng.sample(pool, 2)]
    marker = (
        rng.choice(("BACA JUGA", "Baca Juga", "Baca juga"))
        if lang == "id"
        else rng.choice(("Read more", "Related", "READ MORE"))
    )
    if rng.random() < 0.6:
        return [f"{marker}: {heads[0]}"]
    return [marker, *heads[: rng.randint(1, 2)]]


def caption(rng: random.Random, lang: str, slots: dict[str, str]) -> str:
    return rng.choice(ID_CAPTIONS if lang == "id" else EN_CAPTIONS).format(**slots)


def button(rng: random.Random, lang: str) -> str:
    return rng.choice(ID_BUTTONS if lang == "id" else EN_BUTTONS)
