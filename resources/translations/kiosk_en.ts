<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Data pemohon</source>
        <translation>Applicant details</translation>
    </message>
    <message>
        <source>NIK (16 digit)</source>
        <translation>NIK (16 digits)</translation>
    </message>
    <message>
        <source>Nama lengkap (sesuai KTP)</source>
        <translation>Full name (as on e-KTP)</translation>
    </message>
    <message>
        <source>Nomor HP/WA (boleh kosong)</source>
        <translation>Mobile/WhatsApp no. (optional)</translation>
    </message>
    <message>
        <source>Plat nomor kendaraan</source>
        <translation>Vehicle plate number</translation>
    </message>
    <message>
        <source>Pemohon pernah datang: nama dan nomor HP diisi dari kunjungan terakhir.</source>
        <translation>Returning applicant: name and phone number filled in from the last visit.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Lebih banyak</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Gagal membaca log: %1</source>
        <translation>Could not read the log: %1</translation>
    </message>
    <message>
        <source>Log audit masih kosong.</source>
        <translation>The audit log is still empty.</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN salah</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Masuk ditolak</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Ganti petugas</source>
        <translation>Switch officer</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Aktifkan petugas</source>
        <translation>Activate officer</translation>
    </message>
    <message>
        <source>Nonaktifkan petugas</source>
        <translation>Deactivate officer</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Panggil</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Lihat NIK/HP lengkap</source>
        <translation>View full NIK/phone</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ubah pengaturan</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <source>Keluar mode kiosk</source>
        <translation>Exit kiosk mode</translation>
    </message>
    <message>
        <source>Keluar mode kiosk ditolak</source>
        <translation>Kiosk exit refused</translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n baris diekspor ke %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Cetak gagal</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <source>Panggil Ulang</source>
        <translation>Call Again</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Survei Kepuasan</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survei kepuasan untuk pemohon (tanpa identitas)</source>
        <translation>Satisfaction survey (SKM) for the applicant (anonymous)</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Panggil Ulang (%1)</source>
        <translation>Call Again (%1)</translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation>Drive-Thru</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Menunggu printer</source>
        <translation>Waiting for printer</translation>
    </message>
    <message>
        <source>%1 menit · target %2</source>
        <translation>%1 min · target %2</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Periksa sebelum disimpan</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <source>+ Tambah Pemohon</source>
        <translation>+ Add Applicant</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Kendaraan: %1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <source>Pengunjung loket (tanpa kendaraan)</source>
        <translation>Counter visitor (no vehicle)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>HP/WA</source>
        <translation>Phone/WA</translation>
    </message>
    <message>
        <source>Belum lengkap: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Berkas lengkap</source>
        <translation>Documents complete</translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <source>− bln</source>
        <translation>− month</translation>
    </message>
    <message>
        <source>− hari</source>
        <translation>− day</translation>
    </message>
    <message>
        <source>+ hari</source>
        <translation>+ day</translation>
    </message>
    <message>
        <source>+ bln</source>
        <translation>+ month</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Layar Antrean — %1</source>
        <translation>Queue Display — %1</translation>
    </message>
    <message>
        <source>NOMOR ANTREAN</source>
        <translation>QUEUE NUMBER</translation>
    </message>
    <message>
        <source>Panggilan Sebelumnya</source>
        <translation>Previous Calls</translation>
    </message>
    <message>
        <source>Menghubungkan ulang…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Pengunjung Loket</source>
        <translation>Counter Visitor</translation>
    </message>
    <message>
        <source>Belum ada panggilan</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Nomor Anda akan dipanggil di sini</source>
        <translation>Your number will be called here</translation>
    </message>
    <message>
        <source>Silakan ke %1</source>
        <translation>Please go to %1</translation>
    </message>
    <message>
        <source>Menunggu: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>Mohon tetap di dalam kendaraan</source>
        <translation>Please stay in your vehicle</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Reprint</translation>
    </message>
    <message numerus="yes">
        <source>%n kendaraan di depan</source>
        <translation>
            <numerusform>%n vehicle ahead</numerusform>
            <numerusform>%n vehicles ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orang di depan</source>
        <translation>
            <numerusform>%n person ahead</numerusform>
            <numerusform>%n people ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>Mencetak slip…</source>
        <translation>Printing slip…</translation>
    </message>
    <message>
        <source>Slip dicetak. Serahkan kepada pemohon.</source>
        <translation>Slip printed. Hand it to the applicant.</translation>
    </message>
    <message>
        <source>Slip menunggu printer: %1 Data sudah tersimpan; slip dicetak otomatis saat printer siap.</source>
        <translation>Slip waiting for printer: %1 The data is saved; the slip prints automatically when the printer is ready.</translation>
    </message>
    <message>
        <source>Slip belum tercetak: %1 Data sudah tersimpan.</source>
        <translation>Slip not printed: %1 The data is saved.</translation>
    </message>
</context>
<context>
    <name>ExitKioskDialog</name>
    <message>
        <source>Keluar dari mode kiosk</source>
        <translation>Exit kiosk mode</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin: ketuk nama Anda dan ketik PIN.</source>
        <translation>Supervisor or admin only: tap your name and type your PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Belum ada supervisor atau admin.</source>
        <translation>There is no supervisor or admin yet.</translation>
    </message>
    <message>
        <source>Ketuk nama Anda terlebih dahulu.</source>
        <translation>Tap your name first.</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>PIN salah. Sisa %1 percobaan.</source>
        <translation>Wrong PIN. Attempts left: %1.</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Selamat datang: buat akun admin pertama</source>
        <translation>Welcome: create the first admin account</translation>
    </message>
    <message>
        <source>Belum ada petugas. Admin pertama memilih PIN-nya sendiri, lalu menambah petugas lain lewat ⚙ Pengaturan › Petugas.</source>
        <translation>No officers yet. The first admin chooses their own PIN, then adds other officers via ⚙ Settings › Officers.</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Masuk</source>
        <translation>Save &amp;&amp; Log In</translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Kurang Baik</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Tidak Baik</source>
        <translation>Poor</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>1 Layanan</source>
        <translation>1 Service</translation>
    </message>
    <message>
        <source>2 Pemohon</source>
        <translation>2 Applicant</translation>
    </message>
    <message>
        <source>3 Persyaratan</source>
        <translation>3 Requirements</translation>
    </message>
    <message>
        <source>4 Konfirmasi</source>
        <translation>4 Confirm</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Lanjut ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Jalur Drive-Thru</source>
        <translation>Drive-Thru Lane</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Cetak Slip</source>
        <translation>Save &amp;&amp; Print Slip</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>Mencoba menyimpan lagi setiap %n detik…</source>
        <translation>
            <numerusform>Trying to save again every %n second…</numerusform>
            <numerusform>Trying to save again every %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1. Data yang diketik masih ada; coba lagi.</source>
        <translation>Could not save: %1. What you typed is still here; try again.</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>⌫ Hapus</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Hapus satu karakter</source>
        <translation>Delete one character</translation>
    </message>
    <message>
        <source>Bersihkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Bersihkan seluruh isian</source>
        <translation>Clear the whole entry</translation>
    </message>
</context>
<context>
    <name>LaneScreen</name>
    <message>
        <source>Kendaraan Baru</source>
        <translation>New Vehicle</translation>
    </message>
    <message>
        <source>Pengunjung Loket</source>
        <translation>Counter Visitor</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation>Drive-Thru</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Hanya %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Cari no./plat</source>
        <translation>Search no./plate</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Keyboard layar</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pengaturan: printer, petugas, log audit</source>
        <translation>Settings: printers, officers, audit log</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan pelayanan dan IKM (supervisor, admin)</source>
        <translation>Service and satisfaction index (IKM) reports (supervisor, admin)</translation>
    </message>
    <message>
        <source>Papan menampilkan data terakhir yang diketahui.</source>
        <translation>The board shows the last known data.</translation>
    </message>
    <message numerus="yes">
        <source>%n kunjungan selesai sebelumnya tidak ditampilkan: cari dengan nomor antrean atau plat nomor.</source>
        <translation>
            <numerusform>%n earlier finished visit not shown: search by queue number or plate.</numerusform>
            <numerusform>%n earlier finished visits not shown: search by queue number or plate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aktif</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menunggu</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada kunjungan yang cocok dengan pencarian.</source>
        <translation>No visits match the search.</translation>
    </message>
    <message>
        <source>Belum ada kunjungan hari ini. Ketuk “Kendaraan Baru” untuk mulai.</source>
        <translation>No visits yet today. Tap “New Vehicle” to start.</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Dokumen belum tercetak: %1</source>
        <translation>Document not printed: %1</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Masuk</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Ketuk nama Anda, lalu ketik PIN.</source>
        <translation>Tap your name, then type your PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Buka Kunci (Supervisor)</source>
        <translation>Unlock (Supervisor)</translation>
    </message>
    <message>
        <source>Tutup Aplikasi</source>
        <translation>Close App</translation>
    </message>
    <message>
        <source>Daftar petugas tidak dapat dibaca: %1</source>
        <translation>Cannot read the officer list: %1</translation>
    </message>
    <message>
        <source>Ketuk nama Anda terlebih dahulu.</source>
        <translation>Tap your name first.</translation>
    </message>
    <message>
        <source>Ketik PIN Anda.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 membuka kunci %2. Ketik PIN lagi.</source>
        <translation>%1 unlocked %2. Type the PIN again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ganti Petugas</source>
        <translation>Switch Officer</translation>
    </message>
    <message>
        <source>Printer …</source>
        <translation>Printer …</translation>
    </message>
    <message>
        <source>Layar dikunci: tidak ada aktivitas %1 menit. Masukkan PIN lagi.</source>
        <translation>Screen locked: no activity for %1 minutes. Enter your PIN again.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Printer siap</source>
        <translation>Printer ready</translation>
    </message>
    <message>
        <source>Printer dijeda</source>
        <translation>Printer paused</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Printer offline</translation>
    </message>
    <message>
        <source>Printer: status tidak diketahui</source>
        <translation>Printer: status unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen menunggu</source>
        <translation>
            <numerusform>%n document waiting</numerusform>
            <numerusform>%n documents waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Berkas pengaturan {path} tidak dapat dibaca: {error}</source>
        <translation>Cannot read the settings file {path}: {error}</translation>
    </message>
    <message>
        <source>Bagian [{name}] pada pengaturan harus berupa tabel.</source>
        <translation>Section [{name}] of the settings must be a table.</translation>
    </message>
    <message>
        <source>Pengaturan tidak dikenal di [{name}]: {keys}.</source>
        <translation>Unknown settings in [{name}]: {keys}.</translation>
    </message>
    <message>
        <source>Pengaturan [{name}] {key} harus bertipe {type}, bukan {value}.</source>
        <translation>Setting [{name}] {key} must be of type {type}, not {value}.</translation>
    </message>
    <message>
        <source>Lebar kertas harus 80 atau 58 mm.</source>
        <translation>Paper width must be 80 or 58 mm.</translation>
    </message>
    <message>
        <source>Kertas tanda terima harus &quot;A4&quot;, &quot;80&quot; atau &quot;58&quot;.</source>
        <translation>Receipt paper must be &quot;A4&quot;, &quot;80&quot; or &quot;58&quot;.</translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal: pakai &quot;outbox&quot;, &quot;cups:NAMA&quot; atau &quot;qt:NAMA&quot;.</source>
        <translation>Unknown printer {name}: use &quot;outbox&quot;, &quot;cups:NAME&quot; or &quot;qt:NAME&quot;.</translation>
    </message>
    <message>
        <source>Jumlah salinan cetak harus 1 sampai 5.</source>
        <translation>Number of copies must be 1 to 5.</translation>
    </message>
    <message>
        <source>no_show_after_calls minimal 1.</source>
        <translation>no_show_after_calls must be at least 1.</translation>
    </message>
    <message>
        <source>Tanggal cuti bersama {day} tidak valid (pakai format TTTT-BB-HH).</source>
        <translation>Collective leave date {day} is not valid (use the format YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Pengaturan [display] tidak valid: recent_calls &gt;= 1, poll_ms &gt;= 100.</source>
        <translation>Invalid [display] settings: recent_calls &gt;= 1, poll_ms &gt;= 100.</translation>
    </message>
    <message>
        <source>Pengaturan [office] {key} wajib diisi, paling banyak {length} huruf.</source>
        <translation>Setting [office] {key} is required, at most {length} characters.</translation>
    </message>
    <message>
        <source>Alamat atau telepon kantor terlalu panjang.</source>
        <translation>The office address or phone is too long.</translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Nama jalur/loket wajib diisi, paling banyak 40 huruf.</source>
        <translation>The lane/counter name is required, at most 40 characters.</translation>
    </message>
    <message>
        <source>Awalan nomor antrean {prefix} hanya boleh 1-3 huruf/angka.</source>
        <translation>Queue number prefix {prefix} may only be 1-3 letters/digits.</translation>
    </message>
    <message>
        <source>Pengaturan [privacy] retention_days minimal {days} hari.</source>
        <translation>Setting [privacy] retention_days must be at least {days} days.</translation>
    </message>
    <message>
        <source>Pengaturan [privacy] backups_kept minimal 1.</source>
        <translation>Setting [privacy] backups_kept must be at least 1.</translation>
    </message>
    <message>
        <source>Pengaturan [privacy] idle_lock_minutes harus 1 sampai 60.</source>
        <translation>Setting [privacy] idle_lock_minutes must be 1 to 60.</translation>
    </message>
    <message>
        <source>Bahasa harus &apos;id&apos; atau &apos;en&apos;.</source>
        <translation>Language must be &apos;id&apos; or &apos;en&apos;.</translation>
    </message>
    <message>
        <source>Kode layanan ganda di katalog: {codes}.</source>
        <translation>Duplicate service codes in the catalogue: {codes}.</translation>
    </message>
    <message>
        <source>Layanan dengan kode {code} tidak ada di katalog.</source>
        <translation>No service with code {code} in the catalogue.</translation>
    </message>
    <message>
        <source>Katalog layanan tidak valid: {error}</source>
        <translation>The service catalogue is not valid: {error}</translation>
    </message>
    <message>
        <source>Katalog layanan tidak dapat dibaca ({path}): {error}</source>
        <translation>Cannot read the service catalogue ({path}): {error}</translation>
    </message>
    <message>
        <source>Permohonan sudah {status}; statusnya tidak dapat diubah lagi.</source>
        <translation>The request is already {status}; its status can no longer change.</translation>
    </message>
    <message>
        <source>Tidak dapat mengubah status dari {current} ke {target}.</source>
        <translation>Cannot change the status from {current} to {target}.</translation>
    </message>
    <message>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for cancelling is required.</translation>
    </message>
    <message>
        <source>Pilih berkas yang belum lengkap.</source>
        <translation>Choose the documents that are missing.</translation>
    </message>
    <message>
        <source>Tanggal pengambilan wajib diisi untuk berkas yang diteruskan.</source>
        <translation>A pick-up date is required for a forwarded request.</translation>
    </message>
    <message>
        <source>Tanggal pengambilan tidak boleh sebelum hari ini.</source>
        <translation>The pick-up date cannot be before today.</translation>
    </message>
    <message>
        <source>Pemohon baru dipanggil {calls} kali; tandai tidak hadir setelah {needed} kali panggilan.</source>
        <translation>Not enough calls yet to mark a no-show (called: {calls}, needed: {needed}).</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK</source>
        <translation>The date in the KK number</translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31. Nomor KK tidak memakai tambahan 40 seperti NIK perempuan; apakah ini NIK?</source>
        <translation>The day in the KK number (digits 7-8: {digits}) is not valid: it must be 01-31. A KK number does not add 40 like a woman&apos;s NIK; is this a NIK?</translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31.</source>
        <translation>The day in the KK number (digits 7-8: {digits}) is not valid: it must be 01-31.</translation>
    </message>
    <message>
        <source>Bulan pada Nomor KK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.</source>
        <translation>The month in the KK number (digits 9-10: {digits}) is not valid: it must be 01-12.</translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK ({date}) belum terjadi; periksa kembali Nomor KK.</source>
        <translation>The date in the KK number ({date}) is in the future; check the KK number again.</translation>
    </message>
    <message>
        <source>Nomor urut pada Nomor KK (4 digit terakhir) tidak boleh 0000.</source>
        <translation>The serial number in the KK number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK</source>
        <translation>The birth date in the NIK</translation>
    </message>
    <message>
        <source>{label} harus diisi sebagai teks angka.</source>
        <translation>{label} must be entered as digits.</translation>
    </message>
    <message>
        <source>{label} belum diisi.</source>
        <translation>Please enter the {label}.</translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka (spasi, titik, dan tanda hubung diabaikan); ditemukan karakter {char}.</source>
        <translation>{label} may only contain digits (spaces, dots and dashes are ignored); found the character {char}.</translation>
    </message>
    <message>
        <source>{label} harus {length} digit angka (tertulis {count} digit).</source>
        <translation>{label} must be {length} digits ({count} typed).</translation>
    </message>
    <message>
        <source>Kode provinsi pada {label} (2 digit pertama: {province}) tidak dikenal. {label} selalu diawali kode salah satu dari 38 provinsi, mis. 36 untuk Banten.</source>
        <translation>The province code in the {label} (first 2 digits: {province}) is unknown. A {label} always starts with the code of one of the 38 provinces, e.g. 36 for Banten.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota pada {label} (digit ke-3 dan ke-4) tidak boleh 00.</source>
        <translation>The regency/city code in the {label} (digits 3-4) cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan pada {label} (digit ke-5 dan ke-6) tidak boleh 00.</source>
        <translation>The sub-district code in the {label} (digits 5-6) cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} pada {label} tidak ada dalam daftar wilayah yang tersimpan (mungkin wilayah baru hasil pemekaran). Periksa kembali {label} dengan KTP/KK.</source>
        <translation>Regency/city code {code} in the {label} is not in the stored list of regions (perhaps a newly created region). Check the {label} against the KTP/KK.</translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak ada dalam daftar kecamatan {regency} yang tersimpan. Periksa kembali {label} dengan KTP/KK.</source>
        <translation>Sub-district code {code} in the {label} is not in the stored list of sub-districts of {regency}. Check the {label} against the KTP/KK.</translation>
    </message>
    <message>
        <source>{what} tidak ada di kalender: {date} (tahun {year} bukan tahun kabisat).</source>
        <translation>{what} is not a real date: {date} ({year} is not a leap year).</translation>
    </message>
    <message>
        <source>{what} tidak ada di kalender: {date}.</source>
        <translation>{what} is not a real date: {date}.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31 untuk laki-laki atau 41-71 untuk perempuan (tanggal lahir + 40).</source>
        <translation>The birth day in the NIK (digits 7-8: {digits}) is not valid: it must be 01-31 for a man or 41-71 for a woman (day of birth + 40).</translation>
    </message>
    <message>
        <source>Bulan lahir pada NIK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.</source>
        <translation>The birth month in the NIK (digits 9-10: {digits}) is not valid: it must be 01-12.</translation>
    </message>
    <message>
        <source>Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.</source>
        <translation>The serial number in the NIK (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang disampaikan ({stated_sex}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar.</source>
        <translation>The sex in the NIK ({nik_sex}) differs from the one stated ({stated_sex}). Check the KTP/KK; you may go on if the data is right.</translation>
    </message>
    <message>
        <source>Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan ({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar. Bedanya hanya abad: tahun pada NIK hanya ditulis 2 digit.</source>
        <translation>The birth date in the NIK ({nik_date}) differs from the one stated ({stated_date}). Check the KTP/KK; you may go on if the data is right. Only the century differs: the NIK holds just 2 digits of the year.</translation>
    </message>
    <message>
        <source>Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan ({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar.</source>
        <translation>The birth date in the NIK ({nik_date}) differs from the one stated ({stated_date}). Check the KTP/KK; you may go on if the data is right.</translation>
    </message>
    <message>
        <source>Demo (tanpa login)</source>
        <translation>Demo (no login)</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat membatalkan permohonan.</source>
        <translation>Only a supervisor or admin can cancel a request.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat mencetak ulang dokumen.</source>
        <translation>Only a supervisor or admin can reprint a document.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat melihat laporan.</source>
        <translation>Only a supervisor or admin can see reports.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat membuka kunci.</source>
        <translation>Only a supervisor or admin can unlock.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola petugas.</source>
        <translation>Only an admin can manage officers.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah pengaturan.</source>
        <translation>Only an admin can change the settings.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah katalog layanan.</source>
        <translation>Only an admin can change the service catalogue.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat membuka log audit.</source>
        <translation>Only an admin can open the audit log.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menghapus data pribadi lama.</source>
        <translation>Only an admin can erase old personal data.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat membuat atau memulihkan cadangan.</source>
        <translation>Only an admin can make or restore a backup.</translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan tindakan ini.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>PIN harus 4 sampai 8 angka.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>PIN tidak boleh berisi satu angka yang diulang.</source>
        <translation>The PIN cannot be one digit repeated.</translation>
    </message>
    <message>
        <source>PIN tidak boleh berupa urutan angka (mis. 1234).</source>
        <translation>The PIN cannot be a run of digits (e.g. 1234).</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nomor HP harus diisi sebagai teks angka.</source>
        <translation>The mobile number must be entered as digits.</translation>
    </message>
    <message>
        <source>Nomor HP belum diisi.</source>
        <translation>Please enter the mobile number.</translation>
    </message>
    <message>
        <source>Nomor HP hanya boleh berisi angka, spasi, tanda +, tanda hubung, titik, dan tanda kurung; ditemukan karakter {char}.</source>
        <translation>The mobile number may only contain digits, spaces, +, dashes, dots and brackets; found the character {char}.</translation>
    </message>
    <message>
        <source>Nomor HP belum berisi angka. Contoh: 0812-3456-7890.</source>
        <translation>The mobile number has no digits yet. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Nomor HP tidak dapat dibaca: &apos;{number}&apos;. Contoh: 0812-3456-7890.</source>
        <translation>Cannot read the mobile number: &apos;{number}&apos;. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Nomor HP harus nomor Indonesia (+62); nomor ini berkode negara +{country}.</source>
        <translation>The mobile number must be Indonesian (+62); this one has country code +{country}.</translation>
    </message>
    <message>
        <source>Nomor HP tidak sah: &apos;{number}&apos;. Periksa jumlah dan awalan digitnya. Contoh: 0812-3456-7890.</source>
        <translation>Mobile number not valid: &apos;{number}&apos;. Check the number of digits and how it starts. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Nomor {number} adalah telepon rumah/kantor, bukan HP. Masukkan nomor HP (diawali 08).</source>
        <translation>{number} is a landline, not a mobile. Enter a mobile number (starting with 08).</translation>
    </message>
    <message>
        <source>Nomor {number} bukan nomor HP. Masukkan nomor HP (diawali 08).</source>
        <translation>{number} is not a mobile number. Enter a mobile number (starting with 08).</translation>
    </message>
    <message>
        <source>Plat nomor belum diisi.</source>
        <translation>Please enter the plate.</translation>
    </message>
    <message>
        <source>Plat nomor hanya boleh berisi huruf dan angka; ditemukan karakter {char}.</source>
        <translation>The plate may only contain letters and digits; found the character {char}.</translation>
    </message>
    <message>
        <source>Plat nomor harus memuat nomor (1-4 angka) setelah kode wilayah. Contoh penulisan: B 1234 ABC.</source>
        <translation>The plate needs a number (1-4 digits) after the region code. Example: B 1234 ABC.</translation>
    </message>
    <message>
        <source>Plat nomor harus diawali kode wilayah berupa 1-2 huruf (tertulis &apos;{plate}&apos;). Contoh penulisan: B 1234 ABC.</source>
        <translation>The plate must start with a region code of 1-2 letters (&apos;{plate}&apos; typed). Example: B 1234 ABC.</translation>
    </message>
    <message>
        <source>Nomor pada plat paling banyak 4 angka (tertulis {count} angka).</source>
        <translation>The number on the plate has at most 4 digits ({count} typed).</translation>
    </message>
    <message>
        <source>Format plat nomor tidak dikenali: &apos;{plate}&apos;. Contoh penulisan: B 1234 ABC.</source>
        <translation>Plate format not recognised: &apos;{plate}&apos;. Example: B 1234 ABC.</translation>
    </message>
    <message>
        <source>Huruf di belakang plat paling banyak 3 (tertulis {count} huruf).</source>
        <translation>At most 3 letters at the end of the plate ({count} typed).</translation>
    </message>
    <message>
        <source>Plat nomor harus diisi sebagai teks.</source>
        <translation>The plate must be entered as text.</translation>
    </message>
    <message>
        <source>Nomor pada plat tidak boleh 0.</source>
        <translation>The number on the plate cannot be 0.</translation>
    </message>
    <message>
        <source>Kode wilayah plat &apos;{region}&apos; tidak dikenal; periksa kembali plat nomor.</source>
        <translation>Plate region code &apos;{region}&apos; is unknown; check the plate again.</translation>
    </message>
    <message>
        <source>Nomor plat diawali angka 0 (tertulis {digits}); periksa kembali plat nomor.</source>
        <translation>The plate number starts with 0 ({digits} typed); check the plate again.</translation>
    </message>
    <message>
        <source>Unsur survei tidak dikenal: {codes}.</source>
        <translation>Unknown survey items: {codes}.</translation>
    </message>
    <message>
        <source>Jawaban {code} harus 1 sampai 4.</source>
        <translation>Answer {code} must be 1 to 4.</translation>
    </message>
    <message>
        <source>pemohon</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>Nama {what} wajib diisi.</source>
        <translation>The {what}&apos;s name is required.</translation>
    </message>
    <message>
        <source>Nama terlalu panjang (maksimal {length} karakter).</source>
        <translation>The name is too long (at most {length} characters).</translation>
    </message>
    <message>
        <source>Nama tidak boleh berisi NIK; isi NIK di kolomnya sendiri.</source>
        <translation>The name cannot hold a NIK; enter the NIK in its own field.</translation>
    </message>
    <message>
        <source>Nama berisi karakter yang tidak dapat dicetak: {chars}. Tulis nama dengan huruf Latin seperti pada KTP/KK.</source>
        <translation>The name has characters that cannot be printed: {chars}. Write the name in Latin letters as on the KTP/KK.</translation>
    </message>
    <message>
        <source>Nama harus berisi huruf.</source>
        <translation>The name must contain letters.</translation>
    </message>
    <message>
        <source>Persyaratan tidak dikenal untuk layanan ini: {names}</source>
        <translation>Requirements unknown for this service: {names}</translation>
    </message>
    <message>
        <source>Plat nomor kendaraan wajib diisi untuk jalur drive-thru.</source>
        <translation>The vehicle plate is required in the drive-thru lane.</translation>
    </message>
    <message>
        <source>Pilih minimal satu layanan.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <source>Satu kunjungan paling banyak {count} permohonan.</source>
        <translation>A visit can have at most {count} requests.</translation>
    </message>
    <message>
        <source>Layanan {service} tidak dilayani di jalur drive-thru; silakan ke loket.</source>
        <translation>{service} is not served in the drive-thru lane; please go to the counter.</translation>
    </message>
    <message>
        <source>Permohonan yang sama (layanan dan NIK) sudah ada di kunjungan ini.</source>
        <translation>The same request (service and NIK) is already in this visit.</translation>
    </message>
    <message>
        <source>disk penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>kuota disk habis</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>tidak ada izin menulis</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>disk hanya dapat dibaca</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>lokasi folder tidak valid</source>
        <translation>the folder location is not valid</translation>
    </message>
    <message>
        <source>folder tidak ditemukan</source>
        <translation>the folder was not found</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuat: {reason}.</source>
        <translation>Cannot create the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi.</source>
        <translation>Cannot write to the folder {folder}.</translation>
    </message>
    <message>
        <source>Gagal menyimpan dokumen ke folder {folder}: {reason}.</source>
        <translation>Could not save the document to the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak dapat dihubungi.</source>
        <translation>Cannot reach the print service (CUPS).</translation>
    </message>
    <message>
        <source>Perintah cetak {command} tidak ditemukan: paket cups-client belum terpasang di komputer ini.</source>
        <translation>Print command {command} not found: the cups-client package is not installed on this computer.</translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak menjawab dalam {seconds:g} detik.</source>
        <translation>The print service (CUPS) did not answer within {seconds:g} seconds.</translation>
    </message>
    <message>
        <source>Perintah cetak {command} gagal dijalankan: {error}.</source>
        <translation>Print command {command} could not run: {error}.</translation>
    </message>
    <message>
        <source>Printer {name} tidak terhubung (offline). Periksa kabel dan daya printer.</source>
        <translation>Printer {name} is not connected (offline). Check the printer&apos;s cable and power.</translation>
    </message>
    <message>
        <source>Printer {name} sedang dimatikan. Nyalakan printer.</source>
        <translation>Printer {name} is switched off. Switch the printer on.</translation>
    </message>
    <message>
        <source>Printer {name} tidak menjawab (offline). Periksa kabel dan daya printer.</source>
        <translation>Printer {name} does not answer (offline). Check the printer&apos;s cable and power.</translation>
    </message>
    <message>
        <source>Printer {name} kehabisan kertas. Pasang gulungan kertas baru.</source>
        <translation>Printer {name} is out of paper. Load a new paper roll.</translation>
    </message>
    <message>
        <source>Printer {name} kertasnya macet. Buka printer dan bereskan kertas.</source>
        <translation>Printer {name} has a paper jam. Open the printer and clear the paper.</translation>
    </message>
    <message>
        <source>Printer {name} penutupnya terbuka. Tutup printer.</source>
        <translation>Printer {name} has its cover open. Close the printer.</translation>
    </message>
    <message>
        <source>Dokumen tidak terkirim ke printer {name}: {error}</source>
        <translation>The document was not sent to printer {name}: {error}</translation>
    </message>
    <message>
        <source>Printer {name} sedang menolak pekerjaan cetak (ditolak di spooler). Aktifkan kembali penerimaan (cupsaccept), lalu tekan Cetak Ulang.</source>
        <translation>Printer {name} is refusing print jobs (refused at the spooler). Turn accepting back on (cupsaccept), then tap Reprint.</translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak dapat dihubungi. Dokumen belum tercetak; tekan Cetak Ulang setelah pulih.</source>
        <translation>Cannot reach the print service (CUPS). The document is not printed; tap Reprint once it is back.</translation>
    </message>
    <message>
        <source>Dokumen tidak diterima printer {name}: {reason}</source>
        <translation>Printer {name} did not accept the document: {reason}</translation>
    </message>
    <message>
        <source>Dokumen tidak diterima printer {name}: kode keluar {code}</source>
        <translation>Printer {name} did not accept the document: exit code {code}</translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal oleh sistem. Periksa nama printer di pengaturan kios dan daftar printer CUPS.</source>
        <translation>The system does not know printer {name}. Check the printer name in the kiosk settings and the CUPS printer list.</translation>
    </message>
    <message>
        <source>Status printer {name} tidak dapat dibaca: {detail}</source>
        <translation>Cannot read the status of printer {name}: {detail}</translation>
    </message>
    <message>
        <source>Status printer {name} tidak dapat dibaca: tanpa keterangan</source>
        <translation>Cannot read the status of printer {name}: no details</translation>
    </message>
    <message>
        <source>Keterangan spooler: {note}</source>
        <translation>Spooler note: {note}</translation>
    </message>
    <message>
        <source>Printer {name} sedang dihentikan (paused) dan menolak pekerjaan cetak di spooler. Aktifkan kembali printer dan penerimaan pekerjaan (cupsenable, cupsaccept).</source>
        <translation>Printer {name} is paused and refusing print jobs at the spooler. Turn the printer and job accepting back on (cupsenable, cupsaccept).</translation>
    </message>
    <message>
        <source>Printer {name} sedang dihentikan (paused) di spooler. Aktifkan kembali printer; slip menunggu dan akan dicetak otomatis.</source>
        <translation>Printer {name} is paused at the spooler. Turn the printer back on; slips wait and print automatically.</translation>
    </message>
    <message>
        <source>Printer {name} sedang menolak pekerjaan cetak baru di spooler. Aktifkan kembali penerimaan (cupsaccept); slip menunggu dan akan dicetak otomatis.</source>
        <translation>Printer {name} is refusing new print jobs at the spooler. Turn accepting back on (cupsaccept); slips wait and print automatically.</translation>
    </message>
    <message>
        <source>format PDF tidak valid</source>
        <translation>the PDF format is not valid</translation>
    </message>
    <message>
        <source>dokumen dikunci dengan kata sandi</source>
        <translation>the document is locked with a password</translation>
    </message>
    <message>
        <source>data dokumen belum lengkap</source>
        <translation>the document&apos;s data is incomplete</translation>
    </message>
    <message>
        <source>berkas PDF rusak</source>
        <translation>the PDF file is damaged</translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal oleh sistem.</source>
        <translation>The system does not know printer {name}.</translation>
    </message>
    <message>
        <source>Printer Qt tidak dapat dipakai: aplikasi Qt belum berjalan (jalankan kiosk dengan jendelanya).</source>
        <translation>The Qt printer cannot be used: no Qt application is running (run the kiosk with its window).</translation>
    </message>
    <message>
        <source>Status printer tidak dapat dibaca: aplikasi Qt belum berjalan.</source>
        <translation>Cannot read the printer status: no Qt application is running.</translation>
    </message>
    <message>
        <source>Printer {name} bermasalah, dijeda, atau tidak tersambung.</source>
        <translation>Printer {name} has a problem, is paused, or is not connected.</translation>
    </message>
    <message>
        <source>Status printer {name} tidak diketahui.</source>
        <translation>The status of printer {name} is unknown.</translation>
    </message>
    <message>
        <source>Dokumen &apos;{title}&apos; tidak dapat dibaca untuk dicetak: {reason}.</source>
        <translation>Cannot read document &apos;{title}&apos; for printing: {reason}.</translation>
    </message>
    <message>
        <source>Printer {name} tidak dapat mulai mencetak &apos;{title}&apos;. Periksa printer, lalu tekan Cetak Ulang.</source>
        <translation>Printer {name} cannot start printing &apos;{title}&apos;. Check the printer, then tap Reprint.</translation>
    </message>
    <message>
        <source>Printer {name} gagal membuat halaman {page} dari &apos;{title}&apos;.</source>
        <translation>Printer {name} could not make page {page} of &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Dokumen &apos;{title}&apos; gagal dikirim ke printer {name}. Periksa printer, lalu tekan Cetak Ulang.</source>
        <translation>Document &apos;{title}&apos; could not be sent to printer {name}. Check the printer, then tap Reprint.</translation>
    </message>
    <message>
        <source>Halaman {page} dokumen tidak dapat digambar untuk dicetak.</source>
        <translation>Page {page} of the document cannot be drawn for printing.</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang dapat dipindahkan.</source>
        <translation>No request can be moved.</translation>
    </message>
    <message>
        <source>Hanya kendaraan yang dokumennya siap yang dapat dipanggil.</source>
        <translation>Only a vehicle whose document is ready can be called.</translation>
    </message>
    <message>
        <source>Basis data PostgreSQL tidak dicadangkan atau dipulihkan dari kiosk: pakai pg_dump (dan pg_restore) di server basis data.</source>
        <translation>A PostgreSQL database is not backed up or restored from the kiosk: use pg_dump (and pg_restore) on the database server.</translation>
    </message>
    <message>
        <source>Basis data {url} bukan berkas SQLite: tidak dapat dicadangkan.</source>
        <translation>Database {url} is not a SQLite file: it cannot be backed up.</translation>
    </message>
    <message>
        <source>Cadangan tidak boleh menimpa basis data yang sedang dipakai.</source>
        <translation>A backup cannot overwrite the database in use.</translation>
    </message>
    <message>
        <source>Salinan basis data tidak utuh ({problem}); cadangan dibatalkan.</source>
        <translation>The database copy is not intact ({problem}); backup cancelled.</translation>
    </message>
    <message>
        <source>Berkas cadangan {path} tidak ada.</source>
        <translation>Backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>Berkas cadangan {path} rusak: {problem}</source>
        <translation>Backup file {path} is damaged: {problem}</translation>
    </message>
    <message>
        <source>Berkas {path} bukan cadangan basis data kiosk.</source>
        <translation>File {path} is not a kiosk database backup.</translation>
    </message>
    <message>
        <source>Berkas {path} bukan basis data SQLite yang utuh ({error}).</source>
        <translation>File {path} is not an intact SQLite database ({error}).</translation>
    </message>
    <message>
        <source>Berkas {path} tidak menyebut versi skemanya.</source>
        <translation>File {path} does not state its schema version.</translation>
    </message>
    <message>
        <source>Cadangan {path} berversi skema {version}, lebih baru dari program ini ({latest}). Perbarui program kiosk dulu.</source>
        <translation>Backup {path} has schema version {version}, newer than this program ({latest}). Update the kiosk program first.</translation>
    </message>
    <message>
        <source>Berkas cadangan adalah basis data yang sedang dipakai.</source>
        <translation>The backup file is the database in use.</translation>
    </message>
    <message>
        <source>Pemulihan gagal, basis data tidak berubah: {error}</source>
        <translation>Restore failed, the database is unchanged: {error}</translation>
    </message>
    <message>
        <source>Basis data {path} tidak ada.</source>
        <translation>Database {path} does not exist.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat disalin: {error}</source>
        <translation>Cannot copy the database: {error}</translation>
    </message>
    <message>
        <source>Petugas pertama harus admin.</source>
        <translation>The first officer must be an admin.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menambah petugas.</source>
        <translation>Only an admin can add officers.</translation>
    </message>
    <message>
        <source>Petugas bernama {name} sudah ada.</source>
        <translation>An officer named {name} already exists.</translation>
    </message>
    <message>
        <source>Petugas tidak aktif.</source>
        <translation>Officer not active.</translation>
    </message>
    <message>
        <source>{name} terkunci sampai {time}. Hubungi supervisor.</source>
        <translation>{name} is locked until {time}. Ask a supervisor.</translation>
    </message>
    <message>
        <source>PIN salah. Sisa {left} percobaan.</source>
        <translation>Wrong PIN. Attempts left: {left}.</translation>
    </message>
    <message>
        <source>PIN salah 5 kali: {name} terkunci sampai {time}.</source>
        <translation>Wrong PIN 5 times: {name} is locked until {time}.</translation>
    </message>
    <message>
        <source>Admin terakhir tidak dapat dinonaktifkan.</source>
        <translation>The last admin cannot be deactivated.</translation>
    </message>
    <message>
        <source>Dokumen ini sedang dicetak.</source>
        <translation>This document is being printed.</translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal (pakai outbox, cups:NAMA atau qt:NAMA).</source>
        <translation>Unknown printer {name} (use outbox, cups:NAME or qt:NAME).</translation>
    </message>
    <message>
        <source>Tanggal akhir periode tidak boleh sebelum tanggal awal.</source>
        <translation>The end of the period cannot be before its start.</translation>
    </message>
    <message>
        <source>Format laporan harus .pdf, .csv atau .xlsx.</source>
        <translation>The report format must be .pdf, .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Berkas logo tidak dapat dibaca: {error}</source>
        <translation>Cannot read the logo file: {error}</translation>
    </message>
    <message>
        <source>Berkas logo lebih dari 2 MB.</source>
        <translation>The logo file is over 2 MB.</translation>
    </message>
    <message>
        <source>Berkas logo bukan gambar PNG atau JPEG.</source>
        <translation>The logo file is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Alamat basis data SQLite tidak valid: {url} (pakai sqlite:///path).</source>
        <translation>Invalid SQLite database address: {url} (use sqlite:///path).</translation>
    </message>
    <message>
        <source>Alamat basis data SQLite tidak menyebut nama berkas.</source>
        <translation>The SQLite database address names no file.</translation>
    </message>
    <message>
        <source>Jenis basis data tidak dikenal: {scheme} (sqlite atau postgresql).</source>
        <translation>Unknown database type: {scheme} (sqlite or postgresql).</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka ({url}): {error}</source>
        <translation>Cannot open the database ({url}): {error}</translation>
    </message>
    <message>
        <source>Penyimpanan penuh: belum ada yang tersimpan. Yang sudah diketik tetap ada; kosongkan ruang disk (hubungi admin), lalu coba lagi.</source>
        <translation>Storage is full: nothing was saved. What you typed is still here; free up disk space (ask the admin), then try again.</translation>
    </message>
    <message>
        <source>Basis data hanya dapat dibaca (read-only): belum ada yang tersimpan. Yang sudah diketik tetap ada; hubungi admin, lalu coba lagi.</source>
        <translation>The database is read-only: nothing was saved. What you typed is still here; ask the admin, then try again.</translation>
    </message>
    <message>
        <source>Disk gagal menulis: belum ada yang tersimpan. Yang sudah diketik tetap ada; hubungi admin, lalu coba lagi.</source>
        <translation>The disk failed to write: nothing was saved. What you typed is still here; ask the admin, then try again.</translation>
    </message>
    <message>
        <source>Basis data berversi {version}, lebih baru dari program ini ({latest}). Perbarui program kiosk.</source>
        <translation>The database has version {version}, newer than this program ({latest}). Update the kiosk program.</translation>
    </message>
    <message>
        <source>Server basis data tidak dapat dihubungi. Data yang diketik tidak hilang; kiosk mencoba lagi sendiri.</source>
        <translation>Cannot reach the database server. What you typed is not lost; the kiosk tries again by itself.</translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk. Silakan masuk dengan PIN.</source>
        <translation>No officer is logged in. Please log in with your PIN.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pemerintah daerah (baris 1 kop surat)</source>
        <translation>Local government (letterhead line 1)</translation>
    </message>
    <message>
        <source>Kecamatan (baris 2 kop surat)</source>
        <translation>Kecamatan (letterhead line 2)</translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Telepon kantor (boleh kosong)</source>
        <translation>Office phone (optional)</translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Nama jalur atau loket PC ini</source>
        <translation>This PC&apos;s lane or counter</translation>
    </message>
    <message>
        <source>Awalan nomor drive-thru</source>
        <translation>Drive-thru number prefix</translation>
    </message>
    <message>
        <source>Awalan nomor loket</source>
        <translation>Counter number prefix</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Kantor (kop surat dan slip)</source>
        <translation>Office (letterhead and slips)</translation>
    </message>
    <message>
        <source>Logo kantor</source>
        <translation>Office logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG di folder instalasi atau di flashdisk; dicetak pada kop tanda terima dan laporan.</source>
        <translation>A PNG or JPEG image in the installation folder or on a USB drive; printed on the letterhead of receipts and reports.</translation>
    </message>
    <message>
        <source>Lama data pribadi disimpan</source>
        <translation>How long personal data is kept</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Tersimpan. Pengaturan ini berlaku sekarang.</source>
        <translation>Saved. These settings apply now.</translation>
    </message>
    <message>
        <source>Penyiapan awal: periksa identitas kantor, nama jalur ini, logo dan lama penyimpanan data, lalu Simpan. Printer diatur di tab Printer.</source>
        <translation>First set-up: check the office&apos;s identity, this lane&apos;s name, the logo and how long data is kept, then Save. Printers are set on the Printer tab.</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation>NIP (optional)</translation>
    </message>
    <message>
        <source>PIN baru (4–8 angka)</source>
        <translation>New PIN (4–8 digits)</translation>
    </message>
    <message>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Petugas mendaftar dan melayani. Supervisor juga membatalkan, mencetak ulang dan membuka kunci. Admin juga mengelola petugas, pengaturan dan log audit.</source>
        <translation>Officers register and serve. Supervisors also cancel, reprint and unlock. Admins also manage officers, settings and the audit log.</translation>
    </message>
    <message>
        <source>PIN tidak sama. Ketik ulang PIN yang sama.</source>
        <translation>The PINs do not match. Type the same PIN again.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Tambah Petugas</source>
        <translation>Add Officer</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan Petugas</source>
        <translation>Save Officer</translation>
    </message>
    <message>
        <source>Daftar petugas tidak dapat dibaca: %1</source>
        <translation>Cannot read the officer list: %1</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Akun Anda sendiri tidak dapat dinonaktifkan di sini.</source>
        <translation>Your own account cannot be deactivated here.</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 dapat masuk lagi.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>%1 tidak dapat masuk lagi.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <source>Petugas baru: nama, peran dan PIN pilihannya.</source>
        <translation>New officer: name, role and a PIN of their choice.</translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>%1 ditambahkan sebagai %2.</source>
        <translation>%1 added as %2.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cari Printer Lagi</source>
        <translation>Find Printers Again</translation>
    </message>
    <message>
        <source>Printer slip antrean</source>
        <translation>Queue slip printer</translation>
    </message>
    <message>
        <source>Kertas slip</source>
        <translation>Slip paper</translation>
    </message>
    <message>
        <source>Salinan slip</source>
        <translation>Slip copies</translation>
    </message>
    <message>
        <source>Printer tanda terima</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Kertas tanda terima</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>Salinan tanda terima</source>
        <translation>Receipt copies</translation>
    </message>
    <message>
        <source>Folder PDF (outbox)</source>
        <translation>PDF folder (outbox)</translation>
    </message>
    <message>
        <source>Printer sistem (%1)</source>
        <translation>System printer (%1)</translation>
    </message>
    <message>
        <source>Sama dengan printer slip</source>
        <translation>Same as slip printer</translation>
    </message>
    <message numerus="yes">
        <source>%n printer ditemukan di sistem.</source>
        <translation>
            <numerusform>%n printer found on the system.</numerusform>
            <numerusform>%n printers found on the system.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada printer sistem; dokumen disimpan sebagai PDF di folder.</source>
        <translation>No system printer; documents are saved as PDF in the folder.</translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Tersimpan. Dokumen berikutnya memakai pengaturan ini.</source>
        <translation>Saved. The next documents use these settings.</translation>
    </message>
</context>
<context>
    <name>RecentRow</name>
    <message>
        <source>ke %1</source>
        <translation>to %1</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Pilih tanggal</source>
        <translation>Pick dates</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Selesai dalam target</source>
        <translation>Done within target</translation>
    </message>
    <message>
        <source>IKM (SKM)</source>
        <translation>Satisfaction index (IKM)</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation>Drive-Thru</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Waktu (menit)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Serah</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Tidak diserahkan di tempat</source>
        <translation>Not handed over on the spot</translation>
    </message>
    <message>
        <source>IKM per layanan</source>
        <translation>IKM by service</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>IKM · Mutu</source>
        <translation>IKM · Grade</translation>
    </message>
    <message>
        <source>Permohonan per layanan</source>
        <translation>Requests by service</translation>
    </message>
    <message>
        <source>Kunjungan per jam (WIB)</source>
        <translation>Visits per hour (WIB)</translation>
    </message>
    <message>
        <source>Waktu pelayanan</source>
        <translation>Service times</translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat</source>
        <translation>Public satisfaction index (IKM)</translation>
    </message>
    <message>
        <source>Permohonan keluar</source>
        <translation>Request exits</translation>
    </message>
    <message>
        <source>Ekspor %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tanggal “Sampai” tidak boleh sebelum tanggal “Dari”.</source>
        <translation>The “To” date cannot be before the “From” date.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat: %1</source>
        <translation>Cannot create the report: %1</translation>
    </message>
    <message>
        <source>Drive-Thru %1 · Loket %2</source>
        <translation>Drive-Thru %1 · Counter %2</translation>
    </message>
    <message>
        <source>%1 tidak diserahkan di tempat</source>
        <translation>%1 not handed over on the spot</translation>
    </message>
    <message>
        <source>%1 dari %2 diserahkan</source>
        <translation>%1 of %2 handed over</translation>
    </message>
    <message numerus="yes">
        <source>%n responden</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Sampai diserahkan</source>
        <translation>Until handed over</translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Berkas belum lengkap</source>
        <translation>Documents incomplete</translation>
    </message>
    <message>
        <source>Diteruskan ke Disdukcapil</source>
        <translation>Forwarded to Disdukcapil</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>Persyaratan yang diterima</source>
        <translation>Requirements received</translation>
    </message>
    <message>
        <source>Ketuk setiap berkas yang sudah diterima.</source>
        <translation>Tap each document that has been received.</translation>
    </message>
    <message>
        <source>Semua Lengkap</source>
        <translation>All Complete</translation>
    </message>
    <message numerus="yes">
        <source>Berkas belum lengkap: %n kurang. Tetap bisa dilanjutkan.</source>
        <translation>
            <numerusform>Documents incomplete: %n missing. You can still continue.</numerusform>
            <numerusform>Documents incomplete: %n missing. You can still continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas lengkap.</source>
        <translation>Documents complete.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Pilih layanan</source>
        <translation>Choose a service</translation>
    </message>
    <message numerus="yes">
        <source>Target %n menit</source>
        <translation>
            <numerusform>Target %n minute</numerusform>
            <numerusform>Target %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih layanan untuk pemohon ke-%1</source>
        <translation>Choose a service for applicant %1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>‹ Kembali ke Antrean</source>
        <translation>‹ Back to Queue</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In Process</translation>
    </message>
    <message>
        <source>Siap Diambil</source>
        <translation>Ready for Pick-up</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Berkas Belum Lengkap</source>
        <translation>Documents Incomplete</translation>
    </message>
    <message>
        <source>Diteruskan ke Disdukcapil</source>
        <translation>Forwarded to Disdukcapil</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tidak Hadir</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <source>Kembali Mengantre</source>
        <translation>Back to Queue</translation>
    </message>
    <message>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Siap · Panggil</source>
        <translation>Ready · Call</translation>
    </message>
    <message>
        <source>Serahkan</source>
        <translation>Hand Over</translation>
    </message>
    <message>
        <source>Teruskan ke Disdukcapil</source>
        <translation>Forward to Disdukcapil</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey (SKM)</translation>
    </message>
    <message>
        <source>Lewati Survei</source>
        <translation>Skip Survey</translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Lewati ›</source>
        <translation>Skip ›</translation>
    </message>
    <message>
        <source>Periksa jawaban Anda</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>‹ Ubah Jawaban</source>
        <translation>‹ Change Answers</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Terima kasih atas penilaian Anda!</source>
        <translation>Thank you for your feedback!</translation>
    </message>
    <message>
        <source>Jawaban Anda tanpa nama dan membantu kami memperbaiki pelayanan.</source>
        <translation>Your answers are anonymous and help us improve our service.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation>Not very suitable</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation>Very suitable</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
        <translation>What is your opinion of how well the service requirements suit the type of service?</translation>
    </message>
    <message>
        <source>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</source>
        <translation>In your understanding, how easy is the service procedure at this unit?</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation>Not very easy</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</source>
        <translation>What is your opinion of the speed of the service?</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation>Not very fast</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</source>
        <translation>What is your opinion of the fairness of the service fees/charges?</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation>Fairly expensive</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation>Inexpensive</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
        <translation>What is your opinion of how well the service product stated in the service standard matches the result you received?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
        <translation>What is your opinion of the competence/ability of the officers in providing the service?</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation>Not very competent</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
        <translation>What is your opinion of the officers&apos; conduct in providing the service, in terms of courtesy and friendliness?</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation>Not very polite and friendly</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?</source>
        <translation>What is your opinion of the handling of complaints, suggestions and feedback from service users?</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>Available but not working</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation>Working, but not optimally</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</source>
        <translation>What is your opinion of the quality of the facilities and infrastructure?</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Fees/charges</translation>
    </message>
    <message>
        <source>Produk layanan</source>
        <translation>Service product</translation>
    </message>
    <message>
        <source>Kompetensi petugas</source>
        <translation>Officer competence</translation>
    </message>
    <message>
        <source>Perilaku petugas</source>
        <translation>Officer conduct</translation>
    </message>
    <message>
        <source>Penanganan pengaduan</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <source>Jawaban belum tersimpan: %1</source>
        <translation>Answers not saved: %1</translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>— dilewati</source>
        <translation>— skipped</translation>
    </message>
    <message>
        <source>Periksa jawaban Anda, lalu ketuk “Kirim”</source>
        <translation>Check your answers, then tap “Submit”</translation>
    </message>
    <message>
        <source>Belum ada pertanyaan yang dijawab</source>
        <translation>No questions answered yet</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>⇧
Kapital</source>
        <translation>⇧
Caps</translation>
    </message>
    <message>
        <source>⌫
Hapus</source>
        <translation>⌫
Delete</translation>
    </message>
    <message>
        <source>Spasi</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>UnlockOfficerDialog</name>
    <message>
        <source>Buka kunci petugas</source>
        <translation>Unlock an officer</translation>
    </message>
    <message>
        <source>Buka Kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>VisitDetailScreen</name>
    <message>
        <source>‹ Kembali ke Antrean</source>
        <translation>‹ Back to Queue</translation>
    </message>
    <message>
        <source>Survei Kepuasan</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunjungan tidak ditemukan</source>
        <translation>Visit not found</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Tiba %1 · %2 · dipanggil %3×</source>
        <translation>Arrived %1 · %2 · called %3×</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Tampilkan NIK dan nomor HP lengkap (tercatat di log audit)</source>
        <translation>Show full NIK and phone number (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Belum lengkap</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Pengambilan</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <source>Cetak Ulang Tanda Terima</source>
        <translation>Reprint Receipt</translation>
    </message>
    <message>
        <source>Cetak Tanda Terima</source>
        <translation>Print Receipt</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Berkas apa yang belum lengkap?</source>
        <translation>Which documents are missing?</translation>
    </message>
    <message>
        <source>Pemohon kembali ke loket atau pulang dengan daftar ini.</source>
        <translation>The applicant goes back to the counter or home with this list.</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Atas permintaan pemohon</source>
        <translation>At the applicant&apos;s request</translation>
    </message>
    <message>
        <source>Salah memilih layanan</source>
        <translation>Wrong service chosen</translation>
    </message>
    <message>
        <source>Berkas tidak sesuai</source>
        <translation>Documents do not match</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicate entry</translation>
    </message>
    <message>
        <source>Pilih satu atau lebih alasan.</source>
        <translation>Choose one or more reasons.</translation>
    </message>
    <message>
        <source>Teruskan berkas ke Disdukcapil</source>
        <translation>Forward documents to Disdukcapil</translation>
    </message>
    <message>
        <source>Tanggal pengambilan: %1 (hari kerja). Tanda terima dicetak.</source>
        <translation>Pick-up date: %1 (working days). A receipt is printed.</translation>
    </message>
    <message>
        <source>Tanda terima menunggu printer: %1</source>
        <translation>Receipt waiting for printer: %1</translation>
    </message>
    <message>
        <source>Tanda terima belum tercetak: %1</source>
        <translation>Receipt not printed: %1</translation>
    </message>
    <message>
        <source>Tanda terima dicetak.</source>
        <translation>Receipt printed.</translation>
    </message>
</context>
</TS>
