<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>the vault folder</source>
        <translation>โฟลเดอร์คลังนิรภัย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong recovery key</source>
        <translation>กุญแจกู้คืนไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key is not right.{detail} Check each group of characters against your written copy and try again.</source>
        <translation>กุญแจกู้คืนไม่ถูกต้อง{detail} ตรวจสอบอักขระทีละกลุ่มกับสำเนาที่คุณจดไว้ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง ตรวจสอบ Caps Lock และภาษาของแป้นพิมพ์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault already open</source>
        <translation>คลังนิรภัยเปิดอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open in another Evidence Vault window. Close it and try again.</source>
        <translation>คลังนิรภัยเปิดอยู่ในหน้าต่าง Evidence Vault อื่น ปิดหน้าต่างนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault found</source>
        <translation>ไม่พบคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault in {folder}. If it is on a removable drive, connect the drive and try again.</source>
        <translation>ไม่มีคลังนิรภัยใน {folder} หากอยู่ในไดรฟ์แบบถอดได้ ให้เสียบไดรฟ์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault damaged</source>
        <translation>คลังนิรภัยเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault cannot be read because some of its files are damaged or missing. Do not change the files in {folder}; restore the vault from your latest backup, or ask your technical contact for help.</source>
        <translation>อ่านคลังนิรภัยไม่ได้ เพราะไฟล์บางไฟล์เสียหายหรือหายไป อย่าแก้ไขไฟล์ใน {folder} ให้กู้คืนคลังนิรภัยจากข้อมูลสำรองล่าสุด หรือขอความช่วยเหลือจากผู้ดูแลด้านเทคนิคของคุณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder not empty</source>
        <translation>โฟลเดอร์ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new vault needs an empty folder, and {folder} already holds files. Choose another folder or move those files away.</source>
        <translation>คลังนิรภัยใหม่ต้องใช้โฟลเดอร์ว่าง แต่ {folder} มีไฟล์อยู่แล้ว เลือกโฟลเดอร์อื่นหรือย้ายไฟล์เหล่านั้นออกไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>โปรดตรวจสอบสิ่งที่คุณป้อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record not found</source>
        <translation>ไม่พบระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists; it may have been deleted. Reload the case and try again.</source>
        <translation>ระเบียนนี้ไม่มีอยู่แล้ว อาจถูกลบไป โหลดกรณีใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity problem</source>
        <translation>ปัญหาความสมบูรณ์ของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some stored evidence failed its integrity check. Do not change the vault; run a vault check and restore from a backup if needed.</source>
        <translation>หลักฐานที่เก็บไว้บางส่วนไม่ผ่านการตรวจสอบความสมบูรณ์ อย่าแก้ไขคลังนิรภัย ให้ตรวจสอบคลังนิรภัยและกู้คืนจากข้อมูลสำรองหากจำเป็น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File not supported</source>
        <translation>ไม่รองรับไฟล์นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not finish</source>
        <translation>ดำเนินการไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not use the disk</source>
        <translation>ใช้ดิสก์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault folder could not be read or written. Check that the drive is connected, not full, and that you may write to it, then try again.</source>
        <translation>อ่านหรือเขียนโฟลเดอร์คลังนิรภัยไม่ได้ ตรวจสอบว่าเสียบไดรฟ์อยู่ ไม่เต็ม และคุณมีสิทธิ์เขียน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it again and retry; if it happens again, tell your technical contact.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({kind}) ไม่มีการบันทึกสิ่งใดเพิ่ม ล็อกคลังนิรภัย ปลดล็อกอีกครั้งแล้วลองใหม่ หากยังเกิดขึ้นอีก ให้แจ้งผู้ดูแลด้านเทคนิคของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="+229"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown person)</source>
        <translation>(ไม่ทราบบุคคล)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+30"/>
        <location line="+47"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Revision</source>
        <translation>ฉบับแก้ไข</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+61"/>
        <source>Redactions</source>
        <translation>การปกปิด</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Beginning</source>
        <translation>ตอนต้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pseudonym</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used (public)</source>
        <translation>ไม่ใช้ (บุคคลสาธารณะ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>คุ้มครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Private</source>
        <translation>ส่วนตัว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>แก้ไขเมื่อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>อ่อนไหว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates</source>
        <translation>พิกัด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved (UTC)</source>
        <translation>บันทึกเมื่อ (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testimony</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>สื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/tool_base.py" line="+137"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>ใช้กุญแจกู้คืนแทน(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>แสดงสิ่งที่ฉันพิมพ์(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Check the vault</source>
        <translation>ตรวจสอบคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the vault header, the database, every stored media file and the custody log. Nothing is changed.</source>
        <translation>ตรวจสอบส่วนหัวของคลังนิรภัย ฐานข้อมูล ไฟล์สื่อทุกไฟล์ที่เก็บไว้ และบันทึกการครอบครองหลักฐาน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check now</source>
        <translation>ตรวจสอบเดี๋ยวนี้(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the vault</source>
        <translation>สำรองคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole vault to one encrypted file. The vault&apos;s passphrase or its recovery key opens it. Keep backups on another drive, away from this computer.</source>
        <translation>เขียนทั้งคลังนิรภัยลงในไฟล์ที่เข้ารหัสหนึ่งไฟล์ เปิดได้ด้วยวลีรหัสผ่านหรือกุญแจกู้คืนของคลังนิรภัย เก็บข้อมูลสำรองไว้ในไดรฟ์อื่น ห่างจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up</source>
        <translation>สำรอง(&amp;B)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Check a backup</source>
        <translation>ตรวจสอบข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written.</source>
        <translation>ถอดรหัสข้อมูลสำรองในหน่วยความจำ และเปรียบเทียบทุกไฟล์ในนั้นกับค่าตรวจสอบ ไม่มีการเขียนสิ่งใด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the backup</source>
        <translation>ตรวจสอบข้อมูลสำรอง(&amp;C)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores a backup into a new, empty folder. The vault open now is not touched.</source>
        <translation>กู้คืนข้อมูลสำรองไปยังโฟลเดอร์ใหม่ที่ว่างเปล่า คลังนิรภัยที่เปิดอยู่จะไม่ถูกแตะต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verify a bundle</source>
        <translation>ตรวจสอบชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks a dossier bundle as its recipient would: its files, their checksums and the signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only.</source>
        <translation>ตรวจสอบชุดเอกสารแบบที่ผู้รับจะทำ: ไฟล์ ค่าตรวจสอบ และลายเซ็น ไม่ต้องใช้คลังนิรภัย ชุดเอกสารที่เข้ารหัส (.age) จะถอดรหัสในหน่วยความจำเท่านั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>ตรวจสอบ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+128"/>
        <source>Export a case for a colleague</source>
        <translation>ส่งออกกรณีให้เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a complete copy of one case for a colleague&apos;s Evidence Vault, signed by this vault and encrypted to your colleague&apos;s age public key.</source>
        <translation>เขียนสำเนาที่สมบูรณ์ของกรณีหนึ่งสำหรับ Evidence Vault ของเพื่อนร่วมงาน ลงนามโดยคลังนิรภัยนี้ และเข้ารหัสด้วยกุญแจสาธารณะ age ของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the package</source>
        <translation>เขียนแพ็กเกจ(&amp;W)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import a colleague&apos;s package</source>
        <translation>นำเข้าแพ็กเกจจากเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges a case a colleague exported for you into this vault. The whole package is checked and you see what it would change before anything is imported; if anything is wrong, nothing is imported.</source>
        <translation>รวมคดีที่เพื่อนร่วมงานส่งออกให้คุณเข้าในคลังนี้ แพ็กเกจทั้งหมดจะถูกตรวจสอบ และคุณจะเห็นสิ่งที่จะเปลี่ยนแปลงก่อนนำเข้าสิ่งใด หากมีสิ่งใดผิดพลาด จะไม่มีการนำเข้าสิ่งใดเลย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>ดูตัวอย่าง(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="+29"/>
        <source>Evidence Vault recovery key</source>
        <translation>กุญแจกู้คืน Evidence Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this paper somewhere safe, away from the computer. With this key anyone can open the vault, and nobody can make a new one if it is lost.</source>
        <translation>เก็บกระดาษแผ่นนี้ไว้ในที่ปลอดภัย ห่างจากคอมพิวเตอร์ ใครก็ตามที่มีกุญแจนี้สามารถเปิดคลังนิรภัยได้ และหากทำหาย ไม่มีใครสร้างกุญแจใหม่ให้ได้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the recovery key</source>
        <translation>พิมพ์กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. Write the key down by hand.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีเครื่องพิมพ์ โปรดจดกุญแจด้วยมือ</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="+219"/>
        <source>The failed-unlock counter was set back: it read {read}, but the last unlock left it at {seen}. Someone may have tried passphrases on this vault and hidden it. If you did not expect this, change the passphrase.</source>
        <translation>ตัวนับการปลดล็อกที่ล้มเหลวถูกตั้งย้อนกลับ: อ่านได้ {read} แต่การปลดล็อกครั้งล่าสุดทิ้งไว้ที่ {seen} อาจมีคนลองวลีรหัสผ่านกับคลังนิรภัยนี้แล้วซ่อนร่องรอยไว้ หากคุณไม่ได้คาดว่าจะเป็นเช่นนี้ ให้เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts since the last unlock: {count}. If they were not yours, someone may have tried to guess your passphrase.</source>
        <translation>จำนวนครั้งที่ปลดล็อกล้มเหลวตั้งแต่การปลดล็อกครั้งล่าสุด: {count} หากไม่ใช่คุณ อาจมีคนพยายามเดาวลีรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts</source>
        <translation>การปลดล็อกที่ล้มเหลว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A re-key of this vault was interrupted and has now been completed: the old passphrase and the old recovery key no longer open it. Its new recovery key was never shown, so make one now with Vault &gt; New recovery key, and write it on paper.</source>
        <translation>การเปลี่ยนกุญแจของคลังนิรภัยนี้ถูกขัดจังหวะ และตอนนี้ได้ทำจนเสร็จแล้ว: วลีรหัสผ่านเก่าและกุญแจกู้คืนเก่าเปิดคลังนี้ไม่ได้อีก กุญแจกู้คืนใหม่ของมันไม่เคยถูกแสดง ดังนั้นโปรดสร้างใหม่ตอนนี้ทาง คลังนิรภัย &gt; กุญแจกู้คืนใหม่ และจดลงกระดาษ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A re-key of this vault was interrupted before it changed the vault and has been undone: the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to.</source>
        <translation>การเปลี่ยนกุญแจของคลังนิรภัยนี้ถูกขัดจังหวะก่อนที่จะเปลี่ยนคลัง และได้ถูกยกเลิกแล้ว: คลังนิรภัยยังใช้วลีรหัสผ่านและกุญแจกู้คืนเดิม หากต้องการ โปรดเปลี่ยนกุญแจอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted re-key</source>
        <translation>การเปลี่ยนกุญแจที่ถูกขัดจังหวะ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
</context>
<context>
    <name>AttachMediaDialog</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="+778"/>
        <source>Attach media</source>
        <translation>แนบสื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media of this case</source>
        <translation>สื่อของกรณีนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>แนบ(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose what to attach (Ctrl or Shift selects several):</source>
        <translation>เลือกสิ่งที่จะแนบ (กด Ctrl หรือ Shift เพื่อเลือกหลายรายการ)(&amp;C):</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../ui/media/player.py" line="+47"/>
        <source>Recording player</source>
        <translation>เครื่องเล่นเสียงบันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;y</source>
        <translation>เล่น(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the recording</source>
        <translation>เล่นเสียงบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the working copy (Alt+Y; Space while the player has focus)</source>
        <translation>เล่นสำเนาทำงาน (Alt+Y; กด Space เมื่อเครื่องเล่นได้รับโฟกัส)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paus&amp;e</source>
        <translation>หยุดชั่วคราว(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the recording</source>
        <translation>หยุดเสียงบันทึกชั่วคราว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Alt+E; Space while the player has focus)</source>
        <translation>หยุดชั่วคราว (Alt+E; กด Space เมื่อเครื่องเล่นได้รับโฟกัส)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording and go back to the start</source>
        <translation>หยุดเสียงบันทึกและกลับไปที่จุดเริ่มต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and go back to the start (the Stop media key works too)</source>
        <translation>หยุดและกลับไปที่จุดเริ่มต้น (ปุ่ม Stop ของสื่อก็ใช้ได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the recording</source>
        <translation>ตำแหน่งในเสียงบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end</source>
        <translation>ลูกศร: 1 วินาที, Page Up/Down: 10 วินาที, Home/End: จุดเริ่มต้น/จุดสิ้นสุด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time played and length of the recording</source>
        <translation>เวลาที่เล่นไปแล้วและความยาวของเสียงบันทึก</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Playback is unavailable on this computer: its multimedia libraries could not be loaded. The recording is kept safely in the vault.</source>
        <translation>เล่นไม่ได้บนคอมพิวเตอร์เครื่องนี้ เพราะโหลดไลบรารีมัลติมีเดียไม่ได้ เสียงบันทึกยังเก็บไว้อย่างปลอดภัยในคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The recording could not be played: {reason}</source>
        <translation>เล่นเสียงบันทึกไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-180"/>
        <source>Save the backup as</source>
        <translation>บันทึกข้อมูลสำรองเป็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file to write</source>
        <translation>ไฟล์ข้อมูลสำรองที่จะเขียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the backup as:</source>
        <translation>บันทึกข้อมูลสำรองเป็น(&amp;S):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to write the backup to (a new file).</source>
        <translation>เลือกไฟล์ที่จะเขียนข้อมูลสำรองลงไป (ไฟล์ใหม่)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the backup…</source>
        <translation>กำลังเขียนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to:
{path}
Size: {size}.

It is encrypted; the vault&apos;s passphrase or recovery key opens it. Check it now and then with Tools &gt; Check a backup…</source>
        <translation>เขียนข้อมูลสำรองไว้ที่:
{path}
ขนาด: {size}

ข้อมูลสำรองนี้ถูกเข้ารหัส เปิดได้ด้วยวลีรหัสผ่านหรือกุญแจกู้คืนของคลังนิรภัย ตรวจสอบเป็นระยะด้วย เครื่องมือ &gt; ตรวจสอบข้อมูลสำรอง…</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../ui/capture_guard.py" line="+57"/>
        <source>Not available on Linux: under X11 any program of your session can read this window, and Wayland offers no way for a window to refuse screen capture. Close other programs that record or share the screen.</source>
        <translation>ใช้ไม่ได้บน Linux: ภายใต้ X11 โปรแกรมใดก็ได้ในเซสชันของคุณอ่านหน้าต่างนี้ได้ และ Wayland ไม่มีวิธีให้หน้าต่างปฏิเสธการจับภาพหน้าจอ โปรดปิดโปรแกรมอื่นที่บันทึกหรือแชร์หน้าจอ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available on this system: screenshots and screen sharing can show this window.</source>
        <translation>ใช้ไม่ได้บนระบบนี้: ภาพหน้าจอและการแชร์หน้าจออาจแสดงหน้าต่างนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: Windows leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>เปิดอยู่: Windows ไม่แสดงหน้าต่างของแอปในภาพหน้าจอและการแชร์หน้าจอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: this Windows version shows the app&apos;s windows as black in screenshots and screen sharing.</source>
        <translation>เปิดอยู่: Windows รุ่นนี้แสดงหน้าต่างของแอปเป็นสีดำในภาพหน้าจอและการแชร์หน้าจอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: Windows refused to exclude the window from screen capture.</source>
        <translation>ใช้ไม่ได้: Windows ปฏิเสธการนำหน้าต่างออกจากการจับภาพหน้าจอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: macOS leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>เปิดอยู่: macOS ไม่แสดงหน้าต่างของแอปในภาพหน้าจอและการแชร์หน้าจอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: macOS did not let the window refuse screen capture.</source>
        <translation>ใช้ไม่ได้: macOS ไม่ยอมให้หน้าต่างปฏิเสธการจับภาพหน้าจอ</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="+175"/>
        <source>Change the passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key again. Your recovery key stays valid; keep the paper safe.</source>
        <translation>คุณเปิดคลังนิรภัยด้วยกุญแจกู้คืน โปรดตั้งวลีรหัสผ่านใหม่ตอนนี้ เพื่อจะได้ไม่ต้องใช้กุญแจนั้นอีก กุญแจกู้คืนยังใช้ได้ เก็บกระดาษไว้ให้ปลอดภัย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current passphrase, then the new one twice. Only the key that protects the vault is re-wrapped: this takes a second, and the recovery key stays valid.</source>
        <translation>พิมพ์วลีรหัสผ่านปัจจุบัน แล้วพิมพ์วลีรหัสผ่านใหม่สองครั้ง ระบบจะห่อหุ้มใหม่เฉพาะกุญแจที่ปกป้องคลังนิรภัย ใช้เวลาเพียงหนึ่งวินาที และกุญแจกู้คืนยังใช้ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the passphrase</source>
        <translation>กำลังเปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>นี่ไม่ใช่วลีรหัสผ่านปัจจุบัน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Checking the backup…</source>
        <translation>กำลังตรวจสอบข้อมูลสำรอง…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are media files).
Vault {vault}, backed up {created}.</source>
        <translation>ข้อมูลสำรองสมบูรณ์: ไฟล์ทั้ง {files} ไฟล์ตรงกับค่าตรวจสอบ (ในจำนวนนี้ {blobs} ไฟล์เป็นไฟล์สื่อ)
คลังนิรภัย {vault} สำรองเมื่อ {created}</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <location line="-154"/>
        <source>Checking every file of the vault… this can take a while.</source>
        <translation>กำลังตรวจสอบทุกไฟล์ของคลังนิรภัย… อาจใช้เวลาสักครู่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the vault passed every check ({checked}).</source>
        <translation>เรียบร้อยดี: คลังนิรภัยผ่านการตรวจสอบทุกข้อ ({checked})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found {n} problem(s), listed below. Do not change the files in the vault folder. Restore the vault from your latest backup (Tools &gt; Restore a backup…), or show this list to your technical contact.</source>
        <translation>การตรวจสอบพบปัญหา {n} รายการ ดังรายการด้านล่าง อย่าแก้ไขไฟล์ในโฟลเดอร์คลังนิรภัย ให้กู้คืนคลังนิรภัยจากข้อมูลสำรองล่าสุด (เครื่องมือ &gt; กู้คืนข้อมูลสำรอง…) หรือแสดงรายการนี้ให้ผู้ดูแลด้านเทคนิคของคุณดู</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../ui/labels.py" line="+13"/>
        <source>Phone numbers</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web addresses</source>
        <translation>ที่อยู่เว็บ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account numbers (IBAN)</source>
        <translation>เลขที่บัญชีธนาคาร (IBAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card numbers</source>
        <translation>หมายเลขบัตรชำระเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crypto wallet addresses</source>
        <translation>ที่อยู่กระเป๋าเงินคริปโต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport numbers</source>
        <translation>หมายเลขหนังสือเดินทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS coordinates</source>
        <translation>พิกัด GPS</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <location filename="../../ui/dossier_preview.py" line="+33"/>
        <source>Preview of the dossier</source>
        <translation>ตัวอย่างชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>กำลังวาดหน้า…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the pages</source>
        <translation>กำลังวาดหน้า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier pages</source>
        <translation>หน้าของชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {n} of {total}</source>
        <translation>หน้า {n} จาก {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n} of {total} pages, as the export will write them.</source>
        <translation>{n} หน้าแรกจาก {total} หน้า ตามที่การส่งออกจะเขียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} page(s), as the export will write them. Nothing has been saved yet.</source>
        <translation>{total} หน้า ตามที่การส่งออกจะเขียน ยังไม่มีการบันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+171"/>
        <source>Check before exporting (dry run)</source>
        <translation>ตรวจสอบก่อนส่งออก (ทดลองทำ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every redaction, every detail kept and everything left out. Nothing is written yet.</source>
        <translation>ทุกจุดที่ปกปิด ทุกรายละเอียดที่คงไว้ และทุกสิ่งที่ตัดออก ยังไม่มีการเขียนสิ่งใด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view the dossier pages…</source>
        <translation>ดูตัวอย่างหน้าชุดเอกสาร(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run progress</source>
        <translation>ความคืบหน้าของการทดลองทำ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: redactions and exclusions</source>
        <translation>ทดลองทำ: การปกปิดและการตัดออก</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the export in memory…</source>
        <translation>กำลังเตรียมการส่งออกในหน่วยความจำ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The leak gate found {n} problem(s): this export cannot go ahead. Correct the records listed (or mark the text as redacted), then start the export again.</source>
        <translation>ด่านตรวจการรั่วไหลพบปัญหา {n} รายการ จึงส่งออกครั้งนี้ไม่ได้ แก้ไขระเบียนที่แสดงไว้ (หรือทำเครื่องหมายข้อความว่าปกปิดแล้ว) แล้วเริ่มส่งออกใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leak gate problems ({n}):</source>
        <translation>ปัญหาจากด่านตรวจการรั่วไหล ({n}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leak gate passed: no protected name, contact or detail you did not allow is left in the dossier.</source>
        <translation>ผ่านด่านตรวจการรั่วไหลแล้ว: ไม่มีชื่อ ช่องทางติดต่อที่ได้รับการคุ้มครอง หรือรายละเอียดที่คุณไม่ได้อนุญาตเหลืออยู่ในชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dossier will hold: {contents}.</source>
        <translation>ชุดเอกสารจะประกอบด้วย: {contents}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muted in recordings ({n}):</source>
        <translation>ปิดเสียงในการบันทึกเสียง ({n}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown with less detail ({n}):</source>
        <translation>แสดงโดยมีรายละเอียดน้อยลง ({n}):</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Redactions ({n}):</source>
        <translation>การปกปิด ({n}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed and kept ({n}):</source>
        <translation>อนุญาตและคงไว้ ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out ({n}):</source>
        <translation>ตัดออก ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {w}</source>
        <translation>คำเตือน: {w}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../ui/duress.py" line="+48"/>
        <source>Duress passphrase</source>
        <translation>วลีรหัสผ่านยามถูกบังคับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock. It opens a decoy vault with harmless content and, at the same moment, destroys this vault for good: only a backup made before, opened with your real passphrase or the recovery key, brings it back.

Prepare the decoy first as a separate vault whose passphrase is the duress passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. Add harmless cases there, close that window, then set the duress passphrase here with that folder. It is packed into this vault and its folder is then wiped. Without a decoy folder the decoy is an empty vault.</source>
        <translation>วลีรหัสผ่านยามถูกบังคับคือวลีรหัสผ่านที่สองสำหรับเมื่อคุณถูกบังคับให้ปลดล็อก มันจะเปิดคลังนิรภัยหลอกที่มีเนื้อหาไม่เป็นอันตราย และในขณะเดียวกันจะทำลายคลังนี้อย่างถาวร: มีเพียงข้อมูลสำรองที่ทำไว้ก่อน ซึ่งเปิดด้วยวลีรหัสผ่านจริงของคุณหรือกุญแจกู้คืนเท่านั้นที่นำมันกลับมาได้

เตรียมคลังหลอกก่อนเป็นคลังนิรภัยแยกต่างหากที่ใช้วลีรหัสผ่านยามถูกบังคับเป็นวลีรหัสผ่าน: &quot;คลังหลอกใหม่…&quot; จะเปิดคลังหนึ่งในหน้าต่างที่สอง บนโฟลเดอร์ว่างที่คุณเลือก เพิ่มกรณีที่ไม่เป็นอันตรายที่นั่น ปิดหน้าต่างนั้น แล้วตั้งวลีรหัสผ่านยามถูกบังคับที่นี่พร้อมโฟลเดอร์นั้น มันจะถูกบรรจุเข้าในคลังนี้ แล้วโฟลเดอร์ของมันจะถูกลบทำลาย หากไม่มีโฟลเดอร์คลังหลอก คลังหลอกจะเป็นคลังนิรภัยว่างเปล่า</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy vault folder</source>
        <translation>โฟลเดอร์คลังนิรภัยหลอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an empty decoy vault</source>
        <translation>เว้นว่าง: คลังนิรภัยหลอกที่ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>เลือก(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New decoy vault…</source>
        <translation>คลังหลอกใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoy vault:</source>
        <translation>คลังนิรภัยหลอก(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the duress passphrase</source>
        <translation>กำลังตั้งวลีรหัสผ่านยามถูกบังคับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;et duress passphrase</source>
        <translation>ตั้งวลีรหัสผ่านยามถูกบังคับ(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move it</source>
        <translation>นำออก(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A duress passphrase is set. Setting a new one replaces it and its decoy.</source>
        <translation>ตั้งวลีรหัสผ่านยามถูกบังคับไว้แล้ว การตั้งใหม่จะแทนที่วลีเดิมและคลังหลอกของมัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No duress passphrase is set.</source>
        <translation>ยังไม่ได้ตั้งวลีรหัสผ่านยามถูกบังคับ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the decoy vault folder</source>
        <translation>เลือกโฟลเดอร์คลังนิรภัยหลอก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an empty folder for the decoy vault</source>
        <translation>เลือกโฟลเดอร์ว่างสำหรับคลังหลอก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder is not empty. Choose an empty folder for the decoy vault.</source>
        <translation>โฟลเดอร์นั้นไม่ว่าง โปรดเลือกโฟลเดอร์ว่างสำหรับคลังหลอก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second window could not be started.</source>
        <translation>ไม่สามารถเปิดหน้าต่างที่สองได้</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The duress passphrase is set.</source>
        <translation>ตั้งวลีรหัสผ่านยามถูกบังคับแล้ว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The duress passphrase was removed.</source>
        <translation>นำวลีรหัสผ่านยามถูกบังคับออกแล้ว</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>นี่ไม่ใช่วลีรหัสผ่านปัจจุบัน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+275"/>
        <source>Edit case</source>
        <translation>แก้ไขกรณี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>เก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <location line="+372"/>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location line="-192"/>
        <source>Edit person</source>
        <translation>แก้ไขบุคคล</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget every former name, phone number and e-mail kept for redaction: exports may then show them</source>
        <translation>ลืมชื่อเดิม หมายเลขโทรศัพท์ และอีเมลทั้งหมดที่เก็บไว้เพื่อการปกปิด(&amp;F): การส่งออกอาจแสดงข้อมูลเหล่านั้น</translation>
    </message>
</context>
<context>
    <name>EditSiteDialog</name>
    <message>
        <location line="+336"/>
        <source>Edit site</source>
        <translation>แก้ไขสถานที่</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+337"/>
        <source>Export a case</source>
        <translation>ส่งออกกรณี</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+211"/>
        <source>My transfer fingerprint</source>
        <translation>ลายนิ้วมือการโอนของฉัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault signs every package and bundle it exports with its own key. Read this fingerprint to your colleague by phone or in person; they compare it with the one their app shows when they import or verify what you sent.</source>
        <translation>คลังนิรภัยนี้ลงนามทุกแพ็กเกจและชุดเอกสารที่ส่งออกด้วยกุญแจของตนเอง อ่านลายนิ้วมือนี้ให้เพื่อนร่วมงานฟังทางโทรศัพท์หรือต่อหน้า เขาจะเปรียบเทียบกับลายนิ้วมือที่แอปของเขาแสดงเมื่อนำเข้าหรือตรวจสอบสิ่งที่คุณส่งไป</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key fingerprint</source>
        <translation>ลายนิ้วมือของกุญแจลงนาม</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+286"/>
        <source>Create an Evidence Vault</source>
        <translation>สร้าง Evidence Vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet. Create one: everything you record is encrypted with a key that only your passphrase (or the recovery key shown next) can unlock.</source>
        <translation>ยังไม่มีคลังนิรภัย โปรดสร้างขึ้น: ทุกสิ่งที่คุณบันทึกจะถูกเข้ารหัสด้วยกุญแจที่มีเพียงวลีรหัสผ่านของคุณ (หรือกุญแจกู้คืนที่จะแสดงถัดไป) เท่านั้นที่ปลดล็อกได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder: {folder}</source>
        <translation>โฟลเดอร์คลังนิรภัย: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change, e.g. initials</source>
        <translation>บันทึกไว้กับทุกการเปลี่ยนแปลง เช่น อักษรย่อ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault</source>
        <translation>กำลังสร้างคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>สร้างคลังนิรภัย(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;name:</source>
        <translation>ชื่อของคุณ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/media/canvas.py" line="+143"/>
        <source>Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, Esc cancels, Tab goes through the boxes, Delete removes the selected one.</source>
        <translation>แป้นพิมพ์: N กรอบใหม่, ลูกศรเลื่อน, Shift+ลูกศรปรับขนาด, Ctrl ก้าวใหญ่ขึ้น, Enter เพิ่ม, Esc ยกเลิก, Tab ไล่ไปตามกรอบ, Delete ลบกรอบที่เลือก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.</source>
        <translation>กรอบใหม่ที่ {x},{y} ขนาด {w}×{h} พิกเซล: Enter เพื่อเพิ่ม, Esc เพื่อยกเลิก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.</source>
        <translation>กรอบที่ {n} จาก {m} ที่ {x},{y} ขนาด {w}×{h} พิกเซล: ลูกศรเพื่อเลื่อน, Delete เพื่อลบ</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/media/importing.py" line="+50"/>
        <source>&amp;Import files…</source>
        <translation>นำเข้าไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or recordings to this case (you can also drop files here)</source>
        <translation>เพิ่มภาพถ่ายหรือเสียงบันทึกในกรณีนี้ (ลากไฟล์มาวางที่นี่ก็ได้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>ความคืบหน้าการนำเข้า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be imported</source>
        <translation>ไฟล์ที่นำเข้าไม่ได้</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing {n} file(s)…</source>
        <translation>กำลังนำเข้า {n} ไฟล์…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {done} of {total}…</source>
        <translation>นำเข้าแล้ว {done} จาก {total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current file…</source>
        <translation>จะหยุดหลังไฟล์ปัจจุบัน…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {n} file(s).</source>
        <translation>นำเข้าแล้ว {n} ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kept sealed only (not exportable).</source>
        <translation>{n} รายการเก็บแบบปิดผนึกเท่านั้น (ส่งออกไม่ได้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported; see the list below.</source>
        <translation>{n} รายการนำเข้าไม่ได้ ดูรายการด้านล่าง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: {n} file(s) were not imported.</source>
        <translation>ยกเลิกการนำเข้า: {n} ไฟล์ไม่ได้นำเข้า</translation>
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
        <translation>ถอดความจากการบันทึกเสียง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect it</source>
        <translation>ตรวจหาอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language spoken:</source>
        <translation>ภาษาที่พูด:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft: check it against the recording.</source>
        <translation>เสียงพูดถูกรู้จำบนคอมพิวเตอร์เครื่องนี้ ไม่มีสิ่งใดถูกส่งออกไป ข้อความถอดความเป็นเพียงฉบับร่าง: โปรดตรวจทานกับการบันทึกเสียง</translation>
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
        <translation>กรณี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ases</source>
        <translation>กรณี(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonies</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody log</source>
        <translation>บันทึกการครอบครองหลักฐาน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case records</source>
        <translation>ระเบียนของกรณี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Testimonies</source>
        <translation>คำให้การ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>บุคคล(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>บันทึก(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>สถานที่(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody log</source>
        <translation>บันทึกการครอบครองหลักฐาน(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Media</source>
        <translation>สื่อ(&amp;M)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New &amp;case…</source>
        <translation>กรณีใหม่(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a case</source>
        <translation>สร้างกรณี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person…</source>
        <translation>บุคคลใหม่(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;testimony…</source>
        <translation>คำให้การใหม่(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a testimony</source>
        <translation>บันทึกคำให้การ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note…</source>
        <translation>บันทึกใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note</source>
        <translation>เขียนบันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;site…</source>
        <translation>สถานที่ใหม่(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a site</source>
        <translation>เพิ่มสถานที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open testimony</source>
        <translation>เปิดคำให้การ(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected testimony in the editor</source>
        <translation>เปิดคำให้การที่เลือกในตัวแก้ไข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected record (or the case, from the case list)</source>
        <translation>เปลี่ยนระเบียนที่เลือก (หรือกรณี จากรายการกรณี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected record (asks you to confirm)</source>
        <translation>ลบระเบียนที่เลือก (จะขอให้คุณยืนยัน)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>ค้นหา(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the whole vault</source>
        <translation>ค้นหาทั้งคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>ล็อกเดี๋ยวนี้(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault: close it and ask for the passphrase again</source>
        <translation>ล็อกคลังนิรภัย: ปิดคลังและขอวลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>การตั้งค่า(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new passphrase for this vault (asks for the current one)</source>
        <translation>ตั้งวลีรหัสผ่านใหม่ให้คลังนิรภัยนี้ (จะขอวลีรหัสผ่านปัจจุบัน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-key vault…</source>
        <translation>เปลี่ยนกุญแจคลังนิรภัย(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for the whole vault: old copies of it stop opening (new recovery key)</source>
        <translation>กุญแจใหม่สำหรับทั้งคลังนิรภัย: สำเนาเก่าของคลังจะเปิดไม่ได้อีก (กุญแจกู้คืนใหม่)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New re&amp;covery key…</source>
        <translation>กุญแจกู้คืนใหม่(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a new recovery key once; the old one stops opening the vault</source>
        <translation>แสดงกุญแจกู้คืนใหม่หนึ่งครั้ง กุญแจเดิมจะเปิดคลังนิรภัยไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import media…</source>
        <translation>นำเข้าสื่อ(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos or recordings into the current case</source>
        <translation>นำเข้าภาพถ่ายหรือเสียงบันทึกเข้าสู่กรณีปัจจุบัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>ส่งออกกรณี(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted, signed bundle of a case</source>
        <translation>ส่งออกชุดเอกสารของกรณีที่ปกปิดข้อมูลและลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe vault…</source>
        <translation>ลบทำลายคลังนิรภัย(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy the vault for good (asks you to confirm)</source>
        <translation>ทำลายคลังนิรภัยอย่างถาวร (จะขอให้คุณยืนยัน)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick e&amp;xit</source>
        <translation>ออกด่วน(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault and close every window at once</source>
        <translation>ล็อกคลังนิรภัยและปิดทุกหน้าต่างทันที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>คลังนิรภัย(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Records</source>
        <translation>ระเบียน(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>ค้นหา(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ools</source>
        <translation>เครื่องมือ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Evidence Vault</source>
        <translation>เกี่ยวกับ Evidence Vault(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locks after {n} min without use</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งาน {n} นาที</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no cases yet. Create one with New case (Ctrl+N).</source>
        <translation>ยังไม่มีกรณี สร้างได้ด้วย กรณีใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Case created.</source>
        <translation>สร้างกรณีแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person added.</source>
        <translation>เพิ่มบุคคลแล้ว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testimony saved.</source>
        <translation>บันทึกคำให้การแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Note saved.</source>
        <translation>บันทึกบันทึกแล้ว</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Site saved.</source>
        <translation>บันทึกสถานที่แล้ว</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first.</source>
        <translation>เลือกแถวในรายการคำให้การ บุคคล บันทึก หรือสถานที่ หรือเลือกกรณีในรายการกรณีก่อน</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Case saved.</source>
        <translation>บันทึกกรณีแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person saved.</source>
        <translation>บันทึกบุคคลแล้ว</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wait for the import to finish, then delete.</source>
        <translation>รอให้นำเข้าเสร็จก่อน แล้วจึงลบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete yet</source>
        <translation>ยังลบไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete case?</source>
        <translation>ลบกรณี?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete person?</source>
        <translation>ลบบุคคล?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete testimony?</source>
        <translation>ลบคำให้การ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note?</source>
        <translation>ลบบันทึก?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site?</source>
        <translation>ลบสถานที่?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. The custody log keeps an entry that says it was deleted, when and by whom.</source>
        <translation>ย้อนกลับไม่ได้ บันทึกการครอบครองหลักฐานจะเก็บรายการที่ระบุว่าถูกลบ เมื่อใด และโดยใคร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the case “{title}”?</source>
        <translation>ลบกรณี “{title}” ?</translation>
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
        <translation>บุคคลนี้จะถูกลบออกจากทั้งคลังนิรภัย ไม่ใช่เฉพาะจากกรณีนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their names, phone numbers and e-mails stay in the redaction set: exports keep replacing them with the pseudonym where other records mention them.</source>
        <translation>ชื่อ หมายเลขโทรศัพท์ และอีเมลของพวกเขายังอยู่ในชุดการปกปิด: การส่งออกจะยังแทนที่ด้วยนามแฝงในที่ที่ระเบียนอื่นกล่าวถึง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the person {name}?</source>
        <translation>ลบบุคคล {name} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the testimony of {person} ({date})?</source>
        <translation>ลบคำให้การของ {person} ({date}) ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its earlier revisions are deleted with it; attached media stay in the case.</source>
        <translation>ฉบับแก้ไขก่อนหน้าจะถูกลบไปด้วย สื่อที่แนบไว้ยังอยู่ในกรณี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the note “{text}”?</source>
        <translation>ลบบันทึก “{text}” ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “{name}”?</source>
        <translation>ลบสถานที่ “{name}” ?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case deleted.</source>
        <translation>ลบกรณีแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted.</source>
        <translation>ลบบุคคลแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony deleted.</source>
        <translation>ลบคำให้การแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted.</source>
        <translation>ลบบันทึกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site deleted.</source>
        <translation>ลบสถานที่แล้ว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or choose a case first.</source>
        <translation>สร้างหรือเลือกกรณีก่อน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no case to export yet.</source>
        <translation>ยังไม่มีกรณีที่จะส่งออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the import to finish, then export.</source>
        <translation>รอให้นำเข้าเสร็จก่อน แล้วจึงส่งออก</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt with an underlined letter reaches every field and button.</source>
        <translation>Alt กับตัวอักษรที่ขีดเส้นใต้จะไปยังทุกช่องและทุกปุ่ม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Evidence Vault</source>
        <translation>เกี่ยวกับ Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence Vault {version}

An encrypted, offline archive for testimonies, photos, recordings and source notes, with redacted, signed dossiers to share. Nothing leaves this computer unless you export it.</source>
        <translation>Evidence Vault {version}

คลังเอกสารที่เข้ารหัสและทำงานแบบออฟไลน์ สำหรับคำให้การ รูปภาพ เสียงบันทึก และบันทึกแหล่งข่าว พร้อมชุดเอกสารที่ปกปิดและลงนามแล้วสำหรับแบ่งปัน ไม่มีสิ่งใดออกจากคอมพิวเตอร์เครื่องนี้ เว้นแต่คุณจะส่งออก</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Search words</source>
        <translation>คำค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the whole vault</source>
        <translation>คำที่จะค้นหาในทั้งคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>ค้นหา(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a word to search for.</source>
        <translation>พิมพ์คำที่จะค้นหา</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: {n}. Press Enter on a result to go to it.</source>
        <translation>พบ: {n} กด Enter ที่ผลลัพธ์เพื่อไปยังรายการนั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>ไม่พบสิ่งใด</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person is not linked to any case yet.</source>
        <translation>บุคคลนี้ยังไม่ได้เชื่อมโยงกับกรณีใด</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+186"/>
        <source>Descri&amp;be…</source>
        <translation>อธิบาย(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption, date taken, place and tags</source>
        <translation>คำบรรยาย วันที่ถ่าย สถานที่ และแท็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save c&amp;lean copy…</source>
        <translation>บันทึกสำเนาสะอาด(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted working copy (no metadata, with its redactions) to a file you choose</source>
        <translation>เขียนสำเนาทำงานที่ถอดรหัสแล้ว (ไม่มีเมทาดาทา พร้อมการปกปิด) ลงในไฟล์ที่คุณเลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ori&amp;ginal…</source>
        <translation>บันทึกต้นฉบับ(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted original, with all its metadata, to a file you choose</source>
        <translation>เขียนต้นฉบับที่ถอดรหัสแล้ว พร้อมเมทาดาทาทั้งหมด ลงในไฟล์ที่คุณเลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;keys…</source>
        <translation>กุญแจกู้คืน(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to decrypt this item&apos;s files with the standard age tool</source>
        <translation>แสดงวิธีถอดรหัสไฟล์ของรายการนี้ด้วยเครื่องมือ age มาตรฐาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item…</source>
        <translation>ลบรายการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this media item</source>
        <translation>ลบรายการสื่อนี้</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the original as</source>
        <translation>บันทึกต้นฉบับเป็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the clean copy as</source>
        <translation>บันทึกสำเนาสะอาดเป็น</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original?</source>
        <translation>บันทึกต้นฉบับ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original still carries everything listed as risky (position, camera serial, owner…). Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never share it. Saving is recorded in the custody log.</source>
        <translation>ต้นฉบับยังมีทุกสิ่งที่ระบุว่ามีความเสี่ยง (ตำแหน่ง หมายเลขเครื่องกล้อง เจ้าของ…) เมื่อบันทึกแล้วจะเป็นไฟล์ธรรมดาที่ไม่เข้ารหัส เก็บไว้ในไดรฟ์ที่เข้ารหัสเท่านั้น และห้ามแชร์ การบันทึกจะถูกบันทึกในบันทึกการครอบครองหลักฐาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save…</source>
        <translation>เลือกที่จะบันทึก…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete media item</source>
        <translation>ลบรายการสื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}” with its original and every working copy? This cannot be undone: the keys of its files are destroyed. The custody log keeps an entry saying it was deleted, when and by whom.</source>
        <translation>ลบ “{name}” พร้อมต้นฉบับและสำเนาทำงานทุกฉบับ? ย้อนกลับไม่ได้: กุญแจของไฟล์จะถูกทำลาย บันทึกการครอบครองหลักฐานจะเก็บรายการที่ระบุว่าถูกลบ เมื่อใด และโดยใคร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
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
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>หมายเลขเครื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>ซอฟต์แวร์</translation>
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
        <translation>บันทึกของผู้ผลิต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded thumbnail</source>
        <translation>ภาพย่อที่ฝังไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour profile</source>
        <translation>โปรไฟล์สี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden trailing data</source>
        <translation>ข้อมูลซ่อนท้ายไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>โครงสร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the original file carried, hashes and versions</source>
        <translation>สิ่งที่ไฟล์ต้นฉบับมีอยู่ ค่าแฮช และเวอร์ชัน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>risky</source>
        <translation>มีความเสี่ยง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name} ({type}{size})</source>
        <translation>ไฟล์: {name} ({type}{size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>วันที่ถ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The original carried {n} risky item(s); they are NOT in the working copy:</source>
        <translation>ต้นฉบับมี {n} รายการที่มีความเสี่ยง ซึ่งไม่มีอยู่ในสำเนาทำงาน:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No identifying metadata was found in the original.</source>
        <translation>ไม่พบเมทาดาทาที่ระบุตัวตนได้ในต้นฉบับ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original SHA-256: {sha} ({size} bytes)</source>
        <translation>SHA-256 ของต้นฉบับ: {sha} ({size} ไบต์)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working copy: only the sealed original exists.</source>
        <translation>ไม่มีสำเนาทำงาน: มีเพียงต้นฉบับที่ปิดผนึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}</source>
        <translation>สำเนาทำงาน v{n}: SHA-256 {sha} ({size} ไบต์), {when}</translation>
    </message>
</context>
<context>
    <name>MediaInfoDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="-277"/>
        <source>Media details</source>
        <translation>รายละเอียดสื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD หรือเว้นว่างถ้าไม่ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>วันที่ถ่าย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions and places are searchable in the vault and are redacted like any text when the case is exported.</source>
        <translation>ค้นหาคำบรรยายและสถานที่ได้ในคลังนิรภัย และจะถูกปกปิดเหมือนข้อความอื่นเมื่อส่งออกกรณี</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>คำบรรยาย(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date taken:</source>
        <translation>วันที่ถ่าย(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>สถานที่(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>แท็ก(&amp;T):</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../ui/media/model.py" line="+70"/>
        <source>Not exportable: {reason}</source>
        <translation>ส่งออกไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../ui/media/tab.py" line="+83"/>
        <source>Media of the case</source>
        <translation>สื่อของกรณี</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record intervie&amp;w…</source>
        <translation>บันทึกการสัมภาษณ์(&amp;W)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved a decrypted copy to {path}.</source>
        <translation>บันทึกสำเนาที่ถอดรหัสแล้วไว้ที่ {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare and redact</source>
        <translation>เปรียบเทียบและปกปิด(&amp;C)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Record from the microphone straight into the vault (no file is written)</source>
        <translation>บันทึกจากไมโครโฟนลงคลังนิรภัยโดยตรง (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Details</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No photos or recordings yet. Use Import files or drop files here.</source>
        <translation>ยังไม่มีภาพถ่ายหรือเสียงบันทึก ใช้ นำเข้าไฟล์ หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import files into the case</source>
        <translation>นำเข้าไฟล์เข้าสู่กรณี</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not exportable: {reason}. The original is kept sealed in the vault and is never included in an export.</source>
        <translation>ส่งออกไม่ได้: {reason} ต้นฉบับเก็บแบบปิดผนึกในคลังนิรภัยและจะไม่รวมอยู่ในการส่งออกเด็ดขาด</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved working copy v{n}. The original and earlier versions are kept.</source>
        <translation>บันทึกสำเนาทำงาน v{n} แล้ว ต้นฉบับและเวอร์ชันก่อนหน้ายังเก็บไว้</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-558"/>
        <source>New case</source>
        <translation>กรณีใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>ชื่อกรณี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ชื่อเรื่อง(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>คำอธิบาย(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>แท็ก(&amp;A):</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <location line="+362"/>
        <source>New note</source>
        <translation>บันทึกใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate: never included in exports</source>
        <translation>ส่วนตัว: ไม่รวมในการส่งออกเด็ดขาด(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>กรณี(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>เกี่ยวกับ(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>บันทึก(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>แท็ก(&amp;G):</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="-189"/>
        <source>New passphrase</source>
        <translation>วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านซ้ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>แสดงสิ่งที่ฉันพิมพ์(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>ความแข็งแรงของวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {n} characters. A sentence of four or more unusual words is strong and easy to remember. Nobody can reset a forgotten passphrase.</source>
        <translation>ใช้อย่างน้อย {n} ตัวอักษร ประโยคที่มีคำแปลก ๆ สี่คำขึ้นไปทั้งแข็งแรงและจำง่าย ไม่มีใครรีเซ็ตวลีรหัสผ่านที่ลืมได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;passphrase:</source>
        <translation>วลีรหัสผ่านใหม่(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>พิมพ์วลีรหัสผ่านซ้ำ(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>ความแข็งแรง:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too short: at least {n} characters ({missing} more).</source>
        <translation>สั้นเกินไป: อย่างน้อย {n} ตัวอักษร (ขาดอีก {missing} ตัว)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak</source>
        <translation>อ่อน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>พอใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>ดี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>แข็งแรง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very weak</source>
        <translation>อ่อนมาก</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-321"/>
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ชื่อเต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>separated by commas</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Transliterations</source>
        <translation>การถอดอักษร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name in other scripts, separated by commas</source>
        <translation>ชื่อในอักษรอื่น คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>แหล่งข่าว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>ผู้ถูกกล่าวหาว่ากระทำผิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>เจ้าหน้าที่รัฐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protected: use the pseudonym everywhere outside this vault</source>
        <translation>คุ้มครอง: ใช้นามแฝงทุกที่นอกคลังนิรภัยนี้(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not protected: exports will show this person&apos;s real name and other names.</source>
        <translation>ไม่คุ้มครอง: การส่งออกจะแสดงชื่อจริงและชื่ออื่นของบุคคลนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>leave empty for a suggestion, e.g. {example}</source>
        <translation>เว้นว่างไว้เพื่อรับคำแนะนำ เช่น {example}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Nationality</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>ให้แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>จำกัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>ถอนแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent scope</source>
        <translation>ขอบเขตความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the person agreed to, e.g. quotes, no photos</source>
        <translation>สิ่งที่บุคคลนั้นยินยอม เช่น อ้างคำพูดได้ ห้ามถ่ายภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full na&amp;me:</source>
        <translation>ชื่อเต็ม(&amp;M):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ca&amp;se:</source>
        <translation>กรณี(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>แท็ก(&amp;G):</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no case)</source>
        <translation>(ไม่มีกรณี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the person</source>
        <translation>บันทึกเกี่ยวกับบุคคลนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other names:</source>
        <translation>ชื่ออื่น(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ansliterations:</source>
        <translation>การถอดอักษร(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>บทบาท(&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>นามแฝง(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nat&amp;ionality:</source>
        <translation>สัญชาติ(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone numbers:</source>
        <translation>หมายเลขโทรศัพท์(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>ความยินยอม(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent s&amp;cope:</source>
        <translation>ขอบเขตความยินยอม(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>วันที่ให้ความยินยอม(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>ความเสี่ยง(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>บันทึก(&amp;T):</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <location line="+313"/>
        <source>New site</source>
        <translation>สถานที่ใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>ชื่อสถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11.5564 (optional)</source>
        <translation>เช่น 11.5564 (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 104.9282 (optional)</source>
        <translation>เช่น 104.9282 (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ensitive: the location could endanger someone</source>
        <translation>อ่อนไหว: ตำแหน่งนี้อาจเป็นอันตรายต่อผู้อื่น(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>กรณี(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>เมือง(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>จังหวัด(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>ละติจูด(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>ลองจิจูด(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>แท็ก(&amp;G):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The latitude must be a number like 11.5564.</source>
        <translation>ละติจูดต้องเป็นตัวเลข เช่น 11.5564</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longitude must be a number like 104.9282.</source>
        <translation>ลองจิจูดต้องเป็นตัวเลข เช่น 104.9282</translation>
    </message>
</context>
<context>
    <name>NewTestimonyDialog</name>
    <message>
        <location line="-204"/>
        <source>New testimony</source>
        <translation>คำให้การใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview date</source>
        <translation>วันที่สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the interview</source>
        <translation>สถานที่สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>ผู้สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>บันทึกถอดความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>กรณี(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>บุคคล(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>สถานที่(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviewer:</source>
        <translation>ผู้สัมภาษณ์(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inte&amp;rpreter:</source>
        <translation>ล่าม(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcript:</source>
        <translation>บันทึกถอดความ(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose who gave the testimony (add them first with New person).</source>
        <translation>เลือกผู้ให้คำให้การ (เพิ่มบุคคลก่อนด้วย บุคคลใหม่)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="-541"/>
        <source>What to export</source>
        <translation>สิ่งที่จะส่งออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the case. Everything that could identify someone is redacted unless you allow it below.</source>
        <translation>เลือกกรณี ทุกสิ่งที่อาจระบุตัวบุคคลได้จะถูกปกปิด เว้นแต่คุณอนุญาตไว้ด้านล่าง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case to export</source>
        <translation>กรณีที่จะส่งออก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these details (they are redacted when unticked)</source>
        <translation>คงรายละเอียดเหล่านี้ไว้ (จะถูกปกปิดเมื่อไม่ได้เลือก)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number regions</source>
        <translation>ภูมิภาคของหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country codes whose phone numbers are looked for, e.g. KH, TH, CN</source>
        <translation>รหัสประเทศที่จะค้นหาหมายเลขโทรศัพท์ เช่น KH, TH, CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include recor&amp;dings (voices can identify people)</source>
        <translation>รวมเสียงบันทึก (เสียงพูดระบุตัวบุคคลได้)(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disguise the &amp;voices in the recordings</source>
        <translation>อำพรางเสียงพูดในเสียงบันทึก(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an expert or a speaker-recognition system: the method is published and partly reversible, and the words, accent and background still identify people. Listen to every recording before you send it.</source>
        <translation>การอำพรางเสียงจะเปลี่ยนระดับเสียงและฟอร์แมนต์ของเสียงพูดทุกเสียง (McAdams) แต่หลอกผู้เชี่ยวชาญหรือระบบจดจำผู้พูดไม่ได้ วิธีนี้เผยแพร่เป็นสาธารณะและย้อนกลับได้บางส่วน และถ้อยคำ สำเนียง และเสียงพื้นหลังยังคงระบุตัวบุคคลได้ โปรดฟังเสียงบันทึกทุกรายการก่อนส่ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>รูปแบบการส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier bundle: signed, with PDF, HTML and files</source>
        <translation>ชุดเอกสาร: ลงนามแล้ว มี PDF, HTML และไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FollowTheMoney entities (for Aleph and the ftm tools)</source>
        <translation>เอนทิตี FollowTheMoney (สำหรับ Aleph และเครื่องมือ ftm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV import (a zip with import.csv and the files)</source>
        <translation>การนำเข้า CSV ของ Uwazi (zip ที่มี import.csv และไฟล์)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>กรณี(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>รูปแบบ(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>ภูมิภาคโทรศัพท์(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation (optional):</source>
        <translation>องค์กร (ไม่บังคับ)(&amp;O):</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/tool_base.py" line="-41"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for: {what}</source>
        <translation>เรียกดู: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the file picker (F4 in the field)</source>
        <translation>เลือกด้วยตัวเลือกไฟล์ (กด F4 ในช่อง)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../ui/media/review.py" line="+67"/>
        <source>Original, as imported</source>
        <translation>ต้นฉบับ ตามที่นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy: drag, or press N, to draw a redaction box</source>
        <translation>สำเนาทำงาน: ลาก หรือกด N เพื่อวาดกรอบปกปิด</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working copy (drag, or press N, to draw boxes)</source>
        <translation>สำเนาทำงาน (ลาก หรือกด N เพื่อวาดกรอบ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;ggest faces</source>
        <translation>แนะนำใบหน้า(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read te&amp;xt</source>
        <translation>อ่านข้อความ(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the text in the working copy (OCR, kept encrypted and searchable); a protected person&apos;s name, a phone or an e-mail found in it becomes a suggestion you review</source>
        <translation>อ่านข้อความในสำเนาทำงาน (OCR เก็บแบบเข้ารหัสและค้นหาได้) ชื่อ เบอร์โทรศัพท์ หรืออีเมลของบุคคลที่ได้รับการคุ้มครองที่พบในนั้นจะกลายเป็นข้อเสนอแนะให้คุณตรวจทาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acc&amp;ept</source>
        <translation>ยอมรับ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact the selected suggestion</source>
        <translation>ปิดทับข้อเสนอแนะที่เลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not redact the selected suggestion</source>
        <translation>ไม่ปิดทับข้อเสนอแนะที่เลือก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appl&amp;y redaction</source>
        <translation>ใช้การปกปิด(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested boxes: faces and text</source>
        <translation>กรอบที่แนะนำ: ใบหน้าและข้อความ</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).</source>
        <translation>กรอบที่จะฝังลงภาพ: วาด {n} ใบหน้าที่ยอมรับ {m} กรอบข้อความที่ยอมรับ {t}</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}</source>
        <translation>ข้อความ {n} ({kind}) ที่ {x},{y} ({w}×{h}): {state}</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Original (sealed, never exported)</source>
        <translation>ต้นฉบับ (ปิดผนึก ไม่ส่งออกเด็ดขาด)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look for faces in the working copy; you review each suggestion</source>
        <translation>ค้นหาใบหน้าในสำเนาทำงาน คุณตรวจดูแต่ละข้อเสนอเอง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ject</source>
        <translation>ปฏิเสธ(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear boxes</source>
        <translation>ล้างกรอบ(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into a new working copy; the original is kept</source>
        <translation>ประทับกรอบลงในสำเนาทำงานฉบับใหม่ ต้นฉบับยังคงเก็บไว้</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No picture for this kind of file.</source>
        <translation>ไม่มีภาพสำหรับไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The original could not be shown.</source>
        <translation>แสดงต้นฉบับไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no working copy to show.</source>
        <translation>ไม่มีสำเนาทำงานที่จะแสดง</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Burning {n} box(es) into a new working copy…</source>
        <translation>กำลังประทับ {n} กรอบลงในสำเนาทำงานฉบับใหม่…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for faces… this can take a few seconds.</source>
        <translation>กำลังค้นหาใบหน้า… อาจใช้เวลาสองสามวินาที</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Face detection misses faces: look at the picture yourself.</source>
        <translation>ไม่พบใบหน้า การตรวจจับใบหน้าอาจพลาดได้ โปรดดูภาพด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the text in the picture… this can take a few seconds.</source>
        <translation>กำลังอ่านข้อความในภาพ… อาจใช้เวลาสักครู่</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads text: look at the picture yourself.</source>
        <translation>อ่านได้ {w} คำ แนะนำ {n} กรอบเหนือข้อความที่ควรปิดทับ OCR อาจอ่านพลาดหรืออ่านผิด โปรดดูภาพด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>to review</source>
        <translation>รอตรวจดู</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be redacted</source>
        <translation>จะถูกปกปิด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person</source>
        <translation>บุคคลที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport</source>
        <translation>หนังสือเดินทาง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face {n} at {x},{y} ({w}×{h}): {state}</source>
        <translation>ใบหน้า {n} ที่ {x},{y} ({w}×{h}): {state}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+253"/>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>ล็อกหลังไม่ได้ใช้งานกี่นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>ล็อกเมื่อย่อหน้าต่าง(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when the scree&amp;n locks or the computer sleeps</source>
        <translation>ล็อกเมื่อหน้าจอล็อกหรือคอมพิวเตอร์เข้าสู่โหมดพัก(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author name</source>
        <translation>ชื่อผู้บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the custody log of everything you record; kept in the vault</source>
        <translation>เขียนลงในบันทึกการครอบครองหลักฐานของทุกสิ่งที่คุณบันทึก เก็บไว้ในคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wipe the vault after failed unlocks</source>
        <translation>ลบทำลายคลังนิรภัยหลังปลดล็อกไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>ไม่เลย</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>หลังปลดล็อกไม่สำเร็จ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is wiped without asking; only a backup or the paper recovery key brings it back. This does not stop someone who copied the vault first.</source>
        <translation>คลังนิรภัยจะถูกลบทำลายโดยไม่ถาม มีเพียงข้อมูลสำรองหรือกุญแจกู้คืนแบบกระดาษเท่านั้นที่นำกลับมาได้ วิธีนี้ไม่หยุดผู้ที่คัดลอกคลังนิรภัยไปก่อนแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duress passphrase…</source>
        <translation>วลีรหัสผ่านยามถูกบังคับ(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)</source>
        <translation>วลีรหัสผ่านที่สองซึ่งเปิดคลังนิรภัยหลอกและทำลายคลังนี้ (จะถามวลีรหัสผ่านของคุณ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number regions</source>
        <translation>ภูมิภาคของหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country codes, e.g. KH, TH, CN</source>
        <translation>รหัสประเทศสองตัวอักษร เช่น KH, TH, CN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used after the app is restarted.</source>
        <translation>ภาษาใหม่จะใช้หลังจากเริ่มแอปใหม่</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock after:</source>
        <translation>ล็อกหลังจาก(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>ผู้บันทึก(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe vault:</source>
        <translation>ลบทำลายคลังนิรภัย(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under duress:</source>
        <translation>ยามถูกบังคับ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports keep by default:</source>
        <translation>ค่าเริ่มต้นของการส่งออกจะคงไว้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>ภูมิภาคโทรศัพท์(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen capture:</source>
        <translation>การจับภาพหน้าจอ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>ภาษา(&amp;G):</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+223"/>
        <source>Recipients and file</source>
        <translation>ผู้รับและไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the recipients&apos; public keys, one per line: age keys (age1…) or SSH keys (ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them.</source>
        <translation>ไม่บังคับ: กุญแจสาธารณะของผู้รับ บรรทัดละหนึ่งกุญแจ: กุญแจ age (age1…) หรือกุญแจ SSH (ssh-ed25519 …, ssh-rsa …) แล้วชุดเอกสารจะถูกเข้ารหัสให้ผู้รับเหล่านั้น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients, one age or SSH public key per line</source>
        <translation>ผู้รับ กุญแจสาธารณะ age หรือ SSH บรรทัดละหนึ่งกุญแจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>ไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipients:</source>
        <translation>ผู้รับ(&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as:</source>
        <translation>บันทึกเป็น(&amp;S):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the export as</source>
        <translation>บันทึกการส่งออกเป็น</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipients: {message}</source>
        <translation>ผู้รับ: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file name holds a protected person&apos;s name or contact, or a sensitive site&apos;s name: the dossier hides it, so its file name must not show it. Choose another name.</source>
        <translation>ชื่อไฟล์มีชื่อหรือช่องทางติดต่อของบุคคลที่ได้รับการคุ้มครอง หรือชื่อสถานที่อ่อนไหว: ชุดเอกสารปกปิดสิ่งนี้ ชื่อไฟล์จึงต้องไม่แสดงมัน โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} มีอยู่แล้ว โปรดเลือกชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>ไม่มีโฟลเดอร์ {folder} โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-785"/>
        <source>Discard what you typed?</source>
        <translation>ทิ้งสิ่งที่คุณพิมพ์ไว้หรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved. Discard it?</source>
        <translation>สิ่งที่คุณพิมพ์ที่นี่ยังไม่ได้บันทึก ต้องการทิ้งหรือไม่?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody in particular)</source>
        <translation>(ไม่เจาะจงบุคคล)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the case first (create one with New case).</source>
        <translation>เลือกกรณีก่อน (สร้างด้วย กรณีใหม่)</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/recorder.py" line="+102"/>
        <source>Record an interview</source>
        <translation>บันทึกการสัมภาษณ์</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none: keep it with the case only)</source>
        <translation>(ไม่มี: เก็บไว้กับกรณีเท่านั้น)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input level</source>
        <translation>ระดับเสียงเข้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready. Nothing is recorded until you press Record.</source>
        <translation>พร้อมแล้ว จะไม่มีการบันทึกจนกว่าคุณจะกด บันทึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>บันทึก(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>&amp;Pause</source>
        <translation>หยุดชั่วคราว(&amp;P)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and save</source>
        <translation>หยุดและเก็บลงคลัง(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens here (optional)</source>
        <translation>เกิดอะไรขึ้นตรงนี้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;marker</source>
        <translation>เพิ่มเครื่องหมาย(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this moment of the recording, with the label typed beside it</source>
        <translation>ทำเครื่องหมายช่วงเวลานี้ของการบันทึก พร้อมป้ายที่พิมพ์ไว้ข้าง ๆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers (double-click to change a label)</source>
        <translation>เครื่องหมาย (ดับเบิลคลิกเพื่อเปลี่ยนป้าย)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttach to testimony:</source>
        <translation>แนบกับคำให้การ(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>ระดับ:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Res&amp;ume</source>
        <translation>ทำต่อ(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recording reached its size limit and was stopped.</source>
        <translation>การบันทึกถึงขีดจำกัดขนาดแล้วและถูกหยุด</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No microphone that records 16-bit sound was found.</source>
        <translation>ไม่พบไมโครโฟนที่บันทึกเสียง 16 บิตได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened.</source>
        <translation>ไม่สามารถเปิดไมโครโฟนได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Recording into the vault. No file is written.</source>
        <translation>กำลังบันทึกลงคลังนิรภัย ไม่มีการเขียนไฟล์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: the pause is not part of the recording.</source>
        <translation>หยุดชั่วคราว: ช่วงที่หยุดไม่รวมอยู่ในการบันทึก</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saving the recording into the vault…</source>
        <translation>กำลังเก็บการบันทึกเสียงลงคลังนิรภัย…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in the vault: {name} (SHA-256 {sha}…).</source>
        <translation>เก็บลงคลังนิรภัยแล้ว: {name} (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording could not be saved: {error}</source>
        <translation>ไม่สามารถเก็บการบันทึกเสียงได้: {error}</translation>
    </message>
</context>
<context>
    <name>RecordingPane</name>
    <message>
        <location filename="../../ui/media/recording_pane.py" line="+63"/>
        <source>Recording ({type}). {facts}</source>
        <translation>เสียงบันทึก ({type}) {facts}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>กุญแจกู้คืนของคุณ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is your recovery key. It is shown only this once and is stored nowhere.

Write it on paper now and keep the paper somewhere safe, away from this computer. If you forget your passphrase, only this key can open the vault; nobody can recover it for you.</source>
        <translation>นี่คือกุญแจกู้คืนของคุณ จะแสดงเพียงครั้งนี้ครั้งเดียวและไม่ถูกเก็บไว้ที่ใดเลย

จดลงกระดาษเดี๋ยวนี้ และเก็บกระดาษไว้ในที่ปลอดภัย ห่างจากคอมพิวเตอร์เครื่องนี้ หากคุณลืมวลีรหัสผ่าน มีเพียงกุญแจนี้ที่เปิดคลังนิรภัยได้ ไม่มีใครกู้คืนให้คุณได้</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>ฉันจดกุญแจกู้คืนไว้แล้ว(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>ดำเนินการต่อ(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Check the page before you tick the box.</source>
        <translation>ส่งไปยังเครื่องพิมพ์แล้ว ตรวจดูหน้ากระดาษก่อนทำเครื่องหมายในช่อง</translation>
    </message>
</context>
<context>
    <name>RecoveryKeysDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+47"/>
        <source>Recovery keys of a media item</source>
        <translation>กุญแจกู้คืนของรายการสื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each key below decrypts one file of this item with the standard age tool (age -d -i key.txt FILE &gt; out). Anyone with a key and the file can read it: never store these keys next to the vault, and close this window when you are done. This view is recorded in the custody log.</source>
        <translation>กุญแจแต่ละอันด้านล่างถอดรหัสไฟล์หนึ่งไฟล์ของรายการนี้ด้วยเครื่องมือ age มาตรฐาน (age -d -i key.txt FILE &gt; out) ใครก็ตามที่มีกุญแจและไฟล์อ่านได้ ห้ามเก็บกุญแจเหล่านี้ไว้ข้างคลังนิรภัย และปิดหน้าต่างนี้เมื่อเสร็จแล้ว การดูครั้งนี้ถูกบันทึกในบันทึกการครอบครองหลักฐาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files and keys</source>
        <translation>ไฟล์และกุญแจ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy all</source>
        <translation>คัดลอกทั้งหมด(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared when the vault locks</source>
        <translation>คลิปบอร์ดจะถูกล้างเมื่อคลังนิรภัยล็อก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/rekey.py" line="+55"/>
        <source>New recovery key</source>
        <translation>กุญแจกู้คืนใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new recovery key and shows it once. The old recovery key stops opening this vault (write the new one on paper and destroy the old paper). Copies of the vault made before, and backups, still open with the old key: use Re-key vault for old copies, and destroy old backups.</source>
        <translation>สร้างกุญแจกู้คืนใหม่และแสดงเพียงครั้งเดียว กุญแจกู้คืนเดิมจะเปิดคลังนิรภัยนี้ไม่ได้อีก (จดกุญแจใหม่ลงกระดาษ และทำลายกระดาษแผ่นเดิม) สำเนาของคลังนิรภัยที่ทำไว้ก่อนหน้านี้และข้อมูลสำรอง ยังเปิดได้ด้วยกุญแจเดิม: ใช้ &quot;เปลี่ยนกุญแจคลังนิรภัย&quot; สำหรับสำเนาเก่า และทำลายข้อมูลสำรองเก่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-key the vault</source>
        <translation>เปลี่ยนกุญแจคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old copy of the vault folder or an old passphrase may be in someone else&apos;s hands: after this, old copies of the vault&apos;s key file open nothing, even with the old passphrase.

You get a new recovery key (shown once; the old paper stops working). The new passphrase may be the same as the current one. Backups made before stay readable with their old passphrase and key: destroy them. This can take a minute for a large vault; if the computer stops during it, the vault opens with the old or the new passphrase.</source>
        <translation>สร้างกุญแจใหม่สำหรับทั้งคลังนิรภัย และเข้ารหัสฐานข้อมูลใหม่ด้วยกุญแจนั้น ใช้เมื่อสำเนาเก่าของโฟลเดอร์คลังนิรภัยหรือวลีรหัสผ่านเก่าอาจอยู่ในมือของผู้อื่น: หลังจากนี้ สำเนาเก่าของไฟล์กุญแจของคลังจะเปิดอะไรไม่ได้เลย แม้จะใช้วลีรหัสผ่านเก่า

คุณจะได้กุญแจกู้คืนใหม่ (แสดงครั้งเดียว กระดาษแผ่นเดิมใช้ไม่ได้อีก) วลีรหัสผ่านใหม่จะเหมือนกับวลีปัจจุบันก็ได้ ข้อมูลสำรองที่ทำไว้ก่อนหน้ายังอ่านได้ด้วยวลีรหัสผ่านและกุญแจเดิมของมัน: โปรดทำลาย สำหรับคลังนิรภัยขนาดใหญ่อาจใช้เวลาหนึ่งนาที หากคอมพิวเตอร์หยุดทำงานระหว่างนั้น คลังนิรภัยจะเปิดได้ด้วยวลีรหัสผ่านเก่าหรือใหม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make a new recovery key</source>
        <translation>สร้างกุญแจกู้คืนใหม่(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-&amp;key the vault</source>
        <translation>เปลี่ยนกุญแจคลังนิรภัย(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>นี่ไม่ใช่วลีรหัสผ่านปัจจุบัน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/export_words.py" line="+35"/>
        <source>1 testimony</source>
        <translation>คำให้การ 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} testimonies</source>
        <translation>คำให้การ {n} รายการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 protected person shown by pseudonym</source>
        <translation>บุคคลที่ได้รับการคุ้มครอง 1 คน แสดงด้วยนามแฝง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} protected persons shown by pseudonym</source>
        <translation>บุคคลที่ได้รับการคุ้มครอง {n} คน แสดงด้วยนามแฝง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 public person named</source>
        <translation>บุคคลสาธารณะ 1 คน ระบุชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} public persons named</source>
        <translation>บุคคลสาธารณะ {n} คน ระบุชื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 site</source>
        <translation>สถานที่ 1 แห่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sites</source>
        <translation>สถานที่ {n} แห่ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(1 sensitive: only its province)</source>
        <translation>(อ่อนไหว 1 แห่ง: แสดงเฉพาะจังหวัด)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({n} sensitive: only their province)</source>
        <translation>(อ่อนไหว {n} แห่ง: แสดงเฉพาะจังหวัด)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared note</source>
        <translation>บันทึกที่แชร์ 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shared notes</source>
        <translation>บันทึกที่แชร์ {n} รายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 photo</source>
        <translation>รูปถ่าย 1 รูป</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} photos</source>
        <translation>รูปถ่าย {n} รูป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 document</source>
        <translation>เอกสาร 1 ฉบับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} documents</source>
        <translation>เอกสาร {n} ฉบับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 audio recording</source>
        <translation>เสียงบันทึก 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} audio recordings</source>
        <translation>เสียงบันทึก {n} รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 video</source>
        <translation>วิดีโอ 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} videos</source>
        <translation>วิดีโอ {n} รายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>1 media file</source>
        <translation>ไฟล์สื่อ 1 ไฟล์</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>{n} media files</source>
        <translation>ไฟล์สื่อ {n} ไฟล์</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 name or contact of a protected person</source>
        <translation>ชื่อหรือช่องทางติดต่อของบุคคลที่ได้รับการคุ้มครอง 1 รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or contacts of protected persons</source>
        <translation>ชื่อหรือช่องทางติดต่อของบุคคลที่ได้รับการคุ้มครอง {n} รายการ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 name or town of a sensitive site</source>
        <translation>ชื่อหรือเมืองของสถานที่อ่อนไหว 1 รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or towns of sensitive sites</source>
        <translation>ชื่อหรือเมืองของสถานที่อ่อนไหว {n} รายการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 passage you marked</source>
        <translation>ข้อความที่คุณทำเครื่องหมาย 1 ตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} passages you marked</source>
        <translation>ข้อความที่คุณทำเครื่องหมาย {n} ตอน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other details</source>
        <translation>รายละเอียดอื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed hiding.</source>
        <translation>ไม่มีสิ่งใดต้องปกปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: {list}.</source>
        <translation>ปกปิดแล้ว: {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private note</source>
        <translation>บันทึกส่วนตัว 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} private notes</source>
        <translation>บันทึกส่วนตัว {n} รายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recording</source>
        <translation>การบันทึก 1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} recordings</source>
        <translation>การบันทึก {n} รายการ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates of 1 site</source>
        <translation>พิกัดของสถานที่ 1 แห่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of {n} sites</source>
        <translation>พิกัดของสถานที่ {n} แห่ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left out.</source>
        <translation>ไม่มีสิ่งใดถูกตัดออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {list}.</source>
        <translation>ไม่รวม: {list}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {ref}</source>
        <translation>บุคคล {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site {ref}</source>
        <translation>สถานที่ {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony {ref}</source>
        <translation>คำให้การ {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note {ref}</source>
        <translation>บันทึก {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Media file {ref}</source>
        <translation>ไฟล์สื่อ {ref}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your organisation&apos;s name</source>
        <translation>ชื่อองค์กรของคุณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>บันทึกถ้อยคำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record}, {field}</source>
        <translation>{record}, {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensitive site&apos;s name or town</source>
        <translation>ชื่อหรือเมืองของสถานที่อ่อนไหว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person&apos;s name or contact</source>
        <translation>ชื่อหรือช่องทางติดต่อของบุคคลที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passage you marked</source>
        <translation>ข้อความที่คุณทำเครื่องหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail found in the text</source>
        <translation>รายละเอียดที่พบในข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}, shown as “{label}”: {context}</source>
        <translation>{where}: {why} แสดงเป็น “{label}”: {context}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {what} kept (you allowed it): {context}</source>
        <translation>{where}: เก็บ{what}ไว้ (คุณอนุญาต): {context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A private note</source>
        <translation>บันทึกส่วนตัว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audio recording</source>
        <translation>เสียงบันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A media file</source>
        <translation>ไฟล์สื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private notes never leave the vault</source>
        <translation>บันทึกส่วนตัวไม่ออกจากคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you marked it not to be exported</source>
        <translation>คุณทำเครื่องหมายว่าไม่ให้ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no cleaned working copy (originals never leave)</source>
        <translation>ไม่มีสำเนาทำงานที่ทำความสะอาดแล้ว (ต้นฉบับไม่ออกไปไหน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type cannot be checked for hidden details</source>
        <translation>ไม่สามารถตรวจสอบรายละเอียดที่ซ่อนอยู่ของไฟล์ประเภทนี้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy could not be read</source>
        <translation>ไม่สามารถอ่านสำเนาทำงานได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy is not of the type recorded for it</source>
        <translation>สำเนาทำงานไม่ตรงกับประเภทที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices identify people; tick “Include recordings” on the first page to export it</source>
        <translation>เสียงพูดระบุตัวบุคคลได้ ทำเครื่องหมาย “รวมเสียงบันทึก” ในหน้าแรกเพื่อส่งออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its transcript has redacted words that could not be muted in its sound</source>
        <translation>ข้อความถอดความมีคำที่ถูกปิดบังซึ่งปิดเสียงในเสียงของวิดีโอไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line} (your reason: {reason})</source>
        <translation>{line} (เหตุผลของคุณ: {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a protected person&apos;s name</source>
        <translation>ชื่อของบุคคลที่ได้รับการคุ้มครอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your mark</source>
        <translation>เครื่องหมายของคุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {start}–{end} s muted ({why})</source>
        <translation>{where}: {start}–{end} วินาที ปิดเสียงแล้ว ({why})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensitive, so only its province is shown</source>
        <translation>อ่อนไหว จึงแสดงเฉพาะจังหวัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinates are left out (tick “GPS coordinates” on the first page to keep them)</source>
        <translation>ไม่รวมพิกัด (ทำเครื่องหมาย “พิกัด GPS” ในหน้าแรกเพื่อเก็บไว้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}</source>
        <translation>{where}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dossier (web page)</source>
        <translation>ชุดเอกสาร (หน้าเว็บ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dossier (PDF)</source>
        <translation>ชุดเอกสาร (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF&apos;s document properties</source>
        <translation>คุณสมบัติเอกสารของ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file (records.json)</source>
        <translation>ไฟล์ข้อมูล (records.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s description</source>
        <translation>คำอธิบายของชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file names in the bundle</source>
        <translation>ชื่อไฟล์ในชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {where}: {what}</source>
        <translation>ใน{where}: {what}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+159"/>
        <source>Choose a new, empty folder</source>
        <translation>เลือกโฟลเดอร์ใหม่ที่ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vault folder</source>
        <translation>โฟลเดอร์คลังนิรภัยใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New vault folder:</source>
        <translation>โฟลเดอร์คลังนิรภัยใหม่(&amp;N):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>เลือกโฟลเดอร์ใหม่ที่ว่างเปล่าสำหรับคลังนิรภัยที่กู้คืน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring the backup…</source>
        <translation>กำลังตรวจสอบและกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was restored to:
{folder}
(backup made {created}, {files} files checked).

Evidence Vault opens one vault folder at a time, so this window stays on your current vault. To work in the restored one, quit and start the app with its folder:
evidence-app --vault &quot;{folder}&quot;
It opens with the passphrase or recovery key you just used.</source>
        <translation>กู้คืนคลังนิรภัยไปที่:
{folder}
(สำรองเมื่อ {created} ตรวจสอบแล้ว {files} ไฟล์)

Evidence Vault เปิดโฟลเดอร์คลังนิรภัยได้ครั้งละหนึ่งโฟลเดอร์ หน้าต่างนี้จึงยังอยู่ที่คลังนิรภัยปัจจุบัน หากจะทำงานกับคลังที่กู้คืน ให้ออกแล้วเริ่มแอปด้วยโฟลเดอร์นั้น:
evidence-app --vault &quot;{folder}&quot;
คลังนั้นเปิดได้ด้วยวลีรหัสผ่านหรือกุญแจกู้คืนที่คุณเพิ่งใช้</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+10"/>
        <source>Exporting</source>
        <translation>กำลังส่งออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>ความคืบหน้าการส่งออก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found by the leak gate</source>
        <translation>ปัญหาที่ด่านตรวจการรั่วไหลพบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in fo&amp;lder</source>
        <translation>แสดงในโฟลเดอร์(&amp;L)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redacting, checking and signing the bundle… please wait.</source>
        <translation>กำลังปกปิด ตรวจสอบ และลงนามชุดเอกสาร… โปรดรอสักครู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting and checking the export… please wait.</source>
        <translation>กำลังปกปิดและตรวจสอบการส่งออก… โปรดรอ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export finished</source>
        <translation>ส่งออกเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier was written to:
{path}</source>
        <translation>เขียนชุดเอกสารไปที่:
{path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The export was written to:
{path}</source>
        <translation>การส่งออกถูกเขียนไปที่:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds: {contents}.</source>
        <translation>ประกอบด้วย: {contents}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is encrypted: only the recipients you gave can open it.</source>
        <translation>เข้ารหัสแล้ว: เฉพาะผู้รับที่คุณระบุเท่านั้นที่เปิดได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint: {fp}
Give it to the recipient by another channel (a call, in person) so they can check who signed the dossier.</source>
        <translation>ลายนิ้วมือผู้ลงนาม: {fp}
แจ้งผู้รับทางช่องทางอื่น (โทรศัพท์ หรือพบตัว) เพื่อให้ตรวจสอบได้ว่าใครลงนามชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not signed: send the signed dossier bundle beside it when the recipient must be able to check where it came from.</source>
        <translation>ไม่ได้ลงนาม: ส่งชุดเอกสารที่ลงนามแล้วไปด้วยเมื่อผู้รับต้องตรวจสอบได้ว่ามาจากที่ใด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum of the file (SHA-256), for the recipient to compare:
{sha}</source>
        <translation>ค่าตรวจสอบของไฟล์ (SHA-256) ให้ผู้รับเปรียบเทียบ:
{sha}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export did not happen</source>
        <translation>การส่งออกไม่เกิดขึ้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the records listed below, then export again.</source>
        <translation>ด่านตรวจการรั่วไหลปฏิเสธการส่งออก: อาจรั่วไหล {n} จุด ไม่มีการเขียนสิ่งใด แก้ไขระเบียนที่แสดงด้านล่าง แล้วส่งออกอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../ui/screenlock.py" line="+259"/>
        <source>Locking the vault before the computer sleeps</source>
        <translation>กำลังล็อกคลังนิรภัยก่อนคอมพิวเตอร์เข้าสู่โหมดพัก</translation>
    </message>
</context>
<context>
    <name>SitesOverview</name>
    <message>
        <location filename="../../ui/sites_overview.py" line="+40"/>
        <source>Sites overview</source>
        <translation>ภาพรวมสถานที่</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sites in this case yet.</source>
        <translation>ยังไม่มีสถานที่ในกรณีนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.</source>
        <translation>วางสถานที่ {placed} จาก {total} แห่งตามพิกัด; อ่อนไหว {sensitive} แห่ง</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>North ↑   (not a map: sites placed by their coordinates)</source>
        <translation>ทิศเหนือ ↑   (ไม่ใช่แผนที่: วางสถานที่ตามพิกัด)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>(sensitive)</source>
        <translation>(อ่อนไหว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without coordinates: {names}</source>
        <translation>ไม่มีพิกัด: {names}</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="-690"/>
        <source>Testimony editor</source>
        <translation>ตัวแก้ไขคำให้การ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>บันทึกถอดความ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editor messages</source>
        <translation>ข้อความของตัวแก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new revision</source>
        <translation>บันทึกเป็นฉบับแก้ไขใหม่(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark selection as &amp;redacted</source>
        <translation>ทำเครื่องหมายส่วนที่เลือกว่าปกปิด(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save as new revision (Ctrl+S)</source>
        <translation>บันทึกเป็นฉบับแก้ไขใหม่ (Ctrl+S)(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;redacted (Ctrl+R)</source>
        <translation>ทำเครื่องหมายปกปิด (Ctrl+R)(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision history</source>
        <translation>ประวัติฉบับแก้ไข</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected revision</source>
        <translation>ข้อความของฉบับแก้ไขที่เลือก</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Transcript</source>
        <translation>บันทึกถอดความ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media</source>
        <translation>สื่อ(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision &amp;history:</source>
        <translation>ประวัติฉบับแก้ไข(&amp;H):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>revision {n}</source>
        <translation>ฉบับแก้ไข {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} redacted passages</source>
        <translation>ปกปิดแล้ว {n} ช่วง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This transcript contains characters the editor cannot show exactly, so redactions cannot be marked here.</source>
        <translation>บันทึกถอดความนี้มีอักขระที่ตัวแก้ไขแสดงให้ตรงไม่ได้ จึงทำเครื่องหมายปกปิดที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No changes to save.</source>
        <translation>ไม่มีการเปลี่ยนแปลงที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as revision {n}.</source>
        <translation>บันทึกเป็นฉบับแก้ไขที่ {n} แล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to redact first, then press Ctrl+R.</source>
        <translation>เลือกคำที่จะปกปิดก่อน แล้วกด Ctrl+R</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.</source>
        <translation>บันทึกข้อความที่เปลี่ยนก่อน (Ctrl+S) แล้วเลือกคำใหม่อีกครั้งและกด Ctrl+R</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked as redacted. Exports will hide this passage.</source>
        <translation>ทำเครื่องหมายปกปิดแล้ว การส่งออกจะซ่อนข้อความช่วงนี้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person interviewed</source>
        <translation>บุคคลที่ให้สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD หรือเว้นว่างถ้าไม่ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>วันที่สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of the interview</source>
        <translation>สถานที่สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>ผู้สัมภาษณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer and interpreter never leave the vault: exports leave them out.</source>
        <translation>ผู้สัมภาษณ์และล่ามไม่ออกจากคลังนิรภัยเด็ดขาด การส่งออกจะตัดออก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Person:</source>
        <translation>บุคคล(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervie&amp;w date:</source>
        <translation>วันที่สัมภาษณ์(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpret&amp;er:</source>
        <translation>ล่าม(&amp;E):</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>P&amp;lace:</source>
        <translation>สถานที่(&amp;L):</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>You changed the text. Its {n} redaction marks follow their words when you save; a mark whose words you delete is dropped and named.</source>
        <translation>คุณเปลี่ยนข้อความแล้ว เครื่องหมายการปกปิด {n} รายการจะตามคำของมันเมื่อคุณบันทึก เครื่องหมายที่คำถูกลบจะถูกนำออกและแจ้งให้ทราบ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The redaction mark over “{words}” will be dropped: its words are gone.</source>
        <translation>เครื่องหมายการปกปิดบน “{words}” จะถูกนำออก: คำเหล่านั้นหายไปแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redaction mark over “{words}” will cover changed words: review it.</source>
        <translation>เครื่องหมายการปกปิดบน “{words}” จะครอบคำที่เปลี่ยนไป: โปรดตรวจสอบ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>will be dropped</source>
        <translation>จะถูกนำออก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was dropped</source>
        <translation>ถูกนำออกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will cover</source>
        <translation>จะครอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now covers</source>
        <translation>ตอนนี้ครอบ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove this redaction &amp;mark</source>
        <translation>นำเครื่องหมายการปกปิดนี้ออก(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redaction mark removed. Exports will show this passage.</source>
        <translation>นำเครื่องหมายการปกปิดออกแล้ว การส่งออกจะแสดงข้อความตอนนี้</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Interviewer:</source>
        <translation>ผู้สัมภาษณ์(&amp;I):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>ภาษา(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>แท็ก(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>สรุป(&amp;U):</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Details changed: save them with Ctrl+S.</source>
        <translation>รายละเอียดเปลี่ยนแล้ว: บันทึกด้วย Ctrl+S</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media attached to this testimony</source>
        <translation>สื่อที่แนบกับคำให้การนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach media of this case…</source>
        <translation>แนบสื่อของกรณีนี้(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;etach</source>
        <translation>เลิกแนบ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link; the item stays in the case</source>
        <translation>ลบการเชื่อมโยง รายการยังอยู่ในกรณี</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of this interview and other media it refers to:</source>
        <translation>เสียงบันทึกของการสัมภาษณ์นี้และสื่ออื่นที่อ้างถึง:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>เสียงบันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every media item of this case is attached already. Import the recording in the Media tab first.</source>
        <translation>แนบสื่อทุกรายการของกรณีนี้แล้ว นำเข้าเสียงบันทึกในแท็บสื่อก่อน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached {n} item(s).</source>
        <translation>แนบแล้ว {n} รายการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the item to detach first.</source>
        <translation>เลือกรายการที่จะเลิกแนบก่อน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detached. The item is still in the case.</source>
        <translation>เลิกแนบแล้ว รายการยังอยู่ในกรณี</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>การแก้ไขที่ยังไม่บันทึกถูกเก็บเป็นฉบับร่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the vault locked, this testimony had changes that were not saved. They were kept as a draft inside the encrypted vault, not as a revision. Restore them into the editor?</source>
        <translation>เมื่อคลังถูกล็อก คำให้การนี้มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก การเปลี่ยนแปลงเหล่านั้นถูกเก็บเป็นฉบับร่างในคลังที่เข้ารหัส ไม่ใช่เป็นฉบับแก้ไข กู้คืนเข้าตัวแก้ไขหรือไม่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {when}, while editing revision {n}.</source>
        <translation>เก็บไว้เมื่อ {when} ขณะแก้ไขฉบับแก้ไขที่ {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The testimony has changed since (it is revision {n} now). Saving the restored draft keeps the current text as a revision.</source>
        <translation>คำให้การเปลี่ยนไปตั้งแต่นั้น (ตอนนี้เป็นฉบับแก้ไขที่ {n}) การบันทึกฉบับร่างที่กู้คืนจะเก็บข้อความปัจจุบันไว้เป็นฉบับแก้ไข</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore the draft</source>
        <translation>กู้คืนฉบับร่าง(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard the draft</source>
        <translation>ทิ้งฉบับร่าง(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for &amp;later</source>
        <translation>เก็บไว้ภายหลัง(&amp;L)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.</source>
        <translation>ฉบับร่างกลับมาอยู่ในตัวแก้ไขแล้ว แต่ยังไม่ได้บันทึก: บันทึกด้วย Ctrl+S หรือปิดเพื่อทิ้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was discarded.</source>
        <translation>ทิ้งฉบับร่างแล้ว</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testimony has changes that are not saved. Save them as a new revision?</source>
        <translation>คำให้การมีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก บันทึกเป็นฉบับแก้ไขใหม่หรือไม่?</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../../ui/tools.py" line="+175"/>
        <source>&amp;Check vault…</source>
        <translation>ตรวจสอบคลังนิรภัย(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the vault&apos;s files, database and custody log</source>
        <translation>ตรวจสอบไฟล์ ฐานข้อมูล และบันทึกการครอบครองหลักฐานของคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up vault…</source>
        <translation>สำรองคลังนิรภัย(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write one encrypted backup file of the whole vault</source>
        <translation>เขียนไฟล์ข้อมูลสำรองที่เข้ารหัสหนึ่งไฟล์ของทั้งคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a bac&amp;kup…</source>
        <translation>ตรวจสอบข้อมูลสำรอง(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that a backup file is complete and undamaged</source>
        <translation>ตรวจสอบว่าไฟล์ข้อมูลสำรองครบถ้วนและไม่เสียหาย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>กู้คืนข้อมูลสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore a backup into a new folder</source>
        <translation>กู้คืนข้อมูลสำรองไปยังโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a bundle…</source>
        <translation>ตรวจสอบชุดเอกสาร(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a dossier bundle&apos;s files and signature (no vault needed)</source>
        <translation>ตรวจสอบไฟล์และลายเซ็นของชุดเอกสาร (ไม่ต้องใช้คลังนิรภัย)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>ส่งออกกรณีให้เพื่อนร่วมงาน(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete, unredacted, encrypted copy of a case for a colleague&apos;s vault</source>
        <translation>สำเนากรณีที่สมบูรณ์ ไม่ปกปิด และเข้ารหัส สำหรับคลังนิรภัยของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s package…</source>
        <translation>นำเข้าแพ็กเกจจากเพื่อนร่วมงาน(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a case a colleague exported for you</source>
        <translation>รวมกรณีที่เพื่อนร่วมงานส่งออกมาให้คุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my transfer &amp;fingerprint</source>
        <translation>แสดงลายนิ้วมือการโอนของฉัน(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s signing key, to compare with a colleague</source>
        <translation>กุญแจลงนามของคลังนิรภัยนี้ สำหรับเปรียบเทียบกับเพื่อนร่วมงาน</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/tool_base.py" line="+87"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another task is still running in this window (an import, an export or a tool). Try again when it has finished.</source>
        <translation>มีงานอื่นกำลังทำงานอยู่ในหน้าต่างนี้ (การนำเข้า การส่งออก หรือเครื่องมือ) ลองอีกครั้งเมื่องานนั้นเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done: {message}</source>
        <translation>ไม่ได้ดำเนินการ: {message}</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location line="-223"/>
        <source>New in this vault</source>
        <translation>ใหม่ในคลังนิรภัยนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>มีอยู่แล้ว ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated to the package&apos;s version</source>
        <translation>ปรับเป็นเวอร์ชันของแพ็กเกจแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (this vault&apos;s version kept, the package&apos;s kept beside it)</source>
        <translation>ขัดแย้ง (คงเวอร์ชันของคลังนิรภัยนี้ไว้ เก็บเวอร์ชันของแพ็กเกจไว้ข้างกัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History added</source>
        <translation>เพิ่มประวัติแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>persons</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>testimonies</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>sites</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>media items</source>
        <translation>รายการสื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="-439"/>
        <source>New in this vault: {what}</source>
        <translation>ใหม่ในคลังนี้: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to the package&apos;s version: {what}</source>
        <translation>เปลี่ยนเป็นเวอร์ชันของแพ็กเกจ: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict (both versions are kept): {what}</source>
        <translation>ขัดแย้งกัน (เก็บไว้ทั้งสองเวอร์ชัน): {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}: {label}</source>
        <translation>{kind}ใหม่: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {kind}: {label}</source>
        <translation>{kind}ที่เปลี่ยน: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict, {kind}: {label}</source>
        <translation>ขัดแย้งกัน, {kind}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>สื่อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>เวอร์ชันที่ใหม่กว่าของแพ็กเกจเป็นเวอร์ชันปัจจุบัน อีกเวอร์ชันเก็บไว้ในบันทึกส่วนตัวของกรณี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this vault&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>เวอร์ชันที่ใหม่กว่าของคลังนี้เป็นเวอร์ชันปัจจุบัน อีกเวอร์ชันเก็บไว้ในบันทึกส่วนตัวของกรณี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides edited it; the package&apos;s newer text is current (revision {current}), this vault&apos;s is kept as revision {kept}</source>
        <translation>ทั้งสองฝ่ายแก้ไข ข้อความที่ใหม่กว่าของแพ็กเกจเป็นปัจจุบัน (ฉบับแก้ไขที่ {current}) ข้อความของคลังนี้เก็บไว้เป็นฉบับแก้ไขที่ {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revision {kept}</source>
        <translation>ทั้งสองฝ่ายแก้ไข ข้อความที่ใหม่กว่าของคลังนี้ยังเป็นปัจจุบัน (ตอนนี้ฉบับแก้ไขที่ {current}) ข้อความของแพ็กเกจเก็บไว้เป็นฉบับแก้ไขที่ {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revisions {first} to {last}</source>
        <translation>ทั้งสองฝ่ายแก้ไข ข้อความที่ใหม่กว่าของคลังนี้ยังเป็นปัจจุบัน (ตอนนี้ฉบับแก้ไขที่ {current}) ข้อความของแพ็กเกจเก็บไว้เป็นฉบับแก้ไขที่ {first} ถึง {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides made working copies; the package&apos;s are now versions {first} to {last}, this vault&apos;s current one stays current as version {current}</source>
        <translation>ทั้งสองฝ่ายทำสำเนาทำงาน สำเนาของแพ็กเกจตอนนี้เป็นเวอร์ชัน {first} ถึง {last} สำเนาปัจจุบันของคลังนี้ยังเป็นปัจจุบันในฐานะเวอร์ชัน {current}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict, {kind}: {label}: {resolution}</source>
        <translation>มีข้อขัดแย้ง, {kind}: {label}: {resolution}</translation>
    </message>
</context>
<context>
    <name>TrackTimeline</name>
    <message>
        <location filename="../../ui/media/timeline.py" line="+46"/>
        <source>Face tracks over the video&apos;s time</source>
        <translation>เส้นทางใบหน้าตามเวลาของวิดีโอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and Right step one frame, Page Up and Page Down one second, Home and End go to the track&apos;s ends.</source>
        <translation>คลิกแถบเพื่อดูใบหน้าในเฟรมนั้น แป้นพิมพ์: ขึ้นและลงเลือกเส้นทาง ซ้ายและขวาเลื่อนทีละเฟรม Page Up และ Page Down ทีละวินาที Home และ End ไปยังปลายทั้งสองของเส้นทาง</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Face {n}</source>
        <translation>ใบหน้า {n}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+35"/>
        <source>Transcribe…</source>
        <translation>ถอดความ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognise the speech offline; the transcript is kept encrypted with the recording</source>
        <translation>รู้จำเสียงพูดแบบออฟไลน์ ข้อความถอดความถูกเก็บแบบเข้ารหัสไว้กับการบันทึกเสียง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing</source>
        <translation>หยุดถอดความ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Transcript: click a word to hear it</source>
        <translation>ข้อความถอดความ: คลิกคำเพื่อฟัง</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No transcript yet.</source>
        <translation>ยังไม่มีข้อความถอดความ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript</source>
        <translation>บันทึกถอดความ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine transcript ({language}, {words} words): check it against the recording.</source>
        <translation>ข้อความถอดความโดยเครื่อง ({language}, {words} คำ): โปรดตรวจทานกับการบันทึกเสียง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language was hard to tell ({language} is a guess): if the recording is in another language, transcribe it again with that language chosen.</source>
        <translation>บอกภาษาได้ยาก ({language} เป็นเพียงการเดา): หากเสียงบันทึกเป็นภาษาอื่น ให้ถอดความอีกครั้งโดยเลือกภาษานั้น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text reads as {read}, not {language}: if the recording is in {read}, transcribe it again with {read} chosen; if not, its words are probably wrong.</source>
        <translation>ข้อความอ่านได้เป็น {read} ไม่ใช่ {language}: หากเสียงบันทึกเป็น {read} ให้ถอดความอีกครั้งโดยเลือก {read} หากไม่ใช่ คำในนั้นน่าจะผิด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its lines read as several languages ({parts}), perhaps an interpreted interview: every line was written in {language}, so lines in another language may be a translation.</source>
        <translation>บรรทัดต่าง ๆ อ่านได้เป็นหลายภาษา ({parts}) อาจเป็นการสัมภาษณ์ผ่านล่าม: ทุกบรรทัดถูกเขียนเป็น {language} ดังนั้นบรรทัดที่เป็นภาษาอื่นอาจเป็นคำแปล</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription is not installed in this copy of the app.</source>
        <translation>ไม่ได้ติดตั้งการถอดความไว้ในแอปชุดนี้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transcribing…</source>
        <translation>กำลังถอดความ…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription stopped; nothing was stored.</source>
        <translation>หยุดถอดความแล้ว ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+34"/>
        <source>This package is NOT redacted: it holds every name, private note and original of the case. Only the colleagues whose keys you give can open it.</source>
        <translation>แพ็กเกจนี้ไม่ได้ปกปิดข้อมูล: มีทุกชื่อ บันทึกส่วนตัว และต้นฉบับของกรณี มีเพียงเพื่อนร่วมงานที่คุณให้กุญแจไว้เท่านั้นที่เปิดได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case to transfer</source>
        <translation>กรณีที่จะโอน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colleague&apos;s age public keys, one per line</source>
        <translation>กุญแจสาธารณะ age ของเพื่อนร่วมงาน บรรทัดละหนึ่งกุญแจ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the package as</source>
        <translation>บันทึกแพ็กเกจเป็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file to write</source>
        <translation>ไฟล์แพ็กเกจที่จะเขียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case:</source>
        <translation>กรณี(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s &amp;public key(s), one per line:</source>
        <translation>กุญแจสาธารณะของเพื่อนร่วมงาน บรรทัดละหนึ่งกุญแจ(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>บันทึกเป็น(&amp;S):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case to transfer yet.</source>
        <translation>ยังไม่มีกรณีที่จะโอน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your colleague&apos;s age public key (it starts with age1). They can read it from their key file.</source>
        <translation>ใส่กุญแจสาธารณะ age ของเพื่อนร่วมงาน (ขึ้นต้นด้วย age1) เขาอ่านได้จากไฟล์กุญแจของตนเอง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to write the package to (a new file).</source>
        <translation>เลือกไฟล์ที่จะเขียนแพ็กเกจลงไป (ไฟล์ใหม่)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing, signing and encrypting the package…</source>
        <translation>กำลังเขียน ลงนาม และเข้ารหัสแพ็กเกจ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package was written to:
{path}
{counts}; {files} files, {custody} custody entries.

Signed by this vault&apos;s key:
{fp}

Read this fingerprint to your colleague by phone or in person so they can check the package comes from you. Send the file only to them.</source>
        <translation>เขียนแพ็กเกจไว้ที่:
{path}
{counts}; {files} ไฟล์, {custody} รายการการครอบครองหลักฐาน

ลงนามด้วยกุญแจของคลังนิรภัยนี้:
{fp}

อ่านลายนิ้วมือนี้ให้เพื่อนร่วมงานฟังทางโทรศัพท์หรือต่อหน้า เพื่อให้เขาตรวจสอบได้ว่าแพ็กเกจมาจากคุณ ส่งไฟล์ให้เขาเท่านั้น</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location line="+48"/>
        <source>Choose the package</source>
        <translation>เลือกแพ็กเกจ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file</source>
        <translation>ไฟล์แพ็กเกจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your age identity file</source>
        <translation>เลือกไฟล์ตัวตน age ของคุณ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age identity file</source>
        <translation>ไฟล์ตัวตน age ของคุณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s fingerprint (optional)</source>
        <translation>ลายนิ้วมือของผู้ส่ง (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If given, a package signed by any other key is refused</source>
        <translation>หากระบุ แพ็กเกจที่ลงนามด้วยกุญแจอื่นจะถูกปฏิเสธ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>แพ็กเกจ(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age &amp;identity file:</source>
        <translation>ไฟล์ตัวตน age ของคุณ(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;fingerprint (optional):</source>
        <translation>ลายนิ้วมือของผู้ส่ง (ไม่บังคับ)(&amp;F):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked this fingerprint with the sender (by phone or in person): &amp;trust it</source>
        <translation>ฉันตรวจสอบลายนิ้วมือนี้กับผู้ส่งแล้ว (ทางโทรศัพท์หรือต่อหน้า): เชื่อถือ(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mport</source>
        <translation>นำเข้า(&amp;M)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the package file your colleague sent.</source>
        <translation>เลือกไฟล์แพ็กเกจที่เพื่อนร่วมงานส่งมา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your age identity file: the key file whose public key you gave your colleague.</source>
        <translation>เลือกไฟล์ตัวตน age ของคุณ: ไฟล์กุญแจที่คุณให้กุญแจสาธารณะแก่เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the package (nothing is imported yet)…</source>
        <translation>กำลังตรวจสอบแพ็กเกจ (ยังไม่ได้นำเข้าสิ่งใด)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was imported. The package is signed by:
{fp}
a key this vault has not trusted before. Compare it with the fingerprint the sender reads to you by phone or in person. Only if they match, tick the box above: the preview then shows what the package would change.</source>
        <translation>ไม่ได้นำเข้าสิ่งใด แพ็กเกจนี้ลงนามโดย:
{fp}
ซึ่งเป็นกุญแจที่คลังนี้ยังไม่เคยเชื่อถือมาก่อน โปรดเทียบกับลายนิ้วมือที่ผู้ส่งอ่านให้คุณฟังทางโทรศัพท์หรือต่อหน้า เฉพาะเมื่อตรงกันเท่านั้นจึงทำเครื่องหมายที่ช่องด้านบน จากนั้นตัวอย่างจะแสดงสิ่งที่แพ็กเกจจะเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by this vault&apos;s own key:
{fp}</source>
        <translation>ลงนามด้วยกุญแจของคลังนี้เอง:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this vault trusts:
{fp}</source>
        <translation>ลงนามด้วยกุญแจที่คลังนี้เชื่อถือ:
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the key you checked:
{fp}
Importing trusts this key from now on for later packages.</source>
        <translation>ลงนามด้วยกุญแจที่คุณตรวจสอบแล้ว:
{fp}
การนำเข้าจะเชื่อถือกุญแจนี้นับจากนี้สำหรับแพ็กเกจต่อ ๆ ไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported. This vault already holds everything in the package.</source>
        <translation>ไม่ได้นำเข้าสิ่งใด คลังนี้มีทุกอย่างในแพ็กเกจอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is imported yet. If you import this package:</source>
        <translation>ยังไม่ได้นำเข้าสิ่งใด หากคุณนำเข้าแพ็กเกจนี้:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Import to import it, or close this window to import nothing.</source>
        <translation>กด นำเข้า เพื่อนำเข้า หรือปิดหน้าต่างนี้เพื่อไม่นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing the package…</source>
        <translation>กำลังนำเข้าแพ็กเกจ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the case “{title}” from {author}&apos;s vault.</source>
        <translation>นำเข้ากรณี “{title}” จากคลังนิรภัยของ {author} แล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages signed by this key are trusted from now on.</source>
        <translation>แพ็กเกจที่ลงนามด้วยกุญแจนี้จะได้รับความเชื่อถือนับจากนี้</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signed by:
{fp}</source>
        <translation>ลงนามโดย:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.</source>
        <translation>ไฟล์สื่อที่เก็บ: {blobs}; รายการประวัติการครอบครอง: {history}; ขัดแย้ง: {n}</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>Note: {notice}</source>
        <translation>หมายเหตุ: {notice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-404"/>
        <source>Unlock Evidence Vault</source>
        <translation>ปลดล็อก Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Enter your passphrase to unlock the vault.</source>
        <translation>ป้อนวลีรหัสผ่านเพื่อปลดล็อกคลังนิรภัย</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Vault folder: {folder}</source>
        <translation>โฟลเดอร์คลังนิรภัย: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+106"/>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+104"/>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Show what I type</source>
        <translation>แสดงสิ่งที่ฉันพิมพ์(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>ใช้กุญแจกู้คืนแทน(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>กำลังปลดล็อก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe…</source>
        <translation>ลบทำลาย(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy this vault for good (asks you to type WIPE first)</source>
        <translation>ทำลายคลังนิรภัยนี้อย่างถาวร (จะให้คุณพิมพ์ WIPE ก่อน)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes this vault for good.</source>
        <translation>คำเตือน: ปลดล็อกล้มเหลว {failures} ครั้งตั้งแต่การปลดล็อกครั้งล่าสุด หากล้มเหลวอีกครั้งเดียว คลังนิรภัยนี้จะถูกลบทำลายถาวร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more failed unlocks this vault is wiped for good.</source>
        <translation>คำเตือน: ปลดล็อกล้มเหลว {failures} จาก {limit} ครั้งตั้งแต่การปลดล็อกครั้งล่าสุด หากล้มเหลวอีก {left} ครั้ง คลังนิรภัยนี้จะถูกลบทำลายถาวร</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key:</source>
        <translation>กุญแจกู้คืน(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when the vault was created.</source>
        <translation>พิมพ์กุญแจกู้คืนที่คุณจดไว้ตอนสร้างคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your recovery key first.</source>
        <translation>พิมพ์กุญแจกู้คืนก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase first.</source>
        <translation>พิมพ์วลีรหัสผ่านก่อน</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, opened with its passphrase or the paper recovery key, brings it back.</source>
        <translation>นั่นคือการปลดล็อกที่ล้มเหลวครั้งสุดท้ายที่ขีดจำกัดอนุญาต: คลังนิรภัยถูกลบทำลายแล้ว มีเพียงข้อมูลสำรองที่เปิดด้วยวลีรหัสผ่านของมันหรือกุญแจกู้คืนแบบกระดาษเท่านั้นที่นำมันกลับมาได้</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-181"/>
        <source>Choose a bundle</source>
        <translation>เลือกชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle file</source>
        <translation>ไฟล์ชุดเอกสาร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your age identity file</source>
        <translation>เลือกไฟล์ตัวตน age ของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age identity file, for encrypted bundles</source>
        <translation>ไฟล์ตัวตน age สำหรับชุดเอกสารที่เข้ารหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of the identity file, if it has one</source>
        <translation>วลีรหัสผ่านของไฟล์ตัวตน หากมี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected signer fingerprint (optional)</source>
        <translation>ลายนิ้วมือของผู้ลงนามที่คาดไว้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bundle (.zip or .age):</source>
        <translation>ชุดเอกสาร (.zip หรือ .age)(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file (for .age):</source>
        <translation>ไฟล์ตัวตน (สำหรับ .age)(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;passphrase (if it has one):</source>
        <translation>วลีรหัสผ่านของตัวตน (หากมี)(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected signer (optional):</source>
        <translation>ผู้ลงนามที่คาดไว้ (ไม่บังคับ)(&amp;E):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bundle to verify.</source>
        <translation>เลือกชุดเอกสารที่จะตรวจสอบ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verifying the bundle…</source>
        <translation>กำลังตรวจสอบชุดเอกสาร…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your identity file is protected by a passphrase. Type it in Identity passphrase, then verify again.</source>
        <translation>ไฟล์ตัวตนของคุณได้รับการป้องกันด้วยวลีรหัสผ่าน พิมพ์วลีนั้นในช่องวลีรหัสผ่านของตัวตน แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle is encrypted. Choose the age identity file it was encrypted to (your key file), then verify again.</source>
        <translation>ชุดเอกสารนี้ถูกเข้ารหัส เลือกไฟล์ตัวตน age ที่ใช้เข้ารหัส (ไฟล์กุญแจของคุณ) แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.</source>
        <translation>ชุดเอกสารผ่านการตรวจสอบ: {n} ไฟล์, {size} ตรงกับรายการไฟล์ และลายเซ็นถูกต้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint:
{fp}</source>
        <translation>ลายนิ้วมือของผู้ลงนาม:
{fp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was decrypted in memory only; nothing was written.</source>
        <translation>ถอดรหัสในหน่วยความจำเท่านั้น ไม่มีการเขียนสิ่งใด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is signed by the key you expected.</source>
        <translation>ลงนามด้วยกุญแจที่คุณคาดไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this fingerprint with the one the sender gave you by another channel (a call, in person). If they differ, do not trust the bundle.</source>
        <translation>เปรียบเทียบลายนิ้วมือนี้กับที่ผู้ส่งให้คุณทางช่องทางอื่น (โทรศัพท์ หรือพบกันต่อหน้า) หากไม่ตรงกัน อย่าเชื่อถือชุดเอกสารนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bag: {top}</source>
        <translation>Bag: {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {fmt}</source>
        <translation>รูปแบบ: {fmt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagged on: {date}</source>
        <translation>รวบรวมเมื่อ: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy.</source>
        <translation>ชุดเอกสารไม่ผ่านการตรวจสอบ: {reason} อย่าเชื่อถือเนื้อหา ขอสำเนาใหม่จากผู้ส่ง</translation>
    </message>
</context>
<context>
    <name>VideoFacesPanel</name>
    <message>
        <location filename="../../ui/media/video_review.py" line="+111"/>
        <source>Look for faces in every frame and follow them; you review each track</source>
        <translation>ค้นหาใบหน้าในทุกเฟรมและติดตาม คุณตรวจทานแต่ละแทร็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a bo&amp;x on this frame</source>
        <translation>เพิ่มกรอบในเฟรมนี้(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a face without a box: draw one on the frame with the mouse, or place it with the keyboard; it is followed forwards and backwards through the video</source>
        <translation>สำหรับใบหน้าที่ไม่มีกรอบ: วาดกรอบบนเฟรมด้วยเมาส์ หรือวางด้วยแป้นพิมพ์ ระบบจะติดตามกรอบไปข้างหน้าและย้อนกลับตลอดวิดีโอ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How faces are covered</source>
        <translation>วิธีปิดใบหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black boxes</source>
        <translation>กรอบสีดำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (can sometimes be partly reversed)</source>
        <translation>เบลอ (บางครั้งอาจย้อนกลับได้บางส่วน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover faces in a new cop&amp;y</source>
        <translation>ปิดใบหน้าในสำเนาใหม่(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into every frame of a new working copy (sound kept); the original is kept</source>
        <translation>ฝังกรอบลงในทุกเฟรมของสำเนาทำงานใหม่ (คงเสียงไว้) ต้นฉบับยังเก็บไว้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Face tracks</source>
        <translation>แทร็กใบหน้า</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Find faces in the video: its face tracks are shown here, on their frames and on a time line.</source>
        <translation>ค้นหาใบหน้าในวิดีโอ: เส้นทางใบหน้าจะแสดงที่นี่ บนเฟรมของแต่ละเส้นทางและบนเส้นเวลา</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not done.</source>
        <translation>ไม่ได้ทำ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finding faces: frame {done} of about {total}</source>
        <translation>กำลังค้นหาใบหน้า: เฟรม {done} จากประมาณ {total}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+283"/>
        <source>Stopped; nothing was changed.</source>
        <translation>หยุดแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>{n} face track(s) in {frames} frames. Every track is covered unless you leave it uncovered. Face detection misses faces: watch the new working copy yourself.</source>
        <translation>{n} แทร็กใบหน้าใน {frames} เฟรม ทุกแทร็กจะถูกปิด เว้นแต่คุณเลือกไม่ปิด การตรวจจับใบหน้าอาจพลาดได้ โปรดดูสำเนาทำงานใหม่ด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}</source>
        <translation>ใบหน้า {n} (กรอบที่วาดบนเฟรม {frame}): {start}–{end} วินาที: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {n}: {start}–{end} s, {count} detection(s): {state}</source>
        <translation>ใบหน้า {n}: {start}–{end} วินาที ตรวจพบ {count} ครั้ง: {state}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>left uncovered</source>
        <translation>ไม่ปิด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be covered</source>
        <translation>จะถูกปิด</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+121"/>
        <source>No frame to show.</source>
        <translation>ไม่มีเฟรมให้แสดง</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Find fac&amp;es in the video</source>
        <translation>ค้นหาใบหน้าในวิดีโอ(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep this face covered</source>
        <translation>ปิดใบหน้านี้ไว้(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave uncovered</source>
        <translation>ไม่ปิด(&amp;L)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The frame shown, with the face boxes on it</source>
        <translation>เฟรมที่แสดง พร้อมกรอบใบหน้าบนเฟรม</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Frame {n} of {total} ({seconds} s)</source>
        <translation>เฟรม {n} จาก {total} ({seconds} วินาที)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Following the box: frame {done} of about {total}</source>
        <translation>กำลังติดตามกรอบ: เฟรม {done} จากประมาณ {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped; the box was not added.</source>
        <translation>หยุดแล้ว ไม่ได้เพิ่มกรอบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Face {n} added: the box was followed from {start} s to {end} s. Look at the frames around both ends: where it lost the face, draw another box there.</source>
        <translation>เพิ่มใบหน้า {n} แล้ว: ติดตามกรอบจาก {start} วินาที ถึง {end} วินาที ดูเฟรมรอบปลายทั้งสองด้าน: ตรงที่ระบบหาใบหน้าไม่เจอ ให้วาดกรอบใหม่ตรงนั้น</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Covering faces: frame {done} of {total}</source>
        <translation>กำลังปิดใบหน้า: เฟรม {done} จาก {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved working copy v{n} with the faces covered. The original and earlier versions are kept.</source>
        <translation>บันทึกสำเนาทำงาน v{n} ที่ปิดใบหน้าแล้ว ต้นฉบับและเวอร์ชันก่อนหน้ายังเก็บไว้</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+40"/>
        <source>Wipe the vault</source>
        <translation>ลบทำลายคลังนิรภัย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the vault in {folder} for good: every case, testimony, person, photo and recording in it. The key is overwritten and the files deleted. Backups elsewhere are not touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a copy-on-write or a synced folder may keep old copies of the files for a while.</source>
        <translation>การกระทำนี้จะทำลายคลังนิรภัยใน {folder} อย่างถาวร: ทุกกรณี คำให้การ บุคคล รูปภาพ และเสียงบันทึกในนั้น กุญแจจะถูกเขียนทับและไฟล์จะถูกลบ ข้อมูลสำรองที่อื่นจะไม่ถูกแตะต้อง: ข้อมูลสำรองยังเปิดได้ด้วยวลีรหัสผ่านหรือกุญแจกู้คืนแบบกระดาษ SSD, โฟลเดอร์แบบ copy-on-write หรือโฟลเดอร์ที่ซิงค์อาจเก็บสำเนาเก่าของไฟล์ไว้อีกระยะหนึ่ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type {word} in capital letters and press Enter to confirm. Esc cancels.</source>
        <translation>พิมพ์ {word} เป็นตัวพิมพ์ใหญ่แล้วกด Enter เพื่อยืนยัน กด Esc เพื่อยกเลิก</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type WIPE to confirm</source>
        <translation>พิมพ์ WIPE เพื่อยืนยัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wipe the vault now</source>
        <translation>ลบทำลายคลังนิรภัยเดี๋ยวนี้(&amp;W)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was wiped: type {word} in capital letters, then press Enter.</source>
        <translation>ยังไม่มีสิ่งใดถูกลบทำลาย: พิมพ์ {word} เป็นตัวพิมพ์ใหญ่ แล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>_BackupReader</name>
    <message>
        <location filename="../../ui/tools.py" line="-253"/>
        <source>Choose a backup file</source>
        <translation>เลือกไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>ไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup file:</source>
        <translation>ไฟล์ข้อมูลสำรอง(&amp;B):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase the vault had when the backup was made</source>
        <translation>วลีรหัสผ่านของคลังนิรภัยตอนที่สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>วลีรหัสผ่านที่คลังนิรภัยใช้อยู่ตอนที่สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file.</source>
        <translation>เลือกไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault had when the backup was made, or tick &quot;Use the recovery key instead&quot; and type the recovery key.</source>
        <translation>พิมพ์วลีรหัสผ่านที่คลังนิรภัยใช้อยู่ตอนที่สำรองข้อมูล หรือเลือก &quot;ใช้กุญแจกู้คืนแทน&quot; แล้วพิมพ์กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup did not pass the check: {reason} Do not rely on it: make a new backup of the vault now and keep the damaged file only for your technical contact.</source>
        <translation>ข้อมูลสำรองนี้ไม่ผ่านการตรวจสอบ: {reason} อย่าพึ่งพาข้อมูลสำรองนี้ สำรองคลังนิรภัยใหม่เดี๋ยวนี้ และเก็บไฟล์ที่เสียหายไว้ให้ผู้ดูแลด้านเทคนิคของคุณเท่านั้น</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+299"/>
        <source>Known</source>
        <translation>ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is known</source>
        <translation>{name}: ทราบ</translation>
    </message>
</context>
</TS>
