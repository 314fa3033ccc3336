<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key printed when the database was created (or last re-keyed). An administrator then chooses a new passphrase; a lost key file is made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a key press or mouse movement for this long, the program locks itself and forgets the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Overseas Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of party members abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted register — open it with your user name and passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ending in .orec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is encrypted from its first byte. You become its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. With it alone an administrator can open the database when every passphrase is lost. It is shown only now: print it or write it down, check it, and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user unlocks the database with their own passphrase. Administrators manage users and keys; clerks read and write records; auditors read records and the audit log and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec</name>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules table has no version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a start and an end, the end not before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::AttendanceMode</name>
    <message>
        <source>Attends a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted from meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::AuditLog</name>
    <message>
        <source>An audit entry must be written inside the change&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has lost its head row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was removed (the log jumps from row %2 to row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the audit log was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were removed from the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the audit log does not match its last row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::CellType</name>
    <message>
        <source>Representative-mission cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Database</name>
    <message>
        <source>%1 is %2 and may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file with this name already exists beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the database belongs to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can use the recovery key; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is right but the database file does not open with its key: the file is damaged or was replaced. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Overseas Records database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be changed in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::FileLock</name>
    <message>
        <source>The database is open in another program (%1, process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to create the lock file beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file beside the database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Gender</name>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::KeyStore</name>
    <message>
        <source>The data key does not belong to this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot of %1 does not hold this database&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file of Overseas Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was written by a newer version of the program (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database identity is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is missing. Open the database with its recovery key to create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::MemberQuery</name>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::MemberRepository</name>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PartyActivityArrangement</name>
    <message>
        <source>Stays with the home cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary group in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary transfer of party activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official transfer of party activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PartyUnitRepository</name>
    <message>
        <source>party unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under one of its own sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingLifeCycle</name>
    <message>
        <source>&quot;%1&quot; is not possible for a posting that is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future; record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the departure (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is under disciplinary review or investigation and may not be sent abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return report of an earlier trip was due on %1 and has not been received; a new trip is approved once it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip includes visiting relatives abroad: the commitment on relatives abroad must be received before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting has not been approved. If the member left anyway, record a departure without approval, which flags it for the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return report has not been received; the posting stays open until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the member&apos;s self-review must be received and confirmed by the overseas cell or the mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the transfer letter home is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is still within the planned stay (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the committee that approves the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2). Record it as a departure without approval, which flags it for the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting was approved on %1, before this departure; record an ordinary departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the overseas cell the member joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is in %2, which is not among the countries of this posting (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the extension decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the extension decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extension decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new planned return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new planned return (%1) is not after the current one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting cannot be closed (%1) before the return (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact cannot be restored (%1) before it was lost (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding that the member did not return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingPurpose</name>
    <message>
        <source>Official mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanying a spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other private affairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingRepository</name>
    <message>
        <source>posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingRules</name>
    <message>
        <source>This report&apos;s deadline was set under rules version %1; it is not recomputed under version %2 unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned departure and return are needed to suggest an arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more: official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of more than %n month(s): temporary transfer of party activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more in a delegation large enough: the committee may form a temporary group or cell.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too few members to form a group: the member stays with the home cell and may be exempted from meetings while away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short stay: the member stays with the home cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an overseas cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned, awaiting reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::PostingTransition</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record departure without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an overseas cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as did not return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::ProbationDecision</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to full membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full membership refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Reader</name>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::RecoveryKey</name>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: check each group against the printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::RefusalReason</name>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving committee missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member under disciplinary review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return report of an earlier trip overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment on relatives abroad missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an overseas cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell in another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before contact was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension does not extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return report not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-review not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer letter home missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still within the planned stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::ReportKind</name>
    <message>
        <source>Private-trip application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment on relatives abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-departure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell committee remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award or title offered by a foreign party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership of a foreign or international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marriage to a foreign national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of nationality or residence status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::ReportRepository</name>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report belongs to a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::ReportState</name>
    <message>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::RuleRepository</name>
    <message>
        <source>A stored version of the rules table cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were changed meanwhile (now version %1); start again from the current rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::RuleSet</name>
    <message>
        <source>Return report after a private trip is due within this many working days of re-entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure of a university party committee applying Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return report after any other trip or posting is due within this many days of return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure of another university party committee under Regulation 86-QĐ/TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-departure report is due this many days before the planned departure (0: by the departure date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assumption: the sources say only &quot;before departure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private-trip application is due this many days before the planned departure (0: by the departure date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assumption: the sources give no lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit that includes relatives abroad needs a commitment on relatives abroad before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University procedure under Guidance 01-HD/BTCTW (2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment on relatives abroad is due this many days before the planned departure (0: by the departure date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-review of a long-term member is due within this many days of return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assumption, aligned with the return report; Guidance 01-HD/TW (2021) item 10 asks for the self-review but sets no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell committee remarks on a returning member are due within this many days of return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assumption; Guidance 01-HD/TW (2021) item 10 sets no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member abroad reports an award, a foreign membership, a marriage to a foreign national or a change of nationality or residence within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assumption; Guidance 30-HD/BTCTW of 23 Apr 2025 asks for the report when it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this many months abroad a delegation may form a temporary group or cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University procedure under Regulation 86-QĐ/TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest delegation (party members) that may form a temporary group or cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay longer than this many months calls for a temporary transfer of party activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stay of this many months or more calls for an official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10; Regulation 228-QĐ/TW (2014) art. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members of a long-term delegation needed to form a cell abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new trip is not approved while the member&apos;s return report from an earlier trip is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice of foreign-travel systems elsewhere (close-out before the next trip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member under disciplinary review or investigation is not sent abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of Regulation 228-QĐ/TW; Regulation 58-QĐ/TW (2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of probation from admission to full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party Charter; Regulation 29/232 on the Party Charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule is either on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::RuleUnit</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on/off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Transfer</name>
    <message>
        <source>A transfer letter needs an issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already has letters of %1; a letter dated in %2 cannot be added after them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::TransferDirection</name>
    <message>
        <source>Out (abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::TransferKind</name>
    <message>
        <source>Temporary transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas posting slip for labour export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::TransferRepository</name>
    <message>
        <source>transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the committee that issues the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer letter is for a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::UnitKind</name>
    <message>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::UserRepository</name>
    <message>
        <source>A user with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::Validation</name>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country abroad cannot be Viet Nam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative %1: the name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative %1: the relation to the member is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative %1: the country is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative %1: &quot;%2&quot; is not an ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name has one word only; enter family, middle and given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth (%1) is implausibly early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission (%1) is before the member&apos;s 18th birthday (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-membership date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-membership date needs the admission date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full membership (%1) cannot come before admission (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full membership (%1) normally comes 12 months after admission, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ended on %1; record the full-membership date or the committee&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID must have 12 digits (9 on old identity cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 9-digit number is from an old identity card; record the 12-digit citizen ID if the member has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party card number may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probationary member does not have a party card yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier number has 6 digits and 1 to 3 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overseas cell needs its type (mission, spouse, student, labour, expert or self-employed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overseas cells have a cell type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overseas cell needs its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit at home has no country abroad; mark it as overseas or clear the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deputy secretary must be someone other than the secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the unit was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an overseas cell can be a probationary cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probationary cell works under an appointed secretary; none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation counts at least the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned departure date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned return date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned return (%1) is before the planned departure (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the sending decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee that approved the posting is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs the departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return (%1) is before the departure (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2); record it as a departure without approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: the decision number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: the decision date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: the decision date (%2) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: the new planned return is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 does not extend: the new return (%2) is not after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is past approval, but no approval date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting is past departure, but no departure date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has returned, but no return date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is recorded in an overseas cell, but the cell is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date contact was lost is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date contact was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact cannot be lost (%1) before the departure (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official posting is normally preceded by a political-standard conclusion; none is referenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member stays with the home cell but an overseas cell is recorded; check the arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s decision on full membership has no reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trip or posting the report belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who received the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has not acknowledged the commitments (no classified documents; reporting duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment lists no relatives abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: who the member met is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: the date (%2) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing committee is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member the letter is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register number %1 belongs to %2, but the letter is dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving unit is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party card number: only right for a probationary member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month up to which dues are paid is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::WriteScope</name>
    <message>
        <source>The change has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes (co) nor no (khong).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::AccountService</name>
    <message>
        <source>There is no user with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be removed or demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::Builder</name>
    <message>
        <source>The demo register must start empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::DemoGenerator</name>
    <message>
        <source>The number of members must be between 0 and 2,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already has records; the demo department is made in a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::Importer</name>
    <message>
        <source>&quot;%1&quot; is not a gender; write Nam or Nữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has the code or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party card number %1 is also on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party card number %1 already belongs to %2 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID %1 is also on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID %1 already belongs to %2 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, chuyen_gia, tu_lap_nghiep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit (dang_bo, chi_bo, to_dang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the party card number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents in the file go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member&apos;s party card number or citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the citizen ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party card number and the citizen ID belong to two different members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (cong_tac, hoc_tap, lao_dong, chuyen_gia, theo_vo_chong, tu_lap_nghiep, tham_than, chua_benh, du_lich, viec_rieng_khac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is in %1, which is not among the countries of the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posting status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; cannot have a departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting in an overseas cell needs the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same trip of the same member is on an earlier line of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trip is already in the register (posting %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is abroad on line %1 of the file as well; one person is in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is already abroad on posting %1 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column naming the member is missing: so_the_dang_vien (party_card_no) or so_cccd (citizen_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more values (%1) than the header has columns (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::PrintService</name>
    <message>
        <source>T/M ĐẢNG ỦY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T/M CHI ỦY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BÍ THƯ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the party card number or citizen ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party unit has the code or name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the period: a start date on or before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which transfer letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv: %1 has neither extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::app::RegisterService</name>
    <message>
        <source>The home unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has this id, party card number or citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary or deputy is not a member in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units have this name; give the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has this code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posting has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overseas cell does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approving committee does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is still abroad on posting %1 (left %2); record that return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was a full member when this posting began; there is no probation to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of a posting are filed on the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing committee does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting belongs to another member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::backup</name>
    <message>
        <source>The backup is damaged or incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped early: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Overseas Records backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header length is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes in the header are impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes where %2 were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slots do not match their checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database part does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed while it was being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key slots belong to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write beside the target: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database part changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up database can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored database fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old database cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored files could not be moved into place; they are at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::cli</name>
    <message>
        <source>orec — Overseas Records on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (.orec); its key file FILE.keys sits beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database user (default: OREC_USER, else the only user or &apos;admin&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print records as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: Vietnamese, or OREC_LANG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TESTS ONLY: new key slots use the cheapest Argon2id settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; &apos;orec COMMAND --help&apos; describes one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases never come from arguments: OREC_PASSPHRASE (the user&apos;s), OREC_NEW_PASSPHRASE (a new one) and OREC_RECOVERY_KEY, else a prompt without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage error; 2 invalid input; 3 authentication failed or not allowed; 4 database in use by another process; 5 corrupt or tampered file; 6 other failure (I/O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. &apos;orec --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it now and keep it locked away: it is shown only this once. With it alone an administrator can open the database when every passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: user add NAME --role admin|clerk|auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be admin, clerk or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key slot: cannot unlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: user remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. To be sure a copy of the old key file is useless to them, run &apos;orec rekey&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: user role NAME admin|clerk|auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be admin, clerk or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: user reset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new key. The old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which administrator gets the new passphrase with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can unlock the database again with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted database and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates FILE and its key file FILE.keys. The administrator is --user (default &apos;admin&apos;); the passphrase comes from OREC_PASSPHRASE, else OREC_NEW_PASSPHRASE, else is asked twice. Prints the recovery key once. With --json: {&quot;recovery_key&quot;: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role      admin manages users and keys; clerk reads and writes records; auditor reads records and the audit log and writes nothing.
--full-name the person&apos;s name, for lists.
The new user&apos;s passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users of the database and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints an array of {name, role, full_name, created_at, has_key_slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user and their key slot (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s history stays in the audit log. The last administrator cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s role (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user who forgot their passphrase a new one (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own passphrase (the data are not re-encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase comes from OREC_PASSPHRASE, the new one from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key and print a new recovery key (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user keeps their passphrase. The old recovery key stops working. A backup of the database as it was is written first beside it (FILE.pre-rekey-DATE.orecbak); it still opens with the old keys, so keep it as safe as the database or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database with its recovery key and give administrator --user a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works even when the key file is lost. The recovery key comes from OREC_RECOVERY_KEY, the new passphrase from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File integrity: DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: TAMPERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: backup OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (database and key slots together, both encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: restore IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and the audit log&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity and foreign-key checks and verifies every link of the audit chain. Exit code 5 when anything is wrong; the message names the first altered or removed audit row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of the database and its key slots to one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT holds the encrypted database and its key file together, with checksums, so a restore never lacks the key slots. The same passphrases and recovery key open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database (--db) with a backup, after proving you administer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user must be an administrator in the backup; the passphrase is theirs in the backup. The checksums are verified and the restored copy is integrity-checked before it replaces anything; the database it replaces is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.pdf (or .xlsx, .csv for the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs the graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is country or home-unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart needs a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a Party document to PDF, or export its list to Excel or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:
  abroad        members now abroad; --by country (default: by country and cell) or --by home-unit
  movements     departures and returns in --from .. --to
  reports-due   reports overdue and due within --within DAYS (default 30)
  member        one member&apos;s overseas record; --member CARD|CITIZEN_ID
  statistics    the statistical report of --from .. --to, with a chart (--chart FILE.png to use a saved dashboard chart)
  2-shd         temporary transfer letter; --transfer ID
  3a-shd        overseas posting slip; --transfer ID
  3c-shd        list of members transferred abroad (labour export) in --from .. --to; --committee CODE
  10-shd        the transfer register of --year YEAR; --committee CODE
Options: --as-of DATE (default today), --date DATE on the document, --number &apos;Số 12-DS/ĐU&apos;, --place TEXT (default Hà Nội), --signer NAME, --position TEXT, --on-behalf &apos;T/M ĐẢNG ỦY&apos;, --recipients &apos;A;B&apos;. With .xlsx or .csv the document&apos;s list is exported instead (UTF-8 with BOM for CSV); --no-groups leaves out the group heading rows. Dates dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>posting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings abroad between %1 and %2: %3 (%4 members); %5 departures, %6 returns, %7 without approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country and cell type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no overseas cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departures %1, returns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>abroad in %1, decision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEPARTED WITHOUT APPROVAL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries: %1  City: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 – %2  Actual: %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to %1 by %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends %1; decision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 in %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID %1; party card %2; dossier %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted %1; full member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDER DISCIPLINARY REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer letter %1 (%2, %3) issued %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not in the format, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 row(s): %2 valid, %3 with problems; nothing was written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s); %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the laptop&apos;s first package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field database of cell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read fingerprints aloud over the phone to the other side: they must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: secretary add --cell CELL [--name TEXT] [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secretary for cell %1 is registered and waits for their laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code (shown only this once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to the secretary in person or through another channel than the package. With it they open the first cell package on their laptop (&apos;orec field init&apos;). Home&apos;s fingerprint, to compare by phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: secretary remove --cell CELL [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary of %1 was removed: packages from their laptop are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: export-package --cell CELL --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote cell package %1 of %2 to %3: %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is a first package: the secretary opens it with their enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted to the laptop with fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions file must hold a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 names no open conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return package %1 from cell %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the laptop with fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the laptop&apos;s first package: compare the fingerprint with the secretary by phone before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages %1 to %2 never arrived; their changes are carried by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home already has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the secretary&apos;s to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT: home has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed by %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefer takes home or cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was applied. Decide with --prefer home|cell or --decisions FILE, or in the application&apos;s import dialog.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 record(s) would be created and %2 changed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 record(s) created, %2 changed, %3 conflict(s) decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop installs home&apos;s package whole; --dry-run is for imports at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed home&apos;s package %1: %2 record(s), %3 updated here, %4 no longer in the cell removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Home has applied your changes up to number %1; %n change(s) still wait for home.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: field init PACKAGE --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code from home: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the field database %1 for cell %2 (%3) with %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare both with home by phone before you send anything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; keep it apart from the laptop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: field export --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote return package %1 to %2 with %n change(s) home has not acknowledged yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1. Home&apos;s package %2 is installed; you sent %3 package(s), home applied up to your package %4 (change %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for home.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(sent in package %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this database&apos;s exchange fingerprint and the parties it knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints are six groups of four characters; read them aloud to the other side by phone. A home database shows each cell&apos;s secretary; a laptop shows its home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a cell secretary&apos;s laptop-to-be and print its one-time enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cell     the overseas cell&apos;s code
--name     the secretary&apos;s name, for lists
--replace  remove the current secretary first; their laptop&apos;s packages are refused from then on.
Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a cell&apos;s secretary (a lost laptop, a replaced secretary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages signed by that laptop are refused from then on. Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a signed, encrypted cell package for the cell&apos;s secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the cell&apos;s members, their postings in the cell, reports and transfer letters, and acknowledges the return packages home applied. Before the laptop&apos;s keys are known the package opens with the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package: at home a secretary&apos;s return package; on a laptop home&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home the changes are listed first. A field that home changed too is a conflict: decide all with --prefer home|cell, or each with --decisions FILE (a JSON list of {&quot;item&quot;, &quot;field&quot;, &quot;resolution&quot;: keep_home|take_cell|edit, &quot;value&quot;}). Nothing is applied while a conflict is open (exit code 2). --dry-run applies and rolls back. A package applied before changes nothing; an older one than the last applied is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a laptop&apos;s field database from home&apos;s first cell package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code comes from OREC_ENROLMENT_CODE, else is asked; the new passphrase from OREC_NEW_PASSPHRASE, else is asked twice. The user is --user (default &apos;secretary&apos;). Prints both fingerprints and the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a return package with every change home has not acknowledged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by this laptop and encrypted to home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which of this laptop&apos;s changes have reached home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the changes home has not acknowledged yet and what home&apos;s last package said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: posting create MEMBER --purpose P --country CC --from DATE --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the purpose with --purpose (cong_tac, hoc_tap, lao_dong, du_lich...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement from the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arrangement is auto, giu_nguyen, to_dang_tam_thoi, tam_thoi or chinh_thuc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned posting %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: posting show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: posting list MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the posting id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the overseas cell with --cell CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting %1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: posting probation ID admitted|extended|refused --ref TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is admitted, extended or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: report file POSTING KIND --date DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is private_trip_application, relatives_commitment, pre_departure, return, self_review or cell_remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--content must be a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of posting %2 received on %3 (due %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: report list POSTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days, --offset and --limit need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: report add MEMBER KIND --event-date DATE [--date RECEIVED]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is annual_rating, foreign_award, foreign_organisation_membership, marriage_to_foreigner or nationality_or_residence_change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for %2 (due %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer letter %1 of %2 issued for %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: transfer register COMMITTEE [--year YYYY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version %1, in force from %2 (%3 version(s) stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rules set KEY VALUE [--from DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version %1 in force from %2. Deadlines already set keep the version they were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rules holiday DATE NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a holiday for deadlines in working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER is a row id, party card number or citizen ID.
--purpose P   cong_tac, hoc_tap, lao_dong, chuyen_gia, theo_vo_chong, tu_lap_nghiep, tham_than, chua_benh, du_lich, viec_rieng_khac (or the English codes)
--country CC  one or more, comma-separated, the main one first (ISO code or name)
--from DATE --to DATE   planned departure and return
--city, --host TEXT
--relatives   the trip includes visiting relatives abroad
--delegation N   party members travelling together
--decision-no, --decision-date, --decision-body   the sending decision
--committee CODE   the approving committee
--political-conclusion REF
--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: what the rules suggest)
The documents the posting calls for are created with their due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a trip or stay abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;posting create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a posting, its documents and the steps possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is the row id or uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a member&apos;s postings, latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER is a row id, card number or citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date DATE   when it happened (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a planned posting (refused while an earlier return report is overdue, or under disciplinary review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the departure; --without-approval flags one that was never approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the member joined an overseas cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;posting join&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the stay by a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return home; the return report falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a returned posting whose reports are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a planned or approved posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a member abroad as lost contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restored with a member abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the member stayed abroad and did not return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step the posting&apos;s status or the rules do not allow is refused with the reason (exit code 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on a probationary member&apos;s full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted also records the member&apos;s full-membership date (the end of probation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.
--date DATE  the day it was received (default today)
--confirmed  a self-review confirmed by the cell or mission
--cell-opinion, --committee-opinion, --decision TEXT
--content JSON  content fields, e.g. &apos;{&quot;results&quot;: &quot;...&quot;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a report or document of a posting was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;report file&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting&apos;s reports with their due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTING is the row id or uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports not received that are overdue or due within N days (default 30), with days late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overdue    only those past due
--offset N --limit N   paging (default 0 and 200)
The most overdue first. Reports of cancelled postings are never due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an annual rating or an event a member abroad reports (award, foreign membership, marriage to a foreigner, change of nationality or residence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date follows from the event date and the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a transfer letter, numbered in the committee&apos;s transfer register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to UNIT or --to-name TEXT   the receiving unit
--dues-paid-to DATE   party dues paid up to (month)
--notes TEXT
With --posting the letter is linked as the posting&apos;s letter out or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s transfer register (10-SHĐ): every letter it issued, by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers restart at 1 each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rules table in force (deadlines, thresholds) with the source of each rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version N shows an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one rule as a new version of the table (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE is a whole number, or on/off for flags. --from DATE: in force from (default today). Deadlines already computed keep the version they were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a holiday for deadlines in working days (Tết and bridge days are decided each year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 January, 30 April, 1 May and 2 September are known already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members, --postings and --cells need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members needs a number of members, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; it is demo data, but keep the habit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated a synthetic department (seed %1) in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committees, %2 home cells, %3 overseas cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members (%2 probationary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 postings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports (%2 overdue), %3 transfer letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue to return, %2 departures without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name is generated; none belongs to a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid (or --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: import members|cells|postings FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members, cells or postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 row(s) to %2. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: export members|cells|postings --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members, cells or postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disciplinary-review is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member&apos;s full name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: member edit ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: member show ID|CARD|CITIZEN-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--presence is at_home, abroad, overdue, lost_contact or did_not_return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort is name, card, born, admitted, country, return or relevance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --limit need whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: search TEXT (a name without diacritics, a party card number or a citizen ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is committee, cell or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit&apos;s --code and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: unit edit CODE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unit show CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in the cell now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period with --from DATE --to DATE (or --year YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n probationary member(s) whose probation ends within the period or has ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s) without approval, for the committee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad now: %1 (overdue to return: %2, lost contact: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports overdue: %1; due within 14 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ending within 30 days or ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures without approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name TEXT         full name (họ và tên)
--gender Nam|Nữ     also male/female
--born DATE         date of birth (dd/mm/yyyy or yyyy-mm-dd)
--hometown TEXT
--citizen-id N      12 digits (9 on old cards)
--card N            party card number
--dossier TEXT      dossier number (6 digits, 1-3 letters)
--admitted DATE     admission to the Party
--full-member DATE  full membership (empty while probationary)
--home-unit CODE    the home cell, by code or name
--position, --workplace, --phone, --email, --notes TEXT
--disciplinary-review yes|no
Validation problems are listed with their field; the exit code is then 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--presence at_home|abroad|overdue|lost_contact|did_not_return
--country CC     ISO code or name, among the countries of the current posting
--cell CODE      the overseas cell joined
--cell-type T    embassy, spouse, student, labour, expert, self_employed (or co_quan_dai_dien...)
--purpose P      cong_tac, hoc_tap, lao_dong... or official_mission, study, labour...
--home-unit U    the unit or any unit under it
--probationary   probationary members only
--text TEXT      search text
--sort name|card|born|admitted|country|return|relevance [--desc]
--offset N --limit N   paging (default 0 and 100)
--json prints {total, offset, rows: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a database with a realistic synthetic department (made when FILE does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates FILE when it does not exist, with --user (default admin) as administrator and the passphrase from OREC_PASSPHRASE, then generates units, the six kinds of overseas cell in plausible countries, members with Vietnamese names in their real frequencies, postings in every status (overdue returns and reports, lost contact, departures without approval), reports and transfer letters. The same --seed and --as-of give the same department.
--members N   members (default 2000)
--postings N  postings (default 5 per member)
--cells N     overseas cells (default one per 50 members)
--seed S      (default 1)
--as-of DATE  the department&apos;s today (default today)
The register must be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked first. With any problem nothing is imported and every problem is listed with its line and column (exit code 2).
--skip-invalid   import the valid rows, leave out the others
--rejects OUT    with --skip-invalid: write the rejected rows and their reasons to OUT.csv
--dry-run        check only
Headers in Vietnamese or English (ho_ten or full_name...); dates dd/mm/yyyy or yyyy-mm-dd; UTF-8 (a BOM is allowed). Import cells first, then members, then postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records from a CSV file in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records to a CSV file in the interchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes UTF-8 with a BOM and Vietnamese headers; the file re-imports as the same records. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find members by name (diacritics optional), party card number or citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact matches first, then those starting with the text, then names containing every typed word at the start of one of their words. --limit N (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a member&apos;s record; only the options given change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a member&apos;s whole history: postings, reports, transfer letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is found by row id, uuid, party card number or citizen ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List members, filtered and sorted, a page at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;search&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;orec search --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;import members FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: member import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &apos;export members&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;orec export --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code TEXT --name TEXT   required for add
--kind committee|cell|group (default cell)
--parent CODE    the unit above
--cell-type T    an overseas cell&apos;s type (makes it overseas)
--country CC     ISO code or name (makes it overseas)
--city TEXT  --established DATE
--secretary ID  --deputy ID   members, by id or card number
--overseas  --probationary-cell  --inactive  --active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a party committee, cell or group, at home or abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List party units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a unit, its secretary and, for an overseas cell, who is in it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is found by code, name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is abroad now (lost contact included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is abroad past the planned return, the longest overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of postings abroad in a period by country × cell type and by purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting counts when it was abroad at some time in the period (left on or before its end, not back before its start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary members whose probation ends within N days (default 30) or has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--abroad: only those abroad now. The probation length is the rule probation.months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures recorded without approval, for the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going abroad without reporting or consent is a disciplinary offence (Regulation 69-QĐ/TW art. 34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for the start of the day: abroad, overdue, reports late, probation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures the main window shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::cli::CliContext</name>
    <message>
        <source>Say which database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask on: set %1 in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::crypto</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed in a key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange</name>
    <message>
        <source>This file is not an Overseas Records exchange package (.orecpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is cut short: its header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is in format version %1; this program reads version %2. Update the program on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package header has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package header is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown package kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key wrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a cell package can be opened with an enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a return package carries an enrolment proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party or cell id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range of changes is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunk size is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package announces a content size beyond the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected enrolment proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key wrapping has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the key wrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no exchange keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content is empty or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk size is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s encryption key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wrapped key does not fit the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content is not in a form this program reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content is of another kind than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content is in version %1 of its schema; this program reads up to version %2. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code is not complete: it has 32 characters in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change is not a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change has no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 is out of the package&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 is about an unknown kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 names no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 has no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 names two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision: keep home&apos;s value, take the cell&apos;s, or edit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::CellScope</name>
    <message>
        <source>There is no unit with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an overseas cell; only overseas cells work in the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::ExchangeStore</name>
    <message>
        <source>This database&apos;s exchange keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence state of a peer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::FieldExchange</name>
    <message>
        <source>This is a home database; this is done on a secretary&apos;s laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another cell than its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s own record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another cell than this laptop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of %1 records is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record has no identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from home was already installed; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages %1 to %2 from home never arrived. This one holds everything they did, so nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field database has lost its exchange keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::HomeExchange</name>
    <message>
        <source>This is a field database: cell packages are made at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 already has a secretary registered (%2). Replace them explicitly, which makes their laptop&apos;s packages unacceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has no registered secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secretary is registered for cell %1: enrol one first (&apos;orec secretary add --cell %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment of this cell&apos;s secretary has lost its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell this package is about no longer exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home does not have this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secretary may change only their own cell&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home this member is not (or no longer) in cell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home this posting is not (or no longer) in cell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home this record does not belong to cell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 of cell %2 was already applied; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this cell never arrived. Their changes were not acknowledged yet, so this package carries them too; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was imported meanwhile; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to %1 cannot be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::PackageOpener</name>
    <message>
        <source>This is a return package from a cell secretary; it is imported at home, not on a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a cell package from home to a secretary&apos;s laptop; it is opened there, not imported at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has never exchanged packages, so this package was made for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is about another cell than the one this laptop keeps (%1). It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field database does not know its home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made for another laptop. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not made by the home this laptop belongs to (its keys do not match %1). It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made for another home database. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not made by a secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is signed by a secretary who was removed on %1 (%2). Packages from that laptop are no longer accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is about another cell than the one its secretary is registered for. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package names a registered secretary but carries other keys. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is signed by a laptop this database does not know. Only the registered secretary of a cell can send its packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package claims to come from the laptop enrolled for this cell, but its proof does not match the enrolment code home issued. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different package numbered %1 from this sender was already applied. This one is refused; ask the sender what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package (number %1) is older than package %2, which was already applied. It is refused: applying it would undo newer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask the secretary to export again; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a return package from a cell secretary, not a package from home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a first package: it opens only in the field database it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package opens only with an enrolment code that has already been used up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::PackageReader</name>
    <message>
        <source>The package must be read from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is cut short: it has %1 bytes where its header announces %2. Ask for the file to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is %1 bytes, more than the %2 its header announces: something was added to it. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package ends before its content does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has lost its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match: it was altered after it was signed, or it was not made by the sender it names. It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package must be verified before it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is a first package that opens with an enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s key does not open the package: it was encrypted for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is not a first package: it opens only on the laptop it was sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code does not open this package. Check the code, or ask home whether the package was made for this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package content does not decrypt: it is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::RecordCodec</name>
    <message>
        <source>The %1 refers to a %2 this database does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::exchange::Titles</name>
    <message>
        <source>unknown member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer letter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::AppController</name>
    <message>
        <source>The database was locked. Type your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditChangeFormatter</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogScreen</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: all %n row(s) verify, none was removed or altered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit log was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3 by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::ChangePassphraseDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::DateLineEdit</name>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::EditorDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved. Throw them away?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::MainWindow</name>
    <message>
        <source>Overseas Records — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas Records backups (*.orecbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is intact and the audit log&apos;s %n row(s) verify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Overseas Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Overseas Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas Records %1
Records of party members who go abroad.
The database is encrypted; every change is kept in a verified audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::NewPassphraseDialog</name>
    <message>
        <source>A new passphrase for %1. Tell it to them in person; they can change it afterwards under File → Change my passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::PlaceholderScreen</name>
    <message>
        <source>This screen is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::RecoveryDialog</name>
    <message>
        <source>The key is well-formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::UnlockWindow</name>
    <message>
        <source>Overseas Records — Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stay encrypted on disk. After %1 minutes without use the program locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas Records databases (*.orec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several unrelated words; Vietnamese letters are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overseas Records — recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet locked away. With it alone an administrator can open the database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::UserDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::gui::UsersScreen</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — no key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File → Change my passphrase for your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to unlock this database. Their entries in the audit log stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::migrate</name>
    <message>
        <source>The database was written by a newer version of the program (schema %1; this program knows up to %2). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::repo</name>
    <message>
        <source>Another record already has this %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed by someone else since it was read; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports</name>
    <message>
        <source>%1, ngày      tháng      năm        </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable spreadsheet (ZIP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đồng chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt trong nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nước, chi bộ ở nước ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày về dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa sinh hoạt tại chi bộ ở nước ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa rõ đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn về %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mất liên lạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo nước và chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tính đến ngày %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nước đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định cử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày về</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cộng: %1 lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đảng viên đi nước ngoài và về nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(từ ngày %1 đến ngày %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN VỀ NƯỚC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo phải nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sắp đến hạn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cộng: %1 báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đảng viên ra nước ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. SƠ YẾU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(đảng viên dự bị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lý lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dự bị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. CÁC LẦN RA NƯỚC NGOÀI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nước, nơi đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt đảng ở nước ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dự kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ngày %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có lần ra nước ngoài nào được ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyến đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có báo cáo nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. GIỚI THIỆU SINH HOẠT ĐẢNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo loại chi bộ ở nước ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa vào chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượt ở nước ngoài trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đi trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Về trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng viên ở nước ngoài trong kỳ theo loại chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo thống kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. TỔNG HỢP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong kỳ có %1 lượt đảng viên ở nước ngoài (%2 đảng viên); %3 lượt đi nước ngoài, %4 lượt về nước; %5 trường hợp đi khi chưa được phê duyệt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo của đảng viên: %1 nộp đúng hạn, %2 nộp muộn, %3 quá hạn chưa nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo của đảng viên quá hạn chưa nộp tính đến cuối kỳ: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. BIỂU ĐỒ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt đảng trong nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đóng đảng phí đến hết tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy giới thiệu sinh hoạt đảng tạm thời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kính gửi: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 giới thiệu đồng chí có tên dưới đây đến sinh hoạt đảng tạm thời:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp ủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị các đồng chí tiếp nhận, quản lý và giúp đỡ đồng chí sinh hoạt đảng tạm thời theo quy định; hết thời hạn, nhận xét về việc sinh hoạt đảng của đồng chí gửi về đơn vị đã giới thiệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Như trên,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng viên có tên trên,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu sổ 10-SHĐ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu công tác chính thức ngoài nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 giới thiệu đảng viên có tên dưới đây ra công tác, lao động ở nước ngoài:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> của %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng chí có trách nhiệm báo cáo với tổ chức đảng ở nước ngoài hoặc cơ quan đại diện Việt Nam tại nước đến ngay khi đến nơi để được sinh hoạt đảng; chấp hành nghiêm các quy định của Đảng đối với đảng viên ở nước ngoài.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao (kèm danh sách 3C-SHĐ),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nước đến, đơn vị tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiếu 3A-SHĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng phí đến tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cộng: %1 đồng chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 3C-SHĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đảng viên chuyển sinh hoạt đảng ra ngoài nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chuyển sinh hoạt đảng của các đồng chí có tên dưới đây ra ngoài nước, đề nghị Đảng ủy Bộ Ngoại giao tiếp nhận và chỉ đạo tổ chức đảng ở nước ngoài quản lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi chuyển đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nhận ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 10-SHĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ giới thiệu sinh hoạt đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reads .csv and .xlsx files; %1 is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::CsvReader</name>
    <message>
        <source>Text after the closing quote of a field was kept as part of the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed; it was read to the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to read (over %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::CsvWriter</name>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::DocumentFonts</name>
    <message>
        <source>Printing needs the graphical application object (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for printing was found. Install the Noto Serif fonts (Debian: fonts-noto-core) or set OREC_FONT_DIR to a folder holding NotoSerif-Regular.ttf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::DocumentRenderer</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::Layouter</name>
    <message>
        <source>Số       -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐẢNG CỘNG SẢN VIỆT NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tiếp theo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::ReportTable</name>
    <message>
        <source>TT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::XlsxReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workbook part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad shared string index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::XlsxTableWriter</name>
    <message>
        <source>This build cannot write Excel files (libxlsxwriter was not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::reports::ZipReader</name>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad ZIP64 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad central directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad local header of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decompressor could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::sql::Connection</name>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Overseas Records database, or the key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted databases are only for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite file; Overseas Records only opens encrypted databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was linked with plain SQLite instead of SQLCipher; refusing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not an Overseas Records database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orec::sql::Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
