<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Data pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK (16 digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap (sesuai KTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP/WA (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor kendaraan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemohon pernah datang: nama dan nomor HP diisi dari kunjungan terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Lebih banyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal membaca log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log audit masih kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panggil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat NIK/HP lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar mode kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar mode kiosk ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n baris diekspor ke %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Cetak gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panggil Ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survei Kepuasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survei kepuasan untuk pemohon (tanpa identitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panggil Ulang (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menit · target %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Periksa sebelum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tambah Pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendaraan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengunjung loket (tanpa kendaraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HP/WA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum lengkap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas lengkap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <source>− bln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ bln</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Layar Antrean — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOMOR ANTREAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panggilan Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghubungkan ulang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengunjung Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada panggilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor Anda akan dipanggil di sini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silakan ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mohon tetap di dalam kendaraan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Nomor antrean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kendaraan di depan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orang di depan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mencetak slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip dicetak. Serahkan kepada pemohon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip menunggu printer: %1 Data sudah tersimpan; slip dicetak otomatis saat printer siap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip belum tercetak: %1 Data sudah tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitKioskDialog</name>
    <message>
        <source>Keluar dari mode kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin: ketuk nama Anda dan ketik PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada supervisor atau admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk nama Anda terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah. Sisa %1 percobaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Selamat datang: buat akun admin pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada petugas. Admin pertama memilih PIN-nya sendiri, lalu menambah petugas lain lewat ⚙ Pengaturan › Petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>Sangat Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak Baik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>1 Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalur Drive-Thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Cetak Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mencoba menyimpan lagi setiap %n detik…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1. Data yang diketik masih ada; coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>⌫ Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus satu karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bersihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bersihkan seluruh isian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneScreen</name>
    <message>
        <source>Kendaraan Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengunjung Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari no./plat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan: printer, petugas, log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan pelayanan dan IKM (supervisor, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papan menampilkan data terakhir yang diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n aktif</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menunggu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada kunjungan yang cocok dengan pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kunjungan hari ini. Ketuk “Kendaraan Baru” untuk mulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen belum tercetak: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk nama Anda, lalu ketik PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka Kunci (Supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup Aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar petugas tidak dapat dibaca: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk nama Anda terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik PIN Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 membuka kunci %2. Ketik PIN lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ganti Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar dikunci: tidak ada aktivitas %1 menit. Masukkan PIN lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer dijeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: status tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen menunggu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemerintah daerah (baris 1 kop surat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan (baris 2 kop surat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon kantor (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama jalur atau loket PC ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awalan nomor drive-thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awalan nomor loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor (kop surat dan slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG di folder instalasi atau di flashdisk; dicetak pada kop tanda terima dan laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lama data pribadi disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan. Pengaturan ini berlaku sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyiapan awal: periksa identitas kantor, nama jalur ini, logo dan lama penyimpanan data, lalu Simpan. Printer diatur di tab Printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Nama petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN baru (4–8 angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas mendaftar dan melayani. Supervisor juga membatalkan, mencetak ulang dan membuka kunci. Admin juga mengelola petugas, pengaturan dan log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN tidak sama. Ketik ulang PIN yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Tambah Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar petugas tidak dapat dibaca: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun Anda sendiri tidak dapat dinonaktifkan di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dapat masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tidak dapat masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas baru: nama, peran dan PIN pilihannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ditambahkan sebagai %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari Printer Lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer slip antrean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kertas slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kertas tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder PDF (outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer sistem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sama dengan printer slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n printer ditemukan di sistem.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada printer sistem; dokumen disimpan sebagai PDF di folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan. Dokumen berikutnya memakai pengaturan ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentRow</name>
    <message>
        <source>ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>‹ Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai dalam target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (SKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive-Thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu (menit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak diserahkan di tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM per layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM · Mutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan per layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunjungan per jam (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal “Sampai” tidak boleh sebelum tanggal “Dari”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive-Thru %1 · Loket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tidak diserahkan di tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dari %2 diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n responden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampai diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diteruskan ke Disdukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>Persyaratan yang diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk setiap berkas yang sudah diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua Lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Berkas belum lengkap: %n kurang. Tetap bisa dilanjutkan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Pilih layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target %n menit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih layanan untuk pemohon ke-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>‹ Kembali ke Antrean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siap Diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas Belum Lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diteruskan ke Disdukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali Mengantre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siap · Panggil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruskan ke Disdukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewati Survei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewati ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa jawaban Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Ubah Jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima kasih atas penilaian Anda!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban Anda tanpa nama dan membantu kami memperbaiki pelayanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Murah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosedur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produk layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetensi petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penanganan pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban belum tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa jawaban Anda, lalu ketuk “Kirim”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pertanyaan yang dijawab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>⇧
Kapital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌫
Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockOfficerDialog</name>
    <message>
        <source>Buka kunci petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka Kunci</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetailScreen</name>
    <message>
        <source>‹ Kembali ke Antrean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survei Kepuasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunjungan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiba %1 · %2 · dipanggil %3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan NIK dan nomor HP lengkap (tercatat di log audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengambilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak Ulang Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sembunyikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas apa yang belum lengkap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemohon kembali ke loket atau pulang dengan daftar ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atas permintaan pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salah memilih layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih satu atau lebih alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruskan berkas ke Disdukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pengambilan: %1 (hari kerja). Tanda terima dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima menunggu printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima belum tercetak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
