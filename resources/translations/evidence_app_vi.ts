<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>the vault folder</source>
        <translation>thư mục kho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong recovery key</source>
        <translation>Sai khóa khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key is not right.{detail} Check each group of characters against your written copy and try again.</source>
        <translation>Khóa khôi phục không đúng.{detail} Hãy so từng nhóm ký tự với bản bạn đã chép rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>Sai cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Cụm mật khẩu không đúng. Hãy kiểm tra phím Caps Lock và ngôn ngữ bàn phím rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault already open</source>
        <translation>Kho đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open in another Evidence Vault window. Close it and try again.</source>
        <translation>Kho đang được mở trong một cửa sổ Evidence Vault khác. Hãy đóng cửa sổ đó rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault found</source>
        <translation>Không tìm thấy kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault in {folder}. If it is on a removable drive, connect the drive and try again.</source>
        <translation>Không có kho nào trong {folder}. Nếu kho nằm trên ổ đĩa rời, hãy cắm ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault damaged</source>
        <translation>Kho bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault cannot be read because some of its files are damaged or missing. Do not change the files in {folder}; restore the vault from your latest backup, or ask your technical contact for help.</source>
        <translation>Không đọc được kho vì một số tệp của nó bị hỏng hoặc bị mất. Đừng thay đổi các tệp trong {folder}; hãy khôi phục kho từ bản sao lưu mới nhất, hoặc nhờ người hỗ trợ kỹ thuật của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder not empty</source>
        <translation>Thư mục không trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new vault needs an empty folder, and {folder} already holds files. Choose another folder or move those files away.</source>
        <translation>Một kho mới cần một thư mục trống, nhưng {folder} đã có tệp. Hãy chọn thư mục khác hoặc chuyển các tệp đó đi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>Vui lòng kiểm tra những gì bạn đã nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record not found</source>
        <translation>Không tìm thấy hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists; it may have been deleted. Reload the case and try again.</source>
        <translation>Hồ sơ này không còn nữa; có thể nó đã bị xóa. Hãy tải lại vụ việc rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity problem</source>
        <translation>Vấn đề về tính toàn vẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some stored evidence failed its integrity check. Do not change the vault; run a vault check and restore from a backup if needed.</source>
        <translation>Một số chứng cứ đã lưu không qua được kiểm tra tính toàn vẹn. Đừng thay đổi kho; hãy chạy kiểm tra kho và khôi phục từ bản sao lưu nếu cần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File not supported</source>
        <translation>Tệp không được hỗ trợ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not finish</source>
        <translation>Không thể hoàn tất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not use the disk</source>
        <translation>Không dùng được ổ đĩa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault folder could not be read or written. Check that the drive is connected, not full, and that you may write to it, then try again.</source>
        <translation>Không đọc hoặc ghi được thư mục kho. Hãy kiểm tra ổ đĩa đã được kết nối, chưa đầy và bạn có quyền ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it again and retry; if it happens again, tell your technical contact.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến ({kind}). Không có gì được lưu thêm. Hãy khóa kho, mở khóa lại rồi thử lại; nếu vẫn xảy ra, hãy báo cho người hỗ trợ kỹ thuật của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="+229"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown person)</source>
        <translation>(người không rõ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+30"/>
        <location line="+47"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Revision</source>
        <translation>Bản sửa đổi</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+61"/>
        <source>Redactions</source>
        <translation>Phần che</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Beginning</source>
        <translation>Phần đầu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pseudonym</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used (public)</source>
        <translation>không dùng (công khai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Được bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Private</source>
        <translation>Riêng tư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved (UTC)</source>
        <translation>Đã lưu (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testimony</source>
        <translation>Lời khai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Tư liệu</translation>
    </message>
    <message>
        <location filename="../../ui/tool_base.py" line="+137"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>&amp;Dùng khóa khôi phục thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Hiện những gì tôi gõ</translation>
    </message>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Check the vault</source>
        <translation>Kiểm tra kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the vault header, the database, every stored media file and the custody log. Nothing is changed.</source>
        <translation>Kiểm tra phần đầu kho, cơ sở dữ liệu, mọi tệp tư liệu đã lưu và nhật ký lưu giữ chứng cứ. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check now</source>
        <translation>K&amp;iểm tra ngay</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the vault</source>
        <translation>Sao lưu kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole vault to one encrypted file. The vault&apos;s passphrase or its recovery key opens it. Keep backups on another drive, away from this computer.</source>
        <translation>Ghi toàn bộ kho vào một tệp được mã hóa. Cụm mật khẩu hoặc khóa khôi phục của kho sẽ mở được nó. Hãy giữ bản sao lưu trên một ổ đĩa khác, cách xa máy tính này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up</source>
        <translation>Sao &amp;lưu</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Check a backup</source>
        <translation>Kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written.</source>
        <translation>Giải mã bản sao lưu trong bộ nhớ và so từng tệp trong đó với mã kiểm tra của nó. Không có gì được ghi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores a backup into a new, empty folder. The vault open now is not touched.</source>
        <translation>Khôi phục bản sao lưu vào một thư mục mới, trống. Kho đang mở không bị động đến.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verify a bundle</source>
        <translation>Xác minh gói hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks a dossier bundle as its recipient would: its files, their checksums and the signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only.</source>
        <translation>Kiểm tra gói hồ sơ như người nhận sẽ làm: các tệp, mã kiểm tra của chúng và chữ ký. Không cần kho; gói hồ sơ được mã hóa (.age) chỉ được giải mã trong bộ nhớ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>&amp;Xác minh</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+128"/>
        <source>Export a case for a colleague</source>
        <translation>Xuất vụ việc cho đồng nghiệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a complete copy of one case for a colleague&apos;s Evidence Vault, signed by this vault and encrypted to your colleague&apos;s age public key.</source>
        <translation>Ghi một bản sao đầy đủ của một vụ việc cho Evidence Vault của đồng nghiệp, được ký bởi kho này và mã hóa cho khóa công khai age của đồng nghiệp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the package</source>
        <translation>&amp;Ghi gói</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import a colleague&apos;s package</source>
        <translation>Nhập gói của đồng nghiệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges a case a colleague exported for you into this vault. The whole package is checked and you see what it would change before anything is imported; if anything is wrong, nothing is imported.</source>
        <translation>Gộp một vụ việc mà đồng nghiệp đã xuất cho bạn vào kho này. Toàn bộ gói được kiểm tra và bạn thấy những gì nó sẽ thay đổi trước khi bất cứ thứ gì được nhập; nếu có gì sai, không có gì được nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>Xem trước (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="+29"/>
        <source>Evidence Vault recovery key</source>
        <translation>Khóa khôi phục Evidence Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this paper somewhere safe, away from the computer. With this key anyone can open the vault, and nobody can make a new one if it is lost.</source>
        <translation>Hãy cất tờ giấy này ở nơi an toàn, tránh xa máy tính. Ai có khóa này cũng mở được kho, và nếu mất thì không ai tạo được khóa mới.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the recovery key</source>
        <translation>In khóa khôi phục</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. Write the key down by hand.</source>
        <translation>Máy tính này chưa cài máy in. Hãy chép khóa bằng tay.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="+219"/>
        <source>The failed-unlock counter was set back: it read {read}, but the last unlock left it at {seen}. Someone may have tried passphrases on this vault and hidden it. If you did not expect this, change the passphrase.</source>
        <translation>Bộ đếm mở khóa thất bại đã bị đặt lùi: nó ghi {read}, nhưng lần mở khóa trước để lại {seen}. Có thể ai đó đã thử cụm mật khẩu trên kho này rồi che giấu. Nếu bạn không ngờ điều này, hãy đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts since the last unlock: {count}. If they were not yours, someone may have tried to guess your passphrase.</source>
        <translation>Số lần mở khóa thất bại kể từ lần mở khóa trước: {count}. Nếu không phải bạn, có thể ai đó đã cố đoán cụm mật khẩu của bạn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts</source>
        <translation>Mở khóa thất bại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A re-key of this vault was interrupted and has now been completed: the old passphrase and the old recovery key no longer open it. Its new recovery key was never shown, so make one now with Vault &gt; New recovery key, and write it on paper.</source>
        <translation>Việc tạo khóa mới cho kho này đã bị gián đoạn và nay đã hoàn tất: cụm mật khẩu cũ và khóa khôi phục cũ không còn mở được kho. Khóa khôi phục mới của nó chưa từng được hiện, vì vậy hãy tạo một khóa ngay bằng Kho &gt; Khóa khôi phục mới, và ghi ra giấy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A re-key of this vault was interrupted before it changed the vault and has been undone: the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to.</source>
        <translation>Việc tạo khóa mới cho kho này đã bị gián đoạn trước khi nó thay đổi kho và đã được hủy bỏ: kho giữ cụm mật khẩu và khóa khôi phục trước đây. Hãy làm lại nếu bạn muốn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted re-key</source>
        <translation>Tạo khóa mới bị gián đoạn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>AttachMediaDialog</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="+778"/>
        <source>Attach media</source>
        <translation>Đính kèm tư liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media of this case</source>
        <translation>Tư liệu của vụ việc này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>Đính &amp;kèm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose what to attach (Ctrl or Shift selects several):</source>
        <translation>&amp;Chọn mục cần đính kèm (Ctrl hoặc Shift để chọn nhiều):</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../ui/media/player.py" line="+47"/>
        <source>Recording player</source>
        <translation>Trình phát bản ghi âm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;y</source>
        <translation>Phát (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the recording</source>
        <translation>Phát bản ghi âm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the working copy (Alt+Y; Space while the player has focus)</source>
        <translation>Phát bản làm việc (Alt+Y; phím Space khi trình phát đang được chọn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paus&amp;e</source>
        <translation>Tạm dừng (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the recording</source>
        <translation>Tạm dừng bản ghi âm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Alt+E; Space while the player has focus)</source>
        <translation>Tạm dừng (Alt+E; phím Space khi trình phát đang được chọn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording and go back to the start</source>
        <translation>Dừng bản ghi âm và quay về đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and go back to the start (the Stop media key works too)</source>
        <translation>Dừng và quay về đầu (phím Stop trên bàn phím đa phương tiện cũng dùng được)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the recording</source>
        <translation>Vị trí trong bản ghi âm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end</source>
        <translation>Mũi tên: 1 giây, Page Up/Down: 10 giây, Home/End: đầu/cuối</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time played and length of the recording</source>
        <translation>Thời gian đã phát và độ dài bản ghi âm</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Playback is unavailable on this computer: its multimedia libraries could not be loaded. The recording is kept safely in the vault.</source>
        <translation>Máy tính này không phát được: không tải được các thư viện đa phương tiện. Bản ghi âm vẫn được giữ an toàn trong kho.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The recording could not be played: {reason}</source>
        <translation>Không phát được bản ghi âm: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-180"/>
        <source>Save the backup as</source>
        <translation>Lưu bản sao lưu thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file to write</source>
        <translation>Tệp sao lưu cần ghi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the backup as:</source>
        <translation>Lưu bản &amp;sao lưu thành:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to write the backup to (a new file).</source>
        <translation>Chọn tệp để ghi bản sao lưu (một tệp mới).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to:
{path}
Size: {size}.

It is encrypted; the vault&apos;s passphrase or recovery key opens it. Check it now and then with Tools &gt; Check a backup…</source>
        <translation>Bản sao lưu đã được ghi vào:
{path}
Kích thước: {size}.

Bản sao lưu được mã hóa; cụm mật khẩu hoặc khóa khôi phục của kho sẽ mở được nó. Thỉnh thoảng hãy kiểm tra nó bằng Công cụ &gt; Kiểm tra bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../ui/capture_guard.py" line="+57"/>
        <source>Not available on Linux: under X11 any program of your session can read this window, and Wayland offers no way for a window to refuse screen capture. Close other programs that record or share the screen.</source>
        <translation>Không có trên Linux: dưới X11, mọi chương trình trong phiên của bạn đều đọc được cửa sổ này, và Wayland không cho cửa sổ cách nào từ chối chụp màn hình. Hãy đóng các chương trình khác đang ghi hoặc chia sẻ màn hình.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available on this system: screenshots and screen sharing can show this window.</source>
        <translation>Không có trên hệ thống này: ảnh chụp màn hình và chia sẻ màn hình có thể hiện cửa sổ này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: Windows leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>Bật: Windows để các cửa sổ của ứng dụng ra ngoài ảnh chụp màn hình và chia sẻ màn hình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: this Windows version shows the app&apos;s windows as black in screenshots and screen sharing.</source>
        <translation>Bật: phiên bản Windows này hiện các cửa sổ của ứng dụng thành màu đen trong ảnh chụp và chia sẻ màn hình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: Windows refused to exclude the window from screen capture.</source>
        <translation>Không có: Windows đã từ chối loại cửa sổ khỏi việc chụp màn hình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: macOS leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>Bật: macOS để các cửa sổ của ứng dụng ra ngoài ảnh chụp màn hình và chia sẻ màn hình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: macOS did not let the window refuse screen capture.</source>
        <translation>Không có: macOS không cho cửa sổ từ chối chụp màn hình.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="+175"/>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key again. Your recovery key stays valid; keep the paper safe.</source>
        <translation>Bạn đã mở kho bằng khóa khôi phục. Hãy chọn cụm mật khẩu mới ngay bây giờ để không cần đến khóa đó nữa. Khóa khôi phục vẫn còn hiệu lực; hãy cất giữ tờ giấy cẩn thận.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current passphrase, then the new one twice. Only the key that protects the vault is re-wrapped: this takes a second, and the recovery key stays valid.</source>
        <translation>Nhập cụm mật khẩu hiện tại, rồi nhập cụm mật khẩu mới hai lần. Chỉ khóa bảo vệ kho được bọc lại: việc này mất một giây, và khóa khôi phục vẫn còn hiệu lực.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Cụm mật khẩ&amp;u hiện tại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the passphrase</source>
        <translation>Đang đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>Đổi cụm &amp;mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Đây không phải là cụm mật khẩu hiện tại. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are media files).
Vault {vault}, backed up {created}.</source>
        <translation>Bản sao lưu còn nguyên vẹn: tất cả {files} tệp đều khớp với mã kiểm tra ({blobs} tệp trong số đó là tệp tư liệu).
Kho {vault}, sao lưu lúc {created}.</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <location line="-154"/>
        <source>Checking every file of the vault… this can take a while.</source>
        <translation>Đang kiểm tra từng tệp của kho… việc này có thể mất một lúc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the vault passed every check ({checked}).</source>
        <translation>Mọi thứ đều ổn: kho đã qua tất cả các bước kiểm tra ({checked}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found {n} problem(s), listed below. Do not change the files in the vault folder. Restore the vault from your latest backup (Tools &gt; Restore a backup…), or show this list to your technical contact.</source>
        <translation>Việc kiểm tra phát hiện {n} vấn đề, liệt kê bên dưới. Đừng thay đổi các tệp trong thư mục kho. Hãy khôi phục kho từ bản sao lưu mới nhất (Công cụ &gt; Khôi phục bản sao lưu…), hoặc đưa danh sách này cho người hỗ trợ kỹ thuật của bạn.</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../ui/labels.py" line="+13"/>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>Địa chỉ e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web addresses</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account numbers (IBAN)</source>
        <translation>Số tài khoản ngân hàng (IBAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card numbers</source>
        <translation>Số thẻ thanh toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crypto wallet addresses</source>
        <translation>Địa chỉ ví tiền mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport numbers</source>
        <translation>Số hộ chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS coordinates</source>
        <translation>Tọa độ GPS</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <location filename="../../ui/dossier_preview.py" line="+33"/>
        <source>Preview of the dossier</source>
        <translation>Xem trước gói hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Đang vẽ các trang…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the pages</source>
        <translation>Đang vẽ các trang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier pages</source>
        <translation>Các trang của gói hồ sơ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {n} of {total}</source>
        <translation>Trang {n} / {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n} of {total} pages, as the export will write them.</source>
        <translation>{n} trang đầu trong {total} trang, đúng như bản xuất sẽ ghi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} page(s), as the export will write them. Nothing has been saved yet.</source>
        <translation>{total} trang, đúng như bản xuất sẽ ghi. Chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+171"/>
        <source>Check before exporting (dry run)</source>
        <translation>Kiểm tra trước khi xuất (chạy thử)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every redaction, every detail kept and everything left out. Nothing is written yet.</source>
        <translation>Mọi phần che, mọi chi tiết được giữ lại và mọi thứ bị loại ra. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view the dossier pages…</source>
        <translation>&amp;Xem trước các trang…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run progress</source>
        <translation>Tiến độ chạy thử</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: redactions and exclusions</source>
        <translation>Chạy thử: phần che và phần loại ra</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the export in memory…</source>
        <translation>Đang chuẩn bị bản xuất trong bộ nhớ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The leak gate found {n} problem(s): this export cannot go ahead. Correct the records listed (or mark the text as redacted), then start the export again.</source>
        <translation>Bộ chặn rò rỉ phát hiện {n} vấn đề: không thể xuất. Hãy sửa các hồ sơ được liệt kê (hoặc đánh dấu đoạn văn là đã che), rồi bắt đầu xuất lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leak gate problems ({n}):</source>
        <translation>Vấn đề do bộ chặn rò rỉ phát hiện ({n}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leak gate passed: no protected name, contact or detail you did not allow is left in the dossier.</source>
        <translation>Bộ chặn rò rỉ đã thông qua: không còn tên, thông tin liên lạc được bảo vệ hay chi tiết bạn không cho phép trong gói hồ sơ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dossier will hold: {contents}.</source>
        <translation>Gói hồ sơ sẽ gồm: {contents}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muted in recordings ({n}):</source>
        <translation>Đã tắt tiếng trong bản ghi âm ({n}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown with less detail ({n}):</source>
        <translation>Hiển thị ít chi tiết hơn ({n}):</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Redactions ({n}):</source>
        <translation>Phần che ({n}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed and kept ({n}):</source>
        <translation>Được phép và giữ lại ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out ({n}):</source>
        <translation>Bị loại ra ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {w}</source>
        <translation>Cảnh báo: {w}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../ui/duress.py" line="+48"/>
        <source>Duress passphrase</source>
        <translation>Cụm mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock. It opens a decoy vault with harmless content and, at the same moment, destroys this vault for good: only a backup made before, opened with your real passphrase or the recovery key, brings it back.

Prepare the decoy first as a separate vault whose passphrase is the duress passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. Add harmless cases there, close that window, then set the duress passphrase here with that folder. It is packed into this vault and its folder is then wiped. Without a decoy folder the decoy is an empty vault.</source>
        <translation>Cụm mật khẩu khi bị ép buộc là cụm mật khẩu thứ hai dùng khi bạn bị buộc phải mở khóa. Nó mở một kho mồi nhử có nội dung vô hại và cùng lúc đó hủy kho này vĩnh viễn: chỉ một bản sao lưu làm từ trước, mở bằng cụm mật khẩu thật hoặc khóa khôi phục, mới đưa nó trở lại.

Hãy chuẩn bị kho mồi nhử trước, là một kho riêng có cụm mật khẩu chính là cụm mật khẩu ép buộc: &quot;Kho mồi nhử mới…&quot; mở một kho như vậy trong cửa sổ thứ hai, trên một thư mục trống bạn chọn. Thêm các vụ việc vô hại ở đó, đóng cửa sổ đó, rồi đặt cụm mật khẩu ép buộc ở đây với thư mục đó. Nó sẽ được đóng gói vào kho này, sau đó thư mục của nó bị xóa sạch. Nếu không chọn thư mục mồi nhử, kho mồi nhử là một kho trống.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Cụm mật khẩ&amp;u hiện tại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy vault folder</source>
        <translation>Thư mục kho mồi nhử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an empty decoy vault</source>
        <translation>Để trống: một kho mồi nhử trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Chọn(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New decoy vault…</source>
        <translation>Kho mồi nhử &amp;mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoy vault:</source>
        <translation>&amp;Kho mồi nhử:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the duress passphrase</source>
        <translation>Đang đặt cụm mật khẩu khi bị ép buộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;et duress passphrase</source>
        <translation>Đặ&amp;t cụm mật khẩu ép buộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move it</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A duress passphrase is set. Setting a new one replaces it and its decoy.</source>
        <translation>Đã đặt một cụm mật khẩu ép buộc. Đặt cụm mới sẽ thay thế nó và kho mồi nhử của nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No duress passphrase is set.</source>
        <translation>Chưa đặt cụm mật khẩu ép buộc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the decoy vault folder</source>
        <translation>Chọn thư mục kho mồi nhử</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an empty folder for the decoy vault</source>
        <translation>Chọn một thư mục trống cho kho mồi nhử</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder is not empty. Choose an empty folder for the decoy vault.</source>
        <translation>Thư mục đó không trống. Hãy chọn một thư mục trống cho kho mồi nhử.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second window could not be started.</source>
        <translation>Không thể mở cửa sổ thứ hai.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The duress passphrase is set.</source>
        <translation>Đã đặt cụm mật khẩu ép buộc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The duress passphrase was removed.</source>
        <translation>Đã gỡ bỏ cụm mật khẩu ép buộc.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Đây không phải là cụm mật khẩu hiện tại. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+275"/>
        <source>Edit case</source>
        <translation>Sửa vụ việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <location line="+372"/>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location line="-192"/>
        <source>Edit person</source>
        <translation>Sửa thông tin cá nhân</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget every former name, phone number and e-mail kept for redaction: exports may then show them</source>
        <translation>&amp;Quên mọi tên cũ, số điện thoại và e-mail được giữ để che: khi đó bản xuất có thể hiện chúng</translation>
    </message>
</context>
<context>
    <name>EditSiteDialog</name>
    <message>
        <location line="+336"/>
        <source>Edit site</source>
        <translation>Sửa địa điểm</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+337"/>
        <source>Export a case</source>
        <translation>Xuất một vụ việc</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+211"/>
        <source>My transfer fingerprint</source>
        <translation>Dấu vân tay chuyển giao của tôi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault signs every package and bundle it exports with its own key. Read this fingerprint to your colleague by phone or in person; they compare it with the one their app shows when they import or verify what you sent.</source>
        <translation>Kho này ký mọi gói và gói hồ sơ nó xuất ra bằng khóa riêng của nó. Hãy đọc dấu vân tay này cho đồng nghiệp qua điện thoại hoặc gặp trực tiếp; họ so sánh nó với dấu vân tay mà ứng dụng của họ hiển thị khi nhập hoặc xác minh những gì bạn gửi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key fingerprint</source>
        <translation>Dấu vân tay của khóa ký</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+286"/>
        <source>Create an Evidence Vault</source>
        <translation>Tạo một Evidence Vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet. Create one: everything you record is encrypted with a key that only your passphrase (or the recovery key shown next) can unlock.</source>
        <translation>Chưa có kho nào. Hãy tạo một kho: mọi thứ bạn ghi lại đều được mã hóa bằng một khóa mà chỉ cụm mật khẩu của bạn (hoặc khóa khôi phục hiển thị tiếp theo) mới mở được.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder: {folder}</source>
        <translation>Thư mục kho: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change, e.g. initials</source>
        <translation>Được ghi kèm mỗi thay đổi, ví dụ tên viết tắt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault</source>
        <translation>Đang tạo kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Tạo kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;name:</source>
        <translation>Tê&amp;n của bạn:</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/media/canvas.py" line="+143"/>
        <source>Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, Esc cancels, Tab goes through the boxes, Delete removes the selected one.</source>
        <translation>Bàn phím: N tạo ô mới, mũi tên di chuyển, Shift+mũi tên đổi kích thước, Ctrl bước lớn hơn, Enter thêm, Esc hủy, Tab chuyển giữa các ô, Delete xóa ô đang chọn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.</source>
        <translation>Ô mới tại {x},{y}, {w}×{h} điểm ảnh: Enter để thêm, Esc để hủy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.</source>
        <translation>Ô {n} trên {m} tại {x},{y}, {w}×{h} điểm ảnh: mũi tên để di chuyển, Delete để xóa.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/media/importing.py" line="+50"/>
        <source>&amp;Import files…</source>
        <translation>Nhậ&amp;p tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or recordings to this case (you can also drop files here)</source>
        <translation>Thêm ảnh hoặc bản ghi âm vào vụ việc này (bạn cũng có thể thả tệp vào đây)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Tiến độ nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be imported</source>
        <translation>Các tệp không nhập được</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing {n} file(s)…</source>
        <translation>Đang nhập {n} tệp…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {done} of {total}…</source>
        <translation>Đã nhập {done} trên {total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current file…</source>
        <translation>Sẽ dừng sau tệp hiện tại…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {n} file(s).</source>
        <translation>Đã nhập {n} tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kept sealed only (not exportable).</source>
        <translation>{n} tệp chỉ được giữ niêm phong (không xuất được).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported; see the list below.</source>
        <translation>{n} tệp không nhập được; xem danh sách bên dưới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: {n} file(s) were not imported.</source>
        <translation>Đã hủy nhập: {n} tệp chưa được nhập.</translation>
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
        <translation>Chép lời bản ghi âm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect it</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language spoken:</source>
        <translation>Ngôn ngữ nói:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft: check it against the recording.</source>
        <translation>Lời nói được nhận dạng trên máy tính này; không gửi đi đâu cả. Bản chép lời chỉ là bản nháp: hãy đối chiếu với bản ghi âm.</translation>
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
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ases</source>
        <translation>Vụ việc (&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonies</source>
        <translation>Lời khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody log</source>
        <translation>Nhật ký lưu giữ chứng cứ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case records</source>
        <translation>Hồ sơ của vụ việc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Lời khai (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>Địa điểm (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody log</source>
        <translation>Nhật ký lư&amp;u giữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Media</source>
        <translation>Tư liệu (&amp;Q)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New &amp;case…</source>
        <translation>&amp;Vụ việc mới…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a case</source>
        <translation>Tạo một vụ việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person…</source>
        <translation>&amp;Cá nhân mới…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>Thêm một cá nhân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;testimony…</source>
        <translation>&amp;Lời khai mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a testimony</source>
        <translation>Ghi một lời khai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note…</source>
        <translation>&amp;Ghi chú mới…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note</source>
        <translation>Viết một ghi chú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;site…</source>
        <translation>Đị&amp;a điểm mới…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a site</source>
        <translation>Thêm một địa điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open testimony</source>
        <translation>&amp;Mở lời khai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected testimony in the editor</source>
        <translation>Mở lời khai đang chọn trong trình soạn thảo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected record (or the case, from the case list)</source>
        <translation>Thay đổi hồ sơ đang chọn (hoặc vụ việc, từ danh sách vụ việc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected record (asks you to confirm)</source>
        <translation>Xóa hồ sơ đang chọn (sẽ hỏi bạn xác nhận)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the whole vault</source>
        <translation>Tìm trong toàn bộ kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Khóa ngay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault: close it and ask for the passphrase again</source>
        <translation>Khóa kho: đóng kho và hỏi lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>Đổi &amp;cụm mật khẩu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new passphrase for this vault (asks for the current one)</source>
        <translation>Chọn cụm mật khẩu mới cho kho này (sẽ hỏi cụm mật khẩu hiện tại)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-key vault…</source>
        <translation>Tạo khóa &amp;mới cho kho…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for the whole vault: old copies of it stop opening (new recovery key)</source>
        <translation>Một khóa mới cho toàn bộ kho: các bản sao cũ của kho không còn mở được (khóa khôi phục mới)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New re&amp;covery key…</source>
        <translation>Khóa khôi &amp;phục mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a new recovery key once; the old one stops opening the vault</source>
        <translation>Hiện một khóa khôi phục mới một lần; khóa cũ không còn mở được kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import media…</source>
        <translation>Nhập tư l&amp;iệu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos or recordings into the current case</source>
        <translation>Nhập ảnh hoặc bản ghi âm vào vụ việc hiện tại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>&amp;Xuất vụ việc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted, signed bundle of a case</source>
        <translation>Xuất một gói hồ sơ đã che và đã ký của một vụ việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe vault…</source>
        <translation>Xóa &amp;sạch kho…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy the vault for good (asks you to confirm)</source>
        <translation>Hủy kho vĩnh viễn (sẽ hỏi bạn xác nhận)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick e&amp;xit</source>
        <translation>Thoát &amp;nhanh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault and close every window at once</source>
        <translation>Khóa kho và đóng mọi cửa sổ ngay lập tức</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>Kho (&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Records</source>
        <translation>Hồ sơ (&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>Tì&amp;m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ giúp (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Evidence Vault</source>
        <translation>&amp;Giới thiệu Evidence Vault</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locks after {n} min without use</source>
        <translation>Tự khóa sau {n} phút không dùng</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no cases yet. Create one with New case (Ctrl+N).</source>
        <translation>Chưa có vụ việc nào. Hãy tạo một vụ việc bằng Vụ việc mới (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Case created.</source>
        <translation>Đã tạo vụ việc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person added.</source>
        <translation>Đã thêm cá nhân.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testimony saved.</source>
        <translation>Đã lưu lời khai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Site saved.</source>
        <translation>Đã lưu địa điểm.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first.</source>
        <translation>Trước tiên hãy chọn một dòng trong danh sách lời khai, cá nhân, ghi chú hoặc địa điểm, hoặc một vụ việc trong danh sách vụ việc.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Case saved.</source>
        <translation>Đã lưu vụ việc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person saved.</source>
        <translation>Đã lưu thông tin cá nhân.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wait for the import to finish, then delete.</source>
        <translation>Hãy đợi nhập xong rồi mới xóa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete yet</source>
        <translation>Chưa thể xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete case?</source>
        <translation>Xóa vụ việc?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete person?</source>
        <translation>Xóa cá nhân?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete testimony?</source>
        <translation>Xóa lời khai?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note?</source>
        <translation>Xóa ghi chú?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site?</source>
        <translation>Xóa địa điểm?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. The custody log keeps an entry that says it was deleted, when and by whom.</source>
        <translation>Không thể hoàn tác. Nhật ký lưu giữ chứng cứ giữ lại một mục ghi rằng nó đã bị xóa, khi nào và bởi ai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the case “{title}”?</source>
        <translation>Xóa vụ việc “{title}”?</translation>
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
        <translation>Người này bị xóa khỏi toàn bộ kho, không chỉ khỏi vụ việc này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their names, phone numbers and e-mails stay in the redaction set: exports keep replacing them with the pseudonym where other records mention them.</source>
        <translation>Tên, số điện thoại và e-mail của họ vẫn nằm trong danh sách che: bản xuất vẫn thay chúng bằng bí danh ở nơi các hồ sơ khác nhắc đến họ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the person {name}?</source>
        <translation>Xóa cá nhân {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the testimony of {person} ({date})?</source>
        <translation>Xóa lời khai của {person} ({date})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its earlier revisions are deleted with it; attached media stay in the case.</source>
        <translation>Các bản sửa đổi trước đó bị xóa cùng; tư liệu đính kèm vẫn ở lại trong vụ việc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the note “{text}”?</source>
        <translation>Xóa ghi chú “{text}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “{name}”?</source>
        <translation>Xóa địa điểm “{name}”?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case deleted.</source>
        <translation>Đã xóa vụ việc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted.</source>
        <translation>Đã xóa cá nhân.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony deleted.</source>
        <translation>Đã xóa lời khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted.</source>
        <translation>Đã xóa ghi chú.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site deleted.</source>
        <translation>Đã xóa địa điểm.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or choose a case first.</source>
        <translation>Hãy tạo hoặc chọn một vụ việc trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no case to export yet.</source>
        <translation>Chưa có vụ việc nào để xuất.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the import to finish, then export.</source>
        <translation>Hãy đợi nhập xong rồi mới xuất.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt with an underlined letter reaches every field and button.</source>
        <translation>Alt cùng chữ cái được gạch dưới sẽ đến mọi ô và nút.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Evidence Vault</source>
        <translation>Giới thiệu Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence Vault {version}

An encrypted, offline archive for testimonies, photos, recordings and source notes, with redacted, signed dossiers to share. Nothing leaves this computer unless you export it.</source>
        <translation>Evidence Vault {version}

Kho lưu trữ được mã hóa, ngoại tuyến cho lời khai, ảnh, bản ghi âm và ghi chú nguồn tin, với các gói hồ sơ đã che và ký để chia sẻ. Không có gì rời khỏi máy tính này trừ khi bạn xuất nó.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Search words</source>
        <translation>Từ cần tìm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the whole vault</source>
        <translation>Những từ cần tìm trong toàn bộ kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a word to search for.</source>
        <translation>Hãy gõ một từ để tìm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: {n}. Press Enter on a result to go to it.</source>
        <translation>Tìm thấy: {n}. Nhấn Enter trên một kết quả để đi đến đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy gì.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person is not linked to any case yet.</source>
        <translation>Người này chưa được gắn với vụ việc nào.</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+186"/>
        <source>Descri&amp;be…</source>
        <translation>Mô &amp;tả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption, date taken, place and tags</source>
        <translation>Chú thích, ngày chụp, nơi chụp và nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save c&amp;lean copy…</source>
        <translation>Lưu &amp;bản sạch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted working copy (no metadata, with its redactions) to a file you choose</source>
        <translation>Ghi bản làm việc đã giải mã (không có siêu dữ liệu, có các phần che) vào một tệp bạn chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ori&amp;ginal…</source>
        <translation>Lưu bản &amp;gốc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted original, with all its metadata, to a file you choose</source>
        <translation>Ghi bản gốc đã giải mã, với toàn bộ siêu dữ liệu, vào một tệp bạn chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;keys…</source>
        <translation>&amp;Khóa khôi phục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to decrypt this item&apos;s files with the standard age tool</source>
        <translation>Hướng dẫn cách giải mã các tệp của mục này bằng công cụ age chuẩn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item…</source>
        <translation>Xóa mục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this media item</source>
        <translation>Xóa mục tư liệu này</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the original as</source>
        <translation>Lưu bản gốc thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the clean copy as</source>
        <translation>Lưu bản sạch thành</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original?</source>
        <translation>Lưu bản gốc?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original still carries everything listed as risky (position, camera serial, owner…). Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never share it. Saving is recorded in the custody log.</source>
        <translation>Bản gốc vẫn mang mọi thứ được liệt kê là rủi ro (vị trí, số sê-ri máy ảnh, chủ sở hữu…). Sau khi lưu, nó là một tệp bình thường, không mã hóa: chỉ giữ nó trên ổ đĩa đã mã hóa và tuyệt đối không chia sẻ. Việc lưu được ghi vào nhật ký lưu giữ chứng cứ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save…</source>
        <translation>Chọn nơi lưu…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete media item</source>
        <translation>Xóa mục tư liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}” with its original and every working copy? This cannot be undone: the keys of its files are destroyed. The custody log keeps an entry saying it was deleted, when and by whom.</source>
        <translation>Xóa “{name}” cùng bản gốc và mọi bản làm việc? Không thể hoàn tác: khóa của các tệp bị hủy. Nhật ký lưu giữ chứng cứ giữ lại một mục ghi rằng nó đã bị xóa, khi nào và bởi ai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
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
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Phần mềm</translation>
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
        <translation>Ghi chú của hãng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded thumbnail</source>
        <translation>Ảnh thu nhỏ nhúng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour profile</source>
        <translation>Hồ sơ màu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden trailing data</source>
        <translation>Dữ liệu ẩn ở cuối tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Cấu trúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the original file carried, hashes and versions</source>
        <translation>Những gì tệp gốc mang theo, mã băm và các phiên bản</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>risky</source>
        <translation>rủi ro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name} ({type}{size})</source>
        <translation>Tệp: {name} ({type}{size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The original carried {n} risky item(s); they are NOT in the working copy:</source>
        <translation>Bản gốc mang {n} mục rủi ro; chúng KHÔNG có trong bản làm việc:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No identifying metadata was found in the original.</source>
        <translation>Không tìm thấy siêu dữ liệu nhận dạng nào trong bản gốc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original SHA-256: {sha} ({size} bytes)</source>
        <translation>SHA-256 của bản gốc: {sha} ({size} byte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working copy: only the sealed original exists.</source>
        <translation>Không có bản làm việc: chỉ có bản gốc niêm phong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}</source>
        <translation>Bản làm việc v{n}: SHA-256 {sha} ({size} byte), {when}</translation>
    </message>
</context>
<context>
    <name>MediaInfoDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="-277"/>
        <source>Media details</source>
        <translation>Chi tiết tư liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD, hoặc để trống nếu không rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>Phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions and places are searchable in the vault and are redacted like any text when the case is exported.</source>
        <translation>Chú thích và nơi chụp có thể tìm kiếm trong kho và được che như mọi văn bản khác khi xuất vụ việc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Chú thích:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date taken:</source>
        <translation>N&amp;gày chụp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Nơi chụ&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../ui/media/model.py" line="+70"/>
        <source>Not exportable: {reason}</source>
        <translation>Không xuất được: {reason}</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../ui/media/tab.py" line="+83"/>
        <source>Media of the case</source>
        <translation>Tư liệu của vụ việc</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record intervie&amp;w…</source>
        <translation>Ghi âm phỏng vấn (&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from the microphone straight into the vault (no file is written)</source>
        <translation>Ghi âm từ micrô thẳng vào kho (không ghi ra tệp nào)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved a decrypted copy to {path}.</source>
        <translation>Đã lưu một bản sao đã giải mã vào {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Details</source>
        <translation>Chi tiết (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare and redact</source>
        <translation>S&amp;o sánh và che (F)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No photos or recordings yet. Use Import files or drop files here.</source>
        <translation>Chưa có ảnh hoặc bản ghi âm nào. Dùng Nhập tệp hoặc thả tệp vào đây.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import files into the case</source>
        <translation>Nhập tệp vào vụ việc</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not exportable: {reason}. The original is kept sealed in the vault and is never included in an export.</source>
        <translation>Không xuất được: {reason}. Bản gốc được giữ niêm phong trong kho và không bao giờ có trong bản xuất.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved working copy v{n}. The original and earlier versions are kept.</source>
        <translation>Đã lưu bản làm việc v{n}. Bản gốc và các phiên bản trước được giữ lại.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-558"/>
        <source>New case</source>
        <translation>Vụ việc mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>Tên vụ việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên vụ việc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>N&amp;hãn:</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <location line="+362"/>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate: never included in exports</source>
        <translation>&amp;Riêng tư: không bao giờ có trong bản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Vụ việ&amp;c:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>&amp;Về:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>N&amp;hãn:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="-189"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Hiện những gì tôi gõ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Độ mạnh của cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {n} characters. A sentence of four or more unusual words is strong and easy to remember. Nobody can reset a forgotten passphrase.</source>
        <translation>Dùng ít nhất {n} ký tự. Một câu gồm bốn từ ít gặp trở lên vừa mạnh vừa dễ nhớ. Không ai có thể đặt lại một cụm mật khẩu đã quên.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Cụm mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Nhập lại cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>Độ mạnh:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too short: at least {n} characters ({missing} more).</source>
        <translation>Quá ngắn: cần ít nhất {n} ký tự (thiếu {missing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Tạm được</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very weak</source>
        <translation>Rất yếu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-321"/>
        <source>New person</source>
        <translation>Cá nhân mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>separated by commas</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Transliterations</source>
        <translation>Phiên âm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name in other scripts, separated by commas</source>
        <translation>tên viết bằng các chữ viết khác, phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Nhân chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>Người bị cáo buộc vi phạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Quan chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protected: use the pseudonym everywhere outside this vault</source>
        <translation>Được &amp;bảo vệ: dùng bí danh ở mọi nơi ngoài kho này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not protected: exports will show this person&apos;s real name and other names.</source>
        <translation>Không được bảo vệ: bản xuất sẽ hiện tên thật và các tên khác của người này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>leave empty for a suggestion, e.g. {example}</source>
        <translation>để trống để được gợi ý, ví dụ {example}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>Địa chỉ e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Đồng ý có giới hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Consent scope</source>
        <translation>Phạm vi đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the person agreed to, e.g. quotes, no photos</source>
        <translation>những gì người đó đã đồng ý, ví dụ được trích dẫn, không chụp ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no case)</source>
        <translation>(không có vụ việc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the person</source>
        <translation>Ghi chú về người này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full na&amp;me:</source>
        <translation>Họ và &amp;tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other names:</source>
        <translation>Tên &amp;khác:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ansliterations:</source>
        <translation>Ph&amp;iên âm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>V&amp;ai trò:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>Bí &amp;danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nat&amp;ionality:</source>
        <translation>&amp;Quốc tịch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone numbers:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>Sự đồ&amp;ng ý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent s&amp;cope:</source>
        <translation>&amp;Phạm vi đồng ý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>Ngà&amp;y đồng ý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>&amp;Rủi ro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;se:</source>
        <translation>&amp;Vụ việc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>N&amp;hãn:</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <location line="+312"/>
        <source>New site</source>
        <translation>Địa điểm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>Tên địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11.5564 (optional)</source>
        <translation>ví dụ 11.5564 (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 104.9282 (optional)</source>
        <translation>ví dụ 104.9282 (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ensitive: the location could endanger someone</source>
        <translation>Nhạy cảm: vị trí này có thể gây nguy h&amp;iểm cho ai đó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Vụ việ&amp;c:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>Thị t&amp;rấn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Vĩ độ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Kinh độ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>N&amp;hãn:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The latitude must be a number like 11.5564.</source>
        <translation>Vĩ độ phải là một số như 11.5564.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longitude must be a number like 104.9282.</source>
        <translation>Kinh độ phải là một số như 104.9282.</translation>
    </message>
</context>
<context>
    <name>NewTestimonyDialog</name>
    <message>
        <location line="-204"/>
        <source>New testimony</source>
        <translation>Lời khai mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview date</source>
        <translation>Ngày phỏng vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the interview</source>
        <translation>Nơi phỏng vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Người phỏng vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Phiên dịch viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Bản ghi lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>Vụ việ&amp;c:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>Người &amp;khai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Nơi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviewer:</source>
        <translation>Ngườ&amp;i phỏng vấn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inte&amp;rpreter:</source>
        <translation>&amp;Phiên dịch viên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Bản ghi lời:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose who gave the testimony (add them first with New person).</source>
        <translation>Chọn người đã đưa ra lời khai (thêm họ trước bằng Cá nhân mới).</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="-541"/>
        <source>What to export</source>
        <translation>Xuất những gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the case. Everything that could identify someone is redacted unless you allow it below.</source>
        <translation>Chọn vụ việc. Mọi thứ có thể nhận dạng một người đều bị che, trừ khi bạn cho phép bên dưới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case to export</source>
        <translation>Vụ việc cần xuất</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these details (they are redacted when unticked)</source>
        <translation>Giữ lại các chi tiết này (bị che khi bỏ chọn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number regions</source>
        <translation>Khu vực số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country codes whose phone numbers are looked for, e.g. KH, TH, CN</source>
        <translation>Mã quốc gia có số điện thoại cần tìm, ví dụ KH, TH, CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include recor&amp;dings (voices can identify people)</source>
        <translation>Kèm bản ghi âm (giọng nói có thể nhận &amp;dạng người)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disguise the &amp;voices in the recordings</source>
        <translation>Ngụ&amp;y trang giọng nói trong bản ghi âm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an expert or a speaker-recognition system: the method is published and partly reversible, and the words, accent and background still identify people. Listen to every recording before you send it.</source>
        <translation>Ngụy trang giọng nói làm thay đổi cao độ và formant của mọi giọng nói (McAdams). Nó không qua mặt được chuyên gia hay hệ thống nhận dạng người nói: phương pháp này được công bố công khai và có thể đảo ngược một phần, còn lời nói, giọng vùng miền và âm thanh nền vẫn làm lộ danh tính. Hãy nghe từng bản ghi âm trước khi gửi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Định dạng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier bundle: signed, with PDF, HTML and files</source>
        <translation>Gói hồ sơ: đã ký, gồm PDF, HTML và các tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FollowTheMoney entities (for Aleph and the ftm tools)</source>
        <translation>Thực thể FollowTheMoney (cho Aleph và công cụ ftm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV import (a zip with import.csv and the files)</source>
        <translation>Nhập CSV của Uwazi (một tệp zip gồm import.csv và các tệp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>Vụ việ&amp;c:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>Định dạng (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>Khu vực điện th&amp;oại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation (optional):</source>
        <translation>Tổ chức (&amp;không bắt buộc):</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/tool_base.py" line="-41"/>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for: {what}</source>
        <translation>Duyệt tìm: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the file picker (F4 in the field)</source>
        <translation>Chọn bằng hộp chọn tệp (F4 trong ô)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../ui/media/review.py" line="+67"/>
        <source>Original, as imported</source>
        <translation>Bản gốc, như khi nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy: drag, or press N, to draw a redaction box</source>
        <translation>Bản làm việc: kéo chuột hoặc nhấn N để vẽ ô che</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Original (sealed, never exported)</source>
        <translation>Bản gốc (niêm phong, không bao giờ xuất)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working copy (drag, or press N, to draw boxes)</source>
        <translation>Bản làm việc (kéo chuột hoặc nhấn N để vẽ ô)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;ggest faces</source>
        <translation>&amp;Gợi ý khuôn mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for faces in the working copy; you review each suggestion</source>
        <translation>Tìm khuôn mặt trong bản làm việc; bạn xem xét từng gợi ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read te&amp;xt</source>
        <translation>Đọc chữ (&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the text in the working copy (OCR, kept encrypted and searchable); a protected person&apos;s name, a phone or an e-mail found in it becomes a suggestion you review</source>
        <translation>Đọc chữ trong bản làm việc (OCR, lưu mã hóa và tìm kiếm được); tên, số điện thoại hoặc e-mail của người được bảo vệ tìm thấy trong đó sẽ thành gợi ý để bạn xem xét</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acc&amp;ept</source>
        <translation>Chấp nhận (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact the selected suggestion</source>
        <translation>Che gợi ý đã chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not redact the selected suggestion</source>
        <translation>Không che gợi ý đã chọn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested boxes: faces and text</source>
        <translation>Khung được gợi ý: khuôn mặt và chữ</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).</source>
        <translation>Khung sẽ được ghi vào: {n} tự vẽ, {m} khuôn mặt đã chấp nhận, {t} khung chữ đã chấp nhận.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}</source>
        <translation>Chữ {n} ({kind}) tại {x},{y} ({w}×{h}): {state}</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear boxes</source>
        <translation>&amp;Xóa các ô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appl&amp;y redaction</source>
        <translation>Áp &amp;dụng che</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn the boxes into a new working copy; the original is kept</source>
        <translation>In các ô vào một bản làm việc mới; bản gốc được giữ nguyên</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No picture for this kind of file.</source>
        <translation>Loại tệp này không có hình ảnh.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The original could not be shown.</source>
        <translation>Không hiển thị được bản gốc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no working copy to show.</source>
        <translation>Không có bản làm việc để hiển thị.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Burning {n} box(es) into a new working copy…</source>
        <translation>Đang in {n} ô vào một bản làm việc mới…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for faces… this can take a few seconds.</source>
        <translation>Đang tìm khuôn mặt… việc này có thể mất vài giây.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Face detection misses faces: look at the picture yourself.</source>
        <translation>Không tìm thấy khuôn mặt nào. Việc nhận diện khuôn mặt có thể bỏ sót: hãy tự xem kỹ bức ảnh.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the text in the picture… this can take a few seconds.</source>
        <translation>Đang đọc chữ trong ảnh… việc này có thể mất vài giây.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads text: look at the picture yourself.</source>
        <translation>Đã đọc {w} từ; gợi ý {n} khung trên chữ cần che. OCR có thể bỏ sót và đọc sai chữ: hãy tự xem kỹ bức ảnh.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>to review</source>
        <translation>cần xem xét</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be redacted</source>
        <translation>sẽ bị che</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person</source>
        <translation>một người được bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport</source>
        <translation>hộ chiếu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face {n} at {x},{y} ({w}×{h}): {state}</source>
        <translation>Khuôn mặt {n} tại {x},{y} ({w}×{h}): {state}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+253"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Khóa sau số phút không dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>&amp;Khóa khi cửa sổ bị thu nhỏ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when the scree&amp;n locks or the computer sleeps</source>
        <translation>Khóa khi màn hình khóa hoặc máy tính &amp;ngủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author name</source>
        <translation>Tên tác giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the custody log of everything you record; kept in the vault</source>
        <translation>Được ghi vào nhật ký lưu giữ chứng cứ của mọi thứ bạn ghi lại; lưu trong kho</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wipe the vault after failed unlocks</source>
        <translation>Xóa sạch kho sau những lần mở khóa thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>Sau %n lần mở khóa thất bại</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is wiped without asking; only a backup or the paper recovery key brings it back. This does not stop someone who copied the vault first.</source>
        <translation>Kho bị xóa sạch mà không hỏi; chỉ bản sao lưu hoặc khóa khôi phục trên giấy mới lấy lại được. Điều này không ngăn được người đã sao chép kho từ trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Cụm mật khẩu é&amp;p buộc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)</source>
        <translation>Cụm mật khẩu thứ hai mở một kho mồi nhử và hủy kho này (sẽ hỏi cụm mật khẩu của bạn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number regions</source>
        <translation>Khu vực số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country codes, e.g. KH, TH, CN</source>
        <translation>Mã quốc gia hai chữ cái, ví dụ KH, TH, CN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used after the app is restarted.</source>
        <translation>Ngôn ngữ mới được dùng sau khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock after:</source>
        <translation>Khóa &amp;sau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>&amp;Tác giả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe vault:</source>
        <translation>&amp;Xóa sạch kho:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under duress:</source>
        <translation>Khi bị ép buộc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports keep by default:</source>
        <translation>Bản xuất mặc định giữ lại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>Khu vực điện th&amp;oại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen capture:</source>
        <translation>Chụp màn hình:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+223"/>
        <source>Recipients and file</source>
        <translation>Người nhận và tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the recipients&apos; public keys, one per line: age keys (age1…) or SSH keys (ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them.</source>
        <translation>Không bắt buộc: khóa công khai của người nhận, mỗi dòng một khóa: khóa age (age1…) hoặc khóa SSH (ssh-ed25519 …, ssh-rsa …); khi đó gói hồ sơ được mã hóa cho họ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients, one age or SSH public key per line</source>
        <translation>Người nhận, mỗi dòng một khóa công khai age hoặc SSH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>Tệp cần ghi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Người nhận:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the export as</source>
        <translation>Lưu bản xuất thành</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipients: {message}</source>
        <translation>Người nhận: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file name holds a protected person&apos;s name or contact, or a sensitive site&apos;s name: the dossier hides it, so its file name must not show it. Choose another name.</source>
        <translation>Tên tệp chứa tên hoặc thông tin liên lạc của người được bảo vệ, hoặc tên một địa điểm nhạy cảm: gói hồ sơ đã che nó, nên tên tệp cũng không được để lộ. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} đã tồn tại. Hãy chọn một tên tệp mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Thư mục {folder} không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-785"/>
        <source>Discard what you typed?</source>
        <translation>Bỏ những gì bạn đã gõ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved. Discard it?</source>
        <translation>Những gì bạn gõ ở đây chưa được lưu. Bỏ đi?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody in particular)</source>
        <translation>(không riêng ai)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the case first (create one with New case).</source>
        <translation>Hãy chọn vụ việc trước (tạo bằng Vụ việc mới).</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/recorder.py" line="+102"/>
        <source>Record an interview</source>
        <translation>Ghi âm cuộc phỏng vấn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none: keep it with the case only)</source>
        <translation>(không: chỉ giữ trong vụ việc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input level</source>
        <translation>Mức âm đầu vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready. Nothing is recorded until you press Record.</source>
        <translation>Sẵn sàng. Không có gì được ghi cho đến khi bạn nhấn Ghi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>&amp;Pause</source>
        <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and save</source>
        <translation>Dừng và &amp;lưu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens here (optional)</source>
        <translation>Điều gì diễn ra ở đây (tùy chọn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;marker</source>
        <translation>Thêm &amp;mốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this moment of the recording, with the label typed beside it</source>
        <translation>Đánh dấu thời điểm này của bản ghi, kèm nhãn đã gõ bên cạnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers (double-click to change a label)</source>
        <translation>Các mốc (nhấp đúp để đổi nhãn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttach to testimony:</source>
        <translation>Đính &amp;kèm vào lời khai:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>Mức:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Res&amp;ume</source>
        <translation>Tiếp &amp;tục</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recording reached its size limit and was stopped.</source>
        <translation>Bản ghi đã đạt giới hạn kích thước và đã dừng.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No microphone that records 16-bit sound was found.</source>
        <translation>Không tìm thấy micrô ghi được âm thanh 16 bit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened.</source>
        <translation>Không mở được micrô.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Recording into the vault. No file is written.</source>
        <translation>Đang ghi vào kho. Không ghi ra tệp nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: the pause is not part of the recording.</source>
        <translation>Đã tạm dừng: khoảng dừng không thuộc bản ghi.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saving the recording into the vault…</source>
        <translation>Đang lưu bản ghi vào kho…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in the vault: {name} (SHA-256 {sha}…).</source>
        <translation>Đã lưu vào kho: {name} (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording could not be saved: {error}</source>
        <translation>Không lưu được bản ghi: {error}</translation>
    </message>
</context>
<context>
    <name>RecordingPane</name>
    <message>
        <location filename="../../ui/media/recording_pane.py" line="+63"/>
        <source>Recording ({type}). {facts}</source>
        <translation>Bản ghi âm ({type}). {facts}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>Khóa khôi phục của bạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is your recovery key. It is shown only this once and is stored nowhere.

Write it on paper now and keep the paper somewhere safe, away from this computer. If you forget your passphrase, only this key can open the vault; nobody can recover it for you.</source>
        <translation>Đây là khóa khôi phục của bạn. Nó chỉ hiện lần này và không được lưu ở đâu cả.

Hãy chép nó ra giấy ngay và cất tờ giấy ở nơi an toàn, cách xa máy tính này. Nếu bạn quên cụm mật khẩu, chỉ khóa này mới mở được kho; không ai có thể lấy lại nó cho bạn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>&amp;Tôi đã chép lại khóa khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>Tiếp tụ&amp;c</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Check the page before you tick the box.</source>
        <translation>Đã gửi tới máy in. Hãy kiểm tra trang in trước khi đánh dấu ô.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeysDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+47"/>
        <source>Recovery keys of a media item</source>
        <translation>Khóa khôi phục của một mục tư liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each key below decrypts one file of this item with the standard age tool (age -d -i key.txt FILE &gt; out). Anyone with a key and the file can read it: never store these keys next to the vault, and close this window when you are done. This view is recorded in the custody log.</source>
        <translation>Mỗi khóa dưới đây giải mã một tệp của mục này bằng công cụ age chuẩn (age -d -i key.txt FILE &gt; out). Ai có khóa và tệp đều đọc được: không bao giờ cất các khóa này cạnh kho, và hãy đóng cửa sổ này khi xong. Lần xem này được ghi vào nhật ký lưu giữ chứng cứ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files and keys</source>
        <translation>Tệp và khóa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy all</source>
        <translation>Sao &amp;chép tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared when the vault locks</source>
        <translation>Bộ nhớ tạm được xóa khi kho khóa lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/rekey.py" line="+55"/>
        <source>New recovery key</source>
        <translation>Khóa khôi phục mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new recovery key and shows it once. The old recovery key stops opening this vault (write the new one on paper and destroy the old paper). Copies of the vault made before, and backups, still open with the old key: use Re-key vault for old copies, and destroy old backups.</source>
        <translation>Tạo một khóa khôi phục mới và hiện nó một lần. Khóa khôi phục cũ không còn mở được kho này (hãy ghi khóa mới ra giấy và hủy tờ giấy cũ). Các bản sao của kho làm trước đây và các bản sao lưu vẫn mở được bằng khóa cũ: dùng &quot;Tạo khóa mới cho kho&quot; cho các bản sao cũ, và hủy các bản sao lưu cũ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-key the vault</source>
        <translation>Tạo khóa mới cho kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old copy of the vault folder or an old passphrase may be in someone else&apos;s hands: after this, old copies of the vault&apos;s key file open nothing, even with the old passphrase.

You get a new recovery key (shown once; the old paper stops working). The new passphrase may be the same as the current one. Backups made before stay readable with their old passphrase and key: destroy them. This can take a minute for a large vault; if the computer stops during it, the vault opens with the old or the new passphrase.</source>
        <translation>Tạo một khóa mới cho toàn bộ kho và mã hóa lại cơ sở dữ liệu bằng khóa đó. Dùng khi một bản sao cũ của thư mục kho hoặc một cụm mật khẩu cũ có thể nằm trong tay người khác: sau đó, các bản sao cũ của tệp khóa của kho không mở được gì, kể cả với cụm mật khẩu cũ.

Bạn sẽ nhận một khóa khôi phục mới (chỉ hiện một lần; tờ giấy cũ hết hiệu lực). Cụm mật khẩu mới có thể giống cụm hiện tại. Các bản sao lưu làm trước đây vẫn đọc được bằng cụm mật khẩu và khóa cũ của chúng: hãy hủy chúng. Với kho lớn việc này có thể mất một phút; nếu máy tính dừng giữa chừng, kho vẫn mở được bằng cụm mật khẩu cũ hoặc mới.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Cụm mật khẩ&amp;u hiện tại:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make a new recovery key</source>
        <translation>Tạo khóa khôi phục mớ&amp;i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-&amp;key the vault</source>
        <translation>Tạo khóa &amp;mới cho kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Đây không phải là cụm mật khẩu hiện tại. Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/export_words.py" line="+35"/>
        <source>1 testimony</source>
        <translation>1 lời khai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} testimonies</source>
        <translation>{n} lời khai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 protected person shown by pseudonym</source>
        <translation>1 người được bảo vệ, hiện bằng bí danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} protected persons shown by pseudonym</source>
        <translation>{n} người được bảo vệ, hiện bằng bí danh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 public person named</source>
        <translation>1 người công khai, nêu tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} public persons named</source>
        <translation>{n} người công khai, nêu tên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 site</source>
        <translation>1 địa điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sites</source>
        <translation>{n} địa điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(1 sensitive: only its province)</source>
        <translation>(1 nhạy cảm: chỉ hiện tỉnh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({n} sensitive: only their province)</source>
        <translation>({n} nhạy cảm: chỉ hiện tỉnh)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared note</source>
        <translation>1 ghi chú chia sẻ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shared notes</source>
        <translation>{n} ghi chú chia sẻ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} photos</source>
        <translation>{n} ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 document</source>
        <translation>1 tài liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} documents</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 audio recording</source>
        <translation>1 bản ghi âm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} audio recordings</source>
        <translation>{n} bản ghi âm</translation>
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
        <translation>1 tệp đa phương tiện</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>{n} media files</source>
        <translation>{n} tệp đa phương tiện</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 name or contact of a protected person</source>
        <translation>1 tên hoặc liên lạc của người được bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or contacts of protected persons</source>
        <translation>{n} tên hoặc liên lạc của người được bảo vệ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 name or town of a sensitive site</source>
        <translation>1 tên hoặc thị trấn của địa điểm nhạy cảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or towns of sensitive sites</source>
        <translation>{n} tên hoặc thị trấn của địa điểm nhạy cảm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 passage you marked</source>
        <translation>1 đoạn bạn đã đánh dấu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} passages you marked</source>
        <translation>{n} đoạn bạn đã đánh dấu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other details</source>
        <translation>Chi tiết khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed hiding.</source>
        <translation>Không có gì cần che.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: {list}.</source>
        <translation>Đã che: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private note</source>
        <translation>1 ghi chú riêng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} private notes</source>
        <translation>{n} ghi chú riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recording</source>
        <translation>1 bản ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} recordings</source>
        <translation>{n} bản ghi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates of 1 site</source>
        <translation>tọa độ của 1 địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of {n} sites</source>
        <translation>tọa độ của {n} địa điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left out.</source>
        <translation>Không có gì bị bỏ ra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {list}.</source>
        <translation>Không đưa vào: {list}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {ref}</source>
        <translation>Người {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site {ref}</source>
        <translation>Địa điểm {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony {ref}</source>
        <translation>Lời khai {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note {ref}</source>
        <translation>Ghi chú {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Media file {ref}</source>
        <translation>Tệp đa phương tiện {ref}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your organisation&apos;s name</source>
        <translation>Tên tổ chức của bạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>thị trấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>nơi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>bản ghi lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record}, {field}</source>
        <translation>{record}, {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensitive site&apos;s name or town</source>
        <translation>tên hoặc thị trấn của một địa điểm nhạy cảm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person&apos;s name or contact</source>
        <translation>tên hoặc liên lạc của người được bảo vệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passage you marked</source>
        <translation>đoạn bạn đã đánh dấu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail found in the text</source>
        <translation>chi tiết tìm thấy trong văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}, shown as “{label}”: {context}</source>
        <translation>{where}: {why}, hiện thành “{label}”: {context}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {what} kept (you allowed it): {context}</source>
        <translation>{where}: giữ lại {what} (bạn đã cho phép): {context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A private note</source>
        <translation>Một ghi chú riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A video</source>
        <translation>Một video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audio recording</source>
        <translation>Một bản ghi âm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A media file</source>
        <translation>Một tệp đa phương tiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private notes never leave the vault</source>
        <translation>ghi chú riêng không bao giờ rời kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you marked it not to be exported</source>
        <translation>bạn đã đánh dấu không xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no cleaned working copy (originals never leave)</source>
        <translation>không có bản làm việc đã làm sạch (bản gốc không bao giờ rời đi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type cannot be checked for hidden details</source>
        <translation>không thể kiểm tra chi tiết ẩn của loại tệp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy could not be read</source>
        <translation>không đọc được bản làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy is not of the type recorded for it</source>
        <translation>bản làm việc không đúng loại đã ghi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices identify people; tick “Include recordings” on the first page to export it</source>
        <translation>giọng nói làm lộ danh tính; đánh dấu “Kèm bản ghi âm” ở trang đầu để xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its transcript has redacted words that could not be muted in its sound</source>
        <translation>bản chép lời có từ bị che mà không thể tắt tiếng trong âm thanh của nó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line} (your reason: {reason})</source>
        <translation>{line} (lý do của bạn: {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a protected person&apos;s name</source>
        <translation>tên của một người được bảo vệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your mark</source>
        <translation>dấu của bạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {start}–{end} s muted ({why})</source>
        <translation>{where}: {start}–{end} giây đã tắt tiếng ({why})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensitive, so only its province is shown</source>
        <translation>nhạy cảm, nên chỉ hiện tỉnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinates are left out (tick “GPS coordinates” on the first page to keep them)</source>
        <translation>tọa độ bị bỏ ra (đánh dấu “Tọa độ GPS” ở trang đầu để giữ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}</source>
        <translation>{where}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dossier (web page)</source>
        <translation>gói hồ sơ (trang web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dossier (PDF)</source>
        <translation>gói hồ sơ (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF&apos;s document properties</source>
        <translation>thuộc tính tài liệu của PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file (records.json)</source>
        <translation>tệp dữ liệu (records.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s description</source>
        <translation>mô tả của gói</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file names in the bundle</source>
        <translation>tên tệp trong gói</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {where}: {what}</source>
        <translation>Trong {where}: {what}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+159"/>
        <source>Choose a new, empty folder</source>
        <translation>Chọn một thư mục mới, trống</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vault folder</source>
        <translation>Thư mục kho mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New vault folder:</source>
        <translation>Thư mục kh&amp;o mới:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>Chọn một thư mục mới, trống cho kho được khôi phục.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring the backup…</source>
        <translation>Đang kiểm tra và khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was restored to:
{folder}
(backup made {created}, {files} files checked).

Evidence Vault opens one vault folder at a time, so this window stays on your current vault. To work in the restored one, quit and start the app with its folder:
evidence-app --vault &quot;{folder}&quot;
It opens with the passphrase or recovery key you just used.</source>
        <translation>Kho đã được khôi phục vào:
{folder}
(bản sao lưu tạo lúc {created}, đã kiểm tra {files} tệp).

Evidence Vault mỗi lần chỉ mở một thư mục kho, nên cửa sổ này vẫn ở kho hiện tại. Để làm việc với kho đã khôi phục, hãy thoát và khởi động ứng dụng với thư mục của nó:
evidence-app --vault &quot;{folder}&quot;
Kho mở được bằng cụm mật khẩu hoặc khóa khôi phục bạn vừa dùng.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+10"/>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Tiến độ xuất</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found by the leak gate</source>
        <translation>Vấn đề do bộ chặn rò rỉ phát hiện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in fo&amp;lder</source>
        <translation>Hiện trong thư mụ&amp;c</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redacting, checking and signing the bundle… please wait.</source>
        <translation>Đang che, kiểm tra và ký gói hồ sơ… vui lòng đợi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting and checking the export… please wait.</source>
        <translation>Đang che và kiểm tra bản xuất… vui lòng chờ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier was written to:
{path}</source>
        <translation>Gói hồ sơ đã được ghi vào:
{path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The export was written to:
{path}</source>
        <translation>Bản xuất đã được ghi vào:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds: {contents}.</source>
        <translation>Gồm: {contents}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is encrypted: only the recipients you gave can open it.</source>
        <translation>Đã được mã hóa: chỉ người nhận bạn chỉ định mới mở được.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint: {fp}
Give it to the recipient by another channel (a call, in person) so they can check who signed the dossier.</source>
        <translation>Dấu vân tay người ký: {fp}
Hãy báo cho người nhận qua kênh khác (gọi điện, gặp trực tiếp) để họ kiểm tra ai đã ký gói hồ sơ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not signed: send the signed dossier bundle beside it when the recipient must be able to check where it came from.</source>
        <translation>Bản này không được ký: hãy gửi kèm gói hồ sơ đã ký khi người nhận cần kiểm tra được nguồn gốc của nó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum of the file (SHA-256), for the recipient to compare:
{sha}</source>
        <translation>Mã kiểm tra của tệp (SHA-256), để người nhận đối chiếu:
{sha}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export did not happen</source>
        <translation>Việc xuất đã không diễn ra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the records listed below, then export again.</source>
        <translation>Bộ chặn rò rỉ đã từ chối việc xuất: {n} chỗ có thể rò rỉ. Không có gì được ghi. Hãy sửa các hồ sơ liệt kê bên dưới, rồi xuất lại.</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../ui/screenlock.py" line="+259"/>
        <source>Locking the vault before the computer sleeps</source>
        <translation>Đang khóa kho trước khi máy tính ngủ</translation>
    </message>
</context>
<context>
    <name>SitesOverview</name>
    <message>
        <location filename="../../ui/sites_overview.py" line="+40"/>
        <source>Sites overview</source>
        <translation>Tổng quan địa điểm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sites in this case yet.</source>
        <translation>Vụ việc này chưa có địa điểm nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.</source>
        <translation>{placed} trên {total} địa điểm được đặt theo tọa độ; {sensitive} nhạy cảm.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>North ↑   (not a map: sites placed by their coordinates)</source>
        <translation>Bắc ↑   (không phải bản đồ: địa điểm đặt theo tọa độ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>(sensitive)</source>
        <translation>(nhạy cảm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without coordinates: {names}</source>
        <translation>Không có tọa độ: {names}</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="-690"/>
        <source>Testimony editor</source>
        <translation>Trình soạn lời khai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Bản ghi lời</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editor messages</source>
        <translation>Thông báo của trình soạn thảo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new revision</source>
        <translation>Lưu thành bản &amp;sửa đổi mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark selection as &amp;redacted</source>
        <translation>Đá&amp;nh dấu phần đã chọn là đã che</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save as new revision (Ctrl+S)</source>
        <translation>Lưu thành bản &amp;sửa đổi mới (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;redacted (Ctrl+R)</source>
        <translation>Đánh dấu đã che (Ctrl+&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision history</source>
        <translation>Lịch sử sửa đổi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected revision</source>
        <translation>Văn bản của bản sửa đổi đang chọn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Bản ghi lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>Chi tiết (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media</source>
        <translation>Tư liệu (&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision &amp;history:</source>
        <translation>Lị&amp;ch sử sửa đổi:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>revision {n}</source>
        <translation>bản sửa đổi {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} redacted passages</source>
        <translation>{n} đoạn đã che</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This transcript contains characters the editor cannot show exactly, so redactions cannot be marked here.</source>
        <translation>Bản ghi lời này chứa những ký tự mà trình soạn thảo không hiển thị chính xác được, nên không thể đánh dấu phần che ở đây.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You changed the text. Its {n} redaction marks follow their words when you save; a mark whose words you delete is dropped and named.</source>
        <translation>Bạn đã sửa văn bản. {n} dấu che của nó sẽ đi theo từ của chúng khi bạn lưu; dấu nào có từ bị xóa sẽ bị bỏ và được nêu tên.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The redaction mark over “{words}” will be dropped: its words are gone.</source>
        <translation>Dấu che trên “{words}” sẽ bị bỏ: các từ của nó đã mất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redaction mark over “{words}” will cover changed words: review it.</source>
        <translation>Dấu che trên “{words}” sẽ phủ lên các từ đã đổi: hãy xem lại.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No changes to save.</source>
        <translation>Không có thay đổi nào để lưu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will be dropped</source>
        <translation>sẽ bị bỏ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was dropped</source>
        <translation>đã bị bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will cover</source>
        <translation>sẽ phủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now covers</source>
        <translation>giờ phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as revision {n}.</source>
        <translation>Đã lưu thành bản sửa đổi {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to redact first, then press Ctrl+R.</source>
        <translation>Hãy chọn những từ cần che trước, rồi nhấn Ctrl+R.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.</source>
        <translation>Hãy lưu văn bản đã thay đổi trước (Ctrl+S), rồi chọn lại các từ và nhấn Ctrl+R.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked as redacted. Exports will hide this passage.</source>
        <translation>Đã đánh dấu là đã che. Các bản xuất sẽ ẩn đoạn này.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove this redaction &amp;mark</source>
        <translation>Bỏ &amp;dấu che này</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redaction mark removed. Exports will show this passage.</source>
        <translation>Đã bỏ dấu che. Bản xuất sẽ hiện đoạn này.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Person interviewed</source>
        <translation>Người được phỏng vấn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD, hoặc để trống nếu không rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>Ngày phỏng vấn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of the interview</source>
        <translation>Nơi phỏng vấn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>Người phỏng vấn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>Phiên dịch viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>Phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer and interpreter never leave the vault: exports leave them out.</source>
        <translation>Người phỏng vấn và phiên dịch viên không bao giờ rời khỏi kho: bản xuất loại họ ra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Person:</source>
        <translation>Người &amp;khai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervie&amp;w date:</source>
        <translation>Ngà&amp;y phỏng vấn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>Nơ&amp;i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interviewer:</source>
        <translation>Người phỏng &amp;vấn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpret&amp;er:</source>
        <translation>&amp;Phiên dịch viên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>N&amp;hãn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Tóm tắt:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Details changed: save them with Ctrl+S.</source>
        <translation>Chi tiết đã thay đổi: lưu bằng Ctrl+S.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media attached to this testimony</source>
        <translation>Tư liệu đính kèm lời khai này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach media of this case…</source>
        <translation>Đính kèm tư liệu củ&amp;a vụ việc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;etach</source>
        <translation>&amp;Gỡ đính kèm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link; the item stays in the case</source>
        <translation>Gỡ liên kết; mục vẫn ở trong vụ việc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of this interview and other media it refers to:</source>
        <translation>Bản ghi âm của cuộc phỏng vấn này và các tư liệu khác nó nhắc đến:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Bản ghi âm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every media item of this case is attached already. Import the recording in the Media tab first.</source>
        <translation>Mọi mục tư liệu của vụ việc này đều đã được đính kèm. Hãy nhập bản ghi âm trong thẻ Tư liệu trước.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached {n} item(s).</source>
        <translation>Đã đính kèm {n} mục.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the item to detach first.</source>
        <translation>Hãy chọn mục cần gỡ trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detached. The item is still in the case.</source>
        <translation>Đã gỡ. Mục vẫn ở trong vụ việc.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>Chỉnh sửa chưa lưu được giữ làm bản nháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the vault locked, this testimony had changes that were not saved. They were kept as a draft inside the encrypted vault, not as a revision. Restore them into the editor?</source>
        <translation>Khi kho bị khóa, lời khai này có những thay đổi chưa lưu. Chúng được giữ làm bản nháp trong kho đã mã hóa, không phải làm một bản sửa đổi. Khôi phục chúng vào trình soạn thảo?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {when}, while editing revision {n}.</source>
        <translation>Được giữ lúc {when}, khi đang sửa bản sửa đổi {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The testimony has changed since (it is revision {n} now). Saving the restored draft keeps the current text as a revision.</source>
        <translation>Lời khai đã thay đổi kể từ đó (hiện là bản sửa đổi {n}). Lưu bản nháp đã khôi phục sẽ giữ văn bản hiện tại làm một bản sửa đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore the draft</source>
        <translation>Khôi phục bản nháp (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard the draft</source>
        <translation>Bỏ bản nháp (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for &amp;later</source>
        <translation>Để sau (&amp;L)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.</source>
        <translation>Bản nháp đã trở lại trình soạn thảo, chưa được lưu: lưu bằng Ctrl+S, hoặc đóng để bỏ nó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was discarded.</source>
        <translation>Bản nháp đã bị bỏ.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testimony has changes that are not saved. Save them as a new revision?</source>
        <translation>Lời khai có thay đổi chưa được lưu. Lưu chúng thành một bản sửa đổi mới?</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../../ui/tools.py" line="+175"/>
        <source>&amp;Check vault…</source>
        <translation>Kiểm &amp;tra kho…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the vault&apos;s files, database and custody log</source>
        <translation>Kiểm tra các tệp, cơ sở dữ liệu và nhật ký lưu giữ chứng cứ của kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sao lưu kho…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write one encrypted backup file of the whole vault</source>
        <translation>Ghi một tệp sao lưu mã hóa của toàn bộ kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a bac&amp;kup…</source>
        <translation>&amp;Kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that a backup file is complete and undamaged</source>
        <translation>Kiểm tra xem tệp sao lưu có đầy đủ và không hỏng không</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>Khôi &amp;phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore a backup into a new folder</source>
        <translation>Khôi phục bản sao lưu vào một thư mục mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a bundle…</source>
        <translation>Xác minh &amp;gói hồ sơ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a dossier bundle&apos;s files and signature (no vault needed)</source>
        <translation>Kiểm tra các tệp và chữ ký của gói hồ sơ (không cần kho)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>&amp;Xuất vụ việc cho đồng nghiệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete, unredacted, encrypted copy of a case for a colleague&apos;s vault</source>
        <translation>Bản sao đầy đủ, không che, được mã hóa của một vụ việc cho kho của đồng nghiệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s package…</source>
        <translation>Nhập gó&amp;i của đồng nghiệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a case a colleague exported for you</source>
        <translation>Gộp một vụ việc do đồng nghiệp xuất cho bạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my transfer &amp;fingerprint</source>
        <translation>&amp;Hiện dấu vân tay chuyển giao của tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s signing key, to compare with a colleague</source>
        <translation>Khóa ký của kho này, để so sánh với đồng nghiệp</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/tool_base.py" line="+87"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another task is still running in this window (an import, an export or a tool). Try again when it has finished.</source>
        <translation>Một tác vụ khác vẫn đang chạy trong cửa sổ này (nhập, xuất hoặc một công cụ). Hãy thử lại khi nó đã xong.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done: {message}</source>
        <translation>Chưa thực hiện: {message}</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location line="-223"/>
        <source>New in this vault</source>
        <translation>Mới trong kho này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>Đã có, không thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated to the package&apos;s version</source>
        <translation>Đã cập nhật theo phiên bản trong gói</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (this vault&apos;s version kept, the package&apos;s kept beside it)</source>
        <translation>Xung đột (giữ phiên bản của kho này, phiên bản của gói được giữ bên cạnh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History added</source>
        <translation>Đã thêm lịch sử</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>persons</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>testimonies</source>
        <translation>lời khai</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>sites</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>media items</source>
        <translation>mục tư liệu</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="-439"/>
        <source>New in this vault: {what}</source>
        <translation>Mới trong kho này: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to the package&apos;s version: {what}</source>
        <translation>Đổi sang phiên bản của gói: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict (both versions are kept): {what}</source>
        <translation>Xung đột (giữ cả hai phiên bản): {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}: {label}</source>
        <translation>{kind} mới: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {kind}: {label}</source>
        <translation>{kind} đã đổi: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict, {kind}: {label}</source>
        <translation>Xung đột, {kind}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>lời khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>mục phương tiện</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>phiên bản mới hơn của gói là bản hiện hành; bản còn lại được giữ trong một ghi chú riêng của vụ việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this vault&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>phiên bản mới hơn của kho này là bản hiện hành; bản còn lại được giữ trong một ghi chú riêng của vụ việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides edited it; the package&apos;s newer text is current (revision {current}), this vault&apos;s is kept as revision {kept}</source>
        <translation>cả hai bên đã sửa; văn bản mới hơn của gói là bản hiện hành (bản sửa {current}), văn bản của kho này được giữ làm bản sửa {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revision {kept}</source>
        <translation>cả hai bên đã sửa; văn bản mới hơn của kho này vẫn là bản hiện hành (nay là bản sửa {current}), văn bản của gói được giữ làm bản sửa {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revisions {first} to {last}</source>
        <translation>cả hai bên đã sửa; văn bản mới hơn của kho này vẫn là bản hiện hành (nay là bản sửa {current}), văn bản của gói được giữ làm các bản sửa {first} đến {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides made working copies; the package&apos;s are now versions {first} to {last}, this vault&apos;s current one stays current as version {current}</source>
        <translation>cả hai bên đã tạo bản làm việc; các bản của gói nay là phiên bản {first} đến {last}, bản hiện hành của kho này vẫn là bản hiện hành, phiên bản {current}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untitled</source>
        <translation>không có tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict, {kind}: {label}: {resolution}</source>
        <translation>Xung đột, {kind}: {label}: {resolution}</translation>
    </message>
</context>
<context>
    <name>TrackTimeline</name>
    <message>
        <location filename="../../ui/media/timeline.py" line="+46"/>
        <source>Face tracks over the video&apos;s time</source>
        <translation>Các vệt khuôn mặt theo thời gian của video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and Right step one frame, Page Up and Page Down one second, Home and End go to the track&apos;s ends.</source>
        <translation>Nhấp vào một thanh để xem khuôn mặt ở khung hình đó. Bàn phím: Lên và Xuống chọn vệt, Trái và Phải đi một khung hình, Page Up và Page Down một giây, Home và End đến hai đầu của vệt.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Face {n}</source>
        <translation>Khuôn mặt {n}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+35"/>
        <source>Transcribe…</source>
        <translation>Chép lời…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognise the speech offline; the transcript is kept encrypted with the recording</source>
        <translation>Nhận dạng lời nói ngoại tuyến; bản chép lời được lưu mã hóa cùng bản ghi âm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing</source>
        <translation>Dừng chép lời</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Transcript: click a word to hear it</source>
        <translation>Bản chép lời: bấm vào một từ để nghe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No transcript yet.</source>
        <translation>Chưa có bản chép lời.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript</source>
        <translation>Bản ghi lời</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine transcript ({language}, {words} words): check it against the recording.</source>
        <translation>Bản chép lời bằng máy ({language}, {words} từ): hãy đối chiếu với bản ghi âm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language was hard to tell ({language} is a guess): if the recording is in another language, transcribe it again with that language chosen.</source>
        <translation>Khó xác định ngôn ngữ ({language} chỉ là phỏng đoán): nếu bản ghi âm bằng ngôn ngữ khác, hãy chép lời lại với ngôn ngữ đó được chọn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text reads as {read}, not {language}: if the recording is in {read}, transcribe it again with {read} chosen; if not, its words are probably wrong.</source>
        <translation>Văn bản đọc ra là {read}, không phải {language}: nếu bản ghi âm bằng {read}, hãy chép lời lại với {read} được chọn; nếu không, các từ của nó có lẽ sai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its lines read as several languages ({parts}), perhaps an interpreted interview: every line was written in {language}, so lines in another language may be a translation.</source>
        <translation>Các dòng đọc ra là nhiều ngôn ngữ ({parts}), có thể là cuộc phỏng vấn qua phiên dịch: mọi dòng đều được viết bằng {language}, nên các dòng bằng ngôn ngữ khác có thể là bản dịch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription is not installed in this copy of the app.</source>
        <translation>Bản ứng dụng này chưa cài chức năng chép lời.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transcribing…</source>
        <translation>Đang chép lời…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription stopped; nothing was stored.</source>
        <translation>Đã dừng chép lời; không lưu gì cả.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+34"/>
        <source>This package is NOT redacted: it holds every name, private note and original of the case. Only the colleagues whose keys you give can open it.</source>
        <translation>Gói này KHÔNG được che: nó chứa mọi tên, ghi chú riêng tư và bản gốc của vụ việc. Chỉ những đồng nghiệp có khóa mà bạn nhập mới mở được.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case to transfer</source>
        <translation>Vụ việc cần chuyển giao</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colleague&apos;s age public keys, one per line</source>
        <translation>Khóa công khai age của đồng nghiệp, mỗi dòng một khóa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the package as</source>
        <translation>Lưu gói thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file to write</source>
        <translation>Tệp gói cần ghi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case:</source>
        <translation>Vụ việ&amp;c:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s &amp;public key(s), one per line:</source>
        <translation>Khóa công khai của đồng nghiệ&amp;p, mỗi dòng một khóa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case to transfer yet.</source>
        <translation>Chưa có vụ việc nào để chuyển giao.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your colleague&apos;s age public key (it starts with age1). They can read it from their key file.</source>
        <translation>Hãy nhập khóa công khai age của đồng nghiệp (bắt đầu bằng age1). Họ có thể đọc nó từ tệp khóa của mình.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to write the package to (a new file).</source>
        <translation>Chọn tệp để ghi gói (một tệp mới).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing, signing and encrypting the package…</source>
        <translation>Đang ghi, ký và mã hóa gói…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package was written to:
{path}
{counts}; {files} files, {custody} custody entries.

Signed by this vault&apos;s key:
{fp}

Read this fingerprint to your colleague by phone or in person so they can check the package comes from you. Send the file only to them.</source>
        <translation>Gói đã được ghi vào:
{path}
{counts}; {files} tệp, {custody} mục lưu giữ.

Được ký bằng khóa của kho này:
{fp}

Hãy đọc dấu vân tay này cho đồng nghiệp qua điện thoại hoặc gặp trực tiếp để họ kiểm tra gói đến từ bạn. Chỉ gửi tệp cho họ.</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location line="+48"/>
        <source>Choose the package</source>
        <translation>Chọn gói</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file</source>
        <translation>Tệp gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your age identity file</source>
        <translation>Chọn tệp định danh age của bạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age identity file</source>
        <translation>Tệp định danh age của bạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s fingerprint (optional)</source>
        <translation>Dấu vân tay người gửi (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If given, a package signed by any other key is refused</source>
        <translation>Nếu nhập, gói được ký bằng bất kỳ khóa nào khác sẽ bị từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>&amp;Gói:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age &amp;identity file:</source>
        <translation>&amp;Tệp định danh age của bạn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;fingerprint (optional):</source>
        <translation>&amp;Dấu vân tay người gửi (không bắt buộc):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked this fingerprint with the sender (by phone or in person): &amp;trust it</source>
        <translation>Tôi đã đối chiếu dấu vân tay này với người gửi (qua điện thoại hoặc gặp mặt): tin &amp;cậy nó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mport</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the package file your colleague sent.</source>
        <translation>Chọn tệp gói mà đồng nghiệp đã gửi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your age identity file: the key file whose public key you gave your colleague.</source>
        <translation>Chọn tệp định danh age của bạn: tệp khóa có khóa công khai bạn đã đưa cho đồng nghiệp.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the package (nothing is imported yet)…</source>
        <translation>Đang kiểm tra gói (chưa nhập gì)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was imported. The package is signed by:
{fp}
a key this vault has not trusted before. Compare it with the fingerprint the sender reads to you by phone or in person. Only if they match, tick the box above: the preview then shows what the package would change.</source>
        <translation>Không có gì được nhập. Gói được ký bởi:
{fp}
một khóa mà kho này chưa từng tin cậy. Hãy so sánh nó với dấu vân tay mà người gửi đọc cho bạn qua điện thoại hoặc khi gặp mặt. Chỉ khi chúng khớp, hãy đánh dấu ô bên trên: khi đó phần xem trước sẽ cho thấy gói sẽ thay đổi những gì.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by this vault&apos;s own key:
{fp}</source>
        <translation>Được ký bằng khóa riêng của kho này:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this vault trusts:
{fp}</source>
        <translation>Được ký bằng một khóa mà kho này tin cậy:
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the key you checked:
{fp}
Importing trusts this key from now on for later packages.</source>
        <translation>Được ký bằng khóa bạn đã kiểm tra:
{fp}
Việc nhập sẽ tin cậy khóa này từ nay cho các gói sau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported. This vault already holds everything in the package.</source>
        <translation>Không có gì được nhập. Kho này đã có mọi thứ trong gói.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is imported yet. If you import this package:</source>
        <translation>Chưa có gì được nhập. Nếu bạn nhập gói này:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Import to import it, or close this window to import nothing.</source>
        <translation>Nhấn Nhập để nhập, hoặc đóng cửa sổ này để không nhập gì.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing the package…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the case “{title}” from {author}&apos;s vault.</source>
        <translation>Đã nhập vụ việc “{title}” từ kho của {author}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages signed by this key are trusted from now on.</source>
        <translation>Các gói được ký bằng khóa này được tin cậy từ nay.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signed by:
{fp}</source>
        <translation>Được ký bởi:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.</source>
        <translation>Tệp tư liệu đã lưu: {blobs}; mục lịch sử lưu giữ: {history}; xung đột: {n}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>Note: {notice}</source>
        <translation>Lưu ý: {notice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-404"/>
        <source>Unlock Evidence Vault</source>
        <translation>Mở khóa Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Enter your passphrase to unlock the vault.</source>
        <translation>Nhập cụm mật khẩu để mở khóa kho.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Vault folder: {folder}</source>
        <translation>Thư mục kho: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+106"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+104"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Hiện những gì tôi gõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>&amp;Dùng khóa khôi phục thay thế</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>Đang mở khóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe…</source>
        <translation>&amp;Xóa sạch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy this vault for good (asks you to type WIPE first)</source>
        <translation>Hủy vĩnh viễn kho này (sẽ yêu cầu bạn gõ WIPE trước)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes this vault for good.</source>
        <translation>Cảnh báo: {failures} lần mở khóa thất bại kể từ lần mở khóa trước. Lần thất bại tiếp theo sẽ xóa sạch kho này vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more failed unlocks this vault is wiped for good.</source>
        <translation>Cảnh báo: {failures} trên {limit} lần mở khóa thất bại kể từ lần mở khóa trước. Sau {left} lần thất bại nữa, kho này sẽ bị xóa sạch vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key:</source>
        <translation>K&amp;hóa khôi phục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when the vault was created.</source>
        <translation>Gõ khóa khôi phục bạn đã chép lại khi tạo kho.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your recovery key first.</source>
        <translation>Hãy gõ khóa khôi phục trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase first.</source>
        <translation>Hãy gõ cụm mật khẩu trước.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, opened with its passphrase or the paper recovery key, brings it back.</source>
        <translation>Đó là lần mở khóa thất bại cuối cùng mà giới hạn cho phép: kho đã bị xóa sạch. Chỉ một bản sao lưu, mở bằng cụm mật khẩu của nó hoặc khóa khôi phục trên giấy, mới đưa nó trở lại.</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-181"/>
        <source>Choose a bundle</source>
        <translation>Chọn một gói hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle file</source>
        <translation>Tệp gói hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your age identity file</source>
        <translation>Chọn tệp định danh age của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age identity file, for encrypted bundles</source>
        <translation>Tệp định danh age, cho gói hồ sơ được mã hóa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of the identity file, if it has one</source>
        <translation>Cụm mật khẩu của tệp định danh, nếu có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected signer fingerprint (optional)</source>
        <translation>Dấu vân tay người ký dự kiến (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bundle (.zip or .age):</source>
        <translation>&amp;Gói hồ sơ (.zip hoặc .age):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file (for .age):</source>
        <translation>&amp;Tệp định danh (cho .age):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;passphrase (if it has one):</source>
        <translation>Cụm &amp;mật khẩu định danh (nếu có):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected signer (optional):</source>
        <translation>&amp;Người ký dự kiến (không bắt buộc):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bundle to verify.</source>
        <translation>Chọn gói hồ sơ cần xác minh.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verifying the bundle…</source>
        <translation>Đang xác minh gói hồ sơ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your identity file is protected by a passphrase. Type it in Identity passphrase, then verify again.</source>
        <translation>Tệp định danh của bạn được bảo vệ bằng cụm mật khẩu. Hãy nhập nó vào ô Cụm mật khẩu định danh, rồi xác minh lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle is encrypted. Choose the age identity file it was encrypted to (your key file), then verify again.</source>
        <translation>Gói hồ sơ này được mã hóa. Hãy chọn tệp định danh age mà nó được mã hóa cho (tệp khóa của bạn), rồi xác minh lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.</source>
        <translation>Gói hồ sơ đã được xác minh: {n} tệp, {size}, khớp với các bản kê và chữ ký hợp lệ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint:
{fp}</source>
        <translation>Dấu vân tay người ký:
{fp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was decrypted in memory only; nothing was written.</source>
        <translation>Nó chỉ được giải mã trong bộ nhớ; không có gì được ghi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is signed by the key you expected.</source>
        <translation>Nó được ký bằng khóa mà bạn mong đợi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this fingerprint with the one the sender gave you by another channel (a call, in person). If they differ, do not trust the bundle.</source>
        <translation>Hãy so sánh dấu vân tay này với dấu vân tay người gửi đã đưa cho bạn qua một kênh khác (gọi điện, gặp trực tiếp). Nếu chúng khác nhau, đừng tin gói hồ sơ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bag: {top}</source>
        <translation>Túi: {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {fmt}</source>
        <translation>Định dạng: {fmt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagged on: {date}</source>
        <translation>Đóng túi ngày: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy.</source>
        <translation>Gói hồ sơ KHÔNG qua được xác minh: {reason} Đừng tin nội dung của nó; hãy xin người gửi một bản mới.</translation>
    </message>
</context>
<context>
    <name>VideoFacesPanel</name>
    <message>
        <location filename="../../ui/media/video_review.py" line="+111"/>
        <source>Look for faces in every frame and follow them; you review each track</source>
        <translation>Tìm khuôn mặt trong mọi khung hình và theo dõi chúng; bạn xem xét từng vệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a bo&amp;x on this frame</source>
        <translation>Thêm khung trên khung hình này (&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a face without a box: draw one on the frame with the mouse, or place it with the keyboard; it is followed forwards and backwards through the video</source>
        <translation>Cho một khuôn mặt chưa có khung: vẽ một khung trên khung hình bằng chuột, hoặc đặt bằng bàn phím; khung được theo dõi tiến và lùi trong suốt video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How faces are covered</source>
        <translation>Cách che khuôn mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black boxes</source>
        <translation>Khung đen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (can sometimes be partly reversed)</source>
        <translation>Làm mờ (đôi khi có thể khôi phục một phần)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover faces in a new cop&amp;y</source>
        <translation>Che khuôn mặt trong bản sao mới (&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into every frame of a new working copy (sound kept); the original is kept</source>
        <translation>Ghi các khung vào mọi khung hình của một bản làm việc mới (giữ âm thanh); bản gốc được giữ lại</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Face tracks</source>
        <translation>Các vệt khuôn mặt</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Find faces in the video: its face tracks are shown here, on their frames and on a time line.</source>
        <translation>Tìm khuôn mặt trong video: các vệt khuôn mặt sẽ hiện ở đây, trên các khung hình của chúng và trên dòng thời gian.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not done.</source>
        <translation>Chưa thực hiện.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finding faces: frame {done} of about {total}</source>
        <translation>Đang tìm khuôn mặt: khung {done} trên khoảng {total}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+283"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Đã dừng; không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>{n} face track(s) in {frames} frames. Every track is covered unless you leave it uncovered. Face detection misses faces: watch the new working copy yourself.</source>
        <translation>{n} vệt khuôn mặt trong {frames} khung hình. Mọi vệt đều được che trừ khi bạn để không che. Việc nhận diện khuôn mặt có thể bỏ sót: hãy tự xem bản làm việc mới.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}</source>
        <translation>Khuôn mặt {n} (khung vẽ trên khung hình {frame}): {start}–{end} giây: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {n}: {start}–{end} s, {count} detection(s): {state}</source>
        <translation>Khuôn mặt {n}: {start}–{end} giây, {count} lần phát hiện: {state}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>left uncovered</source>
        <translation>để không che</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be covered</source>
        <translation>sẽ được che</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+121"/>
        <source>No frame to show.</source>
        <translation>Không có khung hình để hiển thị.</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Find fac&amp;es in the video</source>
        <translation>Tìm khuôn mặt trong video (&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep this face covered</source>
        <translation>Giữ che khuôn mặt này (&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave uncovered</source>
        <translation>Để không che (&amp;B)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The frame shown, with the face boxes on it</source>
        <translation>Khung hình đang hiển thị, với các khung khuôn mặt trên đó</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Frame {n} of {total} ({seconds} s)</source>
        <translation>Khung hình {n} / {total} ({seconds} giây)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Following the box: frame {done} of about {total}</source>
        <translation>Đang theo dõi khung: khung hình {done} / khoảng {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped; the box was not added.</source>
        <translation>Đã dừng; khung chưa được thêm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Face {n} added: the box was followed from {start} s to {end} s. Look at the frames around both ends: where it lost the face, draw another box there.</source>
        <translation>Đã thêm khuôn mặt {n}: khung được theo dõi từ {start} giây đến {end} giây. Hãy xem các khung hình quanh hai đầu: chỗ nào mất dấu khuôn mặt, hãy vẽ thêm một khung ở đó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Covering faces: frame {done} of {total}</source>
        <translation>Đang che khuôn mặt: khung {done} trên {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved working copy v{n} with the faces covered. The original and earlier versions are kept.</source>
        <translation>Đã lưu bản làm việc v{n} với các khuôn mặt đã được che. Bản gốc và các phiên bản trước được giữ lại.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+40"/>
        <source>Wipe the vault</source>
        <translation>Xóa sạch kho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the vault in {folder} for good: every case, testimony, person, photo and recording in it. The key is overwritten and the files deleted. Backups elsewhere are not touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a copy-on-write or a synced folder may keep old copies of the files for a while.</source>
        <translation>Thao tác này hủy vĩnh viễn kho trong {folder}: mọi vụ việc, lời khai, người, ảnh và bản ghi âm trong đó. Khóa bị ghi đè và các tệp bị xóa. Bản sao lưu ở nơi khác không bị động đến: bản sao lưu vẫn mở được bằng cụm mật khẩu hoặc khóa khôi phục trên giấy. Ổ SSD, thư mục copy-on-write hoặc thư mục đồng bộ có thể giữ bản cũ của các tệp một thời gian.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type {word} in capital letters and press Enter to confirm. Esc cancels.</source>
        <translation>Gõ {word} bằng chữ in hoa rồi nhấn Enter để xác nhận. Esc để hủy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type WIPE to confirm</source>
        <translation>Gõ WIPE để xác nhận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wipe the vault now</source>
        <translation>&amp;Xóa sạch kho ngay</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was wiped: type {word} in capital letters, then press Enter.</source>
        <translation>Chưa xóa gì: gõ {word} bằng chữ in hoa, rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>_BackupReader</name>
    <message>
        <location filename="../../ui/tools.py" line="-253"/>
        <source>Choose a backup file</source>
        <translation>Chọn một tệp sao lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Tệp sao lưu:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase the vault had when the backup was made</source>
        <translation>Cụm mật khẩu của kho khi tạo bản sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>Cụm mật khẩu mà kho có khi tạo bản sao lưu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file.</source>
        <translation>Chọn tệp sao lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault had when the backup was made, or tick &quot;Use the recovery key instead&quot; and type the recovery key.</source>
        <translation>Gõ cụm mật khẩu mà kho có khi tạo bản sao lưu, hoặc chọn &quot;Dùng khóa khôi phục thay thế&quot; và gõ khóa khôi phục.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup did not pass the check: {reason} Do not rely on it: make a new backup of the vault now and keep the damaged file only for your technical contact.</source>
        <translation>Bản sao lưu này không qua được kiểm tra: {reason} Đừng dựa vào nó: hãy sao lưu kho mới ngay bây giờ và chỉ giữ tệp hỏng cho người hỗ trợ kỹ thuật của bạn.</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+299"/>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is known</source>
        <translation>Đã biết {name}</translation>
    </message>
</context>
</TS>
