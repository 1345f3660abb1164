<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Agreement</name>
    <message>
        <source>consensus</source>
        <translation>sepakat</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>bertentangan</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <source>single</source>
        <translation>satu media</translation>
    </message>
    <message>
        <source>two or more outlets, no conflict</source>
        <translation>dua media atau lebih, tanpa pertentangan</translation>
    </message>
    <message>
        <source>at least one outlet states a different value</source>
        <translation>sedikitnya satu media menyebut nilai yang berbeda</translation>
    </message>
    <message>
        <source>outlets compatible, some vaguer or hedged</source>
        <translation>media sejalan, sebagian lebih samar atau berhati-hati</translation>
    </message>
    <message>
        <source>one outlet only</source>
        <translation>hanya satu media</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>claimgrid: unknown command &apos;{command}&apos;</source>
        <translation>claimgrid: perintah &apos;{command}&apos; tidak dikenal</translation>
    </message>
    <message>
        <source> (did you mean &apos;{command}&apos;?)</source>
        <translation> (maksud Anda &apos;{command}&apos;?)</translation>
    </message>
    <message>
        <source>Commands: {commands}; or give article files or folders to open in the window. See claimgrid --help.</source>
        <translation>Perintah: {commands}; atau sebutkan berkas atau folder artikel untuk dibuka di jendela. Lihat claimgrid --help.</translation>
    </message>
    <message>
        <source>claimgrid: no such file or folder: {path}</source>
        <translation>claimgrid: berkas atau folder tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>dilewati {file}: {reason}</translation>
    </message>
    <message>
        <source>claimgrid: no readable article in the given paths</source>
        <translation>claimgrid: tidak ada artikel yang bisa dibaca di lokasi yang diberikan</translation>
    </message>
    <message>
        <source>claimgrid: {address}: not a database address (postgresql://… or service=NAME)</source>
        <translation>claimgrid: {address}: bukan alamat basis data (postgresql://… atau service=NAMA)</translation>
    </message>
    <message>
        <source>shared {file} as {address}: {sources} articles, {decisions} decisions</source>
        <translation>{file} dibagikan sebagai {address}: {sources} artikel, {decisions} keputusan</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>ditulis {file}</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} kata</translation>
    </message>
    <message>
        <source>--replace goes with --project</source>
        <translation>--replace hanya dipakai bersama --project</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} kata</translation>
    </message>
    <message>
        <source>claimgrid: warning: {file} has only {words} (fewer than {least}); it is analysed, but is it an article?</source>
        <translation>claimgrid: peringatan: {file} hanya berisi {words} (kurang dari {least}); berkas ini tetap dianalisis, tetapi benarkah ini artikel?</translation>
    </message>
    <message>
        <source>claimgrid: {file}: the project has no analysis yet</source>
        <translation>claimgrid: {file}: proyek ini belum punya hasil analisis</translation>
    </message>
    <message>
        <source>claimgrid: {format} export is not available in this build</source>
        <translation>claimgrid: ekspor {format} tidak tersedia di versi ini</translation>
    </message>
    <message>
        <source>the language of messages and exports (id or en); by default the system&apos;s</source>
        <translation>bahasa pesan dan ekspor (id atau en); bawaannya mengikuti bahasa sistem</translation>
    </message>
    <message>
        <source>Analyse articles and print the claims matrix; optionally export it.</source>
        <translation>Analisis artikel lalu tampilkan matriks klaim; bisa juga diekspor.</translation>
    </message>
    <message>
        <source>article files or folders</source>
        <translation>berkas atau folder artikel</translation>
    </message>
    <message>
        <source>keep the articles and the analysis as a Claimgrid project (.claimgrid, or the postgresql:// address of a shared project); an existing project is analysed again with the reviewers&apos; decisions kept</source>
        <translation>simpan artikel dan analisisnya sebagai proyek Claimgrid (.claimgrid, atau alamat postgresql:// proyek bersama); proyek yang sudah ada dianalisis ulang dengan keputusan para peninjau tetap disimpan</translation>
    </message>
    <message>
        <source>with --project: start the existing project afresh, discarding its decisions</source>
        <translation>bersama --project: mulai ulang proyek yang sudah ada dan buang keputusannya</translation>
    </message>
    <message>
        <source>the columns of tables of articles (.csv, .tsv, .xlsx, .jsonl) when their names are not the usual ones, e.g. text=isi,outlet=media,date=tanggal (fields: text, title, outlet, url, date)</source>
        <translation>kolom tabel artikel (.csv, .tsv, .xlsx, .jsonl) bila namanya tidak lazim, misalnya text=isi,outlet=media,date=tanggal (isian: text, title, outlet, url, date)</translation>
    </message>
    <message>
        <source>show progress on stderr: auto (when stderr is a terminal), always or never</source>
        <translation>tampilkan kemajuan di stderr: auto (bila stderr berupa terminal), always (selalu) atau never (tidak pernah)</translation>
    </message>
    <message>
        <source>Export a Claimgrid project, with the reviewer&apos;s decisions applied.</source>
        <translation>Ekspor proyek Claimgrid, lengkap dengan keputusan pemeriksa.</translation>
    </message>
    <message>
        <source>a .claimgrid project file, or the postgresql:// address (or service=NAME) of a shared project</source>
        <translation>berkas proyek .claimgrid, atau alamat postgresql:// (atau service=NAMA) proyek bersama</translation>
    </message>
    <message>
        <source>Copy a project file to a PostgreSQL database, where several reviewers work on it at once. The password comes from libpq&apos;s password file or service file, never from Claimgrid.</source>
        <translation>Salin berkas proyek ke basis data PostgreSQL, tempat beberapa peninjau mengerjakannya bersamaan. Kata sandi diambil dari berkas kata sandi atau berkas layanan libpq, tidak pernah dari Claimgrid.</translation>
    </message>
    <message>
        <source>a .claimgrid project file</source>
        <translation>berkas proyek .claimgrid</translation>
    </message>
    <message>
        <source>postgresql://user@host/database (TLS options such as ?sslmode=verify-full pass through), or service=NAME</source>
        <translation>postgresql://pengguna@host/basisdata (opsi TLS seperti ?sslmode=verify-full diteruskan), atau service=NAMA</translation>
    </message>
    <message>
        <source>the name the project&apos;s decisions so far are credited to; by default CLAIMGRID_REVIEWER or your login</source>
        <translation>nama yang dicatat sebagai pembuat keputusan proyek sejauh ini; bawaannya CLAIMGRID_REVIEWER atau nama login Anda</translation>
    </message>
    <message>
        <source>write the claimgrid/1 JSON export</source>
        <translation>tulis ekspor JSON claimgrid/1</translation>
    </message>
    <message>
        <source>write a long CSV table (one line per cell)</source>
        <translation>tulis tabel CSV memanjang (satu baris per sel)</translation>
    </message>
    <message>
        <source>write the Excel workbook</source>
        <translation>tulis buku kerja Excel</translation>
    </message>
    <message>
        <source>print every fact, not only the first 60</source>
        <translation>tampilkan semua fakta, bukan hanya 60 yang pertama</translation>
    </message>
    <message>
        <source>export also the rows one outlet states that are not check-worthy on their own</source>
        <translation>ekspor juga baris dari satu media yang tidak layak diperiksa bila berdiri sendiri</translation>
    </message>
    <message>
        <source>Comparative source review: see where news outlets agree and contradict each other. Without PATH, opens the bundled sample articles.</source>
        <translation>Perbandingan sumber berita: lihat di mana media saling sepakat dan saling bertentangan. Tanpa PATH, jendela membuka artikel contoh bawaan.</translation>
    </message>
    <message>
        <source>Without a window: claimgrid analyze PATH... [--json FILE] [--csv FILE] [--xlsx FILE] [--project FILE]; claimgrid export PROJECT [--json FILE] [--csv FILE] [--xlsx FILE]; claimgrid share FILE postgresql://… (team review on a server). claimgrid analyze --help tells more.</source>
        <translation>Tanpa jendela: claimgrid analyze PATH... [--json FILE] [--csv FILE] [--xlsx FILE] [--project FILE]; claimgrid export PROJECT [--json FILE] [--csv FILE] [--xlsx FILE]; claimgrid share FILE postgresql://… (peninjauan bersama di server). Keterangan lengkap: claimgrid analyze --help.</translation>
    </message>
    <message>
        <source>article files or folders to open, or a .claimgrid project</source>
        <translation>berkas atau folder artikel yang dibuka, atau proyek .claimgrid</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>tampilkan versi lalu keluar</translation>
    </message>
    <message>
        <source>render the window offscreen at 1400x900 with the first conflict selected, save it as PNG and exit</source>
        <translation>gambar jendela tanpa layar pada 1400x900 dengan pertentangan pertama terpilih, simpan sebagai PNG lalu keluar</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>Analysing articles</source>
        <translation>Menganalisis artikel</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>folder ini hanya-baca</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>sebuah folder, bukan berkas proyek</translation>
    </message>
    <message>
        <source>{reason}; it was left as it is (choose another file name)</source>
        <translation>{reason}; berkas dibiarkan apa adanya (pilih nama berkas lain)</translation>
    </message>
    <message>
        <source>--replace is for project files, not shared projects</source>
        <translation>--replace hanya untuk berkas proyek, bukan proyek bersama</translation>
    </message>
    <message>
        <source>replaced {file}: its {count} decisions were discarded</source>
        <translation>{file} diganti: {count} keputusan di dalamnya dibuang</translation>
    </message>
    <message>
        <source>updated {file}: analysed again, the reviewer&apos;s {count} decisions kept</source>
        <translation>{file} diperbarui: dianalisis ulang, {count} keputusan pemeriksa dipertahankan</translation>
    </message>
    <message>
        <source>, {count} of them on facts no longer found (kept as orphaned rows)</source>
        <translation>, {count} di antaranya pada fakta yang tidak lagi ditemukan (disimpan sebagai baris tanpa induk)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Article text</source>
        <translation>Isi artikel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Alamat (URL)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Columns of a Table of Articles</source>
        <translation>Kolom Tabel Artikel</translation>
    </message>
    <message>
        <source>Which column of &lt;b&gt;{file}&lt;/b&gt; holds what? Each row is read as one article; rows without text are left out.</source>
        <translation>Kolom mana di &lt;b&gt;{file}&lt;/b&gt; yang berisi apa? Setiap baris dibaca sebagai satu artikel; baris tanpa isi dilewati.</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (wajib)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Baris pertama:</translation>
    </message>
    <message>
        <source>Reading the columns of {name}…</source>
        <translation>Membaca kolom {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CorpusActions</name>
    <message>
        <source>&amp;Open Articles…</source>
        <translation>B&amp;uka Artikel…</translation>
    </message>
    <message>
        <source>Start a new project from article files (the project on screen stays saved)</source>
        <translation>Mulai proyek baru dari berkas artikel (proyek yang sedang terbuka tetap tersimpan)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <source>Start a new project from every article in a folder</source>
        <translation>Mulai proyek baru dari semua artikel dalam satu folder</translation>
    </message>
    <message>
        <source>&amp;Add Articles to Project…</source>
        <translation>&amp;Tambah Artikel ke Proyek…</translation>
    </message>
    <message>
        <source>Analyse more article files together with this project&apos;s articles</source>
        <translation>Analisis berkas artikel tambahan bersama artikel proyek ini</translation>
    </message>
    <message>
        <source>Add Fol&amp;der to Project…</source>
        <translation>Tambah Fol&amp;der ke Proyek…</translation>
    </message>
    <message>
        <source>Analyse every article in a folder together with this project&apos;s articles</source>
        <translation>Analisis semua artikel dalam satu folder bersama artikel proyek ini</translation>
    </message>
    <message>
        <source>&amp;Paste Article…</source>
        <translation>&amp;Tempel Artikel…</translation>
    </message>
    <message>
        <source>Add an article copied from a browser, with its outlet</source>
        <translation>Tambahkan artikel yang disalin dari peramban, beserta nama medianya</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Analisis Ulang</translation>
    </message>
    <message>
        <source>Read and analyse the corpus again</source>
        <translation>Baca dan analisis ulang kumpulan artikel</translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation>&amp;Batalkan Analisis</translation>
    </message>
    <message>
        <source>Open as a New Project</source>
        <translation>Buka sebagai Proyek Baru</translation>
    </message>
    <message>
        <source>Add to This Project</source>
        <translation>Tambahkan ke Proyek Ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open Articles as a New Project</source>
        <translation>Buka Artikel sebagai Proyek Baru</translation>
    </message>
    <message>
        <source>Open a Folder of Articles as a New Project</source>
        <translation>Buka Folder Artikel sebagai Proyek Baru</translation>
    </message>
    <message>
        <source>Add Articles to the Project</source>
        <translation>Tambah Artikel ke Proyek</translation>
    </message>
    <message>
        <source>Add a Folder of Articles to the Project</source>
        <translation>Tambah Folder Artikel ke Proyek</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Reading the corpus…</source>
        <translation>Membaca kumpulan artikel…</translation>
    </message>
    <message>
        <source>No article could be read.</source>
        <translation>Tidak ada artikel yang bisa dibaca.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The analysis stopped with an error.&lt;/b&gt; The matrix shows the previous result.</source>
        <translation>&lt;b&gt;Analisis terhenti karena galat.&lt;/b&gt; Matriks menampilkan hasil sebelumnya.</translation>
    </message>
    <message>
        <source>Analysis cancelled; the previous result stays.</source>
        <translation>Analisis dibatalkan; hasil sebelumnya tetap ditampilkan.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Rename Fact</source>
        <translation>Ganti Nama Fakta</translation>
    </message>
    <message>
        <source>Delete Fact</source>
        <translation>Hapus Fakta</translation>
    </message>
    <message>
        <source>Hide Fact</source>
        <translation>Sembunyikan Fakta</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Ubah Status</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>Tandai Sudah Diperiksa</translation>
    </message>
    <message>
        <source>Merge Facts</source>
        <translation>Gabungkan Fakta</translation>
    </message>
    <message>
        <source>Split Cell</source>
        <translation>Pisahkan Sel</translation>
    </message>
    <message>
        <source>New Fact</source>
        <translation>Fakta Baru</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Lampirkan Bukti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Rename Outlet</source>
        <translation>Ganti Nama Media</translation>
    </message>
    <message>
        <source>Count Copies Once</source>
        <translation>Hitung Salinan Sekali</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Also gives (in the order written):</source>
        <translation>Juga menyebut (sesuai urutan tulisan):</translation>
    </message>
    <message>
        <source>stated by {count} of {total} outlets</source>
        <translation>disebut {count} dari {total} media</translation>
    </message>
    <message>
        <source>Not mentioned by:</source>
        <translation>Tidak disebut oleh:</translation>
    </message>
    <message>
        <source>checked: not mentioned</source>
        <translation>sudah diperiksa: tidak disebut</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>tidak disebut</translation>
    </message>
    <message>
        <source>made by the reviewer</source>
        <translation>dibuat pemeriksa</translation>
    </message>
    <message>
        <source>no longer found by the analysis; kept from the reviewer&apos;s decisions</source>
        <translation>tidak lagi ditemukan analisis; dipertahankan dari keputusan pemeriksa</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sudah diperiksa</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>disembunyikan</translation>
    </message>
    <message>
        <source>decided by {who}</source>
        <translation>diputuskan oleh {who}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>(shown in the article pane)</source>
        <translation>(ditampilkan di panel artikel)</translation>
    </message>
    <message>
        <source>Select a fact in the matrix to compare the outlets&apos; sentences.</source>
        <translation>Pilih satu fakta di matriks untuk membandingkan kalimat tiap media.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>from the dateline “{words}”</source>
        <translation>dari baris tanggal “{words}”</translation>
    </message>
    <message>
        <source>from the lead: “{words}”</source>
        <translation>dari teras berita: “{words}”</translation>
    </message>
    <message>
        <source>from the file&apos;s own data ({words})</source>
        <translation>dari data berkas itu sendiri ({words})</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>baris tanggal</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>teras berita</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <source>Reviewers disagree</source>
        <translation>Para peninjau berbeda pendapat</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Urungkan {action}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Ulangi {action}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Write the rows and outlets on screen to a {suffix} file</source>
        <translation>Tulis baris dan media yang tampil di layar ke berkas {suffix}</translation>
    </message>
    <message>
        <source>{suffix} export is not available in this installation</source>
        <translation>Ekspor {suffix} tidak tersedia di instalasi ini</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>klaim</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Berkas tidak ditulis.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Buka Folder</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Ekspor ke &amp;Excel…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Ekspor &amp;JSON…</translation>
    </message>
    <message>
        <source>Claimgrid JSON (*.json)</source>
        <translation>JSON Claimgrid (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Nilai dipisah koma (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search facts and sentences  (Ctrl+F)</source>
        <translation>Cari fakta dan kalimat  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only {agreement} rows: {meaning}</source>
        <translation>Hanya baris {agreement}: {meaning}</translation>
    </message>
    <message>
        <source>Only {kind} facts</source>
        <translation>Hanya fakta {kind}</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Beda pendapat</translation>
    </message>
    <message>
        <source>Only facts with a cell that reviewers set differently and nobody has settled yet</source>
        <translation>Hanya fakta dengan sel yang ditetapkan berbeda oleh para peninjau dan belum diselesaikan</translation>
    </message>
    <message>
        <source>stated by ≥ </source>
        <translation>disebut ≥ </translation>
    </message>
    <message>
        <source>any coverage</source>
        <translation>cakupan berapa pun</translation>
    </message>
    <message>
        <source>Only facts stated by at least this many outlets</source>
        <translation>Hanya fakta yang disebut sedikitnya oleh sekian media</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Show or hide outlet columns</source>
        <translation>Tampilkan atau sembunyikan kolom media</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show every fact and every outlet</source>
        <translation>Tampilkan semua fakta dan semua media</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Showing only:</source>
        <translation>Hanya menampilkan:</translation>
    </message>
    <message>
        <source>Outlets ({hidden} hidden)</source>
        <translation>Media ({hidden} disembunyikan)</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>not a real {what} (wrong extension?)</source>
        <translation>bukan {what} yang sebenarnya (ekstensinya salah?)</translation>
    </message>
    <message>
        <source>damaged {what} (cannot be unzipped)</source>
        <translation>{what} rusak (tidak dapat diekstrak)</translation>
    </message>
    <message>
        <source>damaged {what} (empty archive)</source>
        <translation>{what} rusak (arsipnya kosong)</translation>
    </message>
    <message>
        <source>suspicious {what}: {count} parts (a zip bomb?)</source>
        <translation>{what} mencurigakan: {count} bagian (bom zip?)</translation>
    </message>
    <message>
        <source>{what} is password protected</source>
        <translation>{what} dilindungi kata sandi</translation>
    </message>
    <message>
        <source>suspicious {what}: it would unpack to {size} MB (a zip bomb?)</source>
        <translation>{what} mencurigakan: isinya akan menjadi {size} MB setelah diekstrak (bom zip?)</translation>
    </message>
    <message>
        <source>{what} with an unusual compression (method {method})</source>
        <translation>{what} dengan kompresi yang tidak lazim (metode {method})</translation>
    </message>
    <message>
        <source>suspicious {what}: a part unpacks to more than its declared {size} bytes (a zip bomb?)</source>
        <translation>{what} mencurigakan: salah satu bagiannya lebih besar dari {size} bita yang dinyatakan setelah diekstrak (bom zip?)</translation>
    </message>
    <message>
        <source>damaged {what} (a part is corrupt)</source>
        <translation>{what} rusak (salah satu bagiannya rusak)</translation>
    </message>
    <message>
        <source>not analysed: an article is read up to {limit} characters (a longer text would take minutes and gigabytes to analyse)</source>
        <translation>tidak dianalisis: sebuah artikel dibaca hingga {limit} karakter (teks yang lebih panjang butuh bermenit-menit dan bergigabita memori untuk dianalisis)</translation>
    </message>
    <message>
        <source>not analysed: the articles before it fill the {limit} characters one analysis takes; analyse the rest in another project</source>
        <translation>tidak dianalisis: artikel-artikel sebelumnya sudah memenuhi batas {limit} karakter untuk satu analisis; analisis sisanya di proyek lain</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no column named “{name}” (columns: {columns})</source>
        <translation>tidak ada kolom bernama “{name}” (kolom: {columns})</translation>
    </message>
    <message>
        <source>unknown field “{name}”; fields are {fields} (or date)</source>
        <translation>bidang “{name}” tidak dikenal; bidang yang ada: {fields} (atau date)</translation>
    </message>
    <message>
        <source>expected FIELD=COLUMN, got “{text}”</source>
        <translation>seharusnya BIDANG=KOLOM, tertulis “{text}”</translation>
    </message>
    <message>
        <source>expected FIELD=COLUMN pairs, e.g. text=isi,outlet=media</source>
        <translation>seharusnya pasangan BIDANG=KOLOM, misalnya text=isi,outlet=media</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>berkas biner, bukan teks</translation>
    </message>
    <message>
        <source>no article text (only page furniture)</source>
        <translation>tidak ada teks artikel (hanya kelengkapan halaman seperti menu dan iklan)</translation>
    </message>
    <message>
        <source>not a table of articles</source>
        <translation>bukan tabel artikel</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>sebuah folder, bukan berkas</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>bukan berkas biasa</translation>
    </message>
    <message>
        <source>too large: {size} MB; the limit is {limit} MB</source>
        <translation>terlalu besar: {size} MB; batasnya {limit} MB</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>after character {number}</source>
        <translation>setelah karakter ke-{number}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>empty folder</source>
        <translation>folder kosong</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>a symbolic link that leads back to itself (a link loop)</source>
        <translation>tautan simbolik yang mengarah kembali ke dirinya sendiri (tautan berputar)</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>{where} and after</source>
        <translation>{where} dan seterusnya</translation>
    </message>
    <message>
        <source>PDF has no text layer (a scanned image?); run it through OCR first</source>
        <translation>PDF tidak memiliki lapisan teks (gambar hasil pindaian?); proses dulu dengan OCR</translation>
    </message>
    <message>
        <source>PDF is encrypted (password protected)</source>
        <translation>PDF terenkripsi (dilindungi kata sandi)</translation>
    </message>
    <message>
        <source>damaged or unreadable PDF</source>
        <translation>PDF rusak atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>not a real PDF (wrong extension?)</source>
        <translation>bukan PDF yang sebenarnya (ekstensinya salah?)</translation>
    </message>
    <message>
        <source>PDF has no pages</source>
        <translation>PDF tidak memiliki halaman</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>halaman {first}–{last}</translation>
    </message>
    <message>
        <source>not read: an article is shorter</source>
        <translation>tidak dibaca: sebuah artikel tidak sepanjang itu</translation>
    </message>
    <message>
        <source>old Word format (.doc); save it as .docx</source>
        <translation>format Word lama (.doc); simpan sebagai .docx</translation>
    </message>
    <message>
        <source>old Excel format (.xls); save it as .xlsx or .csv</source>
        <translation>format Excel lama (.xls); simpan sebagai .xlsx atau .csv</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt); save it as .docx</source>
        <translation>teks OpenDocument (.odt); simpan sebagai .docx</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>lembar kerja OpenDocument (.ods); simpan sebagai .xlsx</translation>
    </message>
    <message>
        <source>RTF document; save it as .docx</source>
        <translation>dokumen RTF; simpan sebagai .docx</translation>
    </message>
    <message>
        <source>a JSON file; save one article per line as .jsonl</source>
        <translation>berkas JSON; simpan satu artikel per baris sebagai .jsonl</translation>
    </message>
    <message>
        <source>web archive (.mht); save the page as HTML instead</source>
        <translation>arsip web (.mht); simpan halamannya sebagai HTML saja</translation>
    </message>
    <message>
        <source>web archive (.mhtml); save the page as HTML instead</source>
        <translation>arsip web (.mhtml); simpan halamannya sebagai HTML saja</translation>
    </message>
    <message>
        <source>Safari web archive; save the page as HTML instead</source>
        <translation>arsip web Safari; simpan halamannya sebagai HTML saja</translation>
    </message>
    <message>
        <source>an e-book (.epub), not an article</source>
        <translation>buku elektronik (.epub), bukan artikel</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>tanpa ekstensi</translation>
    </message>
    <message>
        <source>unsupported format ({what})</source>
        <translation>format tidak didukung ({what})</translation>
    </message>
    <message>
        <source>a PNG image, not text (Claimgrid reads text, not pictures)</source>
        <translation>gambar PNG, bukan teks (Claimgrid membaca teks, bukan gambar)</translation>
    </message>
    <message>
        <source>a JPEG image, not text (Claimgrid reads text, not pictures)</source>
        <translation>gambar JPEG, bukan teks (Claimgrid membaca teks, bukan gambar)</translation>
    </message>
    <message>
        <source>a GIF image, not text</source>
        <translation>gambar GIF, bukan teks</translation>
    </message>
    <message>
        <source>a TIFF image, not text (a scan needs OCR first)</source>
        <translation>gambar TIFF, bukan teks (hasil pindaian perlu diproses dengan OCR dulu)</translation>
    </message>
    <message>
        <source>a gzip archive; unpack it first</source>
        <translation>arsip gzip; ekstrak dulu isinya</translation>
    </message>
    <message>
        <source>a 7-Zip archive; unpack it first</source>
        <translation>arsip 7-Zip; ekstrak dulu isinya</translation>
    </message>
    <message>
        <source>a RAR archive; unpack it first</source>
        <translation>arsip RAR; ekstrak dulu isinya</translation>
    </message>
    <message>
        <source>a program, not an article</source>
        <translation>sebuah program, bukan artikel</translation>
    </message>
    <message>
        <source>an RTF document; save it as .docx</source>
        <translation>dokumen RTF; simpan sebagai .docx</translation>
    </message>
    <message>
        <source>an old-style Office file (.doc, .xls) or a password-protected one; save it as .docx or .xlsx</source>
        <translation>berkas Office format lama (.doc, .xls) atau yang dilindungi kata sandi; simpan sebagai .docx atau .xlsx</translation>
    </message>
    <message>
        <source>an image or media file, not text</source>
        <translation>berkas gambar atau media, bukan teks</translation>
    </message>
    <message>
        <source>an OpenDocument or e-book file; save it as .docx</source>
        <translation>berkas OpenDocument atau buku elektronik; simpan sebagai .docx</translation>
    </message>
    <message>
        <source>a ZIP archive; unzip it and open the articles inside</source>
        <translation>arsip ZIP; ekstrak dulu lalu buka artikel di dalamnya</translation>
    </message>
    <message>
        <source>no rows of articles (a header and at least one row are needed)</source>
        <translation>tidak ada baris artikel (perlu satu baris judul kolom dan sedikitnya satu baris isi)</translation>
    </message>
    <message>
        <source>not JSON Lines (one JSON object per line)</source>
        <translation>bukan JSON Lines (satu objek JSON per baris)</translation>
    </message>
    <message>
        <source>no column of article text found (columns: {columns})</source>
        <translation>tidak ditemukan kolom berisi teks artikel (kolom: {columns})</translation>
    </message>
    <message>
        <source>rows after {place}</source>
        <translation>baris-baris setelah {place}</translation>
    </message>
    <message>
        <source>not read: at most {limit} articles are read from one table</source>
        <translation>tidak dibaca: dari satu tabel dibaca paling banyak {limit} artikel</translation>
    </message>
    <message>
        <source>no article text in column “{column}”</source>
        <translation>tidak ada teks artikel di kolom “{column}”</translation>
    </message>
    <message>
        <source>no article text</source>
        <translation>tidak ada teks artikel</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>baris {number}</translation>
    </message>
    <message>
        <source>malformed table at row {number}: {error}</source>
        <translation>tabel cacat di baris {number}: {error}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>buku kerja Excel</translation>
    </message>
    <message>
        <source>damaged or unreadable Excel workbook</source>
        <translation>buku kerja Excel rusak atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>sheet {name}, </source>
        <translation>lembar {name}, </translation>
    </message>
    <message>
        <source>not read: at most {limit} cells are read from one workbook</source>
        <translation>tidak dibaca: dari satu buku kerja dibaca paling banyak {limit} sel</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>butir {number}</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>baris {number}</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>{places} and {count} more</source>
        <translation>{places} dan {count} lainnya</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>tidak ditemukan teks artikel di halaman ini</translation>
    </message>
    <message>
        <source>damaged or unreadable Word document</source>
        <translation>dokumen Word rusak atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>dokumen Word</translation>
    </message>
    <message>
        <source>empty document (no text in it)</source>
        <translation>dokumen kosong (tidak ada teks di dalamnya)</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>quantity</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>pernyataan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Source {number}</source>
        <translation>Sumber {number}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Cell colours: what each outlet says about a fact (Help → Legend)</source>
        <translation>Warna sel: apa kata tiap media tentang satu fakta (Bantuan → Keterangan Warna)</translation>
    </message>
    <message>
        <source>Cells: one outlet on one fact</source>
        <translation>Sel: satu media tentang satu fakta</translation>
    </message>
    <message>
        <source>Rows: how the outlets relate</source>
        <translation>Baris: bagaimana media-media itu saling terkait</translation>
    </message>
    <message>
        <source>Glyphs repeat what the colours say, so the matrix also reads in grey-scale. In the detail pane the decisive words carry the cell&apos;s colour; other names, numbers and dates in the sentence are shaded grey, attributions in italics.</source>
        <translation>Tanda mengulang makna warna, jadi matriks tetap terbaca dalam hitam-putih. Di panel rincian, kata penentu diberi warna selnya; nama, angka, dan tanggal lain dalam kalimat diarsir abu-abu, sedangkan atribusi ditulis miring.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan Warna</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the analysis; the matrix on screen stays</source>
        <translation>Hentikan analisis; matriks di layar tetap ada</translation>
    </message>
    <message>
        <source>The edited fact no longer matches the filter; it stays until the filter changes.</source>
        <translation>Fakta yang baru disunting tidak lagi cocok dengan filter; fakta itu tetap tampil sampai filter diubah.</translation>
    </message>
    <message>
        <source>{name} on {server}</source>
        <translation>{name} di {server}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa Judul</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (hanya-baca)</translation>
    </message>
    <message>
        <source>{n} outlet</source>
        <translation>{n} media</translation>
    </message>
    <message>
        <source>{n} outlets</source>
        <translation>{n} media</translation>
    </message>
    <message>
        <source>{n} fact</source>
        <translation>{n} fakta</translation>
    </message>
    <message>
        <source>{n} facts</source>
        <translation>{n} fakta</translation>
    </message>
    <message>
        <source>“{label}” is hidden by the current filter (Clear Filter shows it).</source>
        <translation>“{label}” tersembunyi oleh filter yang aktif (Hapus Filter untuk menampilkannya).</translation>
    </message>
    <message>
        <source>Read {outlet}</source>
        <translation>Baca {outlet}</translation>
    </message>
    <message>
        <source>Rename Outlet…</source>
        <translation>Ganti Nama Media…</translation>
    </message>
    <message>
        <source>Hide {outlet}</source>
        <translation>Sembunyikan {outlet}</translation>
    </message>
    <message>
        <source>Rename Outlet</source>
        <translation>Ganti Nama Media</translation>
    </message>
    <message>
        <source>Outlet name:</source>
        <translation>Nama media:</translation>
    </message>
    <message>
        <source>No corpus analysed yet</source>
        <translation>Belum ada artikel yang dianalisis</translation>
    </message>
    <message>
        <source>{shown} of {total} facts shown</source>
        <translation>{shown} dari {total} fakta ditampilkan</translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation>{n} pertentangan</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} pertentangan</translation>
    </message>
    <message>
        <source>{shown} of {total} outlets</source>
        <translation>{shown} dari {total} media</translation>
    </message>
    <message>
        <source>{n} minor row out of view</source>
        <translation>{n} baris minor tidak ditampilkan</translation>
    </message>
    <message>
        <source>{n} minor rows out of view</source>
        <translation>{n} baris minor tidak ditampilkan</translation>
    </message>
    <message>
        <source>About Claimgrid</source>
        <translation>Tentang Claimgrid</translation>
    </message>
    <message>
        <source>Comparative source review: what news outlets agree and disagree on, as a claims matrix.</source>
        <translation>Perbandingan sumber berita: apa yang disepakati dan diperselisihkan media, dalam bentuk matriks klaim.</translation>
    </message>
    <message>
        <source>Table text {size} pt</source>
        <translation>Teks tabel {size} pt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search the fact labels and the outlets&apos; sentences</source>
        <translation>Cari di label fakta dan kalimat media</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Hapus Filter</translation>
    </message>
    <message>
        <source>Show every fact and every outlet</source>
        <translation>Tampilkan semua fakta dan semua media</translation>
    </message>
    <message>
        <source>&amp;Default Order</source>
        <translation>&amp;Urutan Bawaan</translation>
    </message>
    <message>
        <source>Conflicts first, then facts stated by more outlets</source>
        <translation>Pertentangan lebih dulu, lalu fakta yang disebut lebih banyak media</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>P&amp;erkecil</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Ukuran Se&amp;mula</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Keterangan Warna</translation>
    </message>
    <message>
        <source>What the colours and glyphs mean</source>
        <translation>Arti warna dan tanda</translation>
    </message>
    <message>
        <source>&amp;About Claimgrid</source>
        <translation>&amp;Tentang Claimgrid</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ber&amp;kas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
</context>
<context>
    <name>MatrixFilter</name>
    <message>
        <source>all facts, all outlets</source>
        <translation>semua fakta, semua media</translation>
    </message>
    <message>
        <source>open disagreements between reviewers</source>
        <translation>beda pendapat peninjau yang belum selesai</translation>
    </message>
    <message>
        <source>{agreements} rows</source>
        <translation>baris {agreements}</translation>
    </message>
    <message>
        <source>{kinds} facts</source>
        <translation>fakta {kinds}</translation>
    </message>
    <message>
        <source>stated by at least {n} outlets</source>
        <translation>disebut sedikitnya {n} media</translation>
    </message>
    <message>
        <source>matching “{text}”</source>
        <translation>cocok dengan “{text}”</translation>
    </message>
    <message>
        <source>outlets hidden: {outlets}</source>
        <translation>media disembunyikan: {outlets}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Fact</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <source>What the outlets state</source>
        <translation>Apa yang disebut media</translation>
    </message>
    <message>
        <source>Quantity, date or statement</source>
        <translation>Angka, tanggal, atau pernyataan</translation>
    </message>
    <message>
        <source>How many outlets state the fact</source>
        <translation>Berapa media yang menyebut fakta ini</translation>
    </message>
    <message>
        <source>How the outlets that state the fact relate to each other</source>
        <translation>Bagaimana media yang menyebut fakta ini saling terkait</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sudah diperiksa</translation>
    </message>
    <message>
        <source>Decided by {who}</source>
        <translation>Diputuskan oleh {who}</translation>
    </message>
    <message>
        <source>made by the reviewer</source>
        <translation>dibuat pemeriksa</translation>
    </message>
    <message>
        <source>the analysis no longer finds this fact; kept from the reviewer&apos;s decisions</source>
        <translation>analisis tidak lagi menemukan fakta ini; dipertahankan dari keputusan pemeriksa</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Sudah diperiksa</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <source>stated by {count} of {total} outlets</source>
        <translation>disebut {count} dari {total} media</translation>
    </message>
    <message>
        <source>Kind: &lt;b&gt;{kind}&lt;/b&gt;</source>
        <translation>Jenis: &lt;b&gt;{kind}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>{n} file could not be used:</source>
        <translation>{n} berkas tidak bisa dipakai:</translation>
    </message>
    <message>
        <source>{n} files could not be used:</source>
        <translation>{n} berkas tidak bisa dipakai:</translation>
    </message>
    <message>
        <source>… and {count} more (hover for the full list)</source>
        <translation>… dan {count} lagi (arahkan tetikus untuk daftar lengkap)</translation>
    </message>
    <message>
        <source>Too short to be an article (analysed all the same; remove it from the Sources list if it is not one):</source>
        <translation>Terlalu pendek untuk sebuah artikel (tetap dianalisis; keluarkan dari daftar Sumber bila memang bukan artikel):</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} kata</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} kata</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste Article</source>
        <translation>Tempel Artikel</translation>
    </message>
    <message>
        <source>e.g. Kompas, BBC News Indonesia</source>
        <translation>mis. Kompas, BBC News Indonesia</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (tidak wajib)</translation>
    </message>
    <message>
        <source>Paste the article here: headline, date line and text.</source>
        <translation>Tempel artikel di sini: judul, baris tanggal, dan isi.</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Add to Corpus</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>No article text is left once menus and share buttons are removed. Paste the article&apos;s own text.</source>
        <translation>Tidak ada isi artikel yang tersisa setelah menu dan tombol berbagi dibuang. Tempelkan isi artikelnya sendiri.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>claimgrid: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start Claimgrid from a desktop session, or work on the command line:
  claimgrid analyze PATH...      (claimgrid --help lists every command)</source>
        <translation>claimgrid: tidak ada layar untuk membuka jendela (DISPLAY maupun WAYLAND_DISPLAY tidak diatur).
Jalankan Claimgrid dari sesi desktop, atau bekerja di baris perintah:
  claimgrid analyze PATH...      (claimgrid --help memuat semua perintah)</translation>
    </message>
    <message>
        <source>claimgrid: the window cannot start: these system libraries are not installed:</source>
        <translation>claimgrid: jendela tidak bisa dibuka: pustaka sistem berikut belum terpasang:</translation>
    </message>
    <message>
        <source>  {library} (package {package})</source>
        <translation>  {library} (paket {package})</translation>
    </message>
    <message>
        <source>  no font at all (package {package})</source>
        <translation>  tidak ada fon sama sekali (paket {package})</translation>
    </message>
    <message>
        <source>Install them with:</source>
        <translation>Pasang dengan:</translation>
    </message>
    <message>
        <source>The command line works without them: claimgrid analyze PATH..., claimgrid export PROJECT.</source>
        <translation>Baris perintah tetap bisa dipakai tanpa pustaka itu: claimgrid analyze PATH..., claimgrid export PROJECT.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Claimgrid projects</source>
        <translation>Proyek Claimgrid</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>Proyek &amp;Baru</translation>
    </message>
    <message>
        <source>Start an empty project; the open one stays saved where it is</source>
        <translation>Mulai proyek kosong; proyek yang terbuka tetap tersimpan di tempatnya</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Buka &amp;Proyek…</translation>
    </message>
    <message>
        <source>Open a Claimgrid project file</source>
        <translation>Buka berkas proyek Claimgrid</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Simpan Proyek &amp;Sebagai…</translation>
    </message>
    <message>
        <source>Keep this project under a name and folder of your choice</source>
        <translation>Simpan proyek ini dengan nama dan folder pilihan Anda</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>Proyek Ter&amp;akhir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open {file}&lt;/b&gt;: {reason}. Nothing was changed.</source>
        <translation>&lt;b&gt;{file} tidak bisa dibuka&lt;/b&gt;: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opened read-only&lt;/b&gt;: {reason}. Changes cannot be saved here; Save Project As… makes a copy you can change.</source>
        <translation>&lt;b&gt;Dibuka hanya-baca&lt;/b&gt;: {reason}. Perubahan tidak dapat disimpan di sini; Simpan Proyek Sebagai… membuat salinan yang dapat diubah.</translation>
    </message>
    <message>
        <source>Project saved as {path}</source>
        <translation>Proyek disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Simpan Proyek Sebagai</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Belum ada proyek terakhir</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Kosongkan Daftar Proyek Terakhir</translation>
    </message>
    <message>
        <source>&lt;b&gt;A change could not be saved&lt;/b&gt; and was not made: {reason}</source>
        <translation>&lt;b&gt;Perubahan tidak bisa disimpan&lt;/b&gt; sehingga tidak dilakukan: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mark as Agree</source>
        <translation>Tandai Sesuai</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s cell to agree</source>
        <translation>Jadikan sel media ini sesuai</translation>
    </message>
    <message>
        <source>Mark as Conflict</source>
        <translation>Tandai Bertentangan</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s cell to conflict</source>
        <translation>Jadikan sel media ini bertentangan</translation>
    </message>
    <message>
        <source>Mark as Partial</source>
        <translation>Tandai Sebagian</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s cell to partial</source>
        <translation>Jadikan sel media ini sebagian</translation>
    </message>
    <message>
        <source>Mark as Absent</source>
        <translation>Tandai Tidak Ada</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s cell to absent (not mentioned)</source>
        <translation>Jadikan sel media ini tidak ada (tidak disebut)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Re&amp;name Fact</source>
        <translation>Ganti &amp;Nama Fakta</translation>
    </message>
    <message>
        <source>Edit the fact&apos;s label</source>
        <translation>Sunting label fakta</translation>
    </message>
    <message>
        <source>&amp;Delete Fact</source>
        <translation>&amp;Hapus Fakta</translation>
    </message>
    <message>
        <source>Remove the selected facts from the matrix (undo brings them back)</source>
        <translation>Buang fakta terpilih dari matriks (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>&amp;Hide Fact</source>
        <translation>&amp;Sembunyikan Fakta</translation>
    </message>
    <message>
        <source>Keep the fact but leave it out of view and exports</source>
        <translation>Simpan faktanya, tetapi jangan tampilkan di layar maupun ekspor</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Facts</source>
        <translation>Tampilkan Fakta &amp;Tersembunyi</translation>
    </message>
    <message>
        <source>Show the facts you hid, so you can bring them back</source>
        <translation>Tampilkan fakta yang Anda sembunyikan agar bisa dikembalikan</translation>
    </message>
    <message>
        <source>Show &amp;Minor Rows</source>
        <translation>Tampilkan Baris &amp;Minor</translation>
    </message>
    <message>
        <source>Also show the rows one outlet states that are not worth checking on their own</source>
        <translation>Tampilkan juga baris yang hanya dinyatakan satu media dan tidak perlu diperiksa tersendiri</translation>
    </message>
    <message>
        <source>Count &amp;Copies Once</source>
        <translation>Hitung &amp;Salinan Sekali</translation>
    </message>
    <message>
        <source>Outlets that run the same story (a wire copy) count as one in the agreement</source>
        <translation>Media yang memuat berita yang sama (salinan kantor berita) dihitung satu dalam kesesuaian</translation>
    </message>
    <message>
        <source>Mark &amp;Cell Reviewed</source>
        <translation>Tandai S&amp;el Sudah Diperiksa</translation>
    </message>
    <message>
        <source>You checked this outlet&apos;s cell</source>
        <translation>Anda sudah memeriksa sel media ini</translation>
    </message>
    <message>
        <source>Mark &amp;Row Reviewed</source>
        <translation>Tandai &amp;Baris Sudah Diperiksa</translation>
    </message>
    <message>
        <source>You checked every cell of the fact</source>
        <translation>Anda sudah memeriksa semua sel fakta ini</translation>
    </message>
    <message>
        <source>&amp;Merge Facts</source>
        <translation>&amp;Gabungkan Fakta</translation>
    </message>
    <message>
        <source>Make the selected facts one row (the first keeps its cells where both have one)</source>
        <translation>Jadikan fakta terpilih satu baris (yang pertama mempertahankan selnya bila keduanya punya)</translation>
    </message>
    <message>
        <source>S&amp;plit Cell Out</source>
        <translation>&amp;Pisahkan Sel</translation>
    </message>
    <message>
        <source>Move this outlet&apos;s cell into a fact of its own</source>
        <translation>Pindahkan sel media ini menjadi fakta tersendiri</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Tambah &amp;Catatan…</translation>
    </message>
    <message>
        <source>A note on the current cell, or on the fact when its label is current</source>
        <translation>Catatan pada sel yang aktif, atau pada fakta bila labelnya yang aktif</translation>
    </message>
    <message>
        <source>New Fact from &amp;Selection</source>
        <translation>Fakta Baru dari Pil&amp;ihan</translation>
    </message>
    <message>
        <source>Make a fact of the words selected in the article</source>
        <translation>Jadikan kata yang dipilih di artikel sebagai fakta</translation>
    </message>
    <message>
        <source>&amp;Attach Selection as Evidence</source>
        <translation>Lampi&amp;rkan Pilihan sebagai Bukti</translation>
    </message>
    <message>
        <source>The words selected in the article become this outlet&apos;s evidence for the fact</source>
        <translation>Kata yang dipilih di artikel menjadi bukti media ini untuk fakta tersebut</translation>
    </message>
    <message>
        <source>Note on this outlet&apos;s cell ({outlet}):</source>
        <translation>Catatan pada sel media ini ({outlet}):</translation>
    </message>
    <message>
        <source>Note on this fact:</source>
        <translation>Catatan pada fakta ini:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>New Fact</source>
        <translation>Fakta Baru</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Un&amp;hide Fact</source>
        <translation>Tampil&amp;kan Lagi Fakta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Bahasa sistem ({language})</translation>
    </message>
    <message>
        <source>Menus, messages, the legend, exported workbooks and the command line&apos;s help follow this choice. The window reopens in the new language; nothing is lost.</source>
        <translation>Menu, pesan, keterangan warna, buku kerja yang diekspor, dan bantuan baris perintah mengikuti pilihan ini. Jendela dibuka ulang dalam bahasa baru; tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Your name on every decision you make in a shared project; it takes effect when a shared project is next opened.</source>
        <translation>Nama Anda pada setiap keputusan yang Anda buat di proyek bersama; berlaku saat proyek bersama dibuka lagi.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Open a project on a PostgreSQL server, with the other reviewers&apos; decisions as they are made</source>
        <translation>Buka proyek di server PostgreSQL, dengan keputusan peninjau lain begitu dibuat</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project…</source>
        <translation>Buka Proyek Bersa&amp;ma…</translation>
    </message>
    <message>
        <source>Share on Ser&amp;ver…</source>
        <translation>Bagikan ke Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Copy this project to a PostgreSQL server so that several reviewers work on it at once</source>
        <translation>Salin proyek ini ke server PostgreSQL agar beberapa peninjau bisa mengerjakannya bersamaan</translation>
    </message>
    <message>
        <source>Se&amp;ttle Disagreement</source>
        <translation>Selesaikan Beda Pendapa&amp;t</translation>
    </message>
    <message>
        <source>Keep the cell&apos;s status as it shows now and close the reviewers&apos; disagreement on it</source>
        <translation>Pertahankan status sel seperti yang tampil sekarang dan tutup beda pendapat para peninjau tentangnya</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/database or service=NAME); the password comes from libpq&apos;s password file:</source>
        <translation>Alamat server (postgresql://pengguna@host/basisdata atau service=NAMA); kata sandi diambil dari berkas kata sandi libpq:</translation>
    </message>
    <message>
        <source>Open Shared Project</source>
        <translation>Buka Proyek Bersama</translation>
    </message>
    <message>
        <source>Share on Server</source>
        <translation>Bagikan ke Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to share&lt;/b&gt;: open or save a project file first.</source>
        <translation>&lt;b&gt;Tidak ada yang bisa dibagikan&lt;/b&gt;: buka atau simpan berkas proyek dulu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot share on {server}&lt;/b&gt;: {reason}. Nothing was changed.</source>
        <translation>&lt;b&gt;Tidak bisa membagikan ke {server}&lt;/b&gt;: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Shared on {server}</source>
        <translation>Dibagikan di {server}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{text}&lt;/b&gt; is not a server address: write postgresql://user@host/database or service=NAME.</source>
        <translation>&lt;b&gt;{text}&lt;/b&gt; bukan alamat server: tulis postgresql://pengguna@host/basisdata atau service=NAMA.</translation>
    </message>
    <message>
        <source>Connected again to {server}</source>
        <translation>Tersambung lagi ke {server}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server {server} does not answer.&lt;/b&gt; Your decisions are kept on this computer and sent when it is back; others&apos; show then.</source>
        <translation>&lt;b&gt;Server {server} tidak menjawab.&lt;/b&gt; Keputusan Anda disimpan di komputer ini dan dikirim begitu server kembali; keputusan peninjau lain tampil saat itu.</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>click to select this fact</source>
        <translation>klik untuk memilih fakta ini</translation>
    </message>
    <message>
        <source>The outlet whose article is shown</source>
        <translation>Media yang artikelnya ditampilkan</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} kata</translation>
    </message>
    <message>
        <source>does not mention the selected fact</source>
        <translation>tidak menyebut fakta yang dipilih</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>copy of {outlet}</source>
        <translation>salinan {outlet}</translation>
    </message>
    <message>
        <source>{n} copy</source>
        <translation>{n} salinan</translation>
    </message>
    <message>
        <source>{n} copies</source>
        <translation>{n} salinan</translation>
    </message>
    <message>
        <source>together they count once in coverage and agreement</source>
        <translation>bersama-sama dihitung sekali dalam cakupan dan kesesuaian</translation>
    </message>
    <message>
        <source>each counts as a separate outlet (View ▸ Count Copies Once)</source>
        <translation>masing-masing dihitung sebagai media tersendiri (Tampilan ▸ Hitung Salinan Sekali)</translation>
    </message>
    <message>
        <source>Nearly the same text as the article of {outlet}; {counted}.</source>
        <translation>Teksnya nyaris sama dengan artikel {outlet}; {counted}.</translation>
    </message>
    <message>
        <source>Run again, nearly word for word, by {outlets}; {counted}.</source>
        <translation>Dimuat ulang, nyaris kata per kata, oleh {outlets}; {counted}.</translation>
    </message>
    <message>
        <source>Double-click to rename; untick to hide its column.</source>
        <translation>Klik dua kali untuk mengganti nama; hapus centang untuk menyembunyikan kolomnya.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Rename {outlet}…</source>
        <translation>Ganti Nama {outlet}…</translation>
    </message>
    <message>
        <source>Remove {outlet} from the Corpus</source>
        <translation>Keluarkan {outlet} dari Kumpulan Artikel</translation>
    </message>
    <message>
        <source>Analyse again without this article; decisions about others stay</source>
        <translation>Analisis ulang tanpa artikel ini; keputusan tentang artikel lain tetap berlaku</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>agree</source>
        <translation>sesuai</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>bertentangan</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>states the fact with the prevailing value</source>
        <translation>menyebut fakta dengan nilai yang dominan</translation>
    </message>
    <message>
        <source>states a different value</source>
        <translation>menyebut nilai yang berbeda</translation>
    </message>
    <message>
        <source>compatible but vaguer or hedged</source>
        <translation>sejalan, tetapi lebih samar atau berhati-hati</translation>
    </message>
    <message>
        <source>does not mention it</source>
        <translation>tidak menyebutnya</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>permission denied (the folder is read-only or the file is open in another program)</source>
        <translation>akses ditolak (folder ini hanya-baca atau berkasnya sedang dibuka di program lain)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>folder tidak ada</translation>
    </message>
    <message>
        <source>the stored analysis is damaged ({error})</source>
        <translation>analisis yang tersimpan rusak ({error})</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>proses {pid}</translation>
    </message>
    <message>
        <source>of {user}</source>
        <translation>milik {user}</translation>
    </message>
    <message>
        <source>on {host}</source>
        <translation>di {host}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>sejak {time}</translation>
    </message>
    <message>
        <source>another Claimgrid</source>
        <translation>Claimgrid lain</translation>
    </message>
    <message>
        <source>cannot lock {path}</source>
        <translation>tidak dapat mengunci {path}</translation>
    </message>
    <message>
        <source>opened to read only</source>
        <translation>dibuka hanya untuk dibaca</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>berkas ini hanya-baca</translation>
    </message>
    <message>
        <source>cannot open it for writing ({error})</source>
        <translation>tidak dapat dibuka untuk ditulisi ({error})</translation>
    </message>
    <message>
        <source>decision {number} is not in the file</source>
        <translation>keputusan {number} tidak ada di dalam berkas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>sudah ditutup</translation>
    </message>
    <message>
        <source>opened read-only: {reason}</source>
        <translation>dibuka hanya-baca: {reason}</translation>
    </message>
    <message>
        <source>cannot save the change ({error})</source>
        <translation>perubahan tidak dapat disimpan ({error})</translation>
    </message>
    <message>
        <source>open in {program}</source>
        <translation>sedang dibuka di {program}</translation>
    </message>
    <message>
        <source>cannot write the project ({error})</source>
        <translation>proyek tidak dapat ditulis ({error})</translation>
    </message>
    <message>
        <source>cannot write the project: {reason}</source>
        <translation>proyek tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>sebuah folder, bukan berkas proyek</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>an empty file, not a Claimgrid project</source>
        <translation>berkas kosong, bukan proyek Claimgrid</translation>
    </message>
    <message>
        <source>not a Claimgrid project</source>
        <translation>bukan proyek Claimgrid</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>berkas ini rusak ({detail})</translation>
    </message>
    <message>
        <source>not a Claimgrid project (a database of another program)</source>
        <translation>bukan proyek Claimgrid (basis data milik program lain)</translation>
    </message>
    <message>
        <source>made by a newer Claimgrid (project format {version}; this version reads format {schema}); update Claimgrid to open it</source>
        <translation>dibuat oleh Claimgrid yang lebih baru (format proyek {version}; versi ini membaca format {schema}); perbarui Claimgrid untuk membukanya</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>tabel-tabelnya hilang</translation>
    </message>
    <message>
        <source>{parts} and {count} more</source>
        <translation>{parts} dan {count} lainnya</translation>
    </message>
    <message>
        <source>the file is damaged: {parts} no longer match the checksums stored with them (changed outside Claimgrid, or damaged on disk)</source>
        <translation>berkas ini rusak: {parts} tidak lagi cocok dengan checksum yang disimpan bersamanya (diubah di luar Claimgrid, atau rusak di disk)</translation>
    </message>
    <message>
        <source>the analysis: {error}</source>
        <translation>analisisnya: {error}</translation>
    </message>
    <message>
        <source>the article {id} ({outlet})</source>
        <translation>artikel {id} ({outlet})</translation>
    </message>
    <message>
        <source>article {id}: {error}</source>
        <translation>artikel {id}: {error}</translation>
    </message>
    <message>
        <source>the stored analysis</source>
        <translation>analisis yang tersimpan</translation>
    </message>
    <message>
        <source>decision {number}</source>
        <translation>keputusan {number}</translation>
    </message>
    <message>
        <source>decision {number}: {error}</source>
        <translation>keputusan {number}: {error}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{sources} sources, {facts} facts: {counts}</source>
        <translation>{sources} sumber, {facts} fakta: {counts}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>  … {count} more facts (use --all)</source>
        <translation>  … {count} fakta lagi (pakai --all)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <source>Fact id</source>
        <translation>Id fakta</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Id sumber</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Normalised value</source>
        <translation>Nilai baku</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Kalimat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Sudah diperiksa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Fact note</source>
        <translation>Catatan fakta</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>Salinan dari</translation>
    </message>
    <message>
        <source>Date read</source>
        <translation>Tanggal dibaca</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>Matriks klaim</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan data</translation>
    </message>
    <message>
        <source>all facts, all outlets</source>
        <translation>semua fakta, semua media</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>From files</source>
        <translation>Dari berkas</translation>
    </message>
    <message>
        <source>Files not used</source>
        <translation>Berkas yang tidak dipakai</translation>
    </message>
    <message>
        <source>Facts by agreement</source>
        <translation>Fakta menurut kesesuaian</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan warna</translation>
    </message>
    <message>
        <source>Glyph</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Facts per outlet</source>
        <translation>Fakta per media</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>mesin</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>tanpa induk</translation>
    </message>
    <message>
        <source>Facts stated</source>
        <translation>Fakta disebut</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Pertentangan</translation>
    </message>
    <message>
        <source>Single-outlet facts</source>
        <translation>Fakta satu media</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Reading files</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>Analysing articles</source>
        <translation>Menganalisis artikel</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>pemakaian: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu argumen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
</context>
</TS>
