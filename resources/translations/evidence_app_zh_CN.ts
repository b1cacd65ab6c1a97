<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>the vault folder</source>
        <translation>保险库文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong recovery key</source>
        <translation>恢复密钥错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key is not right.{detail} Check each group of characters against your written copy and try again.</source>
        <translation>恢复密钥不正确。{detail} 请对照您抄写的副本逐组检查字符，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>密码短语错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>密码短语不正确。请检查 Caps Lock 和键盘语言，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault already open</source>
        <translation>保险库已打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open in another Evidence Vault window. Close it and try again.</source>
        <translation>该保险库已在另一个 Evidence Vault 窗口中打开。请关闭它后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault found</source>
        <translation>未找到保险库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault in {folder}. If it is on a removable drive, connect the drive and try again.</source>
        <translation>{folder} 中没有保险库。如果它在可移动磁盘上，请连接该磁盘后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault damaged</source>
        <translation>保险库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault cannot be read because some of its files are damaged or missing. Do not change the files in {folder}; restore the vault from your latest backup, or ask your technical contact for help.</source>
        <translation>保险库的部分文件已损坏或缺失，因此无法读取。请勿改动 {folder} 中的文件；请用最近的备份恢复保险库，或向您的技术联系人求助。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder not empty</source>
        <translation>文件夹不是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new vault needs an empty folder, and {folder} already holds files. Choose another folder or move those files away.</source>
        <translation>新保险库需要一个空文件夹，而 {folder} 中已有文件。请选择其他文件夹，或把这些文件移走。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>请检查您输入的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record not found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists; it may have been deleted. Reload the case and try again.</source>
        <translation>此记录已不存在；它可能已被删除。请重新加载案件后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity problem</source>
        <translation>完整性问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some stored evidence failed its integrity check. Do not change the vault; run a vault check and restore from a backup if needed.</source>
        <translation>部分存储的证据未通过完整性检查。请勿改动保险库；请运行保险库检查，必要时用备份恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File not supported</source>
        <translation>不支持此文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not use the disk</source>
        <translation>无法使用磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault folder could not be read or written. Check that the drive is connected, not full, and that you may write to it, then try again.</source>
        <translation>无法读取或写入保险库文件夹。请检查磁盘已连接、未满且您有写入权限，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it again and retry; if it happens again, tell your technical contact.</source>
        <translation>发生了意外错误（{kind}）。没有再保存任何内容。请锁定保险库，重新解锁后重试；如果再次发生，请告知您的技术联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="+229"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown person)</source>
        <translation>（未知人员）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+30"/>
        <location line="+47"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+61"/>
        <source>Redactions</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used (public)</source>
        <translation>不使用（公开人物）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Private</source>
        <translation>私人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved (UTC)</source>
        <translation>保存时间（UTC）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/tool_base.py" line="+137"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>改用恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>显示我输入的内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Check the vault</source>
        <translation>检查保险库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the vault header, the database, every stored media file and the custody log. Nothing is changed.</source>
        <translation>检查保险库头部、数据库、每个存储的媒体文件和监管链日志。不会做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole vault to one encrypted file. The vault&apos;s passphrase or its recovery key opens it. Keep backups on another drive, away from this computer.</source>
        <translation>将整个保险库写入一个加密文件。保险库的密码短语或恢复密钥可以打开它。请把备份放在另一个磁盘上，远离这台电脑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written.</source>
        <translation>在内存中解密备份，并将其中每个文件与其校验和进行比对。不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the backup</source>
        <translation>检查备份(&amp;C)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores a backup into a new, empty folder. The vault open now is not touched.</source>
        <translation>将备份恢复到一个新的空文件夹。当前打开的保险库不受影响。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verify a bundle</source>
        <translation>验证文件包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks a dossier bundle as its recipient would: its files, their checksums and the signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only.</source>
        <translation>像接收者那样检查卷宗文件包：其文件、校验和以及签名。无需保险库；加密的文件包（.age）只在内存中解密。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+128"/>
        <source>Export a case for a colleague</source>
        <translation>为同事导出案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a complete copy of one case for a colleague&apos;s Evidence Vault, signed by this vault and encrypted to your colleague&apos;s age public key.</source>
        <translation>为同事的 Evidence Vault 写入一个案件的完整副本，由此保险库签名，并加密给同事的 age 公钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the package</source>
        <translation>写入传输包(&amp;W)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import a colleague&apos;s package</source>
        <translation>导入同事的传输包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges a case a colleague exported for you into this vault. The whole package is checked and you see what it would change before anything is imported; if anything is wrong, nothing is imported.</source>
        <translation>将同事为你导出的案件合并到本保险库。整个传输包会先经过检查，并在导入任何内容之前向你显示它将带来的更改；如有任何问题，则不导入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="+29"/>
        <source>Evidence Vault recovery key</source>
        <translation>Evidence Vault 恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this paper somewhere safe, away from the computer. With this key anyone can open the vault, and nobody can make a new one if it is lost.</source>
        <translation>请把这张纸存放在安全的地方，远离电脑。任何人拿到此密钥都能打开保险库；一旦丢失，无人能再生成新的密钥。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. Write the key down by hand.</source>
        <translation>这台电脑没有设置打印机。请手工抄写密钥。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="+219"/>
        <source>The failed-unlock counter was set back: it read {read}, but the last unlock left it at {seen}. Someone may have tried passphrases on this vault and hidden it. If you did not expect this, change the passphrase.</source>
        <translation>解锁失败计数器被调回了：它显示 {read}，但上次解锁时为 {seen}。可能有人在此保险库上尝试过密码短语并掩盖了痕迹。如果这不在您的预料之中，请更改密码短语。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts since the last unlock: {count}. If they were not yours, someone may have tried to guess your passphrase.</source>
        <translation>自上次解锁以来的解锁失败次数：{count}。如果不是您本人，可能有人试图猜测您的密码短语。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A re-key of this vault was interrupted and has now been completed: the old passphrase and the old recovery key no longer open it. Its new recovery key was never shown, so make one now with Vault &gt; New recovery key, and write it on paper.</source>
        <translation>此保险库的密钥更换曾被中断，现已完成：旧密码短语和旧恢复密钥不再能打开它。它的新恢复密钥从未显示过，请现在通过“保险库 &gt; 新的恢复密钥”生成一个，并写在纸上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A re-key of this vault was interrupted before it changed the vault and has been undone: the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to.</source>
        <translation>此保险库的密钥更换在改动保险库之前被中断，已被撤销：保险库保留原来的密码短语和恢复密钥。如有需要，请重新更换密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted re-key</source>
        <translation>被中断的密钥更换</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
</context>
<context>
    <name>AttachMediaDialog</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="+778"/>
        <source>Attach media</source>
        <translation>附加媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media of this case</source>
        <translation>本案件的媒体</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>附加(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose what to attach (Ctrl or Shift selects several):</source>
        <translation>选择要附加的项目（按住 Ctrl 或 Shift 可多选）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../ui/media/player.py" line="+47"/>
        <source>Recording player</source>
        <translation>录音播放器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;y</source>
        <translation>播放(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the recording</source>
        <translation>播放录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the working copy (Alt+Y; Space while the player has focus)</source>
        <translation>播放工作副本（Alt+Y；播放器有焦点时按空格键）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paus&amp;e</source>
        <translation>暂停(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the recording</source>
        <translation>暂停录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Alt+E; Space while the player has focus)</source>
        <translation>暂停（Alt+E；播放器有焦点时按空格键）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording and go back to the start</source>
        <translation>停止录音并回到开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and go back to the start (the Stop media key works too)</source>
        <translation>停止并回到开头（媒体停止键同样有效）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the recording</source>
        <translation>录音中的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end</source>
        <translation>方向键：1 秒，Page Up/Down：10 秒，Home/End：开头/结尾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time played and length of the recording</source>
        <translation>已播放时间和录音长度</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Playback is unavailable on this computer: its multimedia libraries could not be loaded. The recording is kept safely in the vault.</source>
        <translation>此电脑无法播放：未能加载其多媒体库。录音仍安全保存在保险库中。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The recording could not be played: {reason}</source>
        <translation>无法播放录音：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-180"/>
        <source>Save the backup as</source>
        <translation>将备份另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the backup as:</source>
        <translation>备份另存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to write the backup to (a new file).</source>
        <translation>选择要写入备份的文件（一个新文件）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to:
{path}
Size: {size}.

It is encrypted; the vault&apos;s passphrase or recovery key opens it. Check it now and then with Tools &gt; Check a backup…</source>
        <translation>备份已写入：
{path}
大小：{size}。

备份已加密；用保险库的密码短语或恢复密钥可以打开。请不时通过“工具 &gt; 检查备份…”检查它。</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../ui/capture_guard.py" line="+57"/>
        <source>Not available on Linux: under X11 any program of your session can read this window, and Wayland offers no way for a window to refuse screen capture. Close other programs that record or share the screen.</source>
        <translation>在 Linux 上不可用：在 X11 下，您会话中的任何程序都能读取此窗口，而 Wayland 没有提供让窗口拒绝屏幕捕获的方法。请关闭其他录制或共享屏幕的程序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available on this system: screenshots and screen sharing can show this window.</source>
        <translation>在此系统上不可用：屏幕截图和屏幕共享可能会显示此窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: Windows leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>已开启：Windows 不会在屏幕截图和屏幕共享中显示本应用的窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: this Windows version shows the app&apos;s windows as black in screenshots and screen sharing.</source>
        <translation>已开启：此 Windows 版本在屏幕截图和屏幕共享中将本应用的窗口显示为黑色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: Windows refused to exclude the window from screen capture.</source>
        <translation>不可用：Windows 拒绝将此窗口排除在屏幕捕获之外。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: macOS leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>已开启：macOS 不会在屏幕截图和屏幕共享中显示本应用的窗口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: macOS did not let the window refuse screen capture.</source>
        <translation>不可用：macOS 不允许此窗口拒绝屏幕捕获。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="+175"/>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key again. Your recovery key stays valid; keep the paper safe.</source>
        <translation>您是用恢复密钥打开保险库的。请现在设置新的密码短语，这样就不再需要该密钥。恢复密钥仍然有效；请妥善保管那张纸。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current passphrase, then the new one twice. Only the key that protects the vault is re-wrapped: this takes a second, and the recovery key stays valid.</source>
        <translation>输入当前的密码短语，然后输入两次新的密码短语。只重新封装保护保险库的密钥：只需一秒钟，恢复密钥仍然有效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the passphrase</source>
        <translation>正在更改密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>更改密码短语(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>这不是当前的密码短语。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are media files).
Vault {vault}, backed up {created}.</source>
        <translation>备份完好：全部 {files} 个文件都与其校验和一致（其中 {blobs} 个是媒体文件）。
保险库 {vault}，备份于 {created}。</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <location line="-154"/>
        <source>Checking every file of the vault… this can take a while.</source>
        <translation>正在检查保险库的每个文件…可能需要一些时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the vault passed every check ({checked}).</source>
        <translation>一切正常：保险库通过了全部检查（{checked}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found {n} problem(s), listed below. Do not change the files in the vault folder. Restore the vault from your latest backup (Tools &gt; Restore a backup…), or show this list to your technical contact.</source>
        <translation>检查发现 {n} 个问题，列在下方。请勿改动保险库文件夹中的文件。请用最近的备份恢复保险库（工具 &gt; 恢复备份…），或把此列表交给您的技术联系人。</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../ui/labels.py" line="+13"/>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web addresses</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account numbers (IBAN)</source>
        <translation>银行账号（IBAN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card numbers</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crypto wallet addresses</source>
        <translation>加密货币钱包地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport numbers</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS coordinates</source>
        <translation>GPS 坐标</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <location filename="../../ui/dossier_preview.py" line="+33"/>
        <source>Preview of the dossier</source>
        <translation>卷宗预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the pages</source>
        <translation>正在绘制页面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier pages</source>
        <translation>卷宗页面</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页,共 {total} 页</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n} of {total} pages, as the export will write them.</source>
        <translation>前 {n} 页(共 {total} 页),与导出时写入的一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} page(s), as the export will write them. Nothing has been saved yet.</source>
        <translation>{total} 页,与导出时写入的一致。尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+171"/>
        <source>Check before exporting (dry run)</source>
        <translation>导出前检查（试运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every redaction, every detail kept and everything left out. Nothing is written yet.</source>
        <translation>每一处遮蔽、每一项保留的信息和所有被排除的内容。尚未写入任何文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view the dossier pages…</source>
        <translation>预览卷宗页面(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run progress</source>
        <translation>试运行进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: redactions and exclusions</source>
        <translation>试运行：遮蔽与排除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the export in memory…</source>
        <translation>正在内存中准备导出…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The leak gate found {n} problem(s): this export cannot go ahead. Correct the records listed (or mark the text as redacted), then start the export again.</source>
        <translation>泄露检查发现 {n} 个问题：无法进行此次导出。请更正所列记录（或将文字标记为已遮蔽），然后重新开始导出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leak gate problems ({n}):</source>
        <translation>泄露检查发现的问题（{n}）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leak gate passed: no protected name, contact or detail you did not allow is left in the dossier.</source>
        <translation>泄露检查已通过:卷宗中没有留下受保护的姓名、联系方式或您未允许的细节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dossier will hold: {contents}.</source>
        <translation>卷宗将包含:{contents}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muted in recordings ({n}):</source>
        <translation>录音中已静音（{n}）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown with less detail ({n}):</source>
        <translation>以较少细节显示({n}):</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Redactions ({n}):</source>
        <translation>遮蔽（{n}）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed and kept ({n}):</source>
        <translation>允许并保留（{n}）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out ({n}):</source>
        <translation>排除（{n}）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {w}</source>
        <translation>警告：{w}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../ui/duress.py" line="+48"/>
        <source>Duress passphrase</source>
        <translation>胁迫密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock. It opens a decoy vault with harmless content and, at the same moment, destroys this vault for good: only a backup made before, opened with your real passphrase or the recovery key, brings it back.

Prepare the decoy first as a separate vault whose passphrase is the duress passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. Add harmless cases there, close that window, then set the duress passphrase here with that folder. It is packed into this vault and its folder is then wiped. Without a decoy folder the decoy is an empty vault.</source>
        <translation>胁迫密码短语是在您被迫解锁时使用的第二个密码短语。它会打开一个内容无害的诱饵保险库，并在同一时刻永久销毁本保险库：只有之前制作的备份，用您真正的密码短语或恢复密钥打开，才能把它找回。

请先把诱饵准备成一个单独的保险库，其密码短语就是胁迫密码短语：“新建诱饵保险库…”会在第二个窗口中，在您选择的一个空文件夹上打开一个保险库。在那里添加无害的案件，关闭那个窗口，然后在这里用那个文件夹设置胁迫密码短语。它会被打包进本保险库，随后其文件夹会被销毁。如果不选择诱饵文件夹，诱饵就是一个空的保险库。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy vault folder</source>
        <translation>诱饵保险库文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an empty decoy vault</source>
        <translation>留空：一个空的诱饵保险库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New decoy vault…</source>
        <translation>新建诱饵保险库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoy vault:</source>
        <translation>诱饵保险库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the duress passphrase</source>
        <translation>正在设置胁迫密码短语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;et duress passphrase</source>
        <translation>设置胁迫密码短语(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move it</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A duress passphrase is set. Setting a new one replaces it and its decoy.</source>
        <translation>已设置胁迫密码短语。设置新的将替换它及其诱饵。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No duress passphrase is set.</source>
        <translation>尚未设置胁迫密码短语。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the decoy vault folder</source>
        <translation>选择诱饵保险库文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an empty folder for the decoy vault</source>
        <translation>为诱饵保险库选择一个空文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder is not empty. Choose an empty folder for the decoy vault.</source>
        <translation>该文件夹不是空的。请为诱饵保险库选择一个空文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second window could not be started.</source>
        <translation>无法启动第二个窗口。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The duress passphrase is set.</source>
        <translation>胁迫密码短语已设置。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The duress passphrase was removed.</source>
        <translation>胁迫密码短语已移除。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>这不是当前的密码短语。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+275"/>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <location line="+372"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location line="-192"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget every former name, phone number and e-mail kept for redaction: exports may then show them</source>
        <translation>忘记为遮蔽而保留的所有曾用名、电话号码和电子邮件(&amp;F)：导出内容之后可能会显示它们</translation>
    </message>
</context>
<context>
    <name>EditSiteDialog</name>
    <message>
        <location line="+336"/>
        <source>Edit site</source>
        <translation>编辑地点</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+337"/>
        <source>Export a case</source>
        <translation>导出案件</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+211"/>
        <source>My transfer fingerprint</source>
        <translation>我的传输指纹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault signs every package and bundle it exports with its own key. Read this fingerprint to your colleague by phone or in person; they compare it with the one their app shows when they import or verify what you sent.</source>
        <translation>此保险库用自己的密钥为导出的每个传输包和文件包签名。请通过电话或当面把这个指纹读给您的同事；他们在导入或验证您发送的内容时，将它与应用显示的指纹进行比对。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+286"/>
        <source>Create an Evidence Vault</source>
        <translation>创建 Evidence Vault 保险库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet. Create one: everything you record is encrypted with a key that only your passphrase (or the recovery key shown next) can unlock.</source>
        <translation>还没有保险库。请创建一个：您记录的一切都用一把密钥加密，只有您的密码短语（或接下来显示的恢复密钥）才能解锁。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder: {folder}</source>
        <translation>保险库文件夹：{folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change, e.g. initials</source>
        <translation>记录在每一次更改中，例如姓名缩写</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/media/canvas.py" line="+143"/>
        <source>Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, Esc cancels, Tab goes through the boxes, Delete removes the selected one.</source>
        <translation>键盘：N 新建框，方向键移动，Shift+方向键调整大小，Ctrl 加大步长，Enter 添加，Esc 取消，Tab 在框之间切换，Delete 删除所选框。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.</source>
        <translation>新框位于 {x},{y}，{w}×{h} 像素：按 Enter 添加，按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.</source>
        <translation>第 {n} 个框（共 {m} 个）位于 {x},{y}，{w}×{h} 像素：方向键移动，Delete 删除。</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/media/importing.py" line="+50"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or recordings to this case (you can also drop files here)</source>
        <translation>向本案件添加照片或录音（也可以把文件拖放到这里）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be imported</source>
        <translation>无法导入的文件</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing {n} file(s)…</source>
        <translation>正在导入 {n} 个文件…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {done} of {total}…</source>
        <translation>已导入 {done}/{total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current file…</source>
        <translation>当前文件完成后停止…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {n} file(s).</source>
        <translation>已导入 {n} 个文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kept sealed only (not exportable).</source>
        <translation>{n} 个仅封存保存（不可导出）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported; see the list below.</source>
        <translation>{n} 个无法导入；请见下方列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: {n} file(s) were not imported.</source>
        <translation>导入已取消：{n} 个文件未导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+82"/>
        <source>Transcribe the recording</source>
        <translation>转写录音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect it</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language spoken:</source>
        <translation>所说语言：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft: check it against the recording.</source>
        <translation>语音在本机上识别，不会发送到任何地方。转写稿只是草稿：请对照录音核对。</translation>
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
        <translation>案件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ases</source>
        <translation>案件(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody log</source>
        <translation>监管链日志</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case records</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Testimonies</source>
        <translation>证词(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>地点(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody log</source>
        <translation>监管链日志(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Media</source>
        <translation>媒体(&amp;M)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New &amp;case…</source>
        <translation>新建案件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person…</source>
        <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;testimony…</source>
        <translation>新建证词(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a testimony</source>
        <translation>记录证词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note…</source>
        <translation>新建笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note</source>
        <translation>写笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;site…</source>
        <translation>新建地点(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a site</source>
        <translation>添加地点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open testimony</source>
        <translation>打开证词(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected testimony in the editor</source>
        <translation>在编辑器中打开所选证词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected record (or the case, from the case list)</source>
        <translation>更改所选记录（在案件列表中则更改案件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected record (asks you to confirm)</source>
        <translation>删除所选记录（会请您确认）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the whole vault</source>
        <translation>搜索整个保险库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault: close it and ask for the passphrase again</source>
        <translation>锁定保险库：关闭它并重新要求输入密码短语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new passphrase for this vault (asks for the current one)</source>
        <translation>为此保险库设置新的密码短语（需要输入当前的密码短语）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-key vault…</source>
        <translation>更换保险库密钥(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for the whole vault: old copies of it stop opening (new recovery key)</source>
        <translation>为整个保险库换一把新密钥：它的旧副本将无法再打开（新的恢复密钥）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New re&amp;covery key…</source>
        <translation>新的恢复密钥(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a new recovery key once; the old one stops opening the vault</source>
        <translation>显示一次新的恢复密钥；旧的恢复密钥不再能打开保险库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import media…</source>
        <translation>导入媒体(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos or recordings into the current case</source>
        <translation>将照片或录音导入当前案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>导出案件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted, signed bundle of a case</source>
        <translation>导出案件的已遮蔽、已签名文件包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe vault…</source>
        <translation>销毁保险库(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy the vault for good (asks you to confirm)</source>
        <translation>永久销毁保险库（会请您确认）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick e&amp;xit</source>
        <translation>快速退出(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault and close every window at once</source>
        <translation>立即锁定保险库并关闭所有窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Evidence Vault</source>
        <translation>关于 Evidence Vault(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locks after {n} min without use</source>
        <translation>闲置 {n} 分钟后锁定</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no cases yet. Create one with New case (Ctrl+N).</source>
        <translation>还没有案件。用“新建案件”（Ctrl+N）创建一个。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Case created.</source>
        <translation>案件已创建。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person added.</source>
        <translation>人员已添加。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testimony saved.</source>
        <translation>证词已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Note saved.</source>
        <translation>笔记已保存。</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Site saved.</source>
        <translation>地点已保存。</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first.</source>
        <translation>请先在证词、人员、笔记或地点列表中选择一行，或在案件列表中选择一个案件。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Case saved.</source>
        <translation>案件已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person saved.</source>
        <translation>人员已保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wait for the import to finish, then delete.</source>
        <translation>请等待导入完成后再删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete yet</source>
        <translation>暂时无法删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete case?</source>
        <translation>删除案件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete person?</source>
        <translation>删除人员？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete testimony?</source>
        <translation>删除证词？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note?</source>
        <translation>删除笔记？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site?</source>
        <translation>删除地点？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. The custody log keeps an entry that says it was deleted, when and by whom.</source>
        <translation>此操作无法撤消。监管链日志会保留一条记录，说明它何时被谁删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the case “{title}”?</source>
        <translation>删除案件“{title}”？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{pseudonym}” ({name})</source>
        <translation>“{pseudonym}”（{name}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is removed from the whole vault, not only from this case.</source>
        <translation>此人将从整个保险库中删除，而不仅是从本案件中删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their names, phone numbers and e-mails stay in the redaction set: exports keep replacing them with the pseudonym where other records mention them.</source>
        <translation>他们的姓名、电话号码和电子邮件仍保留在遮蔽集合中：其他记录提到他们时，导出内容仍会用化名替换。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the person {name}?</source>
        <translation>删除人员 {name}？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the testimony of {person} ({date})?</source>
        <translation>删除 {person} 的证词（{date}）？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its earlier revisions are deleted with it; attached media stay in the case.</source>
        <translation>其早期修订版将一并删除；附加的媒体仍留在案件中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the note “{text}”?</source>
        <translation>删除笔记“{text}”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “{name}”?</source>
        <translation>删除地点“{name}”？</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case deleted.</source>
        <translation>案件已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted.</source>
        <translation>人员已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony deleted.</source>
        <translation>证词已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted.</source>
        <translation>笔记已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site deleted.</source>
        <translation>地点已删除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or choose a case first.</source>
        <translation>请先创建或选择一个案件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no case to export yet.</source>
        <translation>还没有可以导出的案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the import to finish, then export.</source>
        <translation>请等待导入完成后再导出。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt with an underlined letter reaches every field and button.</source>
        <translation>Alt 加带下划线的字母可以到达每个字段和按钮。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Evidence Vault</source>
        <translation>关于 Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence Vault {version}

An encrypted, offline archive for testimonies, photos, recordings and source notes, with redacted, signed dossiers to share. Nothing leaves this computer unless you export it.</source>
        <translation>Evidence Vault {version}

一个加密的离线档案库，用于保存证词、照片、录音和消息来源笔记，并可导出经过遮蔽和签名的卷宗以供分享。除非您导出，否则任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Search words</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the whole vault</source>
        <translation>要在整个保险库中查找的词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>搜索(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a word to search for.</source>
        <translation>请输入要搜索的词。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: {n}. Press Enter on a result to go to it.</source>
        <translation>找到：{n}。在结果上按 Enter 即可转到该处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person is not linked to any case yet.</source>
        <translation>此人尚未关联任何案件。</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+186"/>
        <source>Descri&amp;be…</source>
        <translation>描述(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption, date taken, place and tags</source>
        <translation>说明、拍摄日期、地点和标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save c&amp;lean copy…</source>
        <translation>保存干净副本(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted working copy (no metadata, with its redactions) to a file you choose</source>
        <translation>将解密的工作副本（无元数据，含其遮蔽）写入您选择的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ori&amp;ginal…</source>
        <translation>保存原件(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted original, with all its metadata, to a file you choose</source>
        <translation>将解密的原件（含全部元数据）写入您选择的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;keys…</source>
        <translation>恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to decrypt this item&apos;s files with the standard age tool</source>
        <translation>显示如何用标准 age 工具解密此项目的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this media item</source>
        <translation>删除此媒体项目</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the original as</source>
        <translation>将原件另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the clean copy as</source>
        <translation>将干净副本另存为</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original?</source>
        <translation>保存原件？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original still carries everything listed as risky (position, camera serial, owner…). Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never share it. Saving is recorded in the custody log.</source>
        <translation>原件仍带有所有被列为有风险的信息（位置、相机序列号、所有者…）。保存后它就是一个普通的未加密文件：只能存放在加密的磁盘上，切勿分享。保存操作会记录在监管链日志中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete media item</source>
        <translation>删除媒体项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}” with its original and every working copy? This cannot be undone: the keys of its files are destroyed. The custody log keeps an entry saying it was deleted, when and by whom.</source>
        <translation>删除“{name}”及其原件和所有工作副本？此操作无法撤消：其文件的密钥会被销毁。监管链日志会保留一条记录，说明它何时被谁删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
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
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>软件</translation>
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
        <translation>厂商注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded thumbnail</source>
        <translation>内嵌缩略图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour profile</source>
        <translation>色彩配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden trailing data</source>
        <translation>隐藏的尾随数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the original file carried, hashes and versions</source>
        <translation>原始文件携带的信息、哈希值和版本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name} ({type}{size})</source>
        <translation>文件：{name}（{type}{size}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The original carried {n} risky item(s); they are NOT in the working copy:</source>
        <translation>原件带有 {n} 项有风险的信息；它们不在工作副本中：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No identifying metadata was found in the original.</source>
        <translation>原件中未发现可识别身份的元数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original SHA-256: {sha} ({size} bytes)</source>
        <translation>原件 SHA-256：{sha}（{size} 字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working copy: only the sealed original exists.</source>
        <translation>没有工作副本：只有封存的原件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}</source>
        <translation>工作副本 v{n}：SHA-256 {sha}（{size} 字节），{when}</translation>
    </message>
</context>
<context>
    <name>MediaInfoDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="-277"/>
        <source>Media details</source>
        <translation>媒体详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD，未知则留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions and places are searchable in the vault and are redacted like any text when the case is exported.</source>
        <translation>说明和地点可以在保险库中搜索，导出案件时会像其他文字一样被遮蔽。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date taken:</source>
        <translation>拍摄日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../ui/media/model.py" line="+70"/>
        <source>Not exportable: {reason}</source>
        <translation>不可导出：{reason}</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../ui/media/tab.py" line="+83"/>
        <source>Media of the case</source>
        <translation>本案件的媒体</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record intervie&amp;w…</source>
        <translation>录制访谈(&amp;W)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved a decrypted copy to {path}.</source>
        <translation>已将解密副本保存到 {path}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare and redact</source>
        <translation>对比并遮蔽(&amp;C)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Record from the microphone straight into the vault (no file is written)</source>
        <translation>从麦克风直接录入保险库（不写入任何文件）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No photos or recordings yet. Use Import files or drop files here.</source>
        <translation>还没有照片或录音。使用“导入文件”或把文件拖放到这里。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import files into the case</source>
        <translation>将文件导入案件</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not exportable: {reason}. The original is kept sealed in the vault and is never included in an export.</source>
        <translation>不可导出：{reason}。原件封存在保险库中，永远不会包含在导出中。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved working copy v{n}. The original and earlier versions are kept.</source>
        <translation>已保存工作副本 v{n}。原件和早期版本均保留。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-558"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <location line="+362"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate: never included in exports</source>
        <translation>私人：永不包含在导出中(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>关于(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="-189"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>显示我输入的内容(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {n} characters. A sentence of four or more unusual words is strong and easy to remember. Nobody can reset a forgotten passphrase.</source>
        <translation>至少使用 {n} 个字符。由四个或更多不常见的词组成的句子既安全又好记。忘记的密码短语没有人能重置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;passphrase:</source>
        <translation>新密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码短语(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too short: at least {n} characters ({missing} more).</source>
        <translation>太短：至少需要 {n} 个字符（还差 {missing} 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-321"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>其他姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Transliterations</source>
        <translation>转写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name in other scripts, separated by commas</source>
        <translation>用其他文字书写的姓名，用逗号分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>消息来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>涉嫌施害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protected: use the pseudonym everywhere outside this vault</source>
        <translation>受保护：在此保险库之外一律使用化名(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not protected: exports will show this person&apos;s real name and other names.</source>
        <translation>不受保护：导出将显示此人的真实姓名和其他姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>leave empty for a suggestion, e.g. {example}</source>
        <translation>留空则自动建议，例如 {example}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>有限同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent scope</source>
        <translation>同意范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the person agreed to, e.g. quotes, no photos</source>
        <translation>此人同意的内容，例如可引用，不可拍照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full na&amp;me:</source>
        <translation>全名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ca&amp;se:</source>
        <translation>案件(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no case)</source>
        <translation>（无案件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the person</source>
        <translation>关于此人的备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other names:</source>
        <translation>其他姓名(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ansliterations:</source>
        <translation>转写(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>化名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nat&amp;ionality:</source>
        <translation>国籍(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone numbers:</source>
        <translation>电话号码(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>知情同意(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent s&amp;cope:</source>
        <translation>同意范围(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>同意日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <location line="+313"/>
        <source>New site</source>
        <translation>新建地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>地点名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11.5564 (optional)</source>
        <translation>例如 11.5564（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 104.9282 (optional)</source>
        <translation>例如 104.9282（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ensitive: the location could endanger someone</source>
        <translation>敏感：此位置可能危及他人安全(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>城镇(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>纬度(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>经度(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The latitude must be a number like 11.5564.</source>
        <translation>纬度必须是类似 11.5564 的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longitude must be a number like 104.9282.</source>
        <translation>经度必须是类似 104.9282 的数字。</translation>
    </message>
</context>
<context>
    <name>NewTestimonyDialog</name>
    <message>
        <location line="-204"/>
        <source>New testimony</source>
        <translation>新建证词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview date</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the interview</source>
        <translation>访谈地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>访谈者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>地点(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviewer:</source>
        <translation>访谈者(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inte&amp;rpreter:</source>
        <translation>口译员(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcript:</source>
        <translation>文字记录(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose who gave the testimony (add them first with New person).</source>
        <translation>选择提供证词的人（请先用“新建人员”添加）。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="-541"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the case. Everything that could identify someone is redacted unless you allow it below.</source>
        <translation>选择案件。所有可能识别身份的信息都会被遮蔽，除非您在下方允许保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case to export</source>
        <translation>要导出的案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these details (they are redacted when unticked)</source>
        <translation>保留这些信息（未勾选时会被遮蔽）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number regions</source>
        <translation>电话号码地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country codes whose phone numbers are looked for, e.g. KH, TH, CN</source>
        <translation>要查找其电话号码的国家代码，例如 KH、TH、CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include recor&amp;dings (voices can identify people)</source>
        <translation>包括录音（声音可以识别身份）(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disguise the &amp;voices in the recordings</source>
        <translation>伪装录音中的说话声(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an expert or a speaker-recognition system: the method is published and partly reversible, and the words, accent and background still identify people. Listen to every recording before you send it.</source>
        <translation>声音伪装会改变每个说话声的音高和共振峰（McAdams 方法）。它骗不过专家或说话人识别系统：这种方法是公开的，并且可以部分还原；说话内容、口音和背景声仍然能识别出人。发送之前请逐一收听每段录音。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier bundle: signed, with PDF, HTML and files</source>
        <translation>卷宗文件包：已签名，含 PDF、HTML 和文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FollowTheMoney entities (for Aleph and the ftm tools)</source>
        <translation>FollowTheMoney 实体（用于 Aleph 和 ftm 工具）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV import (a zip with import.csv and the files)</source>
        <translation>Uwazi CSV 导入（含 import.csv 和文件的 zip）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>电话地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation (optional):</source>
        <translation>机构（可选）(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/tool_base.py" line="-41"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for: {what}</source>
        <translation>浏览：{what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the file picker (F4 in the field)</source>
        <translation>用文件选择器选择（在字段中按 F4）</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../ui/media/review.py" line="+67"/>
        <source>Original, as imported</source>
        <translation>原件（导入时的状态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy: drag, or press N, to draw a redaction box</source>
        <translation>工作副本：拖动或按 N 绘制遮蔽框</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working copy (drag, or press N, to draw boxes)</source>
        <translation>工作副本（拖动或按 N 绘制框）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;ggest faces</source>
        <translation>建议人脸(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read te&amp;xt</source>
        <translation>读取文字(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the text in the working copy (OCR, kept encrypted and searchable); a protected person&apos;s name, a phone or an e-mail found in it becomes a suggestion you review</source>
        <translation>读取工作副本中的文字（OCR，加密保存且可搜索）；其中发现的受保护人员姓名、电话或电子邮件会成为供您审阅的建议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acc&amp;ept</source>
        <translation>接受(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact the selected suggestion</source>
        <translation>遮盖所选建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not redact the selected suggestion</source>
        <translation>不遮盖所选建议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appl&amp;y redaction</source>
        <translation>应用遮蔽(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested boxes: faces and text</source>
        <translation>建议的方框：人脸和文字</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).</source>
        <translation>要烧入的方框：{n} 个手绘，{m} 个已接受的人脸，{t} 个已接受的文字框。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}</source>
        <translation>文字 {n}（{kind}）位于 {x},{y}（{w}×{h}）：{state}</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Original (sealed, never exported)</source>
        <translation>原件（已封存，永不导出）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look for faces in the working copy; you review each suggestion</source>
        <translation>在工作副本中查找人脸；每条建议由您审核</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear boxes</source>
        <translation>清除框(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into a new working copy; the original is kept</source>
        <translation>将框烧录到新的工作副本中；原件保持不变</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No picture for this kind of file.</source>
        <translation>此类文件没有图像。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The original could not be shown.</source>
        <translation>无法显示原件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no working copy to show.</source>
        <translation>没有可显示的工作副本。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Burning {n} box(es) into a new working copy…</source>
        <translation>正在将 {n} 个框烧录到新的工作副本中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for faces… this can take a few seconds.</source>
        <translation>正在查找人脸…可能需要几秒钟。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Face detection misses faces: look at the picture yourself.</source>
        <translation>未找到人脸。人脸检测会漏检：请亲自查看图片。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the text in the picture… this can take a few seconds.</source>
        <translation>正在读取图片中的文字……可能需要几秒钟。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads text: look at the picture yourself.</source>
        <translation>已读取 {w} 个词；建议了 {n} 个覆盖待遮盖文字的方框。OCR 会漏读和误读文字：请亲自查看图片。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be redacted</source>
        <translation>将被遮蔽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person</source>
        <translation>受保护人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face {n} at {x},{y} ({w}×{h}): {state}</source>
        <translation>人脸 {n} 位于 {x},{y}（{w}×{h}）：{state}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+253"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>窗口最小化时锁定(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when the scree&amp;n locks or the computer sleeps</source>
        <translation>屏幕锁定或电脑休眠时锁定(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author name</source>
        <translation>作者姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the custody log of everything you record; kept in the vault</source>
        <translation>写入您所记录的一切内容的监管链日志；保存在保险库中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wipe the vault after failed unlocks</source>
        <translation>解锁失败后销毁保险库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>%n 次解锁失败后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is wiped without asking; only a backup or the paper recovery key brings it back. This does not stop someone who copied the vault first.</source>
        <translation>保险库会在不询问的情况下被销毁；只有备份或纸质恢复密钥才能找回。这无法阻止事先复制了保险库的人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duress passphrase…</source>
        <translation>胁迫密码短语(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)</source>
        <translation>第二个密码短语：打开诱饵保险库并销毁本保险库（会要求输入您的密码短语）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number regions</source>
        <translation>电话号码地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country codes, e.g. KH, TH, CN</source>
        <translation>两个字母的国家代码，例如 KH、TH、CN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used after the app is restarted.</source>
        <translation>新语言将在重新启动应用后生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock after:</source>
        <translation>闲置锁定(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe vault:</source>
        <translation>销毁保险库(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under duress:</source>
        <translation>受胁迫时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports keep by default:</source>
        <translation>导出时默认保留：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>电话地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen capture:</source>
        <translation>屏幕截图：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+223"/>
        <source>Recipients and file</source>
        <translation>接收者和文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the recipients&apos; public keys, one per line: age keys (age1…) or SSH keys (ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them.</source>
        <translation>可选：接收者的公钥，每行一个：age 公钥（age1…）或 SSH 公钥（ssh-ed25519 …、ssh-rsa …）；文件包将加密给这些接收者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients, one age or SSH public key per line</source>
        <translation>接收者，每行一个 age 或 SSH 公钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipients:</source>
        <translation>接收者(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the export as</source>
        <translation>将导出另存为</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipients: {message}</source>
        <translation>接收者：{message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file name holds a protected person&apos;s name or contact, or a sensitive site&apos;s name: the dossier hides it, so its file name must not show it. Choose another name.</source>
        <translation>文件名含有受保护人的姓名或联系方式，或敏感地点的名称：卷宗已将其遮蔽，因此文件名也不能显示它。请另选一个名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} 已存在。请选择新的文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>文件夹 {folder} 不存在。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-785"/>
        <source>Discard what you typed?</source>
        <translation>放弃您输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved. Discard it?</source>
        <translation>您在这里输入的内容尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody in particular)</source>
        <translation>（不特定于某人）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the case first (create one with New case).</source>
        <translation>请先选择案件（用“新建案件”创建）。</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/recorder.py" line="+102"/>
        <source>Record an interview</source>
        <translation>录制访谈</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none: keep it with the case only)</source>
        <translation>（无：只保存在案件中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready. Nothing is recorded until you press Record.</source>
        <translation>就绪。按下“录制”之前不会录下任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and save</source>
        <translation>停止并保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens here (optional)</source>
        <translation>此处发生了什么（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;marker</source>
        <translation>添加标记(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this moment of the recording, with the label typed beside it</source>
        <translation>标记录音中的此刻，并附上旁边输入的标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers (double-click to change a label)</source>
        <translation>标记（双击可修改标签）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttach to testimony:</source>
        <translation>附加到证词(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>电平：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recording reached its size limit and was stopped.</source>
        <translation>录音已达到大小上限，已停止。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No microphone that records 16-bit sound was found.</source>
        <translation>未找到能录制 16 位声音的麦克风。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened.</source>
        <translation>无法打开麦克风。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Recording into the vault. No file is written.</source>
        <translation>正在录入保险库。不写入任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: the pause is not part of the recording.</source>
        <translation>已暂停：暂停期间不计入录音。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saving the recording into the vault…</source>
        <translation>正在将录音保存到保险库…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in the vault: {name} (SHA-256 {sha}…).</source>
        <translation>已保存到保险库：{name}（SHA-256 {sha}…）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording could not be saved: {error}</source>
        <translation>无法保存录音：{error}</translation>
    </message>
</context>
<context>
    <name>RecordingPane</name>
    <message>
        <location filename="../../ui/media/recording_pane.py" line="+63"/>
        <source>Recording ({type}). {facts}</source>
        <translation>录音（{type}）。{facts}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is your recovery key. It is shown only this once and is stored nowhere.

Write it on paper now and keep the paper somewhere safe, away from this computer. If you forget your passphrase, only this key can open the vault; nobody can recover it for you.</source>
        <translation>这是您的恢复密钥。它只显示这一次，不会保存在任何地方。

请现在把它写在纸上，并把纸存放在远离这台电脑的安全地方。如果您忘记了密码短语，只有这把密钥能打开保险库；没有人能替您找回。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>我已抄下恢复密钥(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Check the page before you tick the box.</source>
        <translation>已发送到打印机。勾选前请先检查打印出的页面。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeysDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+47"/>
        <source>Recovery keys of a media item</source>
        <translation>媒体项目的恢复密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each key below decrypts one file of this item with the standard age tool (age -d -i key.txt FILE &gt; out). Anyone with a key and the file can read it: never store these keys next to the vault, and close this window when you are done. This view is recorded in the custody log.</source>
        <translation>下面的每把密钥都可以用标准 age 工具解密此项目的一个文件（age -d -i key.txt FILE &gt; out）。任何拿到密钥和文件的人都能读取它：切勿把这些密钥存放在保险库旁边，用完后请关闭此窗口。此次查看会记录在监管链日志中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files and keys</source>
        <translation>文件和密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared when the vault locks</source>
        <translation>保险库锁定时会清空剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/rekey.py" line="+55"/>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new recovery key and shows it once. The old recovery key stops opening this vault (write the new one on paper and destroy the old paper). Copies of the vault made before, and backups, still open with the old key: use Re-key vault for old copies, and destroy old backups.</source>
        <translation>生成新的恢复密钥并只显示一次。旧的恢复密钥将不再能打开此保险库（把新的写在纸上，并销毁旧的那张纸）。之前制作的保险库副本和备份仍可用旧密钥打开：旧副本请使用“更换保险库密钥”，旧备份请销毁。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-key the vault</source>
        <translation>更换保险库密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old copy of the vault folder or an old passphrase may be in someone else&apos;s hands: after this, old copies of the vault&apos;s key file open nothing, even with the old passphrase.

You get a new recovery key (shown once; the old paper stops working). The new passphrase may be the same as the current one. Backups made before stay readable with their old passphrase and key: destroy them. This can take a minute for a large vault; if the computer stops during it, the vault opens with the old or the new passphrase.</source>
        <translation>为整个保险库生成新密钥，并用它重新加密数据库。当保险库文件夹的旧副本或旧密码短语可能落入他人之手时使用：完成后，保险库密钥文件的旧副本即使配合旧密码短语也打不开任何东西。

您会得到新的恢复密钥（只显示一次；旧的那张纸失效）。新密码短语可以与当前的相同。之前制作的备份仍可用其旧密码短语和旧密钥读取：请销毁它们。大型保险库可能需要一分钟；如果期间电脑停止运行，保险库可用旧的或新的密码短语打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make a new recovery key</source>
        <translation>生成新的恢复密钥(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-&amp;key the vault</source>
        <translation>更换保险库密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>这不是当前的密码短语。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/export_words.py" line="+35"/>
        <source>1 testimony</source>
        <translation>1 份证词</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} testimonies</source>
        <translation>{n} 份证词</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 protected person shown by pseudonym</source>
        <translation>1 名受保护人(以化名显示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} protected persons shown by pseudonym</source>
        <translation>{n} 名受保护人(以化名显示)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 public person named</source>
        <translation>1 名公开人员(显示姓名)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} public persons named</source>
        <translation>{n} 名公开人员(显示姓名)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 site</source>
        <translation>1 个地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sites</source>
        <translation>{n} 个地点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(1 sensitive: only its province)</source>
        <translation>(1 个敏感:仅显示省份)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({n} sensitive: only their province)</source>
        <translation>({n} 个敏感:仅显示省份)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared note</source>
        <translation>1 条共享笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shared notes</source>
        <translation>{n} 条共享笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 document</source>
        <translation>1 份文档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} documents</source>
        <translation>{n} 份文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 audio recording</source>
        <translation>1 段录音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} audio recordings</source>
        <translation>{n} 段录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 video</source>
        <translation>1 段视频</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} videos</source>
        <translation>{n} 段视频</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>1 media file</source>
        <translation>1 个媒体文件</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>{n} media files</source>
        <translation>{n} 个媒体文件</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 name or contact of a protected person</source>
        <translation>1 处受保护人的姓名或联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or contacts of protected persons</source>
        <translation>{n} 处受保护人的姓名或联系方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 name or town of a sensitive site</source>
        <translation>1 个敏感地点的名称或城镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or towns of sensitive sites</source>
        <translation>{n} 个敏感地点的名称或城镇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 passage you marked</source>
        <translation>您标记的 1 段文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} passages you marked</source>
        <translation>您标记的 {n} 段文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other details</source>
        <translation>其他细节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}:{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed hiding.</source>
        <translation>没有需要遮蔽的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: {list}.</source>
        <translation>已遮蔽:{list}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private note</source>
        <translation>1 条私人笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} private notes</source>
        <translation>{n} 条私人笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recording</source>
        <translation>1 段录音录像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} recordings</source>
        <translation>{n} 段录音录像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates of 1 site</source>
        <translation>1 个地点的坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of {n} sites</source>
        <translation>{n} 个地点的坐标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left out.</source>
        <translation>没有遗漏任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {list}.</source>
        <translation>未包含:{list}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {ref}</source>
        <translation>人员 {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site {ref}</source>
        <translation>地点 {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony {ref}</source>
        <translation>证词 {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note {ref}</source>
        <translation>笔记 {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Media file {ref}</source>
        <translation>媒体文件 {ref}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your organisation&apos;s name</source>
        <translation>您的机构名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>笔录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record}, {field}</source>
        <translation>{record},{field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensitive site&apos;s name or town</source>
        <translation>敏感地点的名称或城镇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person&apos;s name or contact</source>
        <translation>受保护人的姓名或联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passage you marked</source>
        <translation>您标记的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail found in the text</source>
        <translation>文本中发现的细节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}, shown as “{label}”: {context}</source>
        <translation>{where}:{why},显示为“{label}”:{context}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {what} kept (you allowed it): {context}</source>
        <translation>{where}:保留了{what}(您已允许):{context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A private note</source>
        <translation>一条私人笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A video</source>
        <translation>一段视频</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audio recording</source>
        <translation>一段录音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A media file</source>
        <translation>一个媒体文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private notes never leave the vault</source>
        <translation>私人笔记从不离开保险库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you marked it not to be exported</source>
        <translation>您已标记为不导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no cleaned working copy (originals never leave)</source>
        <translation>它没有清理过的工作副本(原件从不导出)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type cannot be checked for hidden details</source>
        <translation>无法检查此类型文件中的隐藏信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy could not be read</source>
        <translation>无法读取其工作副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy is not of the type recorded for it</source>
        <translation>其工作副本与记录的类型不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices identify people; tick “Include recordings” on the first page to export it</source>
        <translation>声音能识别出人;如要导出,请在第一页勾选“包括录音”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its transcript has redacted words that could not be muted in its sound</source>
        <translation>其转写稿中有被遮盖的词，无法在其声音中静音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {why}</source>
        <translation>{what}:{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line} (your reason: {reason})</source>
        <translation>{line}(您的理由:{reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a protected person&apos;s name</source>
        <translation>受保护者的姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your mark</source>
        <translation>您的标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {start}–{end} s muted ({why})</source>
        <translation>{where}：{start}–{end} 秒已静音（{why}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensitive, so only its province is shown</source>
        <translation>敏感地点,只显示省份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinates are left out (tick “GPS coordinates” on the first page to keep them)</source>
        <translation>其坐标未包含(如要保留,请在第一页勾选“GPS 坐标”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}</source>
        <translation>{where}:{why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dossier (web page)</source>
        <translation>卷宗(网页)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dossier (PDF)</source>
        <translation>卷宗(PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF&apos;s document properties</source>
        <translation>PDF 的文档属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file (records.json)</source>
        <translation>数据文件(records.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s description</source>
        <translation>文件包的说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file names in the bundle</source>
        <translation>文件包中的文件名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {where}: {what}</source>
        <translation>在{where}中:{what}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+159"/>
        <source>Choose a new, empty folder</source>
        <translation>选择一个新的空文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vault folder</source>
        <translation>新保险库文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New vault folder:</source>
        <translation>新保险库文件夹(&amp;N)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>为恢复的保险库选择一个新的空文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was restored to:
{folder}
(backup made {created}, {files} files checked).

Evidence Vault opens one vault folder at a time, so this window stays on your current vault. To work in the restored one, quit and start the app with its folder:
evidence-app --vault &quot;{folder}&quot;
It opens with the passphrase or recovery key you just used.</source>
        <translation>保险库已恢复到：
{folder}
（备份创建于 {created}，已检查 {files} 个文件）。

Evidence Vault 一次只打开一个保险库文件夹，因此此窗口仍停留在当前保险库。要使用恢复的保险库，请退出并用其文件夹启动应用：
evidence-app --vault &quot;{folder}&quot;
它可用您刚才使用的密码短语或恢复密钥打开。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+10"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found by the leak gate</source>
        <translation>泄露检查发现的问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in fo&amp;lder</source>
        <translation>在文件夹中显示(&amp;L)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redacting, checking and signing the bundle… please wait.</source>
        <translation>正在遮蔽、检查并签名文件包…请稍候。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting and checking the export… please wait.</source>
        <translation>正在遮蔽并检查导出内容…请稍候。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier was written to:
{path}</source>
        <translation>卷宗已写入:
{path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The export was written to:
{path}</source>
        <translation>导出内容已写入：
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds: {contents}.</source>
        <translation>其中包含:{contents}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is encrypted: only the recipients you gave can open it.</source>
        <translation>它已加密:只有您指定的接收者才能打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint: {fp}
Give it to the recipient by another channel (a call, in person) so they can check who signed the dossier.</source>
        <translation>签名者指纹:{fp}
请通过其他渠道(电话、当面)告诉接收者,以便他们核对是谁签署了卷宗。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not signed: send the signed dossier bundle beside it when the recipient must be able to check where it came from.</source>
        <translation>它没有签名：如果接收方必须能够核实其来源，请同时发送已签名的卷宗文件包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum of the file (SHA-256), for the recipient to compare:
{sha}</source>
        <translation>文件校验和(SHA-256),供接收者核对:
{sha}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export did not happen</source>
        <translation>导出未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the records listed below, then export again.</source>
        <translation>泄露检查拒绝了此次导出：{n} 处可能的泄露。未写入任何文件。请更正下方所列的记录，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../ui/screenlock.py" line="+259"/>
        <source>Locking the vault before the computer sleeps</source>
        <translation>电脑休眠前正在锁定保险库</translation>
    </message>
</context>
<context>
    <name>SitesOverview</name>
    <message>
        <location filename="../../ui/sites_overview.py" line="+40"/>
        <source>Sites overview</source>
        <translation>地点概览</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sites in this case yet.</source>
        <translation>此案件还没有地点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.</source>
        <translation>{total} 个地点中有 {placed} 个按坐标放置;{sensitive} 个敏感。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>North ↑   (not a map: sites placed by their coordinates)</source>
        <translation>北 ↑   (不是地图:地点按坐标放置)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>(sensitive)</source>
        <translation>(敏感)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without coordinates: {names}</source>
        <translation>无坐标:{names}</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="-690"/>
        <source>Testimony editor</source>
        <translation>证词编辑器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editor messages</source>
        <translation>编辑器消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new revision</source>
        <translation>另存为新修订版(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark selection as &amp;redacted</source>
        <translation>将所选内容标记为已遮蔽(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save as new revision (Ctrl+S)</source>
        <translation>另存为新修订版（Ctrl+S）(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;redacted (Ctrl+R)</source>
        <translation>标记为已遮蔽（Ctrl+R）(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision history</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected revision</source>
        <translation>所选修订版的文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Transcript</source>
        <translation>文字记录(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media</source>
        <translation>媒体(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision &amp;history:</source>
        <translation>修订历史(&amp;H)：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>revision {n}</source>
        <translation>修订版 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} redacted passages</source>
        <translation>{n} 处已遮蔽的段落</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This transcript contains characters the editor cannot show exactly, so redactions cannot be marked here.</source>
        <translation>此文字记录包含编辑器无法准确显示的字符，因此无法在此标记遮蔽。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as revision {n}.</source>
        <translation>已保存为修订版 {n}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to redact first, then press Ctrl+R.</source>
        <translation>请先选择要遮蔽的文字，然后按 Ctrl+R。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.</source>
        <translation>请先保存更改后的文字（Ctrl+S），然后重新选择文字并按 Ctrl+R。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked as redacted. Exports will hide this passage.</source>
        <translation>已标记为遮蔽。导出时将隐藏此段落。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person interviewed</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD，未知则留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of the interview</source>
        <translation>访谈地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>访谈者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer and interpreter never leave the vault: exports leave them out.</source>
        <translation>访谈者和口译员永不离开保险库：导出时会将其排除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervie&amp;w date:</source>
        <translation>访谈日期(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpret&amp;er:</source>
        <translation>口译员(&amp;E)：</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>You changed the text. Its {n} redaction marks follow their words when you save; a mark whose words you delete is dropped and named.</source>
        <translation>您修改了文本。保存时，它的 {n} 个遮蔽标记会跟随各自的词语；词语被删除的标记会被移除并列出。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The redaction mark over “{words}” will be dropped: its words are gone.</source>
        <translation>“{words}”上的遮蔽标记将被移除：这些词语已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redaction mark over “{words}” will cover changed words: review it.</source>
        <translation>“{words}”上的遮蔽标记将覆盖已修改的词语：请检查。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>will be dropped</source>
        <translation>将被移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was dropped</source>
        <translation>已被移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will cover</source>
        <translation>将覆盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now covers</source>
        <translation>现在覆盖</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove this redaction &amp;mark</source>
        <translation>移除此遮蔽标记(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redaction mark removed. Exports will show this passage.</source>
        <translation>已移除遮蔽标记。导出内容将显示这段文字。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Interviewer:</source>
        <translation>访谈者(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Details changed: save them with Ctrl+S.</source>
        <translation>详细信息已更改：按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media attached to this testimony</source>
        <translation>附加到此证词的媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach media of this case…</source>
        <translation>附加本案件的媒体(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;etach</source>
        <translation>取消附加(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link; the item stays in the case</source>
        <translation>移除关联；项目仍留在案件中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of this interview and other media it refers to:</source>
        <translation>此次访谈的录音及其涉及的其他媒体：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every media item of this case is attached already. Import the recording in the Media tab first.</source>
        <translation>本案件的每个媒体项目都已附加。请先在“媒体”标签页中导入录音。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached {n} item(s).</source>
        <translation>已附加 {n} 个项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the item to detach first.</source>
        <translation>请先选择要取消附加的项目。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detached. The item is still in the case.</source>
        <translation>已取消附加。项目仍在案件中。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>未保存的编辑已作为草稿保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the vault locked, this testimony had changes that were not saved. They were kept as a draft inside the encrypted vault, not as a revision. Restore them into the editor?</source>
        <translation>保险库锁定时，此证词有未保存的更改。它们已作为草稿保留在加密的保险库中，而不是作为修订版本。要将它们恢复到编辑器中吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {when}, while editing revision {n}.</source>
        <translation>保留于 {when}，当时正在编辑修订版本 {n}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The testimony has changed since (it is revision {n} now). Saving the restored draft keeps the current text as a revision.</source>
        <translation>此后证词已更改（现在是修订版本 {n}）。保存恢复的草稿会将当前文本保留为一个修订版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore the draft</source>
        <translation>恢复草稿(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard the draft</source>
        <translation>丢弃草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for &amp;later</source>
        <translation>留待以后(&amp;L)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.</source>
        <translation>草稿已回到编辑器中，尚未保存：按 Ctrl+S 保存，或关闭以丢弃。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was discarded.</source>
        <translation>草稿已丢弃。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testimony has changes that are not saved. Save them as a new revision?</source>
        <translation>证词有未保存的更改。要将其另存为新修订版吗？</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../../ui/tools.py" line="+175"/>
        <source>&amp;Check vault…</source>
        <translation>检查保险库(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the vault&apos;s files, database and custody log</source>
        <translation>检查保险库的文件、数据库和监管链日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write one encrypted backup file of the whole vault</source>
        <translation>将整个保险库写入一个加密的备份文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a bac&amp;kup…</source>
        <translation>检查备份(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that a backup file is complete and undamaged</source>
        <translation>检查备份文件是否完整且未损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore a backup into a new folder</source>
        <translation>将备份恢复到新文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a bundle…</source>
        <translation>验证文件包(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a dossier bundle&apos;s files and signature (no vault needed)</source>
        <translation>检查卷宗文件包的文件和签名（无需保险库）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>为同事导出案件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete, unredacted, encrypted copy of a case for a colleague&apos;s vault</source>
        <translation>案件的完整、未遮蔽的加密副本，供同事的保险库使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s package…</source>
        <translation>导入同事的传输包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a case a colleague exported for you</source>
        <translation>合并同事为您导出的案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my transfer &amp;fingerprint</source>
        <translation>显示我的传输指纹(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s signing key, to compare with a colleague</source>
        <translation>此保险库的签名密钥，用于与同事核对</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/tool_base.py" line="+87"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another task is still running in this window (an import, an export or a tool). Try again when it has finished.</source>
        <translation>此窗口中还有其他任务正在运行（导入、导出或工具）。请在其完成后重试。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done: {message}</source>
        <translation>未完成：{message}</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location line="-223"/>
        <source>New in this vault</source>
        <translation>此保险库中新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>已存在，未更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated to the package&apos;s version</source>
        <translation>已更新为传输包中的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (this vault&apos;s version kept, the package&apos;s kept beside it)</source>
        <translation>冲突（保留此保险库的版本，传输包的版本保存在旁边）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History added</source>
        <translation>已添加历史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>media items</source>
        <translation>媒体项目</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="-439"/>
        <source>New in this vault: {what}</source>
        <translation>本保险库中新增：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to the package&apos;s version: {what}</source>
        <translation>改为传输包中的版本：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict (both versions are kept): {what}</source>
        <translation>存在冲突（两个版本都保留）：{what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}: {label}</source>
        <translation>新增{kind}：{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {kind}: {label}</source>
        <translation>已更改的{kind}：{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict, {kind}: {label}</source>
        <translation>存在冲突，{kind}：{label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>媒体项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>传输包中较新的版本为当前版本；另一个版本保存在本案件的一条私密备注中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this vault&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>本保险库中较新的版本为当前版本；另一个版本保存在本案件的一条私密备注中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides edited it; the package&apos;s newer text is current (revision {current}), this vault&apos;s is kept as revision {kept}</source>
        <translation>双方都编辑过；传输包中较新的文本为当前版本（第 {current} 版），本保险库的文本保存为第 {kept} 版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revision {kept}</source>
        <translation>双方都编辑过；本保险库中较新的文本仍为当前版本（现为第 {current} 版），传输包的文本保存为第 {kept} 版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revisions {first} to {last}</source>
        <translation>双方都编辑过；本保险库中较新的文本仍为当前版本（现为第 {current} 版），传输包的文本保存为第 {first} 至 {last} 版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides made working copies; the package&apos;s are now versions {first} to {last}, this vault&apos;s current one stays current as version {current}</source>
        <translation>双方都制作了工作副本；传输包的副本现为第 {first} 至 {last} 版，本保险库的当前副本仍为当前版本，即第 {current} 版</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict, {kind}: {label}: {resolution}</source>
        <translation>有冲突，{kind}：{label}：{resolution}</translation>
    </message>
</context>
<context>
    <name>TrackTimeline</name>
    <message>
        <location filename="../../ui/media/timeline.py" line="+46"/>
        <source>Face tracks over the video&apos;s time</source>
        <translation>视频时间线上的人脸轨迹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and Right step one frame, Page Up and Page Down one second, Home and End go to the track&apos;s ends.</source>
        <translation>点击一条横条，查看该帧上的人脸。键盘：上下键选择轨迹，左右键前后移动一帧，Page Up 和 Page Down 移动一秒，Home 和 End 跳到轨迹的两端。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Face {n}</source>
        <translation>人脸 {n}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+35"/>
        <source>Transcribe…</source>
        <translation>转写…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognise the speech offline; the transcript is kept encrypted with the recording</source>
        <translation>离线识别语音；转写稿与录音一起加密保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing</source>
        <translation>停止转写</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Transcript: click a word to hear it</source>
        <translation>转写稿：点击一个词即可收听</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No transcript yet.</source>
        <translation>尚无转写稿。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine transcript ({language}, {words} words): check it against the recording.</source>
        <translation>机器转写（{language}，{words} 个词）：请对照录音核对。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language was hard to tell ({language} is a guess): if the recording is in another language, transcribe it again with that language chosen.</source>
        <translation>语言难以判断（{language} 只是猜测）：如果录音是另一种语言，请选定该语言后重新转写。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text reads as {read}, not {language}: if the recording is in {read}, transcribe it again with {read} chosen; if not, its words are probably wrong.</source>
        <translation>文本读起来是 {read}，而不是 {language}：如果录音是 {read}，请选定 {read} 后重新转写；如果不是，其中的词很可能是错的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its lines read as several languages ({parts}), perhaps an interpreted interview: every line was written in {language}, so lines in another language may be a translation.</source>
        <translation>各行读起来是多种语言（{parts}），可能是有口译员的访谈：每一行都是用 {language} 写出的，所以其他语言的行可能是译文。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription is not installed in this copy of the app.</source>
        <translation>此应用副本未安装转写功能。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transcribing…</source>
        <translation>正在转写…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription stopped; nothing was stored.</source>
        <translation>转写已停止；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+34"/>
        <source>This package is NOT redacted: it holds every name, private note and original of the case. Only the colleagues whose keys you give can open it.</source>
        <translation>此传输包未经遮蔽：它包含案件的所有姓名、私人笔记和原件。只有您提供了密钥的同事才能打开它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case to transfer</source>
        <translation>要传输的案件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colleague&apos;s age public keys, one per line</source>
        <translation>同事的 age 公钥，每行一个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the package as</source>
        <translation>将传输包另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file to write</source>
        <translation>要写入的传输包文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s &amp;public key(s), one per line:</source>
        <translation>同事的公钥，每行一个(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case to transfer yet.</source>
        <translation>还没有可以传输的案件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your colleague&apos;s age public key (it starts with age1). They can read it from their key file.</source>
        <translation>请提供同事的 age 公钥（以 age1 开头）。他们可以从自己的密钥文件中读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to write the package to (a new file).</source>
        <translation>选择要写入传输包的文件（一个新文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing, signing and encrypting the package…</source>
        <translation>正在写入、签名并加密传输包…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package was written to:
{path}
{counts}; {files} files, {custody} custody entries.

Signed by this vault&apos;s key:
{fp}

Read this fingerprint to your colleague by phone or in person so they can check the package comes from you. Send the file only to them.</source>
        <translation>传输包已写入：
{path}
{counts}；{files} 个文件，{custody} 条监管记录。

由此保险库的密钥签名：
{fp}

请通过电话或当面把这个指纹读给您的同事，以便他们核实传输包来自您。只把文件发送给他们。</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location line="+48"/>
        <source>Choose the package</source>
        <translation>选择传输包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file</source>
        <translation>传输包文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your age identity file</source>
        <translation>选择您的 age 身份文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age identity file</source>
        <translation>您的 age 身份文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s fingerprint (optional)</source>
        <translation>发送者的指纹（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If given, a package signed by any other key is refused</source>
        <translation>填写后，由其他任何密钥签名的传输包都会被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>传输包(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age &amp;identity file:</source>
        <translation>您的 age 身份文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;fingerprint (optional):</source>
        <translation>发送者的指纹（可选）(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked this fingerprint with the sender (by phone or in person): &amp;trust it</source>
        <translation>我已与发送者核对过此指纹（电话或当面）：信任它(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mport</source>
        <translation>导入(&amp;M)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the package file your colleague sent.</source>
        <translation>选择同事发给您的传输包文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your age identity file: the key file whose public key you gave your colleague.</source>
        <translation>选择您的 age 身份文件：即您把其公钥交给同事的那个密钥文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the package (nothing is imported yet)…</source>
        <translation>正在检查传输包（尚未导入任何内容）…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was imported. The package is signed by:
{fp}
a key this vault has not trusted before. Compare it with the fingerprint the sender reads to you by phone or in person. Only if they match, tick the box above: the preview then shows what the package would change.</source>
        <translation>未导入任何内容。该传输包的签名者为：
{fp}
这是本保险库以前未信任过的密钥。请将其与发送者通过电话或当面读给你的指纹进行比较。只有两者一致时，才勾选上面的框：预览随后会显示该传输包将带来的更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by this vault&apos;s own key:
{fp}</source>
        <translation>由本保险库自己的密钥签名：
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this vault trusts:
{fp}</source>
        <translation>由本保险库信任的密钥签名：
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the key you checked:
{fp}
Importing trusts this key from now on for later packages.</source>
        <translation>由你核对过的密钥签名：
{fp}
导入后，今后的传输包将信任此密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported. This vault already holds everything in the package.</source>
        <translation>未导入任何内容。本保险库已包含该传输包中的全部内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is imported yet. If you import this package:</source>
        <translation>尚未导入任何内容。如果你导入此传输包：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Import to import it, or close this window to import nothing.</source>
        <translation>按“导入”导入它，或关闭此窗口以不导入任何内容。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing the package…</source>
        <translation>正在导入传输包…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the case “{title}” from {author}&apos;s vault.</source>
        <translation>已从 {author} 的保险库导入案件“{title}”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages signed by this key are trusted from now on.</source>
        <translation>今后将信任由此密钥签名的传输包。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signed by:
{fp}</source>
        <translation>签名者：
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.</source>
        <translation>已存储的媒体文件：{blobs}；监管历史记录：{history}；冲突：{n}。</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>Note: {notice}</source>
        <translation>注意：{notice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-404"/>
        <source>Unlock Evidence Vault</source>
        <translation>解锁 Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Enter your passphrase to unlock the vault.</source>
        <translation>输入密码短语以解锁保险库。</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Vault folder: {folder}</source>
        <translation>保险库文件夹：{folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+106"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+104"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Show what I type</source>
        <translation>显示我输入的内容(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>改用恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe…</source>
        <translation>销毁(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy this vault for good (asks you to type WIPE first)</source>
        <translation>永久销毁此保险库（会先要求您输入 WIPE）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes this vault for good.</source>
        <translation>警告：自上次解锁以来已失败 {failures} 次。下一次解锁失败将永久销毁此保险库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more failed unlocks this vault is wiped for good.</source>
        <translation>警告：自上次解锁以来已失败 {failures} 次（上限 {limit} 次）。再失败 {left} 次，此保险库将被永久销毁。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when the vault was created.</source>
        <translation>输入创建保险库时您抄下的恢复密钥。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your recovery key first.</source>
        <translation>请先输入恢复密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase first.</source>
        <translation>请先输入密码短语。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, opened with its passphrase or the paper recovery key, brings it back.</source>
        <translation>这是上限允许的最后一次解锁失败：保险库已被销毁。只有用其密码短语或纸质恢复密钥打开的备份才能把它找回。</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-181"/>
        <source>Choose a bundle</source>
        <translation>选择文件包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle file</source>
        <translation>文件包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your age identity file</source>
        <translation>选择您的 age 身份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age identity file, for encrypted bundles</source>
        <translation>age 身份文件，用于加密的文件包</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of the identity file, if it has one</source>
        <translation>身份文件的密码短语（如果有）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected signer fingerprint (optional)</source>
        <translation>预期的签名者指纹（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bundle (.zip or .age):</source>
        <translation>文件包（.zip 或 .age）(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file (for .age):</source>
        <translation>身份文件（用于 .age）(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;passphrase (if it has one):</source>
        <translation>身份密码短语（如果有）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected signer (optional):</source>
        <translation>预期的签名者（可选）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bundle to verify.</source>
        <translation>选择要验证的文件包。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verifying the bundle…</source>
        <translation>正在验证文件包…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your identity file is protected by a passphrase. Type it in Identity passphrase, then verify again.</source>
        <translation>您的身份文件受密码短语保护。请在“身份密码短语”中输入它，然后再次验证。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle is encrypted. Choose the age identity file it was encrypted to (your key file), then verify again.</source>
        <translation>此文件包已加密。请选择它所加密给的 age 身份文件（您的密钥文件），然后重新验证。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.</source>
        <translation>文件包验证通过：{n} 个文件，{size}，与清单一致，签名有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint:
{fp}</source>
        <translation>签名者指纹：
{fp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was decrypted in memory only; nothing was written.</source>
        <translation>它只在内存中解密；未写入任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is signed by the key you expected.</source>
        <translation>它由您预期的密钥签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this fingerprint with the one the sender gave you by another channel (a call, in person). If they differ, do not trust the bundle.</source>
        <translation>请将此指纹与发送者通过其他渠道（电话、当面）告诉您的指纹进行比对。如果不一致，请勿信任该文件包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bag: {top}</source>
        <translation>包：{top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {fmt}</source>
        <translation>格式：{fmt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagged on: {date}</source>
        <translation>打包日期：{date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy.</source>
        <translation>文件包未通过验证：{reason} 请勿信任其内容；请向发送者索取新的副本。</translation>
    </message>
</context>
<context>
    <name>VideoFacesPanel</name>
    <message>
        <location filename="../../ui/media/video_review.py" line="+111"/>
        <source>Look for faces in every frame and follow them; you review each track</source>
        <translation>在每一帧中查找并跟踪人脸；由您审阅每条轨迹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a bo&amp;x on this frame</source>
        <translation>在此帧上添加方框(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a face without a box: draw one on the frame with the mouse, or place it with the keyboard; it is followed forwards and backwards through the video</source>
        <translation>对于没有方框的人脸：用鼠标在帧上画一个，或用键盘放置；它会在整个视频中向前和向后跟踪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How faces are covered</source>
        <translation>人脸的遮盖方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black boxes</source>
        <translation>黑色方框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (can sometimes be partly reversed)</source>
        <translation>模糊（有时可被部分还原）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover faces in a new cop&amp;y</source>
        <translation>在新副本中遮盖人脸(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into every frame of a new working copy (sound kept); the original is kept</source>
        <translation>将方框烧入新工作副本的每一帧（保留声音）；原件保留</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Face tracks</source>
        <translation>人脸轨迹</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Find faces in the video: its face tracks are shown here, on their frames and on a time line.</source>
        <translation>在视频中查找人脸：其人脸轨迹会显示在这里，显示在各自的帧上和时间线上。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not done.</source>
        <translation>未完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finding faces: frame {done} of about {total}</source>
        <translation>正在查找人脸：第 {done} 帧，共约 {total} 帧</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+283"/>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止；未做任何更改。</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>{n} face track(s) in {frames} frames. Every track is covered unless you leave it uncovered. Face detection misses faces: watch the new working copy yourself.</source>
        <translation>{frames} 帧中有 {n} 条人脸轨迹。除非您选择不遮盖，否则每条轨迹都会被遮盖。人脸检测会漏检：请亲自观看新的工作副本。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}</source>
        <translation>人脸 {n}（在第 {frame} 帧上画的方框）：{start}–{end} 秒：{state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {n}: {start}–{end} s, {count} detection(s): {state}</source>
        <translation>人脸 {n}：{start}–{end} 秒，{count} 次检测：{state}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>left uncovered</source>
        <translation>不遮盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be covered</source>
        <translation>将被遮盖</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+121"/>
        <source>No frame to show.</source>
        <translation>没有可显示的帧。</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Find fac&amp;es in the video</source>
        <translation>在视频中查找人脸(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep this face covered</source>
        <translation>保持遮盖这张人脸(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave uncovered</source>
        <translation>不遮盖(&amp;L)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The frame shown, with the face boxes on it</source>
        <translation>显示的帧及其上的人脸方框</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Frame {n} of {total} ({seconds} s)</source>
        <translation>第 {n} 帧，共 {total} 帧（{seconds} 秒）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Following the box: frame {done} of about {total}</source>
        <translation>正在跟踪方框：第 {done} 帧，约共 {total} 帧</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped; the box was not added.</source>
        <translation>已停止；未添加该方框。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Face {n} added: the box was followed from {start} s to {end} s. Look at the frames around both ends: where it lost the face, draw another box there.</source>
        <translation>已添加人脸 {n}：方框从 {start} 秒跟踪到 {end} 秒。请查看两端附近的帧：在跟丢人脸的地方再画一个方框。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Covering faces: frame {done} of {total}</source>
        <translation>正在遮盖人脸：第 {done} 帧，共 {total} 帧</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved working copy v{n} with the faces covered. The original and earlier versions are kept.</source>
        <translation>已保存遮盖了人脸的工作副本 v{n}。原件和早期版本均保留。</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+40"/>
        <source>Wipe the vault</source>
        <translation>销毁保险库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the vault in {folder} for good: every case, testimony, person, photo and recording in it. The key is overwritten and the files deleted. Backups elsewhere are not touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a copy-on-write or a synced folder may keep old copies of the files for a while.</source>
        <translation>这会永久销毁 {folder} 中的保险库：其中的每个案件、证词、人员、照片和录音。密钥会被覆盖，文件会被删除。其他位置的备份不受影响：备份仍可用密码短语或纸质恢复密钥打开。SSD、写时复制或同步文件夹可能会在一段时间内保留文件的旧副本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type {word} in capital letters and press Enter to confirm. Esc cancels.</source>
        <translation>请用大写字母输入 {word} 并按 Enter 确认。按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type WIPE to confirm</source>
        <translation>输入 WIPE 以确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wipe the vault now</source>
        <translation>立即销毁保险库(&amp;W)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was wiped: type {word} in capital letters, then press Enter.</source>
        <translation>未销毁任何内容：请用大写字母输入 {word}，然后按 Enter。</translation>
    </message>
</context>
<context>
    <name>_BackupReader</name>
    <message>
        <location filename="../../ui/tools.py" line="-253"/>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase the vault had when the backup was made</source>
        <translation>创建备份时保险库使用的密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>创建备份时保险库使用的密码短语</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file.</source>
        <translation>选择备份文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault had when the backup was made, or tick &quot;Use the recovery key instead&quot; and type the recovery key.</source>
        <translation>输入创建备份时保险库使用的密码短语，或勾选“改用恢复密钥”并输入恢复密钥。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup did not pass the check: {reason} Do not rely on it: make a new backup of the vault now and keep the damaged file only for your technical contact.</source>
        <translation>此备份未通过检查：{reason} 请勿依赖它：请立即重新备份保险库，损坏的文件只留给您的技术联系人。</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+299"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is known</source>
        <translation>{name} 已知</translation>
    </message>
</context>
</TS>
