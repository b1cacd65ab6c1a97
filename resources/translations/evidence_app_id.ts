<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>the vault folder</source>
        <translation>folder brankas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong recovery key</source>
        <translation>Kunci pemulihan salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key is not right.{detail} Check each group of characters against your written copy and try again.</source>
        <translation>Kunci pemulihan tidak benar.{detail} Periksa setiap kelompok karakter dengan salinan tertulis Anda lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>Frasa sandi salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Frasa sandi tidak benar. Periksa Caps Lock dan bahasa keyboard, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault already open</source>
        <translation>Brankas sudah terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open in another Evidence Vault window. Close it and try again.</source>
        <translation>Brankas terbuka di jendela Evidence Vault lain. Tutup jendela itu lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault found</source>
        <translation>Brankas tidak ditemukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault in {folder}. If it is on a removable drive, connect the drive and try again.</source>
        <translation>Tidak ada brankas di {folder}. Jika brankas ada di drive lepas, sambungkan drive itu lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault damaged</source>
        <translation>Brankas rusak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault cannot be read because some of its files are damaged or missing. Do not change the files in {folder}; restore the vault from your latest backup, or ask your technical contact for help.</source>
        <translation>Brankas tidak dapat dibaca karena sebagian berkasnya rusak atau hilang. Jangan ubah berkas di {folder}; pulihkan brankas dari cadangan terbaru Anda, atau minta bantuan kontak teknis Anda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder not empty</source>
        <translation>Folder tidak kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new vault needs an empty folder, and {folder} already holds files. Choose another folder or move those files away.</source>
        <translation>Brankas baru memerlukan folder kosong, dan {folder} sudah berisi berkas. Pilih folder lain atau pindahkan berkas-berkas itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>Periksa kembali yang Anda masukkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record not found</source>
        <translation>Catatan tidak ditemukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists; it may have been deleted. Reload the case and try again.</source>
        <translation>Catatan ini sudah tidak ada; mungkin sudah dihapus. Muat ulang kasus lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity problem</source>
        <translation>Masalah integritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some stored evidence failed its integrity check. Do not change the vault; run a vault check and restore from a backup if needed.</source>
        <translation>Sebagian bukti yang tersimpan gagal dalam pemeriksaan integritas. Jangan ubah brankas; jalankan pemeriksaan brankas dan pulihkan dari cadangan jika perlu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File not supported</source>
        <translation>Berkas tidak didukung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not finish</source>
        <translation>Tidak dapat diselesaikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not use the disk</source>
        <translation>Disk tidak dapat digunakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault folder could not be read or written. Check that the drive is connected, not full, and that you may write to it, then try again.</source>
        <translation>Folder brankas tidak dapat dibaca atau ditulis. Periksa bahwa drive tersambung, tidak penuh, dan Anda boleh menulis ke sana, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it again and retry; if it happens again, tell your technical contact.</source>
        <translation>Terjadi kesalahan tak terduga ({kind}). Tidak ada lagi yang disimpan. Kunci brankas, buka kembali, lalu ulangi; jika terjadi lagi, beri tahu kontak teknis Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="+229"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown person)</source>
        <translation>(orang tak dikenal)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+30"/>
        <location line="+47"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+61"/>
        <source>Redactions</source>
        <translation>Penyamaran</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Beginning</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pseudonym</source>
        <translation>Nama samaran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used (public)</source>
        <translation>tidak dipakai (publik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Dilindungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Private</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates</source>
        <translation>Koordinat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>ID catatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved (UTC)</source>
        <translation>Disimpan (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testimony</source>
        <translation>Kesaksian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/tool_base.py" line="+137"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>Gunakan &amp;kunci pemulihan sebagai gantinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Tampilkan yang saya ketik</translation>
    </message>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Check the vault</source>
        <translation>Periksa brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the vault header, the database, every stored media file and the custody log. Nothing is changed.</source>
        <translation>Memeriksa kepala brankas, basis data, setiap berkas media yang tersimpan dan catatan rantai bukti. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check now</source>
        <translation>&amp;Periksa sekarang</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the vault</source>
        <translation>Cadangkan brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole vault to one encrypted file. The vault&apos;s passphrase or its recovery key opens it. Keep backups on another drive, away from this computer.</source>
        <translation>Menulis seluruh brankas ke satu berkas terenkripsi. Frasa sandi brankas atau kunci pemulihannya dapat membukanya. Simpan cadangan di drive lain, jauh dari komputer ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up</source>
        <translation>C&amp;adangkan</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Check a backup</source>
        <translation>Periksa cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written.</source>
        <translation>Mendekripsi cadangan di memori dan membandingkan setiap berkas di dalamnya dengan checksum-nya. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the backup</source>
        <translation>Periksa &amp;cadangan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores a backup into a new, empty folder. The vault open now is not touched.</source>
        <translation>Memulihkan cadangan ke folder baru yang kosong. Brankas yang sedang terbuka tidak tersentuh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verify a bundle</source>
        <translation>Verifikasi paket berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks a dossier bundle as its recipient would: its files, their checksums and the signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only.</source>
        <translation>Memeriksa paket berkas dosir seperti yang akan dilakukan penerimanya: berkas-berkasnya, checksum-nya dan tanda tangannya. Tidak perlu brankas; paket berkas terenkripsi (.age) hanya didekripsi di memori.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+128"/>
        <source>Export a case for a colleague</source>
        <translation>Ekspor kasus untuk rekan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a complete copy of one case for a colleague&apos;s Evidence Vault, signed by this vault and encrypted to your colleague&apos;s age public key.</source>
        <translation>Menulis salinan lengkap satu kasus untuk Evidence Vault rekan Anda, ditandatangani oleh brankas ini dan dienkripsi untuk kunci publik age rekan Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the package</source>
        <translation>&amp;Tulis paket</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import a colleague&apos;s package</source>
        <translation>Impor paket dari rekan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges a case a colleague exported for you into this vault. The whole package is checked and you see what it would change before anything is imported; if anything is wrong, nothing is imported.</source>
        <translation>Menggabungkan kasus yang diekspor rekan untuk Anda ke brankas ini. Seluruh paket diperiksa dan Anda melihat apa yang akan diubahnya sebelum apa pun diimpor; jika ada yang salah, tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>Pratinjau (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="+29"/>
        <source>Evidence Vault recovery key</source>
        <translation>Kunci pemulihan Evidence Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this paper somewhere safe, away from the computer. With this key anyone can open the vault, and nobody can make a new one if it is lost.</source>
        <translation>Simpan kertas ini di tempat aman, jauh dari komputer. Siapa pun yang memegang kunci ini dapat membuka brankas, dan bila hilang tidak ada yang bisa membuat kunci baru.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the recovery key</source>
        <translation>Cetak kunci pemulihan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. Write the key down by hand.</source>
        <translation>Komputer ini belum punya pencetak. Tulis kuncinya dengan tangan.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="+219"/>
        <source>The failed-unlock counter was set back: it read {read}, but the last unlock left it at {seen}. Someone may have tried passphrases on this vault and hidden it. If you did not expect this, change the passphrase.</source>
        <translation>Penghitung gagal buka dimundurkan: tertulis {read}, padahal pembukaan terakhir meninggalkannya di {seen}. Mungkin seseorang telah mencoba frasa sandi pada brankas ini lalu menyembunyikannya. Jika Anda tidak menduga ini, ganti frasa sandi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts since the last unlock: {count}. If they were not yours, someone may have tried to guess your passphrase.</source>
        <translation>Percobaan buka yang gagal sejak pembukaan terakhir: {count}. Jika bukan Anda, mungkin seseorang mencoba menebak frasa sandi Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts</source>
        <translation>Percobaan buka gagal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A re-key of this vault was interrupted and has now been completed: the old passphrase and the old recovery key no longer open it. Its new recovery key was never shown, so make one now with Vault &gt; New recovery key, and write it on paper.</source>
        <translation>Penggantian kunci brankas ini terputus dan kini sudah diselesaikan: frasa sandi lama dan kunci pemulihan lama tidak lagi membukanya. Kunci pemulihan barunya belum pernah ditampilkan, jadi buat satu sekarang lewat Brankas &gt; Kunci pemulihan baru, dan tulis di kertas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A re-key of this vault was interrupted before it changed the vault and has been undone: the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to.</source>
        <translation>Penggantian kunci brankas ini terputus sebelum mengubah brankas dan sudah dibatalkan: brankas tetap memakai frasa sandi dan kunci pemulihan sebelumnya. Ganti kuncinya lagi bila Anda memang menginginkannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted re-key</source>
        <translation>Penggantian kunci yang terputus</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase was changed.</source>
        <translation>Frasa sandi telah diubah.</translation>
    </message>
</context>
<context>
    <name>AttachMediaDialog</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="+778"/>
        <source>Attach media</source>
        <translation>Lampirkan media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media of this case</source>
        <translation>Media kasus ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>L&amp;ampirkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose what to attach (Ctrl or Shift selects several):</source>
        <translation>Pilih yang akan dilampirkan (&amp;Ctrl atau Shift untuk memilih beberapa):</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../ui/media/player.py" line="+47"/>
        <source>Recording player</source>
        <translation>Pemutar rekaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;y</source>
        <translation>Putar (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the recording</source>
        <translation>Putar rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the working copy (Alt+Y; Space while the player has focus)</source>
        <translation>Putar salinan kerja (Alt+Y; Spasi saat pemutar aktif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paus&amp;e</source>
        <translation>J&amp;eda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the recording</source>
        <translation>Jeda rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Alt+E; Space while the player has focus)</source>
        <translation>Jeda (Alt+E; Spasi saat pemutar aktif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording and go back to the start</source>
        <translation>Hentikan rekaman dan kembali ke awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and go back to the start (the Stop media key works too)</source>
        <translation>Berhenti dan kembali ke awal (tombol Stop media juga bisa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the recording</source>
        <translation>Posisi dalam rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end</source>
        <translation>Panah: 1 detik, Page Up/Down: 10 detik, Home/End: awal/akhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time played and length of the recording</source>
        <translation>Waktu yang sudah diputar dan panjang rekaman</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Playback is unavailable on this computer: its multimedia libraries could not be loaded. The recording is kept safely in the vault.</source>
        <translation>Rekaman tidak dapat diputar di komputer ini: pustaka multimedianya tidak dapat dimuat. Rekaman tetap tersimpan aman di brankas.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The recording could not be played: {reason}</source>
        <translation>Rekaman tidak dapat diputar: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-180"/>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file to write</source>
        <translation>Berkas cadangan yang akan ditulis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the backup as:</source>
        <translation>&amp;Simpan cadangan sebagai:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to write the backup to (a new file).</source>
        <translation>Pilih berkas untuk menulis cadangan (berkas baru).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to:
{path}
Size: {size}.

It is encrypted; the vault&apos;s passphrase or recovery key opens it. Check it now and then with Tools &gt; Check a backup…</source>
        <translation>Cadangan telah ditulis ke:
{path}
Ukuran: {size}.

Cadangan ini terenkripsi; frasa sandi atau kunci pemulihan brankas dapat membukanya. Periksa sesekali dengan Alat &gt; Periksa cadangan…</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../ui/capture_guard.py" line="+57"/>
        <source>Not available on Linux: under X11 any program of your session can read this window, and Wayland offers no way for a window to refuse screen capture. Close other programs that record or share the screen.</source>
        <translation>Tidak tersedia di Linux: di X11 program apa pun dalam sesi Anda dapat membaca jendela ini, dan Wayland tidak menyediakan cara bagi jendela untuk menolak tangkapan layar. Tutup program lain yang merekam atau membagikan layar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available on this system: screenshots and screen sharing can show this window.</source>
        <translation>Tidak tersedia di sistem ini: tangkapan layar dan berbagi layar dapat menampilkan jendela ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: Windows leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>Aktif: Windows tidak menyertakan jendela aplikasi dalam tangkapan layar dan berbagi layar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: this Windows version shows the app&apos;s windows as black in screenshots and screen sharing.</source>
        <translation>Aktif: versi Windows ini menampilkan jendela aplikasi sebagai hitam dalam tangkapan layar dan berbagi layar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: Windows refused to exclude the window from screen capture.</source>
        <translation>Tidak tersedia: Windows menolak mengecualikan jendela dari tangkapan layar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: macOS leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>Aktif: macOS tidak menyertakan jendela aplikasi dalam tangkapan layar dan berbagi layar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: macOS did not let the window refuse screen capture.</source>
        <translation>Tidak tersedia: macOS tidak mengizinkan jendela menolak tangkapan layar.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="+175"/>
        <source>Change the passphrase</source>
        <translation>Ubah frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key again. Your recovery key stays valid; keep the paper safe.</source>
        <translation>Anda membuka brankas dengan kunci pemulihan. Pilih frasa sandi baru sekarang agar Anda tidak memerlukan kunci itu lagi. Kunci pemulihan tetap berlaku; simpan kertasnya dengan aman.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current passphrase, then the new one twice. Only the key that protects the vault is re-wrapped: this takes a second, and the recovery key stays valid.</source>
        <translation>Ketik frasa sandi Anda saat ini, lalu frasa sandi baru dua kali. Hanya kunci yang melindungi brankas yang dibungkus ulang: ini memakan waktu satu detik, dan kunci pemulihan tetap berlaku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frasa sandi saat ini (&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the passphrase</source>
        <translation>Mengubah frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>U&amp;bah frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Itu bukan frasa sandi saat ini. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are media files).
Vault {vault}, backed up {created}.</source>
        <translation>Cadangan utuh: semua {files} berkasnya cocok dengan checksum-nya ({blobs} di antaranya berkas media).
Brankas {vault}, dicadangkan {created}.</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <location line="-154"/>
        <source>Checking every file of the vault… this can take a while.</source>
        <translation>Memeriksa setiap berkas brankas… ini bisa memakan waktu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the vault passed every check ({checked}).</source>
        <translation>Semua baik: brankas lolos setiap pemeriksaan ({checked}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found {n} problem(s), listed below. Do not change the files in the vault folder. Restore the vault from your latest backup (Tools &gt; Restore a backup…), or show this list to your technical contact.</source>
        <translation>Pemeriksaan menemukan {n} masalah, tercantum di bawah. Jangan ubah berkas di folder brankas. Pulihkan brankas dari cadangan terbaru Anda (Alat &gt; Pulihkan cadangan…), atau tunjukkan daftar ini kepada kontak teknis Anda.</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../ui/labels.py" line="+13"/>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web addresses</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account numbers (IBAN)</source>
        <translation>Nomor rekening bank (IBAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card numbers</source>
        <translation>Nomor kartu pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crypto wallet addresses</source>
        <translation>Alamat dompet kripto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport numbers</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS coordinates</source>
        <translation>Koordinat GPS</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <location filename="../../ui/dossier_preview.py" line="+33"/>
        <source>Preview of the dossier</source>
        <translation>Pratinjau dosir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Menggambar halaman…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the pages</source>
        <translation>Menggambar halaman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier pages</source>
        <translation>Halaman dosir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {n} of {total}</source>
        <translation>Halaman {n} dari {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n} of {total} pages, as the export will write them.</source>
        <translation>{n} halaman pertama dari {total}, persis seperti yang akan ditulis ekspor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} page(s), as the export will write them. Nothing has been saved yet.</source>
        <translation>{total} halaman, persis seperti yang akan ditulis ekspor. Belum ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+171"/>
        <source>Check before exporting (dry run)</source>
        <translation>Periksa sebelum ekspor (uji coba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every redaction, every detail kept and everything left out. Nothing is written yet.</source>
        <translation>Setiap penyamaran, setiap detail yang dipertahankan dan semua yang dikecualikan. Belum ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view the dossier pages…</source>
        <translation>Prat&amp;injau halaman dosir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run progress</source>
        <translation>Kemajuan uji coba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: redactions and exclusions</source>
        <translation>Uji coba: penyamaran dan pengecualian</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the export in memory…</source>
        <translation>Menyiapkan ekspor di memori…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The leak gate found {n} problem(s): this export cannot go ahead. Correct the records listed (or mark the text as redacted), then start the export again.</source>
        <translation>Pemeriksaan kebocoran menemukan {n} masalah: ekspor ini tidak dapat dilanjutkan. Perbaiki catatan yang tercantum (atau tandai teksnya sebagai disamarkan), lalu mulai ekspor lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leak gate problems ({n}):</source>
        <translation>Masalah dari pemeriksaan kebocoran ({n}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leak gate passed: no protected name, contact or detail you did not allow is left in the dossier.</source>
        <translation>Pemeriksaan kebocoran lolos: tidak ada nama, kontak yang dilindungi, atau detail yang tidak Anda izinkan yang tersisa di dosir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dossier will hold: {contents}.</source>
        <translation>Dosir akan berisi: {contents}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muted in recordings ({n}):</source>
        <translation>Dibisukan dalam rekaman ({n}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown with less detail ({n}):</source>
        <translation>Ditampilkan dengan detail lebih sedikit ({n}):</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Redactions ({n}):</source>
        <translation>Penyamaran ({n}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed and kept ({n}):</source>
        <translation>Diizinkan dan dipertahankan ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out ({n}):</source>
        <translation>Dikecualikan ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {w}</source>
        <translation>Peringatan: {w}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../ui/duress.py" line="+48"/>
        <source>Duress passphrase</source>
        <translation>Frasa sandi paksaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock. It opens a decoy vault with harmless content and, at the same moment, destroys this vault for good: only a backup made before, opened with your real passphrase or the recovery key, brings it back.

Prepare the decoy first as a separate vault whose passphrase is the duress passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. Add harmless cases there, close that window, then set the duress passphrase here with that folder. It is packed into this vault and its folder is then wiped. Without a decoy folder the decoy is an empty vault.</source>
        <translation>Frasa sandi paksaan adalah frasa sandi kedua untuk saat Anda dipaksa membuka brankas. Frasa ini membuka brankas umpan berisi konten yang tidak berbahaya dan, pada saat yang sama, memusnahkan brankas ini untuk selamanya: hanya cadangan yang dibuat sebelumnya, dibuka dengan frasa sandi asli Anda atau kunci pemulihan, yang dapat mengembalikannya.

Siapkan umpan terlebih dahulu sebagai brankas terpisah yang frasa sandinya adalah frasa sandi paksaan: &quot;Brankas umpan baru…&quot; membukanya di jendela kedua, pada folder kosong yang Anda pilih. Tambahkan kasus yang tidak berbahaya di sana, tutup jendela itu, lalu atur frasa sandi paksaan di sini dengan folder itu. Brankas itu dikemas ke dalam brankas ini, lalu foldernya dihapus total. Tanpa folder umpan, umpannya adalah brankas kosong.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Frasa sandi saat ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy vault folder</source>
        <translation>Folder brankas umpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an empty decoy vault</source>
        <translation>Kosong: brankas umpan kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New decoy vault…</source>
        <translation>Brankas umpan &amp;baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoy vault:</source>
        <translation>Brankas &amp;umpan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the duress passphrase</source>
        <translation>Mengatur frasa sandi paksaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;et duress passphrase</source>
        <translation>&amp;Atur frasa sandi paksaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move it</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A duress passphrase is set. Setting a new one replaces it and its decoy.</source>
        <translation>Frasa sandi paksaan sudah diatur. Mengatur yang baru akan menggantinya beserta umpannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No duress passphrase is set.</source>
        <translation>Belum ada frasa sandi paksaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the decoy vault folder</source>
        <translation>Pilih folder brankas umpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an empty folder for the decoy vault</source>
        <translation>Pilih folder kosong untuk brankas umpan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder is not empty. Choose an empty folder for the decoy vault.</source>
        <translation>Folder itu tidak kosong. Pilih folder kosong untuk brankas umpan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second window could not be started.</source>
        <translation>Jendela kedua tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The duress passphrase is set.</source>
        <translation>Frasa sandi paksaan telah diatur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The duress passphrase was removed.</source>
        <translation>Frasa sandi paksaan telah dihapus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Itu bukan frasa sandi saat ini. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+275"/>
        <source>Edit case</source>
        <translation>Ubah kasus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <location line="+372"/>
        <source>Edit note</source>
        <translation>Ubah catatan</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location line="-192"/>
        <source>Edit person</source>
        <translation>Ubah data orang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget every former name, phone number and e-mail kept for redaction: exports may then show them</source>
        <translation>&amp;Lupakan semua nama lama, nomor telepon dan e-mail yang disimpan untuk penyamaran: ekspor lalu bisa menampilkannya</translation>
    </message>
</context>
<context>
    <name>EditSiteDialog</name>
    <message>
        <location line="+336"/>
        <source>Edit site</source>
        <translation>Ubah lokasi</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+337"/>
        <source>Export a case</source>
        <translation>Ekspor kasus</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+211"/>
        <source>My transfer fingerprint</source>
        <translation>Sidik jari transfer saya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault signs every package and bundle it exports with its own key. Read this fingerprint to your colleague by phone or in person; they compare it with the one their app shows when they import or verify what you sent.</source>
        <translation>Brankas ini menandatangani setiap paket dan paket berkas yang diekspornya dengan kuncinya sendiri. Bacakan sidik jari ini kepada rekan Anda lewat telepon atau secara langsung; mereka membandingkannya dengan yang ditampilkan aplikasi mereka saat mengimpor atau memverifikasi kiriman Anda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key fingerprint</source>
        <translation>Sidik jari kunci tanda tangan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+286"/>
        <source>Create an Evidence Vault</source>
        <translation>Buat Evidence Vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet. Create one: everything you record is encrypted with a key that only your passphrase (or the recovery key shown next) can unlock.</source>
        <translation>Belum ada brankas. Buat satu: semua yang Anda rekam dienkripsi dengan kunci yang hanya dapat dibuka oleh frasa sandi Anda (atau kunci pemulihan yang ditampilkan berikutnya).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder: {folder}</source>
        <translation>Folder brankas: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change, e.g. initials</source>
        <translation>Dicatat bersama setiap perubahan, misalnya inisial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault</source>
        <translation>Membuat brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Buat brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/media/canvas.py" line="+143"/>
        <source>Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, Esc cancels, Tab goes through the boxes, Delete removes the selected one.</source>
        <translation>Keyboard: N kotak baru, panah memindahkan, Shift+panah mengubah ukuran, Ctrl langkah lebih besar, Enter menambahkan, Esc membatalkan, Tab berpindah antarkotak, Delete menghapus kotak yang dipilih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.</source>
        <translation>Kotak baru di {x},{y}, {w}×{h} piksel: Enter untuk menambahkan, Esc untuk membatalkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.</source>
        <translation>Kotak {n} dari {m} di {x},{y}, {w}×{h} piksel: panah untuk memindahkan, Delete untuk menghapus.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/media/importing.py" line="+50"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Impor berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or recordings to this case (you can also drop files here)</source>
        <translation>Tambahkan foto atau rekaman ke kasus ini (Anda juga dapat menjatuhkan berkas di sini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be imported</source>
        <translation>Berkas yang tidak dapat diimpor</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing {n} file(s)…</source>
        <translation>Mengimpor {n} berkas…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {done} of {total}…</source>
        <translation>Diimpor {done} dari {total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas saat ini…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {n} file(s).</source>
        <translation>{n} berkas diimpor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kept sealed only (not exportable).</source>
        <translation>{n} hanya disimpan tersegel (tidak dapat diekspor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported; see the list below.</source>
        <translation>{n} tidak dapat diimpor; lihat daftar di bawah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: {n} file(s) were not imported.</source>
        <translation>Impor dibatalkan: {n} berkas tidak diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+82"/>
        <source>Transcribe the recording</source>
        <translation>Transkripsikan rekaman</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect it</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language spoken:</source>
        <translation>Bahasa yang diucapkan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft: check it against the recording.</source>
        <translation>Ucapan dikenali di komputer ini; tidak ada yang dikirim ke mana pun. Transkrip hanyalah draf: periksa dengan rekamannya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+163"/>
        <source>Evidence Vault</source>
        <translation>Evidence Vault</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ases</source>
        <translation>K&amp;asus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonies</source>
        <translation>Kesaksian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody log</source>
        <translation>Catatan rantai bukti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case records</source>
        <translation>Catatan kasus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Testimonies</source>
        <translation>Kesaksian (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>Orang (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Catata&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>Loka&amp;si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody log</source>
        <translation>Rantai b&amp;ukti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Media</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New &amp;case…</source>
        <translation>&amp;Kasus baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a case</source>
        <translation>Buat kasus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person…</source>
        <translation>Orang &amp;baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>Tambahkan orang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;testimony…</source>
        <translation>&amp;Kesaksian baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a testimony</source>
        <translation>Rekam kesaksian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note…</source>
        <translation>Catata&amp;n baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note</source>
        <translation>Tulis catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;site…</source>
        <translation>Loka&amp;si baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a site</source>
        <translation>Tambahkan lokasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open testimony</source>
        <translation>&amp;Buka kesaksian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected testimony in the editor</source>
        <translation>Buka kesaksian yang dipilih di editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected record (or the case, from the case list)</source>
        <translation>Ubah catatan yang dipilih (atau kasusnya, dari daftar kasus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected record (asks you to confirm)</source>
        <translation>Hapus catatan yang dipilih (meminta konfirmasi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the whole vault</source>
        <translation>Cari di seluruh brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault: close it and ask for the passphrase again</source>
        <translation>Kunci brankas: tutup brankas dan minta frasa sandi lagi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referensi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>U&amp;bah frasa sandi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new passphrase for this vault (asks for the current one)</source>
        <translation>Pilih frasa sandi baru untuk brankas ini (meminta frasa sandi saat ini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-key vault…</source>
        <translation>Ganti kunci b&amp;rankas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for the whole vault: old copies of it stop opening (new recovery key)</source>
        <translation>Kunci baru untuk seluruh brankas: salinan lamanya tidak bisa dibuka lagi (kunci pemulihan baru)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New re&amp;covery key…</source>
        <translation>Kunci pemulihan bar&amp;u…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a new recovery key once; the old one stops opening the vault</source>
        <translation>Tampilkan kunci pemulihan baru satu kali; kunci lama tidak lagi membuka brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import media…</source>
        <translation>&amp;Impor media…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos or recordings into the current case</source>
        <translation>Impor foto atau rekaman ke kasus saat ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>&amp;Ekspor kasus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted, signed bundle of a case</source>
        <translation>Ekspor paket berkas kasus yang sudah disamarkan dan ditandatangani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe vault…</source>
        <translation>&amp;Hapus total brankas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy the vault for good (asks you to confirm)</source>
        <translation>Hancurkan brankas untuk selamanya (meminta konfirmasi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick e&amp;xit</source>
        <translation>Keluar &amp;cepat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault and close every window at once</source>
        <translation>Kunci brankas dan tutup semua jendela sekaligus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>Brankas (&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Records</source>
        <translation>Catatan (&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>Cari (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ools</source>
        <translation>Alat (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Bantuan (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Evidence Vault</source>
        <translation>&amp;Tentang Evidence Vault</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locks after {n} min without use</source>
        <translation>Terkunci setelah {n} menit tidak dipakai</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no cases yet. Create one with New case (Ctrl+N).</source>
        <translation>Belum ada kasus. Buat satu dengan Kasus baru (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Case created.</source>
        <translation>Kasus dibuat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person added.</source>
        <translation>Orang ditambahkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testimony saved.</source>
        <translation>Kesaksian disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Note saved.</source>
        <translation>Catatan disimpan.</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Site saved.</source>
        <translation>Lokasi disimpan.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first.</source>
        <translation>Pilih dulu satu baris di daftar kesaksian, orang, catatan atau lokasi, atau satu kasus di daftar kasus.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Case saved.</source>
        <translation>Kasus disimpan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person saved.</source>
        <translation>Data orang disimpan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wait for the import to finish, then delete.</source>
        <translation>Tunggu impor selesai, lalu hapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete yet</source>
        <translation>Belum dapat dihapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete case?</source>
        <translation>Hapus kasus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete person?</source>
        <translation>Hapus orang?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete testimony?</source>
        <translation>Hapus kesaksian?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note?</source>
        <translation>Hapus catatan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site?</source>
        <translation>Hapus lokasi?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. The custody log keeps an entry that says it was deleted, when and by whom.</source>
        <translation>Ini tidak dapat dibatalkan. Catatan rantai bukti menyimpan entri yang menyatakan bahwa ini dihapus, kapan dan oleh siapa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the case “{title}”?</source>
        <translation>Hapus kasus “{title}”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{pseudonym}” ({name})</source>
        <translation>“{pseudonym}” ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is removed from the whole vault, not only from this case.</source>
        <translation>Orang ini dihapus dari seluruh brankas, bukan hanya dari kasus ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their names, phone numbers and e-mails stay in the redaction set: exports keep replacing them with the pseudonym where other records mention them.</source>
        <translation>Nama, nomor telepon dan e-mail mereka tetap ada dalam daftar penyamaran: ekspor tetap menggantinya dengan nama samaran di tempat catatan lain menyebut mereka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the person {name}?</source>
        <translation>Hapus orang {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the testimony of {person} ({date})?</source>
        <translation>Hapus kesaksian {person} ({date})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its earlier revisions are deleted with it; attached media stay in the case.</source>
        <translation>Revisi sebelumnya ikut dihapus; media yang dilampirkan tetap ada di kasus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the note “{text}”?</source>
        <translation>Hapus catatan “{text}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “{name}”?</source>
        <translation>Hapus lokasi “{name}”?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case deleted.</source>
        <translation>Kasus dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted.</source>
        <translation>Orang dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony deleted.</source>
        <translation>Kesaksian dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted.</source>
        <translation>Catatan dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site deleted.</source>
        <translation>Lokasi dihapus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or choose a case first.</source>
        <translation>Buat atau pilih kasus terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no case to export yet.</source>
        <translation>Belum ada kasus untuk diekspor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the import to finish, then export.</source>
        <translation>Tunggu impor selesai, lalu ekspor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt with an underlined letter reaches every field and button.</source>
        <translation>Alt dengan huruf bergaris bawah menjangkau setiap kolom dan tombol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Evidence Vault</source>
        <translation>Tentang Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence Vault {version}

An encrypted, offline archive for testimonies, photos, recordings and source notes, with redacted, signed dossiers to share. Nothing leaves this computer unless you export it.</source>
        <translation>Evidence Vault {version}

Arsip terenkripsi dan luring untuk kesaksian, foto, rekaman dan catatan narasumber, dengan dosir yang disamarkan dan ditandatangani untuk dibagikan. Tidak ada yang keluar dari komputer ini kecuali Anda mengekspornya.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Search words</source>
        <translation>Kata pencarian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the whole vault</source>
        <translation>Kata yang dicari di seluruh brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>Cari (&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a word to search for.</source>
        <translation>Ketik kata yang ingin dicari.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: {n}. Press Enter on a result to go to it.</source>
        <translation>Ditemukan: {n}. Tekan Enter pada hasil untuk membukanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>Tidak ditemukan apa pun.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person is not linked to any case yet.</source>
        <translation>Orang ini belum ditautkan ke kasus mana pun.</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+186"/>
        <source>Descri&amp;be…</source>
        <translation>Deskripsikan (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption, date taken, place and tags</source>
        <translation>Keterangan, tanggal pengambilan, tempat dan tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save c&amp;lean copy…</source>
        <translation>Simpan sa&amp;linan bersih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted working copy (no metadata, with its redactions) to a file you choose</source>
        <translation>Tulis salinan kerja yang didekripsi (tanpa metadata, dengan penyamarannya) ke berkas pilihan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ori&amp;ginal…</source>
        <translation>Simpan berkas asli (&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted original, with all its metadata, to a file you choose</source>
        <translation>Tulis berkas asli yang didekripsi, dengan semua metadatanya, ke berkas pilihan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;keys…</source>
        <translation>&amp;Kunci pemulihan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to decrypt this item&apos;s files with the standard age tool</source>
        <translation>Tampilkan cara mendekripsi berkas item ini dengan alat age standar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item…</source>
        <translation>Hapus item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this media item</source>
        <translation>Hapus item media ini</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the original as</source>
        <translation>Simpan berkas asli sebagai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the clean copy as</source>
        <translation>Simpan salinan bersih sebagai</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original?</source>
        <translation>Simpan berkas asli?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original still carries everything listed as risky (position, camera serial, owner…). Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never share it. Saving is recorded in the custody log.</source>
        <translation>Berkas asli masih membawa semua yang tercantum sebagai berisiko (posisi, nomor seri kamera, pemilik…). Setelah disimpan, berkas itu menjadi berkas biasa yang tidak terenkripsi: simpan hanya di drive terenkripsi, dan jangan pernah membagikannya. Penyimpanan dicatat di catatan rantai bukti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save…</source>
        <translation>Pilih tempat menyimpan…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete media item</source>
        <translation>Hapus item media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}” with its original and every working copy? This cannot be undone: the keys of its files are destroyed. The custody log keeps an entry saying it was deleted, when and by whom.</source>
        <translation>Hapus “{name}” beserta berkas asli dan setiap salinan kerjanya? Ini tidak dapat dibatalkan: kunci berkas-berkasnya dimusnahkan. Catatan rantai bukti menyimpan entri yang menyatakan bahwa ini dihapus, kapan dan oleh siapa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>MediaDetails</name>
    <message>
        <location filename="../../ui/media/details.py" line="+21"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Perangkat lunak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photoshop</source>
        <translation>Photoshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker note</source>
        <translation>Catatan pembuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded thumbnail</source>
        <translation>Gambar mini tersemat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour profile</source>
        <translation>Profil warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden trailing data</source>
        <translation>Data tersembunyi di akhir berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the original file carried, hashes and versions</source>
        <translation>Apa yang dibawa berkas asli, hash dan versi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>risky</source>
        <translation>berisiko</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name} ({type}{size})</source>
        <translation>Berkas: {name} ({type}{size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Tanggal pengambilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The original carried {n} risky item(s); they are NOT in the working copy:</source>
        <translation>Berkas asli membawa {n} item berisiko; item itu TIDAK ada di salinan kerja:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No identifying metadata was found in the original.</source>
        <translation>Tidak ditemukan metadata pengenal di berkas asli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original SHA-256: {sha} ({size} bytes)</source>
        <translation>SHA-256 berkas asli: {sha} ({size} bita)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working copy: only the sealed original exists.</source>
        <translation>Tidak ada salinan kerja: hanya ada berkas asli yang disegel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}</source>
        <translation>Salinan kerja v{n}: SHA-256 {sha} ({size} bita), {when}</translation>
    </message>
</context>
<context>
    <name>MediaInfoDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="-277"/>
        <source>Media details</source>
        <translation>Detail media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD, atau kosong jika tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Tanggal pengambilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>Dipisahkan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions and places are searchable in the vault and are redacted like any text when the case is exported.</source>
        <translation>Keterangan dan tempat dapat dicari di brankas dan disamarkan seperti teks lain saat kasus diekspor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date taken:</source>
        <translation>T&amp;anggal pengambilan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../ui/media/model.py" line="+70"/>
        <source>Not exportable: {reason}</source>
        <translation>Tidak dapat diekspor: {reason}</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../ui/media/tab.py" line="+83"/>
        <source>Media of the case</source>
        <translation>Media kasus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record intervie&amp;w…</source>
        <translation>Rekam &amp;wawancara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from the microphone straight into the vault (no file is written)</source>
        <translation>Rekam dari mikrofon langsung ke brankas (tidak ada berkas yang ditulis)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved a decrypted copy to {path}.</source>
        <translation>Salinan yang didekripsi disimpan ke {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Details</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare and redact</source>
        <translation>Bandingkan dan samarkan (&amp;C)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No photos or recordings yet. Use Import files or drop files here.</source>
        <translation>Belum ada foto atau rekaman. Gunakan Impor berkas atau jatuhkan berkas di sini.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import files into the case</source>
        <translation>Impor berkas ke kasus</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not exportable: {reason}. The original is kept sealed in the vault and is never included in an export.</source>
        <translation>Tidak dapat diekspor: {reason}. Berkas asli disimpan tersegel di brankas dan tidak pernah disertakan dalam ekspor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved working copy v{n}. The original and earlier versions are kept.</source>
        <translation>Salinan kerja v{n} disimpan. Berkas asli dan versi sebelumnya tetap disimpan.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-558"/>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>Judul kasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ag:</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <location line="+362"/>
        <source>New note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate: never included in exports</source>
        <translation>P&amp;ribadi: tidak pernah disertakan dalam ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Kasus (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>Tent&amp;ang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>Catata&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="-189"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>Tampilkan yang &amp;saya ketik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Kekuatan frasa sandi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {n} characters. A sentence of four or more unusual words is strong and easy to remember. Nobody can reset a forgotten passphrase.</source>
        <translation>Gunakan minimal {n} karakter. Kalimat dari empat kata tak lazim atau lebih itu kuat dan mudah diingat. Tidak ada yang dapat mengatur ulang frasa sandi yang terlupa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;passphrase:</source>
        <translation>Frasa sandi baru (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Ulangi f&amp;rasa sandi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>Kekuatan:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too short: at least {n} characters ({missing} more).</source>
        <translation>Terlalu pendek: minimal {n} karakter (kurang {missing} lagi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very weak</source>
        <translation>Sangat lemah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-321"/>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>separated by commas</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Transliterations</source>
        <translation>Transliterasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name in other scripts, separated by commas</source>
        <translation>nama dalam aksara lain, dipisahkan koma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>Terduga pelaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protected: use the pseudonym everywhere outside this vault</source>
        <translation>Dilindungi: gunakan nama samaran di mana &amp;pun di luar brankas ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not protected: exports will show this person&apos;s real name and other names.</source>
        <translation>Tidak dilindungi: ekspor akan menampilkan nama asli dan nama lain orang ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>Nama samaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>leave empty for a suggestion, e.g. {example}</source>
        <translation>kosongkan untuk mendapat saran, misalnya {example}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Consent scope</source>
        <translation>Cakupan persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the person agreed to, e.g. quotes, no photos</source>
        <translation>apa yang disetujui orang itu, misalnya kutipan, tanpa foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no case)</source>
        <translation>(tanpa kasus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the person</source>
        <translation>Catatan tentang orang ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full na&amp;me:</source>
        <translation>Na&amp;ma lengkap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other names:</source>
        <translation>Nama lain (&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ansliterations:</source>
        <translation>Tr&amp;ansliterasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>Pe&amp;ran:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>Nama samaran (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nat&amp;ionality:</source>
        <translation>Ke&amp;warganegaraan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone numbers:</source>
        <translation>Nomor telepon (&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>Persetujua&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent s&amp;cope:</source>
        <translation>&amp;Cakupan persetujuan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>Tanggal persetu&amp;juan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>Risi&amp;ko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;se:</source>
        <translation>Ka&amp;sus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <location line="+312"/>
        <source>New site</source>
        <translation>Lokasi baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>Nama lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11.5564 (optional)</source>
        <translation>mis. 11.5564 (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 104.9282 (optional)</source>
        <translation>mis. 104.9282 (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ensitive: the location could endanger someone</source>
        <translation>S&amp;ensitif: lokasi ini bisa membahayakan seseorang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Kasus (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>Ko&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lintang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Bujur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The latitude must be a number like 11.5564.</source>
        <translation>Lintang harus berupa angka seperti 11.5564.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longitude must be a number like 104.9282.</source>
        <translation>Bujur harus berupa angka seperti 104.9282.</translation>
    </message>
</context>
<context>
    <name>NewTestimonyDialog</name>
    <message>
        <location line="-204"/>
        <source>New testimony</source>
        <translation>Kesaksian baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview date</source>
        <translation>Tanggal wawancara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the interview</source>
        <translation>Tempat wawancara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Kasus (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Orang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>Temp&amp;at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviewer:</source>
        <translation>Pewawa&amp;ncara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inte&amp;rpreter:</source>
        <translation>Ju&amp;ru bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transkrip:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose who gave the testimony (add them first with New person).</source>
        <translation>Pilih siapa yang memberikan kesaksian (tambahkan dulu dengan Orang baru).</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="-541"/>
        <source>What to export</source>
        <translation>Apa yang diekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the case. Everything that could identify someone is redacted unless you allow it below.</source>
        <translation>Pilih kasusnya. Semua yang dapat mengenali seseorang akan disamarkan kecuali Anda mengizinkannya di bawah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case to export</source>
        <translation>Kasus yang diekspor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these details (they are redacted when unticked)</source>
        <translation>Pertahankan detail ini (disamarkan jika tidak dicentang)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number regions</source>
        <translation>Wilayah nomor telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country codes whose phone numbers are looked for, e.g. KH, TH, CN</source>
        <translation>Kode negara yang nomor teleponnya dicari, misalnya KH, TH, CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include recor&amp;dings (voices can identify people)</source>
        <translation>Sertakan rekaman (suara &amp;dapat mengenali orang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disguise the &amp;voices in the recordings</source>
        <translation>Samarkan s&amp;uara dalam rekaman</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an expert or a speaker-recognition system: the method is published and partly reversible, and the words, accent and background still identify people. Listen to every recording before you send it.</source>
        <translation>Penyamaran suara menggeser nada dan forman setiap suara (McAdams). Ini tidak dapat mengelabui ahli atau sistem pengenalan penutur: metodenya dipublikasikan dan sebagian dapat dibalik, dan kata-kata, logat, serta suara latar tetap dapat mengenali orang. Dengarkan setiap rekaman sebelum Anda mengirimnya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Format ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier bundle: signed, with PDF, HTML and files</source>
        <translation>Paket berkas: ditandatangani, dengan PDF, HTML, dan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FollowTheMoney entities (for Aleph and the ftm tools)</source>
        <translation>Entitas FollowTheMoney (untuk Aleph dan alat ftm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV import (a zip with import.csv and the files)</source>
        <translation>Impor CSV Uwazi (zip berisi import.csv dan berkasnya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>Kasus (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>&amp;Wilayah telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation (optional):</source>
        <translation>&amp;Organisasi (opsional):</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/tool_base.py" line="-41"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for: {what}</source>
        <translation>Telusuri: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the file picker (F4 in the field)</source>
        <translation>Pilih dengan pemilih berkas (F4 di kolom)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../ui/media/review.py" line="+67"/>
        <source>Original, as imported</source>
        <translation>Berkas asli, seperti saat diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy: drag, or press N, to draw a redaction box</source>
        <translation>Salinan kerja: seret, atau tekan N, untuk menggambar kotak penyamaran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Original (sealed, never exported)</source>
        <translation>Berkas asli (disegel, tidak pernah diekspor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working copy (drag, or press N, to draw boxes)</source>
        <translation>Salinan kerja (seret, atau tekan N, untuk menggambar kotak)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;ggest faces</source>
        <translation>Sarankan wajah (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for faces in the working copy; you review each suggestion</source>
        <translation>Cari wajah di salinan kerja; Anda meninjau setiap saran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read te&amp;xt</source>
        <translation>Baca teks (&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the text in the working copy (OCR, kept encrypted and searchable); a protected person&apos;s name, a phone or an e-mail found in it becomes a suggestion you review</source>
        <translation>Baca teks dalam salinan kerja (OCR, disimpan terenkripsi dan dapat dicari); nama, telepon, atau e-mail orang yang dilindungi yang ditemukan di dalamnya menjadi saran untuk Anda tinjau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acc&amp;ept</source>
        <translation>T&amp;erima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact the selected suggestion</source>
        <translation>Tutup saran yang dipilih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not redact the selected suggestion</source>
        <translation>Jangan tutup saran yang dipilih</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested boxes: faces and text</source>
        <translation>Kotak yang disarankan: wajah dan teks</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).</source>
        <translation>Kotak yang akan dibakar: {n} digambar, {m} wajah diterima, {t} kotak teks diterima.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}</source>
        <translation>Teks {n} ({kind}) di {x},{y} ({w}×{h}): {state}</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Re&amp;ject</source>
        <translation>Tolak (&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear boxes</source>
        <translation>Bersihkan kotak (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appl&amp;y redaction</source>
        <translation>Terapkan pen&amp;yamaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn the boxes into a new working copy; the original is kept</source>
        <translation>Tanamkan kotak ke salinan kerja baru; berkas asli tetap disimpan</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No picture for this kind of file.</source>
        <translation>Tidak ada gambar untuk jenis berkas ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The original could not be shown.</source>
        <translation>Berkas asli tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no working copy to show.</source>
        <translation>Tidak ada salinan kerja untuk ditampilkan.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Burning {n} box(es) into a new working copy…</source>
        <translation>Menanamkan {n} kotak ke salinan kerja baru…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for faces… this can take a few seconds.</source>
        <translation>Mencari wajah… ini bisa memakan beberapa detik.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Face detection misses faces: look at the picture yourself.</source>
        <translation>Tidak ditemukan wajah. Deteksi wajah bisa melewatkan wajah: periksa sendiri gambarnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the text in the picture… this can take a few seconds.</source>
        <translation>Membaca teks dalam gambar… ini bisa memakan beberapa detik.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads text: look at the picture yourself.</source>
        <translation>Terbaca {w} kata; {n} kotak disarankan di atas teks yang perlu ditutup. OCR bisa melewatkan dan salah membaca teks: periksa sendiri gambarnya.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>to review</source>
        <translation>perlu ditinjau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be redacted</source>
        <translation>akan disamarkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person</source>
        <translation>orang yang dilindungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport</source>
        <translation>paspor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face {n} at {x},{y} ({w}×{h}): {state}</source>
        <translation>Wajah {n} di {x},{y} ({w}×{h}): {state}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+253"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Kunci setelah beberapa menit tidak dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Kunci saat jendela di&amp;minimalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when the scree&amp;n locks or the computer sleeps</source>
        <translation>Ku&amp;nci saat layar terkunci atau komputer tidur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author name</source>
        <translation>Nama penulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the custody log of everything you record; kept in the vault</source>
        <translation>Ditulis ke catatan rantai bukti dari semua yang Anda rekam; disimpan di brankas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wipe the vault after failed unlocks</source>
        <translation>Hapus total brankas setelah gagal membuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>Setelah %n kali gagal membuka</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is wiped without asking; only a backup or the paper recovery key brings it back. This does not stop someone who copied the vault first.</source>
        <translation>Brankas dihapus total tanpa bertanya; hanya cadangan atau kunci pemulihan kertas yang bisa mengembalikannya. Ini tidak menghentikan orang yang sudah menyalin brankas lebih dulu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Frasa sandi pa&amp;ksaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)</source>
        <translation>Frasa sandi kedua yang membuka brankas umpan dan memusnahkan brankas ini (meminta frasa sandi Anda)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number regions</source>
        <translation>Wilayah nomor telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country codes, e.g. KH, TH, CN</source>
        <translation>Kode negara dua huruf, misalnya KH, TH, CN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used after the app is restarted.</source>
        <translation>Bahasa baru dipakai setelah aplikasi dijalankan ulang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock after:</source>
        <translation>Kunci sete&amp;lah:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>&amp;Penulis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe vault:</source>
        <translation>&amp;Hapus total brankas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under duress:</source>
        <translation>Saat dipaksa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports keep by default:</source>
        <translation>Ekspor secara bawaan mempertahankan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>&amp;Wilayah telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen capture:</source>
        <translation>Tangkapan layar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+223"/>
        <source>Recipients and file</source>
        <translation>Penerima dan berkas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the recipients&apos; public keys, one per line: age keys (age1…) or SSH keys (ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them.</source>
        <translation>Opsional: kunci publik penerima, satu per baris: kunci age (age1…) atau kunci SSH (ssh-ed25519 …, ssh-rsa …); paket berkas kemudian dienkripsi untuk mereka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients, one age or SSH public key per line</source>
        <translation>Penerima, satu kunci publik age atau SSH per baris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>Berkas yang akan ditulis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipients:</source>
        <translation>Pene&amp;rima:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the export as</source>
        <translation>Simpan ekspor sebagai</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipients: {message}</source>
        <translation>Penerima: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file name holds a protected person&apos;s name or contact, or a sensitive site&apos;s name: the dossier hides it, so its file name must not show it. Choose another name.</source>
        <translation>Nama berkas memuat nama atau kontak orang yang dilindungi, atau nama lokasi sensitif: dosir menyamarkannya, jadi nama berkasnya tidak boleh menampilkannya. Pilih nama lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} sudah ada. Pilih nama berkas baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Folder {folder} tidak ada. Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-785"/>
        <source>Discard what you typed?</source>
        <translation>Buang yang Anda ketik?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved. Discard it?</source>
        <translation>Yang Anda ketik di sini belum disimpan. Buang?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody in particular)</source>
        <translation>(tidak ada orang tertentu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the case first (create one with New case).</source>
        <translation>Pilih kasusnya dulu (buat dengan Kasus baru).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/recorder.py" line="+102"/>
        <source>Record an interview</source>
        <translation>Rekam wawancara</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none: keep it with the case only)</source>
        <translation>(tidak ada: simpan di kasus saja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input level</source>
        <translation>Tingkat masukan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready. Nothing is recorded until you press Record.</source>
        <translation>Siap. Tidak ada yang direkam sampai Anda menekan Rekam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>&amp;Rekam</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and save</source>
        <translation>Berhenti dan &amp;simpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens here (optional)</source>
        <translation>Apa yang terjadi di sini (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;marker</source>
        <translation>Tambah &amp;penanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this moment of the recording, with the label typed beside it</source>
        <translation>Tandai saat ini dalam rekaman, dengan label yang diketik di sebelahnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers (double-click to change a label)</source>
        <translation>Penanda (klik dua kali untuk mengubah label)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttach to testimony:</source>
        <translation>&amp;Lampirkan ke kesaksian:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Res&amp;ume</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recording reached its size limit and was stopped.</source>
        <translation>Rekaman mencapai batas ukurannya dan dihentikan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No microphone that records 16-bit sound was found.</source>
        <translation>Tidak ditemukan mikrofon yang merekam suara 16-bit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened.</source>
        <translation>Mikrofon tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Recording into the vault. No file is written.</source>
        <translation>Merekam ke brankas. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: the pause is not part of the recording.</source>
        <translation>Dijeda: jeda tidak termasuk dalam rekaman.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saving the recording into the vault…</source>
        <translation>Menyimpan rekaman ke brankas…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in the vault: {name} (SHA-256 {sha}…).</source>
        <translation>Tersimpan di brankas: {name} (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording could not be saved: {error}</source>
        <translation>Rekaman tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>RecordingPane</name>
    <message>
        <location filename="../../ui/media/recording_pane.py" line="+63"/>
        <source>Recording ({type}). {facts}</source>
        <translation>Rekaman ({type}). {facts}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is your recovery key. It is shown only this once and is stored nowhere.

Write it on paper now and keep the paper somewhere safe, away from this computer. If you forget your passphrase, only this key can open the vault; nobody can recover it for you.</source>
        <translation>Ini adalah kunci pemulihan Anda. Kunci ini hanya ditampilkan sekali ini dan tidak disimpan di mana pun.

Tulis di kertas sekarang dan simpan kertas itu di tempat aman, jauh dari komputer ini. Jika Anda lupa frasa sandi, hanya kunci ini yang dapat membuka brankas; tidak ada yang dapat memulihkannya untuk Anda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>&amp;Saya sudah menuliskan kunci pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Check the page before you tick the box.</source>
        <translation>Sudah dikirim ke pencetak. Periksa halamannya sebelum mencentang kotak.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeysDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+47"/>
        <source>Recovery keys of a media item</source>
        <translation>Kunci pemulihan item media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each key below decrypts one file of this item with the standard age tool (age -d -i key.txt FILE &gt; out). Anyone with a key and the file can read it: never store these keys next to the vault, and close this window when you are done. This view is recorded in the custody log.</source>
        <translation>Setiap kunci di bawah mendekripsi satu berkas item ini dengan alat age standar (age -d -i key.txt FILE &gt; out). Siapa pun yang memiliki kunci dan berkasnya dapat membacanya: jangan pernah menyimpan kunci ini di dekat brankas, dan tutup jendela ini setelah selesai. Tampilan ini dicatat di catatan rantai bukti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files and keys</source>
        <translation>Berkas dan kunci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Salin semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared when the vault locks</source>
        <translation>Papan klip dikosongkan saat brankas terkunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/rekey.py" line="+55"/>
        <source>New recovery key</source>
        <translation>Kunci pemulihan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new recovery key and shows it once. The old recovery key stops opening this vault (write the new one on paper and destroy the old paper). Copies of the vault made before, and backups, still open with the old key: use Re-key vault for old copies, and destroy old backups.</source>
        <translation>Membuat kunci pemulihan baru dan menampilkannya satu kali. Kunci pemulihan lama tidak lagi membuka brankas ini (tulis yang baru di kertas dan musnahkan kertas lama). Salinan brankas yang dibuat sebelumnya, dan cadangan, masih terbuka dengan kunci lama: gunakan &quot;Ganti kunci brankas&quot; untuk salinan lama, dan musnahkan cadangan lama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-key the vault</source>
        <translation>Ganti kunci brankas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old copy of the vault folder or an old passphrase may be in someone else&apos;s hands: after this, old copies of the vault&apos;s key file open nothing, even with the old passphrase.

You get a new recovery key (shown once; the old paper stops working). The new passphrase may be the same as the current one. Backups made before stay readable with their old passphrase and key: destroy them. This can take a minute for a large vault; if the computer stops during it, the vault opens with the old or the new passphrase.</source>
        <translation>Membuat kunci baru untuk seluruh brankas dan mengenkripsi ulang basis data dengannya. Gunakan bila salinan lama folder brankas atau frasa sandi lama mungkin ada di tangan orang lain: setelah ini, salinan lama berkas kunci brankas tidak membuka apa pun, bahkan dengan frasa sandi lama.

Anda mendapat kunci pemulihan baru (ditampilkan satu kali; kertas lama tidak berlaku lagi). Frasa sandi baru boleh sama dengan yang sekarang. Cadangan yang dibuat sebelumnya tetap bisa dibaca dengan frasa sandi dan kunci lamanya: musnahkan. Untuk brankas besar ini bisa memakan waktu satu menit; jika komputer berhenti di tengah jalan, brankas terbuka dengan frasa sandi lama atau yang baru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frasa sandi saat &amp;ini:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make a new recovery key</source>
        <translation>Buat kunci pe&amp;mulihan baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-&amp;key the vault</source>
        <translation>Ganti &amp;kunci brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Itu bukan frasa sandi saat ini. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/export_words.py" line="+35"/>
        <source>1 testimony</source>
        <translation>1 kesaksian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} testimonies</source>
        <translation>{n} kesaksian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 protected person shown by pseudonym</source>
        <translation>1 orang yang dilindungi, ditampilkan dengan nama samaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} protected persons shown by pseudonym</source>
        <translation>{n} orang yang dilindungi, ditampilkan dengan nama samaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 public person named</source>
        <translation>1 tokoh publik, disebut namanya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} public persons named</source>
        <translation>{n} tokoh publik, disebut namanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 site</source>
        <translation>1 lokasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sites</source>
        <translation>{n} lokasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(1 sensitive: only its province)</source>
        <translation>(1 sensitif: hanya provinsinya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({n} sensitive: only their province)</source>
        <translation>({n} sensitif: hanya provinsinya)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared note</source>
        <translation>1 catatan bersama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shared notes</source>
        <translation>{n} catatan bersama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} photos</source>
        <translation>{n} foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 document</source>
        <translation>1 dokumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} documents</source>
        <translation>{n} dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 audio recording</source>
        <translation>1 rekaman suara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} audio recordings</source>
        <translation>{n} rekaman suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 video</source>
        <translation>1 video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} videos</source>
        <translation>{n} video</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>1 media file</source>
        <translation>1 berkas media</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>{n} media files</source>
        <translation>{n} berkas media</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 name or contact of a protected person</source>
        <translation>1 nama atau kontak orang yang dilindungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or contacts of protected persons</source>
        <translation>{n} nama atau kontak orang yang dilindungi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 name or town of a sensitive site</source>
        <translation>1 nama atau kota dari lokasi sensitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or towns of sensitive sites</source>
        <translation>{n} nama atau kota dari lokasi sensitif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 passage you marked</source>
        <translation>1 bagian yang Anda tandai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} passages you marked</source>
        <translation>{n} bagian yang Anda tandai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other details</source>
        <translation>Detail lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed hiding.</source>
        <translation>Tidak ada yang perlu disamarkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: {list}.</source>
        <translation>Disamarkan: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private note</source>
        <translation>1 catatan pribadi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} private notes</source>
        <translation>{n} catatan pribadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recording</source>
        <translation>1 rekaman</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} recordings</source>
        <translation>{n} rekaman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates of 1 site</source>
        <translation>koordinat 1 lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of {n} sites</source>
        <translation>koordinat {n} lokasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left out.</source>
        <translation>Tidak ada yang ditinggalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {list}.</source>
        <translation>Tidak disertakan: {list}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {ref}</source>
        <translation>Orang {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site {ref}</source>
        <translation>Lokasi {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony {ref}</source>
        <translation>Kesaksian {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note {ref}</source>
        <translation>Catatan {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Media file {ref}</source>
        <translation>Berkas media {ref}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your organisation&apos;s name</source>
        <translation>Nama organisasi Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record}, {field}</source>
        <translation>{record}, {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensitive site&apos;s name or town</source>
        <translation>nama atau kota dari lokasi sensitif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person&apos;s name or contact</source>
        <translation>nama atau kontak orang yang dilindungi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passage you marked</source>
        <translation>bagian yang Anda tandai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail found in the text</source>
        <translation>detail yang ditemukan dalam teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}, shown as “{label}”: {context}</source>
        <translation>{where}: {why}, ditampilkan sebagai “{label}”: {context}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {what} kept (you allowed it): {context}</source>
        <translation>{where}: {what} dipertahankan (Anda mengizinkan): {context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A private note</source>
        <translation>Sebuah catatan pribadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A video</source>
        <translation>Sebuah video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audio recording</source>
        <translation>Sebuah rekaman suara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A media file</source>
        <translation>Sebuah berkas media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private notes never leave the vault</source>
        <translation>catatan pribadi tidak pernah keluar dari brankas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you marked it not to be exported</source>
        <translation>Anda menandainya agar tidak diekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no cleaned working copy (originals never leave)</source>
        <translation>tidak ada salinan kerja yang sudah dibersihkan (berkas asli tidak pernah keluar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type cannot be checked for hidden details</source>
        <translation>jenisnya tidak dapat diperiksa untuk detail tersembunyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy could not be read</source>
        <translation>salinan kerjanya tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy is not of the type recorded for it</source>
        <translation>salinan kerjanya bukan jenis yang tercatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices identify people; tick “Include recordings” on the first page to export it</source>
        <translation>suara dapat mengenali orang; centang “Sertakan rekaman” di halaman pertama untuk mengekspornya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its transcript has redacted words that could not be muted in its sound</source>
        <translation>transkripnya berisi kata yang disensor yang tidak dapat dibisukan di suaranya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line} (your reason: {reason})</source>
        <translation>{line} (alasan Anda: {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a protected person&apos;s name</source>
        <translation>nama orang yang dilindungi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your mark</source>
        <translation>tanda Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {start}–{end} s muted ({why})</source>
        <translation>{where}: {start}–{end} dtk dibisukan ({why})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensitive, so only its province is shown</source>
        <translation>sensitif, jadi hanya provinsinya yang ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinates are left out (tick “GPS coordinates” on the first page to keep them)</source>
        <translation>koordinatnya tidak disertakan (centang “Koordinat GPS” di halaman pertama untuk menyimpannya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}</source>
        <translation>{where}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dossier (web page)</source>
        <translation>dosir (halaman web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dossier (PDF)</source>
        <translation>dosir (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF&apos;s document properties</source>
        <translation>properti dokumen PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file (records.json)</source>
        <translation>berkas data (records.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s description</source>
        <translation>deskripsi paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file names in the bundle</source>
        <translation>nama berkas dalam paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {where}: {what}</source>
        <translation>Di {where}: {what}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+159"/>
        <source>Choose a new, empty folder</source>
        <translation>Pilih folder baru yang kosong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vault folder</source>
        <translation>Folder brankas baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New vault folder:</source>
        <translation>Folder bra&amp;nkas baru:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>Pilih folder baru yang kosong untuk brankas yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring the backup…</source>
        <translation>Memeriksa dan memulihkan cadangan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was restored to:
{folder}
(backup made {created}, {files} files checked).

Evidence Vault opens one vault folder at a time, so this window stays on your current vault. To work in the restored one, quit and start the app with its folder:
evidence-app --vault &quot;{folder}&quot;
It opens with the passphrase or recovery key you just used.</source>
        <translation>Brankas dipulihkan ke:
{folder}
(cadangan dibuat {created}, {files} berkas diperiksa).

Evidence Vault membuka satu folder brankas pada satu waktu, jadi jendela ini tetap pada brankas Anda saat ini. Untuk bekerja di brankas yang dipulihkan, keluar lalu jalankan aplikasi dengan foldernya:
evidence-app --vault &quot;{folder}&quot;
Brankas itu terbuka dengan frasa sandi atau kunci pemulihan yang baru saja Anda gunakan.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+10"/>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found by the leak gate</source>
        <translation>Masalah yang ditemukan pemeriksaan kebocoran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in fo&amp;lder</source>
        <translation>Tampi&amp;lkan di folder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redacting, checking and signing the bundle… please wait.</source>
        <translation>Menyamarkan, memeriksa dan menandatangani paket berkas… harap tunggu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting and checking the export… please wait.</source>
        <translation>Menyamarkan dan memeriksa ekspor… harap tunggu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier was written to:
{path}</source>
        <translation>Dosir ditulis ke:
{path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The export was written to:
{path}</source>
        <translation>Ekspor ditulis ke:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds: {contents}.</source>
        <translation>Isinya: {contents}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is encrypted: only the recipients you gave can open it.</source>
        <translation>Terenkripsi: hanya penerima yang Anda berikan yang dapat membukanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint: {fp}
Give it to the recipient by another channel (a call, in person) so they can check who signed the dossier.</source>
        <translation>Sidik jari penanda tangan: {fp}
Berikan kepada penerima lewat jalur lain (telepon, tatap muka) agar mereka dapat memeriksa siapa yang menandatangani dosir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not signed: send the signed dossier bundle beside it when the recipient must be able to check where it came from.</source>
        <translation>Ini tidak ditandatangani: kirim paket berkas yang ditandatangani bersamanya bila penerima harus dapat memeriksa asalnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum of the file (SHA-256), for the recipient to compare:
{sha}</source>
        <translation>Checksum berkas (SHA-256), untuk dibandingkan penerima:
{sha}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export did not happen</source>
        <translation>Ekspor tidak terjadi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the records listed below, then export again.</source>
        <translation>Pemeriksaan kebocoran menolak ekspor: {n} kemungkinan kebocoran. Tidak ada yang ditulis. Perbaiki catatan yang tercantum di bawah, lalu ekspor lagi.</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../ui/screenlock.py" line="+259"/>
        <source>Locking the vault before the computer sleeps</source>
        <translation>Mengunci brankas sebelum komputer tidur</translation>
    </message>
</context>
<context>
    <name>SitesOverview</name>
    <message>
        <location filename="../../ui/sites_overview.py" line="+40"/>
        <source>Sites overview</source>
        <translation>Ikhtisar lokasi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sites in this case yet.</source>
        <translation>Belum ada lokasi dalam kasus ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.</source>
        <translation>{placed} dari {total} lokasi ditempatkan menurut koordinatnya; {sensitive} sensitif.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>North ↑   (not a map: sites placed by their coordinates)</source>
        <translation>Utara ↑   (bukan peta: lokasi ditempatkan menurut koordinat)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>(sensitive)</source>
        <translation>(sensitif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without coordinates: {names}</source>
        <translation>Tanpa koordinat: {names}</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="-690"/>
        <source>Testimony editor</source>
        <translation>Editor kesaksian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editor messages</source>
        <translation>Pesan editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new revision</source>
        <translation>&amp;Simpan sebagai revisi baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark selection as &amp;redacted</source>
        <translation>Tandai pilihan sebagai disama&amp;rkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>Tutup (&amp;C)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save as new revision (Ctrl+S)</source>
        <translation>&amp;Simpan sebagai revisi baru (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;redacted (Ctrl+R)</source>
        <translation>Tandai disamarkan (Ctrl+&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision history</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected revision</source>
        <translation>Teks revisi yang dipilih</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkrip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision &amp;history:</source>
        <translation>Riwa&amp;yat revisi:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>revision {n}</source>
        <translation>revisi {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} redacted passages</source>
        <translation>{n} bagian disamarkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This transcript contains characters the editor cannot show exactly, so redactions cannot be marked here.</source>
        <translation>Transkrip ini berisi karakter yang tidak dapat ditampilkan persis oleh editor, sehingga penyamaran tidak dapat ditandai di sini.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You changed the text. Its {n} redaction marks follow their words when you save; a mark whose words you delete is dropped and named.</source>
        <translation>Anda mengubah teks. {n} tanda penyamarannya mengikuti kata-katanya saat Anda menyimpan; tanda yang katanya Anda hapus akan dibuang dan disebutkan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The redaction mark over “{words}” will be dropped: its words are gone.</source>
        <translation>Tanda penyamaran pada “{words}” akan dibuang: kata-katanya sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redaction mark over “{words}” will cover changed words: review it.</source>
        <translation>Tanda penyamaran pada “{words}” akan menutupi kata yang berubah: periksalah.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No changes to save.</source>
        <translation>Tidak ada perubahan untuk disimpan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will be dropped</source>
        <translation>akan dibuang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was dropped</source>
        <translation>telah dibuang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will cover</source>
        <translation>akan menutupi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now covers</source>
        <translation>kini menutupi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as revision {n}.</source>
        <translation>Disimpan sebagai revisi {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to redact first, then press Ctrl+R.</source>
        <translation>Pilih dulu kata yang akan disamarkan, lalu tekan Ctrl+R.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.</source>
        <translation>Simpan dulu teks yang diubah (Ctrl+S), lalu pilih kata-katanya lagi dan tekan Ctrl+R.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked as redacted. Exports will hide this passage.</source>
        <translation>Ditandai sebagai disamarkan. Ekspor akan menyembunyikan bagian ini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove this redaction &amp;mark</source>
        <translation>Hapus &amp;tanda penyamaran ini</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redaction mark removed. Exports will show this passage.</source>
        <translation>Tanda penyamaran dihapus. Ekspor akan menampilkan bagian ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Person interviewed</source>
        <translation>Orang yang diwawancarai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD, atau kosong jika tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>Tanggal wawancara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of the interview</source>
        <translation>Tempat wawancara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>Dipisahkan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer and interpreter never leave the vault: exports leave them out.</source>
        <translation>Pewawancara dan juru bahasa tidak pernah keluar dari brankas: ekspor tidak menyertakan mereka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Person:</source>
        <translation>&amp;Orang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervie&amp;w date:</source>
        <translation>Tanggal &amp;wawancara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>Tempat (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interviewer:</source>
        <translation>Pewawancara (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpret&amp;er:</source>
        <translation>&amp;Juru bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Ringkasan (&amp;U):</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Details changed: save them with Ctrl+S.</source>
        <translation>Detail berubah: simpan dengan Ctrl+S.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media attached to this testimony</source>
        <translation>Media yang dilampirkan pada kesaksian ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach media of this case…</source>
        <translation>L&amp;ampirkan media kasus ini…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;etach</source>
        <translation>L&amp;epaskan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link; the item stays in the case</source>
        <translation>Hapus tautan; item tetap ada di kasus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of this interview and other media it refers to:</source>
        <translation>Rekaman wawancara ini dan media lain yang dirujuknya:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every media item of this case is attached already. Import the recording in the Media tab first.</source>
        <translation>Setiap item media kasus ini sudah dilampirkan. Impor rekamannya di tab Media terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached {n} item(s).</source>
        <translation>{n} item dilampirkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the item to detach first.</source>
        <translation>Pilih dulu item yang akan dilepaskan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detached. The item is still in the case.</source>
        <translation>Dilepaskan. Item masih ada di kasus.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>Suntingan yang belum disimpan disimpan sebagai draf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the vault locked, this testimony had changes that were not saved. They were kept as a draft inside the encrypted vault, not as a revision. Restore them into the editor?</source>
        <translation>Saat brankas terkunci, kesaksian ini memiliki perubahan yang belum disimpan. Perubahan itu disimpan sebagai draf di dalam brankas terenkripsi, bukan sebagai revisi. Pulihkan ke penyunting?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {when}, while editing revision {n}.</source>
        <translation>Disimpan {when}, saat menyunting revisi {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The testimony has changed since (it is revision {n} now). Saving the restored draft keeps the current text as a revision.</source>
        <translation>Kesaksian telah berubah sejak itu (sekarang revisi {n}). Menyimpan draf yang dipulihkan menyimpan teks saat ini sebagai revisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore the draft</source>
        <translation>Pulihkan d&amp;raf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard the draft</source>
        <translation>Buang &amp;draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for &amp;later</source>
        <translation>Simpan untuk na&amp;nti</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.</source>
        <translation>Draf kembali di penyunting, belum disimpan: simpan dengan Ctrl+S, atau tutup untuk membuangnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was discarded.</source>
        <translation>Draf telah dibuang.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testimony has changes that are not saved. Save them as a new revision?</source>
        <translation>Kesaksian memiliki perubahan yang belum disimpan. Simpan sebagai revisi baru?</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../../ui/tools.py" line="+175"/>
        <source>&amp;Check vault…</source>
        <translation>&amp;Periksa brankas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the vault&apos;s files, database and custody log</source>
        <translation>Periksa berkas, basis data dan catatan rantai bukti brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up vault…</source>
        <translation>Cadangkan &amp;brankas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write one encrypted backup file of the whole vault</source>
        <translation>Tulis satu berkas cadangan terenkripsi dari seluruh brankas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a bac&amp;kup…</source>
        <translation>Peri&amp;ksa cadangan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that a backup file is complete and undamaged</source>
        <translation>Periksa apakah berkas cadangan lengkap dan tidak rusak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore a backup into a new folder</source>
        <translation>Pulihkan cadangan ke folder baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Verifikasi paket berkas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a dossier bundle&apos;s files and signature (no vault needed)</source>
        <translation>Periksa berkas dan tanda tangan paket berkas dosir (tidak perlu brankas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>&amp;Ekspor kasus untuk rekan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete, unredacted, encrypted copy of a case for a colleague&apos;s vault</source>
        <translation>Salinan kasus yang lengkap, tidak disamarkan dan terenkripsi untuk brankas rekan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s package…</source>
        <translation>&amp;Impor paket dari rekan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a case a colleague exported for you</source>
        <translation>Gabungkan kasus yang diekspor rekan untuk Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my transfer &amp;fingerprint</source>
        <translation>Tampilkan sidik jari trans&amp;fer saya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s signing key, to compare with a colleague</source>
        <translation>Kunci tanda tangan brankas ini, untuk dibandingkan dengan rekan</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/tool_base.py" line="+87"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another task is still running in this window (an import, an export or a tool). Try again when it has finished.</source>
        <translation>Tugas lain masih berjalan di jendela ini (impor, ekspor atau alat). Coba lagi setelah selesai.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done: {message}</source>
        <translation>Tidak dilakukan: {message}</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location line="-223"/>
        <source>New in this vault</source>
        <translation>Baru di brankas ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>Sudah ada, tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated to the package&apos;s version</source>
        <translation>Diperbarui ke versi paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (this vault&apos;s version kept, the package&apos;s kept beside it)</source>
        <translation>Konflik (versi brankas ini dipertahankan, versi paket disimpan di sampingnya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History added</source>
        <translation>Riwayat ditambahkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>kasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>persons</source>
        <translation>orang</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>testimonies</source>
        <translation>kesaksian</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>sites</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>media items</source>
        <translation>item media</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="-439"/>
        <source>New in this vault: {what}</source>
        <translation>Baru di brankas ini: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to the package&apos;s version: {what}</source>
        <translation>Diubah ke versi paket: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict (both versions are kept): {what}</source>
        <translation>Berkonflik (kedua versi disimpan): {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}: {label}</source>
        <translation>{kind} baru: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {kind}: {label}</source>
        <translation>{kind} yang diubah: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict, {kind}: {label}</source>
        <translation>Berkonflik, {kind}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case</source>
        <translation>kasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>kesaksian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>item media</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>versi paket yang lebih baru kini berlaku; versi lainnya disimpan dalam catatan pribadi kasus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this vault&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>versi brankas ini yang lebih baru kini berlaku; versi lainnya disimpan dalam catatan pribadi kasus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides edited it; the package&apos;s newer text is current (revision {current}), this vault&apos;s is kept as revision {kept}</source>
        <translation>kedua pihak menyuntingnya; teks paket yang lebih baru kini berlaku (revisi {current}), teks brankas ini disimpan sebagai revisi {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revision {kept}</source>
        <translation>kedua pihak menyuntingnya; teks brankas ini yang lebih baru tetap berlaku (kini revisi {current}), teks paket disimpan sebagai revisi {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revisions {first} to {last}</source>
        <translation>kedua pihak menyuntingnya; teks brankas ini yang lebih baru tetap berlaku (kini revisi {current}), teks paket disimpan sebagai revisi {first} sampai {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides made working copies; the package&apos;s are now versions {first} to {last}, this vault&apos;s current one stays current as version {current}</source>
        <translation>kedua pihak membuat salinan kerja; salinan paket kini versi {first} sampai {last}, salinan brankas ini yang berlaku tetap berlaku sebagai versi {current}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untitled</source>
        <translation>tanpa judul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict, {kind}: {label}: {resolution}</source>
        <translation>Konflik, {kind}: {label}: {resolution}</translation>
    </message>
</context>
<context>
    <name>TrackTimeline</name>
    <message>
        <location filename="../../ui/media/timeline.py" line="+46"/>
        <source>Face tracks over the video&apos;s time</source>
        <translation>Jejak wajah sepanjang waktu video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and Right step one frame, Page Up and Page Down one second, Home and End go to the track&apos;s ends.</source>
        <translation>Klik sebuah batang untuk melihat wajahnya pada bingkai itu. Papan ketik: Atas dan Bawah memilih jejak, Kiri dan Kanan maju satu bingkai, Page Up dan Page Down satu detik, Home dan End ke ujung jejak.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Face {n}</source>
        <translation>Wajah {n}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+35"/>
        <source>Transcribe…</source>
        <translation>Transkripsikan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognise the speech offline; the transcript is kept encrypted with the recording</source>
        <translation>Kenali ucapan secara luring; transkrip disimpan terenkripsi bersama rekamannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing</source>
        <translation>Hentikan transkripsi</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Transcript: click a word to hear it</source>
        <translation>Transkrip: klik sebuah kata untuk mendengarnya</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No transcript yet.</source>
        <translation>Belum ada transkrip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine transcript ({language}, {words} words): check it against the recording.</source>
        <translation>Transkrip mesin ({language}, {words} kata): periksa dengan rekamannya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language was hard to tell ({language} is a guess): if the recording is in another language, transcribe it again with that language chosen.</source>
        <translation>Bahasanya sulit dikenali ({language} hanya tebakan): jika rekaman dalam bahasa lain, transkripsikan lagi dengan bahasa itu dipilih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text reads as {read}, not {language}: if the recording is in {read}, transcribe it again with {read} chosen; if not, its words are probably wrong.</source>
        <translation>Teksnya terbaca sebagai {read}, bukan {language}: jika rekaman dalam {read}, transkripsikan lagi dengan {read} dipilih; jika tidak, kata-katanya kemungkinan salah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its lines read as several languages ({parts}), perhaps an interpreted interview: every line was written in {language}, so lines in another language may be a translation.</source>
        <translation>Baris-barisnya terbaca sebagai beberapa bahasa ({parts}), mungkin wawancara dengan juru bahasa: setiap baris ditulis dalam {language}, jadi baris dalam bahasa lain mungkin terjemahan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription is not installed in this copy of the app.</source>
        <translation>Transkripsi tidak terpasang di salinan aplikasi ini.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transcribing…</source>
        <translation>Mentranskripsikan…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription stopped; nothing was stored.</source>
        <translation>Transkripsi dihentikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+34"/>
        <source>This package is NOT redacted: it holds every name, private note and original of the case. Only the colleagues whose keys you give can open it.</source>
        <translation>Paket ini TIDAK disamarkan: berisi setiap nama, catatan pribadi dan berkas asli kasus. Hanya rekan yang kuncinya Anda berikan yang dapat membukanya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case to transfer</source>
        <translation>Kasus yang ditransfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colleague&apos;s age public keys, one per line</source>
        <translation>Kunci publik age rekan, satu per baris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the package as</source>
        <translation>Simpan paket sebagai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file to write</source>
        <translation>Berkas paket yang akan ditulis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case:</source>
        <translation>Kasus (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s &amp;public key(s), one per line:</source>
        <translation>Kunci &amp;publik rekan, satu per baris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case to transfer yet.</source>
        <translation>Belum ada kasus untuk ditransfer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your colleague&apos;s age public key (it starts with age1). They can read it from their key file.</source>
        <translation>Berikan kunci publik age rekan Anda (diawali age1). Mereka dapat membacanya dari berkas kunci mereka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to write the package to (a new file).</source>
        <translation>Pilih berkas untuk menulis paket (berkas baru).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing, signing and encrypting the package…</source>
        <translation>Menulis, menandatangani dan mengenkripsi paket…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package was written to:
{path}
{counts}; {files} files, {custody} custody entries.

Signed by this vault&apos;s key:
{fp}

Read this fingerprint to your colleague by phone or in person so they can check the package comes from you. Send the file only to them.</source>
        <translation>Paket ditulis ke:
{path}
{counts}; {files} berkas, {custody} entri rantai bukti.

Ditandatangani dengan kunci brankas ini:
{fp}

Bacakan sidik jari ini kepada rekan Anda lewat telepon atau secara langsung agar mereka dapat memeriksa bahwa paket berasal dari Anda. Kirim berkas hanya kepada mereka.</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location line="+48"/>
        <source>Choose the package</source>
        <translation>Pilih paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file</source>
        <translation>Berkas paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your age identity file</source>
        <translation>Pilih berkas identitas age Anda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age identity file</source>
        <translation>Berkas identitas age Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s fingerprint (optional)</source>
        <translation>Sidik jari pengirim (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If given, a package signed by any other key is refused</source>
        <translation>Jika diisi, paket yang ditandatangani kunci lain akan ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age &amp;identity file:</source>
        <translation>Berkas &amp;identitas age Anda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;fingerprint (optional):</source>
        <translation>&amp;Sidik jari pengirim (opsional):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked this fingerprint with the sender (by phone or in person): &amp;trust it</source>
        <translation>Saya sudah mencocokkan sidik jari ini dengan pengirim (lewat telepon atau langsung): percayai (&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mpor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the package file your colleague sent.</source>
        <translation>Pilih berkas paket yang dikirim rekan Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your age identity file: the key file whose public key you gave your colleague.</source>
        <translation>Pilih berkas identitas age Anda: berkas kunci yang kunci publiknya Anda berikan kepada rekan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the package (nothing is imported yet)…</source>
        <translation>Memeriksa paket (belum ada yang diimpor)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was imported. The package is signed by:
{fp}
a key this vault has not trusted before. Compare it with the fingerprint the sender reads to you by phone or in person. Only if they match, tick the box above: the preview then shows what the package would change.</source>
        <translation>Tidak ada yang diimpor. Paket ini ditandatangani oleh:
{fp}
kunci yang belum pernah dipercaya brankas ini. Bandingkan dengan sidik jari yang dibacakan pengirim kepada Anda lewat telepon atau langsung. Hanya jika cocok, centang kotak di atas: pratinjau lalu menunjukkan apa yang akan diubah paket ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by this vault&apos;s own key:
{fp}</source>
        <translation>Ditandatangani dengan kunci brankas ini sendiri:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this vault trusts:
{fp}</source>
        <translation>Ditandatangani dengan kunci yang dipercaya brankas ini:
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the key you checked:
{fp}
Importing trusts this key from now on for later packages.</source>
        <translation>Ditandatangani dengan kunci yang Anda periksa:
{fp}
Mengimpor akan memercayai kunci ini mulai sekarang untuk paket berikutnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported. This vault already holds everything in the package.</source>
        <translation>Tidak ada yang diimpor. Brankas ini sudah memuat semua isi paket.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is imported yet. If you import this package:</source>
        <translation>Belum ada yang diimpor. Jika Anda mengimpor paket ini:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Import to import it, or close this window to import nothing.</source>
        <translation>Tekan Impor untuk mengimpornya, atau tutup jendela ini agar tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing the package…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the case “{title}” from {author}&apos;s vault.</source>
        <translation>Kasus “{title}” diimpor dari brankas {author}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages signed by this key are trusted from now on.</source>
        <translation>Paket yang ditandatangani dengan kunci ini dipercaya mulai sekarang.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signed by:
{fp}</source>
        <translation>Ditandatangani oleh:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.</source>
        <translation>Berkas media disimpan: {blobs}; entri riwayat rantai bukti: {history}; konflik: {n}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>Note: {notice}</source>
        <translation>Catatan: {notice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-404"/>
        <source>Unlock Evidence Vault</source>
        <translation>Buka kunci Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Enter your passphrase to unlock the vault.</source>
        <translation>Masukkan frasa sandi Anda untuk membuka kunci brankas.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Vault folder: {folder}</source>
        <translation>Folder brankas: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+106"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+104"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Show what I type</source>
        <translation>Tampilkan yang &amp;saya ketik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>Gunakan &amp;kunci pemulihan sebagai gantinya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>Membuka kunci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe…</source>
        <translation>&amp;Hapus total…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy this vault for good (asks you to type WIPE first)</source>
        <translation>Hancurkan brankas ini selamanya (meminta Anda mengetik WIPE dulu)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes this vault for good.</source>
        <translation>Peringatan: {failures} kali gagal buka sejak pembukaan terakhir. Kegagalan berikutnya akan menghapus total brankas ini untuk selamanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more failed unlocks this vault is wiped for good.</source>
        <translation>Peringatan: {failures} dari {limit} kali gagal buka sejak pembukaan terakhir. Setelah {left} kali gagal lagi, brankas ini dihapus total untuk selamanya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key:</source>
        <translation>Ku&amp;nci pemulihan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when the vault was created.</source>
        <translation>Ketik kunci pemulihan yang Anda tulis saat brankas dibuat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your recovery key first.</source>
        <translation>Ketik kunci pemulihan Anda terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase first.</source>
        <translation>Ketik frasa sandi Anda terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, opened with its passphrase or the paper recovery key, brings it back.</source>
        <translation>Itu kegagalan buka terakhir yang diizinkan batas: brankas telah dihapus total. Hanya cadangan, dibuka dengan frasa sandinya atau kunci pemulihan kertas, yang dapat mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-181"/>
        <source>Choose a bundle</source>
        <translation>Pilih paket berkas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle file</source>
        <translation>Berkas paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your age identity file</source>
        <translation>Pilih berkas identitas age Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age identity file, for encrypted bundles</source>
        <translation>Berkas identitas age, untuk paket berkas terenkripsi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of the identity file, if it has one</source>
        <translation>Frasa sandi berkas identitas, jika ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected signer fingerprint (optional)</source>
        <translation>Sidik jari penanda tangan yang diharapkan (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bundle (.zip or .age):</source>
        <translation>Paket &amp;berkas (.zip atau .age):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file (for .age):</source>
        <translation>Berkas &amp;identitas (untuk .age):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;passphrase (if it has one):</source>
        <translation>&amp;Frasa sandi identitas (jika ada):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected signer (optional):</source>
        <translation>P&amp;enanda tangan yang diharapkan (opsional):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bundle to verify.</source>
        <translation>Pilih paket berkas yang akan diverifikasi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verifying the bundle…</source>
        <translation>Memverifikasi paket berkas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your identity file is protected by a passphrase. Type it in Identity passphrase, then verify again.</source>
        <translation>Berkas identitas Anda dilindungi frasa sandi. Ketikkan di Frasa sandi identitas, lalu verifikasi lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle is encrypted. Choose the age identity file it was encrypted to (your key file), then verify again.</source>
        <translation>Paket berkas ini terenkripsi. Pilih berkas identitas age yang menjadi tujuan enkripsinya (berkas kunci Anda), lalu verifikasi lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.</source>
        <translation>Paket berkas terverifikasi: {n} berkas, {size}, cocok dengan manifes dan tanda tangannya sah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint:
{fp}</source>
        <translation>Sidik jari penanda tangan:
{fp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was decrypted in memory only; nothing was written.</source>
        <translation>Paket didekripsi di memori saja; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is signed by the key you expected.</source>
        <translation>Paket ditandatangani dengan kunci yang Anda harapkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this fingerprint with the one the sender gave you by another channel (a call, in person). If they differ, do not trust the bundle.</source>
        <translation>Bandingkan sidik jari ini dengan yang diberikan pengirim melalui saluran lain (telepon, bertemu langsung). Jika berbeda, jangan percayai paket berkas ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bag: {top}</source>
        <translation>Bag: {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {fmt}</source>
        <translation>Format: {fmt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagged on: {date}</source>
        <translation>Dikemas pada: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy.</source>
        <translation>Paket berkas TIDAK lolos verifikasi: {reason} Jangan percayai isinya; minta salinan baru kepada pengirim.</translation>
    </message>
</context>
<context>
    <name>VideoFacesPanel</name>
    <message>
        <location filename="../../ui/media/video_review.py" line="+111"/>
        <source>Look for faces in every frame and follow them; you review each track</source>
        <translation>Cari wajah di setiap bingkai dan ikuti; Anda meninjau setiap jejak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a bo&amp;x on this frame</source>
        <translation>Tambah kotak pada bingkai ini (&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a face without a box: draw one on the frame with the mouse, or place it with the keyboard; it is followed forwards and backwards through the video</source>
        <translation>Untuk wajah tanpa kotak: gambar satu pada bingkai dengan tetikus, atau letakkan dengan papan ketik; kotak diikuti maju dan mundur sepanjang video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How faces are covered</source>
        <translation>Cara wajah ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black boxes</source>
        <translation>Kotak hitam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (can sometimes be partly reversed)</source>
        <translation>Buram (kadang bisa sebagian dipulihkan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover faces in a new cop&amp;y</source>
        <translation>Tutup wajah dalam salinan baru (&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into every frame of a new working copy (sound kept); the original is kept</source>
        <translation>Bakar kotak ke setiap bingkai salinan kerja baru (suara tetap); aslinya disimpan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Face tracks</source>
        <translation>Jejak wajah</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Find faces in the video: its face tracks are shown here, on their frames and on a time line.</source>
        <translation>Cari wajah dalam video: jejak wajahnya ditampilkan di sini, pada bingkainya dan pada garis waktu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not done.</source>
        <translation>Tidak selesai.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finding faces: frame {done} of about {total}</source>
        <translation>Mencari wajah: bingkai {done} dari sekitar {total}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+283"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Dihentikan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>{n} face track(s) in {frames} frames. Every track is covered unless you leave it uncovered. Face detection misses faces: watch the new working copy yourself.</source>
        <translation>{n} jejak wajah dalam {frames} bingkai. Setiap jejak ditutup kecuali Anda membiarkannya terbuka. Deteksi wajah bisa melewatkan wajah: tonton sendiri salinan kerja yang baru.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}</source>
        <translation>Wajah {n} (kotak digambar pada bingkai {frame}): {start}–{end} dtk: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {n}: {start}–{end} s, {count} detection(s): {state}</source>
        <translation>Wajah {n}: {start}–{end} dtk, {count} deteksi: {state}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>left uncovered</source>
        <translation>dibiarkan terbuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be covered</source>
        <translation>akan ditutup</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+121"/>
        <source>No frame to show.</source>
        <translation>Tidak ada bingkai untuk ditampilkan.</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Find fac&amp;es in the video</source>
        <translation>Cari wajah dalam video (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep this face covered</source>
        <translation>Tetap tutup wajah ini (&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave uncovered</source>
        <translation>Biarkan terbuka (&amp;L)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The frame shown, with the face boxes on it</source>
        <translation>Bingkai yang ditampilkan, dengan kotak wajah di atasnya</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Frame {n} of {total} ({seconds} s)</source>
        <translation>Bingkai {n} dari {total} ({seconds} dtk)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Following the box: frame {done} of about {total}</source>
        <translation>Mengikuti kotak: bingkai {done} dari sekitar {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped; the box was not added.</source>
        <translation>Dihentikan; kotak tidak ditambahkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Face {n} added: the box was followed from {start} s to {end} s. Look at the frames around both ends: where it lost the face, draw another box there.</source>
        <translation>Wajah {n} ditambahkan: kotak diikuti dari {start} dtk sampai {end} dtk. Lihat bingkai di sekitar kedua ujungnya: di tempat wajah hilang, gambar kotak lain di sana.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Covering faces: frame {done} of {total}</source>
        <translation>Menutup wajah: bingkai {done} dari {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved working copy v{n} with the faces covered. The original and earlier versions are kept.</source>
        <translation>Salinan kerja v{n} dengan wajah tertutup disimpan. Aslinya dan versi sebelumnya disimpan.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+40"/>
        <source>Wipe the vault</source>
        <translation>Hapus total brankas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the vault in {folder} for good: every case, testimony, person, photo and recording in it. The key is overwritten and the files deleted. Backups elsewhere are not touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a copy-on-write or a synced folder may keep old copies of the files for a while.</source>
        <translation>Ini menghancurkan brankas di {folder} selamanya: setiap kasus, kesaksian, orang, foto dan rekaman di dalamnya. Kuncinya ditimpa dan berkasnya dihapus. Cadangan di tempat lain tidak tersentuh: cadangan tetap terbuka dengan frasa sandi atau kunci pemulihan kertas. SSD, folder copy-on-write atau folder yang disinkronkan mungkin menyimpan salinan lama berkas untuk sementara waktu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type {word} in capital letters and press Enter to confirm. Esc cancels.</source>
        <translation>Ketik {word} dengan huruf kapital lalu tekan Enter untuk mengonfirmasi. Esc membatalkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type WIPE to confirm</source>
        <translation>Ketik WIPE untuk mengonfirmasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wipe the vault now</source>
        <translation>&amp;Hapus total brankas sekarang</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was wiped: type {word} in capital letters, then press Enter.</source>
        <translation>Tidak ada yang dihapus: ketik {word} dengan huruf kapital, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>_BackupReader</name>
    <message>
        <location filename="../../ui/tools.py" line="-253"/>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Berkas cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Berkas cadangan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase the vault had when the backup was made</source>
        <translation>Frasa sandi brankas saat cadangan dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>Frasa sandi yang dimiliki brankas saat cadangan dibuat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file.</source>
        <translation>Pilih berkas cadangan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault had when the backup was made, or tick &quot;Use the recovery key instead&quot; and type the recovery key.</source>
        <translation>Ketik frasa sandi yang dimiliki brankas saat cadangan dibuat, atau centang &quot;Gunakan kunci pemulihan sebagai gantinya&quot; dan ketik kunci pemulihan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup did not pass the check: {reason} Do not rely on it: make a new backup of the vault now and keep the damaged file only for your technical contact.</source>
        <translation>Cadangan ini tidak lolos pemeriksaan: {reason} Jangan mengandalkannya: buat cadangan baru brankas sekarang dan simpan berkas yang rusak hanya untuk kontak teknis Anda.</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+299"/>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is known</source>
        <translation>{name} diketahui</translation>
    </message>
</context>
</TS>
