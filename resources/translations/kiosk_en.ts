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
