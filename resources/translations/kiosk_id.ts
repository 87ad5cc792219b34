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
        <source>%n kunjungan selesai sebelumnya tidak ditampilkan: cari dengan nomor antrean atau plat nomor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>Messages</name>
    <message>
        <source>Berkas pengaturan {path} tidak dapat dibaca: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian [{name}] pada pengaturan harus berupa tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan tidak dikenal di [{name}]: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [{name}] {key} harus bertipe {type}, bukan {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebar kertas harus 80 atau 58 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kertas tanda terima harus &quot;A4&quot;, &quot;80&quot; atau &quot;58&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal: pakai &quot;outbox&quot;, &quot;cups:NAMA&quot; atau &quot;qt:NAMA&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah salinan cetak harus 1 sampai 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_show_after_calls minimal 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal cuti bersama {day} tidak valid (pakai format TTTT-BB-HH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [display] tidak valid: recent_calls &gt;= 1, poll_ms &gt;= 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [office] {key} wajib diisi, paling banyak {length} huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat atau telepon kantor terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama jalur/loket wajib diisi, paling banyak 40 huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awalan nomor antrean {prefix} hanya boleh 1-3 huruf/angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [privacy] retention_days minimal {days} hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [privacy] backups_kept minimal 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan [privacy] idle_lock_minutes harus 1 sampai 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa harus &apos;id&apos; atau &apos;en&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode layanan ganda di katalog: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan dengan kode {code} tidak ada di katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalog layanan tidak valid: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalog layanan tidak dapat dibaca ({path}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan sudah {status}; statusnya tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat mengubah status dari {current} ke {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas yang belum lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pengambilan wajib diisi untuk berkas yang diteruskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pengambilan tidak boleh sebelum hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemohon baru dipanggil {calls} kali; tandai tidak hadir setelah {needed} kali panggilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31. Nomor KK tidak memakai tambahan 40 seperti NIK perempuan; apakah ini NIK?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan pada Nomor KK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal pada Nomor KK ({date}) belum terjadi; periksa kembali Nomor KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut pada Nomor KK (4 digit terakhir) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus diisi sebagai teks angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka (spasi, titik, dan tanda hubung diabaikan); ditemukan karakter {char}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} harus {length} digit angka (tertulis {count} digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode provinsi pada {label} (2 digit pertama: {province}) tidak dikenal. {label} selalu diawali kode salah satu dari 38 provinsi, mis. 36 untuk Banten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kabupaten/kota pada {label} (digit ke-3 dan ke-4) tidak boleh 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan pada {label} (digit ke-5 dan ke-6) tidak boleh 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} pada {label} tidak ada dalam daftar wilayah yang tersimpan (mungkin wilayah baru hasil pemekaran). Periksa kembali {label} dengan KTP/KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kecamatan {code} pada {label} tidak ada dalam daftar kecamatan {regency} yang tersimpan. Periksa kembali {label} dengan KTP/KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} tidak ada di kalender: {date} (tahun {year} bukan tahun kabisat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} tidak ada di kalender: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (digit ke-7 dan ke-8: {digits}) tidak sah: harus 01-31 untuk laki-laki atau 41-71 untuk perempuan (tanggal lahir + 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan lahir pada NIK (digit ke-9 dan ke-10: {digits}) tidak sah: harus 01-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang disampaikan ({stated_sex}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan ({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar. Bedanya hanya abad: tahun pada NIK hanya ditulis 2 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir menurut NIK ({nik_date}) berbeda dengan yang disampaikan ({stated_date}). Periksa KTP/KK; petugas boleh melanjutkan bila data sudah benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (tanpa login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat membatalkan permohonan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat mencetak ulang dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat melihat laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat membuka kunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah katalog layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat membuka log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menghapus data pribadi lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat membuat atau memulihkan cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN harus 4 sampai 8 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN tidak boleh berisi satu angka yang diulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN tidak boleh berupa urutan angka (mis. 1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP harus diisi sebagai teks angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP hanya boleh berisi angka, spasi, tanda +, tanda hubung, titik, dan tanda kurung; ditemukan karakter {char}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP belum berisi angka. Contoh: 0812-3456-7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP tidak dapat dibaca: &apos;{number}&apos;. Contoh: 0812-3456-7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP harus nomor Indonesia (+62); nomor ini berkode negara +{country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP tidak sah: &apos;{number}&apos;. Periksa jumlah dan awalan digitnya. Contoh: 0812-3456-7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor {number} adalah telepon rumah/kantor, bukan HP. Masukkan nomor HP (diawali 08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor {number} bukan nomor HP. Masukkan nomor HP (diawali 08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor hanya boleh berisi huruf dan angka; ditemukan karakter {char}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor harus memuat nomor (1-4 angka) setelah kode wilayah. Contoh penulisan: B 1234 ABC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor harus diawali kode wilayah berupa 1-2 huruf (tertulis &apos;{plate}&apos;). Contoh penulisan: B 1234 ABC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor pada plat paling banyak 4 angka (tertulis {count} angka).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format plat nomor tidak dikenali: &apos;{plate}&apos;. Contoh penulisan: B 1234 ABC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huruf di belakang plat paling banyak 3 (tertulis {count} huruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor harus diisi sebagai teks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor pada plat tidak boleh 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah plat &apos;{region}&apos; tidak dikenal; periksa kembali plat nomor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor plat diawali angka 0 (tertulis {digits}); periksa kembali plat nomor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsur survei tidak dikenal: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban {code} harus 1 sampai 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama {what} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama terlalu panjang (maksimal {length} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama tidak boleh berisi NIK; isi NIK di kolomnya sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama berisi karakter yang tidak dapat dicetak: {chars}. Tulis nama dengan huruf Latin seperti pada KTP/KK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama harus berisi huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persyaratan tidak dikenal untuk layanan ini: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plat nomor kendaraan wajib diisi untuk jalur drive-thru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih minimal satu layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu kunjungan paling banyak {count} permohonan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan {service} tidak dilayani di jalur drive-thru; silakan ke loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permohonan yang sama (layanan dan NIK) sudah ada di kunjungan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kuota disk habis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak ada izin menulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk hanya dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lokasi folder tidak valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuat: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan dokumen ke folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak dapat dihubungi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah cetak {command} tidak ditemukan: paket cups-client belum terpasang di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak menjawab dalam {seconds:g} detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah cetak {command} gagal dijalankan: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak terhubung (offline). Periksa kabel dan daya printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} sedang dimatikan. Nyalakan printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak menjawab (offline). Periksa kabel dan daya printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} kehabisan kertas. Pasang gulungan kertas baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} kertasnya macet. Buka printer dan bereskan kertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} penutupnya terbuka. Tutup printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak terkirim ke printer {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} sedang menolak pekerjaan cetak (ditolak di spooler). Aktifkan kembali penerimaan (cupsaccept), lalu tekan Cetak Ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan cetak (CUPS) tidak dapat dihubungi. Dokumen belum tercetak; tekan Cetak Ulang setelah pulih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak diterima printer {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen tidak diterima printer {name}: kode keluar {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal oleh sistem. Periksa nama printer di pengaturan kios dan daftar printer CUPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status printer {name} tidak dapat dibaca: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status printer {name} tidak dapat dibaca: tanpa keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan spooler: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} sedang dihentikan (paused) dan menolak pekerjaan cetak di spooler. Aktifkan kembali printer dan penerimaan pekerjaan (cupsenable, cupsaccept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} sedang dihentikan (paused) di spooler. Aktifkan kembali printer; slip menunggu dan akan dicetak otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} sedang menolak pekerjaan cetak baru di spooler. Aktifkan kembali penerimaan (cupsaccept); slip menunggu dan akan dicetak otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format PDF tidak valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dokumen dikunci dengan kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data dokumen belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berkas PDF rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal oleh sistem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer Qt tidak dapat dipakai: aplikasi Qt belum berjalan (jalankan kiosk dengan jendelanya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status printer tidak dapat dibaca: aplikasi Qt belum berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} bermasalah, dijeda, atau tidak tersambung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status printer {name} tidak diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen &apos;{title}&apos; tidak dapat dibaca untuk dicetak: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak dapat mulai mencetak &apos;{title}&apos;. Periksa printer, lalu tekan Cetak Ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} gagal membuat halaman {page} dari &apos;{title}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen &apos;{title}&apos; gagal dikirim ke printer {name}. Periksa printer, lalu tekan Cetak Ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman {page} dokumen tidak dapat digambar untuk dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang dapat dipindahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya kendaraan yang dokumennya siap yang dapat dipanggil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data PostgreSQL tidak dicadangkan atau dipulihkan dari kiosk: pakai pg_dump (dan pg_restore) di server basis data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {url} bukan berkas SQLite: tidak dapat dicadangkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak boleh menimpa basis data yang sedang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan basis data tidak utuh ({problem}); cadangan dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas cadangan {path} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas cadangan {path} rusak: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} bukan cadangan basis data kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} bukan basis data SQLite yang utuh ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} tidak menyebut versi skemanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan {path} berversi skema {version}, lebih baru dari program ini ({latest}). Perbarui program kiosk dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas cadangan adalah basis data yang sedang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan gagal, basis data tidak berubah: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {path} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak dapat disalin: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas pertama harus admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menambah petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas bernama {name} sudah ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas tidak aktif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} terkunci sampai {time}. Hubungi supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah. Sisa {left} percobaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah 5 kali: {name} terkunci sampai {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin terakhir tidak dapat dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen ini sedang dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {name} tidak dikenal (pakai outbox, cups:NAMA atau qt:NAMA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal akhir periode tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format laporan harus .pdf, .csv atau .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo tidak dapat dibaca: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo lebih dari 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas logo bukan gambar PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat basis data SQLite tidak valid: {url} (pakai sqlite:///path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat basis data SQLite tidak menyebut nama berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis basis data tidak dikenal: {scheme} (sqlite atau postgresql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka ({url}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyimpanan penuh: belum ada yang tersimpan. Yang sudah diketik tetap ada; kosongkan ruang disk (hubungi admin), lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data hanya dapat dibaca (read-only): belum ada yang tersimpan. Yang sudah diketik tetap ada; hubungi admin, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk gagal menulis: belum ada yang tersimpan. Yang sudah diketik tetap ada; hubungi admin, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data berversi {version}, lebih baru dari program ini ({latest}). Perbarui program kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server basis data tidak dapat dihubungi. Data yang diketik tidak hilang; kiosk mencoba lagi sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk. Silakan masuk dengan PIN.</source>
        <translation type="unfinished"></translation>
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
