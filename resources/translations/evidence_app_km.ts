<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>the vault folder</source>
        <translation>ថតឃ្លាំង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong recovery key</source>
        <translation>សោស្ដារខុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key is not right.{detail} Check each group of characters against your written copy and try again.</source>
        <translation>សោស្ដារមិនត្រឹមត្រូវទេ។{detail} សូមពិនិត្យតួអក្សរម្ដងមួយក្រុមៗ ជាមួយច្បាប់ដែលអ្នកបានសរសេរទុក រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase</source>
        <translation>ឃ្លាសម្ងាត់ខុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យ Caps Lock និងភាសានៃក្ដារចុច រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault already open</source>
        <translation>ឃ្លាំងកំពុងបើករួចហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open in another Evidence Vault window. Close it and try again.</source>
        <translation>ឃ្លាំងកំពុងបើកនៅក្នុងបង្អួច Evidence Vault មួយទៀត។ សូមបិទវា រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault found</source>
        <translation>រកមិនឃើញឃ្លាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault in {folder}. If it is on a removable drive, connect the drive and try again.</source>
        <translation>គ្មានឃ្លាំងនៅក្នុង {folder} ទេ។ បើវានៅលើដ្រាយចល័ត សូមភ្ជាប់ដ្រាយនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault damaged</source>
        <translation>ឃ្លាំងខូច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault cannot be read because some of its files are damaged or missing. Do not change the files in {folder}; restore the vault from your latest backup, or ask your technical contact for help.</source>
        <translation>មិនអាចអានឃ្លាំងបានទេ ព្រោះឯកសារខ្លះរបស់វាខូច ឬបាត់។ កុំកែប្រែឯកសារក្នុង {folder}៖ សូមស្ដារឃ្លាំងពីការបម្រុងទុកចុងក្រោយរបស់អ្នក ឬសុំជំនួយពីអ្នកទំនាក់ទំនងផ្នែកបច្ចេកទេសរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder not empty</source>
        <translation>ថតមិនទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new vault needs an empty folder, and {folder} already holds files. Choose another folder or move those files away.</source>
        <translation>ឃ្លាំងថ្មីត្រូវការថតទទេ ប៉ុន្តែ {folder} មានឯកសាររួចហើយ។ សូមជ្រើសរើសថតផ្សេង ឬផ្លាស់ទីឯកសារទាំងនោះចេញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>សូមពិនិត្យអ្វីដែលអ្នកបានបញ្ចូល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record not found</source>
        <translation>រកមិនឃើញកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists; it may have been deleted. Reload the case and try again.</source>
        <translation>កំណត់ត្រានេះលែងមានទៀតហើយ៖ វាប្រហែលជាត្រូវបានលុប។ សូមផ្ទុកករណីឡើងវិញ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity problem</source>
        <translation>បញ្ហាភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some stored evidence failed its integrity check. Do not change the vault; run a vault check and restore from a backup if needed.</source>
        <translation>ភស្តុតាងខ្លះដែលបានរក្សាទុកមិនបានឆ្លងកាត់ការពិនិត្យភាពត្រឹមត្រូវទេ។ កុំកែប្រែឃ្លាំង៖ សូមពិនិត្យឃ្លាំង ហើយស្ដារពីការបម្រុងទុកបើចាំបាច់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File not supported</source>
        <translation>មិនគាំទ្រឯកសារនេះទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not finish</source>
        <translation>មិនអាចបញ្ចប់បាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not use the disk</source>
        <translation>មិនអាចប្រើថាសបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault folder could not be read or written. Check that the drive is connected, not full, and that you may write to it, then try again.</source>
        <translation>មិនអាចអាន ឬសរសេរថតឃ្លាំងបានទេ។ សូមពិនិត្យថាដ្រាយត្រូវបានភ្ជាប់ មិនពេញ ហើយអ្នកមានសិទ្ធិសរសេរ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it again and retry; if it happens again, tell your technical contact.</source>
        <translation>មានបញ្ហាមិនរំពឹងទុកកើតឡើង ({kind})។ គ្មានអ្វីត្រូវបានរក្សាទុកបន្ថែមទេ។ សូមចាក់សោឃ្លាំង ដោះសោម្ដងទៀត ហើយព្យាយាមឡើងវិញ៖ បើវាកើតឡើងម្ដងទៀត សូមប្រាប់អ្នកទំនាក់ទំនងផ្នែកបច្ចេកទេសរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="+229"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown person)</source>
        <translation>(បុគ្គលមិនស្គាល់)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+30"/>
        <location line="+47"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Revision</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+61"/>
        <source>Redactions</source>
        <translation>ការបិទបាំង</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Beginning</source>
        <translation>ផ្នែកដើម</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pseudonym</source>
        <translation>ឈ្មោះក្លែង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used (public)</source>
        <translation>មិនប្រើ (សាធារណៈ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>ត្រូវបានការពារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Private</source>
        <translation>ឯកជន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>បានកែប្រែ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>ក្រុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>រសើប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates</source>
        <translation>កូអរដោនេ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>ពេលវេលា (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>លេខសម្គាល់កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved (UTC)</source>
        <translation>បានរក្សាទុក (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>មេឌៀ</translation>
    </message>
    <message>
        <location filename="../../ui/tool_base.py" line="+137"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>ប្រើសោស្ដារជំនួសវិញ(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>បង្ហាញអ្វីដែលខ្ញុំវាយ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Check the vault</source>
        <translation>ពិនិត្យឃ្លាំង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the vault header, the database, every stored media file and the custody log. Nothing is changed.</source>
        <translation>ពិនិត្យក្បាលឃ្លាំង មូលដ្ឋានទិន្នន័យ រាល់ឯកសារមេឌៀដែលបានរក្សាទុក និងកំណត់ហេតុរក្សាភស្តុតាង។ គ្មានអ្វីត្រូវបានប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check now</source>
        <translation>ពិនិត្យឥឡូវ(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the vault</source>
        <translation>បម្រុងទុកឃ្លាំង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole vault to one encrypted file. The vault&apos;s passphrase or its recovery key opens it. Keep backups on another drive, away from this computer.</source>
        <translation>សរសេរឃ្លាំងទាំងមូលទៅក្នុងឯកសារដែលបានអ៊ិនគ្រីបមួយ។ ឃ្លាសម្ងាត់ ឬសោស្ដាររបស់ឃ្លាំងអាចបើកវាបាន។ សូមរក្សាការបម្រុងទុកនៅលើដ្រាយផ្សេង ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up</source>
        <translation>បម្រុងទុក(&amp;B)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Check a backup</source>
        <translation>ពិនិត្យការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written.</source>
        <translation>ឌិគ្រីបការបម្រុងទុកក្នុងអង្គចងចាំ ហើយប្រៀបធៀបរាល់ឯកសារក្នុងនោះជាមួយផលបូកពិនិត្យរបស់វា។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the backup</source>
        <translation>ពិនិត្យការបម្រុងទុក(&amp;C)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a backup</source>
        <translation>ស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores a backup into a new, empty folder. The vault open now is not touched.</source>
        <translation>ស្ដារការបម្រុងទុកទៅក្នុងថតថ្មីដែលទទេ។ ឃ្លាំងដែលកំពុងបើកមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>ស្ដារ(&amp;R)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Verify a bundle</source>
        <translation>ផ្ទៀងផ្ទាត់សំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks a dossier bundle as its recipient would: its files, their checksums and the signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only.</source>
        <translation>ពិនិត្យសំណុំឯកសារដូចអ្នកទទួលនឹងធ្វើ៖ ឯកសាររបស់វា ផលបូកពិនិត្យ និងហត្ថលេខា។ មិនត្រូវការឃ្លាំងទេ៖ សំណុំឯកសារដែលបានអ៊ិនគ្រីប (.age) ត្រូវបានឌិគ្រីបតែក្នុងអង្គចងចាំប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>ផ្ទៀងផ្ទាត់(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+128"/>
        <source>Export a case for a colleague</source>
        <translation>នាំចេញករណីសម្រាប់សហការី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a complete copy of one case for a colleague&apos;s Evidence Vault, signed by this vault and encrypted to your colleague&apos;s age public key.</source>
        <translation>សរសេរច្បាប់ចម្លងពេញលេញនៃករណីមួយសម្រាប់ Evidence Vault របស់សហការី ដោយចុះហត្ថលេខាដោយឃ្លាំងនេះ និងអ៊ិនគ្រីបសម្រាប់សោសាធារណៈ age របស់សហការី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the package</source>
        <translation>សរសេរកញ្ចប់(&amp;W)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import a colleague&apos;s package</source>
        <translation>នាំចូលកញ្ចប់របស់សហការី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges a case a colleague exported for you into this vault. The whole package is checked and you see what it would change before anything is imported; if anything is wrong, nothing is imported.</source>
        <translation>បញ្ចូលករណីដែលសហការីបាននាំចេញសម្រាប់អ្នក ទៅក្នុងឃ្លាំងនេះ។ កញ្ចប់ទាំងមូលត្រូវបានពិនិត្យ ហើយអ្នកឃើញអ្វីដែលវានឹងផ្លាស់ប្ដូរ មុនពេលនាំចូលអ្វីមួយ៖ បើមានអ្វីខុស គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>មើលជាមុន(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="+29"/>
        <source>Evidence Vault recovery key</source>
        <translation>សោស្ដារ Evidence Vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this paper somewhere safe, away from the computer. With this key anyone can open the vault, and nobody can make a new one if it is lost.</source>
        <translation>ទុកក្រដាសនេះនៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រ។ អ្នកណាក៏ដោយដែលមានសោនេះ អាចបើកឃ្លាំងបាន ហើយបើវាបាត់ គ្មាននរណាអាចបង្កើតសោថ្មីបានទេ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the recovery key</source>
        <translation>បោះពុម្ពសោស្ដារ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer. Write the key down by hand.</source>
        <translation>កុំព្យូទ័រនេះមិនទាន់មានម៉ាស៊ីនបោះពុម្ពទេ។ សូមសរសេរសោដោយដៃ។</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="+219"/>
        <source>The failed-unlock counter was set back: it read {read}, but the last unlock left it at {seen}. Someone may have tried passphrases on this vault and hidden it. If you did not expect this, change the passphrase.</source>
        <translation>បញ្ជរនៃការដោះសោបរាជ័យត្រូវបានគេកំណត់ថយក្រោយ៖ វាអាន {read} ប៉ុន្តែការដោះសោចុងក្រោយបានទុកវានៅ {seen}។ អាចមាននរណាម្នាក់បានសាកល្បងឃ្លាសម្ងាត់លើឃ្លាំងនេះ ហើយលាក់វា។ បើអ្នកមិនរំពឹងរឿងនេះទេ សូមប្ដូរឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts since the last unlock: {count}. If they were not yours, someone may have tried to guess your passphrase.</source>
        <translation>ការព្យាយាមដោះសោបរាជ័យតាំងពីការដោះសោចុងក្រោយ៖ {count}។ បើមិនមែនជាអ្នកទេ អាចមាននរណាម្នាក់បានព្យាយាមទាយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed unlock attempts</source>
        <translation>ការព្យាយាមដោះសោបរាជ័យ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A re-key of this vault was interrupted and has now been completed: the old passphrase and the old recovery key no longer open it. Its new recovery key was never shown, so make one now with Vault &gt; New recovery key, and write it on paper.</source>
        <translation>ការប្ដូរសោឃ្លាំងនេះត្រូវបានរំខាន ហើយឥឡូវត្រូវបានបញ្ចប់ហើយ៖ ឃ្លាសម្ងាត់ចាស់ និងសោស្ដារចាស់លែងបើកវាបានទៀតហើយ។ សោស្ដារថ្មីរបស់វាមិនដែលត្រូវបានបង្ហាញទេ ដូច្នេះសូមបង្កើតមួយឥឡូវនេះ តាម ឃ្លាំង &gt; សោស្ដារថ្មី ហើយសរសេរវាលើក្រដាស។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A re-key of this vault was interrupted before it changed the vault and has been undone: the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to.</source>
        <translation>ការប្ដូរសោឃ្លាំងនេះត្រូវបានរំខានមុនពេលវាប្ដូរឃ្លាំង ហើយត្រូវបានលុបចោលវិញ៖ ឃ្លាំងរក្សាឃ្លាសម្ងាត់ និងសោស្ដារមុនរបស់វា។ ប្ដូរសោម្ដងទៀត ប្រសិនបើអ្នកចង់ធ្វើ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted re-key</source>
        <translation>ការប្ដូរសោដែលត្រូវបានរំខាន</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The passphrase was changed.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវបានប្ដូរហើយ។</translation>
    </message>
</context>
<context>
    <name>AttachMediaDialog</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="+778"/>
        <source>Attach media</source>
        <translation>ភ្ជាប់មេឌៀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media of this case</source>
        <translation>មេឌៀនៃករណីនេះ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach</source>
        <translation>ភ្ជាប់(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose what to attach (Ctrl or Shift selects several):</source>
        <translation>ជ្រើសរើសអ្វីដែលត្រូវភ្ជាប់ (Ctrl ឬ Shift ដើម្បីជ្រើសច្រើន)(&amp;C)៖</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../ui/media/player.py" line="+47"/>
        <source>Recording player</source>
        <translation>កម្មវិធីចាក់សំឡេងថត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;y</source>
        <translation>ចាក់(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the recording</source>
        <translation>ចាក់សំឡេងថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the working copy (Alt+Y; Space while the player has focus)</source>
        <translation>ចាក់ច្បាប់ចម្លងធ្វើការ (Alt+Y; Space ពេលកម្មវិធីចាក់កំពុងផ្ដោត)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paus&amp;e</source>
        <translation>ផ្អាក(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the recording</source>
        <translation>ផ្អាកសំឡេងថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Alt+E; Space while the player has focus)</source>
        <translation>ផ្អាក (Alt+E; Space ពេលកម្មវិធីចាក់កំពុងផ្ដោត)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording and go back to the start</source>
        <translation>បញ្ឈប់សំឡេងថត ហើយត្រឡប់ទៅដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and go back to the start (the Stop media key works too)</source>
        <translation>បញ្ឈប់ ហើយត្រឡប់ទៅដើម (គ្រាប់ចុច Stop របស់មេឌៀក៏ប្រើបានដែរ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in the recording</source>
        <translation>ទីតាំងក្នុងសំឡេងថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end</source>
        <translation>ព្រួញ៖ ១ វិនាទី, Page Up/Down៖ ១០ វិនាទី, Home/End៖ ដើម/ចុង</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time played and length of the recording</source>
        <translation>ពេលដែលបានចាក់ និងរយៈពេលនៃសំឡេងថត</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Playback is unavailable on this computer: its multimedia libraries could not be loaded. The recording is kept safely in the vault.</source>
        <translation>មិនអាចចាក់លើកុំព្យូទ័រនេះបានទេ៖ មិនអាចផ្ទុកបណ្ណាល័យពហុមេឌៀរបស់វាបាន។ សំឡេងថតនៅតែត្រូវបានរក្សាទុកដោយសុវត្ថិភាពក្នុងឃ្លាំង។</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The recording could not be played: {reason}</source>
        <translation>មិនអាចចាក់សំឡេងថតបានទេ៖ {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-180"/>
        <source>Save the backup as</source>
        <translation>រក្សាទុកការបម្រុងទុកជា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file to write</source>
        <translation>ឯកសារបម្រុងទុកដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the backup as:</source>
        <translation>រក្សាទុកការបម្រុងទុកជា(&amp;S)៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file to write the backup to (a new file).</source>
        <translation>ជ្រើសរើសឯកសារដែលត្រូវសរសេរការបម្រុងទុកចូល (ឯកសារថ្មី)។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the backup…</source>
        <translation>កំពុងសរសេរការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to:
{path}
Size: {size}.

It is encrypted; the vault&apos;s passphrase or recovery key opens it. Check it now and then with Tools &gt; Check a backup…</source>
        <translation>ការបម្រុងទុកត្រូវបានសរសេរទៅ៖
{path}
ទំហំ៖ {size}។

វាត្រូវបានអ៊ិនគ្រីប។ ឃ្លាសម្ងាត់ ឬសោស្ដាររបស់ឃ្លាំងអាចបើកវាបាន។ សូមពិនិត្យវាម្ដងម្កាលតាមរយៈ ឧបករណ៍ &gt; ពិនិត្យការបម្រុងទុក…</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <location filename="../../ui/capture_guard.py" line="+57"/>
        <source>Not available on Linux: under X11 any program of your session can read this window, and Wayland offers no way for a window to refuse screen capture. Close other programs that record or share the screen.</source>
        <translation>មិនមាននៅលើ Linux ទេ៖ ក្រោម X11 កម្មវិធីណាមួយក្នុងវគ្គរបស់អ្នកអាចអានបង្អួចនេះបាន ហើយ Wayland មិនផ្ដល់មធ្យោបាយឱ្យបង្អួចបដិសេធការថតអេក្រង់ទេ។ សូមបិទកម្មវិធីផ្សេងទៀតដែលថត ឬចែករំលែកអេក្រង់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available on this system: screenshots and screen sharing can show this window.</source>
        <translation>មិនមាននៅលើប្រព័ន្ធនេះទេ៖ រូបថតអេក្រង់ និងការចែករំលែកអេក្រង់អាចបង្ហាញបង្អួចនេះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: Windows leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>បើក៖ Windows មិនដាក់បង្អួចរបស់កម្មវិធីក្នុងរូបថតអេក្រង់ និងការចែករំលែកអេក្រង់ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: this Windows version shows the app&apos;s windows as black in screenshots and screen sharing.</source>
        <translation>បើក៖ Windows កំណែនេះបង្ហាញបង្អួចរបស់កម្មវិធីជាពណ៌ខ្មៅក្នុងរូបថតអេក្រង់ និងការចែករំលែកអេក្រង់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: Windows refused to exclude the window from screen capture.</source>
        <translation>មិនមានទេ៖ Windows បានបដិសេធមិនដកបង្អួចចេញពីការថតអេក្រង់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: macOS leaves the app&apos;s windows out of screenshots and screen sharing.</source>
        <translation>បើក៖ macOS មិនដាក់បង្អួចរបស់កម្មវិធីក្នុងរូបថតអេក្រង់ និងការចែករំលែកអេក្រង់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: macOS did not let the window refuse screen capture.</source>
        <translation>មិនមានទេ៖ macOS មិនបានអនុញ្ញាតឱ្យបង្អួចបដិសេធការថតអេក្រង់ទេ។</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="+175"/>
        <source>Change the passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key again. Your recovery key stays valid; keep the paper safe.</source>
        <translation>អ្នកបានបើកឃ្លាំងដោយប្រើសោស្ដារ។ សូមជ្រើសរើសឃ្លាសម្ងាត់ថ្មីឥឡូវនេះ ដើម្បីកុំឱ្យត្រូវការសោនោះទៀត។ សោស្ដាររបស់អ្នកនៅតែមានសុពលភាព សូមរក្សាក្រដាសនោះឱ្យបានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current passphrase, then the new one twice. Only the key that protects the vault is re-wrapped: this takes a second, and the recovery key stays valid.</source>
        <translation>វាយឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់អ្នក បន្ទាប់មកវាយឃ្លាសម្ងាត់ថ្មីពីរដង។ មានតែសោដែលការពារឃ្លាំងប៉ុណ្ណោះដែលត្រូវបានរុំឡើងវិញ៖ វាចំណាយពេលមួយវិនាទី ហើយសោស្ដារនៅតែមានសុពលភាព។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន(&amp;U)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the passphrase</source>
        <translation>កំពុងប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>ពេលក្រោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>នេះមិនមែនជាឃ្លាសម្ងាត់បច្ចុប្បន្នទេ។ គ្មានអ្វីត្រូវបានប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+82"/>
        <source>Checking the backup…</source>
        <translation>កំពុងពិនិត្យការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are media files).
Vault {vault}, backed up {created}.</source>
        <translation>ការបម្រុងទុកល្អ៖ ឯកសារទាំង {files} របស់វាត្រូវគ្នានឹងផលបូកពិនិត្យ (ក្នុងនោះ {blobs} ជាឯកសារមេឌៀ)។
ឃ្លាំង {vault} បានបម្រុងទុកនៅ {created}។</translation>
    </message>
</context>
<context>
    <name>CheckVaultDialog</name>
    <message>
        <location line="-154"/>
        <source>Checking every file of the vault… this can take a while.</source>
        <translation>កំពុងពិនិត្យគ្រប់ឯកសារនៃឃ្លាំង… វាអាចចំណាយពេលបន្តិច។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the vault passed every check ({checked}).</source>
        <translation>អ្វីៗល្អទាំងអស់៖ ឃ្លាំងបានឆ្លងកាត់ការពិនិត្យទាំងអស់ ({checked})។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found {n} problem(s), listed below. Do not change the files in the vault folder. Restore the vault from your latest backup (Tools &gt; Restore a backup…), or show this list to your technical contact.</source>
        <translation>ការពិនិត្យបានរកឃើញបញ្ហា {n} ដែលបានរាយខាងក្រោម។ កុំកែប្រែឯកសារក្នុងថតឃ្លាំង។ សូមស្ដារឃ្លាំងពីការបម្រុងទុកចុងក្រោយរបស់អ្នក (ឧបករណ៍ &gt; ស្ដារការបម្រុងទុក…) ឬបង្ហាញបញ្ជីនេះទៅអ្នកទំនាក់ទំនងផ្នែកបច្ចេកទេសរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <location filename="../../ui/labels.py" line="+13"/>
        <source>Phone numbers</source>
        <translation>លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>អាសយដ្ឋានអ៊ីមែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web addresses</source>
        <translation>អាសយដ្ឋានគេហទំព័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account numbers (IBAN)</source>
        <translation>លេខគណនីធនាគារ (IBAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card numbers</source>
        <translation>លេខកាតទូទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crypto wallet addresses</source>
        <translation>អាសយដ្ឋានកាបូបរូបិយប័ណ្ណគ្រីបតូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport numbers</source>
        <translation>លេខលិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS coordinates</source>
        <translation>កូអរដោនេ GPS</translation>
    </message>
</context>
<context>
    <name>DossierPreview</name>
    <message>
        <location filename="../../ui/dossier_preview.py" line="+33"/>
        <source>Preview of the dossier</source>
        <translation>មើលសំណុំឯកសារជាមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>កំពុងគូរទំព័រ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the pages</source>
        <translation>កំពុងគូរទំព័រ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier pages</source>
        <translation>ទំព័រសំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page {n} of {total}</source>
        <translation>ទំព័រ {n} នៃ {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {n} of {total} pages, as the export will write them.</source>
        <translation>ទំព័រ {n} ដំបូងនៃ {total} ទំព័រ ដូចដែលការនាំចេញនឹងសរសេរ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} page(s), as the export will write them. Nothing has been saved yet.</source>
        <translation>{total} ទំព័រ ដូចដែលការនាំចេញនឹងសរសេរ។ មិនទាន់មានអ្វីត្រូវបានរក្សាទុកនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+171"/>
        <source>Check before exporting (dry run)</source>
        <translation>ពិនិត្យមុននាំចេញ (សាកល្បង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every redaction, every detail kept and everything left out. Nothing is written yet.</source>
        <translation>រាល់ការបិទបាំង រាល់ព័ត៌មានលម្អិតដែលរក្សាទុក និងអ្វីៗទាំងអស់ដែលបានដកចេញ។ មិនទាន់មានអ្វីត្រូវបានសរសេរនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view the dossier pages…</source>
        <translation>មើលទំព័រសំណុំឯកសារជាមុន(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run progress</source>
        <translation>វឌ្ឍនភាពនៃការសាកល្បង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: redactions and exclusions</source>
        <translation>ការសាកល្បង៖ ការបិទបាំង និងការដកចេញ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing the export in memory…</source>
        <translation>កំពុងរៀបចំការនាំចេញក្នុងអង្គចងចាំ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The leak gate found {n} problem(s): this export cannot go ahead. Correct the records listed (or mark the text as redacted), then start the export again.</source>
        <translation>ការត្រួតពិនិត្យការលេចធ្លាយបានរកឃើញបញ្ហា {n}៖ ការនាំចេញនេះមិនអាចបន្តបានទេ។ សូមកែកំណត់ត្រាដែលបានរាយ (ឬសម្គាល់អត្ថបទថាបានបិទបាំង) រួចចាប់ផ្ដើមនាំចេញម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leak gate problems ({n}):</source>
        <translation>បញ្ហាពីការត្រួតពិនិត្យការលេចធ្លាយ ({n})៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leak gate passed: no protected name, contact or detail you did not allow is left in the dossier.</source>
        <translation>ការត្រួតពិនិត្យការលេចធ្លាយបានឆ្លងកាត់៖ គ្មានឈ្មោះ ទំនាក់ទំនង ឬព័ត៌មានលម្អិតដែលត្រូវបានការពារ ឬដែលអ្នកមិនបានអនុញ្ញាត នៅសល់ក្នុងសំណុំឯកសារទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dossier will hold: {contents}.</source>
        <translation>សំណុំឯកសារនឹងមាន៖ {contents}។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Muted in recordings ({n}):</source>
        <translation>បានបិទសំឡេងក្នុងការថត ({n})៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown with less detail ({n}):</source>
        <translation>បង្ហាញដោយព័ត៌មានលម្អិតតិចជាង ({n})៖</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Redactions ({n}):</source>
        <translation>ការបិទបាំង ({n})៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed and kept ({n}):</source>
        <translation>បានអនុញ្ញាត និងរក្សាទុក ({n})៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out ({n}):</source>
        <translation>បានដកចេញ ({n})៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {w}</source>
        <translation>ការព្រមាន៖ {w}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../ui/duress.py" line="+48"/>
        <source>Duress passphrase</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is a second passphrase for when you are forced to unlock. It opens a decoy vault with harmless content and, at the same moment, destroys this vault for good: only a backup made before, opened with your real passphrase or the recovery key, brings it back.

Prepare the decoy first as a separate vault whose passphrase is the duress passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. Add harmless cases there, close that window, then set the duress passphrase here with that folder. It is packed into this vault and its folder is then wiped. Without a decoy folder the decoy is an empty vault.</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ គឺជាឃ្លាសម្ងាត់ទីពីរសម្រាប់ពេលដែលអ្នកត្រូវគេបង្ខំឱ្យដោះសោ។ វាបើកឃ្លាំងបញ្ឆោតដែលមានខ្លឹមសារគ្មានគ្រោះថ្នាក់ ហើយក្នុងពេលតែមួយ បំផ្លាញឃ្លាំងនេះជាអចិន្ត្រៃយ៍៖ មានតែការបម្រុងទុកដែលបានធ្វើពីមុន បើកដោយឃ្លាសម្ងាត់ពិតរបស់អ្នក ឬសោស្ដារ ទើបអាចនាំវាមកវិញបាន។

រៀបចំឃ្លាំងបញ្ឆោតជាមុនសិន ជាឃ្លាំងដាច់ដោយឡែកដែលឃ្លាសម្ងាត់របស់វាជាឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ៖ «ឃ្លាំងបញ្ឆោតថ្មី…» បើកឃ្លាំងមួយក្នុងបង្អួចទីពីរ លើថតទទេមួយដែលអ្នកជ្រើសរើស។ បន្ថែមករណីគ្មានគ្រោះថ្នាក់នៅទីនោះ បិទបង្អួចនោះ រួចកំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំនៅទីនេះជាមួយថតនោះ។ វានឹងត្រូវខ្ចប់ចូលក្នុងឃ្លាំងនេះ ហើយថតរបស់វានឹងត្រូវលុបបំផ្លាញ។ បើគ្មានថតឃ្លាំងបញ្ឆោតទេ ឃ្លាំងបញ្ឆោតគឺជាឃ្លាំងទទេ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន(&amp;U)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy vault folder</source>
        <translation>ថតឃ្លាំងបញ្ឆោត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an empty decoy vault</source>
        <translation>ទទេ៖ ឃ្លាំងបញ្ឆោតទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ជ្រើសរើស(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New decoy vault…</source>
        <translation>ឃ្លាំងបញ្ឆោតថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoy vault:</source>
        <translation>ឃ្លាំងបញ្ឆោត(&amp;D)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the duress passphrase</source>
        <translation>កំពុងកំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;et duress passphrase</source>
        <translation>កំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move it</source>
        <translation>ដកវាចេញ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A duress passphrase is set. Setting a new one replaces it and its decoy.</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំរួចហើយ។ ការកំណត់ថ្មីនឹងជំនួសវា និងឃ្លាំងបញ្ឆោតរបស់វា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No duress passphrase is set.</source>
        <translation>មិនទាន់កំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the decoy vault folder</source>
        <translation>ជ្រើសរើសថតឃ្លាំងបញ្ឆោត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an empty folder for the decoy vault</source>
        <translation>ជ្រើសរើសថតទទេមួយសម្រាប់ឃ្លាំងបញ្ឆោត</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder is not empty. Choose an empty folder for the decoy vault.</source>
        <translation>ថតនោះមិនទទេទេ។ សូមជ្រើសរើសថតទទេមួយសម្រាប់ឃ្លាំងបញ្ឆោត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A second window could not be started.</source>
        <translation>មិនអាចចាប់ផ្ដើមបង្អួចទីពីរបានទេ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The duress passphrase is set.</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The duress passphrase was removed.</source>
        <translation>បានដកឃ្លាសម្ងាត់ពេលត្រូវបង្ខំចេញ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>នេះមិនមែនជាឃ្លាសម្ងាត់បច្ចុប្បន្នទេ។ គ្មានអ្វីត្រូវបានប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+275"/>
        <source>Edit case</source>
        <translation>កែសម្រួលករណី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>បានដាក់ក្នុងបណ្ណសារ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>ស្ថានភាព(&amp;S)៖</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <location line="+372"/>
        <source>Edit note</source>
        <translation>កែសម្រួលកំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location line="-192"/>
        <source>Edit person</source>
        <translation>កែសម្រួលបុគ្គល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget every former name, phone number and e-mail kept for redaction: exports may then show them</source>
        <translation>បំភ្លេចឈ្មោះចាស់ លេខទូរស័ព្ទ និងអ៊ីមែលទាំងអស់ដែលរក្សាទុកសម្រាប់ការបិទបាំង(&amp;F)៖ ការនាំចេញអាចនឹងបង្ហាញវា</translation>
    </message>
</context>
<context>
    <name>EditSiteDialog</name>
    <message>
        <location line="+336"/>
        <source>Edit site</source>
        <translation>កែសម្រួលទីតាំង</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+337"/>
        <source>Export a case</source>
        <translation>នាំចេញករណី</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+211"/>
        <source>My transfer fingerprint</source>
        <translation>ស្នាមម្រាមដៃផ្ទេររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault signs every package and bundle it exports with its own key. Read this fingerprint to your colleague by phone or in person; they compare it with the one their app shows when they import or verify what you sent.</source>
        <translation>ឃ្លាំងនេះចុះហត្ថលេខាលើរាល់កញ្ចប់ និងសំណុំឯកសារដែលវានាំចេញ ដោយប្រើសោរបស់ខ្លួន។ សូមអានស្នាមម្រាមដៃនេះឱ្យសហការីរបស់អ្នកស្ដាប់តាមទូរស័ព្ទ ឬដោយផ្ទាល់៖ ពួកគេប្រៀបធៀបវាជាមួយនឹងស្នាមម្រាមដៃដែលកម្មវិធីរបស់ពួកគេបង្ហាញ ពេលនាំចូល ឬផ្ទៀងផ្ទាត់អ្វីដែលអ្នកបានផ្ញើ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing key fingerprint</source>
        <translation>ស្នាមម្រាមដៃនៃសោចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+286"/>
        <source>Create an Evidence Vault</source>
        <translation>បង្កើត Evidence Vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no vault yet. Create one: everything you record is encrypted with a key that only your passphrase (or the recovery key shown next) can unlock.</source>
        <translation>មិនទាន់មានឃ្លាំងនៅឡើយទេ។ សូមបង្កើតមួយ៖ អ្វីៗដែលអ្នកកត់ត្រាត្រូវបានអ៊ិនគ្រីបដោយសោ ដែលមានតែឃ្លាសម្ងាត់របស់អ្នក (ឬសោស្ដារដែលនឹងបង្ហាញបន្ទាប់) ប៉ុណ្ណោះអាចដោះសោបាន។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder: {folder}</source>
        <translation>ថតឃ្លាំង៖ {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change, e.g. initials</source>
        <translation>កត់ត្រាជាមួយរាល់ការផ្លាស់ប្ដូរ ឧ. អក្សរកាត់ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault</source>
        <translation>កំពុងបង្កើតឃ្លាំង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>បង្កើតឃ្លាំង(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;name:</source>
        <translation>ឈ្មោះរបស់អ្នក(&amp;N)៖</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/media/canvas.py" line="+143"/>
        <source>Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, Esc cancels, Tab goes through the boxes, Delete removes the selected one.</source>
        <translation>ក្ដារចុច៖ N ប្រអប់ថ្មី, ព្រួញផ្លាស់ទី, Shift+ព្រួញប្ដូរទំហំ, Ctrl ជំហានធំជាង, Enter បន្ថែម, Esc បោះបង់, Tab ឆ្លងកាត់ប្រអប់, Delete លុបប្រអប់ដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.</source>
        <translation>ប្រអប់ថ្មីនៅ {x},{y}, {w}×{h} ភីកសែល៖ Enter ដើម្បីបន្ថែម, Esc ដើម្បីបោះបង់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.</source>
        <translation>ប្រអប់ {n} នៃ {m} នៅ {x},{y}, {w}×{h} ភីកសែល៖ ព្រួញដើម្បីផ្លាស់ទី, Delete ដើម្បីលុប។</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../ui/media/importing.py" line="+50"/>
        <source>&amp;Import files…</source>
        <translation>នាំចូលឯកសារ(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or recordings to this case (you can also drop files here)</source>
        <translation>បន្ថែមរូបថត ឬសំឡេងថតទៅករណីនេះ (អ្នកក៏អាចទម្លាក់ឯកសារនៅទីនេះបានដែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>បោះបង់ការនាំចូល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>វឌ្ឍនភាពនៃការនាំចូល</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be imported</source>
        <translation>ឯកសារដែលមិនអាចនាំចូលបាន</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing {n} file(s)…</source>
        <translation>កំពុងនាំចូលឯកសារ {n}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {done} of {total}…</source>
        <translation>បាននាំចូល {done} នៃ {total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current file…</source>
        <translation>នឹងឈប់ក្រោយឯកសារបច្ចុប្បន្ន…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported {n} file(s).</source>
        <translation>បាននាំចូលឯកសារ {n}។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kept sealed only (not exportable).</source>
        <translation>{n} ត្រូវបានរក្សាទុកបិទត្រាតែប៉ុណ្ណោះ (មិនអាចនាំចេញបាន)។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} could not be imported; see the list below.</source>
        <translation>{n} មិនអាចនាំចូលបាន៖ មើលបញ្ជីខាងក្រោម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: {n} file(s) were not imported.</source>
        <translation>បានបោះបង់ការនាំចូល៖ ឯកសារ {n} មិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {reason}</source>
        <translation>{name}៖ {reason}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+82"/>
        <source>Transcribe the recording</source>
        <translation>ចម្លងការថតជាអក្សរ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect it</source>
        <translation>រកឃើញដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language spoken:</source>
        <translation>ភាសាដែលនិយាយ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft: check it against the recording.</source>
        <translation>ការនិយាយត្រូវបានស្គាល់នៅលើកុំព្យូទ័រនេះ គ្មានអ្វីត្រូវបានផ្ញើទៅកន្លែងណាទេ។ អត្ថបទចម្លងជាសេចក្ដីព្រាង៖ សូមពិនិត្យវាជាមួយការថត។</translation>
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
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ases</source>
        <translation>ករណី(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonies</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody log</source>
        <translation>កំណត់ហេតុរក្សាភស្តុតាង</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case records</source>
        <translation>កំណត់ត្រានៃករណី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Testimonies</source>
        <translation>សក្ខីកម្ម(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persons</source>
        <translation>បុគ្គល(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>កំណត់ចំណាំ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>ទីតាំង(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody log</source>
        <translation>កំណត់ហេតុរក្សាភស្តុតាង(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Media</source>
        <translation>មេឌៀ(&amp;M)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New &amp;case…</source>
        <translation>ករណីថ្មី(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a case</source>
        <translation>បង្កើតករណី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person…</source>
        <translation>បុគ្គលថ្មី(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>បន្ថែមបុគ្គល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;testimony…</source>
        <translation>សក្ខីកម្មថ្មី(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a testimony</source>
        <translation>កត់ត្រាសក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;note…</source>
        <translation>កំណត់ចំណាំថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note</source>
        <translation>សរសេរកំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;site…</source>
        <translation>ទីតាំងថ្មី(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a site</source>
        <translation>បន្ថែមទីតាំង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open testimony</source>
        <translation>បើកសក្ខីកម្ម(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected testimony in the editor</source>
        <translation>បើកសក្ខីកម្មដែលបានជ្រើសក្នុងកម្មវិធីកែសម្រួល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected record (or the case, from the case list)</source>
        <translation>ប្ដូរកំណត់ត្រាដែលបានជ្រើស (ឬករណី ពីបញ្ជីករណី)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>លុប(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected record (asks you to confirm)</source>
        <translation>លុបកំណត់ត្រាដែលបានជ្រើស (សុំឱ្យអ្នកបញ្ជាក់)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>ស្វែងរក(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the whole vault</source>
        <translation>ស្វែងរកក្នុងឃ្លាំងទាំងមូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock now</source>
        <translation>ចាក់សោឥឡូវ(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault: close it and ask for the passphrase again</source>
        <translation>ចាក់សោឃ្លាំង៖ បិទវា ហើយសុំឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>ចំណូលចិត្ត(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;passphrase…</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new passphrase for this vault (asks for the current one)</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់ថ្មីសម្រាប់ឃ្លាំងនេះ (សុំឃ្លាសម្ងាត់បច្ចុប្បន្ន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-key vault…</source>
        <translation>ប្ដូរសោឃ្លាំង(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for the whole vault: old copies of it stop opening (new recovery key)</source>
        <translation>សោថ្មីសម្រាប់ឃ្លាំងទាំងមូល៖ ច្បាប់ចម្លងចាស់របស់វាលែងបើកបាន (សោស្ដារថ្មី)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New re&amp;covery key…</source>
        <translation>សោស្ដារថ្មី(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a new recovery key once; the old one stops opening the vault</source>
        <translation>បង្ហាញសោស្ដារថ្មីម្ដង៖ សោចាស់លែងបើកឃ្លាំងបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import media…</source>
        <translation>នាំចូលមេឌៀ(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos or recordings into the current case</source>
        <translation>នាំចូលរូបថត ឬសំឡេងថតទៅក្នុងករណីបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>នាំចេញករណី(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted, signed bundle of a case</source>
        <translation>នាំចេញសំណុំឯកសារនៃករណីដែលបានបិទបាំង និងចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe vault…</source>
        <translation>លុបបំផ្លាញឃ្លាំង(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy the vault for good (asks you to confirm)</source>
        <translation>បំផ្លាញឃ្លាំងជាស្ថាពរ (សុំឱ្យអ្នកបញ្ជាក់)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick e&amp;xit</source>
        <translation>ចាកចេញរហ័ស(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the vault and close every window at once</source>
        <translation>ចាក់សោឃ្លាំង ហើយបិទបង្អួចទាំងអស់ភ្លាមៗ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vault</source>
        <translation>ឃ្លាំង(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Records</source>
        <translation>កំណត់ត្រា(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit</source>
        <translation>កែសម្រួល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>ស្វែងរក(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ools</source>
        <translation>ឧបករណ៍(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Evidence Vault</source>
        <translation>អំពី Evidence Vault(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>របារឧបករណ៍មេ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locks after {n} min without use</source>
        <translation>ចាក់សោក្រោយ {n} នាទីមិនប្រើ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no cases yet. Create one with New case (Ctrl+N).</source>
        <translation>មិនទាន់មានករណីទេ។ បង្កើតមួយដោយ ករណីថ្មី (Ctrl+N)។</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Case created.</source>
        <translation>បានបង្កើតករណី។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person added.</source>
        <translation>បានបន្ថែមបុគ្គល។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testimony saved.</source>
        <translation>បានរក្សាទុកសក្ខីកម្ម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Note saved.</source>
        <translation>បានរក្សាទុកកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Site saved.</source>
        <translation>បានរក្សាទុកទីតាំង។</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first.</source>
        <translation>សូមជ្រើសជួរមួយក្នុងបញ្ជីសក្ខីកម្ម បុគ្គល កំណត់ចំណាំ ឬទីតាំង ឬជ្រើសករណីមួយក្នុងបញ្ជីករណីជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Case saved.</source>
        <translation>បានរក្សាទុកករណី។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person saved.</source>
        <translation>បានរក្សាទុកបុគ្គល។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wait for the import to finish, then delete.</source>
        <translation>សូមរង់ចាំការនាំចូលបញ្ចប់ រួចសឹមលុប។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete yet</source>
        <translation>មិនទាន់អាចលុបបានទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete case?</source>
        <translation>លុបករណី?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete person?</source>
        <translation>លុបបុគ្គល?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete testimony?</source>
        <translation>លុបសក្ខីកម្ម?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note?</source>
        <translation>លុបកំណត់ចំណាំ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site?</source>
        <translation>លុបទីតាំង?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. The custody log keeps an entry that says it was deleted, when and by whom.</source>
        <translation>សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។ កំណត់ហេតុរក្សាភស្តុតាងរក្សាធាតុមួយដែលបញ្ជាក់ថាវាត្រូវបានលុប នៅពេលណា និងដោយនរណា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the case “{title}”?</source>
        <translation>លុបករណី “{title}”?</translation>
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
        <translation>បុគ្គលនេះត្រូវបានលុបចេញពីឃ្លាំងទាំងមូល មិនមែនតែពីករណីនេះទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their names, phone numbers and e-mails stay in the redaction set: exports keep replacing them with the pseudonym where other records mention them.</source>
        <translation>ឈ្មោះ លេខទូរស័ព្ទ និងអ៊ីមែលរបស់ពួកគេនៅតែស្ថិតក្នុងសំណុំបិទបាំង៖ ការនាំចេញនៅតែជំនួសវាដោយឈ្មោះក្លែង នៅកន្លែងដែលកំណត់ត្រាផ្សេងទៀតនិយាយដល់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the person {name}?</source>
        <translation>លុបបុគ្គល {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the testimony of {person} ({date})?</source>
        <translation>លុបសក្ខីកម្មរបស់ {person} ({date})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its earlier revisions are deleted with it; attached media stay in the case.</source>
        <translation>កំណែមុនៗរបស់វាត្រូវបានលុបជាមួយ៖ មេឌៀដែលបានភ្ជាប់នៅតែស្ថិតក្នុងករណី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the note “{text}”?</source>
        <translation>លុបកំណត់ចំណាំ “{text}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “{name}”?</source>
        <translation>លុបទីតាំង “{name}”?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case deleted.</source>
        <translation>បានលុបករណី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person deleted.</source>
        <translation>បានលុបបុគ្គល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony deleted.</source>
        <translation>បានលុបសក្ខីកម្ម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted.</source>
        <translation>បានលុបកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site deleted.</source>
        <translation>បានលុបទីតាំង។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or choose a case first.</source>
        <translation>សូមបង្កើត ឬជ្រើសរើសករណីមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no case to export yet.</source>
        <translation>មិនទាន់មានករណីសម្រាប់នាំចេញទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the import to finish, then export.</source>
        <translation>សូមរង់ចាំការនាំចូលបញ្ចប់ រួចសឹមនាំចេញ។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt with an underlined letter reaches every field and button.</source>
        <translation>Alt ជាមួយអក្សរដែលមានគូសបន្ទាត់ពីក្រោម នាំទៅដល់គ្រប់វាល និងប៊ូតុង។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Evidence Vault</source>
        <translation>អំពី Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence Vault {version}

An encrypted, offline archive for testimonies, photos, recordings and source notes, with redacted, signed dossiers to share. Nothing leaves this computer unless you export it.</source>
        <translation>Evidence Vault {version}

បណ្ណសារដែលបានអ៊ិនគ្រីប និងគ្មានអ៊ីនធឺណិត សម្រាប់សក្ខីកម្ម រូបថត ការថតសំឡេង និងកំណត់ចំណាំប្រភព ជាមួយសំណុំឯកសារដែលបានបិទបាំង និងចុះហត្ថលេខាសម្រាប់ចែករំលែក។ គ្មានអ្វីចាកចេញពីកុំព្យូទ័រនេះទេ លុះត្រាតែអ្នកនាំចេញវា។</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Search words</source>
        <translation>ពាក្យស្វែងរក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the whole vault</source>
        <translation>ពាក្យដែលត្រូវរកក្នុងឃ្លាំងទាំងមូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>ស្វែងរក(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>លទ្ធផលស្វែងរក</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a word to search for.</source>
        <translation>វាយពាក្យដែលត្រូវស្វែងរក។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found: {n}. Press Enter on a result to go to it.</source>
        <translation>បានរកឃើញ៖ {n}។ ចុច Enter លើលទ្ធផលមួយដើម្បីទៅកាន់វា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>រកមិនឃើញអ្វីទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person is not linked to any case yet.</source>
        <translation>បុគ្គលនេះមិនទាន់បានភ្ជាប់ទៅករណីណាមួយទេ។</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+186"/>
        <source>Descri&amp;be…</source>
        <translation>ពិពណ៌នា(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption, date taken, place and tags</source>
        <translation>ចំណងជើងរូប កាលបរិច្ឆេទថត ទីកន្លែង និងស្លាក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save c&amp;lean copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លងស្អាត(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted working copy (no metadata, with its redactions) to a file you choose</source>
        <translation>សរសេរច្បាប់ចម្លងធ្វើការដែលបានឌិគ្រីប (គ្មានទិន្នន័យមេតា មានការបិទបាំង) ទៅឯកសារដែលអ្នកជ្រើស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ori&amp;ginal…</source>
        <translation>រក្សាទុកច្បាប់ដើម(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decrypted original, with all its metadata, to a file you choose</source>
        <translation>សរសេរច្បាប់ដើមដែលបានឌិគ្រីប ជាមួយទិន្នន័យមេតាទាំងអស់ ទៅឯកសារដែលអ្នកជ្រើស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;keys…</source>
        <translation>សោស្ដារ(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to decrypt this item&apos;s files with the standard age tool</source>
        <translation>បង្ហាញពីរបៀបឌិគ្រីបឯកសាររបស់ធាតុនេះដោយឧបករណ៍ age ស្តង់ដារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item…</source>
        <translation>លុបធាតុ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this media item</source>
        <translation>លុបធាតុមេឌៀនេះ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the original as</source>
        <translation>រក្សាទុកច្បាប់ដើមជា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the clean copy as</source>
        <translation>រក្សាទុកច្បាប់ចម្លងស្អាតជា</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original?</source>
        <translation>រក្សាទុកច្បាប់ដើម?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original still carries everything listed as risky (position, camera serial, owner…). Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never share it. Saving is recorded in the custody log.</source>
        <translation>ច្បាប់ដើមនៅតែមានអ្វីៗទាំងអស់ដែលបានរាយថាមានហានិភ័យ (ទីតាំង លេខស៊េរីកាមេរ៉ា ម្ចាស់…)។ ពេលរក្សាទុករួច វាជាឯកសារធម្មតាដែលមិនបានអ៊ិនគ្រីប៖ ទុកវាតែលើដ្រាយដែលបានអ៊ិនគ្រីបប៉ុណ្ណោះ ហើយកុំចែករំលែកវាឱ្យសោះ។ ការរក្សាទុកត្រូវបានកត់ក្នុងកំណត់ហេតុរក្សាភស្តុតាង។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save…</source>
        <translation>ជ្រើសរើសកន្លែងរក្សាទុក…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete media item</source>
        <translation>លុបធាតុមេឌៀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}” with its original and every working copy? This cannot be undone: the keys of its files are destroyed. The custody log keeps an entry saying it was deleted, when and by whom.</source>
        <translation>លុប “{name}” ជាមួយច្បាប់ដើម និងរាល់ច្បាប់ចម្លងធ្វើការរបស់វា? សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ៖ សោនៃឯកសាររបស់វាត្រូវបានបំផ្លាញ។ កំណត់ហេតុរក្សាភស្តុតាងរក្សាធាតុមួយដែលបញ្ជាក់ថាវាត្រូវបានលុប នៅពេលណា និងដោយនរណា។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
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
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ម្ចាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>កម្មវិធី</translation>
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
        <translation>កំណត់សម្គាល់របស់ក្រុមហ៊ុនផលិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded thumbnail</source>
        <translation>រូបតូចដែលបង្កប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour profile</source>
        <translation>ប្រវត្តិរូបពណ៌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden trailing data</source>
        <translation>ទិន្នន័យលាក់នៅចុងឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>រចនាសម្ព័ន្ធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the original file carried, hashes and versions</source>
        <translation>អ្វីដែលឯកសារដើមមាន ហាស និងកំណែ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>risky</source>
        <translation>មានហានិភ័យ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {name} ({type}{size})</source>
        <translation>ឯកសារ៖ {name} ({type}{size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caption</source>
        <translation>ចំណងជើងរូប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>កាលបរិច្ឆេទថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The original carried {n} risky item(s); they are NOT in the working copy:</source>
        <translation>ច្បាប់ដើមមានធាតុមានហានិភ័យ {n}៖ ពួកវាមិនមាននៅក្នុងច្បាប់ចម្លងធ្វើការទេ៖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No identifying metadata was found in the original.</source>
        <translation>រកមិនឃើញទិន្នន័យមេតាដែលអាចកំណត់អត្តសញ្ញាណក្នុងច្បាប់ដើមទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original SHA-256: {sha} ({size} bytes)</source>
        <translation>SHA-256 នៃច្បាប់ដើម៖ {sha} ({size} បៃ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No working copy: only the sealed original exists.</source>
        <translation>គ្មានច្បាប់ចម្លងធ្វើការ៖ មានតែច្បាប់ដើមដែលបិទត្រាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}</source>
        <translation>ច្បាប់ចម្លងធ្វើការ v{n}៖ SHA-256 {sha} ({size} បៃ), {when}</translation>
    </message>
</context>
<context>
    <name>MediaInfoDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="-277"/>
        <source>Media details</source>
        <translation>ព័ត៌មានលម្អិតមេឌៀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>ចំណងជើងរូប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD ឬទុកទទេបើមិនដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>កាលបរិច្ឆេទថត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions and places are searchable in the vault and are redacted like any text when the case is exported.</source>
        <translation>ចំណងជើងរូប និងទីកន្លែងអាចស្វែងរកបានក្នុងឃ្លាំង ហើយត្រូវបានបិទបាំងដូចអត្ថបទផ្សេងទៀត ពេលនាំចេញករណី។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>ចំណងជើងរូប(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date taken:</source>
        <translation>កាលបរិច្ឆេទថត(&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>ទីកន្លែង(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>ស្លាក(&amp;T)៖</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../../ui/media/model.py" line="+70"/>
        <source>Not exportable: {reason}</source>
        <translation>មិនអាចនាំចេញបាន៖ {reason}</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../ui/media/tab.py" line="+83"/>
        <source>Media of the case</source>
        <translation>មេឌៀនៃករណី</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record intervie&amp;w…</source>
        <translation>ថតបទសម្ភាសន៍(&amp;W)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saved a decrypted copy to {path}.</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងដែលបានឌិគ្រីបទៅ {path}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare and redact</source>
        <translation>ប្រៀបធៀប និងបិទបាំង(&amp;C)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Record from the microphone straight into the vault (no file is written)</source>
        <translation>ថតពីមីក្រូហ្វូនចូលឃ្លាំងដោយផ្ទាល់ (គ្មានឯកសារណាមួយត្រូវបានសរសេរទេ)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Details</source>
        <translation>ព័ត៌មានលម្អិត(&amp;D)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No photos or recordings yet. Use Import files or drop files here.</source>
        <translation>មិនទាន់មានរូបថត ឬសំឡេងថតទេ។ ប្រើ នាំចូលឯកសារ ឬទម្លាក់ឯកសារនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import files into the case</source>
        <translation>នាំចូលឯកសារទៅក្នុងករណី</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not exportable: {reason}. The original is kept sealed in the vault and is never included in an export.</source>
        <translation>មិនអាចនាំចេញបាន៖ {reason}។ ច្បាប់ដើមត្រូវបានរក្សាទុកបិទត្រាក្នុងឃ្លាំង ហើយមិនដែលរួមបញ្ចូលក្នុងការនាំចេញទេ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved working copy v{n}. The original and earlier versions are kept.</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងធ្វើការ v{n}។ ច្បាប់ដើម និងកំណែមុនៗត្រូវបានរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-558"/>
        <source>New case</source>
        <translation>ករណីថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>ចំណងជើងករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា(&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>ស្លាក(&amp;A)៖</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <location line="+362"/>
        <source>New note</source>
        <translation>កំណត់ចំណាំថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivate: never included in exports</source>
        <translation>ឯកជន៖ មិនដែលរួមបញ្ចូលក្នុងការនាំចេញ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>ករណី(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>អំពី(&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>កំណត់ចំណាំ(&amp;N)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>ស្លាក(&amp;G)៖</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="-189"/>
        <source>New passphrase</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>វាយឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>បង្ហាញអ្វីដែលខ្ញុំវាយ(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>កម្លាំងនៃឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {n} characters. A sentence of four or more unusual words is strong and easy to remember. Nobody can reset a forgotten passphrase.</source>
        <translation>ប្រើយ៉ាងហោចណាស់ {n} តួអក្សរ។ ប្រយោគមួយដែលមានពាក្យមិនធម្មតាបួន ឬច្រើនជាងនេះ គឺរឹងមាំ និងងាយចងចាំ។ គ្មាននរណាអាចកំណត់ឃ្លាសម្ងាត់ដែលភ្លេចឡើងវិញបានទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>វាយឃ្លាសម្ងាត់ម្ដងទៀត(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>កម្លាំង៖</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too short: at least {n} characters ({missing} more).</source>
        <translation>ខ្លីពេក៖ យ៉ាងហោចណាស់ {n} តួអក្សរ (ខ្វះ {missing} ទៀត)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>ល្អ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>រឹងមាំ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very weak</source>
        <translation>ខ្សោយណាស់</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរខុសគ្នា។</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-321"/>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>separated by commas</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Transliterations</source>
        <translation>ការចម្លងអក្សរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name in other scripts, separated by commas</source>
        <translation>ឈ្មោះជាអក្សរផ្សេងទៀត បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator</source>
        <translation>ជនត្រូវបានចោទថាជាអ្នកប្រព្រឹត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protected: use the pseudonym everywhere outside this vault</source>
        <translation>ត្រូវបានការពារ៖ ប្រើឈ្មោះក្លែងគ្រប់ទីកន្លែងក្រៅឃ្លាំងនេះ(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not protected: exports will show this person&apos;s real name and other names.</source>
        <translation>មិនត្រូវបានការពារ៖ ការនាំចេញនឹងបង្ហាញឈ្មោះពិត និងឈ្មោះផ្សេងទៀតរបស់បុគ្គលនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>ឈ្មោះក្លែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>leave empty for a suggestion, e.g. {example}</source>
        <translation>ទុកទទេដើម្បីទទួលការស្នើ ឧ. {example}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email addresses</source>
        <translation>អាសយដ្ឋានអ៊ីមែល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>បានផ្ដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>មានកម្រិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>បានដកវិញ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent scope</source>
        <translation>វិសាលភាពនៃការយល់ព្រម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the person agreed to, e.g. quotes, no photos</source>
        <translation>អ្វីដែលបុគ្គលនោះបានយល់ព្រម ឧ. ដកស្រង់សម្ដីបាន គ្មានរូបថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>កាលបរិច្ឆេទយល់ព្រម</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full na&amp;me:</source>
        <translation>ឈ្មោះពេញ(&amp;M)៖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ca&amp;se:</source>
        <translation>ករណី(&amp;S)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>ស្លាក(&amp;G)៖</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <source>Unknown</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no case)</source>
        <translation>(គ្មានករណី)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the person</source>
        <translation>កំណត់ចំណាំអំពីបុគ្គលនេះ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other names:</source>
        <translation>ឈ្មោះផ្សេងទៀត(&amp;O)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;ansliterations:</source>
        <translation>ការចម្លងអក្សរ(&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>តួនាទី(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>ឈ្មោះក្លែង(&amp;U)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nat&amp;ionality:</source>
        <translation>សញ្ជាតិ(&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ភាសា(&amp;L)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone numbers:</source>
        <translation>លេខទូរស័ព្ទ(&amp;H)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails:</source>
        <translation>អ៊ីមែល(&amp;E)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsent:</source>
        <translation>ការយល់ព្រម(&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent s&amp;cope:</source>
        <translation>វិសាលភាពនៃការយល់ព្រម(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>កាលបរិច្ឆេទយល់ព្រម(&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>ហានិភ័យ(&amp;K)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>កំណត់ចំណាំ(&amp;T)៖</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <location line="+313"/>
        <source>New site</source>
        <translation>ទីតាំងថ្មី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name</source>
        <translation>ឈ្មោះទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>ក្រុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11.5564 (optional)</source>
        <translation>ឧ. 11.5564 (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>រយៈបណ្ដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 104.9282 (optional)</source>
        <translation>ឧ. 104.9282 (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ensitive: the location could endanger someone</source>
        <translation>រសើប៖ ទីតាំងនេះអាចធ្វើឱ្យនរណាម្នាក់មានគ្រោះថ្នាក់(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>ករណី(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ(&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Town:</source>
        <translation>ក្រុង(&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>ខេត្ត(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>រយៈទទឹង(&amp;L)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>រយៈបណ្ដោយ(&amp;O)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>ស្លាក(&amp;G)៖</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The latitude must be a number like 11.5564.</source>
        <translation>រយៈទទឹងត្រូវតែជាលេខដូចជា 11.5564។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longitude must be a number like 104.9282.</source>
        <translation>រយៈបណ្ដោយត្រូវតែជាលេខដូចជា 104.9282។</translation>
    </message>
</context>
<context>
    <name>NewTestimonyDialog</name>
    <message>
        <location line="-204"/>
        <source>New testimony</source>
        <translation>សក្ខីកម្មថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview date</source>
        <translation>កាលបរិច្ឆេទសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the interview</source>
        <translation>ទីកន្លែងសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>ប្រតិចារឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>ករណី(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>បុគ្គល(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ(&amp;D)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>ទីកន្លែង(&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ភាសា(&amp;L)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviewer:</source>
        <translation>អ្នកសម្ភាសន៍(&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inte&amp;rpreter:</source>
        <translation>អ្នកបកប្រែ(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transcript:</source>
        <translation>ប្រតិចារឹក(&amp;T)៖</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose who gave the testimony (add them first with New person).</source>
        <translation>ជ្រើសរើសអ្នកដែលបានផ្ដល់សក្ខីកម្ម (បន្ថែមពួកគេជាមុនដោយ បុគ្គលថ្មី)។</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="-541"/>
        <source>What to export</source>
        <translation>អ្វីដែលត្រូវនាំចេញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the case. Everything that could identify someone is redacted unless you allow it below.</source>
        <translation>ជ្រើសរើសករណី។ អ្វីៗទាំងអស់ដែលអាចកំណត់អត្តសញ្ញាណនរណាម្នាក់ត្រូវបានបិទបាំង លុះត្រាតែអ្នកអនុញ្ញាតខាងក្រោម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case to export</source>
        <translation>ករណីដែលត្រូវនាំចេញ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these details (they are redacted when unticked)</source>
        <translation>រក្សាព័ត៌មានលម្អិតទាំងនេះ (ត្រូវបានបិទបាំងពេលមិនបានធីក)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone number regions</source>
        <translation>តំបន់លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country codes whose phone numbers are looked for, e.g. KH, TH, CN</source>
        <translation>លេខកូដប្រទេសដែលលេខទូរស័ព្ទត្រូវបានស្វែងរក ឧ. KH, TH, CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include recor&amp;dings (voices can identify people)</source>
        <translation>រួមបញ្ចូលសំឡេងថត (សំឡេងអាចកំណត់អត្តសញ្ញាណមនុស្ស)(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disguise the &amp;voices in the recordings</source>
        <translation>បន្លំសំឡេងនិយាយក្នុងសំឡេងថត(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an expert or a speaker-recognition system: the method is published and partly reversible, and the words, accent and background still identify people. Listen to every recording before you send it.</source>
        <translation>ការបន្លំសំឡេងប្ដូរកម្ពស់សំឡេង និង formant នៃសំឡេងនិយាយនីមួយៗ (McAdams)។ វាមិនអាចបោកអ្នកជំនាញ ឬប្រព័ន្ធសម្គាល់អ្នកនិយាយបានទេ៖ វិធីសាស្ត្រនេះត្រូវបានផ្សព្វផ្សាយជាសាធារណៈ និងអាចបង្វិលត្រឡប់បានមួយផ្នែក ហើយពាក្យសម្ដី សំនៀង និងសំឡេងផ្ទៃខាងក្រោយនៅតែអាចកំណត់អត្តសញ្ញាណមនុស្សបាន។ សូមស្ដាប់សំឡេងថតនីមួយៗមុនពេលផ្ញើ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>ទម្រង់នាំចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier bundle: signed, with PDF, HTML and files</source>
        <translation>សំណុំឯកសារ៖ បានចុះហត្ថលេខា មាន PDF, HTML និងឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FollowTheMoney entities (for Aleph and the ftm tools)</source>
        <translation>អង្គភាព FollowTheMoney (សម្រាប់ Aleph និងឧបករណ៍ ftm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV import (a zip with import.csv and the files)</source>
        <translation>ការនាំចូល CSV របស់ Uwazi (zip មួយមាន import.csv និងឯកសារ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>ករណី(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat:</source>
        <translation>ទម្រង់(&amp;M)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>តំបន់ទូរស័ព្ទ(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation (optional):</source>
        <translation>អង្គការ (ស្រេចចិត្ត)(&amp;O)៖</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/tool_base.py" line="-41"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for: {what}</source>
        <translation>រកមើល៖ {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the file picker (F4 in the field)</source>
        <translation>ជ្រើសរើសដោយប្រើកម្មវិធីជ្រើសឯកសារ (F4 ក្នុងវាល)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../ui/media/review.py" line="+67"/>
        <source>Original, as imported</source>
        <translation>ច្បាប់ដើម ដូចពេលនាំចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy: drag, or press N, to draw a redaction box</source>
        <translation>ច្បាប់ចម្លងធ្វើការ៖ អូស ឬចុច N ដើម្បីគូរប្រអប់បិទបាំង</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working copy (drag, or press N, to draw boxes)</source>
        <translation>ច្បាប់ចម្លងធ្វើការ (អូស ឬចុច N ដើម្បីគូរប្រអប់)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;ggest faces</source>
        <translation>ស្នើមុខ(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read te&amp;xt</source>
        <translation>អានអក្សរ(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the text in the working copy (OCR, kept encrypted and searchable); a protected person&apos;s name, a phone or an e-mail found in it becomes a suggestion you review</source>
        <translation>អានអក្សរក្នុងច្បាប់ចម្លងការងារ (OCR រក្សាទុកដោយអ៊ិនគ្រីប និងអាចស្វែងរកបាន)៖ ឈ្មោះ លេខទូរស័ព្ទ ឬអ៊ីមែលរបស់បុគ្គលដែលត្រូវការពារ ដែលរកឃើញក្នុងនោះ ក្លាយជាការស្នើដែលអ្នកពិនិត្យ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acc&amp;ept</source>
        <translation>ទទួលយក(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact the selected suggestion</source>
        <translation>លាក់ការស្នើដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not redact the selected suggestion</source>
        <translation>កុំលាក់ការស្នើដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appl&amp;y redaction</source>
        <translation>អនុវត្តការបិទបាំង(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested boxes: faces and text</source>
        <translation>ប្រអប់ដែលបានស្នើ៖ មុខ និងអក្សរ</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).</source>
        <translation>ប្រអប់ត្រូវដុតបញ្ចូល៖ គូរ {n} មុខដែលបានទទួល {m} ប្រអប់អក្សរដែលបានទទួល {t}។</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}</source>
        <translation>អក្សរ {n} ({kind}) នៅ {x},{y} ({w}×{h})៖ {state}</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Original (sealed, never exported)</source>
        <translation>ច្បាប់ដើម (បិទត្រា មិនដែលនាំចេញ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look for faces in the working copy; you review each suggestion</source>
        <translation>រកមុខក្នុងច្បាប់ចម្លងធ្វើការ៖ អ្នកពិនិត្យការស្នើនីមួយៗ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ject</source>
        <translation>បដិសេធ(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear boxes</source>
        <translation>សម្អាតប្រអប់(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into a new working copy; the original is kept</source>
        <translation>ដុតប្រអប់ចូលក្នុងច្បាប់ចម្លងធ្វើការថ្មី៖ ច្បាប់ដើមត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No picture for this kind of file.</source>
        <translation>គ្មានរូបភាពសម្រាប់ប្រភេទឯកសារនេះទេ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The original could not be shown.</source>
        <translation>មិនអាចបង្ហាញច្បាប់ដើមបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no working copy to show.</source>
        <translation>គ្មានច្បាប់ចម្លងធ្វើការសម្រាប់បង្ហាញទេ។</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Burning {n} box(es) into a new working copy…</source>
        <translation>កំពុងដុតប្រអប់ {n} ចូលក្នុងច្បាប់ចម្លងធ្វើការថ្មី…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for faces… this can take a few seconds.</source>
        <translation>កំពុងរកមុខ… វាអាចចំណាយពេលពីរបីវិនាទី។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Face detection misses faces: look at the picture yourself.</source>
        <translation>រកមិនឃើញមុខទេ។ ការរកមុខអាចរំលងមុខខ្លះ៖ សូមមើលរូបភាពដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the text in the picture… this can take a few seconds.</source>
        <translation>កំពុងអានអក្សរក្នុងរូបភាព… វាអាចចំណាយពេលពីរបីវិនាទី។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads text: look at the picture yourself.</source>
        <translation>បានអាន {w} ពាក្យ៖ ស្នើប្រអប់ {n} លើអក្សរដែលត្រូវលាក់។ OCR អាចរំលង ឬអានអក្សរខុស៖ សូមមើលរូបភាពដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>to review</source>
        <translation>ត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be redacted</source>
        <translation>នឹងត្រូវបិទបាំង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person</source>
        <translation>បុគ្គលដែលត្រូវការពារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport</source>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face {n} at {x},{y} ({w}×{h}): {state}</source>
        <translation>មុខ {n} នៅ {x},{y} ({w}×{h})៖ {state}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+253"/>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>ចាក់សោក្រោយប៉ុន្មាននាទីមិនប្រើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>ចាក់សោពេលបង្រួមបង្អួច(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when the scree&amp;n locks or the computer sleeps</source>
        <translation>ចាក់សោពេលអេក្រង់ចាក់សោ ឬកុំព្យូទ័រដេក(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author name</source>
        <translation>ឈ្មោះអ្នកនិពន្ធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the custody log of everything you record; kept in the vault</source>
        <translation>សរសេរចូលក្នុងកំណត់ហេតុរក្សាភស្តុតាងនៃអ្វីៗដែលអ្នកកត់ត្រា៖ រក្សាទុកក្នុងឃ្លាំង</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wipe the vault after failed unlocks</source>
        <translation>លុបបំផ្លាញឃ្លាំង បន្ទាប់ពីការដោះសោបរាជ័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>កុំឱ្យសោះ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n failed unlocks</source>
        <translation>
            <numerusform>បន្ទាប់ពីដោះសោបរាជ័យ %n ដង</numerusform>
            <numerusform>បន្ទាប់ពីដោះសោបរាជ័យ %n ដង</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is wiped without asking; only a backup or the paper recovery key brings it back. This does not stop someone who copied the vault first.</source>
        <translation>ឃ្លាំងត្រូវបានលុបបំផ្លាញដោយមិនសួរ។ មានតែការបម្រុងទុក ឬសោស្ដារជាក្រដាសប៉ុណ្ណោះ ដែលអាចយកវាមកវិញបាន។ វាមិនអាចបញ្ឈប់អ្នកដែលបានចម្លងឃ្លាំងមុនបានទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Duress passphrase…</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខំ(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)</source>
        <translation>ឃ្លាសម្ងាត់ទីពីរដែលបើកឃ្លាំងបញ្ឆោត ហើយបំផ្លាញឃ្លាំងនេះ (សួររកឃ្លាសម្ងាត់របស់អ្នក)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number regions</source>
        <translation>តំបន់លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country codes, e.g. KH, TH, CN</source>
        <translation>លេខកូដប្រទេសពីរអក្សរ ឧ. KH, TH, CN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>ភាសានៃកម្មវិធី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>ដូចប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used after the app is restarted.</source>
        <translation>ភាសាថ្មីនឹងត្រូវប្រើ បន្ទាប់ពីចាប់ផ្ដើមកម្មវិធីឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lock after:</source>
        <translation>ចាក់សោក្រោយ(&amp;L)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>អ្នកនិពន្ធ(&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe vault:</source>
        <translation>លុបបំផ្លាញឃ្លាំង(&amp;W)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under duress:</source>
        <translation>ពេលត្រូវបង្ខំ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports keep by default:</source>
        <translation>ការនាំចេញរក្សាទុកតាមលំនាំដើម៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;regions:</source>
        <translation>តំបន់ទូរស័ព្ទ(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen capture:</source>
        <translation>ការថតអេក្រង់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>ភាសា(&amp;G)៖</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+223"/>
        <source>Recipients and file</source>
        <translation>អ្នកទទួល និងឯកសារ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the recipients&apos; public keys, one per line: age keys (age1…) or SSH keys (ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them.</source>
        <translation>ស្រេចចិត្ត៖ សោសាធារណៈរបស់អ្នកទទួល មួយក្នុងមួយបន្ទាត់៖ សោ age (age1…) ឬសោ SSH (ssh-ed25519 …, ssh-rsa …)។ បន្ទាប់មកសំណុំឯកសារត្រូវបានអ៊ិនគ្រីបសម្រាប់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients, one age or SSH public key per line</source>
        <translation>អ្នកទទួល សោសាធារណៈ age ឬ SSH មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>ឯកសារដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>រកមើល(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recipients:</source>
        <translation>អ្នកទទួល(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as:</source>
        <translation>រក្សាទុកជា(&amp;S)៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>នាំចេញ(&amp;E)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the export as</source>
        <translation>រក្សាទុកការនាំចេញជា</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipients: {message}</source>
        <translation>អ្នកទទួល៖ {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file name holds a protected person&apos;s name or contact, or a sensitive site&apos;s name: the dossier hides it, so its file name must not show it. Choose another name.</source>
        <translation>ឈ្មោះឯកសារមានឈ្មោះ ឬទំនាក់ទំនងរបស់បុគ្គលដែលត្រូវបានការពារ ឬឈ្មោះទីតាំងរសើប៖ សំណុំឯកសារលាក់វា ដូច្នេះឈ្មោះឯកសាររបស់វាមិនត្រូវបង្ហាញវាទេ។ សូមជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists. Choose a new file name.</source>
        <translation>{path} មានរួចហើយ។ សូមជ្រើសរើសឈ្មោះឯកសារថ្មី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-785"/>
        <source>Discard what you typed?</source>
        <translation>បោះបង់អ្វីដែលអ្នកបានវាយ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved. Discard it?</source>
        <translation>អ្វីដែលអ្នកបានវាយនៅទីនេះមិនទាន់បានរក្សាទុកទេ។ បោះបង់វាឬ?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nobody in particular)</source>
        <translation>(មិនមែននរណាម្នាក់ជាក់លាក់)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the case first (create one with New case).</source>
        <translation>សូមជ្រើសរើសករណីជាមុន (បង្កើតមួយដោយ ករណីថ្មី)។</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../ui/recorder.py" line="+102"/>
        <source>Record an interview</source>
        <translation>ថតបទសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none: keep it with the case only)</source>
        <translation>(គ្មាន៖ ទុកវាជាមួយករណីតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input level</source>
        <translation>កម្រិតសំឡេងចូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready. Nothing is recorded until you press Record.</source>
        <translation>រួចរាល់។ គ្មានអ្វីត្រូវបានថតទេ រហូតដល់អ្នកចុច ថត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>ថត(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>&amp;Pause</source>
        <translation>ផ្អាក(&amp;P)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and save</source>
        <translation>បញ្ឈប់ និងរក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happens here (optional)</source>
        <translation>អ្វីកើតឡើងនៅទីនេះ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;marker</source>
        <translation>បន្ថែមសញ្ញាសម្គាល់(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this moment of the recording, with the label typed beside it</source>
        <translation>សម្គាល់ពេលនេះនៃការថត ជាមួយស្លាកដែលបានវាយនៅក្បែរវា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markers (double-click to change a label)</source>
        <translation>សញ្ញាសម្គាល់ (ចុចពីរដងដើម្បីប្ដូរស្លាក)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttach to testimony:</source>
        <translation>ភ្ជាប់ទៅសក្ខីកម្ម(&amp;T)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>កម្រិត៖</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Res&amp;ume</source>
        <translation>បន្ត(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recording reached its size limit and was stopped.</source>
        <translation>ការថតបានដល់ដែនកំណត់ទំហំ ហើយត្រូវបានបញ្ឈប់។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No microphone that records 16-bit sound was found.</source>
        <translation>រកមិនឃើញមីក្រូហ្វូនដែលថតសំឡេង 16 ប៊ីតទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened.</source>
        <translation>មិនអាចបើកមីក្រូហ្វូនបានទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Recording into the vault. No file is written.</source>
        <translation>កំពុងថតចូលឃ្លាំង។ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: the pause is not part of the recording.</source>
        <translation>បានផ្អាក៖ ការផ្អាកមិនមែនជាផ្នែកនៃការថតទេ។</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saving the recording into the vault…</source>
        <translation>កំពុងរក្សាទុកការថតចូលឃ្លាំង…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in the vault: {name} (SHA-256 {sha}…).</source>
        <translation>បានរក្សាទុកក្នុងឃ្លាំង៖ {name} (SHA-256 {sha}…)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording could not be saved: {error}</source>
        <translation>មិនអាចរក្សាទុកការថតបានទេ៖ {error}</translation>
    </message>
</context>
<context>
    <name>RecordingPane</name>
    <message>
        <location filename="../../ui/media/recording_pane.py" line="+63"/>
        <source>Recording ({type}). {facts}</source>
        <translation>សំឡេងថត ({type})។ {facts}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>សោស្ដាររបស់អ្នក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is your recovery key. It is shown only this once and is stored nowhere.

Write it on paper now and keep the paper somewhere safe, away from this computer. If you forget your passphrase, only this key can open the vault; nobody can recover it for you.</source>
        <translation>នេះជាសោស្ដាររបស់អ្នក។ វាត្រូវបានបង្ហាញតែម្ដងនេះប៉ុណ្ណោះ ហើយមិនត្រូវបានរក្សាទុកនៅកន្លែងណាទេ។

សូមសរសេរវាលើក្រដាសឥឡូវនេះ ហើយរក្សាក្រដាសនៅកន្លែងសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រនេះ។ បើអ្នកភ្លេចឃ្លាសម្ងាត់ មានតែសោនេះប៉ុណ្ណោះអាចបើកឃ្លាំងបាន៖ គ្មាននរណាអាចយកវាមកវិញជំនួសអ្នកបានទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>សោស្ដារ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;written down the recovery key</source>
        <translation>ខ្ញុំបានសរសេរសោស្ដារទុកហើយ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>បន្ត(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Check the page before you tick the box.</source>
        <translation>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។ សូមពិនិត្យទំព័រមុនពេលគូសប្រអប់។</translation>
    </message>
</context>
<context>
    <name>RecoveryKeysDialog</name>
    <message>
        <location filename="../../ui/media/actions.py" line="+47"/>
        <source>Recovery keys of a media item</source>
        <translation>សោស្ដារនៃធាតុមេឌៀ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each key below decrypts one file of this item with the standard age tool (age -d -i key.txt FILE &gt; out). Anyone with a key and the file can read it: never store these keys next to the vault, and close this window when you are done. This view is recorded in the custody log.</source>
        <translation>សោនីមួយៗខាងក្រោមឌិគ្រីបឯកសារមួយនៃធាតុនេះ ដោយឧបករណ៍ age ស្តង់ដារ (age -d -i key.txt FILE &gt; out)។ អ្នកណាដែលមានសោ និងឯកសារ អាចអានវាបាន៖ កុំរក្សាសោទាំងនេះនៅជាប់នឹងឃ្លាំង ហើយបិទបង្អួចនេះពេលអ្នកធ្វើរួច។ ការមើលនេះត្រូវបានកត់ក្នុងកំណត់ហេតុរក្សាភស្តុតាង។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files and keys</source>
        <translation>ឯកសារ និងសោ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy all</source>
        <translation>ចម្លងទាំងអស់(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard is cleared when the vault locks</source>
        <translation>ក្ដារតម្បៀតខ្ទាស់ត្រូវបានសម្អាតពេលឃ្លាំងចាក់សោ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/rekey.py" line="+55"/>
        <source>New recovery key</source>
        <translation>សោស្ដារថ្មី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new recovery key and shows it once. The old recovery key stops opening this vault (write the new one on paper and destroy the old paper). Copies of the vault made before, and backups, still open with the old key: use Re-key vault for old copies, and destroy old backups.</source>
        <translation>បង្កើតសោស្ដារថ្មី ហើយបង្ហាញវាតែម្ដង។ សោស្ដារចាស់លែងបើកឃ្លាំងនេះបាន (សរសេរសោថ្មីលើក្រដាស ហើយបំផ្លាញក្រដាសចាស់)។ ច្បាប់ចម្លងឃ្លាំងដែលបានធ្វើពីមុន និងការបម្រុងទុក នៅតែបើកបានដោយសោចាស់៖ ប្រើ «ប្ដូរសោឃ្លាំង» សម្រាប់ច្បាប់ចម្លងចាស់ ហើយបំផ្លាញការបម្រុងទុកចាស់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-key the vault</source>
        <translation>ប្ដូរសោឃ្លាំង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old copy of the vault folder or an old passphrase may be in someone else&apos;s hands: after this, old copies of the vault&apos;s key file open nothing, even with the old passphrase.

You get a new recovery key (shown once; the old paper stops working). The new passphrase may be the same as the current one. Backups made before stay readable with their old passphrase and key: destroy them. This can take a minute for a large vault; if the computer stops during it, the vault opens with the old or the new passphrase.</source>
        <translation>បង្កើតសោថ្មីសម្រាប់ឃ្លាំងទាំងមូល ហើយអ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យឡើងវិញជាមួយវា។ ប្រើវានៅពេលច្បាប់ចម្លងចាស់នៃថតឃ្លាំង ឬឃ្លាសម្ងាត់ចាស់ អាចនៅក្នុងដៃអ្នកដទៃ៖ បន្ទាប់ពីនេះ ច្បាប់ចម្លងចាស់នៃឯកសារសោរបស់ឃ្លាំងមិនបើកអ្វីបានទេ ទោះបីជាមានឃ្លាសម្ងាត់ចាស់ក៏ដោយ។

អ្នកនឹងទទួលបានសោស្ដារថ្មី (បង្ហាញតែម្ដង; ក្រដាសចាស់លែងប្រើបាន)។ ឃ្លាសម្ងាត់ថ្មីអាចដូចឃ្លាសម្ងាត់បច្ចុប្បន្នបាន។ ការបម្រុងទុកដែលបានធ្វើពីមុន នៅតែអានបានដោយឃ្លាសម្ងាត់ និងសោចាស់របស់វា៖ សូមបំផ្លាញវា។ ការនេះអាចចំណាយពេលមួយនាទីសម្រាប់ឃ្លាំងធំ; ប្រសិនបើកុំព្យូទ័រឈប់នៅពេលនោះ ឃ្លាំងនឹងបើកដោយឃ្លាសម្ងាត់ចាស់ ឬថ្មី។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន(&amp;U)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make a new recovery key</source>
        <translation>បង្កើតសោស្ដារថ្មី(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-&amp;key the vault</source>
        <translation>ប្ដូរសោឃ្លាំង(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>នេះមិនមែនជាឃ្លាសម្ងាត់បច្ចុប្បន្នទេ។ គ្មានអ្វីត្រូវបានប្ដូរទេ។</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/export_words.py" line="+35"/>
        <source>1 testimony</source>
        <translation>សក្ខីកម្ម 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} testimonies</source>
        <translation>សក្ខីកម្ម {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 protected person shown by pseudonym</source>
        <translation>បុគ្គលដែលត្រូវបានការពារ 1 នាក់ បង្ហាញដោយឈ្មោះក្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} protected persons shown by pseudonym</source>
        <translation>បុគ្គលដែលត្រូវបានការពារ {n} នាក់ បង្ហាញដោយឈ្មោះក្លែង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 public person named</source>
        <translation>បុគ្គលសាធារណៈ 1 នាក់ ដាក់ឈ្មោះពិត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} public persons named</source>
        <translation>បុគ្គលសាធារណៈ {n} នាក់ ដាក់ឈ្មោះពិត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 site</source>
        <translation>ទីតាំង 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sites</source>
        <translation>ទីតាំង {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(1 sensitive: only its province)</source>
        <translation>(1 រសើប៖ មានតែខេត្តរបស់វា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({n} sensitive: only their province)</source>
        <translation>({n} រសើប៖ មានតែខេត្តរបស់វា)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 shared note</source>
        <translation>កំណត់ចំណាំចែករំលែក 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shared notes</source>
        <translation>កំណត់ចំណាំចែករំលែក {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 photo</source>
        <translation>រូបថត 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} photos</source>
        <translation>រូបថត {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 document</source>
        <translation>ឯកសារ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} documents</source>
        <translation>ឯកសារ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 audio recording</source>
        <translation>ការថតសំឡេង 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} audio recordings</source>
        <translation>ការថតសំឡេង {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 video</source>
        <translation>វីដេអូ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} videos</source>
        <translation>វីដេអូ {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>1 media file</source>
        <translation>ឯកសារមេឌៀ 1</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>{n} media files</source>
        <translation>ឯកសារមេឌៀ {n}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 name or contact of a protected person</source>
        <translation>ឈ្មោះ ឬទំនាក់ទំនង 1 របស់បុគ្គលដែលត្រូវបានការពារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or contacts of protected persons</source>
        <translation>ឈ្មោះ ឬទំនាក់ទំនង {n} របស់បុគ្គលដែលត្រូវបានការពារ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 name or town of a sensitive site</source>
        <translation>ឈ្មោះ ឬក្រុង 1 របស់ទីតាំងរសើប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} names or towns of sensitive sites</source>
        <translation>ឈ្មោះ ឬក្រុង {n} របស់ទីតាំងរសើប</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 passage you marked</source>
        <translation>ផ្នែក 1 ដែលអ្នកបានសម្គាល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} passages you marked</source>
        <translation>ផ្នែក {n} ដែលអ្នកបានសម្គាល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other details</source>
        <translation>ព័ត៌មានលម្អិតផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}៖ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed hiding.</source>
        <translation>គ្មានអ្វីត្រូវបិទបាំងទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: {list}.</source>
        <translation>បានបិទបាំង៖ {list}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private note</source>
        <translation>កំណត់ចំណាំឯកជន 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} private notes</source>
        <translation>កំណត់ចំណាំឯកជន {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recording</source>
        <translation>ការថត 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} recordings</source>
        <translation>ការថត {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the coordinates of 1 site</source>
        <translation>កូអរដោនេនៃទីតាំង 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of {n} sites</source>
        <translation>កូអរដោនេនៃទីតាំង {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left out.</source>
        <translation>គ្មានអ្វីត្រូវបានទុកចោលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {list}.</source>
        <translation>មិនដាក់បញ្ចូល៖ {list}។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person {ref}</source>
        <translation>បុគ្គល {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site {ref}</source>
        <translation>ទីតាំង {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony {ref}</source>
        <translation>សក្ខីកម្ម {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note {ref}</source>
        <translation>កំណត់ចំណាំ {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Media file {ref}</source>
        <translation>ឯកសារមេឌៀ {ref}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your organisation&apos;s name</source>
        <translation>ឈ្មោះអង្គការរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript</source>
        <translation>ប្រតិចារិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>ចំណងជើងរូប</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record}, {field}</source>
        <translation>{record}, {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sensitive site&apos;s name or town</source>
        <translation>ឈ្មោះ ឬក្រុងរបស់ទីតាំងរសើប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person&apos;s name or contact</source>
        <translation>ឈ្មោះ ឬទំនាក់ទំនងរបស់បុគ្គលដែលត្រូវបានការពារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passage you marked</source>
        <translation>ផ្នែកដែលអ្នកបានសម្គាល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail found in the text</source>
        <translation>ព័ត៌មានលម្អិតដែលរកឃើញក្នុងអត្ថបទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}, shown as “{label}”: {context}</source>
        <translation>{where}៖ {why} បង្ហាញជា “{label}”៖ {context}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {what} kept (you allowed it): {context}</source>
        <translation>{where}៖ {what} ត្រូវបានរក្សាទុក (អ្នកបានអនុញ្ញាត)៖ {context}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A private note</source>
        <translation>កំណត់ចំណាំឯកជន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audio recording</source>
        <translation>ការថតសំឡេង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A media file</source>
        <translation>ឯកសារមេឌៀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private notes never leave the vault</source>
        <translation>កំណត់ចំណាំឯកជនមិនដែលចេញពីឃ្លាំងទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you marked it not to be exported</source>
        <translation>អ្នកបានសម្គាល់ថាមិនត្រូវនាំចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no cleaned working copy (originals never leave)</source>
        <translation>វាគ្មានច្បាប់ចម្លងធ្វើការដែលបានសម្អាតទេ (ច្បាប់ដើមមិនដែលចេញទេ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its type cannot be checked for hidden details</source>
        <translation>ប្រភេទរបស់វាមិនអាចពិនិត្យរកព័ត៌មានលាក់បានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy could not be read</source>
        <translation>មិនអាចអានច្បាប់ចម្លងធ្វើការរបស់វាបានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its working copy is not of the type recorded for it</source>
        <translation>ច្បាប់ចម្លងធ្វើការរបស់វាមិនមែនជាប្រភេទដែលបានកត់ត្រាទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voices identify people; tick “Include recordings” on the first page to export it</source>
        <translation>សំឡេងអាចបង្ហាញអត្តសញ្ញាណមនុស្ស។ ធីក “រួមបញ្ចូលសំឡេងថត” នៅទំព័រទីមួយ ដើម្បីនាំចេញវា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its transcript has redacted words that could not be muted in its sound</source>
        <translation>អត្ថបទចម្លងរបស់វាមានពាក្យដែលត្រូវលាក់ ដែលមិនអាចបិទសំឡេងក្នុងសំឡេងរបស់វាបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {why}</source>
        <translation>{what}៖ {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line} (your reason: {reason})</source>
        <translation>{line} (មូលហេតុរបស់អ្នក៖ {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a protected person&apos;s name</source>
        <translation>ឈ្មោះរបស់បុគ្គលដែលត្រូវការពារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your mark</source>
        <translation>សញ្ញាសម្គាល់របស់អ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {start}–{end} s muted ({why})</source>
        <translation>{where}៖ {start}–{end} វិនាទី បានបិទសំឡេង ({why})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sensitive, so only its province is shown</source>
        <translation>រសើប ដូច្នេះបង្ហាញតែខេត្តរបស់វា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinates are left out (tick “GPS coordinates” on the first page to keep them)</source>
        <translation>កូអរដោនេរបស់វាមិនត្រូវបានដាក់បញ្ចូលទេ (ធីក “កូអរដោនេ GPS” នៅទំព័រទីមួយ ដើម្បីរក្សាវា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {why}</source>
        <translation>{where}៖ {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dossier (web page)</source>
        <translation>សំណុំឯកសារ (ទំព័របណ្ដាញ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dossier (PDF)</source>
        <translation>សំណុំឯកសារ (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF&apos;s document properties</source>
        <translation>លក្ខណៈឯកសាររបស់ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file (records.json)</source>
        <translation>ឯកសារទិន្នន័យ (records.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s description</source>
        <translation>ការពិពណ៌នារបស់សំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file names in the bundle</source>
        <translation>ឈ្មោះឯកសារក្នុងសំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {where}: {what}</source>
        <translation>ក្នុង {where}៖ {what}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="+159"/>
        <source>Choose a new, empty folder</source>
        <translation>ជ្រើសរើសថតថ្មីដែលទទេ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vault folder</source>
        <translation>ថតឃ្លាំងថ្មី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New vault folder:</source>
        <translation>ថតឃ្លាំងថ្មី(&amp;N)៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>ជ្រើសរើសថតថ្មីដែលទទេសម្រាប់ឃ្លាំងដែលបានស្ដារ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring the backup…</source>
        <translation>កំពុងពិនិត្យ និងស្ដារការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was restored to:
{folder}
(backup made {created}, {files} files checked).

Evidence Vault opens one vault folder at a time, so this window stays on your current vault. To work in the restored one, quit and start the app with its folder:
evidence-app --vault &quot;{folder}&quot;
It opens with the passphrase or recovery key you just used.</source>
        <translation>ឃ្លាំងត្រូវបានស្ដារទៅ៖
{folder}
(ការបម្រុងទុកធ្វើនៅ {created}, បានពិនិត្យឯកសារ {files})។

Evidence Vault បើកថតឃ្លាំងតែមួយក្នុងមួយលើក ដូច្នេះបង្អួចនេះនៅតែលើឃ្លាំងបច្ចុប្បន្នរបស់អ្នក។ ដើម្បីធ្វើការក្នុងឃ្លាំងដែលបានស្ដារ សូមចាកចេញ ហើយចាប់ផ្ដើមកម្មវិធីជាមួយថតរបស់វា៖
evidence-app --vault &quot;{folder}&quot;
វាបើកដោយឃ្លាសម្ងាត់ ឬសោស្ដារដែលអ្នកទើបតែប្រើ។</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="+10"/>
        <source>Exporting</source>
        <translation>កំពុងនាំចេញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>វឌ្ឍនភាពនៃការនាំចេញ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found by the leak gate</source>
        <translation>បញ្ហាដែលការត្រួតពិនិត្យការលេចធ្លាយបានរកឃើញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in fo&amp;lder</source>
        <translation>បង្ហាញក្នុងថត(&amp;L)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redacting, checking and signing the bundle… please wait.</source>
        <translation>កំពុងបិទបាំង ពិនិត្យ និងចុះហត្ថលេខាលើសំណុំឯកសារ… សូមរង់ចាំ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacting and checking the export… please wait.</source>
        <translation>កំពុងបិទបាំង និងត្រួតពិនិត្យការនាំចេញ… សូមរង់ចាំ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export finished</source>
        <translation>ការនាំចេញបានបញ្ចប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dossier was written to:
{path}</source>
        <translation>សំណុំឯកសារត្រូវបានសរសេរទៅ៖
{path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The export was written to:
{path}</source>
        <translation>ការនាំចេញត្រូវបានសរសេរទៅ៖
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds: {contents}.</source>
        <translation>វាមាន៖ {contents}។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is encrypted: only the recipients you gave can open it.</source>
        <translation>វាត្រូវបានអ៊ិនគ្រីប៖ មានតែអ្នកទទួលដែលអ្នកបានផ្ដល់ប៉ុណ្ណោះ ដែលអាចបើកវាបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint: {fp}
Give it to the recipient by another channel (a call, in person) so they can check who signed the dossier.</source>
        <translation>ស្នាមម្រាមដៃអ្នកចុះហត្ថលេខា៖ {fp}
ផ្ដល់វាទៅអ្នកទទួលតាមមធ្យោបាយផ្សេង (ការហៅទូរស័ព្ទ ឬផ្ទាល់) ដើម្បីឱ្យពួកគេពិនិត្យថាអ្នកណាបានចុះហត្ថលេខាលើសំណុំឯកសារ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not signed: send the signed dossier bundle beside it when the recipient must be able to check where it came from.</source>
        <translation>វាមិនបានចុះហត្ថលេខាទេ៖ សូមផ្ញើសំណុំឯកសារដែលបានចុះហត្ថលេខាជាមួយវា នៅពេលអ្នកទទួលត្រូវតែអាចពិនិត្យថាវាមកពីណា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum of the file (SHA-256), for the recipient to compare:
{sha}</source>
        <translation>ផលបូកត្រួតពិនិត្យនៃឯកសារ (SHA-256) សម្រាប់អ្នកទទួលប្រៀបធៀប៖
{sha}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export did not happen</source>
        <translation>ការនាំចេញមិនបានកើតឡើងទេ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the records listed below, then export again.</source>
        <translation>ការត្រួតពិនិត្យការលេចធ្លាយបានបដិសេធការនាំចេញ៖ ការលេចធ្លាយដែលអាចកើតមាន {n}។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមកែកំណត់ត្រាដែលបានរាយខាងក្រោម រួចនាំចេញម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>ScreenLockWatcher</name>
    <message>
        <location filename="../../ui/screenlock.py" line="+259"/>
        <source>Locking the vault before the computer sleeps</source>
        <translation>កំពុងចាក់សោឃ្លាំងមុនពេលកុំព្យូទ័រដេក</translation>
    </message>
</context>
<context>
    <name>SitesOverview</name>
    <message>
        <location filename="../../ui/sites_overview.py" line="+40"/>
        <source>Sites overview</source>
        <translation>ទិដ្ឋភាពទូទៅនៃទីតាំង</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sites in this case yet.</source>
        <translation>មិនទាន់មានទីតាំងក្នុងករណីនេះទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.</source>
        <translation>ទីតាំង {placed} នៃ {total} ត្រូវបានដាក់តាមកូអរដោនេ។ {sensitive} រសើប។</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>North ↑   (not a map: sites placed by their coordinates)</source>
        <translation>ខាងជើង ↑   (មិនមែនជាផែនទីទេ៖ ទីតាំងដាក់តាមកូអរដោនេ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>(sensitive)</source>
        <translation>(រសើប)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without coordinates: {names}</source>
        <translation>គ្មានកូអរដោនេ៖ {names}</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimony_editor.py" line="-690"/>
        <source>Testimony editor</source>
        <translation>កម្មវិធីកែសម្រួលសក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>ប្រតិចារឹក</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editor messages</source>
        <translation>សាររបស់កម្មវិធីកែសម្រួល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new revision</source>
        <translation>រក្សាទុកជាកំណែថ្មី(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark selection as &amp;redacted</source>
        <translation>សម្គាល់ផ្នែកដែលបានជ្រើសថាបានបិទបាំង(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>បិទ(&amp;C)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save as new revision (Ctrl+S)</source>
        <translation>រក្សាទុកជាកំណែថ្មី (Ctrl+S)(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;redacted (Ctrl+R)</source>
        <translation>សម្គាល់ថាបិទបាំង (Ctrl+R)(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision history</source>
        <translation>ប្រវត្តិកំណែ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected revision</source>
        <translation>អត្ថបទនៃកំណែដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Transcript</source>
        <translation>ប្រតិចារឹក(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>ព័ត៌មានលម្អិត(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media</source>
        <translation>មេឌៀ(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision &amp;history:</source>
        <translation>ប្រវត្តិកំណែ(&amp;H)៖</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>revision {n}</source>
        <translation>កំណែ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} redacted passages</source>
        <translation>ឃ្លាដែលបានបិទបាំង {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This transcript contains characters the editor cannot show exactly, so redactions cannot be marked here.</source>
        <translation>ប្រតិចារឹកនេះមានតួអក្សរដែលកម្មវិធីកែសម្រួលមិនអាចបង្ហាញបានត្រឹមត្រូវ ដូច្នេះមិនអាចសម្គាល់ការបិទបាំងនៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No changes to save.</source>
        <translation>គ្មានការផ្លាស់ប្ដូរសម្រាប់រក្សាទុកទេ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as revision {n}.</source>
        <translation>បានរក្សាទុកជាកំណែ {n}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to redact first, then press Ctrl+R.</source>
        <translation>សូមជ្រើសពាក្យដែលត្រូវបិទបាំងជាមុន រួចចុច Ctrl+R។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.</source>
        <translation>សូមរក្សាទុកអត្ថបទដែលបានប្ដូរជាមុន (Ctrl+S) រួចជ្រើសពាក្យម្ដងទៀត ហើយចុច Ctrl+R។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked as redacted. Exports will hide this passage.</source>
        <translation>បានសម្គាល់ថាបិទបាំង។ ការនាំចេញនឹងលាក់ឃ្លានេះ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person interviewed</source>
        <translation>បុគ្គលដែលត្រូវបានសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, or empty if unknown</source>
        <translation>YYYY-MM-DD ឬទុកទទេបើមិនដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>កាលបរិច្ឆេទសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of the interview</source>
        <translation>ទីកន្លែងសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer and interpreter never leave the vault: exports leave them out.</source>
        <translation>អ្នកសម្ភាសន៍ និងអ្នកបកប្រែមិនដែលចេញពីឃ្លាំងទេ៖ ការនាំចេញដកពួកគេចេញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Person:</source>
        <translation>បុគ្គល(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervie&amp;w date:</source>
        <translation>កាលបរិច្ឆេទសម្ភាសន៍(&amp;W)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpret&amp;er:</source>
        <translation>អ្នកបកប្រែ(&amp;E)៖</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>P&amp;lace:</source>
        <translation>ទីកន្លែង(&amp;L)៖</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>You changed the text. Its {n} redaction marks follow their words when you save; a mark whose words you delete is dropped and named.</source>
        <translation>អ្នកបានផ្លាស់ប្ដូរអត្ថបទ។ សញ្ញាបិទបាំង {n} របស់វានឹងតាមពាក្យរបស់វានៅពេលអ្នករក្សាទុក។ សញ្ញាដែលពាក្យរបស់វាត្រូវបានអ្នកលុប នឹងត្រូវដកចេញ ហើយបង្ហាញឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The redaction mark over “{words}” will be dropped: its words are gone.</source>
        <translation>សញ្ញាបិទបាំងលើ “{words}” នឹងត្រូវដកចេញ៖ ពាក្យរបស់វាបាត់ហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redaction mark over “{words}” will cover changed words: review it.</source>
        <translation>សញ្ញាបិទបាំងលើ “{words}” នឹងគ្របលើពាក្យដែលបានផ្លាស់ប្ដូរ៖ សូមពិនិត្យវា។</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>will be dropped</source>
        <translation>នឹងត្រូវដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was dropped</source>
        <translation>ត្រូវបានដកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>will cover</source>
        <translation>នឹងគ្រប</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now covers</source>
        <translation>ឥឡូវគ្រប</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove this redaction &amp;mark</source>
        <translation>ដកសញ្ញាបិទបាំងនេះចេញ(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redaction mark removed. Exports will show this passage.</source>
        <translation>បានដកសញ្ញាបិទបាំងចេញ។ ការនាំចេញនឹងបង្ហាញអត្ថបទនេះ។</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Interviewer:</source>
        <translation>អ្នកសម្ភាសន៍(&amp;I)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>ភាសា(&amp;G)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>ស្លាក(&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>សេចក្ដីសង្ខេប(&amp;U)៖</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Details changed: save them with Ctrl+S.</source>
        <translation>ព័ត៌មានលម្អិតបានប្ដូរ៖ រក្សាទុកដោយ Ctrl+S។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media attached to this testimony</source>
        <translation>មេឌៀដែលភ្ជាប់ជាមួយសក្ខីកម្មនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach media of this case…</source>
        <translation>ភ្ជាប់មេឌៀនៃករណីនេះ(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;etach</source>
        <translation>ផ្ដាច់(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link; the item stays in the case</source>
        <translation>ដកតំណចេញ៖ ធាតុនៅតែស្ថិតក្នុងករណី</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of this interview and other media it refers to:</source>
        <translation>សំឡេងថតនៃការសម្ភាសន៍នេះ និងមេឌៀផ្សេងទៀតដែលវាយោងដល់៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>សំឡេងថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every media item of this case is attached already. Import the recording in the Media tab first.</source>
        <translation>គ្រប់ធាតុមេឌៀនៃករណីនេះត្រូវបានភ្ជាប់រួចហើយ។ សូមនាំចូលសំឡេងថតនៅផ្ទាំង មេឌៀ ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached {n} item(s).</source>
        <translation>បានភ្ជាប់ធាតុ {n}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the item to detach first.</source>
        <translation>សូមជ្រើសធាតុដែលត្រូវផ្ដាច់ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detached. The item is still in the case.</source>
        <translation>បានផ្ដាច់។ ធាតុនៅតែស្ថិតក្នុងករណី។</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unsaved edit kept as a draft</source>
        <translation>ការកែដែលមិនទាន់រក្សាទុក ត្រូវបានរក្សាជាសេចក្ដីព្រាង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the vault locked, this testimony had changes that were not saved. They were kept as a draft inside the encrypted vault, not as a revision. Restore them into the editor?</source>
        <translation>ពេលឃ្លាំងចាក់សោ សក្ខីកម្មនេះមានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ វាត្រូវបានរក្សាជាសេចក្ដីព្រាងនៅក្នុងឃ្លាំងដែលបានអ៊ិនគ្រីប មិនមែនជាកំណែកែសម្រួលទេ។ ស្ដារវាចូលក្នុងកម្មវិធីកែវិញឬ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {when}, while editing revision {n}.</source>
        <translation>បានរក្សាទុកនៅ {when} ពេលកំពុងកែកំណែកែសម្រួល {n}។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The testimony has changed since (it is revision {n} now). Saving the restored draft keeps the current text as a revision.</source>
        <translation>សក្ខីកម្មបានផ្លាស់ប្ដូរចាប់តាំងពីពេលនោះ (ឥឡូវជាកំណែកែសម្រួល {n})។ ការរក្សាទុកសេចក្ដីព្រាងដែលបានស្ដារ នឹងរក្សាអត្ថបទបច្ចុប្បន្នជាកំណែកែសម្រួលមួយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore the draft</source>
        <translation>ស្ដារសេចក្ដីព្រាង(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard the draft</source>
        <translation>បោះបង់សេចក្ដីព្រាង(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it for &amp;later</source>
        <translation>ទុកសម្រាប់ពេលក្រោយ(&amp;L)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.</source>
        <translation>សេចក្ដីព្រាងបានត្រឡប់មកក្នុងកម្មវិធីកែវិញ ប៉ុន្តែមិនទាន់រក្សាទុកទេ៖ រក្សាទុកវាដោយ Ctrl+S ឬបិទដើម្បីបោះបង់វា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was discarded.</source>
        <translation>សេចក្ដីព្រាងត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The testimony has changes that are not saved. Save them as a new revision?</source>
        <translation>សក្ខីកម្មមានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកវាជាកំណែថ្មីឬទេ?</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../../ui/tools.py" line="+175"/>
        <source>&amp;Check vault…</source>
        <translation>ពិនិត្យឃ្លាំង(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the vault&apos;s files, database and custody log</source>
        <translation>ពិនិត្យឯកសារ មូលដ្ឋានទិន្នន័យ និងកំណត់ហេតុរក្សាភស្តុតាងរបស់ឃ្លាំង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up vault…</source>
        <translation>បម្រុងទុកឃ្លាំង(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write one encrypted backup file of the whole vault</source>
        <translation>សរសេរឯកសារបម្រុងទុកដែលបានអ៊ិនគ្រីបមួយនៃឃ្លាំងទាំងមូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a bac&amp;kup…</source>
        <translation>ពិនិត្យការបម្រុងទុក(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that a backup file is complete and undamaged</source>
        <translation>ពិនិត្យថាឯកសារបម្រុងទុកពេញលេញ និងមិនខូច</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>ស្ដារការបម្រុងទុក(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore a backup into a new folder</source>
        <translation>ស្ដារការបម្រុងទុកទៅក្នុងថតថ្មី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a bundle…</source>
        <translation>ផ្ទៀងផ្ទាត់សំណុំឯកសារ(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a dossier bundle&apos;s files and signature (no vault needed)</source>
        <translation>ពិនិត្យឯកសារ និងហត្ថលេខានៃសំណុំឯកសារ (មិនត្រូវការឃ្លាំង)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export case for a colleague…</source>
        <translation>នាំចេញករណីសម្រាប់សហការី(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complete, unredacted, encrypted copy of a case for a colleague&apos;s vault</source>
        <translation>ច្បាប់ចម្លងពេញលេញ មិនបិទបាំង និងបានអ៊ិនគ្រីបនៃករណីមួយ សម្រាប់ឃ្លាំងរបស់សហការី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a colleague&apos;s package…</source>
        <translation>នាំចូលកញ្ចប់របស់សហការី(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a case a colleague exported for you</source>
        <translation>បញ្ចូលករណីដែលសហការីបាននាំចេញសម្រាប់អ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my transfer &amp;fingerprint</source>
        <translation>បង្ហាញស្នាមម្រាមដៃផ្ទេររបស់ខ្ញុំ(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vault&apos;s signing key, to compare with a colleague</source>
        <translation>សោចុះហត្ថលេខារបស់ឃ្លាំងនេះ សម្រាប់ប្រៀបធៀបជាមួយសហការី</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/tool_base.py" line="+87"/>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another task is still running in this window (an import, an export or a tool). Try again when it has finished.</source>
        <translation>កិច្ចការមួយទៀតកំពុងដំណើរការក្នុងបង្អួចនេះ (ការនាំចូល ការនាំចេញ ឬឧបករណ៍)។ សូមព្យាយាមម្ដងទៀតពេលវាបញ្ចប់។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done: {message}</source>
        <translation>មិនបានធ្វើ៖ {message}</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location line="-223"/>
        <source>New in this vault</source>
        <translation>ថ្មីក្នុងឃ្លាំងនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>មានរួចហើយ មិនបានប្ដូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated to the package&apos;s version</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពទៅកំណែនៃកញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (this vault&apos;s version kept, the package&apos;s kept beside it)</source>
        <translation>ការប៉ះទង្គិច (រក្សាកំណែរបស់ឃ្លាំងនេះ ហើយកំណែរបស់កញ្ចប់ត្រូវបានរក្សាទុកនៅក្បែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History added</source>
        <translation>បានបន្ថែមប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>testimonies</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>sites</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>media items</source>
        <translation>ធាតុមេឌៀ</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_tools.py" line="-439"/>
        <source>New in this vault: {what}</source>
        <translation>ថ្មីក្នុងឃ្លាំងនេះ៖ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to the package&apos;s version: {what}</source>
        <translation>ប្ដូរទៅកំណែរបស់កញ្ចប់៖ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict (both versions are kept): {what}</source>
        <translation>មានជម្លោះ (រក្សាកំណែទាំងពីរ)៖ {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}: {label}</source>
        <translation>{kind} ថ្មី៖ {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {kind}: {label}</source>
        <translation>{kind} ដែលបានប្ដូរ៖ {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict, {kind}: {label}</source>
        <translation>មានជម្លោះ, {kind}៖ {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>មេឌៀ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>កំណែថ្មីជាងរបស់កញ្ចប់ជាកំណែបច្ចុប្បន្ន; កំណែមួយទៀតត្រូវបានរក្សាទុកក្នុងកំណត់ចំណាំឯកជនមួយនៃករណី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this vault&apos;s newer version is current; the other is kept in a private note of the case</source>
        <translation>កំណែថ្មីជាងរបស់ឃ្លាំងនេះជាកំណែបច្ចុប្បន្ន; កំណែមួយទៀតត្រូវបានរក្សាទុកក្នុងកំណត់ចំណាំឯកជនមួយនៃករណី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides edited it; the package&apos;s newer text is current (revision {current}), this vault&apos;s is kept as revision {kept}</source>
        <translation>ភាគីទាំងពីរបានកែវា; អត្ថបទថ្មីជាងរបស់កញ្ចប់ជាកំណែបច្ចុប្បន្ន (កំណែទី {current}) អត្ថបទរបស់ឃ្លាំងនេះត្រូវបានរក្សាទុកជាកំណែទី {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revision {kept}</source>
        <translation>ភាគីទាំងពីរបានកែវា; អត្ថបទថ្មីជាងរបស់ឃ្លាំងនេះនៅតែជាកំណែបច្ចុប្បន្ន (ឥឡូវកំណែទី {current}) អត្ថបទរបស់កញ្ចប់ត្រូវបានរក្សាទុកជាកំណែទី {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides edited it; this vault&apos;s newer text stays current (now revision {current}), the package&apos;s is kept as revisions {first} to {last}</source>
        <translation>ភាគីទាំងពីរបានកែវា; អត្ថបទថ្មីជាងរបស់ឃ្លាំងនេះនៅតែជាកំណែបច្ចុប្បន្ន (ឥឡូវកំណែទី {current}) អត្ថបទរបស់កញ្ចប់ត្រូវបានរក្សាទុកជាកំណែទី {first} ដល់ {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides made working copies; the package&apos;s are now versions {first} to {last}, this vault&apos;s current one stays current as version {current}</source>
        <translation>ភាគីទាំងពីរបានធ្វើច្បាប់ចម្លងធ្វើការ; ច្បាប់ចម្លងរបស់កញ្ចប់ឥឡូវជាកំណែទី {first} ដល់ {last} ច្បាប់ចម្លងបច្ចុប្បន្នរបស់ឃ្លាំងនេះនៅតែជាកំណែបច្ចុប្បន្ន ជាកំណែទី {current}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untitled</source>
        <translation>គ្មានចំណងជើង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict, {kind}: {label}: {resolution}</source>
        <translation>មានទំនាស់, {kind}: {label}: {resolution}</translation>
    </message>
</context>
<context>
    <name>TrackTimeline</name>
    <message>
        <location filename="../../ui/media/timeline.py" line="+46"/>
        <source>Face tracks over the video&apos;s time</source>
        <translation>ផ្លូវមុខតាមពេលវេលានៃវីដេអូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and Right step one frame, Page Up and Page Down one second, Home and End go to the track&apos;s ends.</source>
        <translation>ចុចលើរបារមួយ ដើម្បីមើលមុខរបស់វានៅស៊ុមនោះ។ ក្ដារចុច៖ ឡើងលើ និងចុះក្រោម ជ្រើសផ្លូវមុខ ឆ្វេង និងស្ដាំ ផ្លាស់ទីមួយស៊ុម Page Up និង Page Down មួយវិនាទី Home និង End ទៅចុងទាំងពីររបស់ផ្លូវមុខ។</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Face {n}</source>
        <translation>មុខ {n}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../ui/media/transcript.py" line="+35"/>
        <source>Transcribe…</source>
        <translation>ចម្លងជាអក្សរ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognise the speech offline; the transcript is kept encrypted with the recording</source>
        <translation>ស្គាល់ការនិយាយដោយគ្មានអ៊ីនធឺណិត អត្ថបទចម្លងត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីបជាមួយការថត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing</source>
        <translation>ឈប់ចម្លង</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Transcript: click a word to hear it</source>
        <translation>អត្ថបទចម្លង៖ ចុចលើពាក្យមួយដើម្បីស្ដាប់វា</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No transcript yet.</source>
        <translation>មិនទាន់មានអត្ថបទចម្លងនៅឡើយ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript</source>
        <translation>ប្រតិចារឹក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine transcript ({language}, {words} words): check it against the recording.</source>
        <translation>អត្ថបទចម្លងដោយម៉ាស៊ីន ({language}, {words} ពាក្យ)៖ សូមពិនិត្យវាជាមួយការថត។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language was hard to tell ({language} is a guess): if the recording is in another language, transcribe it again with that language chosen.</source>
        <translation>ពិបាកកំណត់ភាសា ({language} គ្រាន់តែជាការទាយ)៖ ប្រសិនបើសំឡេងថតជាភាសាផ្សេង សូមចម្លងអត្ថបទម្ដងទៀតដោយជ្រើសរើសភាសានោះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text reads as {read}, not {language}: if the recording is in {read}, transcribe it again with {read} chosen; if not, its words are probably wrong.</source>
        <translation>អត្ថបទនេះអានទៅជាភាសា {read} មិនមែន {language} ទេ៖ ប្រសិនបើសំឡេងថតជាភាសា {read} សូមចម្លងអត្ថបទម្ដងទៀតដោយជ្រើសរើស {read}។ បើមិនមែនទេ ពាក្យរបស់វាប្រហែលជាខុស។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its lines read as several languages ({parts}), perhaps an interpreted interview: every line was written in {language}, so lines in another language may be a translation.</source>
        <translation>បន្ទាត់របស់វាអានទៅជាភាសាច្រើន ({parts}) ប្រហែលជាបទសម្ភាសន៍ដែលមានអ្នកបកប្រែ៖ បន្ទាត់នីមួយៗត្រូវបានសរសេរជាភាសា {language} ដូច្នេះបន្ទាត់ជាភាសាផ្សេងអាចជាការបកប្រែ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription is not installed in this copy of the app.</source>
        <translation>ការចម្លងជាអក្សរមិនត្រូវបានដំឡើងក្នុងកម្មវិធីនេះទេ។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transcribing…</source>
        <translation>កំពុងចម្លងជាអក្សរ…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Transcription stopped; nothing was stored.</source>
        <translation>បានឈប់ចម្លង គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>កំពុងឈប់…</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../ui/transfer_tools.py" line="+34"/>
        <source>This package is NOT redacted: it holds every name, private note and original of the case. Only the colleagues whose keys you give can open it.</source>
        <translation>កញ្ចប់នេះមិនត្រូវបានបិទបាំងទេ៖ វាមានគ្រប់ឈ្មោះ កំណត់ចំណាំឯកជន និងច្បាប់ដើមនៃករណី។ មានតែសហការីដែលអ្នកផ្ដល់សោរបស់ពួកគេប៉ុណ្ណោះអាចបើកវាបាន។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case to transfer</source>
        <translation>ករណីដែលត្រូវផ្ទេរ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colleague&apos;s age public keys, one per line</source>
        <translation>សោសាធារណៈ age របស់សហការី មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the package as</source>
        <translation>រក្សាទុកកញ្ចប់ជា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file to write</source>
        <translation>ឯកសារកញ្ចប់ដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Case:</source>
        <translation>ករណី(&amp;C)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s &amp;public key(s), one per line:</source>
        <translation>សោសាធារណៈរបស់សហការី មួយក្នុងមួយបន្ទាត់(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>រក្សាទុកជា(&amp;S)៖</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no case to transfer yet.</source>
        <translation>មិនទាន់មានករណីសម្រាប់ផ្ទេរទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your colleague&apos;s age public key (it starts with age1). They can read it from their key file.</source>
        <translation>សូមផ្ដល់សោសាធារណៈ age របស់សហការី (ចាប់ផ្ដើមដោយ age1)។ ពួកគេអាចអានវាពីឯកសារសោរបស់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file to write the package to (a new file).</source>
        <translation>ជ្រើសរើសឯកសារដែលត្រូវសរសេរកញ្ចប់ចូល (ឯកសារថ្មី)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing, signing and encrypting the package…</source>
        <translation>កំពុងសរសេរ ចុះហត្ថលេខា និងអ៊ិនគ្រីបកញ្ចប់…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package was written to:
{path}
{counts}; {files} files, {custody} custody entries.

Signed by this vault&apos;s key:
{fp}

Read this fingerprint to your colleague by phone or in person so they can check the package comes from you. Send the file only to them.</source>
        <translation>កញ្ចប់ត្រូវបានសរសេរទៅ៖
{path}
{counts}; ឯកសារ {files}, ធាតុរក្សាភស្តុតាង {custody}។

ចុះហត្ថលេខាដោយសោរបស់ឃ្លាំងនេះ៖
{fp}

សូមអានស្នាមម្រាមដៃនេះឱ្យសហការីរបស់អ្នកស្ដាប់តាមទូរស័ព្ទ ឬដោយផ្ទាល់ ដើម្បីឱ្យពួកគេពិនិត្យថាកញ្ចប់មកពីអ្នក។ ផ្ញើឯកសារតែទៅពួកគេប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location line="+48"/>
        <source>Choose the package</source>
        <translation>ជ្រើសរើសកញ្ចប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package file</source>
        <translation>ឯកសារកញ្ចប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your age identity file</source>
        <translation>ជ្រើសរើសឯកសារអត្តសញ្ញាណ age របស់អ្នក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age identity file</source>
        <translation>ឯកសារអត្តសញ្ញាណ age របស់អ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s fingerprint (optional)</source>
        <translation>ស្នាមម្រាមដៃរបស់អ្នកផ្ញើ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If given, a package signed by any other key is refused</source>
        <translation>បើបានផ្ដល់ កញ្ចប់ដែលចុះហត្ថលេខាដោយសោផ្សេងណាមួយនឹងត្រូវបដិសេធ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>កញ្ចប់(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age &amp;identity file:</source>
        <translation>ឯកសារអត្តសញ្ញាណ age របស់អ្នក(&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;fingerprint (optional):</source>
        <translation>ស្នាមម្រាមដៃរបស់អ្នកផ្ញើ (ស្រេចចិត្ត)(&amp;F)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I checked this fingerprint with the sender (by phone or in person): &amp;trust it</source>
        <translation>ខ្ញុំបានពិនិត្យស្នាមម្រាមដៃនេះជាមួយអ្នកផ្ញើ (តាមទូរស័ព្ទ ឬដោយផ្ទាល់)៖ ទុកចិត្តវា(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mport</source>
        <translation>នាំចូល(&amp;M)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the package file your colleague sent.</source>
        <translation>ជ្រើសរើសឯកសារកញ្ចប់ដែលសហការីរបស់អ្នកបានផ្ញើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your age identity file: the key file whose public key you gave your colleague.</source>
        <translation>ជ្រើសរើសឯកសារអត្តសញ្ញាណ age របស់អ្នក៖ ឯកសារសោដែលអ្នកបានផ្ដល់សោសាធារណៈរបស់វាទៅសហការី។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the package (nothing is imported yet)…</source>
        <translation>កំពុងពិនិត្យកញ្ចប់ (មិនទាន់នាំចូលអ្វីទេ)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was imported. The package is signed by:
{fp}
a key this vault has not trusted before. Compare it with the fingerprint the sender reads to you by phone or in person. Only if they match, tick the box above: the preview then shows what the package would change.</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។ កញ្ចប់នេះត្រូវបានចុះហត្ថលេខាដោយ៖
{fp}
ដែលជាសោដែលឃ្លាំងនេះមិនធ្លាប់ទុកចិត្តពីមុន។ សូមប្រៀបធៀបវាជាមួយស្នាមម្រាមដៃដែលអ្នកផ្ញើអានឱ្យអ្នកស្ដាប់តាមទូរស័ព្ទ ឬដោយផ្ទាល់។ មានតែពេលវាដូចគ្នាប៉ុណ្ណោះ ទើបធីកប្រអប់ខាងលើ៖ បន្ទាប់មកការមើលជាមុននឹងបង្ហាញអ្វីដែលកញ្ចប់នឹងផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by this vault&apos;s own key:
{fp}</source>
        <translation>ចុះហត្ថលេខាដោយសោរបស់ឃ្លាំងនេះផ្ទាល់៖
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a key this vault trusts:
{fp}</source>
        <translation>ចុះហត្ថលេខាដោយសោដែលឃ្លាំងនេះទុកចិត្ត៖
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by the key you checked:
{fp}
Importing trusts this key from now on for later packages.</source>
        <translation>ចុះហត្ថលេខាដោយសោដែលអ្នកបានពិនិត្យ៖
{fp}
ការនាំចូលនឹងទុកចិត្តសោនេះចាប់ពីពេលនេះតទៅ សម្រាប់កញ្ចប់នៅពេលក្រោយ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported. This vault already holds everything in the package.</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។ ឃ្លាំងនេះមានអ្វីៗទាំងអស់ក្នុងកញ្ចប់រួចហើយ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is imported yet. If you import this package:</source>
        <translation>មិនទាន់នាំចូលអ្វីទេ។ បើអ្នកនាំចូលកញ្ចប់នេះ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Import to import it, or close this window to import nothing.</source>
        <translation>ចុច នាំចូល ដើម្បីនាំចូលវា ឬបិទបង្អួចនេះ ដើម្បីមិននាំចូលអ្វីទាំងអស់។</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Importing the package…</source>
        <translation>កំពុងនាំចូលកញ្ចប់…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the case “{title}” from {author}&apos;s vault.</source>
        <translation>បាននាំចូលករណី “{title}” ពីឃ្លាំងរបស់ {author}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Packages signed by this key are trusted from now on.</source>
        <translation>កញ្ចប់ដែលចុះហត្ថលេខាដោយសោនេះ ត្រូវបានទុកចិត្តចាប់ពីពេលនេះតទៅ។</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Signed by:
{fp}</source>
        <translation>ចុះហត្ថលេខាដោយ៖
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.</source>
        <translation>ឯកសារមេឌៀដែលបានរក្សាទុក៖ {blobs}; ធាតុប្រវត្តិរក្សាភស្តុតាង៖ {history}; ការប៉ះទង្គិច៖ {n}។</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>Note: {notice}</source>
        <translation>ចំណាំ៖ {notice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-404"/>
        <source>Unlock Evidence Vault</source>
        <translation>ដោះសោ Evidence Vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Enter your passphrase to unlock the vault.</source>
        <translation>បញ្ចូលឃ្លាសម្ងាត់របស់អ្នក ដើម្បីដោះសោឃ្លាំង។</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Vault folder: {folder}</source>
        <translation>ថតឃ្លាំង៖ {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+106"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+104"/>
        <source>&amp;Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Show what I type</source>
        <translation>បង្ហាញអ្វីដែលខ្ញុំវាយ(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>ប្រើសោស្ដារជំនួសវិញ(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>កំពុងដោះសោ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>ដោះសោ(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe…</source>
        <translation>លុបបំផ្លាញ(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy this vault for good (asks you to type WIPE first)</source>
        <translation>បំផ្លាញឃ្លាំងនេះជាអចិន្ត្រៃយ៍ (សុំឱ្យអ្នកវាយ WIPE ជាមុនសិន)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes this vault for good.</source>
        <translation>ព្រមាន៖ ការដោះសោបរាជ័យ {failures} ដង តាំងពីការដោះសោចុងក្រោយ។ ការដោះសោបរាជ័យលើកក្រោយនឹងលុបបំផ្លាញឃ្លាំងនេះជាអចិន្ត្រៃយ៍។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more failed unlocks this vault is wiped for good.</source>
        <translation>ព្រមាន៖ ការដោះសោបរាជ័យ {failures} ក្នុងចំណោម {limit} តាំងពីការដោះសោចុងក្រោយ។ បន្ទាប់ពីបរាជ័យ {left} ដងទៀត ឃ្លាំងនេះនឹងត្រូវលុបបំផ្លាញជាអចិន្ត្រៃយ៍។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key:</source>
        <translation>សោស្ដារ(&amp;R)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>សោស្ដារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when the vault was created.</source>
        <translation>វាយសោស្ដារដែលអ្នកបានសរសេរទុក ពេលបង្កើតឃ្លាំង។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your recovery key first.</source>
        <translation>សូមវាយសោស្ដាររបស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase first.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់របស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, opened with its passphrase or the paper recovery key, brings it back.</source>
        <translation>នោះជាការដោះសោបរាជ័យចុងក្រោយដែលដែនកំណត់អនុញ្ញាត៖ ឃ្លាំងត្រូវបានលុបបំផ្លាញហើយ។ មានតែការបម្រុងទុក ដែលបើកដោយឃ្លាសម្ងាត់របស់វា ឬសោស្ដារក្រដាស ទើបអាចនាំវាមកវិញបាន។</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <location filename="../../ui/tools.py" line="-181"/>
        <source>Choose a bundle</source>
        <translation>ជ្រើសរើសសំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle file</source>
        <translation>ឯកសារសំណុំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your age identity file</source>
        <translation>ជ្រើសរើសឯកសារអត្តសញ្ញាណ age របស់អ្នក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age identity file, for encrypted bundles</source>
        <translation>ឯកសារអត្តសញ្ញាណ age សម្រាប់សំណុំឯកសារដែលបានអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of the identity file, if it has one</source>
        <translation>ឃ្លាសម្ងាត់នៃឯកសារអត្តសញ្ញាណ បើមាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected signer fingerprint (optional)</source>
        <translation>ស្នាមម្រាមដៃអ្នកចុះហត្ថលេខាដែលរំពឹងទុក (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bundle (.zip or .age):</source>
        <translation>សំណុំឯកសារ (.zip ឬ .age)(&amp;B)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file (for .age):</source>
        <translation>ឯកសារអត្តសញ្ញាណ (សម្រាប់ .age)(&amp;I)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;passphrase (if it has one):</source>
        <translation>ឃ្លាសម្ងាត់អត្តសញ្ញាណ (បើមាន)(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected signer (optional):</source>
        <translation>អ្នកចុះហត្ថលេខាដែលរំពឹងទុក (ស្រេចចិត្ត)(&amp;E)៖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bundle to verify.</source>
        <translation>ជ្រើសរើសសំណុំឯកសារដែលត្រូវផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verifying the bundle…</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់សំណុំឯកសារ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your identity file is protected by a passphrase. Type it in Identity passphrase, then verify again.</source>
        <translation>ឯកសារអត្តសញ្ញាណរបស់អ្នកត្រូវបានការពារដោយឃ្លាសម្ងាត់។ សូមវាយវាក្នុង «ឃ្លាសម្ងាត់អត្តសញ្ញាណ» រួចផ្ទៀងផ្ទាត់ម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This bundle is encrypted. Choose the age identity file it was encrypted to (your key file), then verify again.</source>
        <translation>សំណុំឯកសារនេះត្រូវបានអ៊ិនគ្រីប។ សូមជ្រើសរើសឯកសារអត្តសញ្ញាណ age ដែលវាត្រូវបានអ៊ិនគ្រីបសម្រាប់ (ឯកសារសោរបស់អ្នក) រួចផ្ទៀងផ្ទាត់ម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.</source>
        <translation>សំណុំឯកសារបានផ្ទៀងផ្ទាត់ត្រឹមត្រូវ៖ ឯកសារ {n}, {size} ត្រូវគ្នានឹងបញ្ជីឯកសារ ហើយហត្ថលេខាមានសុពលភាព។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint:
{fp}</source>
        <translation>ស្នាមម្រាមដៃអ្នកចុះហត្ថលេខា៖
{fp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was decrypted in memory only; nothing was written.</source>
        <translation>វាត្រូវបានឌិគ្រីបតែក្នុងអង្គចងចាំប៉ុណ្ណោះ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is signed by the key you expected.</source>
        <translation>វាត្រូវបានចុះហត្ថលេខាដោយសោដែលអ្នករំពឹងទុក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this fingerprint with the one the sender gave you by another channel (a call, in person). If they differ, do not trust the bundle.</source>
        <translation>សូមប្រៀបធៀបស្នាមម្រាមដៃនេះជាមួយនឹងស្នាមម្រាមដៃដែលអ្នកផ្ញើបានផ្ដល់ឱ្យអ្នកតាមមធ្យោបាយផ្សេង (ការហៅទូរស័ព្ទ ឬដោយផ្ទាល់)។ បើវាខុសគ្នា កុំទុកចិត្តសំណុំឯកសារនេះ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bag: {top}</source>
        <translation>Bag៖ {top}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {fmt}</source>
        <translation>ទម្រង់៖ {fmt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagged on: {date}</source>
        <translation>បានវេចខ្ចប់នៅ៖ {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy.</source>
        <translation>សំណុំឯកសារមិនបានផ្ទៀងផ្ទាត់ត្រឹមត្រូវទេ៖ {reason} កុំទុកចិត្តខ្លឹមសាររបស់វា៖ សូមសុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ។</translation>
    </message>
</context>
<context>
    <name>VideoFacesPanel</name>
    <message>
        <location filename="../../ui/media/video_review.py" line="+111"/>
        <source>Look for faces in every frame and follow them; you review each track</source>
        <translation>រកមុខក្នុងគ្រប់ស៊ុម ហើយតាមដានវា៖ អ្នកពិនិត្យផ្លូវនីមួយៗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a bo&amp;x on this frame</source>
        <translation>បន្ថែមប្រអប់លើស៊ុមនេះ(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a face without a box: draw one on the frame with the mouse, or place it with the keyboard; it is followed forwards and backwards through the video</source>
        <translation>សម្រាប់មុខដែលគ្មានប្រអប់៖ គូរមួយលើស៊ុមដោយកណ្ដុរ ឬដាក់វាដោយក្ដារចុច វានឹងត្រូវបានតាមដានទៅមុខ និងថយក្រោយពេញវីដេអូ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How faces are covered</source>
        <translation>របៀបបិទមុខ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black boxes</source>
        <translation>ប្រអប់ខ្មៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur (can sometimes be partly reversed)</source>
        <translation>ធ្វើឱ្យព្រិល (ពេលខ្លះអាចត្រឡប់វិញបានខ្លះ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover faces in a new cop&amp;y</source>
        <translation>បិទមុខក្នុងច្បាប់ចម្លងថ្មី(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn the boxes into every frame of a new working copy (sound kept); the original is kept</source>
        <translation>ដុតប្រអប់ចូលគ្រប់ស៊ុមនៃច្បាប់ចម្លងការងារថ្មី (រក្សាសំឡេង)៖ ច្បាប់ដើមត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Face tracks</source>
        <translation>ផ្លូវមុខ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Find faces in the video: its face tracks are shown here, on their frames and on a time line.</source>
        <translation>រកមុខក្នុងវីដេអូ៖ ផ្លូវមុខរបស់វានឹងបង្ហាញនៅទីនេះ លើស៊ុមរបស់វា និងលើបន្ទាត់ពេលវេលា។</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not done.</source>
        <translation>មិនបានធ្វើទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finding faces: frame {done} of about {total}</source>
        <translation>កំពុងរកមុខ៖ ស៊ុម {done} ក្នុងចំណោមប្រហែល {total}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+283"/>
        <source>Stopped; nothing was changed.</source>
        <translation>បានបញ្ឈប់៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>{n} face track(s) in {frames} frames. Every track is covered unless you leave it uncovered. Face detection misses faces: watch the new working copy yourself.</source>
        <translation>ផ្លូវមុខ {n} ក្នុង {frames} ស៊ុម។ ផ្លូវនីមួយៗត្រូវបានបិទ លុះត្រាតែអ្នកទុកវាមិនបិទ។ ការរកមុខអាចរំលងមុខខ្លះ៖ សូមមើលច្បាប់ចម្លងការងារថ្មីដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}</source>
        <translation>មុខ {n} (ប្រអប់គូរលើស៊ុម {frame})៖ {start}–{end} វិនាទី៖ {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {n}: {start}–{end} s, {count} detection(s): {state}</source>
        <translation>មុខ {n}៖ {start}–{end} វិនាទី ការរកឃើញ {count}៖ {state}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>left uncovered</source>
        <translation>ទុកមិនបិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be covered</source>
        <translation>នឹងត្រូវបិទ</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+121"/>
        <source>No frame to show.</source>
        <translation>គ្មានស៊ុមដើម្បីបង្ហាញទេ។</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Find fac&amp;es in the video</source>
        <translation>រកមុខក្នុងវីដេអូ(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep this face covered</source>
        <translation>បន្តបិទមុខនេះ(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave uncovered</source>
        <translation>ទុកមិនបិទ(&amp;L)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The frame shown, with the face boxes on it</source>
        <translation>ស៊ុមដែលបង្ហាញ ជាមួយប្រអប់មុខនៅលើវា</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Frame {n} of {total} ({seconds} s)</source>
        <translation>ស៊ុម {n} នៃ {total} ({seconds} វិនាទី)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Following the box: frame {done} of about {total}</source>
        <translation>កំពុងតាមដានប្រអប់៖ ស៊ុម {done} នៃប្រហែល {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped; the box was not added.</source>
        <translation>បានបញ្ឈប់៖ ប្រអប់មិនត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Face {n} added: the box was followed from {start} s to {end} s. Look at the frames around both ends: where it lost the face, draw another box there.</source>
        <translation>បានបន្ថែមមុខ {n}៖ ប្រអប់ត្រូវបានតាមដានពី {start} វិនាទី ដល់ {end} វិនាទី។ សូមមើលស៊ុមនៅជុំវិញចុងទាំងពីរ៖ កន្លែងដែលវាបាត់មុខ សូមគូរប្រអប់មួយទៀតនៅទីនោះ។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Covering faces: frame {done} of {total}</source>
        <translation>កំពុងបិទមុខ៖ ស៊ុម {done} ក្នុងចំណោម {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved working copy v{n} with the faces covered. The original and earlier versions are kept.</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងការងារ v{n} ដែលបានបិទមុខ។ ច្បាប់ដើម និងកំណែមុនៗត្រូវបានរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+40"/>
        <source>Wipe the vault</source>
        <translation>លុបបំផ្លាញឃ្លាំង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the vault in {folder} for good: every case, testimony, person, photo and recording in it. The key is overwritten and the files deleted. Backups elsewhere are not touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a copy-on-write or a synced folder may keep old copies of the files for a while.</source>
        <translation>សកម្មភាពនេះបំផ្លាញឃ្លាំងនៅក្នុង {folder} ជាអចិន្ត្រៃយ៍៖ គ្រប់ករណី សក្ខីកម្ម បុគ្គល រូបថត និងការថតសំឡេងនៅក្នុងវា។ សោត្រូវបានសរសេរជាន់ពីលើ ហើយឯកសារត្រូវបានលុប។ ការបម្រុងទុកនៅកន្លែងផ្សេងមិនត្រូវបានប៉ះពាល់ទេ៖ ការបម្រុងទុកនៅតែបើកបានដោយឃ្លាសម្ងាត់ ឬសោស្ដារជាក្រដាស។ SSD ថតឯកសារ copy-on-write ឬថតឯកសារដែលធ្វើសមកាលកម្ម អាចរក្សាច្បាប់ចម្លងចាស់ៗនៃឯកសារមួយរយៈ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type {word} in capital letters and press Enter to confirm. Esc cancels.</source>
        <translation>វាយ {word} ជាអក្សរធំ ហើយចុច Enter ដើម្បីបញ្ជាក់។ Esc បោះបង់។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type WIPE to confirm</source>
        <translation>វាយ WIPE ដើម្បីបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wipe the vault now</source>
        <translation>លុបបំផ្លាញឃ្លាំងឥឡូវនេះ(&amp;W)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was wiped: type {word} in capital letters, then press Enter.</source>
        <translation>គ្មានអ្វីត្រូវបានលុបបំផ្លាញទេ៖ វាយ {word} ជាអក្សរធំ រួចចុច Enter។</translation>
    </message>
</context>
<context>
    <name>_BackupReader</name>
    <message>
        <location filename="../../ui/tools.py" line="-253"/>
        <source>Choose a backup file</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>ឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup file:</source>
        <translation>ឯកសារបម្រុងទុក(&amp;B)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase the vault had when the backup was made</source>
        <translation>ឃ្លាសម្ងាត់ដែលឃ្លាំងមាននៅពេលធ្វើការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>ឃ្លាសម្ងាត់ដែលឃ្លាំងមាននៅពេលធ្វើការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the backup file.</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុក។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault had when the backup was made, or tick &quot;Use the recovery key instead&quot; and type the recovery key.</source>
        <translation>វាយឃ្លាសម្ងាត់ដែលឃ្លាំងមាននៅពេលធ្វើការបម្រុងទុក ឬធីក &quot;ប្រើសោស្ដារជំនួសវិញ&quot; ហើយវាយសោស្ដារ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup did not pass the check: {reason} Do not rely on it: make a new backup of the vault now and keep the damaged file only for your technical contact.</source>
        <translation>ការបម្រុងទុកនេះមិនបានឆ្លងកាត់ការពិនិត្យទេ៖ {reason} កុំពឹងផ្អែកលើវា៖ សូមធ្វើការបម្រុងទុកថ្មីនៃឃ្លាំងឥឡូវនេះ ហើយរក្សាឯកសារដែលខូចតែសម្រាប់អ្នកទំនាក់ទំនងផ្នែកបច្ចេកទេសរបស់អ្នកប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+299"/>
        <source>Known</source>
        <translation>ដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is known</source>
        <translation>{name}៖ ដឹង</translation>
    </message>
</context>
</TS>
