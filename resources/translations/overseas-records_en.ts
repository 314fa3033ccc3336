<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Verify the chain again</source>
        <translation>&amp;Verify the chain again</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Record type:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Only the selected &amp;record</source>
        <translation>Only the selected &amp;record</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Show unchanged &amp;fields</source>
        <translation>Show unchanged &amp;fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xport the list…</translation>
    </message>
    <message>
        <source>Writes the entries the filters keep, with the columns shown, to an Excel workbook or a CSV file</source>
        <translation>Writes the entries the filters keep, with the columns shown, to an Excel workbook or a CSV file</translation>
    </message>
</context>
<context>
    <name>CellsScreen</name>
    <message>
        <source>Overseas cells</source>
        <translation>Overseas cells</translation>
    </message>
    <message>
        <source>Find a cell or a country (diacritics optional)</source>
        <translation>Find a cell or a country (diacritics optional)</translation>
    </message>
    <message>
        <source>Show &amp;inactive cells</source>
        <translation>Show &amp;inactive cells</translation>
    </message>
    <message>
        <source>Country, cell type, cell</source>
        <translation>Country, cell type, cell</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Abroad, not in a cell</source>
        <translation>Abroad, not in a cell</translation>
    </message>
    <message>
        <source>Show these &amp;members</source>
        <translation>Show these &amp;members</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>CommitteeLevelsDialog</name>
    <message>
        <source>Committee levels</source>
        <translation>Committee levels</translation>
    </message>
    <message>
        <source>A committee&apos;s level decides which papers it issues and who signs them: a district-level committee or above issues the official posting slip abroad (3A-SHĐ) and signs “T/M BAN THƯỜNG VỤ”; a grassroots committee signs “T/M ĐẢNG ỦY”.</source>
        <translation>A committee&apos;s level decides which papers it issues and who signs them: a district-level committee or above issues the official posting slip abroad (3A-SHĐ) and signs “T/M BAN THƯỜNG VỤ”; a grassroots committee signs “T/M ĐẢNG ỦY”.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Click a figure, a bar or a slice to see the list behind it.</source>
        <translation>Click a figure, a bar or a slice to see the list behind it.</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Hand this code to the secretary in person, or read it out by phone. Never send it with the package or by the same channel. It is shown only now: home keeps only a key made from it. Next, export the cell&apos;s first package (File → Export a cell package…) and send it to the secretary.</source>
        <translation>Hand this code to the secretary in person, or read it out by phone. Never send it with the package or by the same channel. It is shown only now: home keeps only a key made from it. Next, export the cell&apos;s first package (File → Export a cell package…) and send it to the secretary.</translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint, which the secretary compares by phone when they set up their laptop:</source>
        <translation>Home&apos;s fingerprint, which the secretary compares by phone when they set up their laptop:</translation>
    </message>
    <message>
        <source>I have handed over or written down the code</source>
        <translation>I have handed over or written down the code</translation>
    </message>
</context>
<context>
    <name>ExportCellPackageDialog</name>
    <message>
        <source>Export a cell package</source>
        <translation>Export a cell package</translation>
    </message>
    <message>
        <source>A cell package holds the chosen cell&apos;s members, their postings, reports and transfer letters, and nothing about anyone else. It is signed by home and can be opened only by the cell&apos;s secretary.</source>
        <translation>A cell package holds the chosen cell&apos;s members, their postings, reports and transfer letters, and nothing about anyone else. It is signed by home and can be opened only by the cell&apos;s secretary.</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cell:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>FieldSetupDialog</name>
    <message>
        <source>Set up this laptop from a cell package</source>
        <translation>Set up this laptop from a cell package</translation>
    </message>
    <message>
        <source>As a cell secretary you received two things from home: the cell&apos;s first package (a file ending in .orecpkg) and, separately, a one-time enrolment code. With both, this laptop gets its own encrypted database holding your cell and nothing else.</source>
        <translation>As a cell secretary you received two things from home: the cell&apos;s first package (a file ending in .orecpkg) and, separately, a one-time enrolment code. With both, this laptop gets its own encrypted database holding your cell and nothing else.</translation>
    </message>
    <message>
        <source>Cell &amp;package:</source>
        <translation>Cell &amp;package:</translation>
    </message>
    <message>
        <source>File ending in .orecpkg</source>
        <translation>File ending in .orecpkg</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Choose where the laptop&apos;s database is kept and the passphrase that opens it. Nobody at home knows this passphrase: keep it to yourself.</source>
        <translation>Choose where the laptop&apos;s database is kept and the passphrase that opens it. Nobody at home knows this passphrase: keep it to yourself.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Create the field database</source>
        <translation>&amp;Create the field database</translation>
    </message>
    <message>
        <source>Compare by phone with home</source>
        <translation>Compare by phone with home</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Home:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>This laptop:</translation>
    </message>
    <message>
        <source>Call home and read both aloud, group by group. Home&apos;s must match what home sees in Keys and fingerprints; home writes down this laptop&apos;s and compares it when your first return package arrives.</source>
        <translation>Call home and read both aloud, group by group. Home&apos;s must match what home sees in Keys and fingerprints; home writes down this laptop&apos;s and compares it when your first return package arrives.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>With this key alone the laptop&apos;s database opens when the passphrase is lost. It is shown only now: write it down and keep it apart from the laptop.</source>
        <translation>With this key alone the laptop&apos;s database opens when the passphrase is lost. It is shown only now: write it down and keep it apart from the laptop.</translation>
    </message>
    <message>
        <source>I have written down the recovery key and checked it</source>
        <translation>I have written down the recovery key and checked it</translation>
    </message>
    <message>
        <source>&amp;Open the field database</source>
        <translation>&amp;Open the field database</translation>
    </message>
</context>
<context>
    <name>FieldStatusDialog</name>
    <message>
        <source>Status of my changes</source>
        <translation>Status of my changes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Your package</source>
        <translation>Your package</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>What home did</source>
        <translation>What home did</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Import a package from a cell</source>
        <translation>Import a package from a cell</translation>
    </message>
    <message>
        <source>This is the first package from the secretary&apos;s laptop. Before applying it, call the secretary and have them read out their laptop&apos;s fingerprint: it must match this one exactly.</source>
        <translation>This is the first package from the secretary&apos;s laptop. Before applying it, call the secretary and have them read out their laptop&apos;s fingerprint: it must match this one exactly.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>At home now</source>
        <translation>At home now</translation>
    </message>
    <message>
        <source>From the cell</source>
        <translation>From the cell</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Selected change</translation>
    </message>
    <message>
        <source>Before the cell&apos;s change:</source>
        <translation>Before the cell&apos;s change:</translation>
    </message>
    <message>
        <source>At home now:</source>
        <translation>At home now:</translation>
    </message>
    <message>
        <source>From the cell:</source>
        <translation>From the cell:</translation>
    </message>
    <message>
        <source>&amp;Keep home&apos;s value</source>
        <translation>&amp;Keep home&apos;s value</translation>
    </message>
    <message>
        <source>&amp;Take the cell&apos;s value</source>
        <translation>&amp;Take the cell&apos;s value</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Use this value</translation>
    </message>
    <message>
        <source>Keep home&apos;s value in every open conflict</source>
        <translation>Keep home&apos;s value in every open conflict</translation>
    </message>
    <message>
        <source>Take the cell&apos;s value in every open conflict</source>
        <translation>Take the cell&apos;s value in every open conflict</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IssueTransferDialog</name>
    <message>
        <source>Issue a transfer letter</source>
        <translation>Issue a transfer letter</translation>
    </message>
    <message>
        <source>&amp;Kind of letter:</source>
        <translation>&amp;Kind of letter:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>Issuing &amp;committee:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>&amp;Receiving unit:</source>
        <translation>&amp;Receiving unit:</translation>
    </message>
    <message>
        <source>Name on the &amp;letter:</source>
        <translation>Name on the &amp;letter:</translation>
    </message>
    <message>
        <source>the receiving unit as written on the letter</source>
        <translation>the receiving unit as written on the letter</translation>
    </message>
    <message>
        <source>&amp;Party card no.:</source>
        <translation>&amp;Party card no.:</translation>
    </message>
    <message>
        <source>&amp;Dossier no.:</source>
        <translation>&amp;Dossier no.:</translation>
    </message>
    <message>
        <source>D&amp;ues paid up to:</source>
        <translation>D&amp;ues paid up to:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and fingerprints</source>
        <translation>Keys and fingerprints</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>To check a party, call them and read the fingerprints aloud group by group: both sides must see exactly the same characters. The letters I, L, O and U never occur, so what sounds alike cannot be confused.</source>
        <translation>To check a party, call them and read the fingerprints aloud group by group: both sides must see exactly the same characters. The letters I, L, O and U never occur, so what sounds alike cannot be confused.</translation>
    </message>
</context>
<context>
    <name>MemberDossierDialog</name>
    <message>
        <source>Member dossier</source>
        <translation>Member dossier</translation>
    </message>
    <message>
        <source>&amp;Identity and party data</source>
        <translation>&amp;Identity and party data</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Ho&amp;metown:</source>
        <translation>Ho&amp;metown:</translation>
    </message>
    <message>
        <source>&amp;Citizen ID:</source>
        <translation>&amp;Citizen ID:</translation>
    </message>
    <message>
        <source>&amp;Party card no.:</source>
        <translation>&amp;Party card no.:</translation>
    </message>
    <message>
        <source>&amp;Dossier no.:</source>
        <translation>&amp;Dossier no.:</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>&amp;Admitted on:</translation>
    </message>
    <message>
        <source>Full me&amp;mber on:</source>
        <translation>Full me&amp;mber on:</translation>
    </message>
    <message>
        <source>&amp;Home unit:</source>
        <translation>&amp;Home unit:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Under disciplinary review or investigation (may not be sent abroad)</source>
        <translation>Under disciplinary review or investigation (may not be sent abroad)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>P&amp;ostings</source>
        <translation>P&amp;ostings</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Party activity</source>
        <translation>Party activity</translation>
    </message>
    <message>
        <source>&amp;Plan a posting…</source>
        <translation>&amp;Plan a posting…</translation>
    </message>
    <message>
        <source>Open the &amp;posting…</source>
        <translation>Open the &amp;posting…</translation>
    </message>
    <message>
        <source>&amp;Cell history</source>
        <translation>&amp;Cell history</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>Party unit</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Record a &amp;rating or an event…</source>
        <translation>Record a &amp;rating or an event…</translation>
    </message>
    <message>
        <source>The annual rating, or an event the member reports: a foreign award, a foreign organisation, marriage to a foreign national, a change of nationality or residence</source>
        <translation>The annual rating, or an event the member reports: a foreign award, a foreign organisation, marriage to a foreign national, a change of nationality or residence</translation>
    </message>
    <message>
        <source>&amp;File or open the report…</source>
        <translation>&amp;File or open the report…</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
</context>
<context>
    <name>MemberReportDialog</name>
    <message>
        <source>Record a rating or an event report</source>
        <translation>Record a rating or an event report</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>&amp;Event date:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Cell&apos;s remarks:</source>
        <translation>&amp;Cell&apos;s remarks:</translation>
    </message>
    <message>
        <source>C&amp;ommittee&apos;s opinion:</source>
        <translation>C&amp;ommittee&apos;s opinion:</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Search: name (with or without diacritics), party card number or citizen ID — Ctrl+F</source>
        <translation>Search: name (with or without diacritics), party card number or citizen ID — Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>Cell &amp;type:</source>
        <translation>Cell &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Home unit:</source>
        <translation>&amp;Home unit:</translation>
    </message>
    <message>
        <source>Pro&amp;bationary only</source>
        <translation>Pro&amp;bationary only</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lumns</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>PostingEditorDialog</name>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Nothing more to do: the posting is finished.</source>
        <translation>Nothing more to do: the posting is finished.</translation>
    </message>
    <message>
        <source>&amp;Plan and decision</source>
        <translation>&amp;Plan and decision</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Co&amp;untries:</source>
        <translation>Co&amp;untries:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Host organisation:</translation>
    </message>
    <message>
        <source>The trip includes &amp;visiting relatives abroad</source>
        <translation>The trip includes &amp;visiting relatives abroad</translation>
    </message>
    <message>
        <source>Party members in the &amp;delegation:</source>
        <translation>Party members in the &amp;delegation:</translation>
    </message>
    <message>
        <source>Planned de&amp;parture:</source>
        <translation>Planned de&amp;parture:</translation>
    </message>
    <message>
        <source>Planned &amp;return:</source>
        <translation>Planned &amp;return:</translation>
    </message>
    <message>
        <source>Sending &amp;decision no.:</source>
        <translation>Sending &amp;decision no.:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <source>Approving &amp;committee:</source>
        <translation>Approving &amp;committee:</translation>
    </message>
    <message>
        <source>Political-standard co&amp;nclusion:</source>
        <translation>Political-standard co&amp;nclusion:</translation>
    </message>
    <message>
        <source>Party &amp;activity:</source>
        <translation>Party &amp;activity:</translation>
    </message>
    <message>
        <source>Atte&amp;ndance:</source>
        <translation>Atte&amp;ndance:</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogress</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Add a document…</translation>
    </message>
    <message>
        <source>File a document the rules did not call for: the cell committee&apos;s remarks, a self-review, a report received</source>
        <translation>File a document the rules did not call for: the cell committee&apos;s remarks, a self-review, a report received</translation>
    </message>
    <message>
        <source>&amp;File or open the document…</source>
        <translation>&amp;File or open the document…</translation>
    </message>
</context>
<context>
    <name>PostingsScreen</name>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Open the &amp;posting…</source>
        <translation>Open the &amp;posting…</translation>
    </message>
    <message>
        <source>Open the &amp;member…</source>
        <translation>Open the &amp;member…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Grouped:</source>
        <translation>&amp;Grouped:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Due &amp;within (days):</source>
        <translation>Due &amp;within (days):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>Issuing &amp;committee:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xport the table…</source>
        <translation>E&amp;xport the table…</translation>
    </message>
    <message>
        <source>&amp;Issue with a number…</source>
        <translation>&amp;Issue with a number…</translation>
    </message>
    <message>
        <source>Le&amp;vels…</source>
        <translation>Le&amp;vels…</translation>
    </message>
    <message>
        <source>E&amp;nclosed papers:</source>
        <translation>E&amp;nclosed papers:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Print on the pre-printed &amp;form (the values only)</source>
        <translation>Print on the pre-printed &amp;form (the values only)</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>&amp;Calibrate printer…</source>
        <translation>&amp;Calibrate printer…</translation>
    </message>
</context>
<context>
    <name>PrinterCalibrationDialog</name>
    <message>
        <source>Calibrate printer</source>
        <translation>Calibrate printer</translation>
    </message>
    <message>
        <source>Print the test page on plain A4 paper at full size. Measure from the sheet&apos;s left and top edges to the centre of a cross: if the cross marked (30, 40) lands 32 mm from the left and 39 mm from the top, the horizontal offset is 30 − 32 = −2 mm and the vertical offset 40 − 39 = +1 mm. Save the offsets, then print the page again: every cross should land on its numbers.</source>
        <translation>Print the test page on plain A4 paper at full size. Measure from the sheet&apos;s left and top edges to the centre of a cross: if the cross marked (30, 40) lands 32 mm from the left and 39 mm from the top, the horizontal offset is 30 − 32 = −2 mm and the vertical offset 40 − 39 = +1 mm. Save the offsets, then print the page again: every cross should land on its numbers.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>&amp;Horizontal offset (mm):</source>
        <translation>&amp;Horizontal offset (mm):</translation>
    </message>
    <message>
        <source>&amp;Vertical offset (mm):</source>
        <translation>&amp;Vertical offset (mm):</translation>
    </message>
    <message>
        <source>Print the &amp;test page…</source>
        <translation>Print the &amp;test page…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the database was created (or last re-keyed). An administrator then chooses a new passphrase; a lost key file is made again.</source>
        <translation>Type the recovery key printed when the database was created (or last re-keyed). An administrator then chooses a new passphrase; a lost key file is made again.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
</context>
<context>
    <name>ReportFormDialog</name>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Countries and &amp;places:</source>
        <translation>Countries and &amp;places:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Departure:</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>&amp;Return:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Paid &amp;by:</translation>
    </message>
    <message>
        <source>Travel &amp;companions:</source>
        <translation>Travel &amp;companions:</translation>
    </message>
    <message>
        <source>Relatives &amp;abroad:</source>
        <translation>Relatives &amp;abroad:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Commits to take no classified documents abroad</source>
        <translation>Commits to take no classified documents abroad</translation>
    </message>
    <message>
        <source>Acknowledges the duty to report what happens abroad and on return</source>
        <translation>Acknowledges the duty to report what happens abroad and on return</translation>
    </message>
    <message>
        <source>Actual &amp;departure:</source>
        <translation>Actual &amp;departure:</translation>
    </message>
    <message>
        <source>Actual &amp;return:</source>
        <translation>Actual &amp;return:</translation>
    </message>
    <message>
        <source>&amp;Places visited:</source>
        <translation>&amp;Places visited:</translation>
    </message>
    <message>
        <source>&amp;Work done, results:</source>
        <translation>&amp;Work done, results:</translation>
    </message>
    <message>
        <source>Contacts with foreign &amp;persons and organisations:</source>
        <translation>Contacts with foreign &amp;persons and organisations:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message>
        <source>&amp;Gifts, awards or titles offered:</source>
        <translation>&amp;Gifts, awards or titles offered:</translation>
    </message>
    <message>
        <source>&amp;Invitations to join foreign organisations:</source>
        <translation>&amp;Invitations to join foreign organisations:</translation>
    </message>
    <message>
        <source>I&amp;ncidents (lost documents, approaches, detention):</source>
        <translation>I&amp;ncidents (lost documents, approaches, detention):</translation>
    </message>
    <message>
        <source>&amp;Own assessment of conduct:</source>
        <translation>&amp;Own assessment of conduct:</translation>
    </message>
    <message>
        <source>This document has no content fields here: record when it was received and the opinions, and attach the signed scan.</source>
        <translation>This document has no content fields here: record when it was received and the opinions, and attach the signed scan.</translation>
    </message>
    <message>
        <source>Receipt and &amp;opinions</source>
        <translation>Receipt and &amp;opinions</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;opinion:</source>
        <translation>Cell&apos;s &amp;opinion:</translation>
    </message>
    <message>
        <source>Committee&apos;s o&amp;pinion:</source>
        <translation>Committee&apos;s o&amp;pinion:</translation>
    </message>
    <message>
        <source>Committee&apos;s &amp;decision:</source>
        <translation>Committee&apos;s &amp;decision:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <source>Confirmed by the overseas cell or the mission</source>
        <translation>Confirmed by the overseas cell or the mission</translation>
    </message>
    <message>
        <source>&amp;Scans</source>
        <translation>&amp;Scans</translation>
    </message>
    <message>
        <source>Scanned, signed documents (PDF or image). They are stored encrypted inside the database.</source>
        <translation>Scanned, signed documents (PDF or image). They are stored encrypted inside the database.</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Attach a scan…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Save an unencrypted cop&amp;y…</source>
        <translation>Save an unencrypted cop&amp;y…</translation>
    </message>
</context>
<context>
    <name>ReportsDueScreen</name>
    <message>
        <source>Reports due</source>
        <translation>Reports due</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Due &amp;within:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Open the &amp;member…</source>
        <translation>Open the &amp;member…</translation>
    </message>
    <message>
        <source>&amp;File the report…</source>
        <translation>&amp;File the report…</translation>
    </message>
    <message>
        <source>Re&amp;minder letters…</source>
        <translation>Re&amp;minder letters…</translation>
    </message>
</context>
<context>
    <name>SecretariesDialog</name>
    <message>
        <source>Cell secretaries</source>
        <translation>Cell secretaries</translation>
    </message>
    <message>
        <source>Each overseas cell has one secretary whose laptop trades packages with home. Enrolling gives a one-time code that opens the cell&apos;s first package; removing a secretary refuses every later package from their laptop (a lost laptop, a secretary replaced).</source>
        <translation>Each overseas cell has one secretary whose laptop trades packages with home. Enrolling gives a one-time code that opens the cell&apos;s first package; removing a secretary refuses every later package from their laptop (a lost laptop, a secretary replaced).</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laptop&apos;s fingerprint</source>
        <translation>Laptop&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;name:</source>
        <translation>Secretary&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>as it will be shown with their key</source>
        <translation>as it will be shown with their key</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Enrol…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Date format:</translation>
    </message>
    <message>
        <source>Without a key press or mouse movement for this long, the program locks itself and forgets the key.</source>
        <translation>Without a key press or mouse movement for this long, the program locks itself and forgets the key.</translation>
    </message>
    <message>
        <source>Committee on printed documents</source>
        <translation>Committee on printed documents</translation>
    </message>
    <message>
        <source>Superior &amp;unit:</source>
        <translation>Superior &amp;unit:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>Issuing &amp;committee:</translation>
    </message>
    <message>
        <source>S&amp;ymbol in numbers:</source>
        <translation>S&amp;ymbol in numbers:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Signs &amp;on behalf of:</source>
        <translation>Signs &amp;on behalf of:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>&amp;Term started on:</source>
        <translation>&amp;Term started on:</translation>
    </message>
    <message>
        <source>Printed in the heading and signature of every document. Left empty, they come from the party units. Numbers of each kind start again from 01 on the first day of the committee&apos;s term.</source>
        <translation>Printed in the heading and signature of every document. Left empty, they come from the party units. Numbers of each kind start again from 01 on the first day of the committee&apos;s term.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one header row.</source>
        <translation>A CSV file or an Excel workbook (.xlsx) with one header row.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Each column of the sheet feeds one field of the register, or nothing. Columns whose names match were matched already.</source>
        <translation>Each column of the sheet feeds one field of the register, or nothing. Columns whose names match were matched already.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Cells with a problem are red, duplicates orange; point at a cell for the reason.</source>
        <translation>Nothing has been written yet. Cells with a problem are red, duplicates orange; point at a cell for the reason.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Import &amp;all rows or nothing</source>
        <translation>Import &amp;all rows or nothing</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows; write the others with their reasons to a rejects file</source>
        <translation>Import only the &amp;valid rows; write the others with their reasons to a rejects file</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Approving &amp;committee:</source>
        <translation>Approving &amp;committee:</translation>
    </message>
    <message>
        <source>Decision &amp;no.:</source>
        <translation>Decision &amp;no.:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <source>Overseas c&amp;ell:</source>
        <translation>Overseas c&amp;ell:</translation>
    </message>
    <message>
        <source>New planned &amp;return:</source>
        <translation>New planned &amp;return:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Overseas Records</source>
        <translation>Overseas Records</translation>
    </message>
    <message>
        <source>Records of party members abroad</source>
        <translation>Records of party members abroad</translation>
    </message>
    <message>
        <source>Encrypted register — open it with your user name and passphrase</source>
        <translation>Encrypted register — open it with your user name and passphrase</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>File ending in .orec</source>
        <translation>File ending in .orec</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>Create a &amp;new database…</translation>
    </message>
    <message>
        <source>A new database is encrypted from its first byte. You become its first administrator.</source>
        <translation>A new database is encrypted from its first byte. You become its first administrator.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. With it alone an administrator can open the database when every passphrase is lost. It is shown only now: print it or write it down, check it, and keep it locked away.</source>
        <translation>This is the recovery key of the new database. With it alone an administrator can open the database when every passphrase is lost. It is shown only now: print it or write it down, check it, and keep it locked away.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and checked it</source>
        <translation>I have printed or written down the recovery key and checked it</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Set up from a &amp;cell package…</source>
        <translation>Set up from a &amp;cell package…</translation>
    </message>
    <message>
        <source>For a cell secretary abroad: make this laptop&apos;s database from the first package home sent, with the enrolment code</source>
        <translation>For a cell secretary abroad: make this laptop&apos;s database from the first package home sent, with the enrolment code</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Can unlock</source>
        <translation>Can unlock</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Add a user…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation>&amp;Reset passphrase…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Each user unlocks the database with their own passphrase. Administrators manage users and keys; clerks read and write records; auditors read records and the audit log and change nothing. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages (administrators by default, clerks by a grant, auditors never).</source>
        <translation>Each user unlocks the database with their own passphrase. Administrators manage users and keys; clerks read and write records; auditors read records and the audit log and change nothing. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages (administrators by default, clerks by a grant, auditors never).</translation>
    </message>
    <message>
        <source>Signs as home</source>
        <translation>Signs as home</translation>
    </message>
    <message>
        <source>Let sign as &amp;home</source>
        <translation>Let sign as &amp;home</translation>
    </message>
</context>
<context>
    <name>orec</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words.</source>
        <translation>Weak: add a few unrelated words.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation>Fair: one or two more words make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Very strong.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>The passphrase is too easy to guess.</translation>
    </message>
    <message>
        <source>The key file is damaged: %1.</source>
        <translation>The key file is damaged: %1.</translation>
    </message>
    <message>
        <source>The rules table has no version number.</source>
        <translation>The rules table has no version number.</translation>
    </message>
    <message>
        <source>The period needs a start and an end, the end not before the start.</source>
        <translation>The period needs a start and an end, the end not before the start.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>This is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <source>The disk is full: nothing can be written to %1. Free some space on it and try again; reading the register still works.</source>
        <translation>The disk is full: nothing can be written to %1. Free some space on it and try again; reading the register still works.</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>There is no user with this name.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, process %2 on %3</translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change&apos;s transaction.</source>
        <translation>An audit entry must be written inside the change&apos;s transaction.</translation>
    </message>
    <message>
        <source>The audit log has lost its head row.</source>
        <translation>The audit log has lost its head row.</translation>
    </message>
    <message>
        <source>An audit seal must be written inside the change&apos;s transaction.</source>
        <translation>An audit seal must be written inside the change&apos;s transaction.</translation>
    </message>
    <message>
        <source>This session holds no signing key, so its changes cannot be signed. Unlock with your own passphrase.</source>
        <translation>This session holds no signing key, so its changes cannot be signed. Unlock with your own passphrase.</translation>
    </message>
    <message>
        <source>Audit row %1 was removed (the log jumps from row %2 to row %3).</source>
        <translation>Audit row %1 was removed (the log jumps from row %2 to row %3).</translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written.</source>
        <translation>Audit row %1 was altered after it was written.</translation>
    </message>
    <message>
        <source>The head of the audit log was removed.</source>
        <translation>The head of the audit log was removed.</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were removed from the end of the log.</source>
        <translation>Audit rows %1 to %2 were removed from the end of the log.</translation>
    </message>
    <message>
        <source>The head of the audit log does not match its last row %1.</source>
        <translation>The head of the audit log does not match its last row %1.</translation>
    </message>
    <message>
        <source>The audit log cannot be pruned in the middle of a change.</source>
        <translation>The audit log cannot be pruned in the middle of a change.</translation>
    </message>
    <message>
        <source>The audit log was not shortened: only its administrator&apos;s own passphrase signs an anchor.</source>
        <translation>The audit log was not shortened: only its administrator&apos;s own passphrase signs an anchor.</translation>
    </message>
    <message>
        <source>The audit log was not shortened: it does not pass the check (%1).</source>
        <translation>The audit log was not shortened: it does not pass the check (%1).</translation>
    </message>
    <message>
        <source>The audit log was not shortened: %1 is not its administrator with a registered key.</source>
        <translation>The audit log was not shortened: %1 is not its administrator with a registered key.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Audit entry %1 is missing.</translation>
    </message>
    <message>
        <source>The journal cannot be kept in the middle of a change.</source>
        <translation>The journal cannot be kept in the middle of a change.</translation>
    </message>
    <message>
        <source>The journal cannot be scrubbed in the middle of a change.</source>
        <translation>The journal cannot be scrubbed in the middle of a change.</translation>
    </message>
    <message>
        <source>The signature that closes audit entry %1 does not match it: the entries up to it were changed after they were signed.</source>
        <translation>The signature that closes audit entry %1 does not match it: the entries up to it were changed after they were signed.</translation>
    </message>
    <message>
        <source>The signed part of the audit log does not begin with the register&apos;s root key (entry %1): it was not written by this program.</source>
        <translation>The signed part of the audit log does not begin with the register&apos;s root key (entry %1): it was not written by this program.</translation>
    </message>
    <message>
        <source>The root key of the audit log is not the key of an administrator (%1).</source>
        <translation>The root key of the audit log is not the key of an administrator (%1).</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed with a recovery key this register never registered.</source>
        <translation>Audit entries up to %1 are signed with a recovery key this register never registered.</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed by %2, who is not a user this register&apos;s administrators registered (added behind the program&apos;s back?).</source>
        <translation>Audit entries up to %1 are signed by %2, who is not a user this register&apos;s administrators registered (added behind the program&apos;s back?).</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed by %2 with a key that is not theirs, or after they were removed.</source>
        <translation>Audit entries up to %1 are signed by %2 with a key that is not theirs, or after they were removed.</translation>
    </message>
    <message>
        <source>Audit entry %1 says %2 made it, but it was signed by %3.</source>
        <translation>Audit entry %1 says %2 made it, but it was signed by %3.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 %3 %4) was made by %5, whose role (%6) does not allow it.</source>
        <translation>Audit entry %1 (%2 %3 %4) was made by %5, whose role (%6) does not allow it.</translation>
    </message>
    <message>
        <source>The anchor of the pruned audit log (after entry %1) does not match its signature: it was changed or made up behind the program&apos;s back.</source>
        <translation>The anchor of the pruned audit log (after entry %1) does not match its signature: it was changed or made up behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>The anchor of the pruned audit log (after entry %1) is not signed by an administrator it names with their registered key (%2).</source>
        <translation>The anchor of the pruned audit log (after entry %1) is not signed by an administrator it names with their registered key (%2).</translation>
    </message>
    <message>
        <source>The pruned audit log trusts %1 as %2 with a key that the register&apos;s users do not hold: its anchor was made up or changed behind the program&apos;s back.</source>
        <translation>The pruned audit log trusts %1 as %2 with a key that the register&apos;s users do not hold: its anchor was made up or changed behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>The check was stopped.</translation>
    </message>
    <message>
        <source>The audit log does not extend checkpoint %1: the history up to entry %2 was rewritten since the checkpoint was taken.</source>
        <translation>The audit log does not extend checkpoint %1: the history up to entry %2 was rewritten since the checkpoint was taken.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are not signed: they were added behind the program&apos;s back.</source>
        <translation>Audit entries %1 to %2 are not signed: they were added behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is older than the audit log, which was pruned up to entry %2: it can no longer be compared.</source>
        <translation>Checkpoint %1 is older than the audit log, which was pruned up to entry %2: it can no longer be compared.</translation>
    </message>
    <message>
        <source>The pruned audit log registers another signing key for %1 than the one their passphrase opens: its anchor was not made by this register&apos;s users.</source>
        <translation>The pruned audit log registers another signing key for %1 than the one their passphrase opens: its anchor was not made by this register&apos;s users.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before checkpoint %2: it was cut back since the checkpoint was taken.</source>
        <translation>The audit log ends at entry %1, before checkpoint %2: it was cut back since the checkpoint was taken.</translation>
    </message>
    <message>
        <source>%1 audit signatures close entries that are no longer in the log.</source>
        <translation>%1 audit signatures close entries that are no longer in the log.</translation>
    </message>
    <message>
        <source>%1 row %2 (%3) has no audit entry that created it: it was inserted behind the program&apos;s back.</source>
        <translation>%1 row %2 (%3) has no audit entry that created it: it was inserted behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>%1 row %2 (%3) is not what its last audit entry %4 says: it was changed behind the program&apos;s back.</source>
        <translation>%1 row %2 (%3) is not what its last audit entry %4 says: it was changed behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>%1 record %2 is missing: audit entry %3 says it exists, so it was deleted behind the program&apos;s back.</source>
        <translation>%1 record %2 is missing: audit entry %3 says it exists, so it was deleted behind the program&apos;s back.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not do this.</source>
        <translation>%1 is %2 and may not do this.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>A file with this name already exists; choose another name.</translation>
    </message>
    <message>
        <source>The folder for the database does not exist.</source>
        <translation>The folder for the database does not exist.</translation>
    </message>
    <message>
        <source>A key file with this name already exists beside it.</source>
        <translation>A key file with this name already exists beside it.</translation>
    </message>
    <message>
        <source>The file cannot be created: %1.</source>
        <translation>The file cannot be created: %1.</translation>
    </message>
    <message>
        <source>The key file beside the database belongs to another database.</source>
        <translation>The key file beside the database belongs to another database.</translation>
    </message>
    <message>
        <source>The signing key in your key slot is not the one this register holds for you: the key file or the register&apos;s users were rewritten outside the program. Do not use this copy; restore a backup and report it.</source>
        <translation>The signing key in your key slot is not the one this register holds for you: the key file or the register&apos;s users were rewritten outside the program. Do not use this copy; restore a backup and report it.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program: its authentication code does not match. Restore the key file from a backup, or open the database with its recovery key.</source>
        <translation>The key file was changed outside the program: its authentication code does not match. Restore the key file from a backup, or open the database with its recovery key.</translation>
    </message>
    <message>
        <source>The key file has no authentication code, although this register has used authenticated key files (generation %1): it was replaced by an older or altered file. Restore the key file from a backup, or open the database with its recovery key.</source>
        <translation>The key file has no authentication code, although this register has used authenticated key files (generation %1): it was replaced by an older or altered file. Restore the key file from a backup, or open the database with its recovery key.</translation>
    </message>
    <message>
        <source>The database file is older than its key file (key file generation %1, the database last saw %2): an earlier copy of the database was put back in place. Restore the latest backup, or report it.</source>
        <translation>The database file is older than its key file (key file generation %1, the database last saw %2): an earlier copy of the database was put back in place. Restore the latest backup, or report it.</translation>
    </message>
    <message>
        <source>The key file is older than its database (key file generation %1, the database last saw %2): an earlier copy of the key file was put back in place, which can bring back removed users. Restore the latest backup, or report it.</source>
        <translation>The key file is older than its database (key file generation %1, the database last saw %2): an earlier copy of the key file was put back in place, which can bring back removed users. Restore the latest backup, or report it.</translation>
    </message>
    <message>
        <source>The key file was changed by another program while this one had the register open; nothing was saved. Close the register and open it again.</source>
        <translation>The key file was changed by another program while this one had the register open; nothing was saved. Close the register and open it again.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this database.</source>
        <translation>This recovery key does not belong to this database.</translation>
    </message>
    <message>
        <source>Only an administrator can use the recovery key; %1 is %2.</source>
        <translation>Only an administrator can use the recovery key; %1 is %2.</translation>
    </message>
    <message>
        <source>The passphrase is right but the database file does not open with its key: the file is damaged or was replaced. Restore it from a backup.</source>
        <translation>The passphrase is right but the database file does not open with its key: the file is damaged or was replaced. Restore it from a backup.</translation>
    </message>
    <message>
        <source>This is not an Overseas Records database.</source>
        <translation>This is not an Overseas Records database.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of the program. An administrator must open it once with this version first: the upgrade starts signing the audit log with keys an administrator gives each user.</source>
        <translation>This register was made by an earlier version of the program. An administrator must open it once with this version first: the upgrade starts signing the audit log with keys an administrator gives each user.</translation>
    </message>
    <message>
        <source>The migration of the exchange keys is missing.</source>
        <translation>The migration of the exchange keys is missing.</translation>
    </message>
    <message>
        <source>This register must be upgraded, which needs to write to it.</source>
        <translation>This register must be upgraded, which needs to write to it.</translation>
    </message>
    <message>
        <source>An administrator must open this register once with this version first: the upgrade starts signing the audit log.</source>
        <translation>An administrator must open this register once with this version first: the upgrade starts signing the audit log.</translation>
    </message>
    <message>
        <source>The administrator&apos;s slot gave no signing key.</source>
        <translation>The administrator&apos;s slot gave no signing key.</translation>
    </message>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation>Unknown user or wrong passphrase.</translation>
    </message>
    <message>
        <source>The key cannot be changed in the middle of a change.</source>
        <translation>The key cannot be changed in the middle of a change.</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>Row %1 of %2 points to a missing row of %3.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program: its authentication code does not match.</source>
        <translation>The key file was changed outside the program: its authentication code does not match.</translation>
    </message>
    <message>
        <source>The key file on disk (generation %1) is not the one this session wrote (generation %2): it was replaced while the register was open.</source>
        <translation>The key file on disk (generation %1) is not the one this session wrote (generation %2): it was replaced while the register was open.</translation>
    </message>
    <message>
        <source>Nothing can be changed: the check found this register damaged or tampered with (%1). Restore a backup that passes the check.</source>
        <translation>Nothing can be changed: the check found this register damaged or tampered with (%1). Restore a backup that passes the check.</translation>
    </message>
    <message>
        <source>The change has already ended.</source>
        <translation>The change has already ended.</translation>
    </message>
    <message>
        <source>An exchange key of this database does not open with its holders&apos; key: it was damaged or replaced outside the program. Restore a backup that passes the check.</source>
        <translation>An exchange key of this database does not open with its holders&apos; key: it was damaged or replaced outside the program. Restore a backup that passes the check.</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrator)</translation>
    </message>
    <message>
        <source>Nobody holds it now: an administrator opens the register with the recovery key to take it back (orec unlock-with-recovery).</source>
        <translation>Nobody holds it now: an administrator opens the register with the recovery key to take it back (orec unlock-with-recovery).</translation>
    </message>
    <message>
        <source>It is held by: %1.</source>
        <translation>It is held by: %1.</translation>
    </message>
    <message>
        <source>The copy of the exchange keys sealed to %1 does not open with their key: it was damaged or replaced outside the program. An administrator who holds the right can grant it again.</source>
        <translation>The copy of the exchange keys sealed to %1 does not open with their key: it was damaged or replaced outside the program. An administrator who holds the right can grant it again.</translation>
    </message>
    <message>
        <source>%1 is %2: auditors never sign as home.</source>
        <translation>%1 is %2: auditors never sign as home.</translation>
    </message>
    <message>
        <source>%1 has no key registered yet: set their passphrase first, then grant the right.</source>
        <translation>%1 has no key registered yet: set their passphrase first, then grant the right.</translation>
    </message>
    <message>
        <source>The database file cannot be opened to lock it.</source>
        <translation>The database file cannot be opened to lock it.</translation>
    </message>
    <message>
        <source>The database is open in another program (%1). Close it there first.</source>
        <translation>The database is open in another program (%1). Close it there first.</translation>
    </message>
    <message>
        <source>The database file cannot be locked.</source>
        <translation>The database file cannot be locked.</translation>
    </message>
    <message>
        <source>The database file cannot be locked on this system yet.</source>
        <translation>The database file cannot be locked on this system yet.</translation>
    </message>
    <message>
        <source>The data key does not belong to this key file.</source>
        <translation>The data key does not belong to this key file.</translation>
    </message>
    <message>
        <source>The key derivation cost is below the minimum this program accepts.</source>
        <translation>The key derivation cost is below the minimum this program accepts.</translation>
    </message>
    <message>
        <source>A key slot needs the user&apos;s signing key.</source>
        <translation>A key slot needs the user&apos;s signing key.</translation>
    </message>
    <message>
        <source>This user&apos;s slot already holds a signing key.</source>
        <translation>This user&apos;s slot already holds a signing key.</translation>
    </message>
    <message>
        <source>This user has no key slot.</source>
        <translation>This user has no key slot.</translation>
    </message>
    <message>
        <source>a slot does not match the name it holds</source>
        <translation>a slot does not match the name it holds</translation>
    </message>
    <message>
        <source>the slot of %1 does not hold this database&apos;s key</source>
        <translation>the slot of %1 does not hold this database&apos;s key</translation>
    </message>
    <message>
        <source>the signing key in the slot of %1 does not open</source>
        <translation>the signing key in the slot of %1 does not open</translation>
    </message>
    <message>
        <source>the signing key issued to %1 does not open</source>
        <translation>the signing key issued to %1 does not open</translation>
    </message>
    <message>
        <source>not a key file (%1 at offset %2)</source>
        <translation>not a key file (%1 at offset %2)</translation>
    </message>
    <message>
        <source>not a key file of Overseas Records</source>
        <translation>not a key file of Overseas Records</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of the program (format %1).</source>
        <translation>The key file was written by a newer version of the program (format %1).</translation>
    </message>
    <message>
        <source>its authentication code is missing</source>
        <translation>its authentication code is missing</translation>
    </message>
    <message>
        <source>the database identity is missing</source>
        <translation>the database identity is missing</translation>
    </message>
    <message>
        <source>the salt of the slot names is missing</source>
        <translation>the salt of the slot names is missing</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>slot %1 is incomplete</translation>
    </message>
    <message>
        <source>The key file is refused: slot %1 uses a key derivation cost (Argon2id, %2 passes, %3 KiB) below the minimum of %4 passes and %5 KiB. A slot this cheap was not written by this program.</source>
        <translation>The key file is refused: slot %1 uses a key derivation cost (Argon2id, %2 passes, %3 KiB) below the minimum of %4 passes and %5 KiB. A slot this cheap was not written by this program.</translation>
    </message>
    <message>
        <source>The key file is missing. Open the database with its recovery key to create a new one.</source>
        <translation>The key file is missing. Open the database with its recovery key to create a new one.</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1.</source>
        <translation>The key file cannot be read: %1.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>it is far too large</translation>
    </message>
    <message>
        <source>The key file cannot be written: %1.</source>
        <translation>The key file cannot be written: %1.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>party card number</source>
        <translation>party card number</translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation>citizen ID</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>party unit</source>
        <translation>party unit</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation>unit code</translation>
    </message>
    <message>
        <source>A unit cannot be placed under one of its own sub-units.</source>
        <translation>A unit cannot be placed under one of its own sub-units.</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>The parent unit does not exist.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>The unit code is required.</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation>At least one country is required.</translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation>Choose the member who goes abroad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; is not a date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value.</source>
        <translation>&quot;%1&quot; is not a known value.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2.</source>
        <translation>A recovery key has %1 letters and digits; this one has %2.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: check each group against the printed copy.</source>
        <translation>The recovery key has a typing mistake: check each group against the printed copy.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>A report belongs to a member.</source>
        <translation>A report belongs to a member.</translation>
    </message>
    <message>
        <source>A stored version of the rules table cannot be read.</source>
        <translation>A stored version of the rules table cannot be read.</translation>
    </message>
    <message>
        <source>The rules were changed meanwhile (now version %1); start again from the current rules.</source>
        <translation>The rules were changed meanwhile (now version %1); start again from the current rules.</translation>
    </message>
    <message>
        <source>Enter the date of the holiday.</source>
        <translation>Enter the date of the holiday.</translation>
    </message>
    <message>
        <source>holiday on</source>
        <translation>holiday on</translation>
    </message>
    <message>
        <source>The database file cannot be opened to read it.</source>
        <translation>The database file cannot be opened to read it.</translation>
    </message>
    <message>
        <source>The database is open in another program that is changing it. Close it there first.</source>
        <translation>The database is open in another program that is changing it. Close it there first.</translation>
    </message>
    <message>
        <source>The database file cannot be locked to read it.</source>
        <translation>The database file cannot be locked to read it.</translation>
    </message>
    <message>
        <source>transfer letter</source>
        <translation>transfer letter</translation>
    </message>
    <message>
        <source>Choose the committee that issues the letter.</source>
        <translation>Choose the committee that issues the letter.</translation>
    </message>
    <message>
        <source>A transfer letter is for a member.</source>
        <translation>A transfer letter is for a member.</translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation>Enter the date of the letter.</translation>
    </message>
    <message>
        <source>register number</source>
        <translation>register number</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>A user with this name already exists.</translation>
    </message>
    <message>
        <source>A document needs the symbol of its kind.</source>
        <translation>A document needs the symbol of its kind.</translation>
    </message>
    <message>
        <source>The committee&apos;s symbol &quot;%1&quot; is not capital letters or digits.</source>
        <translation>The committee&apos;s symbol &quot;%1&quot; is not capital letters or digits.</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Enter the date of the document.</translation>
    </message>
    <message>
        <source>The document came out empty.</source>
        <translation>The document came out empty.</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>issued document</translation>
    </message>
    <message>
        <source>No document in the register has the number %1.</source>
        <translation>No document in the register has the number %1.</translation>
    </message>
    <message>
        <source>The committee&apos;s symbol is written in capital letters or digits, e.g. ĐU.</source>
        <translation>The committee&apos;s symbol is written in capital letters or digits, e.g. ĐU.</translation>
    </message>
</context>
<context>
    <name>orec::AttachmentRepository</name>
    <message>
        <source>An attachment belongs to a report.</source>
        <translation>An attachment belongs to a report.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>The stored scan does not match its fingerprint: it was damaged.</source>
        <translation>The stored scan does not match its fingerprint: it was damaged.</translation>
    </message>
</context>
<context>
    <name>orec::AttendanceMode</name>
    <message>
        <source>Attends a cell</source>
        <translation>Attends a cell</translation>
    </message>
    <message>
        <source>Individual attendance</source>
        <translation>Individual attendance</translation>
    </message>
    <message>
        <source>Exempted from meetings</source>
        <translation>Exempted from meetings</translation>
    </message>
</context>
<context>
    <name>orec::CellType</name>
    <message>
        <source>Representative-mission cell</source>
        <translation>Representative-mission cell</translation>
    </message>
    <message>
        <source>Spouse cell</source>
        <translation>Spouse cell</translation>
    </message>
    <message>
        <source>Student cell</source>
        <translation>Student cell</translation>
    </message>
    <message>
        <source>Labour cell</source>
        <translation>Labour cell</translation>
    </message>
    <message>
        <source>Expert cell</source>
        <translation>Expert cell</translation>
    </message>
    <message>
        <source>Self-employed cell</source>
        <translation>Self-employed cell</translation>
    </message>
</context>
<context>
    <name>orec::Gender</name>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>orec::InterchangeColumn</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Số lý lịch</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Full membership date</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Loại chi bộ</source>
        <translation>Cell type</translation>
    </message>
    <message>
        <source>Quốc gia</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Thành phố</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Đảng bộ cấp trên</source>
        <translation>Parent committee</translation>
    </message>
    <message>
        <source>Bí thư (số thẻ đảng viên)</source>
        <translation>Secretary (party card number)</translation>
    </message>
    <message>
        <source>Cấp tổ chức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ở nước ngoài</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Cơ quan tiếp nhận</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Ngày đi dự kiến</source>
        <translation>Planned departure</translation>
    </message>
    <message>
        <source>Ngày về dự kiến</source>
        <translation>Planned return</translation>
    </message>
    <message>
        <source>Ngày đi</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Ngày về</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Chi bộ ở nước ngoài</source>
        <translation>Overseas cell</translation>
    </message>
    <message>
        <source>Hình thức sinh hoạt đảng</source>
        <translation>Party-activity arrangement</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đi khi chưa được duyệt</source>
        <translation>Left before approval</translation>
    </message>
    <message>
        <source>Số thẻ cũ</source>
        <translation>Số thẻ cũ</translation>
    </message>
</context>
<context>
    <name>orec::PartyActivityArrangement</name>
    <message>
        <source>Stays with the home cell</source>
        <translation>Stays with the home cell</translation>
    </message>
    <message>
        <source>Temporary group in the delegation</source>
        <translation>Temporary group in the delegation</translation>
    </message>
    <message>
        <source>Temporary transfer of party activity</source>
        <translation>Temporary transfer of party activity</translation>
    </message>
    <message>
        <source>Official transfer of party activity</source>
        <translation>Official transfer of party activity</translation>
    </message>
</context>
<context>
    <name>orec::PostingLifeCycle</name>
    <message>
        <source>&quot;%1&quot; is not possible for a posting that is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not possible for a posting that is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Enter the date of %1.</source>
        <translation>Enter the date of %1.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future; record it once it has happened.</source>
        <translation>The date of %1 (%2) is in the future; record it once it has happened.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the departure (%3).</source>
        <translation>The date of %1 (%2) is before the departure (%3).</translation>
    </message>
    <message>
        <source>The member is under disciplinary review or investigation and may not be sent abroad.</source>
        <translation>The member is under disciplinary review or investigation and may not be sent abroad.</translation>
    </message>
    <message>
        <source>The return report of an earlier trip was due on %1 and has not been received; a new trip is approved once it is in.</source>
        <translation>The return report of an earlier trip was due on %1 and has not been received; a new trip is approved once it is in.</translation>
    </message>
    <message>
        <source>The trip includes visiting relatives abroad: the commitment on relatives abroad must be received before approval.</source>
        <translation>The trip includes visiting relatives abroad: the commitment on relatives abroad must be received before approval.</translation>
    </message>
    <message>
        <source>The posting has not been approved. If the member left anyway, record a departure without approval, which flags it for the committee.</source>
        <translation>The posting has not been approved. If the member left anyway, record a departure without approval, which flags it for the committee.</translation>
    </message>
    <message>
        <source>The return report has not been received; the posting stays open until it is.</source>
        <translation>The return report has not been received; the posting stays open until it is.</translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the member&apos;s self-review must be received and confirmed by the overseas cell or the mission.</source>
        <translation>Party activity was transferred abroad: the member&apos;s self-review must be received and confirmed by the overseas cell or the mission.</translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the transfer letter home is missing.</source>
        <translation>Party activity was transferred abroad: the transfer letter home is missing.</translation>
    </message>
    <message>
        <source>The member is still within the planned stay (until %1).</source>
        <translation>The member is still within the planned stay (until %1).</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>Choose the committee that approves the posting.</source>
        <translation>Choose the committee that approves the posting.</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>departure</translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2). Record it as a departure without approval, which flags it for the committee.</source>
        <translation>The departure (%1) is before the approval (%2). Record it as a departure without approval, which flags it for the committee.</translation>
    </message>
    <message>
        <source>The posting was approved on %1, before this departure; record an ordinary departure.</source>
        <translation>The posting was approved on %1, before this departure; record an ordinary departure.</translation>
    </message>
    <message>
        <source>joining the cell</source>
        <translation>joining the cell</translation>
    </message>
    <message>
        <source>Choose the overseas cell the member joins.</source>
        <translation>Choose the overseas cell the member joins.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation>&quot;%1&quot; is not an overseas cell.</translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is no longer active.</source>
        <translation>The cell &quot;%1&quot; is no longer active.</translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is in %2, which is not among the countries of this posting (%3).</source>
        <translation>The cell &quot;%1&quot; is in %2, which is not among the countries of this posting (%3).</translation>
    </message>
    <message>
        <source>Enter the extension decision.</source>
        <translation>Enter the extension decision.</translation>
    </message>
    <message>
        <source>Enter the number of the extension decision.</source>
        <translation>Enter the number of the extension decision.</translation>
    </message>
    <message>
        <source>the extension decision</source>
        <translation>the extension decision</translation>
    </message>
    <message>
        <source>Enter the new planned return date.</source>
        <translation>Enter the new planned return date.</translation>
    </message>
    <message>
        <source>The new planned return (%1) is not after the current one (%2).</source>
        <translation>The new planned return (%1) is not after the current one (%2).</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>The posting cannot be closed (%1) before the return (%2).</source>
        <translation>The posting cannot be closed (%1) before the return (%2).</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>losing contact</source>
        <translation>losing contact</translation>
    </message>
    <message>
        <source>restored contact</source>
        <translation>restored contact</translation>
    </message>
    <message>
        <source>Contact cannot be restored (%1) before it was lost (%2).</source>
        <translation>Contact cannot be restored (%1) before it was lost (%2).</translation>
    </message>
    <message>
        <source>the finding that the member did not return</source>
        <translation>the finding that the member did not return</translation>
    </message>
</context>
<context>
    <name>orec::PostingPurpose</name>
    <message>
        <source>Official mission</source>
        <translation>Official mission</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation>Labour contract</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Accompanying a spouse</source>
        <translation>Accompanying a spouse</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Family visit</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>Medical treatment</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Other private affairs</source>
        <translation>Other private affairs</translation>
    </message>
</context>
<context>
    <name>orec::PostingRules</name>
    <message>
        <source>This report&apos;s deadline was set under rules version %1; it is not recomputed under version %2 unless you choose to.</source>
        <translation>This report&apos;s deadline was set under rules version %1; it is not recomputed under version %2 unless you choose to.</translation>
    </message>
    <message>
        <source>The planned departure and return are needed to suggest an arrangement.</source>
        <translation>The planned departure and return are needed to suggest an arrangement.</translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more: official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation>
            <numerusform>A stay of %n month or more: official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</numerusform>
            <numerusform>A stay of %n months or more: official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of more than %n month(s): temporary transfer of party activity.</source>
        <translation>
            <numerusform>A stay of more than %n month: temporary transfer of party activity.</numerusform>
            <numerusform>A stay of more than %n months: temporary transfer of party activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more in a delegation large enough: the committee may form a temporary group or cell.</source>
        <translation>
            <numerusform>A stay of %n month or more in a delegation large enough: the committee may form a temporary group or cell.</numerusform>
            <numerusform>A stay of %n months or more in a delegation large enough: the committee may form a temporary group or cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few members to form a group: the member stays with the home cell and may be exempted from meetings while away.</source>
        <translation>Too few members to form a group: the member stays with the home cell and may be exempted from meetings while away.</translation>
    </message>
    <message>
        <source>A short stay: the member stays with the home cell.</source>
        <translation>A short stay: the member stays with the home cell.</translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more: temporary transfer of party activity.</source>
        <translation>
            <numerusform>A stay of %n month or more: temporary transfer of party activity.</numerusform>
            <numerusform>A stay of %n months or more: temporary transfer of party activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::PostingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>In an overseas cell</source>
        <translation>In an overseas cell</translation>
    </message>
    <message>
        <source>Returned, awaiting reports</source>
        <translation>Returned, awaiting reports</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Did not return</source>
        <translation>Did not return</translation>
    </message>
</context>
<context>
    <name>orec::PostingTransition</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <source>Record departure without approval</source>
        <translation>Record departure without approval</translation>
    </message>
    <message>
        <source>Join an overseas cell</source>
        <translation>Join an overseas cell</translation>
    </message>
    <message>
        <source>Extend the stay</source>
        <translation>Extend the stay</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mark as lost contact</source>
        <translation>Mark as lost contact</translation>
    </message>
    <message>
        <source>Contact restored</source>
        <translation>Contact restored</translation>
    </message>
    <message>
        <source>Mark as did not return</source>
        <translation>Mark as did not return</translation>
    </message>
</context>
<context>
    <name>orec::ProbationDecision</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Admitted to full membership</source>
        <translation>Admitted to full membership</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>Probation extended</translation>
    </message>
    <message>
        <source>Full membership refused</source>
        <translation>Full membership refused</translation>
    </message>
</context>
<context>
    <name>orec::RefusalReason</name>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Not possible in this status</source>
        <translation>Not possible in this status</translation>
    </message>
    <message>
        <source>Date missing</source>
        <translation>Date missing</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>Date in the future</translation>
    </message>
    <message>
        <source>The posting is incomplete</source>
        <translation>The posting is incomplete</translation>
    </message>
    <message>
        <source>Approving committee missing</source>
        <translation>Approving committee missing</translation>
    </message>
    <message>
        <source>Member under disciplinary review</source>
        <translation>Member under disciplinary review</translation>
    </message>
    <message>
        <source>Return report of an earlier trip overdue</source>
        <translation>Return report of an earlier trip overdue</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad missing</source>
        <translation>Commitment on relatives abroad missing</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Departure before approval</source>
        <translation>Departure before approval</translation>
    </message>
    <message>
        <source>Departure was approved</source>
        <translation>Departure was approved</translation>
    </message>
    <message>
        <source>Cell missing</source>
        <translation>Cell missing</translation>
    </message>
    <message>
        <source>Not an overseas cell</source>
        <translation>Not an overseas cell</translation>
    </message>
    <message>
        <source>Cell inactive</source>
        <translation>Cell inactive</translation>
    </message>
    <message>
        <source>Cell in another country</source>
        <translation>Cell in another country</translation>
    </message>
    <message>
        <source>Before the departure</source>
        <translation>Before the departure</translation>
    </message>
    <message>
        <source>Before the return</source>
        <translation>Before the return</translation>
    </message>
    <message>
        <source>Before contact was lost</source>
        <translation>Before contact was lost</translation>
    </message>
    <message>
        <source>Extension incomplete</source>
        <translation>Extension incomplete</translation>
    </message>
    <message>
        <source>Extension does not extend</source>
        <translation>Extension does not extend</translation>
    </message>
    <message>
        <source>Return report not received</source>
        <translation>Return report not received</translation>
    </message>
    <message>
        <source>Self-review not confirmed</source>
        <translation>Self-review not confirmed</translation>
    </message>
    <message>
        <source>Transfer letter home missing</source>
        <translation>Transfer letter home missing</translation>
    </message>
    <message>
        <source>Still within the planned stay</source>
        <translation>Still within the planned stay</translation>
    </message>
    <message>
        <source>A paper the step waits for is missing</source>
        <translation>A paper the step waits for is missing</translation>
    </message>
</context>
<context>
    <name>orec::ReportKind</name>
    <message>
        <source>Private-trip application</source>
        <translation>Private-trip application</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad</source>
        <translation>Commitment on relatives abroad</translation>
    </message>
    <message>
        <source>Pre-departure report</source>
        <translation>Pre-departure report</translation>
    </message>
    <message>
        <source>Return report</source>
        <translation>Return report</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>Self-review</translation>
    </message>
    <message>
        <source>Cell committee remarks</source>
        <translation>Cell committee remarks</translation>
    </message>
    <message>
        <source>Annual quality rating</source>
        <translation>Annual quality rating</translation>
    </message>
    <message>
        <source>Award or title offered by a foreign party</source>
        <translation>Award or title offered by a foreign party</translation>
    </message>
    <message>
        <source>Membership of a foreign or international organisation</source>
        <translation>Membership of a foreign or international organisation</translation>
    </message>
    <message>
        <source>Marriage to a foreign national</source>
        <translation>Marriage to a foreign national</translation>
    </message>
    <message>
        <source>Change of nationality or residence status</source>
        <translation>Change of nationality or residence status</translation>
    </message>
</context>
<context>
    <name>orec::ReportState</name>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Received late</translation>
    </message>
</context>
<context>
    <name>orec::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</translation>
    </message>
</context>
<context>
    <name>orec::RuleBasis</name>
    <message>
        <source>regulation</source>
        <translation>regulation</translation>
    </message>
    <message>
        <source>committee policy</source>
        <translation>committee policy</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
</context>
<context>
    <name>orec::RuleSet</name>
    <message>
        <source>Return report after any other trip or posting is due within this many days of return.</source>
        <translation>Return report after any other trip or posting is due within this many days of return.</translation>
    </message>
    <message>
        <source>Pre-departure report is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Pre-departure report is due this many days before the planned departure (0: by the departure date).</translation>
    </message>
    <message>
        <source>Private-trip application is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Private-trip application is due this many days before the planned departure (0: by the departure date).</translation>
    </message>
    <message>
        <source>A visit that includes relatives abroad needs a commitment on relatives abroad before approval.</source>
        <translation>A visit that includes relatives abroad needs a commitment on relatives abroad before approval.</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Commitment on relatives abroad is due this many days before the planned departure (0: by the departure date).</translation>
    </message>
    <message>
        <source>Self-review of a long-term member is due within this many days of return.</source>
        <translation>Self-review of a long-term member is due within this many days of return.</translation>
    </message>
    <message>
        <source>Cell committee remarks on a returning member are due within this many days of return.</source>
        <translation>Cell committee remarks on a returning member are due within this many days of return.</translation>
    </message>
    <message>
        <source>A member abroad reports an award, a foreign membership, a marriage to a foreign national or a change of nationality or residence within this many days.</source>
        <translation>A member abroad reports an award, a foreign membership, a marriage to a foreign national or a change of nationality or residence within this many days.</translation>
    </message>
    <message>
        <source>From this many months abroad a delegation may form a temporary group or cell.</source>
        <translation>From this many months abroad a delegation may form a temporary group or cell.</translation>
    </message>
    <message>
        <source>Smallest delegation (party members) that may form a temporary group or cell.</source>
        <translation>Smallest delegation (party members) that may form a temporary group or cell.</translation>
    </message>
    <message>
        <source>A stay of this many months or more calls for an official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation>A stay of this many months or more calls for an official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</translation>
    </message>
    <message>
        <source>Full members of a long-term delegation needed to form a cell abroad.</source>
        <translation>Full members of a long-term delegation needed to form a cell abroad.</translation>
    </message>
    <message>
        <source>A new trip is not approved while the member&apos;s return report from an earlier trip is overdue.</source>
        <translation>A new trip is not approved while the member&apos;s return report from an earlier trip is overdue.</translation>
    </message>
    <message>
        <source>A member under disciplinary review or investigation is not sent abroad.</source>
        <translation>A member under disciplinary review or investigation is not sent abroad.</translation>
    </message>
    <message>
        <source>Length of probation from admission to full membership.</source>
        <translation>Length of probation from admission to full membership.</translation>
    </message>
    <message>
        <source>Party Charter; Regulation 29/232 on the Party Charter.</source>
        <translation>Party Charter; Regulation 29/232 on the Party Charter.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>There is no rule &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This rule is either on or off.</source>
        <translation>This rule is either on or off.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1.</source>
        <translation>Enter a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>Documents every posting with this purpose calls for (codes: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks; none for no document). Added to the list when their conditions hold: the commitment on relatives abroad when the trip includes visiting relatives and relatives_commitment.required is on; a self-review for a transfer of party activity or a probation ending abroad; cell committee remarks for a transfer with an overseas cell.</source>
        <translation>Documents every posting with this purpose calls for (codes: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks; none for no document). Added to the list when their conditions hold: the commitment on relatives abroad when the trip includes visiting relatives and relatives_commitment.required is on; a self-review for a transfer of party activity or a probation ending abroad; cell committee remarks for a transfer with an overseas cell.</translation>
    </message>
    <message>
        <source>Return report after a private trip is due within this many days of re-entry, counted in the rule&apos;s unit (working days unless an admin changed it; the key keeps its name).</source>
        <translation>Return report after a private trip is due within this many days of re-entry, counted in the rule&apos;s unit (working days unless an admin changed it; the key keeps its name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document a posting calls for; use %2, or none.</source>
        <translation>&quot;%1&quot; is not a document a posting calls for; use %2, or none.</translation>
    </message>
    <message>
        <source>List the documents by their codes, separated by commas, or none.</source>
        <translation>List the documents by their codes, separated by commas, or none.</translation>
    </message>
    <message>
        <source>Only a deadline&apos;s unit can be changed, between days and working days.</source>
        <translation>Only a deadline&apos;s unit can be changed, between days and working days.</translation>
    </message>
    <message>
        <source>Papers looked for before a posting is approved: those of them the posting calls for and that have not been received are named to the clerk before the approval is recorded.</source>
        <translation>Papers looked for before a posting is approved: those of them the posting calls for and that have not been received are named to the clerk before the approval is recorded.</translation>
    </message>
    <message>
        <source>Papers looked for before a departure is recorded: those of them the posting calls for and that have not been received are named to the clerk first.</source>
        <translation>Papers looked for before a departure is recorded: those of them the posting calls for and that have not been received are named to the clerk first.</translation>
    </message>
    <message>
        <source>Papers looked for before a posting is closed: those of them the posting calls for and that have not been received are named to the clerk first. Whatever this says, closing waits for the return report and, after a transfer, the confirmed self-review.</source>
        <translation>Papers looked for before a posting is closed: those of them the posting calls for and that have not been received are named to the clerk first. Whatever this says, closing waits for the return report and, after a transfer, the confirmed self-review.</translation>
    </message>
    <message>
        <source>Of the papers looked for before a step, those that stop the step until they are received; the others are a warning the clerk may pass deliberately. (The commitment on relatives abroad stops approval by its own rule.)</source>
        <translation>Of the papers looked for before a step, those that stop the step until they are received; the others are a warning the clerk may pass deliberately. (The commitment on relatives abroad stops approval by its own rule.)</translation>
    </message>
    <message>
        <source>Earlier summaries of university committees&apos; procedures under Regulation 86-QĐ/TW: a report before departure and a report after return.</source>
        <translation>Earlier summaries of university committees&apos; procedures under Regulation 86-QĐ/TW: a report before departure and a report after return.</translation>
    </message>
    <message>
        <source>Not confirmed: Saigon University&apos;s procedure asks before departure for the member&apos;s application with the sending decision, and for a written report within 15 days of return; no published procedure seen names a separate pre-departure report.</source>
        <translation>Not confirmed: Saigon University&apos;s procedure asks before departure for the member&apos;s application with the sending decision, and for a written report within 15 days of return; no published procedure seen names a separate pre-departure report.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law (from July 2023) under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022: before the trip the application (Annex I), with the commitment on relatives abroad (Annex II) when relatives are visited; after it the report on the trip&apos;s results (Annex III).</source>
        <translation>Procedure of the Party Committee of Ho Chi Minh City University of Law (from July 2023) under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022: before the trip the application (Annex I), with the commitment on relatives abroad (Annex II) when relatives are visited; after it the report on the trip&apos;s results (Annex III).</translation>
    </message>
    <message>
        <source>That procedure has no separate pre-departure report, so none is asked for; add pre_departure for a committee that wants one.</source>
        <translation>That procedure has no separate pre-departure report, so none is asked for; add pre_departure for a committee that wants one.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022, section 2: the report at the latest 7 working days after re-entry.</source>
        <translation>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022, section 2: the report at the latest 7 working days after re-entry.</translation>
    </message>
    <message>
        <source>One committee&apos;s choice: Saigon University asks for every return report within 15 days. Whether the central texts set a number of days is not confirmed. The unit can be switched to calendar days.</source>
        <translation>One committee&apos;s choice: Saigon University asks for every return report within 15 days. Whether the central texts set a number of days is not confirmed. The unit can be switched to calendar days.</translation>
    </message>
    <message>
        <source>Procedure &quot;Đảng viên đi nước ngoài&quot; of Saigon University under Regulations 58-QĐ/TW, 69-QĐ/TW and 86-QĐ/TW: a written report on the trip at the latest within 15 days of return.</source>
        <translation>Procedure &quot;Đảng viên đi nước ngoài&quot; of Saigon University under Regulations 58-QĐ/TW, 69-QĐ/TW and 86-QĐ/TW: a written report on the trip at the latest within 15 days of return.</translation>
    </message>
    <message>
        <source>One committee&apos;s choice; that procedure applies 15 days to private trips as well. The unit can be switched to working days.</source>
        <translation>One committee&apos;s choice; that procedure applies 15 days to private trips as well. The unit can be switched to working days.</translation>
    </message>
    <message>
        <source>No source found: the sources say only &quot;before departure&quot;.</source>
        <translation>No source found: the sources say only &quot;before departure&quot;.</translation>
    </message>
    <message>
        <source>Used only for the purposes whose documents list the pre-departure report.</source>
        <translation>Used only for the purposes whose documents list the pre-departure report.</translation>
    </message>
    <message>
        <source>No source found: the procedures give no lead time.</source>
        <translation>No source found: the procedures give no lead time.</translation>
    </message>
    <message>
        <source>The application goes through the cell and the committee before the trip; how long before is each committee&apos;s practice.</source>
        <translation>The application goes through the cell and the committee before the trip; how long before is each committee&apos;s practice.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Guidance 01-HD/BTCTW (2022), section 1: a visit to relatives abroad, or a work or tourist trip combined with one, adds the commitment (Annex II) for the committee&apos;s decision.</source>
        <translation>Procedure of the Party Committee of Ho Chi Minh City University of Law under Guidance 01-HD/BTCTW (2022), section 1: a visit to relatives abroad, or a work or tourist trip combined with one, adds the commitment (Annex II) for the committee&apos;s decision.</translation>
    </message>
    <message>
        <source>As the committee&apos;s procedure quotes the guidance; the guidance&apos;s own text was not seen.</source>
        <translation>As the committee&apos;s procedure quotes the guidance; the guidance&apos;s own text was not seen.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021) item 10 asks for the self-review, confirmed by the party unit or the mission, but sets no deadline.</source>
        <translation>Guidance 01-HD/TW (2021) item 10 asks for the self-review, confirmed by the party unit or the mission, but sets no deadline.</translation>
    </message>
    <message>
        <source>The number of days is the program&apos;s assumption, aligned with the return report.</source>
        <translation>The number of days is the program&apos;s assumption, aligned with the return report.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021) item 10 asks for the remarks but sets no deadline.</source>
        <translation>Guidance 01-HD/TW (2021) item 10 asks for the remarks but sets no deadline.</translation>
    </message>
    <message>
        <source>The number of days is the program&apos;s assumption.</source>
        <translation>The number of days is the program&apos;s assumption.</translation>
    </message>
    <message>
        <source>Guidance 30-HD/BTCTW of 23 Apr 2025 on Regulation 86-QĐ/TW (as the Nghệ An provincial committee&apos;s page summarises it) asks for the report when it happens, before accepting.</source>
        <translation>Guidance 30-HD/BTCTW of 23 Apr 2025 on Regulation 86-QĐ/TW (as the Nghệ An provincial committee&apos;s page summarises it) asks for the report when it happens, before accepting.</translation>
    </message>
    <message>
        <source>The duty to report is confirmed; the number of days is the program&apos;s assumption.</source>
        <translation>The duty to report is confirmed; the number of days is the program&apos;s assumption.</translation>
    </message>
    <message>
        <source>Procedure of Saigon University under Regulation 86-QĐ/TW: from 1 to 3 months, a delegation of 3 or more members, the committee may form a party group or a temporary cell.</source>
        <translation>Procedure of Saigon University under Regulation 86-QĐ/TW: from 1 to 3 months, a delegation of 3 or more members, the committee may form a party group or a temporary cell.</translation>
    </message>
    <message>
        <source>As the committee&apos;s procedure restates the regulation; the regulation&apos;s own text was not found.</source>
        <translation>As the committee&apos;s procedure restates the regulation; the regulation&apos;s own text was not found.</translation>
    </message>
    <message>
        <source>Procedure of Saigon University under Regulation 86-QĐ/TW: a delegation of 3 or more party members.</source>
        <translation>Procedure of Saigon University under Regulation 86-QĐ/TW: a delegation of 3 or more party members.</translation>
    </message>
    <message>
        <source>A stay of this many months (or only a longer one, by the next rule) calls for a temporary transfer of party activity.</source>
        <translation>A stay of this many months (or only a longer one, by the next rule) calls for a temporary transfer of party activity.</translation>
    </message>
    <message>
        <source>Guidance 12-HD/BTCTW of 18 Jan 2022 as the Nậm Nhùn district&apos;s page quotes it: from 3 months to under a year, a temporary transfer.</source>
        <translation>Guidance 12-HD/BTCTW of 18 Jan 2022 as the Nậm Nhùn district&apos;s page quotes it: from 3 months to under a year, a temporary transfer.</translation>
    </message>
    <message>
        <source>Saigon University&apos;s procedure under Regulation 86-QĐ/TW says &quot;over 3 months&quot;; the threshold is the same, whether it counts is the next rule.</source>
        <translation>Saigon University&apos;s procedure under Regulation 86-QĐ/TW says &quot;over 3 months&quot;; the threshold is the same, whether it counts is the next rule.</translation>
    </message>
    <message>
        <source>On: a stay of exactly the temporary-transfer threshold calls for a temporary transfer (&quot;from 3 months&quot;). Off: only a longer stay does (&quot;over 3 months&quot;).</source>
        <translation>On: a stay of exactly the temporary-transfer threshold calls for a temporary transfer (&quot;from 3 months&quot;). Off: only a longer stay does (&quot;over 3 months&quot;).</translation>
    </message>
    <message>
        <source>Guidance 12-HD/BTCTW (2022) as the Nậm Nhùn district&apos;s page quotes it: &quot;từ 3 tháng đến dưới 1 năm&quot;.</source>
        <translation>Guidance 12-HD/BTCTW (2022) as the Nậm Nhùn district&apos;s page quotes it: &quot;từ 3 tháng đến dưới 1 năm&quot;.</translation>
    </message>
    <message>
        <source>Saigon University&apos;s procedure says &quot;từ trên 3 tháng đến 12 tháng&quot; (off). Registers created before this rule keep &quot;over 3 months&quot; until an admin changes it.</source>
        <translation>Saigon University&apos;s procedure says &quot;từ trên 3 tháng đến 12 tháng&quot; (off). Registers created before this rule keep &quot;over 3 months&quot; until an admin changes it.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW of 28 Sep 2021, item 10.2.1 b, and Guidance 12-HD/BTCTW (2022) section II 4.3.1 c, as Can Tho University&apos;s procedure cites them: 12 months or more.</source>
        <translation>Guidance 01-HD/TW of 28 Sep 2021, item 10.2.1 b, and Guidance 12-HD/BTCTW (2022) section II 4.3.1 c, as Can Tho University&apos;s procedure cites them: 12 months or more.</translation>
    </message>
    <message>
        <source>Regulation 228-QĐ/TW (2014) said &quot;over 12 months&quot;; the 2021 guidance says &quot;12 months or more&quot;.</source>
        <translation>Regulation 228-QĐ/TW (2014) said &quot;over 12 months&quot;; the 2021 guidance says &quot;12 months or more&quot;.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10: a delegation of 3 or more full members abroad; the Foreign Ministry&apos;s Party Committee forms the cell.</source>
        <translation>Guidance 01-HD/TW (2021), item 10: a delegation of 3 or more full members abroad; the Foreign Ministry&apos;s Party Committee forms the cell.</translation>
    </message>
    <message>
        <source>No source found: no regulation or published procedure seen blocks a new trip while a return report is overdue.</source>
        <translation>No source found: no regulation or published procedure seen blocks a new trip while a return report is overdue.</translation>
    </message>
    <message>
        <source>Off by default; a committee that decides to close out one trip before approving the next turns it on as its own policy. Registers created before this default keep it on until an admin changes it.</source>
        <translation>Off by default; a committee that decides to close out one trip before approving the next turns it on as its own policy. Registers created before this default keep it on until an admin changes it.</translation>
    </message>
    <message>
        <source>Regulation 58-QĐ/TW (2022) and summaries of Regulation 228-QĐ/TW; going abroad without permission is an offence under Regulation 69-QĐ/TW art. 34.</source>
        <translation>Regulation 58-QĐ/TW (2022) and summaries of Regulation 228-QĐ/TW; going abroad without permission is an offence under Regulation 69-QĐ/TW art. 34.</translation>
    </message>
    <message>
        <source>From summaries of the regulations; their full texts were not read this round.</source>
        <translation>From summaries of the regulations; their full texts were not read this round.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022): the member&apos;s application, with the cell&apos;s opinion, is what the committee decides on.</source>
        <translation>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022): the member&apos;s application, with the cell&apos;s opinion, is what the committee decides on.</translation>
    </message>
    <message>
        <source>The papers due before departure (their deadlines above): the application and the commitment on relatives abroad (Ho Chi Minh City University of Law&apos;s procedure under Guidance 01-HD/BTCTW, 2022) and the pre-departure report where a purpose&apos;s documents list it.</source>
        <translation>The papers due before departure (their deadlines above): the application and the commitment on relatives abroad (Ho Chi Minh City University of Law&apos;s procedure under Guidance 01-HD/BTCTW, 2022) and the pre-departure report where a purpose&apos;s documents list it.</translation>
    </message>
    <message>
        <source>A paper listed here is looked for only when the posting calls for it (documents.* rules).</source>
        <translation>A paper listed here is looked for only when the posting calls for it (documents.* rules).</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10: the self-review and the cell committee&apos;s remarks on return; the return report in the committees&apos; procedures.</source>
        <translation>Guidance 01-HD/TW (2021), item 10: the self-review and the cell committee&apos;s remarks on return; the return report in the committees&apos; procedures.</translation>
    </message>
    <message>
        <source>No source found: the procedures give the order of the papers, not whether the register may record a step before them.</source>
        <translation>No source found: the procedures give the order of the papers, not whether the register may record a step before them.</translation>
    </message>
    <message>
        <source>A committee that wants it strict lists the papers here.</source>
        <translation>A committee that wants it strict lists the papers here.</translation>
    </message>
</context>
<context>
    <name>orec::RuleUnit</name>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>on/off</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
</context>
<context>
    <name>orec::SpreadsheetValues</name>
    <message>
        <source>&quot;%1&quot; is a number Excel wrote in scientific notation: the last digits of the %2 are lost and cannot be recovered from the file. In the spreadsheet, format the column as Text (Format Cells › Text), type the numbers again, and import again.</source>
        <translation>&quot;%1&quot; is a number Excel wrote in scientific notation: the last digits of the %2 are lost and cannot be recovered from the file. In the spreadsheet, format the column as Text (Format Cells › Text), type the numbers again, and import again.</translation>
    </message>
    <message>
        <source>party card number</source>
        <translation>party card number</translation>
    </message>
    <message>
        <source>The party card number &quot;%1&quot; was stored by Excel as a decimal number, which drops trailing zeros, so digits may be missing. Format the column as Text and type the number again.</source>
        <translation>The party card number &quot;%1&quot; was stored by Excel as a decimal number, which drops trailing zeros, so digits may be missing. Format the column as Text and type the number again.</translation>
    </message>
    <message>
        <source>leading zero restored: Excel stored the card number as a number and dropped it</source>
        <translation>leading zero restored: Excel stored the card number as a number and dropped it</translation>
    </message>
    <message>
        <source>separators removed</source>
        <translation>separators removed</translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation>citizen ID</translation>
    </message>
    <message>
        <source>leading zeros restored: Excel stored the citizen ID as a number and dropped them (every citizen ID starts with its province code 001–096)</source>
        <translation>leading zeros restored: Excel stored the citizen ID as a number and dropped them (every citizen ID starts with its province code 001–096)</translation>
    </message>
    <message>
        <source>leading zero restored: Excel stored the identity card number as a number and dropped it</source>
        <translation>leading zero restored: Excel stored the identity card number as a number and dropped it</translation>
    </message>
    <message>
        <source>The citizen ID &quot;%1&quot; has %2 digits, not 12: if the sheet went through Excel, it dropped the leading zeros. Format the column as Text and type the number again.</source>
        <translation>The citizen ID &quot;%1&quot; has %2 digits, not 12: if the sheet went through Excel, it dropped the leading zeros. Format the column as Text and type the number again.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 is not a day of the calendar.</translation>
    </message>
    <message>
        <source>time of day left out</source>
        <translation>time of day left out</translation>
    </message>
    <message>
        <source>date written in words</source>
        <translation>date written in words</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a year alone; write the whole date (dd/mm/yyyy).</source>
        <translation>&quot;%1&quot; is a year alone; write the whole date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Excel date number %1 read as a date (%2 date system)</source>
        <translation>Excel date number %1 read as a date (%2 date system)</translation>
    </message>
</context>
<context>
    <name>orec::StepPapers</name>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <source>“%1” waits for papers not received yet: %2.</source>
        <translation>“%1” waits for papers not received yet: %2.</translation>
    </message>
    <message>
        <source>Before “%1”, the rules table looks for papers not received yet: %2.</source>
        <translation>Before “%1”, the rules table looks for papers not received yet: %2.</translation>
    </message>
</context>
<context>
    <name>orec::Texts::Texts</name>
    <message>
        <source>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home; %1 is %2, and auditors never hold it. %3</source>
        <translation>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home; %1 is %2, and auditors never hold it. %3</translation>
    </message>
    <message>
        <source>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home, and %1 does not hold it. %2 An administrator who holds it can grant it to you (Users, or orec user grant-exchange %1).</source>
        <translation>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home, and %1 does not hold it. %2 An administrator who holds it can grant it to you (Users, or orec user grant-exchange %1).</translation>
    </message>
</context>
<context>
    <name>orec::Transfer</name>
    <message>
        <source>A transfer letter needs an issue date.</source>
        <translation>A transfer letter needs an issue date.</translation>
    </message>
    <message>
        <source>The register already has letters of %1; a letter dated in %2 cannot be added after them.</source>
        <translation>The register already has letters of %1; a letter dated in %2 cannot be added after them.</translation>
    </message>
    <message>
        <source>%1 is a %2: an official posting slip abroad (3A-SHĐ) is issued by the committee at the district level or its equivalent. Issue it from the committee above, or correct the committee&apos;s level if it is wrong.</source>
        <translation>%1 is a %2: an official posting slip abroad (3A-SHĐ) is issued by the committee at the district level or its equivalent. Issue it from the committee above, or correct the committee&apos;s level if it is wrong.</translation>
    </message>
</context>
<context>
    <name>orec::TransferDirection</name>
    <message>
        <source>Out (abroad)</source>
        <translation>Out (abroad)</translation>
    </message>
    <message>
        <source>Back (home)</source>
        <translation>Back (home)</translation>
    </message>
</context>
<context>
    <name>orec::TransferKind</name>
    <message>
        <source>Temporary transfer letter</source>
        <translation>Temporary transfer letter</translation>
    </message>
    <message>
        <source>Official transfer letter</source>
        <translation>Official transfer letter</translation>
    </message>
    <message>
        <source>Overseas posting slip for labour export</source>
        <translation>Overseas posting slip for labour export</translation>
    </message>
</context>
<context>
    <name>orec::UnitKind</name>
    <message>
        <source>Party committee</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
</context>
<context>
    <name>orec::UnitLevel</name>
    <message>
        <source>Province-level committee or equivalent</source>
        <translation>Province-level committee or equivalent</translation>
    </message>
    <message>
        <source>District-level committee or equivalent</source>
        <translation>District-level committee or equivalent</translation>
    </message>
    <message>
        <source>Grassroots committee</source>
        <translation>Grassroots committee</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
</context>
<context>
    <name>orec::Validation</name>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation>%1 (%2) cannot be in the future.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; is not an ISO 3166-1 country code.</translation>
    </message>
    <message>
        <source>A country abroad cannot be Viet Nam.</source>
        <translation>A country abroad cannot be Viet Nam.</translation>
    </message>
    <message>
        <source>Relative %1: the name is missing.</source>
        <translation>Relative %1: the name is missing.</translation>
    </message>
    <message>
        <source>Relative %1: the relation to the member is missing.</source>
        <translation>Relative %1: the relation to the member is missing.</translation>
    </message>
    <message>
        <source>Relative %1: the country is missing.</source>
        <translation>Relative %1: the country is missing.</translation>
    </message>
    <message>
        <source>Relative %1: &quot;%2&quot; is not an ISO 3166-1 country code.</source>
        <translation>Relative %1: &quot;%2&quot; is not an ISO 3166-1 country code.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>The full name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The full name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The full name has one word only; enter family, middle and given name.</source>
        <translation>The full name has one word only; enter family, middle and given name.</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>The date of birth</translation>
    </message>
    <message>
        <source>The date of birth (%1) is implausibly early.</source>
        <translation>The date of birth (%1) is implausibly early.</translation>
    </message>
    <message>
        <source>The admission date</source>
        <translation>The admission date</translation>
    </message>
    <message>
        <source>Admission (%1) is before the member&apos;s 18th birthday (%2).</source>
        <translation>Admission (%1) is before the member&apos;s 18th birthday (%2).</translation>
    </message>
    <message>
        <source>The full-membership date</source>
        <translation>The full-membership date</translation>
    </message>
    <message>
        <source>A full-membership date needs the admission date.</source>
        <translation>A full-membership date needs the admission date.</translation>
    </message>
    <message>
        <source>Full membership (%1) cannot come before admission (%2).</source>
        <translation>Full membership (%1) cannot come before admission (%2).</translation>
    </message>
    <message>
        <source>Full membership (%1) normally comes 12 months after admission, on %2.</source>
        <translation>Full membership (%1) normally comes 12 months after admission, on %2.</translation>
    </message>
    <message>
        <source>Probation ended on %1; record the full-membership date or the committee&apos;s decision.</source>
        <translation>Probation ended on %1; record the full-membership date or the committee&apos;s decision.</translation>
    </message>
    <message>
        <source>The citizen ID must have 12 digits (9 on old identity cards).</source>
        <translation>The citizen ID must have 12 digits (9 on old identity cards).</translation>
    </message>
    <message>
        <source>A 9-digit number is from an old identity card; record the 12-digit citizen ID if the member has one.</source>
        <translation>A 9-digit number is from an old identity card; record the 12-digit citizen ID if the member has one.</translation>
    </message>
    <message>
        <source>The party card number may contain digits only.</source>
        <translation>The party card number may contain digits only.</translation>
    </message>
    <message>
        <source>A probationary member does not have a party card yet.</source>
        <translation>A probationary member does not have a party card yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between.</source>
        <translation>A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>The unit code is required.</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>The unit name is required.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>A unit cannot be its own parent.</translation>
    </message>
    <message>
        <source>An overseas cell needs its type (mission, spouse, student, labour, expert or self-employed).</source>
        <translation>An overseas cell needs its type (mission, spouse, student, labour, expert or self-employed).</translation>
    </message>
    <message>
        <source>Only overseas cells have a cell type.</source>
        <translation>Only overseas cells have a cell type.</translation>
    </message>
    <message>
        <source>An overseas cell needs its country.</source>
        <translation>An overseas cell needs its country.</translation>
    </message>
    <message>
        <source>A unit at home has no country abroad; mark it as overseas or clear the country.</source>
        <translation>A unit at home has no country abroad; mark it as overseas or clear the country.</translation>
    </message>
    <message>
        <source>The deputy secretary must be someone other than the secretary.</source>
        <translation>The deputy secretary must be someone other than the secretary.</translation>
    </message>
    <message>
        <source>The date the unit was set up</source>
        <translation>The date the unit was set up</translation>
    </message>
    <message>
        <source>Only an overseas cell can be a probationary cell.</source>
        <translation>Only an overseas cell can be a probationary cell.</translation>
    </message>
    <message>
        <source>A probationary cell works under an appointed secretary; none is recorded.</source>
        <translation>A probationary cell works under an appointed secretary; none is recorded.</translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation>Choose the member who goes abroad.</translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation>At least one country is required.</translation>
    </message>
    <message>
        <source>The delegation counts at least the member.</source>
        <translation>The delegation counts at least the member.</translation>
    </message>
    <message>
        <source>The planned departure date is required.</source>
        <translation>The planned departure date is required.</translation>
    </message>
    <message>
        <source>The planned return date is required.</source>
        <translation>The planned return date is required.</translation>
    </message>
    <message>
        <source>The planned return (%1) is before the planned departure (%2).</source>
        <translation>The planned return (%1) is before the planned departure (%2).</translation>
    </message>
    <message>
        <source>The date of the sending decision</source>
        <translation>The date of the sending decision</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>The approval date</translation>
    </message>
    <message>
        <source>The committee that approved the posting is missing.</source>
        <translation>The committee that approved the posting is missing.</translation>
    </message>
    <message>
        <source>The departure date</source>
        <translation>The departure date</translation>
    </message>
    <message>
        <source>The return date</source>
        <translation>The return date</translation>
    </message>
    <message>
        <source>A return needs the departure date.</source>
        <translation>A return needs the departure date.</translation>
    </message>
    <message>
        <source>The return (%1) is before the departure (%2).</source>
        <translation>The return (%1) is before the departure (%2).</translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2); record it as a departure without approval.</source>
        <translation>The departure (%1) is before the approval (%2); record it as a departure without approval.</translation>
    </message>
    <message>
        <source>Extension %1: the decision number is missing.</source>
        <translation>Extension %1: the decision number is missing.</translation>
    </message>
    <message>
        <source>Extension %1: the decision date is missing.</source>
        <translation>Extension %1: the decision date is missing.</translation>
    </message>
    <message>
        <source>Extension %1: the decision date (%2) cannot be in the future.</source>
        <translation>Extension %1: the decision date (%2) cannot be in the future.</translation>
    </message>
    <message>
        <source>Extension %1: the new planned return is missing.</source>
        <translation>Extension %1: the new planned return is missing.</translation>
    </message>
    <message>
        <source>Extension %1 does not extend: the new return (%2) is not after %3.</source>
        <translation>Extension %1 does not extend: the new return (%2) is not after %3.</translation>
    </message>
    <message>
        <source>The posting is past approval, but no approval date is recorded.</source>
        <translation>The posting is past approval, but no approval date is recorded.</translation>
    </message>
    <message>
        <source>The posting is past departure, but no departure date is recorded.</source>
        <translation>The posting is past departure, but no departure date is recorded.</translation>
    </message>
    <message>
        <source>The member has returned, but no return date is recorded.</source>
        <translation>The member has returned, but no return date is recorded.</translation>
    </message>
    <message>
        <source>The member is recorded in an overseas cell, but the cell is missing.</source>
        <translation>The member is recorded in an overseas cell, but the cell is missing.</translation>
    </message>
    <message>
        <source>The date contact was lost is missing.</source>
        <translation>The date contact was lost is missing.</translation>
    </message>
    <message>
        <source>The date contact was lost</source>
        <translation>The date contact was lost</translation>
    </message>
    <message>
        <source>Contact cannot be lost (%1) before the departure (%2).</source>
        <translation>Contact cannot be lost (%1) before the departure (%2).</translation>
    </message>
    <message>
        <source>An official posting is normally preceded by a political-standard conclusion; none is referenced.</source>
        <translation>An official posting is normally preceded by a political-standard conclusion; none is referenced.</translation>
    </message>
    <message>
        <source>The member stays with the home cell but an overseas cell is recorded; check the arrangement.</source>
        <translation>The member stays with the home cell but an overseas cell is recorded; check the arrangement.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision on full membership has no reference.</source>
        <translation>The committee&apos;s decision on full membership has no reference.</translation>
    </message>
    <message>
        <source>Choose the member the report is about.</source>
        <translation>Choose the member the report is about.</translation>
    </message>
    <message>
        <source>Choose the trip or posting the report belongs to.</source>
        <translation>Choose the trip or posting the report belongs to.</translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation>The date of the event is required.</translation>
    </message>
    <message>
        <source>The date of the event</source>
        <translation>The date of the event</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>The date received</translation>
    </message>
    <message>
        <source>Record who received the report.</source>
        <translation>Record who received the report.</translation>
    </message>
    <message>
        <source>The member has not acknowledged the commitments (no classified documents; reporting duties).</source>
        <translation>The member has not acknowledged the commitments (no classified documents; reporting duties).</translation>
    </message>
    <message>
        <source>The commitment lists no relatives abroad.</source>
        <translation>The commitment lists no relatives abroad.</translation>
    </message>
    <message>
        <source>Contact %1: who the member met is missing.</source>
        <translation>Contact %1: who the member met is missing.</translation>
    </message>
    <message>
        <source>Contact %1: the date (%2) cannot be in the future.</source>
        <translation>Contact %1: the date (%2) cannot be in the future.</translation>
    </message>
    <message>
        <source>The issuing committee is required.</source>
        <translation>The issuing committee is required.</translation>
    </message>
    <message>
        <source>Choose the member the letter is for.</source>
        <translation>Choose the member the letter is for.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>The issue date is required.</translation>
    </message>
    <message>
        <source>The issue date</source>
        <translation>The issue date</translation>
    </message>
    <message>
        <source>The register number is required.</source>
        <translation>The register number is required.</translation>
    </message>
    <message>
        <source>Register number %1 belongs to %2, but the letter is dated %3.</source>
        <translation>Register number %1 belongs to %2, but the letter is dated %3.</translation>
    </message>
    <message>
        <source>The receiving unit is required.</source>
        <translation>The receiving unit is required.</translation>
    </message>
    <message>
        <source>No party card number: only right for a probationary member.</source>
        <translation>No party card number: only right for a probationary member.</translation>
    </message>
    <message>
        <source>The dossier number is missing.</source>
        <translation>The dossier number is missing.</translation>
    </message>
    <message>
        <source>The month up to which dues are paid is missing.</source>
        <translation>The month up to which dues are paid is missing.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters (this one has %3).</source>
        <translation>%1 is too long: at most %2 characters (this one has %3).</translation>
    </message>
    <message>
        <source>%1: at most %2 entries (there are %3).</source>
        <translation>%1: at most %2 entries (there are %3).</translation>
    </message>
    <message>
        <source>The record&apos;s uuid</source>
        <translation>The record&apos;s uuid</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>The full name</translation>
    </message>
    <message>
        <source>The hometown</source>
        <translation>The hometown</translation>
    </message>
    <message>
        <source>The citizen ID</source>
        <translation>The citizen ID</translation>
    </message>
    <message>
        <source>The party card number</source>
        <translation>The party card number</translation>
    </message>
    <message>
        <source>The dossier number</source>
        <translation>The dossier number</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <source>The workplace</source>
        <translation>The workplace</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The unit code</source>
        <translation>The unit code</translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation>The unit name</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>The country</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>The countries of a posting</source>
        <translation>The countries of a posting</translation>
    </message>
    <message>
        <source>The host organisation</source>
        <translation>The host organisation</translation>
    </message>
    <message>
        <source>The number of the sending decision</source>
        <translation>The number of the sending decision</translation>
    </message>
    <message>
        <source>The body that took the sending decision</source>
        <translation>The body that took the sending decision</translation>
    </message>
    <message>
        <source>The political-standard conclusion&apos;s reference</source>
        <translation>The political-standard conclusion&apos;s reference</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The reference of the decision on full membership</source>
        <translation>The reference of the decision on full membership</translation>
    </message>
    <message>
        <source>The extensions of a posting</source>
        <translation>The extensions of a posting</translation>
    </message>
    <message>
        <source>The number of an extension&apos;s decision</source>
        <translation>The number of an extension&apos;s decision</translation>
    </message>
    <message>
        <source>The reason for an extension</source>
        <translation>The reason for an extension</translation>
    </message>
    <message>
        <source>The report&apos;s content is nested too deeply at %1.</source>
        <translation>The report&apos;s content is nested too deeply at %1.</translation>
    </message>
    <message>
        <source>A content key</source>
        <translation>A content key</translation>
    </message>
    <message>
        <source>A list of the report</source>
        <translation>A list of the report</translation>
    </message>
    <message>
        <source>The report&apos;s %1</source>
        <translation>The report&apos;s %1</translation>
    </message>
    <message>
        <source>Who received the report</source>
        <translation>Who received the report</translation>
    </message>
    <message>
        <source>The cell&apos;s opinion</source>
        <translation>The cell&apos;s opinion</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion</source>
        <translation>The committee&apos;s opinion</translation>
    </message>
    <message>
        <source>The committee&apos;s decision</source>
        <translation>The committee&apos;s decision</translation>
    </message>
    <message>
        <source>The report&apos;s content</source>
        <translation>The report&apos;s content</translation>
    </message>
    <message>
        <source>The receiving unit</source>
        <translation>The receiving unit</translation>
    </message>
    <message numerus="yes">
        <source>Party cards issued since 2003 have 8-digit numbers; this one has %n digit(s).</source>
        <translation>
            <numerusform>Party cards issued since 2003 have 8-digit numbers; this one has %n digit.</numerusform>
            <numerusform>Party cards issued since 2003 have 8-digit numbers; this one has %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a dossier number: a dossier number has 6 digits and 2 or 3 letters, for example 123456AB or 123456ABC.</source>
        <translation>“%1” is not a dossier number: a dossier number has 6 digits and 2 or 3 letters, for example 123456AB or 123456ABC.</translation>
    </message>
    <message>
        <source>The alias</source>
        <translation>The alias</translation>
    </message>
</context>
<context>
    <name>orec::app</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 is not a day of the calendar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes (co) nor no (khong).</source>
        <translation>&quot;%1&quot; is neither yes (co) nor no (khong).</translation>
    </message>
    <message>
        <source>Cannot read the column map at &quot;%1&quot;: write HEADER=field, separated by commas.</source>
        <translation>Cannot read the column map at &quot;%1&quot;: write HEADER=field, separated by commas.</translation>
    </message>
    <message>
        <source>The %1 table has no field &quot;%2&quot; (column map entry &quot;%3&quot;).</source>
        <translation>The %1 table has no field &quot;%2&quot; (column map entry &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>This is a cell secretary&apos;s field database: this is done at home, not on the laptop.</source>
        <translation>This is a cell secretary&apos;s field database: this is done at home, not on the laptop.</translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, so no passphrase can open it: the register&apos;s files are incomplete. An administrator&apos;s recovery key opens the database and makes a new key file (orec unlock-with-recovery, or &quot;Use the recovery key&quot; in the window); a backup (.orecbak) holds both files.</source>
        <translation>The key file %1 is missing beside the database, so no passphrase can open it: the register&apos;s files are incomplete. An administrator&apos;s recovery key opens the database and makes a new key file (orec unlock-with-recovery, or &quot;Use the recovery key&quot; in the window); a backup (.orecbak) holds both files.</translation>
    </message>
    <message>
        <source>The user&apos;s full name</source>
        <translation>The user&apos;s full name</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>There is no user with this name.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed or demoted.</source>
        <translation>The last administrator cannot be removed or demoted.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <source>%1 is an auditor: auditors never sign as home. Change their role first.</source>
        <translation>%1 is an auditor: auditors never sign as home. Change their role first.</translation>
    </message>
    <message>
        <source>This register must be upgraded before the right can be granted.</source>
        <translation>This register must be upgraded before the right can be granted.</translation>
    </message>
    <message>
        <source>%1 does not hold the right to sign as home.</source>
        <translation>%1 does not hold the right to sign as home.</translation>
    </message>
    <message>
        <source>%1 is the last user who can sign as home: grant the right to someone else first, or nobody could export a cell package or import a return package.</source>
        <translation>%1 is the last user who can sign as home: grant the right to someone else first, or nobody could export a cell package or import a return package.</translation>
    </message>
    <message>
        <source>The demo register must start empty.</source>
        <translation>The demo register must start empty.</translation>
    </message>
    <message>
        <source>The number of members must be between 0 and 2,000,000.</source>
        <translation>The number of members must be between 0 and 2,000,000.</translation>
    </message>
    <message>
        <source>The register already has records; the demo department is made in a new database.</source>
        <translation>The register already has records; the demo department is made in a new database.</translation>
    </message>
    <message>
        <source>The secretary&apos;s name</source>
        <translation>The secretary&apos;s name</translation>
    </message>
    <message>
        <source>This register must be upgraded before home&apos;s keys can change.</source>
        <translation>This register must be upgraded before home&apos;s keys can change.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; write Nam or Nữ.</source>
        <translation>&quot;%1&quot; is not a gender; write Nam or Nữ.</translation>
    </message>
    <message>
        <source>No unit has the code or name &quot;%1&quot;.</source>
        <translation>No unit has the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The party card number %1 is also on line %2 of the file.</source>
        <translation>The party card number %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The party card number %1 already belongs to %2 in the register.</source>
        <translation>The party card number %1 already belongs to %2 in the register.</translation>
    </message>
    <message>
        <source>The citizen ID %1 is also on line %2 of the file.</source>
        <translation>The citizen ID %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The citizen ID %1 already belongs to %2 in the register.</source>
        <translation>The citizen ID %1 already belongs to %2 in the register.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, chuyen_gia, tu_lap_nghiep).</source>
        <translation>&quot;%1&quot; is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, chuyen_gia, tu_lap_nghiep).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit (dang_bo, chi_bo, to_dang).</source>
        <translation>&quot;%1&quot; is not a kind of unit (dang_bo, chi_bo, to_dang).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation>&quot;%1&quot; is not a country code or name.</translation>
    </message>
    <message>
        <source>No member has the party card number %1 yet; the cell&apos;s secretary is set when a member with that number is imported.</source>
        <translation>No member has the party card number %1 yet; the cell&apos;s secretary is set when a member with that number is imported.</translation>
    </message>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation>The code %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The code %1 is already in the register.</source>
        <translation>The code %1 is already in the register.</translation>
    </message>
    <message>
        <source>The parents in the file go round in a circle.</source>
        <translation>The parents in the file go round in a circle.</translation>
    </message>
    <message>
        <source>The parent unit, on line %1 of the file, has problems and is not imported.</source>
        <translation>The parent unit, on line %1 of the file, has problems and is not imported.</translation>
    </message>
    <message>
        <source>The parent unit was not imported.</source>
        <translation>The parent unit was not imported.</translation>
    </message>
    <message>
        <source>Give the member&apos;s party card number or citizen ID.</source>
        <translation>Give the member&apos;s party card number or citizen ID.</translation>
    </message>
    <message>
        <source>No member has the party card number %1.</source>
        <translation>No member has the party card number %1.</translation>
    </message>
    <message>
        <source>No member has the citizen ID %1.</source>
        <translation>No member has the citizen ID %1.</translation>
    </message>
    <message>
        <source>The party card number and the citizen ID belong to two different members.</source>
        <translation>The party card number and the citizen ID belong to two different members.</translation>
    </message>
    <message>
        <source>No cell has the code &quot;%1&quot;.</source>
        <translation>No cell has the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation>&quot;%1&quot; is not an overseas cell.</translation>
    </message>
    <message>
        <source>The cell is in %1, which is not among the countries of the posting.</source>
        <translation>The cell is in %1, which is not among the countries of the posting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).</source>
        <translation>&quot;%1&quot; is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posting status.</source>
        <translation>&quot;%1&quot; is not a posting status.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its departure date.</source>
        <translation>A posting that is &quot;%1&quot; needs its departure date.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; cannot have a departure date.</source>
        <translation>A posting that is &quot;%1&quot; cannot have a departure date.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its return date.</source>
        <translation>A posting that is &quot;%1&quot; needs its return date.</translation>
    </message>
    <message>
        <source>A posting in an overseas cell needs the cell.</source>
        <translation>A posting in an overseas cell needs the cell.</translation>
    </message>
    <message>
        <source>Only a posting that has departed can be marked as departed without approval.</source>
        <translation>Only a posting that has departed can be marked as departed without approval.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs the date of the decision that approved it.</source>
        <translation>A posting that is &quot;%1&quot; needs the date of the decision that approved it.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs the committee that approved it (its code or name).</source>
        <translation>A posting that is &quot;%1&quot; needs the committee that approved it (its code or name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of the register; give the approving committee&apos;s code or name.</source>
        <translation>&quot;%1&quot; is not a unit of the register; give the approving committee&apos;s code or name.</translation>
    </message>
    <message>
        <source>The same trip of the same member is on line %1 of the file.</source>
        <translation>The same trip of the same member is on line %1 of the file.</translation>
    </message>
    <message>
        <source>This trip (to %1, leaving %2) is already in the register.</source>
        <translation>This trip (to %1, leaving %2) is already in the register.</translation>
    </message>
    <message>
        <source>The member is abroad on line %1 of the file as well; one person is in one place.</source>
        <translation>The member is abroad on line %1 of the file as well; one person is in one place.</translation>
    </message>
    <message>
        <source>The member is already abroad on posting %1 in the register.</source>
        <translation>The member is already abroad on posting %1 in the register.</translation>
    </message>
    <message>
        <source>The column map names &quot;%1&quot;, which is not a header of the file (its headers: %2).</source>
        <translation>The column map names &quot;%1&quot;, which is not a header of the file (its headers: %2).</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>The file is empty; the first line must name the columns.</translation>
    </message>
    <message>
        <source>The column %1 (%2) is missing.</source>
        <translation>The column %1 (%2) is missing.</translation>
    </message>
    <message>
        <source>A column naming the member is missing: so_the_dang_vien (party_card_no) or so_cccd (citizen_id).</source>
        <translation>A column naming the member is missing: so_the_dang_vien (party_card_no) or so_cccd (citizen_id).</translation>
    </message>
    <message>
        <source>The row has more values (%1) than the header has columns (%2).</source>
        <translation>The row has more values (%1) than the header has columns (%2).</translation>
    </message>
    <message>
        <source>The purpose is required.</source>
        <translation>The purpose is required.</translation>
    </message>
    <message>
        <source>File integrity (full check): ok</source>
        <translation>File integrity (full check): ok</translation>
    </message>
    <message>
        <source>File integrity (quick check): ok</source>
        <translation>File integrity (quick check): ok</translation>
    </message>
    <message>
        <source>File integrity: DAMAGED</source>
        <translation>File integrity: DAMAGED</translation>
    </message>
    <message>
        <source>Key file: authentic</source>
        <translation>Key file: authentic</translation>
    </message>
    <message>
        <source>Key file: ALTERED</source>
        <translation>Key file: ALTERED</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, %2 signatures, chain intact, each change signed by a user entitled to it</source>
        <translation>Audit log: %1 entries, %2 signatures, chain intact, each change signed by a user entitled to it</translation>
    </message>
    <message>
        <source>%1 entries from before signing began are protected by the hash chain only.</source>
        <translation>%1 entries from before signing began are protected by the hash chain only.</translation>
    </message>
    <message>
        <source>Checkpoint %1: the log extends it.</source>
        <translation>Checkpoint %1: the log extends it.</translation>
    </message>
    <message>
        <source>Audit log: TAMPERED</source>
        <translation>Audit log: TAMPERED</translation>
    </message>
    <message>
        <source>Records: %1 checked, each as its last audit entry says</source>
        <translation>Records: %1 checked, each as its last audit entry says</translation>
    </message>
    <message>
        <source>Records: %1 checked, %2 NOT as the audit log says</source>
        <translation>Records: %1 checked, %2 NOT as the audit log says</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... and %1 more.</translation>
    </message>
    <message>
        <source>Still signing with a key an administrator issued (until they change their passphrase): %1</source>
        <translation>Still signing with a key an administrator issued (until they change their passphrase): %1</translation>
    </message>
    <message>
        <source>BÍ THƯ</source>
        <translation>BÍ THƯ</translation>
    </message>
    <message>
        <source>No member has the party card number or citizen ID %1.</source>
        <translation>No member has the party card number or citizen ID %1.</translation>
    </message>
    <message>
        <source>No party unit has the code or name %1.</source>
        <translation>No party unit has the code or name %1.</translation>
    </message>
    <message>
        <source>Say the period: a start date on or before the end date.</source>
        <translation>Say the period: a start date on or before the end date.</translation>
    </message>
    <message>
        <source>Say which member.</source>
        <translation>Say which member.</translation>
    </message>
    <message>
        <source>Say which transfer letter.</source>
        <translation>Say which transfer letter.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Unknown kind of document.</translation>
    </message>
    <message>
        <source>This document has no table to export.</source>
        <translation>This document has no table to export.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv: %1 has neither extension.</source>
        <translation>Export to .xlsx or .csv: %1 has neither extension.</translation>
    </message>
    <message>
        <source>The home unit does not exist.</source>
        <translation>The home unit does not exist.</translation>
    </message>
    <message>
        <source>No member has this id, party card number or citizen ID.</source>
        <translation>No member has this id, party card number or citizen ID.</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>The parent unit does not exist.</translation>
    </message>
    <message>
        <source>The secretary or deputy is not a member in the register.</source>
        <translation>The secretary or deputy is not a member in the register.</translation>
    </message>
    <message>
        <source>Several units have this name; give the code.</source>
        <translation>Several units have this name; give the code.</translation>
    </message>
    <message>
        <source>No unit has this code or name.</source>
        <translation>No unit has this code or name.</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>The member does not exist.</translation>
    </message>
    <message>
        <source>No posting has this id.</source>
        <translation>No posting has this id.</translation>
    </message>
    <message>
        <source>The overseas cell does not exist.</source>
        <translation>The overseas cell does not exist.</translation>
    </message>
    <message>
        <source>The approving committee does not exist.</source>
        <translation>The approving committee does not exist.</translation>
    </message>
    <message>
        <source>The member is still abroad on posting %1 (left %2); record that return first.</source>
        <translation>The member is still abroad on posting %1 (left %2); record that return first.</translation>
    </message>
    <message>
        <source>The member was a full member when this posting began; there is no probation to decide.</source>
        <translation>The member was a full member when this posting began; there is no probation to decide.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision (%1) cannot be dated in the future; record it once it has been taken.</source>
        <translation>The committee&apos;s decision (%1) cannot be dated in the future; record it once it has been taken.</translation>
    </message>
    <message>
        <source>Probation ends on %1; the member cannot be admitted to full membership before then.</source>
        <translation>Probation ends on %1; the member cannot be admitted to full membership before then.</translation>
    </message>
    <message>
        <source>The reference of the decision</source>
        <translation>The reference of the decision</translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation>Enter the date the report was received.</translation>
    </message>
    <message>
        <source>Reports of a posting are filed on the posting.</source>
        <translation>Reports of a posting are filed on the posting.</translation>
    </message>
    <message>
        <source>The issuing committee does not exist.</source>
        <translation>The issuing committee does not exist.</translation>
    </message>
    <message>
        <source>The receiving unit does not exist.</source>
        <translation>The receiving unit does not exist.</translation>
    </message>
    <message>
        <source>The posting does not exist.</source>
        <translation>The posting does not exist.</translation>
    </message>
    <message>
        <source>The posting belongs to another member.</source>
        <translation>The posting belongs to another member.</translation>
    </message>
    <message>
        <source>The rule&apos;s key</source>
        <translation>The rule&apos;s key</translation>
    </message>
    <message>
        <source>The rule&apos;s value</source>
        <translation>The rule&apos;s value</translation>
    </message>
    <message>
        <source>Give the rule&apos;s new value or its new unit.</source>
        <translation>Give the rule&apos;s new value or its new unit.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name</source>
        <translation>The holiday&apos;s name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (%2).</source>
        <translation>&quot;%1&quot; is not a purpose (%2).</translation>
    </message>
    <message>
        <source>Say which list to print.</source>
        <translation>Say which list to print.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>report (báo cáo)</source>
        <translation>report (báo cáo)</translation>
    </message>
    <message>
        <source>letter (công văn)</source>
        <translation>letter (công văn)</translation>
    </message>
    <message>
        <source>list (danh sách)</source>
        <translation>list (danh sách)</translation>
    </message>
    <message>
        <source>This form carries the number of its transfer letter in the transfer register (10-SHĐ); print it without --final.</source>
        <translation>This form carries the number of its transfer letter in the transfer register (10-SHĐ); print it without --final.</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Trích yếu nội dung</source>
        <translation>Trích yếu nội dung</translation>
    </message>
    <message>
        <source>Người phát hành</source>
        <translation>Người phát hành</translation>
    </message>
    <message>
        <source>No report is overdue: there is no reminder to print.</source>
        <translation>No report is overdue: there is no reminder to print.</translation>
    </message>
    <message>
        <source>None of the reports chosen is overdue.</source>
        <translation>None of the reports chosen is overdue.</translation>
    </message>
    <message>
        <source>The import was stopped; the register is unchanged.</source>
        <translation>The import was stopped; the register is unchanged.</translation>
    </message>
    <message>
        <source>The card number of %1 changes from %2 to %3; %2 is kept as an earlier number. The row&apos;s other values are not imported.</source>
        <translation>The card number of %1 changes from %2 to %3; %2 is kept as an earlier number. The row&apos;s other values are not imported.</translation>
    </message>
    <message>
        <source>No member of the register has the party card number %1 now; leave the column empty to add a new member.</source>
        <translation>No member of the register has the party card number %1 now; leave the column empty to add a new member.</translation>
    </message>
    <message>
        <source>Give the new party card number of %1 beside the earlier one.</source>
        <translation>Give the new party card number of %1 beside the earlier one.</translation>
    </message>
    <message>
        <source>The row changes the card number of %1, but names %2; check the row.</source>
        <translation>The row changes the card number of %1, but names %2; check the row.</translation>
    </message>
    <message>
        <source>%1 has the citizen ID %2 in the register, not %3.</source>
        <translation>%1 has the citizen ID %2 in the register, not %3.</translation>
    </message>
    <message>
        <source>Line %1 of the file changes the card number of %2 too.</source>
        <translation>Line %1 of the file changes the card number of %2 too.</translation>
    </message>
    <message>
        <source>The party card number %1 was an earlier number of %2, until %3; a card number is not given to two people. Check the number on the card.</source>
        <translation>The party card number %1 was an earlier number of %2, until %3; a card number is not given to two people. Check the number on the card.</translation>
    </message>
    <message>
        <source>Line %1 of the sheet is blank or past its end; choose the line that holds the column titles.</source>
        <translation>Line %1 of the sheet is blank or past its end; choose the line that holds the column titles.</translation>
    </message>
    <message>
        <source>merged cell: the value written once on line %1</source>
        <translation>merged cell: the value written once on line %1</translation>
    </message>
    <message>
        <source>filled in: %1 (%2)</source>
        <translation>filled in: %1 (%2)</translation>
    </message>
    <message>
        <source>changed: %1 → %2 (%3)</source>
        <translation>changed: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Quyết định cử đi số %1 (bản sao)</source>
        <translation>Quyết định cử đi số %1 (bản sao)</translation>
    </message>
    <message>
        <source>Form 2-SHĐ is laid out at the positions of its printed sheet: print it, or ask for its layout.</source>
        <translation>Form 2-SHĐ is laid out at the positions of its printed sheet: print it, or ask for its layout.</translation>
    </message>
    <message>
        <source>The calibration page is laid out directly: print it.</source>
        <translation>The calibration page is laid out directly: print it.</translation>
    </message>
    <message>
        <source>Letter %1 is not an official posting slip abroad (3A-SHĐ); report 3C-SHĐ lists those only.</source>
        <translation>Letter %1 is not an official posting slip abroad (3A-SHĐ); report 3C-SHĐ lists those only.</translation>
    </message>
    <message>
        <source>No official posting slip abroad (3A-SHĐ) in this batch.</source>
        <translation>No official posting slip abroad (3A-SHĐ) in this batch.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way.</source>
        <translation>A printer offset is at most %1 mm each way.</translation>
    </message>
    <message>
        <source>The printer&apos;s offsets could not be saved in the settings.</source>
        <translation>The printer&apos;s offsets could not be saved in the settings.</translation>
    </message>
</context>
<context>
    <name>orec::app::AttachmentService</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>The file is larger than %1 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>Only PDF files and images (JPEG, PNG, TIFF) can be attached.</source>
        <translation>Only PDF files and images (JPEG, PNG, TIFF) can be attached.</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>The file&apos;s name</translation>
    </message>
    <message>
        <source>The file already there could not be replaced.</source>
        <translation>The file already there could not be replaced.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>The copy could not be written: %1</translation>
    </message>
</context>
<context>
    <name>orec::backup</name>
    <message>
        <source>The backup is damaged or incomplete: %1.</source>
        <translation>The backup is damaged or incomplete: %1.</translation>
    </message>
    <message>
        <source>Reading stopped early: %1.</source>
        <translation>Reading stopped early: %1.</translation>
    </message>
    <message>
        <source>Writing failed: %1.</source>
        <translation>Writing failed: %1.</translation>
    </message>
    <message>
        <source>This file is not an Overseas Records backup.</source>
        <translation>This file is not an Overseas Records backup.</translation>
    </message>
    <message>
        <source>the header is cut short</source>
        <translation>the header is cut short</translation>
    </message>
    <message>
        <source>the header length is impossible</source>
        <translation>the header length is impossible</translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation>the header is not readable</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the program.</source>
        <translation>The backup was made by a newer version of the program.</translation>
    </message>
    <message>
        <source>the sizes in the header are impossible</source>
        <translation>the sizes in the header are impossible</translation>
    </message>
    <message>
        <source>the file has %1 bytes where %2 were written</source>
        <translation>the file has %1 bytes where %2 were written</translation>
    </message>
    <message>
        <source>the key slots do not match their checksum</source>
        <translation>the key slots do not match their checksum</translation>
    </message>
    <message>
        <source>The backup cannot be read: %1.</source>
        <translation>The backup cannot be read: %1.</translation>
    </message>
    <message>
        <source>the database part does not match its checksum</source>
        <translation>the database part does not match its checksum</translation>
    </message>
    <message>
        <source>The database cannot be read: %1.</source>
        <translation>The database cannot be read: %1.</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1.</source>
        <translation>The backup cannot be written: %1.</translation>
    </message>
    <message>
        <source>The database changed while it was being copied.</source>
        <translation>The database changed while it was being copied.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>The backup cannot overwrite the database itself.</translation>
    </message>
    <message>
        <source>its key slots belong to another database</source>
        <translation>its key slots belong to another database</translation>
    </message>
    <message>
        <source>Cannot write beside the target: %1.</source>
        <translation>Cannot write beside the target: %1.</translation>
    </message>
    <message>
        <source>the database part changed while it was read</source>
        <translation>the database part changed while it was read</translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up database can restore it.</source>
        <translation>Only an administrator of the backed-up database can restore it.</translation>
    </message>
    <message>
        <source>the restored database fails its integrity check</source>
        <translation>the restored database fails its integrity check</translation>
    </message>
    <message>
        <source>The old database cannot be replaced.</source>
        <translation>The old database cannot be replaced.</translation>
    </message>
    <message>
        <source>The restored files could not be moved into place; they are at %1.</source>
        <translation>The restored files could not be moved into place; they are at %1.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not replaced.</source>
        <translation>A file with this name already exists; it was not replaced.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite a file that belongs to the database.</source>
        <translation>The backup cannot overwrite a file that belongs to the database.</translation>
    </message>
    <message>
        <source>This is a folder; give the name of the backup file to write.</source>
        <translation>This is a folder; give the name of the backup file to write.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>This is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The old key file cannot be moved aside.</source>
        <translation>The old key file cannot be moved aside.</translation>
    </message>
    <message>
        <source>the audit head in the header is not readable</source>
        <translation>the audit head in the header is not readable</translation>
    </message>
    <message>
        <source>The register fails its check, so it was not backed up: %1 Restore an earlier backup that passes, or run `orec check` to see every problem.</source>
        <translation>The register fails its check, so it was not backed up: %1 Restore an earlier backup that passes, or run `orec check` to see every problem.</translation>
    </message>
    <message>
        <source>the restored database fails its check: %1</source>
        <translation>the restored database fails its check: %1</translation>
    </message>
</context>
<context>
    <name>orec::cli</name>
    <message>
        <source>orec — Overseas Records on the command line</source>
        <translation>orec — Overseas Records on the command line</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]</source>
        <translation>Usage: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>the database file (.orec); its key file FILE.keys sits beside it</source>
        <translation>the database file (.orec); its key file FILE.keys sits beside it</translation>
    </message>
    <message>
        <source>the database user (default: OREC_USER, else the only user or &apos;admin&apos;)</source>
        <translation>the database user (default: OREC_USER, else the only user or &apos;admin&apos;)</translation>
    </message>
    <message>
        <source>print records as JSON</source>
        <translation>print records as JSON</translation>
    </message>
    <message>
        <source>language of messages (default: Vietnamese, or OREC_LANG)</source>
        <translation>language of messages (default: Vietnamese, or OREC_LANG)</translation>
    </message>
    <message>
        <source>TESTS ONLY: new key slots use the cheapest Argon2id settings</source>
        <translation>TESTS ONLY: new key slots use the cheapest Argon2id settings</translation>
    </message>
    <message>
        <source>this help; &apos;orec COMMAND --help&apos; describes one command</source>
        <translation>this help; &apos;orec COMMAND --help&apos; describes one command</translation>
    </message>
    <message>
        <source>the program version</source>
        <translation>the program version</translation>
    </message>
    <message>
        <source>Passphrases never come from arguments: OREC_PASSPHRASE (the user&apos;s), OREC_NEW_PASSPHRASE (a new one) and OREC_RECOVERY_KEY, else a prompt without echo.</source>
        <translation>Passphrases never come from arguments: OREC_PASSPHRASE (the user&apos;s), OREC_NEW_PASSPHRASE (a new one) and OREC_RECOVERY_KEY, else a prompt without echo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage error; 2 invalid input; 3 authentication failed or not allowed; 4 database in use by another process; 5 corrupt or tampered file; 6 other failure (I/O).</source>
        <translation>Exit codes: 0 success; 1 usage error; 2 invalid input; 3 authentication failed or not allowed; 4 database in use by another process; 5 corrupt or tampered file; 6 other failure (I/O).</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] %1</source>
        <translation>Usage: orec --db FILE [--user NAME] %1</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user needs a name.</translation>
    </message>
    <message>
        <source>--lang needs vi or en.</source>
        <translation>--lang needs vi or en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. &apos;orec --help&apos; lists the commands.</source>
        <translation>Unknown command &apos;%1&apos;. &apos;orec --help&apos; lists the commands.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 takes no value.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; has no option --%2.</translation>
    </message>
    <message>
        <source>Say which database with --db FILE.</source>
        <translation>Say which database with --db FILE.</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep it locked away: it is shown only this once. With it alone an administrator can open the database when every passphrase is lost.</source>
        <translation>Write it down or print it now and keep it locked away: it is shown only this once. With it alone an administrator can open the database when every passphrase is lost.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>New passphrase for %1: </translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>Created %1 with administrator %2.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role admin|clerk|auditor</source>
        <translation>Usage: user add NAME --role admin|clerk|auditor</translation>
    </message>
    <message>
        <source>--role must be admin, clerk or auditor.</source>
        <translation>--role must be admin, clerk or auditor.</translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation>Passphrase for the new user %1: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Added %1 as %2.</translation>
    </message>
    <message>
        <source>(no key slot: cannot unlock)</source>
        <translation>(no key slot: cannot unlock)</translation>
    </message>
    <message>
        <source>Usage: user remove NAME</source>
        <translation>Usage: user remove NAME</translation>
    </message>
    <message>
        <source>Removed %1. To be sure a copy of the old key file is useless to them, run &apos;orec rekey&apos;.</source>
        <translation>Removed %1. To be sure a copy of the old key file is useless to them, run &apos;orec rekey&apos;.</translation>
    </message>
    <message>
        <source>Usage: user role NAME admin|clerk|auditor</source>
        <translation>Usage: user role NAME admin|clerk|auditor</translation>
    </message>
    <message>
        <source>The role must be admin, clerk or auditor.</source>
        <translation>The role must be admin, clerk or auditor.</translation>
    </message>
    <message>
        <source>Usage: user reset NAME</source>
        <translation>Usage: user reset NAME</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new key. The old recovery key no longer works.</source>
        <translation>The database was re-encrypted with a new key. The old recovery key no longer works.</translation>
    </message>
    <message>
        <source>New recovery key:</source>
        <translation>New recovery key:</translation>
    </message>
    <message>
        <source>Say which administrator gets the new passphrase with --user NAME.</source>
        <translation>Say which administrator gets the new passphrase with --user NAME.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>%1 can unlock the database again with the new passphrase.</source>
        <translation>%1 can unlock the database again with the new passphrase.</translation>
    </message>
    <message>
        <source>Create a new encrypted database and its first administrator.</source>
        <translation>Create a new encrypted database and its first administrator.</translation>
    </message>
    <message>
        <source>Creates FILE and its key file FILE.keys. The administrator is --user (default &apos;admin&apos;); the passphrase comes from OREC_PASSPHRASE, else OREC_NEW_PASSPHRASE, else is asked twice. Prints the recovery key once. With --json: {&quot;recovery_key&quot;: ...}.</source>
        <translation>Creates FILE and its key file FILE.keys. The administrator is --user (default &apos;admin&apos;); the passphrase comes from OREC_PASSPHRASE, else OREC_NEW_PASSPHRASE, else is asked twice. Prints the recovery key once. With --json: {&quot;recovery_key&quot;: ...}.</translation>
    </message>
    <message>
        <source>Add a user (administrators only).</source>
        <translation>Add a user (administrators only).</translation>
    </message>
    <message>
        <source>--role      admin manages users and keys; clerk reads and writes records; auditor reads records and the audit log and writes nothing.
--full-name the person&apos;s name, for lists.
The new user&apos;s passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation>--role      admin manages users and keys; clerk reads and writes records; auditor reads records and the audit log and writes nothing.
--full-name the person&apos;s name, for lists.
The new user&apos;s passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</translation>
    </message>
    <message>
        <source>List the users of the database and their roles.</source>
        <translation>List the users of the database and their roles.</translation>
    </message>
    <message>
        <source>Remove a user and their key slot (administrators only).</source>
        <translation>Remove a user and their key slot (administrators only).</translation>
    </message>
    <message>
        <source>The user&apos;s history stays in the audit log. The last administrator cannot be removed.</source>
        <translation>The user&apos;s history stays in the audit log. The last administrator cannot be removed.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role (administrators only).</source>
        <translation>Change a user&apos;s role (administrators only).</translation>
    </message>
    <message>
        <source>The last administrator cannot be demoted.</source>
        <translation>The last administrator cannot be demoted.</translation>
    </message>
    <message>
        <source>Give a user who forgot their passphrase a new one (administrators only).</source>
        <translation>Give a user who forgot their passphrase a new one (administrators only).</translation>
    </message>
    <message>
        <source>The new passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation>The new passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</translation>
    </message>
    <message>
        <source>Change your own passphrase (the data are not re-encrypted).</source>
        <translation>Change your own passphrase (the data are not re-encrypted).</translation>
    </message>
    <message>
        <source>The current passphrase comes from OREC_PASSPHRASE, the new one from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation>The current passphrase comes from OREC_PASSPHRASE, the new one from OREC_NEW_PASSPHRASE; otherwise both are asked.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key and print a new recovery key (administrators only).</source>
        <translation>Re-encrypt the database with a new key and print a new recovery key (administrators only).</translation>
    </message>
    <message>
        <source>Every user keeps their passphrase. The old recovery key stops working. A backup of the database as it was is written first beside it (FILE.pre-rekey-DATE.orecbak); it still opens with the old keys, so keep it as safe as the database or delete it.</source>
        <translation>Every user keeps their passphrase. The old recovery key stops working. A backup of the database as it was is written first beside it (FILE.pre-rekey-DATE.orecbak); it still opens with the old keys, so keep it as safe as the database or delete it.</translation>
    </message>
    <message>
        <source>Open the database with its recovery key and give administrator --user a new passphrase.</source>
        <translation>Open the database with its recovery key and give administrator --user a new passphrase.</translation>
    </message>
    <message>
        <source>Works even when the key file is lost. The recovery key comes from OREC_RECOVERY_KEY, the new passphrase from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation>Works even when the key file is lost. The recovery key comes from OREC_RECOVERY_KEY, the new passphrase from OREC_NEW_PASSPHRASE; otherwise both are asked.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>the database file is damaged.</source>
        <translation>the database file is damaged.</translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation>the audit log was tampered with: %1</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>Restored %1 from the backup of %2.</translation>
    </message>
    <message>
        <source>Write a backup of the database and its key slots to one file.</source>
        <translation>Write a backup of the database and its key slots to one file.</translation>
    </message>
    <message>
        <source>Usage: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)</source>
        <translation>Usage: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)</translation>
    </message>
    <message>
        <source>Unknown document &apos;%1&apos;; one of: %2</source>
        <translation>Unknown document &apos;%1&apos;; one of: %2</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.pdf (or .xlsx, .csv for the list).</source>
        <translation>Say where to write with --out FILE.pdf (or .xlsx, .csv for the list).</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object.</source>
        <translation>Printing needs the graphical application object.</translation>
    </message>
    <message>
        <source>--%1 needs a date dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>--%1 needs a date dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>--by is country or home-unit.</source>
        <translation>--by is country or home-unit.</translation>
    </message>
    <message>
        <source>--within needs a number of days.</source>
        <translation>--within needs a number of days.</translation>
    </message>
    <message>
        <source>--chart needs a PNG image.</source>
        <translation>--chart needs a PNG image.</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Written %1.</translation>
    </message>
    <message>
        <source>Print a Party document to PDF, or export its list to Excel or CSV.</source>
        <translation>Print a Party document to PDF, or export its list to Excel or CSV.</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>abroad</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>lost contact</translation>
    </message>
    <message>
        <source>did not return</source>
        <translation>did not return</translation>
    </message>
    <message>
        <source>--%1 needs a date.</source>
        <translation>--%1 needs a date.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 needs a whole number.</translation>
    </message>
    <message>
        <source>probationary</source>
        <translation>probationary</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>return %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>posting %1</source>
        <translation>posting %1</translation>
    </message>
    <message>
        <source>Postings abroad between %1 and %2: %3 (%4 members); %5 departures, %6 returns, %7 without approval.</source>
        <translation>Postings abroad between %1 and %2: %3 (%4 members); %5 departures, %6 returns, %7 without approval.</translation>
    </message>
    <message>
        <source>By country and cell type:</source>
        <translation>By country and cell type:</translation>
    </message>
    <message>
        <source>(no overseas cell)</source>
        <translation>(no overseas cell)</translation>
    </message>
    <message>
        <source>By purpose:</source>
        <translation>By purpose:</translation>
    </message>
    <message>
        <source>departures %1, returns %2</source>
        <translation>departures %1, returns %2</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>abroad in %1, decision: %2</source>
        <translation>abroad in %1, decision: %2</translation>
    </message>
    <message>
        <source>Posting %1 (%2)</source>
        <translation>Posting %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>[DEPARTED WITHOUT APPROVAL]</source>
        <translation>[DEPARTED WITHOUT APPROVAL]</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Countries: %1  City: %2</source>
        <translation>Countries: %1  City: %2</translation>
    </message>
    <message>
        <source>Planned: %1 – %2  Actual: %3 – %4</source>
        <translation>Planned: %1 – %2  Actual: %3 – %4</translation>
    </message>
    <message>
        <source>Decision: %1 of %2 (%3)</source>
        <translation>Decision: %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Extended to %1 by %2 of %3</source>
        <translation>Extended to %1 by %2 of %3</translation>
    </message>
    <message>
        <source>Probation ends %1; decision: %2</source>
        <translation>Probation ends %1; decision: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Born %1 in %2; %3</source>
        <translation>Born %1 in %2; %3</translation>
    </message>
    <message>
        <source>Citizen ID %1; party card %2; dossier %3</source>
        <translation>Citizen ID %1; party card %2; dossier %3</translation>
    </message>
    <message>
        <source>Admitted %1; full member %2</source>
        <translation>Admitted %1; full member %2</translation>
    </message>
    <message>
        <source>Home unit: %1</source>
        <translation>Home unit: %1</translation>
    </message>
    <message>
        <source>UNDER DISCIPLINARY REVIEW</source>
        <translation>UNDER DISCIPLINARY REVIEW</translation>
    </message>
    <message>
        <source>Postings (%1):</source>
        <translation>Postings (%1):</translation>
    </message>
    <message>
        <source>Transfer letter %1 (%2, %3) issued %4 to %5</source>
        <translation>Transfer letter %1 (%2, %3) issued %4 to %5</translation>
    </message>
    <message>
        <source>Other reports:</source>
        <translation>Other reports:</translation>
    </message>
    <message>
        <source>Changes to the record: %1</source>
        <translation>Changes to the record: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Columns not in the format, ignored: %1</source>
        <translation>Columns not in the format, ignored: %1</translation>
    </message>
    <message>
        <source>Checked %1 row(s): %2 valid, %3 with problems; nothing was written (dry run).</source>
        <translation>Checked %1 row(s): %2 valid, %3 with problems; nothing was written (dry run).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s); %3 rejected.</source>
        <translation>Imported %1 of %2 row(s); %3 rejected.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file. Correct them, or import the valid rows with --skip-invalid.</numerusform>
            <numerusform>Nothing was imported: %n problems in the file. Correct them, or import the valid rows with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1</source>
        <translation>Rejected rows with their reasons: %1</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>waiting for the laptop&apos;s first package</source>
        <translation>waiting for the laptop&apos;s first package</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Field database of cell %1.</source>
        <translation>Field database of cell %1.</translation>
    </message>
    <message>
        <source>Home database.</source>
        <translation>Home database.</translation>
    </message>
    <message>
        <source>This database&apos;s fingerprint:</source>
        <translation>This database&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Known parties:</source>
        <translation>Known parties:</translation>
    </message>
    <message>
        <source>Read fingerprints aloud over the phone to the other side: they must match exactly.</source>
        <translation>Read fingerprints aloud over the phone to the other side: they must match exactly.</translation>
    </message>
    <message>
        <source>Usage: secretary add --cell CELL [--name TEXT] [--replace]</source>
        <translation>Usage: secretary add --cell CELL [--name TEXT] [--replace]</translation>
    </message>
    <message>
        <source>A secretary for cell %1 is registered and waits for their laptop.</source>
        <translation>A secretary for cell %1 is registered and waits for their laptop.</translation>
    </message>
    <message>
        <source>Enrolment code (shown only this once):</source>
        <translation>Enrolment code (shown only this once):</translation>
    </message>
    <message>
        <source>Give it to the secretary in person or through another channel than the package. With it they open the first cell package on their laptop (&apos;orec field init&apos;). Home&apos;s fingerprint, to compare by phone:</source>
        <translation>Give it to the secretary in person or through another channel than the package. With it they open the first cell package on their laptop (&apos;orec field init&apos;). Home&apos;s fingerprint, to compare by phone:</translation>
    </message>
    <message>
        <source>Usage: secretary remove --cell CELL [--reason TEXT]</source>
        <translation>Usage: secretary remove --cell CELL [--reason TEXT]</translation>
    </message>
    <message>
        <source>The secretary of %1 was removed: packages from their laptop are refused from now on.</source>
        <translation>The secretary of %1 was removed: packages from their laptop are refused from now on.</translation>
    </message>
    <message>
        <source>Usage: export-package --cell CELL --out FILE</source>
        <translation>Usage: export-package --cell CELL --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote cell package %1 of %2 to %3: %n member(s)</source>
        <translation>
            <numerusform>Wrote cell package %1 of %2 to %3: %n member</numerusform>
            <numerusform>Wrote cell package %1 of %2 to %3: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a first package: the secretary opens it with their enrolment code.</source>
        <translation>It is a first package: the secretary opens it with their enrolment code.</translation>
    </message>
    <message>
        <source>Encrypted to the laptop with fingerprint %1.</source>
        <translation>Encrypted to the laptop with fingerprint %1.</translation>
    </message>
    <message>
        <source>The decisions file cannot be read: %1.</source>
        <translation>The decisions file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The decisions file must hold a JSON list.</source>
        <translation>The decisions file must hold a JSON list.</translation>
    </message>
    <message>
        <source>Decision %1 names no open conflict.</source>
        <translation>Decision %1 names no open conflict.</translation>
    </message>
    <message>
        <source>Return package %1 from cell %2 (%3).</source>
        <translation>Return package %1 from cell %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by the laptop with fingerprint %1.</source>
        <translation>Signed by the laptop with fingerprint %1.</translation>
    </message>
    <message>
        <source>This is the laptop&apos;s first package: compare the fingerprint with the secretary by phone before applying it.</source>
        <translation>This is the laptop&apos;s first package: compare the fingerprint with the secretary by phone before applying it.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 never arrived; their changes are carried by this one.</source>
        <translation>Packages %1 to %2 never arrived; their changes are carried by this one.</translation>
    </message>
    <message>
        <source>No new changes.</source>
        <translation>No new changes.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>home already has it</source>
        <translation>home already has it</translation>
    </message>
    <message>
        <source>not the secretary&apos;s to change</source>
        <translation>not the secretary&apos;s to change</translation>
    </message>
    <message>
        <source>CONFLICT: home has %1</source>
        <translation>CONFLICT: home has %1</translation>
    </message>
    <message>
        <source>(changed by %1 on %2)</source>
        <translation>(changed by %1 on %2)</translation>
    </message>
    <message>
        <source>--prefer takes home or cell.</source>
        <translation>--prefer takes home or cell.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was applied. Decide with --prefer home|cell or --decisions FILE, or in the application&apos;s import dialog.</source>
        <translation>
            <numerusform>%n conflict needs a decision; nothing was applied. Decide with --prefer home|cell or --decisions FILE, or in the application&apos;s import dialog.</numerusform>
            <numerusform>%n conflicts need a decision; nothing was applied. Decide with --prefer home|cell or --decisions FILE, or in the application&apos;s import dialog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 record(s) would be created and %2 changed; nothing was written.</source>
        <translation>Dry run: %1 record(s) would be created and %2 changed; nothing was written.</translation>
    </message>
    <message>
        <source>Applied: %1 record(s) created, %2 changed, %3 conflict(s) decided.</source>
        <translation>Applied: %1 record(s) created, %2 changed, %3 conflict(s) decided.</translation>
    </message>
    <message>
        <source>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</source>
        <translation>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</translation>
    </message>
    <message>
        <source>A laptop installs home&apos;s package whole; --dry-run is for imports at home.</source>
        <translation>A laptop installs home&apos;s package whole; --dry-run is for imports at home.</translation>
    </message>
    <message>
        <source>Installed home&apos;s package %1: %2 record(s), %3 updated here, %4 no longer in the cell removed.</source>
        <translation>Installed home&apos;s package %1: %2 record(s), %3 updated here, %4 no longer in the cell removed.</translation>
    </message>
    <message numerus="yes">
        <source>Home has applied your changes up to number %1; %n change(s) still wait for home.</source>
        <translation>
            <numerusform>Home has applied your changes up to number %1; %n change still waits for home.</numerusform>
            <numerusform>Home has applied your changes up to number %1; %n changes still wait for home.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]</source>
        <translation>Usage: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]</translation>
    </message>
    <message>
        <source>Enrolment code from home: </source>
        <translation>Enrolment code from home: </translation>
    </message>
    <message numerus="yes">
        <source>Created the field database %1 for cell %2 (%3) with %n member(s).</source>
        <translation>
            <numerusform>Created the field database %1 for cell %2 (%3) with %n member.</numerusform>
            <numerusform>Created the field database %1 for cell %2 (%3) with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint:</source>
        <translation>Home&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>This laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Compare both with home by phone before you send anything back.</source>
        <translation>Compare both with home by phone before you send anything back.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; keep it apart from the laptop):</source>
        <translation>Recovery key (shown only this once; keep it apart from the laptop):</translation>
    </message>
    <message>
        <source>Usage: field export --out FILE</source>
        <translation>Usage: field export --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote return package %1 to %2 with %n change(s) home has not acknowledged yet.</source>
        <translation>
            <numerusform>Wrote return package %1 to %2 with %n change home has not acknowledged yet.</numerusform>
            <numerusform>Wrote return package %1 to %2 with %n changes home has not acknowledged yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1. Home&apos;s package %2 is installed; you sent %3 package(s), home applied up to your package %4 (change %5).</source>
        <translation>Cell %1. Home&apos;s package %2 is installed; you sent %3 package(s), home applied up to your package %4 (change %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for home.</source>
        <translation>
            <numerusform>%n change waits for home.</numerusform>
            <numerusform>%n changes wait for home.</numerusform>
        </translation>
    </message>
    <message>
        <source>(sent in package %1)</source>
        <translation>(sent in package %1)</translation>
    </message>
    <message>
        <source>Show this database&apos;s exchange fingerprint and the parties it knows.</source>
        <translation>Show this database&apos;s exchange fingerprint and the parties it knows.</translation>
    </message>
    <message>
        <source>Fingerprints are six groups of four characters; read them aloud to the other side by phone. A home database shows each cell&apos;s secretary; a laptop shows its home.</source>
        <translation>Fingerprints are six groups of four characters; read them aloud to the other side by phone. A home database shows each cell&apos;s secretary; a laptop shows its home.</translation>
    </message>
    <message>
        <source>Register a cell secretary&apos;s laptop-to-be and print its one-time enrolment code.</source>
        <translation>Register a cell secretary&apos;s laptop-to-be and print its one-time enrolment code.</translation>
    </message>
    <message>
        <source>--cell     the overseas cell&apos;s code
--name     the secretary&apos;s name, for lists
--replace  remove the current secretary first; their laptop&apos;s packages are refused from then on.
Administrators only.</source>
        <translation>--cell     the overseas cell&apos;s code
--name     the secretary&apos;s name, for lists
--replace  remove the current secretary first; their laptop&apos;s packages are refused from then on.
Administrators only.</translation>
    </message>
    <message>
        <source>Remove a cell&apos;s secretary (a lost laptop, a replaced secretary).</source>
        <translation>Remove a cell&apos;s secretary (a lost laptop, a replaced secretary).</translation>
    </message>
    <message>
        <source>Packages signed by that laptop are refused from then on. Administrators only.</source>
        <translation>Packages signed by that laptop are refused from then on. Administrators only.</translation>
    </message>
    <message>
        <source>Write a signed, encrypted cell package for the cell&apos;s secretary.</source>
        <translation>Write a signed, encrypted cell package for the cell&apos;s secretary.</translation>
    </message>
    <message>
        <source>Holds the cell&apos;s members, their postings in the cell, reports and transfer letters, and acknowledges the return packages home applied. Before the laptop&apos;s keys are known the package opens with the enrolment code.</source>
        <translation>Holds the cell&apos;s members, their postings in the cell, reports and transfer letters, and acknowledges the return packages home applied. Before the laptop&apos;s keys are known the package opens with the enrolment code.</translation>
    </message>
    <message>
        <source>Import a package: at home a secretary&apos;s return package; on a laptop home&apos;s package.</source>
        <translation>Import a package: at home a secretary&apos;s return package; on a laptop home&apos;s package.</translation>
    </message>
    <message>
        <source>At home the changes are listed first. A field that home changed too is a conflict: decide all with --prefer home|cell, or each with --decisions FILE (a JSON list of {&quot;item&quot;, &quot;field&quot;, &quot;resolution&quot;: keep_home|take_cell|edit, &quot;value&quot;}). Nothing is applied while a conflict is open (exit code 2). --dry-run applies and rolls back. A package applied before changes nothing; an older one than the last applied is refused.</source>
        <translation>At home the changes are listed first. A field that home changed too is a conflict: decide all with --prefer home|cell, or each with --decisions FILE (a JSON list of {&quot;item&quot;, &quot;field&quot;, &quot;resolution&quot;: keep_home|take_cell|edit, &quot;value&quot;}). Nothing is applied while a conflict is open (exit code 2). --dry-run applies and rolls back. A package applied before changes nothing; an older one than the last applied is refused.</translation>
    </message>
    <message>
        <source>Create a laptop&apos;s field database from home&apos;s first cell package.</source>
        <translation>Create a laptop&apos;s field database from home&apos;s first cell package.</translation>
    </message>
    <message>
        <source>The enrolment code comes from OREC_ENROLMENT_CODE, else is asked; the new passphrase from OREC_NEW_PASSPHRASE, else is asked twice. The user is --user (default &apos;secretary&apos;). Prints both fingerprints and the recovery key.</source>
        <translation>The enrolment code comes from OREC_ENROLMENT_CODE, else is asked; the new passphrase from OREC_NEW_PASSPHRASE, else is asked twice. The user is --user (default &apos;secretary&apos;). Prints both fingerprints and the recovery key.</translation>
    </message>
    <message>
        <source>Write a return package with every change home has not acknowledged yet.</source>
        <translation>Write a return package with every change home has not acknowledged yet.</translation>
    </message>
    <message>
        <source>Signed by this laptop and encrypted to home.</source>
        <translation>Signed by this laptop and encrypted to home.</translation>
    </message>
    <message>
        <source>Show which of this laptop&apos;s changes have reached home.</source>
        <translation>Show which of this laptop&apos;s changes have reached home.</translation>
    </message>
    <message>
        <source>Lists the changes home has not acknowledged yet and what home&apos;s last package said.</source>
        <translation>Lists the changes home has not acknowledged yet and what home&apos;s last package said.</translation>
    </message>
    <message>
        <source>Possible now: %1</source>
        <translation>Possible now: %1</translation>
    </message>
    <message>
        <source>Usage: posting create MEMBER --purpose P --country CC --from DATE --to DATE</source>
        <translation>Usage: posting create MEMBER --purpose P --country CC --from DATE --to DATE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation>&quot;%1&quot; is not a country code or name.</translation>
    </message>
    <message>
        <source>Arrangement from the rules: %1</source>
        <translation>Arrangement from the rules: %1</translation>
    </message>
    <message>
        <source>--arrangement is auto, giu_nguyen, to_dang_tam_thoi, tam_thoi or chinh_thuc.</source>
        <translation>--arrangement is auto, giu_nguyen, to_dang_tam_thoi, tam_thoi or chinh_thuc.</translation>
    </message>
    <message>
        <source>Planned posting %1 for %2.</source>
        <translation>Planned posting %1 for %2.</translation>
    </message>
    <message>
        <source>Usage: posting show ID</source>
        <translation>Usage: posting show ID</translation>
    </message>
    <message>
        <source>Usage: posting list MEMBER</source>
        <translation>Usage: posting list MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s).</source>
        <translation>
            <numerusform>%n posting.</numerusform>
            <numerusform>%n postings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the posting id.</source>
        <translation>Give the posting id.</translation>
    </message>
    <message>
        <source>Give the overseas cell with --cell CODE.</source>
        <translation>Give the overseas cell with --cell CODE.</translation>
    </message>
    <message>
        <source>Posting %1: %2 → %3.</source>
        <translation>Posting %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Usage: posting probation ID admitted|extended|refused --ref TEXT</source>
        <translation>Usage: posting probation ID admitted|extended|refused --ref TEXT</translation>
    </message>
    <message>
        <source>The decision is admitted, extended or refused.</source>
        <translation>The decision is admitted, extended or refused.</translation>
    </message>
    <message>
        <source>Usage: report file POSTING KIND --date DATE</source>
        <translation>Usage: report file POSTING KIND --date DATE</translation>
    </message>
    <message>
        <source>The kind is private_trip_application, relatives_commitment, pre_departure, return, self_review or cell_remarks.</source>
        <translation>The kind is private_trip_application, relatives_commitment, pre_departure, return, self_review or cell_remarks.</translation>
    </message>
    <message>
        <source>--content must be a JSON object: %1</source>
        <translation>--content must be a JSON object: %1</translation>
    </message>
    <message>
        <source>%1 of posting %2 received on %3 (due %4).</source>
        <translation>%1 of posting %2 received on %3 (due %4).</translation>
    </message>
    <message>
        <source>Usage: report list POSTING</source>
        <translation>Usage: report list POSTING</translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>%1 of %2 shown.</translation>
    </message>
    <message>
        <source>Usage: report add MEMBER KIND --event-date DATE [--date RECEIVED]</source>
        <translation>Usage: report add MEMBER KIND --event-date DATE [--date RECEIVED]</translation>
    </message>
    <message>
        <source>The kind is annual_rating, foreign_award, foreign_organisation_membership, marriage_to_foreigner or nationality_or_residence_change.</source>
        <translation>The kind is annual_rating, foreign_award, foreign_organisation_membership, marriage_to_foreigner or nationality_or_residence_change.</translation>
    </message>
    <message>
        <source>%1 recorded for %2 (due %3).</source>
        <translation>%1 recorded for %2 (due %3).</translation>
    </message>
    <message>
        <source>Usage: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]</source>
        <translation>Usage: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]</translation>
    </message>
    <message>
        <source>Transfer letter %1 of %2 issued for %3%4.</source>
        <translation>Transfer letter %1 of %2 issued for %3%4.</translation>
    </message>
    <message>
        <source>Usage: transfer register COMMITTEE [--year YYYY]</source>
        <translation>Usage: transfer register COMMITTEE [--year YYYY]</translation>
    </message>
    <message>
        <source>There is no version %1 of the rules.</source>
        <translation>There is no version %1 of the rules.</translation>
    </message>
    <message>
        <source>Rules version %1, in force from %2 (%3 version(s) stored).</source>
        <translation>Rules version %1, in force from %2 (%3 version(s) stored).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Usage: rules holiday DATE NAME</source>
        <translation>Usage: rules holiday DATE NAME</translation>
    </message>
    <message>
        <source>Give the date of the holiday.</source>
        <translation>Give the date of the holiday.</translation>
    </message>
    <message>
        <source>%1 is a holiday for deadlines in working days.</source>
        <translation>%1 is a holiday for deadlines in working days.</translation>
    </message>
    <message>
        <source>Plan a trip or stay abroad.</source>
        <translation>Plan a trip or stay abroad.</translation>
    </message>
    <message>
        <source>Same as &apos;posting create&apos;.</source>
        <translation>Same as &apos;posting create&apos;.</translation>
    </message>
    <message>
        <source>Show a posting, its documents and the steps possible now.</source>
        <translation>Show a posting, its documents and the steps possible now.</translation>
    </message>
    <message>
        <source>ID is the row id or uuid.</source>
        <translation>ID is the row id or uuid.</translation>
    </message>
    <message>
        <source>List a member&apos;s postings, latest first.</source>
        <translation>List a member&apos;s postings, latest first.</translation>
    </message>
    <message>
        <source>MEMBER is a row id, card number or citizen ID.</source>
        <translation>MEMBER is a row id, card number or citizen ID.</translation>
    </message>
    <message>
        <source>--date DATE   when it happened (default today)</source>
        <translation>--date DATE   when it happened (default today)</translation>
    </message>
    <message>
        <source>Approve a planned posting (refused while an earlier return report is overdue, or under disciplinary review).</source>
        <translation>Approve a planned posting (refused while an earlier return report is overdue, or under disciplinary review).</translation>
    </message>
    <message>
        <source>Record the departure; --without-approval flags one that was never approved.</source>
        <translation>Record the departure; --without-approval flags one that was never approved.</translation>
    </message>
    <message>
        <source>Record that the member joined an overseas cell.</source>
        <translation>Record that the member joined an overseas cell.</translation>
    </message>
    <message>
        <source>Same as &apos;posting join&apos;.</source>
        <translation>Same as &apos;posting join&apos;.</translation>
    </message>
    <message>
        <source>Extend the stay by a decision.</source>
        <translation>Extend the stay by a decision.</translation>
    </message>
    <message>
        <source>Record the return home; the return report falls due.</source>
        <translation>Record the return home; the return report falls due.</translation>
    </message>
    <message>
        <source>Close a returned posting whose reports are in.</source>
        <translation>Close a returned posting whose reports are in.</translation>
    </message>
    <message>
        <source>Cancel a planned or approved posting.</source>
        <translation>Cancel a planned or approved posting.</translation>
    </message>
    <message>
        <source>Mark a member abroad as lost contact.</source>
        <translation>Mark a member abroad as lost contact.</translation>
    </message>
    <message>
        <source>Contact restored with a member abroad.</source>
        <translation>Contact restored with a member abroad.</translation>
    </message>
    <message>
        <source>Record that the member stayed abroad and did not return.</source>
        <translation>Record that the member stayed abroad and did not return.</translation>
    </message>
    <message>
        <source>A step the posting&apos;s status or the rules do not allow is refused with the reason (exit code 2).</source>
        <translation>A step the posting&apos;s status or the rules do not allow is refused with the reason (exit code 2).</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on a probationary member&apos;s full membership.</source>
        <translation>Record the committee&apos;s decision on a probationary member&apos;s full membership.</translation>
    </message>
    <message>
        <source>admitted also records the member&apos;s full-membership date (the end of probation).</source>
        <translation>admitted also records the member&apos;s full-membership date (the end of probation).</translation>
    </message>
    <message>
        <source>KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.
--date DATE  the day it was received (default today)
--confirmed  a self-review confirmed by the cell or mission
--cell-opinion, --committee-opinion, --decision TEXT
--content JSON  content fields, e.g. &apos;{&quot;results&quot;: &quot;...&quot;}&apos;</source>
        <translation>KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.
--date DATE  the day it was received (default today)
--confirmed  a self-review confirmed by the cell or mission
--cell-opinion, --committee-opinion, --decision TEXT
--content JSON  content fields, e.g. &apos;{&quot;results&quot;: &quot;...&quot;}&apos;</translation>
    </message>
    <message>
        <source>Record that a report or document of a posting was received.</source>
        <translation>Record that a report or document of a posting was received.</translation>
    </message>
    <message>
        <source>Same as &apos;report file&apos;.</source>
        <translation>Same as &apos;report file&apos;.</translation>
    </message>
    <message>
        <source>A posting&apos;s reports with their due dates.</source>
        <translation>A posting&apos;s reports with their due dates.</translation>
    </message>
    <message>
        <source>POSTING is the row id or uuid.</source>
        <translation>POSTING is the row id or uuid.</translation>
    </message>
    <message>
        <source>Reports not received that are overdue or due within N days (default 30), with days late.</source>
        <translation>Reports not received that are overdue or due within N days (default 30), with days late.</translation>
    </message>
    <message>
        <source>--overdue    only those past due
--offset N --limit N   paging (default 0 and 200)
The most overdue first. Reports of cancelled postings are never due.</source>
        <translation>--overdue    only those past due
--offset N --limit N   paging (default 0 and 200)
The most overdue first. Reports of cancelled postings are never due.</translation>
    </message>
    <message>
        <source>Record an annual rating or an event a member abroad reports (award, foreign membership, marriage to a foreigner, change of nationality or residence).</source>
        <translation>Record an annual rating or an event a member abroad reports (award, foreign membership, marriage to a foreigner, change of nationality or residence).</translation>
    </message>
    <message>
        <source>The due date follows from the event date and the rules.</source>
        <translation>The due date follows from the event date and the rules.</translation>
    </message>
    <message>
        <source>Issue a transfer letter, numbered in the committee&apos;s transfer register.</source>
        <translation>Issue a transfer letter, numbered in the committee&apos;s transfer register.</translation>
    </message>
    <message>
        <source>--to UNIT or --to-name TEXT   the receiving unit
--dues-paid-to DATE   party dues paid up to (month)
--notes TEXT
With --posting the letter is linked as the posting&apos;s letter out or back.</source>
        <translation>--to UNIT or --to-name TEXT   the receiving unit
--dues-paid-to DATE   party dues paid up to (month)
--notes TEXT
With --posting the letter is linked as the posting&apos;s letter out or back.</translation>
    </message>
    <message>
        <source>The committee&apos;s transfer register (10-SHĐ): every letter it issued, by number.</source>
        <translation>The committee&apos;s transfer register (10-SHĐ): every letter it issued, by number.</translation>
    </message>
    <message>
        <source>Numbers restart at 1 each year.</source>
        <translation>Numbers restart at 1 each year.</translation>
    </message>
    <message>
        <source>Change one rule as a new version of the table (administrators only).</source>
        <translation>Change one rule as a new version of the table (administrators only).</translation>
    </message>
    <message>
        <source>Add a holiday for deadlines in working days (Tết and bridge days are decided each year).</source>
        <translation>Add a holiday for deadlines in working days (Tết and bridge days are decided each year).</translation>
    </message>
    <message>
        <source>1 January, 30 April, 1 May and 2 September are known already.</source>
        <translation>1 January, 30 April, 1 May and 2 September are known already.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed needs a whole number.</translation>
    </message>
    <message>
        <source>--members needs a number of members, at least 1.</source>
        <translation>--members needs a number of members, at least 1.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <source>Recovery key (shown once; it is demo data, but keep the habit):</source>
        <translation>Recovery key (shown once; it is demo data, but keep the habit):</translation>
    </message>
    <message>
        <source>%1 committees, %2 home cells, %3 overseas cells</source>
        <translation>%1 committees, %2 home cells, %3 overseas cells</translation>
    </message>
    <message>
        <source>%1 members (%2 probationary)</source>
        <translation>%1 members (%2 probationary)</translation>
    </message>
    <message>
        <source>%1 postings:</source>
        <translation>%1 postings:</translation>
    </message>
    <message>
        <source>%1 reports (%2 overdue), %3 transfer letters</source>
        <translation>%1 reports (%2 overdue), %3 transfer letters</translation>
    </message>
    <message>
        <source>%1 overdue to return, %2 departures without approval</source>
        <translation>%1 overdue to return, %2 departures without approval</translation>
    </message>
    <message>
        <source>Every name is generated; none belongs to a real person.</source>
        <translation>Every name is generated; none belongs to a real person.</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid (or --dry-run).</source>
        <translation>--rejects goes with --skip-invalid (or --dry-run).</translation>
    </message>
    <message>
        <source>Import members, cells or postings.</source>
        <translation>Import members, cells or postings.</translation>
    </message>
    <message>
        <source>Wrote %1 row(s) to %2. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Wrote %1 row(s) to %2. The file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <source>Export members, cells or postings.</source>
        <translation>Export members, cells or postings.</translation>
    </message>
    <message>
        <source>--disciplinary-review is yes or no.</source>
        <translation>--disciplinary-review is yes or no.</translation>
    </message>
    <message>
        <source>Give the member&apos;s full name with --name.</source>
        <translation>Give the member&apos;s full name with --name.</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>Added %1 (id %2).</translation>
    </message>
    <message>
        <source>Usage: member edit ID [options]</source>
        <translation>Usage: member edit ID [options]</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>Saved %1 (version %2).</translation>
    </message>
    <message>
        <source>Usage: member show ID|CARD|CITIZEN-ID</source>
        <translation>Usage: member show ID|CARD|CITIZEN-ID</translation>
    </message>
    <message>
        <source>--presence is at_home, abroad, overdue, lost_contact or did_not_return.</source>
        <translation>--presence is at_home, abroad, overdue, lost_contact or did_not_return.</translation>
    </message>
    <message>
        <source>--sort is name, card, born, admitted, country, return or relevance.</source>
        <translation>--sort is name, card, born, admitted, country, return or relevance.</translation>
    </message>
    <message>
        <source>Usage: search TEXT (a name without diacritics, a party card number or a citizen ID)</source>
        <translation>Usage: search TEXT (a name without diacritics, a party card number or a citizen ID)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>No member matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind is committee, cell or group.</source>
        <translation>--kind is committee, cell or group.</translation>
    </message>
    <message>
        <source>Give the unit&apos;s --code and --name.</source>
        <translation>Give the unit&apos;s --code and --name.</translation>
    </message>
    <message>
        <source>Added %1 %2 (id %3).</source>
        <translation>Added %1 %2 (id %3).</translation>
    </message>
    <message>
        <source>Usage: unit edit CODE [options]</source>
        <translation>Usage: unit edit CODE [options]</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n unit.</numerusform>
            <numerusform>%n units.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unit show CODE</source>
        <translation>Usage: unit show CODE</translation>
    </message>
    <message>
        <source>Under: %1 %2</source>
        <translation>Under: %1 %2</translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation>Secretary: %1</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Deputy: %1</translation>
    </message>
    <message>
        <source>Members in the cell now:</source>
        <translation>Members in the cell now:</translation>
    </message>
    <message>
        <source>--year needs a year.</source>
        <translation>--year needs a year.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE --to DATE (or --year YYYY).</source>
        <translation>Give the period with --from DATE --to DATE (or --year YYYY).</translation>
    </message>
    <message numerus="yes">
        <source>%n probationary member(s) whose probation ends within the period or has ended.</source>
        <translation>
            <numerusform>%n probationary member whose probation ends within the period or has ended.</numerusform>
            <numerusform>%n probationary members whose probation ends within the period or has ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s) without approval, for the committee.</source>
        <translation>
            <numerusform>%n departure without approval, for the committee.</numerusform>
            <numerusform>%n departures without approval, for the committee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <source>Abroad now: %1 (overdue to return: %2, lost contact: %3)</source>
        <translation>Abroad now: %1 (overdue to return: %2, lost contact: %3)</translation>
    </message>
    <message>
        <source>Reports overdue: %1; due within 14 days: %2</source>
        <translation>Reports overdue: %1; due within 14 days: %2</translation>
    </message>
    <message>
        <source>Probation ending within 30 days or ended: %1</source>
        <translation>Probation ending within 30 days or ended: %1</translation>
    </message>
    <message>
        <source>Departures without approval: %1</source>
        <translation>Departures without approval: %1</translation>
    </message>
    <message>
        <source>Fill a database with a realistic synthetic department (made when FILE does not exist).</source>
        <translation>Fill a database with a realistic synthetic department (made when FILE does not exist).</translation>
    </message>
    <message>
        <source>Creates FILE when it does not exist, with --user (default admin) as administrator and the passphrase from OREC_PASSPHRASE, then generates units, the six kinds of overseas cell in plausible countries, members with Vietnamese names in their real frequencies, postings in every status (overdue returns and reports, lost contact, departures without approval), reports and transfer letters. The same --seed and --as-of give the same department.
--members N   members (default 2000)
--postings N  postings (default 5 per member)
--cells N     overseas cells (default one per 50 members)
--seed S      (default 1)
--as-of DATE  the department&apos;s today (default today)
The register must be empty.</source>
        <translation>Creates FILE when it does not exist, with --user (default admin) as administrator and the passphrase from OREC_PASSPHRASE, then generates units, the six kinds of overseas cell in plausible countries, members with Vietnamese names in their real frequencies, postings in every status (overdue returns and reports, lost contact, departures without approval), reports and transfer letters. The same --seed and --as-of give the same department.
--members N   members (default 2000)
--postings N  postings (default 5 per member)
--cells N     overseas cells (default one per 50 members)
--seed S      (default 1)
--as-of DATE  the department&apos;s today (default today)
The register must be empty.</translation>
    </message>
    <message>
        <source>Find members by name (diacritics optional), party card number or citizen ID.</source>
        <translation>Find members by name (diacritics optional), party card number or citizen ID.</translation>
    </message>
    <message>
        <source>Exact matches first, then those starting with the text, then names containing every typed word at the start of one of their words. --limit N (default 20).</source>
        <translation>Exact matches first, then those starting with the text, then names containing every typed word at the start of one of their words. --limit N (default 20).</translation>
    </message>
    <message>
        <source>Add a member.</source>
        <translation>Add a member.</translation>
    </message>
    <message>
        <source>Change a member&apos;s record; only the options given change.</source>
        <translation>Change a member&apos;s record; only the options given change.</translation>
    </message>
    <message>
        <source>Show a member&apos;s whole history: postings, reports, transfer letters.</source>
        <translation>Show a member&apos;s whole history: postings, reports, transfer letters.</translation>
    </message>
    <message>
        <source>The member is found by row id, uuid, party card number or citizen ID.</source>
        <translation>The member is found by row id, uuid, party card number or citizen ID.</translation>
    </message>
    <message>
        <source>List members, filtered and sorted, a page at a time.</source>
        <translation>List members, filtered and sorted, a page at a time.</translation>
    </message>
    <message>
        <source>Same as &apos;search&apos;.</source>
        <translation>Same as &apos;search&apos;.</translation>
    </message>
    <message>
        <source>See &apos;orec search --help&apos;.</source>
        <translation>See &apos;orec search --help&apos;.</translation>
    </message>
    <message>
        <source>Same as &apos;import members FILE&apos;.</source>
        <translation>Same as &apos;import members FILE&apos;.</translation>
    </message>
    <message>
        <source>Same as &apos;export members&apos;.</source>
        <translation>Same as &apos;export members&apos;.</translation>
    </message>
    <message>
        <source>See &apos;orec export --help&apos;.</source>
        <translation>See &apos;orec export --help&apos;.</translation>
    </message>
    <message>
        <source>Add a party committee, cell or group, at home or abroad.</source>
        <translation>Add a party committee, cell or group, at home or abroad.</translation>
    </message>
    <message>
        <source>Change a unit.</source>
        <translation>Change a unit.</translation>
    </message>
    <message>
        <source>List party units.</source>
        <translation>List party units.</translation>
    </message>
    <message>
        <source>Ordered by code.</source>
        <translation>Ordered by code.</translation>
    </message>
    <message>
        <source>Show a unit, its secretary and, for an overseas cell, who is in it now.</source>
        <translation>Show a unit, its secretary and, for an overseas cell, who is in it now.</translation>
    </message>
    <message>
        <source>The unit is found by code, name or id.</source>
        <translation>The unit is found by code, name or id.</translation>
    </message>
    <message>
        <source>Who is abroad now (lost contact included).</source>
        <translation>Who is abroad now (lost contact included).</translation>
    </message>
    <message>
        <source>Who is abroad past the planned return, the longest overdue first.</source>
        <translation>Who is abroad past the planned return, the longest overdue first.</translation>
    </message>
    <message>
        <source>Counts of postings abroad in a period by country × cell type and by purpose.</source>
        <translation>Counts of postings abroad in a period by country × cell type and by purpose.</translation>
    </message>
    <message>
        <source>A posting counts when it was abroad at some time in the period (left on or before its end, not back before its start).</source>
        <translation>A posting counts when it was abroad at some time in the period (left on or before its end, not back before its start).</translation>
    </message>
    <message>
        <source>Probationary members whose probation ends within N days (default 30) or has ended.</source>
        <translation>Probationary members whose probation ends within N days (default 30) or has ended.</translation>
    </message>
    <message>
        <source>--abroad: only those abroad now. The probation length is the rule probation.months.</source>
        <translation>--abroad: only those abroad now. The probation length is the rule probation.months.</translation>
    </message>
    <message>
        <source>Departures recorded without approval, for the committee.</source>
        <translation>Departures recorded without approval, for the committee.</translation>
    </message>
    <message>
        <source>Going abroad without reporting or consent is a disciplinary offence (Regulation 69-QĐ/TW art. 34).</source>
        <translation>Going abroad without reporting or consent is a disciplinary offence (Regulation 69-QĐ/TW art. 34).</translation>
    </message>
    <message>
        <source>Counts for the start of the day: abroad, overdue, reports late, probation.</source>
        <translation>Counts for the start of the day: abroad, overdue, reports late, probation.</translation>
    </message>
    <message>
        <source>The figures the main window shows.</source>
        <translation>The figures the main window shows.</translation>
    </message>
    <message>
        <source>Generated a synthetic department (seed %1) in %2 s (%3 s of processor time):</source>
        <translation>Generated a synthetic department (seed %1) in %2 s (%3 s of processor time):</translation>
    </message>
    <message>
        <source>--sheet needs the number of the worksheet, 1 for the first.</source>
        <translation>--sheet needs the number of the worksheet, 1 for the first.</translation>
    </message>
    <message>
        <source>The headers differ from the format; they may read as:</source>
        <translation>The headers differ from the format; they may read as:</translation>
    </message>
    <message>
        <source>Usage: import members|cells|postings FILE.csv|FILE.xlsx</source>
        <translation>Usage: import members|cells|postings FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.csv or FILE.xlsx.</source>
        <translation>Say where to write with --out FILE.csv or FILE.xlsx.</translation>
    </message>
    <message>
        <source>Usage: export members|cells|postings --out FILE.csv|FILE.xlsx</source>
        <translation>Usage: export members|cells|postings --out FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Import records from a CSV or Excel file in the interchange format.</source>
        <translation>Import records from a CSV or Excel file in the interchange format.</translation>
    </message>
    <message>
        <source>Export records to a CSV or Excel file in the interchange format.</source>
        <translation>Export records to a CSV or Excel file in the interchange format.</translation>
    </message>
    <message>
        <source>Writes UTF-8 with a BOM and Vietnamese headers (.xlsx: Excel with real dates); the file re-imports as the same records. It is not encrypted.</source>
        <translation>Writes UTF-8 with a BOM and Vietnamese headers (.xlsx: Excel with real dates); the file re-imports as the same records. It is not encrypted.</translation>
    </message>
    <message>
        <source>Usage: member import FILE.csv|FILE.xlsx</source>
        <translation>Usage: member import FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] %1 COMMAND [ARGS]</source>
        <translation>Usage: orec --db FILE [--user NAME] %1 COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>&apos;orec %1 COMMAND --help&apos; describes one command.</source>
        <translation>&apos;orec %1 COMMAND --help&apos; describes one command.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;.</source>
        <translation>Unknown command &apos;%1 %2&apos;.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role admin|clerk|auditor.</source>
        <translation>Give the new user&apos;s role with --role admin|clerk|auditor.</translation>
    </message>
    <message>
        <source>Usage: backup OUT [--overwrite]</source>
        <translation>Usage: backup OUT [--overwrite]</translation>
    </message>
    <message>
        <source>The file already exists; it was not replaced. Give --overwrite to replace it.</source>
        <translation>The file already exists; it was not replaced. Give --overwrite to replace it.</translation>
    </message>
    <message>
        <source>Usage: restore IN [--overwrite]</source>
        <translation>Usage: restore IN [--overwrite]</translation>
    </message>
    <message>
        <source>The file already exists; it was not replaced. Give --overwrite to replace it (what it replaces is kept beside it).</source>
        <translation>The file already exists; it was not replaced. Give --overwrite to replace it (what it replaces is kept beside it).</translation>
    </message>
    <message>
        <source>What it replaced was saved as %1.</source>
        <translation>What it replaced was saved as %1.</translation>
    </message>
    <message>
        <source>OUT holds the encrypted database and its key file together, with checksums, so a restore never lacks the key slots. The same passphrases and recovery key open it. An existing OUT is not replaced (exit code 2) unless --overwrite is given.</source>
        <translation>OUT holds the encrypted database and its key file together, with checksums, so a restore never lacks the key slots. The same passphrases and recovery key open it. An existing OUT is not replaced (exit code 2) unless --overwrite is given.</translation>
    </message>
    <message>
        <source>Restore a backup as the database (--db), after proving you administer it.</source>
        <translation>Restore a backup as the database (--db), after proving you administer it.</translation>
    </message>
    <message>
        <source>--user must be an administrator in the backup; the passphrase is theirs in the backup. The checksums are verified and the restored copy is integrity-checked before it is put in place. An existing database (or key file) at --db is not replaced (exit code 2) unless --overwrite is given; the database it replaces is then kept beside it.</source>
        <translation>--user must be an administrator in the backup; the passphrase is theirs in the backup. The checksums are verified and the restored copy is integrity-checked before it is put in place. An existing database (or key file) at --db is not replaced (exit code 2) unless --overwrite is given; the database it replaces is then kept beside it.</translation>
    </message>
    <message>
        <source>Usage: posting attendance ID in_cell|individual|exempted</source>
        <translation>Usage: posting attendance ID in_cell|individual|exempted</translation>
    </message>
    <message>
        <source>Posting %1 is %2; its attendance no longer changes.</source>
        <translation>Posting %1 is %2; its attendance no longer changes.</translation>
    </message>
    <message>
        <source>Posting %1: attendance is already %2.</source>
        <translation>Posting %1: attendance is already %2.</translation>
    </message>
    <message>
        <source>Posting %1: attendance %2 → %3.</source>
        <translation>Posting %1: attendance %2 → %3.</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>No document.</translation>
    </message>
    <message>
        <source>Usage: rules set KEY VALUE [--unit days|working_days] [--from DATE]</source>
        <translation>Usage: rules set KEY VALUE [--unit days|working_days] [--from DATE]</translation>
    </message>
    <message>
        <source>--unit is days (calendar days) or working_days.</source>
        <translation>--unit is days (calendar days) or working_days.</translation>
    </message>
    <message>
        <source>Rules version %1 in force from %2. Deadlines and documents already set keep the version they were set up with.</source>
        <translation>Rules version %1 in force from %2. Deadlines and documents already set keep the version they were set up with.</translation>
    </message>
    <message>
        <source>Change how the member takes part in party life during a posting.</source>
        <translation>Change how the member takes part in party life during a posting.</translation>
    </message>
    <message>
        <source>in_cell: meets with a cell or group; individual: no cell nearby, guided directly by the committee; exempted: excused from party work and meetings by the committee&apos;s decision.
The change is recorded in the audit log with the value before and after. A closed or cancelled posting keeps its attendance.</source>
        <translation>in_cell: meets with a cell or group; individual: no cell nearby, guided directly by the committee; exempted: excused from party work and meetings by the committee&apos;s decision.
The change is recorded in the audit log with the value before and after. A closed or cancelled posting keeps its attendance.</translation>
    </message>
    <message>
        <source>Show the rules table in force (deadlines, thresholds, documents by purpose) with the source of each rule.</source>
        <translation>Show the rules table in force (deadlines, thresholds, documents by purpose) with the source of each rule.</translation>
    </message>
    <message>
        <source>--transfer needs the id of a transfer letter.</source>
        <translation>--transfer needs the id of a transfer letter.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to: rejected rows are not saved unless --rejects FILE says where.</source>
        <translation>The folder of %1 cannot be written to: rejected rows are not saved unless --rejects FILE says where.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons were written to %1.</source>
        <translation>The rejected rows and their reasons were written to %1.</translation>
    </message>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Unknown --%1 &quot;%2&quot;; use one of: %3.</translation>
    </message>
    <message>
        <source>Arrangement: %1</source>
        <translation>Arrangement: %1</translation>
    </message>
    <message>
        <source>Attendance: %1 (%2)</source>
        <translation>Attendance: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cell(s) imported earlier now have their secretary.</source>
        <translation>%1 cell(s) imported earlier now have their secretary.</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (or %2)</translation>
    </message>
    <message>
        <source>[signs as home]</source>
        <translation>[signs as home]</translation>
    </message>
    <message>
        <source>Usage: user grant-exchange NAME</source>
        <translation>Usage: user grant-exchange NAME</translation>
    </message>
    <message>
        <source>%1 may now sign cell packages as home and open return packages.</source>
        <translation>%1 may now sign cell packages as home and open return packages.</translation>
    </message>
    <message>
        <source>Usage: user revoke-exchange NAME</source>
        <translation>Usage: user revoke-exchange NAME</translation>
    </message>
    <message>
        <source>%1 can no longer sign as home: their copy of the exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, run &apos;orec keys rotate&apos;.</source>
        <translation>%1 can no longer sign as home: their copy of the exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, run &apos;orec keys rotate&apos;.</translation>
    </message>
    <message>
        <source>--json prints an array of {name, role, full_name, created_at, has_key_slot, signs_as_home}. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages.</source>
        <translation>--json prints an array of {name, role, full_name, created_at, has_key_slot, signs_as_home}. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages.</translation>
    </message>
    <message>
        <source>Let a clerk sign cell packages as home and open return packages (administrators only).</source>
        <translation>Let a clerk sign cell packages as home and open return packages (administrators only).</translation>
    </message>
    <message>
        <source>Seals home&apos;s exchange keys to the user&apos;s key, so it needs an administrator who holds them. Administrators hold them by default; an auditor never does.</source>
        <translation>Seals home&apos;s exchange keys to the user&apos;s key, so it needs an administrator who holds them. Administrators hold them by default; an auditor never does.</translation>
    </message>
    <message>
        <source>Take back the right to sign as home (administrators only).</source>
        <translation>Take back the right to sign as home (administrators only).</translation>
    </message>
    <message>
        <source>Deletes the user&apos;s copy of home&apos;s exchange keys and seals them anew for the others. Home&apos;s keys stay the same: &apos;orec keys rotate&apos; makes new ones if the user may have copied them.</source>
        <translation>Deletes the user&apos;s copy of home&apos;s exchange keys and seals them anew for the others. Home&apos;s keys stay the same: &apos;orec keys rotate&apos; makes new ones if the user may have copied them.</translation>
    </message>
    <message>
        <source>(no keys yet: an administrator who signs as home makes them)</source>
        <translation>(no keys yet: an administrator who signs as home makes them)</translation>
    </message>
    <message>
        <source>Home has new exchange keys.</source>
        <translation>Home has new exchange keys.</translation>
    </message>
    <message>
        <source>Old fingerprint:</source>
        <translation>Old fingerprint:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>New fingerprint:</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) know the old keys: each one&apos;s next cell package is signed with them and announces the new ones; once its return package says it has them, home signs with the new keys only.</source>
        <translation>
            <numerusform>%n laptop(s) know the old keys: each one&apos;s next cell package is signed with them and announces the new ones; once its return package says it has them, home signs with the new keys only.</numerusform>
            <numerusform>%n laptop(s) know the old keys: each one&apos;s next cell package is signed with them and announces the new ones; once its return package says it has them, home signs with the new keys only.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laptop&apos;s audit head (entry %1) is remembered: its next package must not show less.</source>
        <translation>The laptop&apos;s audit head (entry %1) is remembered: its next package must not show less.</translation>
    </message>
    <message>
        <source>Give home new exchange keys and announce them to every laptop (administrators who sign as home).</source>
        <translation>Give home new exchange keys and announce them to every laptop (administrators who sign as home).</translation>
    </message>
    <message>
        <source>For when someone who held home&apos;s keys may have copied them (a revoked right, a removed user). The new keys are sealed to those who sign as home now. Each laptop&apos;s next cell package is signed with the old keys and carries the new ones; once its return package says it has them, home signs with the new keys only and the old ones are deleted. Until then the old keys still sign for that laptop.</source>
        <translation>For when someone who held home&apos;s keys may have copied them (a revoked right, a removed user). The new keys are sealed to those who sign as home now. Each laptop&apos;s next cell package is signed with the old keys and carries the new ones; once its return package says it has them, home signs with the new keys only and the old ones are deleted. Until then the old keys still sign for that laptop.</translation>
    </message>
    <message>
        <source>A checkpoint reads like 1234-ABCDE-FGHJK-MNPQR-STVWX (the entry number, then four groups of five), as `orec audit checkpoint` prints it.</source>
        <translation>A checkpoint reads like 1234-ABCDE-FGHJK-MNPQR-STVWX (the entry number, then four groups of five), as `orec audit checkpoint` prints it.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Checked in %1 s.</translation>
    </message>
    <message>
        <source>Write this code in the committee&apos;s records. `orec check --checkpoint CODE` later fails if the audit log no longer extends it (history cut back, reordered or rewritten).</source>
        <translation>Write this code in the committee&apos;s records. `orec check --checkpoint CODE` later fails if the audit log no longer extends it (history cut back, reordered or rewritten).</translation>
    </message>
    <message>
        <source>The register passed its check and was backed up to %1: the encrypted database and its key file, which names no user and whose keys open only with a passphrase, with the signed head of the audit log that a restore verifies.</source>
        <translation>The register passed its check and was backed up to %1: the encrypted database and its key file, which names no user and whose keys open only with a passphrase, with the signed head of the audit log that a restore verifies.</translation>
    </message>
    <message>
        <source>--limit needs a number of entries, at least 1.</source>
        <translation>--limit needs a number of entries, at least 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry(ies).</numerusform>
            <numerusform>%n entry(ies).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file, the signed audit log and that every record is what the log says.</source>
        <translation>Check the file, the signed audit log and that every record is what the log says.</translation>
    </message>
    <message>
        <source>Verifies every link of the audit chain and every signature (each change signed by a user whose role allowed it), the key file&apos;s authentication, and that every record of the register is exactly what its last audit entry says: a row changed, added or deleted behind the program&apos;s back is named with its table and id. The quick check (default, for every day) runs SQLite&apos;s quick_check; --full runs its integrity and foreign-key checks too. --checkpoint CODE also fails when the log no longer extends a checkpoint printed by `orec audit checkpoint`. Exit code 5 when anything is wrong.</source>
        <translation>Verifies every link of the audit chain and every signature (each change signed by a user whose role allowed it), the key file&apos;s authentication, and that every record of the register is exactly what its last audit entry says: a row changed, added or deleted behind the program&apos;s back is named with its table and id. The quick check (default, for every day) runs SQLite&apos;s quick_check; --full runs its integrity and foreign-key checks too. --checkpoint CODE also fails when the log no longer extends a checkpoint printed by `orec audit checkpoint`. Exit code 5 when anything is wrong.</translation>
    </message>
    <message>
        <source>Print a short code of the audit log&apos;s head, for the committee&apos;s paper records.</source>
        <translation>Print a short code of the audit log&apos;s head, for the committee&apos;s paper records.</translation>
    </message>
    <message>
        <source>Prints the entry number and a 20-character code of the chain&apos;s hash there, e.g. 1234-ABCDE-FGHJK-MNPQR-STVWX. Kept outside the file (on paper, in minutes), it lets `orec check --checkpoint CODE` prove later that nobody cut back, reordered or recomputed the history since. --json adds the full hash and the user&apos;s signature of it.</source>
        <translation>Prints the entry number and a 20-character code of the chain&apos;s hash there, e.g. 1234-ABCDE-FGHJK-MNPQR-STVWX. Kept outside the file (on paper, in minutes), it lets `orec check --checkpoint CODE` prove later that nobody cut back, reordered or recomputed the history since. --json adds the full hash and the user&apos;s signature of it.</translation>
    </message>
    <message>
        <source>Show the audit log, newest first (administrators and auditors only).</source>
        <translation>Show the audit log, newest first (administrators and auditors only).</translation>
    </message>
    <message>
        <source>--by USER       changes made by that user
--entity E      member, posting, report, transfer, party_unit, user...
--id ID         one record (its uuid or name)
--from DATE --to DATE   the days the changes were made
--limit N       at most N entries (default 100)
With --json each entry has its values before and after.</source>
        <translation>--by USER       changes made by that user
--entity E      member, posting, report, transfer, party_unit, user...
--id ID         one record (its uuid or name)
--from DATE --to DATE   the days the changes were made
--limit N       at most N entries (default 100)
With --json each entry has its values before and after.</translation>
    </message>
    <message>
        <source>No terminal to ask on: set %1 in the environment.</source>
        <translation>No terminal to ask on: set %1 in the environment.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <source>say on stderr what the program does, and for an error the failing operation and the database engine&apos;s code (also kept in the log file)</source>
        <translation>say on stderr what the program does, and for an error the failing operation and the database engine&apos;s code (also kept in the log file)</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE field init PACKAGE</source>
        <translation>Usage: orec --db FILE field init PACKAGE</translation>
    </message>
    <message>
        <source>Give the purpose with --purpose (%1).</source>
        <translation>Give the purpose with --purpose (%1).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>MEMBER is a row id, party card number or citizen ID.
--purpose P   %1
--country CC  one or more, comma-separated, the main one first (ISO code or name)
--from DATE --to DATE   planned departure and return
--city, --host TEXT
--relatives   the trip includes visiting relatives abroad
--delegation N   party members travelling together
--decision-no, --decision-date, --decision-body   the sending decision
--committee CODE   the approving committee
--political-conclusion REF
--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: what the rules suggest)
--attendance in_cell|individual|exempted   how the member takes part in party life abroad (default: what the rules suggest)
The documents the posting calls for are created with their due dates.</source>
        <translation>MEMBER is a row id, party card number or citizen ID.
--purpose P   %1
--country CC  one or more, comma-separated, the main one first (ISO code or name)
--from DATE --to DATE   planned departure and return
--city, --host TEXT
--relatives   the trip includes visiting relatives abroad
--delegation N   party members travelling together
--decision-no, --decision-date, --decision-body   the sending decision
--committee CODE   the approving committee
--political-conclusion REF
--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: what the rules suggest)
--attendance in_cell|individual|exempted   how the member takes part in party life abroad (default: what the rules suggest)
The documents the posting calls for are created with their due dates.</translation>
    </message>
    <message>
        <source>VALUE is a whole number, on/off for flags, or for documents.PURPOSE and papers_before.* (the papers a step looks for, and those it waits for) the document codes separated by commas (private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks) or none. --unit switches a deadline between days (calendar days) and working_days; VALUE may then be left out. --from DATE: in force from (default today). Deadlines and documents already set keep the version they were set up with.</source>
        <translation>VALUE is a whole number, on/off for flags, or for documents.PURPOSE and papers_before.* (the papers a step looks for, and those it waits for) the document codes separated by commas (private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks) or none. --unit switches a deadline between days (calendar days) and working_days; VALUE may then be left out. --from DATE: in force from (default today). Deadlines and documents already set keep the version they were set up with.</translation>
    </message>
    <message>
        <source>--presence at_home|abroad|overdue|lost_contact|did_not_return
--country CC     ISO code or name, among the countries of the current posting
--cell CODE      the overseas cell joined
--cell-type T    embassy, spouse, student, labour, expert, self_employed (or co_quan_dai_dien...)
--purpose P      %1
--home-unit U    the unit or any unit under it
--probationary   probationary members only
--text TEXT      search text
--sort name|card|born|admitted|country|return|relevance [--desc]
--offset N --limit N   paging (default 0 and 100)
--json prints {total, offset, rows: [...]}.</source>
        <translation>--presence at_home|abroad|overdue|lost_contact|did_not_return
--country CC     ISO code or name, among the countries of the current posting
--cell CODE      the overseas cell joined
--cell-type T    embassy, spouse, student, labour, expert, self_employed (or co_quan_dai_dien...)
--purpose P      %1
--home-unit U    the unit or any unit under it
--probationary   probationary members only
--text TEXT      search text
--sort name|card|born|admitted|country|return|relevance [--desc]
--offset N --limit N   paging (default 0 and 100)
--json prints {total, offset, rows: [...]}.</translation>
    </message>
    <message>
        <source>Usage: documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT]</source>
        <translation>Usage: documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT]</translation>
    </message>
    <message>
        <source>--kind is the symbol of a kind of document: BC, CV, DS...</source>
        <translation>--kind is the symbol of a kind of document: BC, CV, DS...</translation>
    </message>
    <message>
        <source>Usage: documents reprint NUMBER --out FILE.pdf</source>
        <translation>Usage: documents reprint NUMBER --out FILE.pdf</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.pdf.</source>
        <translation>Say where to write with --out FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 reprinted as issued: %2.</source>
        <translation>%1 reprinted as issued: %2.</translation>
    </message>
    <message>
        <source>(not set: from the party units)</source>
        <translation>(not set: from the party units)</translation>
    </message>
    <message>
        <source>Superior unit:</source>
        <translation>Superior unit:</translation>
    </message>
    <message>
        <source>Issuing committee:</source>
        <translation>Issuing committee:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Signs on behalf of:</source>
        <translation>Signs on behalf of:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Term started:</source>
        <translation>Term started:</translation>
    </message>
    <message>
        <source>Usage: documents identity [--json]</source>
        <translation>Usage: documents identity [--json]</translation>
    </message>
    <message>
        <source>Usage: documents set-identity [--superior TEXT] [--committee-name TEXT] [--symbol ĐU] [--place TEXT] [--on-behalf TEXT] [--position TEXT] [--signer NAME] [--term-start DATE]</source>
        <translation>Usage: documents set-identity [--superior TEXT] [--committee-name TEXT] [--symbol ĐU] [--place TEXT] [--on-behalf TEXT] [--position TEXT] [--signer NAME] [--term-start DATE]</translation>
    </message>
    <message>
        <source>--term-start needs a date dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>--term-start needs a date dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>The register of issued documents: number, date, who issued it, title.</source>
        <translation>The register of issued documents: number, date, who issued it, title.</translation>
    </message>
    <message>
        <source>Newest first. --kind keeps one kind (BC reports, CV letters, DS lists); --year the documents of one year; --search a word of the number or title, with or without diacritics.</source>
        <translation>Newest first. --kind keeps one kind (BC reports, CV letters, DS lists); --year the documents of one year; --search a word of the number or title, with or without diacritics.</translation>
    </message>
    <message>
        <source>Write an issued document again, byte for byte as it was issued.</source>
        <translation>Write an issued document again, byte for byte as it was issued.</translation>
    </message>
    <message>
        <source>NUMBER as printed: &apos;Số 01-DS/ĐU&apos; or 01-DS/ĐU. The copy has the same number and the same SHA-256 as the document in the register.</source>
        <translation>NUMBER as printed: &apos;Số 01-DS/ĐU&apos; or 01-DS/ĐU. The copy has the same number and the same SHA-256 as the document in the register.</translation>
    </message>
    <message>
        <source>Show the committee&apos;s identity printed on its documents.</source>
        <translation>Show the committee&apos;s identity printed on its documents.</translation>
    </message>
    <message>
        <source>What is not set comes from the party units: the top committee&apos;s name and its parent&apos;s, T/M ĐẢNG ỦY, BÍ THƯ, Hà Nội, the symbol ĐU.</source>
        <translation>What is not set comes from the party units: the top committee&apos;s name and its parent&apos;s, T/M ĐẢNG ỦY, BÍ THƯ, Hà Nội, the symbol ĐU.</translation>
    </message>
    <message>
        <source>Set the committee&apos;s identity on its documents, once (administrators only).</source>
        <translation>Set the committee&apos;s identity on its documents, once (administrators only).</translation>
    </message>
    <message>
        <source>--superior the line above the committee (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG); --committee-name the issuing committee (ĐẢNG ỦY BỘ NGOẠI GIAO); --symbol its abbreviation in numbers (ĐU); --place the place before the date; --on-behalf, --position and --signer the usual signature; --term-start the first day of the committee&apos;s term (nhiệm kỳ): numbers of each kind start again from 01 on it. An empty value clears a field. Audited.</source>
        <translation>--superior the line above the committee (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG); --committee-name the issuing committee (ĐẢNG ỦY BỘ NGOẠI GIAO); --symbol its abbreviation in numbers (ĐU); --place the place before the date; --on-behalf, --position and --signer the usual signature; --term-start the first day of the committee&apos;s term (nhiệm kỳ): numbers of each kind start again from 01 on it. An empty value clears a field. Audited.</translation>
    </message>
    <message>
        <source>Differs from the default: %1.</source>
        <translation>Differs from the default: %1.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Each rule shows its source, its basis (regulation, committee policy or not confirmed), a note on what else the sources say, and its default when the register&apos;s value differs.
--version N shows an older version.</source>
        <translation>Each rule shows its source, its basis (regulation, committee policy or not confirmed), a note on what else the sources say, and its default when the register&apos;s value differs.
--version N shows an older version.</translation>
    </message>
    <message>
        <source>--final issues a document: write it to a .pdf file.</source>
        <translation>--final issues a document: write it to a .pdf file.</translation>
    </message>
    <message>
        <source>%1 carries the number of its transfer letter in the transfer register; print it without --final.</source>
        <translation>%1 carries the number of its transfer letter in the transfer register; print it without --final.</translation>
    </message>
    <message>
        <source>--reply-within needs a number of days from 1 to 365.</source>
        <translation>--reply-within needs a number of days from 1 to 365.</translation>
    </message>
    <message>
        <source>Issued %1; written %2.</source>
        <translation>Issued %1; written %2.</translation>
    </message>
    <message>
        <source>--header-row needs the number of the line holding the column titles, 1 for the first.</source>
        <translation>--header-row needs the number of the line holding the column titles, 1 for the first.</translation>
    </message>
    <message>
        <source>The whole file is checked first. With any problem nothing is imported and every problem is listed with its line and column (exit code 2).
--skip-invalid   import the valid rows, leave out the others
--rejects OUT    with --skip-invalid: write the rejected rows and their reasons to OUT.csv (default: FILE.rejects.csv beside FILE, or .rejects-2.csv... when that exists)
--dry-run        check only
Headers in Vietnamese or English (ho_ten or full_name...); dates dd/mm/yyyy or yyyy-mm-dd; UTF-8 (a BOM is allowed). Import cells first, then members, then postings.
FILE is .csv or .xlsx (--sheet N: the Nth worksheet, default 1). Headers that differ are mapped with
--map &quot;Họ và tên=ho_ten, Ngày sinh=ngay_sinh, STT=&quot; (HEADER=field by key or English alias; an empty
field leaves the column out). --rejects OUT.xlsx writes the rejects as Excel.
--header-row N   the line holding the column titles (default: found under the sheet&apos;s title rows).
Card numbers with separators, leading zeros Excel dropped, dates as Excel numbers or in words and
merged cells are read and listed as changes; citizen IDs in scientific notation are refused.</source>
        <translation>The whole file is checked first. With any problem nothing is imported and every problem is listed with its line and column (exit code 2).
--skip-invalid   import the valid rows, leave out the others
--rejects OUT    with --skip-invalid: write the rejected rows and their reasons to OUT.csv (default: FILE.rejects.csv beside FILE, or .rejects-2.csv... when that exists)
--dry-run        check only
Headers in Vietnamese or English (ho_ten or full_name...); dates dd/mm/yyyy or yyyy-mm-dd; UTF-8 (a BOM is allowed). Import cells first, then members, then postings.
FILE is .csv or .xlsx (--sheet N: the Nth worksheet, default 1). Headers that differ are mapped with
--map &quot;Họ và tên=ho_ten, Ngày sinh=ngay_sinh, STT=&quot; (HEADER=field by key or English alias; an empty
field leaves the column out). --rejects OUT.xlsx writes the rejects as Excel.
--header-row N   the line holding the column titles (default: found under the sheet&apos;s title rows).
Card numbers with separators, leading zeros Excel dropped, dates as Excel numbers or in words and
merged cells are read and listed as changes; citizen IDs in scientific notation are refused.</translation>
    </message>
    <message>
        <source>(found by the earlier card number %1)</source>
        <translation>(found by the earlier card number %1)</translation>
    </message>
    <message>
        <source>Column titles taken from line %1 (the lines above are titles).</source>
        <translation>Column titles taken from line %1 (the lines above are titles).</translation>
    </message>
    <message>
        <source>… and %1 more; --json lists them all.</source>
        <translation>… and %1 more; --json lists them all.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) read otherwise than written (listed above).</source>
        <translation>
            <numerusform>%n value read otherwise than written (listed above).</numerusform>
            <numerusform>%n values read otherwise than written (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) got a new party card number; the earlier ones are kept.</source>
        <translation>
            <numerusform>%n member got a new party card number; the earlier one is kept.</numerusform>
            <numerusform>%n members got a new party card number; the earlier ones are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>--transfers needs the ids of transfer letters, separated by commas.</source>
        <translation>--transfers needs the ids of transfer letters, separated by commas.</translation>
    </message>
    <message>
        <source>--%1 needs millimetres between -%2 and %2.</source>
        <translation>--%1 needs millimetres between -%2 and %2.</translation>
    </message>
    <message>
        <source>--save-offsets goes with the calibration page: print calibration --printer NAME --offset-x MM --offset-y MM --save-offsets.</source>
        <translation>--save-offsets goes with the calibration page: print calibration --printer NAME --offset-x MM --offset-y MM --save-offsets.</translation>
    </message>
    <message>
        <source>--overlay fills the pre-printed 2-SHĐ sheet; the other documents print whole.</source>
        <translation>--overlay fills the pre-printed 2-SHĐ sheet; the other documents print whole.</translation>
    </message>
    <message>
        <source>KIND:
  abroad        members now abroad; --by country (default: by country and cell) or --by home-unit
  movements     departures and returns in --from .. --to
  reports-due   reports overdue and due within --within DAYS (default 30)
  member        one member&apos;s overseas record; --member CARD|CITIZEN_ID
  statistics    the statistical report of --from .. --to, with a chart (--chart FILE.png to use a saved dashboard chart)
  2-shd         temporary transfer letter; --transfer ID; --overlay prints only the values for the pre-printed sheet, shifted by the offsets saved for --printer NAME or given with --offset-x MM --offset-y MM; --enclosures &apos;A;B&apos; lists the papers enclosed
  3a-shd        official posting slip abroad, issued by a district-level committee; --transfer ID
  3c-shd        report listing one batch of 3A-SHĐ slips: --transfers ID,ID, or those issued in --from .. --to, or (neither) those of the committee&apos;s latest day of issue; --committee CODE
  10-shd        the transfer register of --year YEAR, letters sent and received; --committee CODE
  calibration   a page with millimetre rulers and cross marks to measure a printer&apos;s offsets; --printer NAME --offset-x MM --offset-y MM --save-offsets saves them for that printer
  reminders     a letter to each member whose report is overdue, through their cell, asking for it within --reply-within DAYS (default 10); one letter per page; --member CARD for one member&apos;s
Without --final the PDF is a draft: BẢN NHÁP on every page, no number. --final issues it: the next number of its kind in the committee&apos;s register (Số 01-DS/ĐU; reminders one CV number per letter), kept with the PDF for reprints (orec documents); clerks and administrators, at home. The transfer forms (2-shd, 3a-shd, 10-shd) carry their transfer register number and are never drafts.
Options: --as-of DATE (default today), --date DATE on the document, --place TEXT (default: the settings&apos;, else Hà Nội), --signer NAME, --position TEXT, --on-behalf &apos;T/M ĐẢNG ỦY&apos;, --recipients &apos;A;B&apos;. With .xlsx or .csv the document&apos;s list is exported instead (UTF-8 with BOM for CSV); --no-groups leaves out the group heading rows. Dates dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>KIND:
  abroad        members now abroad; --by country (default: by country and cell) or --by home-unit
  movements     departures and returns in --from .. --to
  reports-due   reports overdue and due within --within DAYS (default 30)
  member        one member&apos;s overseas record; --member CARD|CITIZEN_ID
  statistics    the statistical report of --from .. --to, with a chart (--chart FILE.png to use a saved dashboard chart)
  2-shd         temporary transfer letter; --transfer ID; --overlay prints only the values for the pre-printed sheet, shifted by the offsets saved for --printer NAME or given with --offset-x MM --offset-y MM; --enclosures &apos;A;B&apos; lists the papers enclosed
  3a-shd        official posting slip abroad, issued by a district-level committee; --transfer ID
  3c-shd        report listing one batch of 3A-SHĐ slips: --transfers ID,ID, or those issued in --from .. --to, or (neither) those of the committee&apos;s latest day of issue; --committee CODE
  10-shd        the transfer register of --year YEAR, letters sent and received; --committee CODE
  calibration   a page with millimetre rulers and cross marks to measure a printer&apos;s offsets; --printer NAME --offset-x MM --offset-y MM --save-offsets saves them for that printer
  reminders     a letter to each member whose report is overdue, through their cell, asking for it within --reply-within DAYS (default 10); one letter per page; --member CARD for one member&apos;s
Without --final the PDF is a draft: BẢN NHÁP on every page, no number. --final issues it: the next number of its kind in the committee&apos;s register (Số 01-DS/ĐU; reminders one CV number per letter), kept with the PDF for reprints (orec documents); clerks and administrators, at home. The transfer forms (2-shd, 3a-shd, 10-shd) carry their transfer register number and are never drafts.
Options: --as-of DATE (default today), --date DATE on the document, --place TEXT (default: the settings&apos;, else Hà Nội), --signer NAME, --position TEXT, --on-behalf &apos;T/M ĐẢNG ỦY&apos;, --recipients &apos;A;B&apos;. With .xlsx or .csv the document&apos;s list is exported instead (UTF-8 with BOM for CSV); --no-groups leaves out the group heading rows. Dates dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>--level province, district or grassroots is a committee&apos;s; a cell or group is at the level of a cell.</source>
        <translation>--level province, district or grassroots is a committee&apos;s; a cell or group is at the level of a cell.</translation>
    </message>
    <message>
        <source>A committee&apos;s --level is province, district or grassroots.</source>
        <translation>A committee&apos;s --level is province, district or grassroots.</translation>
    </message>
    <message>
        <source>--name TEXT         full name (họ và tên)
--alias TEXT        alias (bí danh), printed on transfer letters
--gender Nam|Nữ     also male/female
--born DATE         date of birth (dd/mm/yyyy or yyyy-mm-dd)
--hometown TEXT
--citizen-id N      12 digits (9 on old cards)
--card N            party card number
--dossier TEXT      dossier number (6 digits, 2-3 letters)
--admitted DATE     admission to the Party
--full-member DATE  full membership (empty while probationary)
--home-unit CODE    the home cell, by code or name
--position, --workplace, --phone, --email, --notes TEXT
--disciplinary-review yes|no
Validation problems are listed with their field; the exit code is then 2.</source>
        <translation>--name TEXT         full name (họ và tên)
--alias TEXT        alias (bí danh), printed on transfer letters
--gender Nam|Nữ     also male/female
--born DATE         date of birth (dd/mm/yyyy or yyyy-mm-dd)
--hometown TEXT
--citizen-id N      12 digits (9 on old cards)
--card N            party card number
--dossier TEXT      dossier number (6 digits, 2-3 letters)
--admitted DATE     admission to the Party
--full-member DATE  full membership (empty while probationary)
--home-unit CODE    the home cell, by code or name
--position, --workplace, --phone, --email, --notes TEXT
--disciplinary-review yes|no
Validation problems are listed with their field; the exit code is then 2.</translation>
    </message>
    <message>
        <source>--code TEXT --name TEXT   required for add
--kind committee|cell|group (default cell)
--level province|district|grassroots   a committee&apos;s level (default: district at the top of the tree, grassroots below); only a district-level committee or above issues 3A-SHĐ
--parent CODE    the unit above
--cell-type T    an overseas cell&apos;s type (makes it overseas)
--country CC     ISO code or name (makes it overseas)
--city TEXT  --established DATE
--secretary ID  --deputy ID   members, by id or card number
--overseas  --probationary-cell  --inactive  --active</source>
        <translation>--code TEXT --name TEXT   required for add
--kind committee|cell|group (default cell)
--level province|district|grassroots   a committee&apos;s level (default: district at the top of the tree, grassroots below); only a district-level committee or above issues 3A-SHĐ
--parent CODE    the unit above
--cell-type T    an overseas cell&apos;s type (makes it overseas)
--country CC     ISO code or name (makes it overseas)
--city TEXT  --established DATE
--secretary ID  --deputy ID   members, by id or card number
--overseas  --probationary-cell  --inactive  --active</translation>
    </message>
</context>
<context>
    <name>orec::crypto</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>The key derivation parameters are damaged.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>The key does not open this data.</translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed in a key.</source>
        <translation>Character %1 (&apos;%2&apos;) is not allowed in a key.</translation>
    </message>
</context>
<context>
    <name>orec::exchange</name>
    <message>
        <source>This file is not an Overseas Records exchange package (.orecpkg).</source>
        <translation>This file is not an Overseas Records exchange package (.orecpkg).</translation>
    </message>
    <message>
        <source>The package is cut short: its header is incomplete.</source>
        <translation>The package is cut short: its header is incomplete.</translation>
    </message>
    <message>
        <source>The package is in format version %1; this program reads version %2. Update the program on both sides.</source>
        <translation>The package is in format version %1; this program reads version %2. Update the program on both sides.</translation>
    </message>
    <message>
        <source>The package header is damaged: %1.</source>
        <translation>The package header is damaged: %1.</translation>
    </message>
    <message>
        <source>unknown package kind</source>
        <translation>unknown package kind</translation>
    </message>
    <message>
        <source>unknown flags</source>
        <translation>unknown flags</translation>
    </message>
    <message>
        <source>a party or cell id is missing</source>
        <translation>a party or cell id is missing</translation>
    </message>
    <message>
        <source>a sequence number is out of range</source>
        <translation>a sequence number is out of range</translation>
    </message>
    <message>
        <source>the range of changes is reversed</source>
        <translation>the range of changes is reversed</translation>
    </message>
    <message>
        <source>no creation time</source>
        <translation>no creation time</translation>
    </message>
    <message>
        <source>The package announces a content size beyond the limit.</source>
        <translation>The package announces a content size beyond the limit.</translation>
    </message>
    <message>
        <source>the sizes do not agree</source>
        <translation>the sizes do not agree</translation>
    </message>
    <message>
        <source>unexpected enrolment proof</source>
        <translation>unexpected enrolment proof</translation>
    </message>
    <message>
        <source>This database has no exchange keys yet.</source>
        <translation>This database has no exchange keys yet.</translation>
    </message>
    <message>
        <source>The package content is empty or too large.</source>
        <translation>The package content is empty or too large.</translation>
    </message>
    <message>
        <source>The recipient&apos;s encryption key is missing.</source>
        <translation>The recipient&apos;s encryption key is missing.</translation>
    </message>
    <message>
        <source>The wrapped key does not fit the header.</source>
        <translation>The wrapped key does not fit the header.</translation>
    </message>
    <message>
        <source>The package content is not in a form this program reads.</source>
        <translation>The package content is not in a form this program reads.</translation>
    </message>
    <message>
        <source>The package content is of another kind than its header says.</source>
        <translation>The package content is of another kind than its header says.</translation>
    </message>
    <message>
        <source>The package content is in version %1 of its schema; this program reads up to version %2. Update the program.</source>
        <translation>The package content is in version %1 of its schema; this program reads up to version %2. Update the program.</translation>
    </message>
    <message>
        <source>The enrolment code is not complete: it has 32 characters in groups of four.</source>
        <translation>The enrolment code is not complete: it has 32 characters in groups of four.</translation>
    </message>
    <message>
        <source>The package cannot be read: %1.</source>
        <translation>The package cannot be read: %1.</translation>
    </message>
    <message>
        <source>The package content is damaged: %1.</source>
        <translation>The package content is damaged: %1.</translation>
    </message>
    <message>
        <source>no list of changes</source>
        <translation>no list of changes</translation>
    </message>
    <message>
        <source>a change is not a record</source>
        <translation>a change is not a record</translation>
    </message>
    <message>
        <source>a change has no number</source>
        <translation>a change has no number</translation>
    </message>
    <message>
        <source>change %1 is out of the package&apos;s range</source>
        <translation>change %1 is out of the package&apos;s range</translation>
    </message>
    <message>
        <source>change %1 is about an unknown kind of record</source>
        <translation>change %1 is about an unknown kind of record</translation>
    </message>
    <message>
        <source>change %1 names no record</source>
        <translation>change %1 names no record</translation>
    </message>
    <message>
        <source>change %1 has no action</source>
        <translation>change %1 has no action</translation>
    </message>
    <message>
        <source>change %1 has no values</source>
        <translation>change %1 has no values</translation>
    </message>
    <message>
        <source>change %1 names two records</source>
        <translation>change %1 names two records</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision: keep home&apos;s value, take the cell&apos;s, or edit.</source>
        <translation>
            <numerusform>%n conflict still needs a decision: keep home&apos;s value, take the cell&apos;s, or edit.</numerusform>
            <numerusform>%n conflicts still need a decision: keep home&apos;s value, take the cell&apos;s, or edit.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The package cannot be written: %1.</source>
        <translation>The package cannot be written: %1.</translation>
    </message>
    <message>
        <source>party unit</source>
        <translation>party unit</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>transfer letter</source>
        <translation>transfer letter</translation>
    </message>
    <message>
        <source>There is no unit with this code.</source>
        <translation>There is no unit with this code.</translation>
    </message>
    <message>
        <source>%1 is not an overseas cell; only overseas cells work in the field.</source>
        <translation>%1 is not an overseas cell; only overseas cells work in the field.</translation>
    </message>
    <message>
        <source>This database&apos;s exchange keys are damaged.</source>
        <translation>This database&apos;s exchange keys are damaged.</translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is missing.</source>
        <translation>The secretary&apos;s registration is missing.</translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is no longer pending.</source>
        <translation>The secretary&apos;s registration is no longer pending.</translation>
    </message>
    <message>
        <source>There is no such secretary.</source>
        <translation>There is no such secretary.</translation>
    </message>
    <message>
        <source>The sequence state of a peer is missing.</source>
        <translation>The sequence state of a peer is missing.</translation>
    </message>
    <message>
        <source>This is a home database; this is done on a secretary&apos;s laptop.</source>
        <translation>This is a home database; this is done on a secretary&apos;s laptop.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>A file with this name already exists; choose another name.</translation>
    </message>
    <message>
        <source>it names another cell than its header</source>
        <translation>it names another cell than its header</translation>
    </message>
    <message>
        <source>the cell&apos;s own record is missing</source>
        <translation>the cell&apos;s own record is missing</translation>
    </message>
    <message>
        <source>it names another cell than this laptop&apos;s</source>
        <translation>it names another cell than this laptop&apos;s</translation>
    </message>
    <message>
        <source>the list of %1 records is missing</source>
        <translation>the list of %1 records is missing</translation>
    </message>
    <message>
        <source>a %1 record has no identity</source>
        <translation>a %1 record has no identity</translation>
    </message>
    <message>
        <source>Package %1 from home was already installed; nothing changed.</source>
        <translation>Package %1 from home was already installed; nothing changed.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from home never arrived. This one holds everything they did, so nothing is missing.</source>
        <translation>Packages %1 to %2 from home never arrived. This one holds everything they did, so nothing is missing.</translation>
    </message>
    <message>
        <source>This field database has lost its exchange keys.</source>
        <translation>This field database has lost its exchange keys.</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>unknown member</translation>
    </message>
    <message>
        <source>posting of %1 (%2)</source>
        <translation>posting of %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>transfer letter %1 of %2</source>
        <translation>transfer letter %1 of %2</translation>
    </message>
    <message>
        <source>This is a field database: cell packages are made at home.</source>
        <translation>This is a field database: cell packages are made at home.</translation>
    </message>
    <message>
        <source>Cell %1 already has a secretary registered (%2). Replace them explicitly, which makes their laptop&apos;s packages unacceptable.</source>
        <translation>Cell %1 already has a secretary registered (%2). Replace them explicitly, which makes their laptop&apos;s packages unacceptable.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>Cell %1 has no registered secretary.</source>
        <translation>Cell %1 has no registered secretary.</translation>
    </message>
    <message>
        <source>No secretary is registered for cell %1: enrol one first (&apos;orec secretary add --cell %1&apos;).</source>
        <translation>No secretary is registered for cell %1: enrol one first (&apos;orec secretary add --cell %1&apos;).</translation>
    </message>
    <message>
        <source>The enrolment of this cell&apos;s secretary has lost its key.</source>
        <translation>The enrolment of this cell&apos;s secretary has lost its key.</translation>
    </message>
    <message>
        <source>The cell this package is about no longer exists here.</source>
        <translation>The cell this package is about no longer exists here.</translation>
    </message>
    <message>
        <source>Home does not have this record.</source>
        <translation>Home does not have this record.</translation>
    </message>
    <message>
        <source>A secretary may change only their own cell&apos;s record.</source>
        <translation>A secretary may change only their own cell&apos;s record.</translation>
    </message>
    <message>
        <source>Package %1 of cell %2 was already applied; nothing changed.</source>
        <translation>Package %1 of cell %2 was already applied; nothing changed.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this cell never arrived. Their changes were not acknowledged yet, so this package carries them too; nothing is lost.</source>
        <translation>Packages %1 to %2 from this cell never arrived. Their changes were not acknowledged yet, so this package carries them too; nothing is lost.</translation>
    </message>
    <message>
        <source>This package was imported meanwhile; read it again.</source>
        <translation>This package was imported meanwhile; read it again.</translation>
    </message>
    <message>
        <source>The change to %1 cannot be applied: %2</source>
        <translation>The change to %1 cannot be applied: %2</translation>
    </message>
    <message>
        <source>the record is gone</source>
        <translation>the record is gone</translation>
    </message>
    <message>
        <source>This package is signed by a secretary who was removed on %1 (%2). Packages from that laptop are no longer accepted.</source>
        <translation>This package is signed by a secretary who was removed on %1 (%2). Packages from that laptop are no longer accepted.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The %1 refers to a %2 this database does not have.</source>
        <translation>The %1 refers to a %2 this database does not have.</translation>
    </message>
    <message>
        <source>Unknown kind of record.</source>
        <translation>Unknown kind of record.</translation>
    </message>
    <message>
        <source>The package carries no signed audit head of its sender.</source>
        <translation>The package carries no signed audit head of its sender.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log is at entry %1 (signed by %2).</source>
        <translation>The sender&apos;s audit log is at entry %1 (signed by %2).</translation>
    </message>
    <message>
        <source>This is the first head seen from this sender; it is remembered.</source>
        <translation>This is the first head seen from this sender; it is remembered.</translation>
    </message>
    <message>
        <source>Its previous package showed entry %1: the history only grew.</source>
        <translation>Its previous package showed entry %1: the history only grew.</translation>
    </message>
    <message>
        <source>Unchanged since its previous package.</source>
        <translation>Unchanged since its previous package.</translation>
    </message>
    <message>
        <source>WARNING: its package %1 already showed entry %2. The sender&apos;s database went back.</source>
        <translation>WARNING: its package %1 already showed entry %2. The sender&apos;s database went back.</translation>
    </message>
    <message>
        <source>WARNING: it is another database than the sender&apos;s before.</source>
        <translation>WARNING: it is another database than the sender&apos;s before.</translation>
    </message>
    <message>
        <source>The audit head this package carries is damaged or not signed by the key it names.</source>
        <translation>The audit head this package carries is damaged or not signed by the key it names.</translation>
    </message>
    <message>
        <source>The audit log could not be shortened this time: %1</source>
        <translation>The audit log could not be shortened this time: %1</translation>
    </message>
    <message>
        <source>This field database has no key of its home.</source>
        <translation>This field database has no key of its home.</translation>
    </message>
    <message>
        <source>a member outside the cell</source>
        <translation>a member outside the cell</translation>
    </message>
    <message>
        <source>a posting outside the cell</source>
        <translation>a posting outside the cell</translation>
    </message>
    <message>
        <source>a transfer letter outside the cell</source>
        <translation>a transfer letter outside the cell</translation>
    </message>
    <message>
        <source>a party unit the cell&apos;s records do not name</source>
        <translation>a party unit the cell&apos;s records do not name</translation>
    </message>
    <message>
        <source>another cell</source>
        <translation>another cell</translation>
    </message>
    <message>
        <source>%1: %2 is empty; a record of cell %3 must name it.</source>
        <translation>%1: %2 is empty; a record of cell %3 must name it.</translation>
    </message>
    <message>
        <source>%1: %2 points to %3 (%4). A secretary speaks for cell %5 only.</source>
        <translation>%1: %2 points to %3 (%4). A secretary speaks for cell %5 only.</translation>
    </message>
    <message>
        <source>%1: %2 is not the secretary&apos;s to change; home keeps its value.</source>
        <translation>%1: %2 is not the secretary&apos;s to change; home keeps its value.</translation>
    </message>
    <message>
        <source>%1: the secretary may not set %2 to &quot;%3&quot;; home keeps its value.</source>
        <translation>%1: the secretary may not set %2 to &quot;%3&quot;; home keeps its value.</translation>
    </message>
    <message>
        <source>%1: posting_id names a posting of another member than member_id.</source>
        <translation>%1: posting_id names a posting of another member than member_id.</translation>
    </message>
    <message>
        <source>Home has no exchange keys yet: there is nothing to replace.</source>
        <translation>Home has no exchange keys yet: there is nothing to replace.</translation>
    </message>
    <message>
        <source>No key of this cell&apos;s secretary is known.</source>
        <translation>No key of this cell&apos;s secretary is known.</translation>
    </message>
    <message>
        <source>At home this record does not belong to cell %1 (or no longer does).</source>
        <translation>At home this record does not belong to cell %1 (or no longer does).</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nothing was applied: %1</translation>
    </message>
    <message>
        <source>The package is in the old format 1, which showed in clear who sent it to whom and was sealed to keys that never change. This program reads only format %1: ask the sender to update the program and export the package again.</source>
        <translation>The package is in the old format 1, which showed in clear who sent it to whom and was sealed to keys that never change. This program reads only format %1: ask the sender to update the program and export the package again.</translation>
    </message>
    <message>
        <source>the number of key wraps is out of range</source>
        <translation>the number of key wraps is out of range</translation>
    </message>
    <message>
        <source>the content size is not one of the sizes</source>
        <translation>the content size is not one of the sizes</translation>
    </message>
    <message>
        <source>it has the wrong length</source>
        <translation>it has the wrong length</translation>
    </message>
    <message>
        <source>no key for the answer</source>
        <translation>no key for the answer</translation>
    </message>
    <message>
        <source>The enrolment code does not open this package. Check the code, and that this is the first package home made after enrolling you (a code issued by a program older than package format 2 must be issued again).</source>
        <translation>The enrolment code does not open this package. Check the code, and that this is the first package home made after enrolling you (a code issued by a program older than package format 2 must be issued again).</translation>
    </message>
    <message>
        <source>The key for the answer is missing.</source>
        <translation>The key for the answer is missing.</translation>
    </message>
    <message>
        <source>This is a return package from a cell secretary; it is imported at home, not on a laptop.</source>
        <translation>This is a return package from a cell secretary; it is imported at home, not on a laptop.</translation>
    </message>
    <message>
        <source>This is a cell package from home to a secretary&apos;s laptop; it is opened there, not imported at home.</source>
        <translation>This is a cell package from home to a secretary&apos;s laptop; it is opened there, not imported at home.</translation>
    </message>
    <message>
        <source>A package on record names a party this database does not know.</source>
        <translation>A package on record names a party this database does not know.</translation>
    </message>
    <message>
        <source>This database has never exchanged packages, so this package was made for another one.</source>
        <translation>This database has never exchanged packages, so this package was made for another one.</translation>
    </message>
    <message>
        <source>This field database does not know its home.</source>
        <translation>This field database does not know its home.</translation>
    </message>
    <message>
        <source>This package is about another cell than the one this laptop keeps (%1). It is refused.</source>
        <translation>This package is about another cell than the one this laptop keeps (%1). It is refused.</translation>
    </message>
    <message>
        <source>This package was made for another laptop. It is refused.</source>
        <translation>This package was made for another laptop. It is refused.</translation>
    </message>
    <message>
        <source>This package was not made by the home this laptop belongs to (its keys do not match %1). It is refused.</source>
        <translation>This package was not made by the home this laptop belongs to (its keys do not match %1). It is refused.</translation>
    </message>
    <message>
        <source>This package was made for another home database. It is refused.</source>
        <translation>This package was made for another home database. It is refused.</translation>
    </message>
    <message>
        <source>This package is signed by a laptop this database does not know. Only the registered secretary of a cell can send its packages.</source>
        <translation>This package is signed by a laptop this database does not know. Only the registered secretary of a cell can send its packages.</translation>
    </message>
    <message>
        <source>This package is about another cell than the one its secretary is registered for. It is refused.</source>
        <translation>This package is about another cell than the one its secretary is registered for. It is refused.</translation>
    </message>
    <message>
        <source>This package claims to come from the laptop enrolled for this cell, but its proof does not match the enrolment code home issued. It is refused.</source>
        <translation>This package claims to come from the laptop enrolled for this cell, but its proof does not match the enrolment code home issued. It is refused.</translation>
    </message>
    <message>
        <source>This package names a registered secretary but carries other keys. It is refused.</source>
        <translation>This package names a registered secretary but carries other keys. It is refused.</translation>
    </message>
    <message>
        <source>This package carries no signed audit head, but package %1 from the same sender did. Nothing was applied; ask the sender what happened.</source>
        <translation>This package carries no signed audit head, but package %1 from the same sender did. Nothing was applied; ask the sender what happened.</translation>
    </message>
    <message>
        <source>The audit head this package carries is damaged or not signed by the key it names. It is refused.</source>
        <translation>The audit head this package carries is damaged or not signed by the key it names. It is refused.</translation>
    </message>
    <message>
        <source>This package comes from another database than the sender&apos;s earlier packages (its audit log is not the one package %1 showed). The sender&apos;s database was replaced. Nothing was applied; ask the sender what happened.</source>
        <translation>This package comes from another database than the sender&apos;s earlier packages (its audit log is not the one package %1 showed). The sender&apos;s database was replaced. Nothing was applied; ask the sender what happened.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log went back: this package shows entry %1, but package %2 already showed entry %3%4. The sender&apos;s database was put back from an older copy, or its history was cut back. Nothing was applied; ask the sender what happened.</source>
        <translation>The sender&apos;s audit log went back: this package shows entry %1, but package %2 already showed entry %3%4. The sender&apos;s database was put back from an older copy, or its history was cut back. Nothing was applied; ask the sender what happened.</translation>
    </message>
    <message>
        <source> with another history</source>
        <translation> with another history</translation>
    </message>
    <message>
        <source>A different package numbered %1 from this sender was already applied. This one is refused; ask the sender what happened.</source>
        <translation>A different package numbered %1 from this sender was already applied. This one is refused; ask the sender what happened.</translation>
    </message>
    <message>
        <source>This package (number %1) is older than package %2, which was already applied. It is refused: applying it would undo newer work.</source>
        <translation>This package (number %1) is older than package %2, which was already applied. It is refused: applying it would undo newer work.</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask the secretary to export again; nothing was applied.</source>
        <translation>Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask the secretary to export again; nothing was applied.</translation>
    </message>
    <message>
        <source>This is a return package from a cell secretary, not a package from home.</source>
        <translation>This is a return package from a cell secretary, not a package from home.</translation>
    </message>
    <message>
        <source>This package opens with the code but does not prove that it comes from the home that issued it. It is refused.</source>
        <translation>This package opens with the code but does not prove that it comes from the home that issued it. It is refused.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match: it was not made by the sender it names, or was forged. It is refused.</source>
        <translation>The package&apos;s signature does not match: it was not made by the sender it names, or was forged. It is refused.</translation>
    </message>
    <message>
        <source>The package must be read from a file.</source>
        <translation>The package must be read from a file.</translation>
    </message>
    <message>
        <source>The package is cut short: it has %1 bytes where its header announces %2. Ask for the file to be sent again.</source>
        <translation>The package is cut short: it has %1 bytes where its header announces %2. Ask for the file to be sent again.</translation>
    </message>
    <message>
        <source>The package is %1 bytes, more than the %2 its header announces: something was added to it. It is refused.</source>
        <translation>The package is %1 bytes, more than the %2 its header announces: something was added to it. It is refused.</translation>
    </message>
    <message>
        <source>The package ends before its content does.</source>
        <translation>The package ends before its content does.</translation>
    </message>
    <message>
        <source>None of this database&apos;s current keys opens this package: it was made for another database, or it is older than the last exchange (the key it was sealed to has been deleted since). It is refused.</source>
        <translation>None of this database&apos;s current keys opens this package: it was made for another database, or it is older than the last exchange (the key it was sealed to has been deleted since). It is refused.</translation>
    </message>
    <message>
        <source>The content key has the wrong size.</source>
        <translation>The content key has the wrong size.</translation>
    </message>
    <message>
        <source>The package content does not decrypt: it is damaged or was altered.</source>
        <translation>The package content does not decrypt: it is damaged or was altered.</translation>
    </message>
    <message>
        <source>bytes after the end of the content</source>
        <translation>bytes after the end of the content</translation>
    </message>
</context>
<context>
    <name>orec::gui::AppController</name>
    <message>
        <source>The database was locked. Type your passphrase to continue.</source>
        <translation>The database was locked. Type your passphrase to continue.</translation>
    </message>
</context>
<context>
    <name>orec::gui::AttachmentViewerDialog</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>&amp;Fit to width</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; scan the paper again without one.</source>
        <translation>The PDF is protected by a password; scan the paper again without one.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditChangeFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Life-cycle: %1</source>
        <translation>Life-cycle: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Hometown</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Full-membership date</source>
        <translation>Full-membership date</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Under disciplinary review</source>
        <translation>Under disciplinary review</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>Overseas</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Cell type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Probationary cell</source>
        <translation>Probationary cell</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Visits relatives</source>
        <translation>Visits relatives</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Delegation size</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Approving committee</source>
        <translation>Approving committee</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Political-standard conclusion</source>
        <translation>Political-standard conclusion</translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation>Planned departure</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Planned return</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Party activity</source>
        <translation>Party activity</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Overseas cell</source>
        <translation>Overseas cell</translation>
    </message>
    <message>
        <source>Transfer letter out</source>
        <translation>Transfer letter out</translation>
    </message>
    <message>
        <source>Transfer letter back</source>
        <translation>Transfer letter back</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Departed without approval</source>
        <translation>Departed without approval</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>Lost contact since</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Did not return, as of</source>
        <translation>Did not return, as of</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>End of probation</translation>
    </message>
    <message>
        <source>Decision on full membership</source>
        <translation>Decision on full membership</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Decision reference</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Rules version</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Cell&apos;s opinion</source>
        <translation>Cell&apos;s opinion</translation>
    </message>
    <message>
        <source>Committee&apos;s opinion</source>
        <translation>Committee&apos;s opinion</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>Committee&apos;s decision</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Issuing committee</source>
        <translation>Issuing committee</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Register year</source>
        <translation>Register year</translation>
    </message>
    <message>
        <source>Register sequence</source>
        <translation>Register sequence</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Receiving unit (as written)</source>
        <translation>Receiving unit (as written)</translation>
    </message>
    <message>
        <source>Dues paid up to</source>
        <translation>Dues paid up to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New planned return</source>
        <translation>New planned return</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Travel companions</source>
        <translation>Travel companions</translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation>Relatives abroad</translation>
    </message>
    <message>
        <source>Takes no classified documents</source>
        <translation>Takes no classified documents</translation>
    </message>
    <message>
        <source>Reporting duties acknowledged</source>
        <translation>Reporting duties acknowledged</translation>
    </message>
    <message>
        <source>Work done and results</source>
        <translation>Work done and results</translation>
    </message>
    <message>
        <source>Contacts with foreigners</source>
        <translation>Contacts with foreigners</translation>
    </message>
    <message>
        <source>Gifts, awards or titles offered</source>
        <translation>Gifts, awards or titles offered</translation>
    </message>
    <message>
        <source>Invitations to foreign organisations</source>
        <translation>Invitations to foreign organisations</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Own assessment</source>
        <translation>Own assessment</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Record identifier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Cell code</source>
        <translation>Cell code</translation>
    </message>
    <message>
        <source>Cell identifier</source>
        <translation>Cell identifier</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Last change acknowledged</source>
        <translation>Last change acknowledged</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>First package</source>
        <translation>First package</translation>
    </message>
    <message>
        <source>Records adopted</source>
        <translation>Records adopted</translation>
    </message>
    <message>
        <source>Laptops to tell</source>
        <translation>Laptops to tell</translation>
    </message>
    <message>
        <source>Entries removed</source>
        <translation>Entries removed</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>Keys deleted</source>
        <translation>Keys deleted</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Key identifier</translation>
    </message>
    <message>
        <source>Row number</source>
        <translation>Row number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>Party unit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Transfer letter</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Key slot</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Exchange partner</source>
        <translation>Exchange partner</translation>
    </message>
    <message>
        <source>Exchange identity</source>
        <translation>Exchange identity</translation>
    </message>
    <message>
        <source>Exchange key access</source>
        <translation>Exchange key access</translation>
    </message>
    <message>
        <source>Exchange mode</source>
        <translation>Exchange mode</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Exchange conflict</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Pending secretary</source>
        <translation>Pending secretary</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Passphrase reset</source>
        <translation>Passphrase reset</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>Keys replaced</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Signatures begin</source>
        <translation>Signatures begin</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>Pruned</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Access withdrawn</translation>
    </message>
    <message>
        <source>Resealed</source>
        <translation>Resealed</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Keys rotated</translation>
    </message>
    <message>
        <source>Home keys set</source>
        <translation>Home keys set</translation>
    </message>
    <message>
        <source>Home keys announced</source>
        <translation>Home keys announced</translation>
    </message>
    <message>
        <source>Field database created</source>
        <translation>Field database created</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>Field mode</translation>
    </message>
    <message>
        <source>Own key rotated</source>
        <translation>Own key rotated</translation>
    </message>
    <message>
        <source>Key issued</source>
        <translation>Key issued</translation>
    </message>
    <message>
        <source>Removed from the exchange</source>
        <translation>Removed from the exchange</translation>
    </message>
    <message>
        <source>Demonstration data generated</source>
        <translation>Demonstration data generated</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <source>home&apos;s version kept</source>
        <translation>home&apos;s version kept</translation>
    </message>
    <message>
        <source>cell&apos;s version taken</source>
        <translation>cell&apos;s version taken</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>postings</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet: %1</source>
        <translation>Imported from a spreadsheet: %1</translation>
    </message>
    <message>
        <source>Exported to a spreadsheet: %1</source>
        <translation>Exported to a spreadsheet: %1</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflict resolved: %1</translation>
    </message>
    <message>
        <source>Due date changed</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <source>Decision on full membership recorded</source>
        <translation>Decision on full membership recorded</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Transfer letter linked</source>
        <translation>Transfer letter linked</translation>
    </message>
    <message>
        <source>Installed from an exchange package</source>
        <translation>Installed from an exchange package</translation>
    </message>
    <message>
        <source>Applied again from an exchange package</source>
        <translation>Applied again from an exchange package</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogScreen</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>The audit log could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: all %n row(s) verify, none was removed or altered.</source>
        <translation>
            <numerusform>✔ The audit log is intact: %n row verifies, none was removed or altered.</numerusform>
            <numerusform>✔ The audit log is intact: all %n rows verify, none was removed or altered.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit log was tampered with: %1</source>
        <translation>✘ The audit log was tampered with: %1</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <source>Choose an entry to see what changed.</source>
        <translation>Choose an entry to see what changed.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3 by %4 at %5</source>
        <translation>%1 “%2”: %3 by %4 at %5</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <comment>file name</comment>
        <translation>audit-log</translation>
    </message>
</context>
<context>
    <name>orec::gui::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>orec::gui::CellsScreen</name>
    <message numerus="yes">
        <source>%1 — %n cell(s)</source>
        <translation>
            <numerusform>%1 — %n cell</numerusform>
            <numerusform>%1 — %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Members abroad in this country now, in a cell or not</source>
        <translation>Members abroad in this country now, in a cell or not</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overseas cell(s) in %1 countries</source>
        <translation>
            <numerusform>%Ln overseas cell in %1 countries</numerusform>
            <numerusform>%Ln overseas cells in %1 countries</numerusform>
        </translation>
    </message>
    <message>
        <source>(none appointed)</source>
        <translation>(none appointed)</translation>
    </message>
</context>
<context>
    <name>orec::gui::ChangePassphraseDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>orec::gui::CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>Check the register</translation>
    </message>
    <message>
        <source>The check verifies that the file is sound, that the audit log is unbroken and signed by users entitled to each change, and that every record is what its last audit entry says. A change made behind the program&apos;s back is named by its table and row.</source>
        <translation>The check verifies that the file is sound, that the audit log is unbroken and signed by users entitled to each change, and that every record is what its last audit entry says. A change made behind the program&apos;s back is named by its table and row.</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>Kind of check</translation>
    </message>
    <message>
        <source>&amp;Quick check: the file&apos;s structure, the audit log and every record (every day)</source>
        <translation>&amp;Quick check: the file&apos;s structure, the audit log and every record (every day)</translation>
    </message>
    <message>
        <source>&amp;Full check: also every page&apos;s contents and every link between records (takes longer)</source>
        <translation>&amp;Full check: also every page&apos;s contents and every link between records (takes longer)</translation>
    </message>
    <message>
        <source>optional, e.g. 1234-ABCDE-FGHJK-LMNPQ-RSTUV</source>
        <translation>optional, e.g. 1234-ABCDE-FGHJK-LMNPQ-RSTUV</translation>
    </message>
    <message>
        <source>Check&amp;point from the paper records:</source>
        <translation>Check&amp;point from the paper records:</translation>
    </message>
    <message>
        <source>What the check finds is listed here, by table and row.</source>
        <translation>What the check finds is listed here, by table and row.</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Start the check</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Checking the file&apos;s pages…</source>
        <translation>Checking the file&apos;s pages…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Verifying the audit log and the records: %1 of %2…</source>
        <translation>Verifying the audit log and the records: %1 of %2…</translation>
    </message>
    <message>
        <source>The check was stopped after %1 s; nothing was concluded.</source>
        <translation>The check was stopped after %1 s; nothing was concluded.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>✔ The register is sound (%1 s).</source>
        <translation>✔ The register is sound (%1 s).</translation>
    </message>
    <message>
        <source>✘ The check found problems: nothing can be changed in this register until a backup that passes the check is restored. Tell your administrator and keep this list (%1 s).</source>
        <translation>✘ The check found problems: nothing can be changed in this register until a backup that passes the check is restored. Tell your administrator and keep this list (%1 s).</translation>
    </message>
    <message>
        <source>A checkpoint code written down earlier (File → Audit checkpoint…): the check then also proves that no history since that code was cut back or rewritten.</source>
        <translation>A checkpoint code written down earlier (File → Audit checkpoint…): the check then also proves that no history since that code was cut back or rewritten.</translation>
    </message>
    <message>
        <source>“%1” is not a checkpoint code: it looks like 1234-ABCDE-FGHJK-LMNPQ-RSTUV, as File → Audit checkpoint… or `orec audit checkpoint` prints it.</source>
        <translation>“%1” is not a checkpoint code: it looks like 1234-ABCDE-FGHJK-LMNPQ-RSTUV, as File → Audit checkpoint… or `orec audit checkpoint` prints it.</translation>
    </message>
</context>
<context>
    <name>orec::gui::CommitteeLevelsDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>orec::gui::DashboardScreen</name>
    <message>
        <source>Right-click to save the chart as a picture</source>
        <translation>Right-click to save the chart as a picture</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Print the statistical report…</source>
        <translation>Print the statistical report…</translation>
    </message>
    <message>
        <source>Print the statistical report with this chart…</source>
        <translation>Print the statistical report with this chart…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>members in the register</source>
        <translation>members in the register</translation>
    </message>
    <message>
        <source>abroad now</source>
        <translation>abroad now</translation>
    </message>
    <message>
        <source>overdue to return</source>
        <translation>overdue to return</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>lost contact</translation>
    </message>
    <message>
        <source>reports overdue</source>
        <translation>reports overdue</translation>
    </message>
    <message>
        <source>reports due in 14 days</source>
        <translation>reports due in 14 days</translation>
    </message>
    <message>
        <source>probation ends within 30 days</source>
        <translation>probation ends within 30 days</translation>
    </message>
    <message>
        <source>Opens the list of probationary members</source>
        <translation>Opens the list of probationary members</translation>
    </message>
    <message>
        <source>departures without approval</source>
        <translation>departures without approval</translation>
    </message>
    <message>
        <source>Abroad now, by country (the %1 largest)</source>
        <translation>Abroad now, by country (the %1 largest)</translation>
    </message>
    <message>
        <source>Members abroad</source>
        <translation>Members abroad</translation>
    </message>
    <message>
        <source>Abroad now, by cell type</source>
        <translation>Abroad now, by cell type</translation>
    </message>
    <message>
        <source>Not in an overseas cell</source>
        <translation>Not in an overseas cell</translation>
    </message>
    <message>
        <source>Departures and returns per month, last two years</source>
        <translation>Departures and returns per month, last two years</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Departures</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>The chart was saved to %1.</source>
        <translation>The chart was saved to %1.</translation>
    </message>
</context>
<context>
    <name>orec::gui::DateLineEdit</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Pick from a calendar</translation>
    </message>
    <message>
        <source>Read as %1, %2</source>
        <translation>Read as %1, %2</translation>
    </message>
</context>
<context>
    <name>orec::gui::DocumentRegisterDialog</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Reprint %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Reprint failed</source>
        <translation>Reprint failed</translation>
    </message>
    <message>
        <source>document-register</source>
        <comment>file name</comment>
        <translation>document-register</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Document register</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>number or words of the title</source>
        <translation>number or words of the title</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>every kind</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>orec::gui::DossierTabs</name>
    <message>
        <source>Abroad now</source>
        <translation>Abroad now</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, overdue since %2</translation>
    </message>
    <message>
        <source>Departed without approval: to be reported to the committee.</source>
        <translation>Departed without approval: to be reported to the committee.</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>(no overseas cell recorded)</source>
        <translation>(no overseas cell recorded)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::EditorDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Throw them away?</source>
        <translation>You have changes that are not saved. Throw them away?</translation>
    </message>
    <message>
        <source>Unsaved changes restored after the lock. Check them, then save.</source>
        <translation>Unsaved changes restored after the lock. Check them, then save.</translation>
    </message>
</context>
<context>
    <name>orec::gui::EnrolmentCodeDialog</name>
    <message>
        <source>&lt;b&gt;Enrolment code for %1&lt;/b&gt;, secretary of cell %2 — %3:</source>
        <translation>&lt;b&gt;Enrolment code for %1&lt;/b&gt;, secretary of cell %2 — %3:</translation>
    </message>
    <message>
        <source>the new secretary</source>
        <translation>the new secretary</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExchangeActions</name>
    <message>
        <source>There are no overseas cells in the register.</source>
        <translation>There are no overseas cells in the register.</translation>
    </message>
    <message>
        <source>Overseas cell:</source>
        <translation>Overseas cell:</translation>
    </message>
    <message>
        <source>Export a cell package</source>
        <translation>Export a cell package</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Overseas Records packages (*.orecpkg)</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Package not written</translation>
    </message>
    <message>
        <source>Package number %1 for the cell %2 was written to %3.
%4 member(s), %5 posting(s), %6 report(s).</source>
        <translation>Package number %1 for the cell %2 was written to %3.
%4 member(s), %5 posting(s), %6 report(s).</translation>
    </message>
    <message>
        <source>This is the first package: the secretary opens it with the enrolment code given to them in person.</source>
        <translation>This is the first package: the secretary opens it with the enrolment code given to them in person.</translation>
    </message>
    <message>
        <source>It can be opened only on the secretary&apos;s laptop (key %1).</source>
        <translation>It can be opened only on the secretary&apos;s laptop (key %1).</translation>
    </message>
    <message>
        <source>Cell package written</source>
        <translation>Cell package written</translation>
    </message>
    <message>
        <source>Cell package written to %1.</source>
        <translation>Cell package written to %1.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Import a package</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>Package imported from %1.</source>
        <translation>Package imported from %1.</translation>
    </message>
    <message>
        <source>Enrol a cell secretary</source>
        <translation>Enrol a cell secretary</translation>
    </message>
    <message>
        <source>Name of the secretary (as it will be shown with their key):</source>
        <translation>Name of the secretary (as it will be shown with their key):</translation>
    </message>
    <message>
        <source>Secretary not enrolled</source>
        <translation>Secretary not enrolled</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Enrolment code for %1 (cell %2):

    %3

Give it to the secretary in person or read it out by phone; never send it with the package. It is shown only now.</source>
        <translation>Enrolment code for %1 (cell %2):

    %3

Give it to the secretary in person or read it out by phone; never send it with the package. It is shown only now.</translation>
    </message>
    <message>
        <source>Install a package from home</source>
        <translation>Install a package from home</translation>
    </message>
    <message>
        <source>Package not installed</source>
        <translation>Package not installed</translation>
    </message>
    <message>
        <source>Package already installed</source>
        <translation>Package already installed</translation>
    </message>
    <message>
        <source>Home&apos;s package %1 was installed before; nothing changed.</source>
        <translation>Home&apos;s package %1 was installed before; nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>Home&apos;s package %1 is installed: %n record(s) written or updated</source>
        <translation>
            <numerusform>Home&apos;s package %1 is installed: %n record written or updated</numerusform>
            <numerusform>Home&apos;s package %1 is installed: %n records written or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that left the cell at home removed</source>
        <translation>
            <numerusform>, %n that left the cell at home removed</numerusform>
            <numerusform>, %n that left the cell at home removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s packages %1 to %2 never arrived here; this one holds everything they held.</source>
        <translation>Home&apos;s packages %1 to %2 never arrived here; this one holds everything they held.</translation>
    </message>
    <message>
        <source>Home has applied your changes up to number %1.</source>
        <translation>Home has applied your changes up to number %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your change(s) still wait for home; they stay on show here.</source>
        <translation>
            <numerusform>%n of your changes still waits for home; it stays on show here.</numerusform>
            <numerusform>%n of your changes still wait for home; they stay on show here.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of yours waits for home.</source>
        <translation>No change of yours waits for home.</translation>
    </message>
    <message>
        <source>Package installed</source>
        <translation>Package installed</translation>
    </message>
    <message>
        <source>Home&apos;s package %1 installed.</source>
        <translation>Home&apos;s package %1 installed.</translation>
    </message>
    <message>
        <source>Export the return package</source>
        <translation>Export the return package</translation>
    </message>
    <message>
        <source>Return package written</source>
        <translation>Return package written</translation>
    </message>
    <message numerus="yes">
        <source>Return package number %1 was written to %2 with %n change(s) home has not acknowledged yet.</source>
        <translation>
            <numerusform>Return package number %1 was written to %2 with %n change home has not acknowledged yet.</numerusform>
            <numerusform>Return package number %1 was written to %2 with %n changes home has not acknowledged yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to home by any channel: only home can open it, and home will notice any change to it.</source>
        <translation>Send it to home by any channel: only home can open it, and home will notice any change to it.</translation>
    </message>
    <message>
        <source>Return package written to %1.</source>
        <translation>Return package written to %1.</translation>
    </message>
    <message>
        <source>%1-return-%2.orecpkg</source>
        <comment>file name</comment>
        <translation>%1-return-%2.orecpkg</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExchangeLabels</name>
    <message>
        <source>The package cannot be used</source>
        <translation>The package cannot be used</translation>
    </message>
    <message>
        <source>This is not an Overseas Records package</source>
        <translation>This is not an Overseas Records package</translation>
    </message>
    <message>
        <source>The package is incomplete</source>
        <translation>The package is incomplete</translation>
    </message>
    <message>
        <source>The package is larger than it says</source>
        <translation>The package is larger than it says</translation>
    </message>
    <message>
        <source>The package is damaged</source>
        <translation>The package is damaged</translation>
    </message>
    <message>
        <source>The package is about another cell</source>
        <translation>The package is about another cell</translation>
    </message>
    <message>
        <source>The package goes the other way</source>
        <translation>The package goes the other way</translation>
    </message>
    <message>
        <source>The sender is not known here</source>
        <translation>The sender is not known here</translation>
    </message>
    <message>
        <source>The sender was removed</source>
        <translation>The sender was removed</translation>
    </message>
    <message>
        <source>The package was altered or forged</source>
        <translation>The package was altered or forged</translation>
    </message>
    <message>
        <source>The package cannot be opened</source>
        <translation>The package cannot be opened</translation>
    </message>
    <message>
        <source>The package&apos;s content is damaged</source>
        <translation>The package&apos;s content is damaged</translation>
    </message>
    <message>
        <source>The package was imported before</source>
        <translation>The package was imported before</translation>
    </message>
    <message>
        <source>The package is older than one already imported</source>
        <translation>The package is older than one already imported</translation>
    </message>
    <message>
        <source>Another package with the same number was imported</source>
        <translation>Another package with the same number was imported</translation>
    </message>
    <message>
        <source>Changes before this package are missing</source>
        <translation>Changes before this package are missing</translation>
    </message>
    <message>
        <source>Ask the sender to send the file again, by another channel if this one damages files.</source>
        <translation>Ask the sender to send the file again, by another channel if this one damages files.</translation>
    </message>
    <message>
        <source>Do not use this file. Call the sender and ask them to export the package again.</source>
        <translation>Do not use this file. Call the sender and ask them to export the package again.</translation>
    </message>
    <message>
        <source>Update Overseas Records on this computer, then import the package again.</source>
        <translation>Update Overseas Records on this computer, then import the package again.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and opened the right database.</source>
        <translation>Check that you chose the right file and opened the right database.</translation>
    </message>
    <message>
        <source>Home imports return packages from cells; a laptop installs cell packages from home.</source>
        <translation>Home imports return packages from cells; a laptop installs cell packages from home.</translation>
    </message>
    <message>
        <source>Only the cell&apos;s registered secretary can send packages. Compare fingerprints by phone under Tools → Keys and fingerprints.</source>
        <translation>Only the cell&apos;s registered secretary can send packages. Compare fingerprints by phone under Tools → Keys and fingerprints.</translation>
    </message>
    <message>
        <source>Ask the sender for their newest package: it carries every change not yet acknowledged.</source>
        <translation>Ask the sender for their newest package: it carries every change not yet acknowledged.</translation>
    </message>
    <message>
        <source>waiting for the laptop&apos;s first package</source>
        <translation>waiting for the laptop&apos;s first package</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Cell secretary</source>
        <translation>Cell secretary</translation>
    </message>
    <message>
        <source>The package is in a format this program does not read</source>
        <translation>The package is in a format this program does not read</translation>
    </message>
    <message>
        <source>No key of this database opens the package</source>
        <translation>No key of this database opens the package</translation>
    </message>
    <message>
        <source>The sender&apos;s database went back to an older state</source>
        <translation>The sender&apos;s database went back to an older state</translation>
    </message>
    <message>
        <source>Do not use this package. Call the sender: their database was put back from an older copy or replaced, and what was recorded since may be lost or hidden. Tell the committee.</source>
        <translation>Do not use this package. Call the sender: their database was put back from an older copy or replaced, and what was recorded since may be lost or hidden. Tell the committee.</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExportCellPackageDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>There are no active overseas cells in the register.</source>
        <translation>There are no active overseas cells in the register.</translation>
    </message>
    <message>
        <source>No secretary is enrolled for this cell. Enrol one first under Tools → Cell secretaries…</source>
        <translation>No secretary is enrolled for this cell. Enrol one first under Tools → Cell secretaries…</translation>
    </message>
    <message>
        <source>The first package for %1: it opens only with the enrolment code that was handed to them.</source>
        <translation>The first package for %1: it opens only with the enrolment code that was handed to them.</translation>
    </message>
    <message>
        <source>the new secretary</source>
        <translation>the new secretary</translation>
    </message>
    <message>
        <source>Encrypted to the laptop of %1, fingerprint &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>Encrypted to the laptop of %1, fingerprint &lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Save the cell package</source>
        <translation>Save the cell package</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Overseas Records packages (*.orecpkg)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Package not written</translation>
    </message>
</context>
<context>
    <name>orec::gui::FieldSetupDialog</name>
    <message>
        <source>Open the cell package</source>
        <translation>Open the cell package</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Overseas Records packages (*.orecpkg)</translation>
    </message>
    <message>
        <source>Save the field database</source>
        <translation>Save the field database</translation>
    </message>
    <message>
        <source>Overseas Records databases (*.orec)</source>
        <translation>Overseas Records databases (*.orec)</translation>
    </message>
    <message>
        <source>Choose the cell package home sent you.</source>
        <translation>Choose the cell package home sent you.</translation>
    </message>
    <message>
        <source>Choose where to save the field database.</source>
        <translation>Choose where to save the field database.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file: the set-up never overwrites a database.</source>
        <translation>%1 exists already. Choose another file: the set-up never overwrites a database.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The field database of cell %1 — %2 was created&lt;/b&gt; with %n member(s). It holds this cell only and is encrypted with your passphrase.</source>
        <translation>
            <numerusform>&lt;b&gt;The field database of cell %1 — %2 was created&lt;/b&gt; with %n member. It holds this cell only and is encrypted with your passphrase.</numerusform>
            <numerusform>&lt;b&gt;The field database of cell %1 — %2 was created&lt;/b&gt; with %n members. It holds this cell only and is encrypted with your passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::FieldStatusDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: home did not apply it.</source>
        <translation>Refused: home did not apply it.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message numerus="yes">
        <source>the other %n field(s) applied</source>
        <translation>
            <numerusform>the other %n field applied</numerusform>
            <numerusform>the other %n fields applied</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>already so at home</source>
        <translation>already so at home</translation>
    </message>
    <message>
        <source>home kept its value</source>
        <translation>home kept its value</translation>
    </message>
    <message>
        <source>your value was taken</source>
        <translation>your value was taken</translation>
    </message>
    <message>
        <source>edited at home</source>
        <translation>edited at home</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Status of my changes — cell %1</source>
        <translation>Status of my changes — cell %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cell %1.&lt;/b&gt; Home&apos;s package %2 is installed on this laptop.</source>
        <translation>&lt;b&gt;Cell %1.&lt;/b&gt; Home&apos;s package %2 is installed on this laptop.</translation>
    </message>
    <message>
        <source>You have not sent a return package yet.</source>
        <translation>You have not sent a return package yet.</translation>
    </message>
    <message numerus="yes">
        <source>You sent %n return package(s); home has not acknowledged any yet.</source>
        <translation>
            <numerusform>You sent %n return package; home has not acknowledged any yet.</numerusform>
            <numerusform>You sent %n return packages; home has not acknowledged any yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You sent %1 return package(s); home applied them up to your package %2 (change %3).</source>
        <translation>You sent %1 return package(s); home applied them up to your package %2 (change %3).</translation>
    </message>
    <message>
        <source>Home has not registered this laptop&apos;s keys yet: compare the fingerprints by phone.</source>
        <translation>Home has not registered this laptop&apos;s keys yet: compare the fingerprints by phone.</translation>
    </message>
    <message>
        <source>in package %1</source>
        <translation>in package %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Nothing waits for home: every change recorded here has reached home.</source>
        <translation>Nothing waits for home: every change recorded here has reached home.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded here have not reached home yet</source>
        <translation>
            <numerusform>%n change recorded here has not reached home yet</numerusform>
            <numerusform>%n changes recorded here have not reached home yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not sent in any package: export a return package).</source>
        <translation>
            <numerusform>(%n not sent in any package: export a return package).</numerusform>
            <numerusform>(%n not sent in any package: export a return package).</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s last package did not report on any of your changes yet.</source>
        <translation>Home&apos;s last package did not report on any of your changes yet.</translation>
    </message>
    <message>
        <source>What home&apos;s last package (number %1) says it did with your changes, which have reached home:</source>
        <translation>What home&apos;s last package (number %1) says it did with your changes, which have reached home:</translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;This laptop&apos;s fingerprint: &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Home&apos;s fingerprint: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;This laptop&apos;s fingerprint: &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>orec::gui::FilterBar</name>
    <message numerus="yes">
        <source> — %n filter(s) active</source>
        <translation>
            <numerusform> — %n filter active</numerusform>
            <numerusform> — %n filters active</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear these filters</source>
        <translation>Clear these filters</translation>
    </message>
    <message>
        <source>Shows the whole list again; a search typed stays</source>
        <translation>Shows the whole list again; a search typed stays</translation>
    </message>
    <message numerus="yes">
        <source>Nothing shown with %n filter(s) active: %1</source>
        <translation>
            <numerusform>Nothing shown with %n filter active: %1</numerusform>
            <numerusform>Nothing shown with %n filters active: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtered by %1</translation>
    </message>
</context>
<context>
    <name>orec::gui::ImportPackageDialog</name>
    <message>
        <source>Import the package of cell %1</source>
        <translation>Import the package of cell %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Made on %4 by the laptop with fingerprint &lt;tt&gt;%5&lt;/tt&gt;. Nothing changes at home until you apply it.</source>
        <translation>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Made on %4 by the laptop with fingerprint &lt;tt&gt;%5&lt;/tt&gt;. Nothing changes at home until you apply it.</translation>
    </message>
    <message>
        <source>This package was imported before: applying it again changes nothing.</source>
        <translation>This package was imported before: applying it again changes nothing.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this cell never arrived; this one carries their changes too, so nothing is lost.</source>
        <translation>Packages %1 to %2 from this cell never arrived; this one carries their changes too, so nothing is lost.</translation>
    </message>
    <message>
        <source>The package holds no change that home has not applied already.</source>
        <translation>The package holds no change that home has not applied already.</translation>
    </message>
    <message>
        <source>Applies the package and rolls everything back: shows what would be written and whether the register accepts it.</source>
        <translation>Applies the package and rolls everything back: shows what would be written and whether the register accepts it.</translation>
    </message>
    <message>
        <source>member&apos;s own record</source>
        <translation>member&apos;s own record</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>%1, recorded by %2 on %3</source>
        <translation>%1, recorded by %2 on %3</translation>
    </message>
    <message>
        <source>(no record yet)</source>
        <translation>(no record yet)</translation>
    </message>
    <message>
        <source>Changed at home by %1 on %2</source>
        <translation>Changed at home by %1 on %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>will be added</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>will be applied</translation>
    </message>
    <message>
        <source>home already has it</source>
        <translation>home already has it</translation>
    </message>
    <message>
        <source>refused: not the secretary&apos;s to change</source>
        <translation>refused: not the secretary&apos;s to change</translation>
    </message>
    <message>
        <source>CONFLICT: decide below</source>
        <translation>CONFLICT: decide below</translation>
    </message>
    <message>
        <source>conflict: home&apos;s value kept</source>
        <translation>conflict: home&apos;s value kept</translation>
    </message>
    <message>
        <source>conflict: the cell&apos;s value taken</source>
        <translation>conflict: the cell&apos;s value taken</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>conflict: edited to “%1”</source>
        <translation>conflict: edited to “%1”</translation>
    </message>
    <message>
        <source>posting of %1 (%2)</source>
        <translation>posting of %1 (%2)</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>unknown member</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Selected change</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>(a new record)</source>
        <translation>(a new record)</translation>
    </message>
    <message>
        <source>changed at home by %1 on %2</source>
        <translation>changed at home by %1 on %2</translation>
    </message>
    <message>
        <source>recorded in the cell by %1 on %2</source>
        <translation>recorded in the cell by %1 on %2</translation>
    </message>
    <message>
        <source>Both home and the cell changed this field since the cell&apos;s last package from home.</source>
        <translation>Both home and the cell changed this field since the cell&apos;s last package from home.</translation>
    </message>
    <message>
        <source>It points to another record, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</source>
        <translation>It points to another record, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</translation>
    </message>
    <message>
        <source>Its value is chosen from a fixed list, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</source>
        <translation>Its value is chosen from a fixed list, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</translation>
    </message>
    <message>
        <source>Keep home&apos;s value, take the cell&apos;s, or type the right one.</source>
        <translation>Keep home&apos;s value, take the cell&apos;s, or type the right one.</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Decided: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in the cell</source>
        <translation>
            <numerusform>%n record changed in the cell</numerusform>
            <numerusform>%n records changed in the cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n still to decide&lt;/b&gt;: Apply waits until every one is decided.</source>
        <translation>
            <numerusform>&lt;b&gt;%n still to decide&lt;/b&gt;: Apply waits until every one is decided.</numerusform>
            <numerusform>&lt;b&gt;%n still to decide&lt;/b&gt;: Apply waits until every one is decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide every conflict first.</source>
        <translation>Decide every conflict first.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Nothing would be written.</translation>
    </message>
    <message>
        <source>The register would refuse this package:</source>
        <translation>The register would refuse this package:</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Dry run, nothing was saved:</source>
        <translation>Dry run, nothing was saved:</translation>
    </message>
    <message>
        <source>%1 new record(s) and %2 changed, %3 field(s) written, %4 refused.</source>
        <translation>%1 new record(s) and %2 changed, %3 field(s) written, %4 refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) not decided yet were tried with home&apos;s value.</source>
        <translation>
            <numerusform>%n conflict not decided yet was tried with home&apos;s value.</numerusform>
            <numerusform>%n conflicts not decided yet were tried with home&apos;s value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package not applied</source>
        <translation>Package not applied</translation>
    </message>
    <message>
        <source>Nothing was changed at home.</source>
        <translation>Nothing was changed at home.</translation>
    </message>
    <message>
        <source>%1 new record(s) and %2 changed; %3 conflict(s) decided and recorded in the audit log; %4 change(s) refused.</source>
        <translation>%1 new record(s) and %2 changed; %3 conflict(s) decided and recorded in the audit log; %4 change(s) refused.</translation>
    </message>
    <message>
        <source>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</source>
        <translation>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</translation>
    </message>
    <message>
        <source>Home&apos;s next cell package tells the secretary what became of each change.</source>
        <translation>Home&apos;s next cell package tells the secretary what became of each change.</translation>
    </message>
    <message>
        <source>Package applied</source>
        <translation>Package applied</translation>
    </message>
    <message>
        <source>Decisions not applied</source>
        <translation>Decisions not applied</translation>
    </message>
    <message>
        <source>You decided conflicts but did not apply the package. Close and throw the decisions away?</source>
        <translation>You decided conflicts but did not apply the package. Close and throw the decisions away?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Imported before, from the laptop with fingerprint &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Imported before, from the laptop with fingerprint &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>orec::gui::ImportPreviewModel</name>
    <message>
        <source>This column is not imported.</source>
        <translation>This column is not imported.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>orec::gui::IssueTransferDialog</name>
    <message>
        <source>The number is given by the committee&apos;s transfer register (10-SHĐ) when the letter is issued.</source>
        <translation>The number is given by the committee&apos;s transfer register (10-SHĐ) when the letter is issued.</translation>
    </message>
    <message>
        <source>Issue a transfer letter out</source>
        <translation>Issue a transfer letter out</translation>
    </message>
    <message>
        <source>Issue a transfer letter back</source>
        <translation>Issue a transfer letter back</translation>
    </message>
    <message>
        <source>Letter out: the member&apos;s party activity moves to the unit abroad.</source>
        <translation>Letter out: the member&apos;s party activity moves to the unit abroad.</translation>
    </message>
    <message>
        <source>Letter back: the member&apos;s party activity returns to the home unit.</source>
        <translation>Letter back: the member&apos;s party activity returns to the home unit.</translation>
    </message>
    <message>
        <source>(not in the register: type the name below)</source>
        <translation>(not in the register: type the name below)</translation>
    </message>
    <message>
        <source>The issue date is not a date (dd/MM/yyyy).</source>
        <translation>The issue date is not a date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>“Dues paid up to” is not a date (dd/MM/yyyy).</source>
        <translation>“Dues paid up to” is not a date (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>&amp;Issue the letter</translation>
    </message>
    <message>
        <source>Letter no. %1 issued.</source>
        <translation>Letter no. %1 issued.</translation>
    </message>
</context>
<context>
    <name>orec::gui::KeysDialog</name>
    <message>
        <source>This laptop&apos;s fingerprint (field database of cell %1):</source>
        <translation>This laptop&apos;s fingerprint (field database of cell %1):</translation>
    </message>
    <message>
        <source>This home database&apos;s fingerprint:</source>
        <translation>This home database&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>The home this laptop trades packages with:</source>
        <translation>The home this laptop trades packages with:</translation>
    </message>
    <message>
        <source>The cell secretaries&apos; laptops home knows:</source>
        <translation>The cell secretaries&apos; laptops home knows:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>No cell secretary is enrolled yet.</source>
        <translation>No cell secretary is enrolled yet.</translation>
    </message>
    <message>
        <source>Home&apos;s exchange keys are not made yet: an administrator who signs as home makes them (Tools › Keys and fingerprints, or enrolling the first cell secretary).</source>
        <translation>Home&apos;s exchange keys are not made yet: an administrator who signs as home makes them (Tools › Keys and fingerprints, or enrolling the first cell secretary).</translation>
    </message>
</context>
<context>
    <name>orec::gui::MainWindow</name>
    <message>
        <source>Overseas Records — %1</source>
        <translation>Overseas Records — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Change my &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Locks in %1:%2</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Overseas Records backups (*.orecbak)</source>
        <translation>Overseas Records backups (*.orecbak)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Passphrase not changed</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Overseas cells</source>
        <translation>Overseas cells</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Reports due</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;About Overseas Records</source>
        <translation>&amp;About Overseas Records</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>About Overseas Records</source>
        <translation>About Overseas Records</translation>
    </message>
    <message>
        <source>Overseas Records %1
Records of party members who go abroad.
The database is encrypted; every change is kept in a verified audit log.</source>
        <translation>Overseas Records %1
Records of party members who go abroad.
The database is encrypted; every change is kept in a verified audit log.</translation>
    </message>
    <message>
        <source>&amp;Export a cell package…</source>
        <translation>&amp;Export a cell package…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>&amp;Import a package…</translation>
    </message>
    <message>
        <source>&amp;Enrol a cell secretary…</source>
        <translation>&amp;Enrol a cell secretary…</translation>
    </message>
    <message>
        <source>Cell &amp;secretaries…</source>
        <translation>Cell &amp;secretaries…</translation>
    </message>
    <message>
        <source>&amp;Keys and fingerprints…</source>
        <translation>&amp;Keys and fingerprints…</translation>
    </message>
    <message>
        <source>&amp;Install a package from home…</source>
        <translation>&amp;Install a package from home…</translation>
    </message>
    <message>
        <source>&amp;Export the return package…</source>
        <translation>&amp;Export the return package…</translation>
    </message>
    <message>
        <source>&amp;Status of my changes…</source>
        <translation>&amp;Status of my changes…</translation>
    </message>
    <message>
        <source>Import members or postings from a &amp;spreadsheet…</source>
        <translation>Import members or postings from a &amp;spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>Overseas Records — field database of cell %1</source>
        <translation>Overseas Records — field database of cell %1</translation>
    </message>
    <message>
        <source>Field database — cell %1: %2</source>
        <translation>Field database — cell %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field database — cell %1 %2.&lt;/b&gt; This laptop holds only this cell. Record what happens here; send it home with &lt;i&gt;File › Export the return package&lt;/i&gt; and install home&apos;s packages with &lt;i&gt;File › Install a package from home&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Field database — cell %1 %2.&lt;/b&gt; This laptop holds only this cell. Record what happens here; send it home with &lt;i&gt;File › Export the return package&lt;/i&gt; and install home&apos;s packages with &lt;i&gt;File › Install a package from home&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>%n row imported from the spreadsheet.</numerusform>
            <numerusform>%n rows imported from the spreadsheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>Chec&amp;k the register…</translation>
    </message>
    <message>
        <source>Audit check&amp;point…</source>
        <translation>Audit check&amp;point…</translation>
    </message>
    <message>
        <source>The register passed its check and was backed up to %1.</source>
        <translation>The register passed its check and was backed up to %1.</translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation>Audit checkpoint</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint now (entry %1):

%2

Write it in the committee&apos;s paper records. A later check with this code (Check the register…, or `orec check --checkpoint`) proves that no history up to here was cut back or rewritten.</source>
        <translation>The audit log&apos;s checkpoint now (entry %1):

%2

Write it in the committee&apos;s paper records. A later check with this code (Check the register…, or `orec check --checkpoint`) proves that no history up to here was cut back or rewritten.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Package not installed</source>
        <translation>Package not installed</translation>
    </message>
    <message>
        <source>Your role cannot install packages from home; the package %1 was not opened.</source>
        <translation>Your role cannot install packages from home; the package %1 was not opened.</translation>
    </message>
    <message numerus="yes">
        <source>The register will lock in %n second(s); your unsaved changes will be kept and come back when you unlock.</source>
        <translation>
            <numerusform>The register will lock in %n second; your unsaved changes will be kept and come back when you unlock.</numerusform>
            <numerusform>The register will lock in %n seconds; your unsaved changes will be kept and come back when you unlock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register will lock in %n second(s); the changes in this window cannot be kept over the lock: save them now or move the mouse.</source>
        <translation>
            <numerusform>The register will lock in %n second; the changes in this window cannot be kept over the lock: save them now or move the mouse.</numerusform>
            <numerusform>The register will lock in %n seconds; the changes in this window cannot be kept over the lock: save them now or move the mouse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes restored after the lock.</source>
        <translation>Unsaved changes restored after the lock.</translation>
    </message>
    <message>
        <source>Document &amp;register…</source>
        <translation>Document &amp;register…</translation>
    </message>
    <message>
        <source>&amp;Rules table…</source>
        <translation>&amp;Rules table…</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberDossierDialog</name>
    <message>
        <source>&amp;Print the record…</source>
        <translation>&amp;Print the record…</translation>
    </message>
    <message>
        <source>Member not found</source>
        <translation>Member not found</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2.</source>
        <translation>“%1” is not a date; write it as %2.</translation>
    </message>
    <message>
        <source>History not available</source>
        <translation>History not available</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Member dossier — %1</source>
        <translation>Member dossier — %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Where now</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Overseas cell</source>
        <translation>Overseas cell</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Cell type</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Planned return</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>%1 (earlier: %2)</source>
        <translation>%1 (earlier: %2)</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberReportDialog</name>
    <message>
        <source>&amp;Cell&apos;s remarks:</source>
        <translation>&amp;Cell&apos;s remarks:</translation>
    </message>
    <message>
        <source>&amp;Cell&apos;s rating and remarks:</source>
        <translation>&amp;Cell&apos;s rating and remarks:</translation>
    </message>
    <message>
        <source>Enter the date the document was received.</source>
        <translation>Enter the date the document was received.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Enter the date of the event.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>orec::gui::MembersScreen</name>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match</source>
        <translation>
            <numerusform>%Ln member match</numerusform>
            <numerusform>%Ln members match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the register</source>
        <translation>
            <numerusform>%Ln member in the register</numerusform>
            <numerusform>%Ln members in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>Member %1 was added.</source>
        <translation>Member %1 was added.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Country: %1</translation>
    </message>
    <message>
        <source>One overseas cell</source>
        <translation>One overseas cell</translation>
    </message>
    <message>
        <source>Cell: %1</source>
        <translation>Cell: %1</translation>
    </message>
    <message>
        <source>Cell type: %1</source>
        <translation>Cell type: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Home unit: %1</source>
        <translation>Home unit: %1</translation>
    </message>
    <message>
        <source>Probationary only</source>
        <translation>Probationary only</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>of Party members</source>
        <translation>of Party members</translation>
    </message>
    <message>
        <source>of Party members at home</source>
        <translation>of Party members at home</translation>
    </message>
    <message>
        <source>of Party members abroad</source>
        <translation>of Party members abroad</translation>
    </message>
    <message>
        <source>of Party members abroad past their planned return</source>
        <translation>of Party members abroad past their planned return</translation>
    </message>
    <message>
        <source>of Party members abroad with whom contact is lost</source>
        <translation>of Party members abroad with whom contact is lost</translation>
    </message>
    <message>
        <source>of Party members who did not return</source>
        <translation>of Party members who did not return</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(as of %1)</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <source>Prints the list as shown here: its rows in their order, its columns.</source>
        <translation>Prints the list as shown here: its rows in their order, its columns.</translation>
    </message>
    <message>
        <source>Reading member %1 of %2…</source>
        <translation>Reading member %1 of %2…</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>The export was stopped.</translation>
    </message>
</context>
<context>
    <name>orec::gui::NewPassphraseDialog</name>
    <message>
        <source>A new passphrase for %1. Tell it to them in person; they can change it afterwards under File → Change my passphrase.</source>
        <translation>A new passphrase for %1. Tell it to them in person; they can change it afterwards under File → Change my passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingEditorDialog</name>
    <message>
        <source>e.g. Nhật Bản, Hàn Quốc (names or codes, separated by commas)</source>
        <translation>e.g. Nhật Bản, Hàn Quốc (names or codes, separated by commas)</translation>
    </message>
    <message>
        <source>&amp;Print the transfer letter</source>
        <translation>&amp;Print the transfer letter</translation>
    </message>
    <message>
        <source>Letter out on form 2-SHĐ (temporary transfer)…</source>
        <translation>Letter out on form 2-SHĐ (temporary transfer)…</translation>
    </message>
    <message>
        <source>Letter out on form 3A-SHĐ (overseas posting slip)…</source>
        <translation>Letter out on form 3A-SHĐ (overseas posting slip)…</translation>
    </message>
    <message>
        <source>Letter back on form 2-SHĐ…</source>
        <translation>Letter back on form 2-SHĐ…</translation>
    </message>
    <message>
        <source>No transfer letter was issued for this posting.</source>
        <translation>No transfer letter was issued for this posting.</translation>
    </message>
    <message>
        <source>Issue a &amp;transfer letter…</source>
        <translation>Issue a &amp;transfer letter…</translation>
    </message>
    <message>
        <source>Posting not found</source>
        <translation>Posting not found</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unknown: %1</translation>
    </message>
    <message>
        <source>Rules suggest: %1</source>
        <translation>Rules suggest: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save the plan first; the steps of its life-cycle appear here.</source>
        <translation>Save the plan first; the steps of its life-cycle appear here.</translation>
    </message>
    <message>
        <source>Waiting for the return report (tab Documents); then the posting can be closed.</source>
        <translation>Waiting for the return report (tab Documents); then the posting can be closed.</translation>
    </message>
    <message>
        <source>Nothing more to do: the posting is finished.</source>
        <translation>Nothing more to do: the posting is finished.</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>“%1” was refused: %2</translation>
    </message>
    <message>
        <source>Issue the transfer letter?</source>
        <translation>Issue the transfer letter?</translation>
    </message>
    <message>
        <source>No transfer letter out was issued for this posting. Issue it now?</source>
        <translation>No transfer letter out was issued for this posting. Issue it now?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>Departed on</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>departed without approval — to be reported to the committee</source>
        <translation>departed without approval — to be reported to the committee</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Planned return</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>decision %1 of %2: until %3</source>
        <translation>decision %1 of %2: until %3</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>Lost contact since</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Did not return, as of</source>
        <translation>Did not return, as of</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>End of probation</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Document received:</source>
        <translation>Document received:</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Save the plan first.</translation>
    </message>
    <message>
        <source>The posting has its transfer letters, or takes none at this step.</source>
        <translation>The posting has its transfer letters, or takes none at this step.</translation>
    </message>
    <message>
        <source>Issue the letter out, moving the member&apos;s party activity to the unit abroad.</source>
        <translation>Issue the letter out, moving the member&apos;s party activity to the unit abroad.</translation>
    </message>
    <message>
        <source>Issue the letter back, returning the member&apos;s party activity to the home unit.</source>
        <translation>Issue the letter back, returning the member&apos;s party activity to the home unit.</translation>
    </message>
    <message>
        <source>Transfer letter issued</source>
        <translation>Transfer letter issued</translation>
    </message>
    <message>
        <source>Letter no. %1 issued.</source>
        <translation>Letter no. %1 issued.</translation>
    </message>
    <message>
        <source>Letter no. %1 issued (form %2).</source>
        <translation>Letter no. %1 issued (form %2).</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>New posting</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>%1 is not possible yet: %2</source>
        <translation>%1 is not possible yet: %2</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingListModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Planned return</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingsScreen</name>
    <message>
        <source>Departures in the period</source>
        <translation>Departures in the period</translation>
    </message>
    <message>
        <source>Returns in the period</source>
        <translation>Returns in the period</translation>
    </message>
    <message>
        <source>Departures without approval</source>
        <translation>Departures without approval</translation>
    </message>
    <message>
        <source>Abroad past the planned return</source>
        <translation>Abroad past the planned return</translation>
    </message>
    <message>
        <source>approved afterwards on %1</source>
        <translation>approved afterwards on %1</translation>
    </message>
    <message>
        <source>never approved</source>
        <translation>never approved</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message>
        <source>This member has no party card number yet: find them on the Members screen.</source>
        <translation>This member has no party card number yet: find them on the Members screen.</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>departures</source>
        <comment>file name</comment>
        <translation>departures</translation>
    </message>
    <message>
        <source>returns</source>
        <comment>file name</comment>
        <translation>returns</translation>
    </message>
    <message>
        <source>departures-without-approval</source>
        <comment>file name</comment>
        <translation>departures-without-approval</translation>
    </message>
    <message>
        <source>overdue-to-return</source>
        <comment>file name</comment>
        <translation>overdue-to-return</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>(from %1 to %2)</source>
        <translation>(from %1 to %2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <source>(every year)</source>
        <translation>(every year)</translation>
    </message>
    <message>
        <source>of Party members who left for abroad</source>
        <translation>of Party members who left for abroad</translation>
    </message>
    <message>
        <source>of Party members who came back from abroad</source>
        <translation>of Party members who came back from abroad</translation>
    </message>
    <message>
        <source>of departures abroad without approval</source>
        <translation>of departures abroad without approval</translation>
    </message>
    <message>
        <source>of Party members abroad past their planned return</source>
        <translation>of Party members abroad past their planned return</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(as of %1)</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintDialog</name>
    <message>
        <source>Members abroad, by home unit</source>
        <translation>Members abroad, by home unit</translation>
    </message>
    <message>
        <source>Members abroad, by country and cell</source>
        <translation>Members abroad, by country and cell</translation>
    </message>
    <message>
        <source>Departures and returns in a period</source>
        <translation>Departures and returns in a period</translation>
    </message>
    <message>
        <source>Reports overdue and due soon</source>
        <translation>Reports overdue and due soon</translation>
    </message>
    <message>
        <source>A member&apos;s overseas record</source>
        <translation>A member&apos;s overseas record</translation>
    </message>
    <message>
        <source>Statistical table for a period</source>
        <translation>Statistical table for a period</translation>
    </message>
    <message>
        <source>Temporary transfer letter (2-SHĐ)</source>
        <translation>Temporary transfer letter (2-SHĐ)</translation>
    </message>
    <message>
        <source>Transfer register (10-SHĐ)</source>
        <translation>Transfer register (10-SHĐ)</translation>
    </message>
    <message>
        <source>by country and overseas cell</source>
        <translation>by country and overseas cell</translation>
    </message>
    <message>
        <source>by home unit</source>
        <translation>by home unit</translation>
    </message>
    <message>
        <source>Everyone abroad today with their country, cell and planned return.</source>
        <translation>Everyone abroad today with their country, cell and planned return.</translation>
    </message>
    <message>
        <source>Members who left or came back between the two dates.</source>
        <translation>Members who left or came back between the two dates.</translation>
    </message>
    <message>
        <source>Reports not received: those overdue, then those due within the days given (0: overdue only).</source>
        <translation>Reports not received: those overdue, then those due within the days given (0: overdue only).</translation>
    </message>
    <message>
        <source>Type the member&apos;s party card number or citizen ID.</source>
        <translation>Type the member&apos;s party card number or citizen ID.</translation>
    </message>
    <message>
        <source>Members abroad by country and cell type, departures, returns and reports in the period, with a chart.</source>
        <translation>Members abroad by country and cell type, departures, returns and reports in the period, with a chart.</translation>
    </message>
    <message>
        <source>Give a period: a first and a last day, the first not after the last.</source>
        <translation>Give a period: a first and a last day, the first not after the last.</translation>
    </message>
    <message>
        <source>The committee issued no transfer letter in that year.</source>
        <translation>The committee issued no transfer letter in that year.</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Cannot print yet</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Cannot export yet</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>party card number or citizen ID</source>
        <translation>party card number or citizen ID</translation>
    </message>
    <message>
        <source>The list on screen</source>
        <translation>The list on screen</translation>
    </message>
    <message>
        <source>Reminder letters for overdue reports</source>
        <translation>Reminder letters for overdue reports</translation>
    </message>
    <message>
        <source>A letter to each member whose report is overdue, through their cell, asking for it; one letter per page.</source>
        <translation>A letter to each member whose report is overdue, through their cell, asking for it; one letter per page.</translation>
    </message>
    <message>
        <source>Exporting the table</source>
        <translation>Exporting the table</translation>
    </message>
    <message>
        <source>Gathering the table…</source>
        <translation>Gathering the table…</translation>
    </message>
    <message>
        <source>Official posting slip abroad (3A-SHĐ)</source>
        <translation>Official posting slip abroad (3A-SHĐ)</translation>
    </message>
    <message>
        <source>Report listing a batch of 3A-SHĐ slips (3C-SHĐ)</source>
        <translation>Report listing a batch of 3A-SHĐ slips (3C-SHĐ)</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>Printer calibration page</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(the default printer)</translation>
    </message>
    <message>
        <source>A letter from the issuing committee&apos;s transfer register of the year, with the committees it is forwarded through. On the pre-printed form only the values are printed, shifted by the printer&apos;s calibration.</source>
        <translation>A letter from the issuing committee&apos;s transfer register of the year, with the committees it is forwarded through. On the pre-printed form only the values are printed, shifted by the printer&apos;s calibration.</translation>
    </message>
    <message>
        <source>A slip from the issuing committee&apos;s transfer register of the year; only a district-level committee or above issues it.</source>
        <translation>A slip from the issuing committee&apos;s transfer register of the year; only a district-level committee or above issues it.</translation>
    </message>
    <message>
        <source>The 3A-SHĐ slips the committee issued together (give their day as first and last day), reported to the Foreign Ministry&apos;s Party Committee.</source>
        <translation>The 3A-SHĐ slips the committee issued together (give their day as first and last day), reported to the Foreign Ministry&apos;s Party Committee.</translation>
    </message>
    <message>
        <source>The committee&apos;s book of the year: letters it sent, letters it received, and the counts.</source>
        <translation>The committee&apos;s book of the year: letters it sent, letters it received, and the counts.</translation>
    </message>
    <message>
        <source>papers sent with it, separated by ;</source>
        <translation>papers sent with it, separated by ;</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>All &amp;documents…</source>
        <translation>All &amp;documents…</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintSupport</name>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>Save these pages as a PDF file</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>File written</translation>
    </message>
    <message>
        <source>members-abroad</source>
        <comment>file name</comment>
        <translation>members-abroad</translation>
    </message>
    <message>
        <source>departures-and-returns</source>
        <comment>file name</comment>
        <translation>departures-and-returns</translation>
    </message>
    <message>
        <source>reports-due</source>
        <comment>file name</comment>
        <translation>reports-due</translation>
    </message>
    <message>
        <source>member-record</source>
        <comment>file name</comment>
        <translation>member-record</translation>
    </message>
    <message>
        <source>statistics</source>
        <comment>file name</comment>
        <translation>statistics</translation>
    </message>
    <message>
        <source>document</source>
        <comment>file name</comment>
        <translation>document</translation>
    </message>
    <message>
        <source>The file was written to:
%1

It is readable by you only, and not encrypted: keep it only as long as it is needed. Open shows its folder.</source>
        <translation>The file was written to:
%1

It is readable by you only, and not encrypted: keep it only as long as it is needed. Open shows its folder.</translation>
    </message>
    <message>
        <source>reminders</source>
        <comment>file name</comment>
        <translation>reminders</translation>
    </message>
    <message>
        <source>Issue with a number</source>
        <translation>Issue with a number</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued with the number %1 in the document register, and written to:
%2

The register keeps the document: a reprint from Document register gives the same paper with the same number. The file is readable by you only, and not encrypted.</source>
        <translation>Issued with the number %1 in the document register, and written to:
%2

The register keeps the document: a reprint from Document register gives the same paper with the same number. The file is readable by you only, and not encrypted.</translation>
    </message>
    <message>
        <source>Issue with a number…</source>
        <translation>Issue with a number…</translation>
    </message>
    <message>
        <source>Give this document the next number of its kind in the committee&apos;s register, keep it there and save it as PDF</source>
        <translation>Give this document the next number of its kind in the committee&apos;s register, keep it there and save it as PDF</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Stopped; no file was written.</translation>
    </message>
    <message>
        <source>The file cannot be replaced.</source>
        <translation>The file cannot be replaced.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>The file cannot be written.</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Preparing the pages</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Saving as PDF</source>
        <translation>Saving as PDF</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Exporting the list</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s) to the file…</source>
        <translation>
            <numerusform>Writing %n row to the file…</numerusform>
            <numerusform>Writing %n rows to the file…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::PrinterCalibrationDialog</name>
    <message>
        <source>(the default printer)</source>
        <translation>(the default printer)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>orec::gui::RecoveryDialog</name>
    <message>
        <source>The key is well-formed.</source>
        <translation>The key is well-formed.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>orec::gui::RegisterLabels</name>
    <message>
        <source>Anywhere</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Overdue to return</source>
        <translation>Overdue to return</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Did not return</source>
        <translation>Did not return</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportFormDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>no due date yet</translation>
    </message>
    <message>
        <source>Enter the date the document was received.</source>
        <translation>Enter the date the document was received.</translation>
    </message>
    <message>
        <source>File the report first; then attach its scan.</source>
        <translation>File the report first; then attach its scan.</translation>
    </message>
    <message>
        <source>%1 — %2, added %3 by %4</source>
        <translation>%1 — %2, added %3 by %4</translation>
    </message>
    <message>
        <source>&amp;Scans (%1)</source>
        <translation>&amp;Scans (%1)</translation>
    </message>
    <message>
        <source>Attach scanned documents</source>
        <translation>Attach scanned documents</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>Scan not opened</source>
        <translation>Scan not opened</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Save an unencrypted copy</translation>
    </message>
    <message>
        <source>The copy of “%1” you are about to save is NOT encrypted: anyone who can read the folder you choose can read the scan. Save it only where it must go, and delete it when it is no longer needed. The scan itself stays encrypted in the database.</source>
        <translation>The copy of “%1” you are about to save is NOT encrypted: anyone who can read the folder you choose can read the scan. Save it only where it must go, and delete it when it is no longer needed. The scan itself stays encrypted in the database.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the scan</source>
        <translation>Save an unencrypted copy of the scan</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copy not saved</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportsDueModel</name>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Record that this document was received</source>
        <translation>Record that this document was received</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: %Ln day(s) late</source>
        <translation>
            <numerusform>Due on %1: %Ln day late</numerusform>
            <numerusform>Due on %1: %Ln days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Party card no.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportsDueScreen</name>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Due soon only</source>
        <translation>Due soon only</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 filed.</source>
        <translation>%1 of %2 filed.</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>The list was written to %1.</translation>
    </message>
    <message>
        <source>reports-due</source>
        <comment>file name</comment>
        <translation>reports-due</translation>
    </message>
    <message>
        <source>Due today only</source>
        <translation>Due today only</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s) only</source>
        <translation>
            <numerusform>Due within %n day only</numerusform>
            <numerusform>Due within %n days only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) match “%1”</source>
        <translation>
            <numerusform>%Ln report matches “%1”</numerusform>
            <numerusform>%Ln reports match “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: member (diacritics optional), card number or cell — Ctrl+F</source>
        <translation>Search: member (diacritics optional), card number or cell — Ctrl+F</translation>
    </message>
</context>
<context>
    <name>orec::gui::RulesDialog</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Rules table</source>
        <translation>Rules table</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A whole number, on or off, or the document codes separated by commas (none for no document).</source>
        <translation>A whole number, on or off, or the document codes separated by commas (none for no document).</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>New &amp;value:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Change as a new version</source>
        <translation>&amp;Change as a new version</translation>
    </message>
    <message>
        <source>Rules version %1, in force from %2. Each rule shows its source and whether it is regulation, the committee&apos;s own policy or not confirmed; a change makes a new version, and deadlines already set keep the version they were set up with.</source>
        <translation>Rules version %1, in force from %2. Each rule shows its source and whether it is regulation, the committee&apos;s own policy or not confirmed; a change makes a new version, and deadlines already set keep the version they were set up with.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Default:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Nothing changed: enter the new value or choose the other unit.</source>
        <translation>Nothing changed: enter the new value or choose the other unit.</translation>
    </message>
</context>
<context>
    <name>orec::gui::SecretariesDialog</name>
    <message>
        <source>no secretary</source>
        <translation>no secretary</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Enrol…</translation>
    </message>
    <message>
        <source>Replace the secretary?</source>
        <translation>Replace the secretary?</translation>
    </message>
    <message>
        <source>Cell %1 has a secretary (%2). Replacing them refuses every later package from their laptop; changes it has not sent yet do not reach home. Replace?</source>
        <translation>Cell %1 has a secretary (%2). Replacing them refuses every later package from their laptop; changes it has not sent yet do not reach home. Replace?</translation>
    </message>
    <message>
        <source>Secretary not enrolled</source>
        <translation>Secretary not enrolled</translation>
    </message>
    <message>
        <source>A secretary for cell %1 was enrolled.</source>
        <translation>A secretary for cell %1 was enrolled.</translation>
    </message>
    <message>
        <source>Remove the secretary</source>
        <translation>Remove the secretary</translation>
    </message>
    <message>
        <source>Packages from the laptop of %1 will be refused from now on. Why is it removed (a lost laptop, a new secretary…)?</source>
        <translation>Packages from the laptop of %1 will be refused from now on. Why is it removed (a lost laptop, a new secretary…)?</translation>
    </message>
    <message>
        <source>Secretary not removed</source>
        <translation>Secretary not removed</translation>
    </message>
    <message>
        <source>The secretary of %1 was removed: packages from their laptop are refused from now on.</source>
        <translation>The secretary of %1 was removed: packages from their laptop are refused from now on.</translation>
    </message>
</context>
<context>
    <name>orec::gui::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
</context>
<context>
    <name>orec::gui::SpreadsheetImportWizard</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Party units and overseas cells</source>
        <translation>Party units and overseas cells</translation>
    </message>
    <message>
        <source>Postings (trips abroad)</source>
        <translation>Postings (trips abroad)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>Headers may be the interchange names (ho_ten, ngay_sinh…), their English aliases, or the words of your own sheet: the next step matches them.</source>
        <translation>Headers may be the interchange names (ho_ten, ngay_sinh…), their English aliases, or the words of your own sheet: the next step matches them.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Columns missing</source>
        <translation>Columns missing</translation>
    </message>
    <message>
        <source>No column feeds %1. Choose the column that holds it.</source>
        <translation>No column feeds %1. Choose the column that holds it.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import.</source>
        <translation>Choose the spreadsheet to import.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>The sheet is empty: it has no header row.</source>
        <translation>The sheet is empty: it has no header row.</translation>
    </message>
    <message>
        <source>(no header, column %1)</source>
        <translation>(no header, column %1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Fields marked * are required; every one is fed by a column.</source>
        <translation>Fields marked * are required; every one is fed by a column.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Required fields no column feeds yet: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Required fields no column feeds yet: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The file cannot be checked</source>
        <translation>The file cannot be checked</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 row(s) read:&lt;/b&gt; %2 valid, %3 with problems.</source>
        <translation>&lt;b&gt;%1 row(s) read:&lt;/b&gt; %2 valid, %3 with problems.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) repeat a party card number or citizen ID already in the file or in the register; they are never merged.</source>
        <translation>
            <numerusform>%n value repeats a party card number or citizen ID already in the file or in the register; it is never merged.</numerusform>
            <numerusform>%n values repeat a party card number or citizen ID already in the file or in the register; they are never merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <source>Rows with problems (%1)</source>
        <translation>Rows with problems (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>Correct the marked rows in the file first, or import only the valid rows.</source>
        <translation>Correct the marked rows in the file first, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>Some rows have problems: import only the valid rows, or correct the file and check it again.</source>
        <translation>Some rows have problems: import only the valid rows, or correct the file and check it again.</translation>
    </message>
    <message>
        <source>No row of the file is valid.</source>
        <translation>No row of the file is valid.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) imported&lt;/b&gt; into the register.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row imported&lt;/b&gt; into the register.</numerusform>
            <numerusform>&lt;b&gt;%n rows imported&lt;/b&gt; into the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the register is unchanged.</source>
        <translation>&lt;b&gt;Nothing was imported&lt;/b&gt;; the register is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; they are in %1 with their line numbers and reasons.</source>
        <translation>
            <numerusform>%n row left out; it is in %1 with its line number and reason.</numerusform>
            <numerusform>%n rows left out; they are in %1 with their line numbers and reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (below).</source>
        <translation>
            <numerusform>%n row has problems (below).</numerusform>
            <numerusform>%n rows have problems (below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) imported earlier now have their secretary.</source>
        <translation>
            <numerusform>%n cell imported earlier now has its secretary.</numerusform>
            <numerusform>%n cells imported earlier now have their secretary.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <source>Interchange header: %1 (or %2)</source>
        <translation>Interchange header: %1 (or %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) that do not stop a row, in %1 row(s) (yellow; listed below the rows).</source>
        <translation>
            <numerusform>%n warning that does not stop a row, in %1 row(s) (yellow; listed below the rows).</numerusform>
            <numerusform>%n warnings that do not stop a row, in %1 row(s) (yellow; listed below the rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Rows with warnings (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Checking row %1 of %2…</translation>
    </message>
    <message>
        <source>Writing row %1 of %2 into the register…</source>
        <translation>Writing row %1 of %2 into the register…</translation>
    </message>
    <message>
        <source>Signing the audit log and saving…</source>
        <translation>Signing the audit log and saving…</translation>
    </message>
    <message>
        <source>Column &amp;titles on line:</source>
        <translation>Column &amp;titles on line:</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Reading the spreadsheet</translation>
    </message>
    <message>
        <source>as you chose.</source>
        <translation>as you chose.</translation>
    </message>
    <message>
        <source>found by its column titles, under the title rows above it.</source>
        <translation>found by its column titles, under the title rows above it.</translation>
    </message>
    <message>
        <source>the first line of the sheet.</source>
        <translation>the first line of the sheet.</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>Checking the spreadsheet</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) read otherwise than written (blue; point at a cell for what the sheet says).</source>
        <translation>
            <numerusform>%n value read otherwise than written (blue; point at a cell for what the sheet says).</numerusform>
            <numerusform>%n values read otherwise than written (blue; point at a cell for what the sheet says).</numerusform>
        </translation>
    </message>
    <message>
        <source>Column titles on line %1.</source>
        <translation>Column titles on line %1.</translation>
    </message>
    <message>
        <source>Section titles left out: line(s) %1.</source>
        <translation>Section titles left out: line(s) %1.</translation>
    </message>
    <message>
        <source>Importing the spreadsheet</source>
        <translation>Importing the spreadsheet</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written and the register is unchanged.</source>
        <translation>The import was stopped; nothing was written and the register is unchanged.</translation>
    </message>
    <message>
        <source>The spreadsheet is still being read.</source>
        <translation>The spreadsheet is still being read.</translation>
    </message>
</context>
<context>
    <name>orec::gui::TransitionDialog</name>
    <message>
        <source>Record the committee&apos;s approval of the posting.</source>
        <translation>Record the committee&apos;s approval of the posting.</translation>
    </message>
    <message>
        <source>Record the day the member left the country.</source>
        <translation>Record the day the member left the country.</translation>
    </message>
    <message>
        <source>The member left without approval. The posting is flagged for the committee (Regulation 69-QĐ/TW, art. 34).</source>
        <translation>The member left without approval. The posting is flagged for the committee (Regulation 69-QĐ/TW, art. 34).</translation>
    </message>
    <message>
        <source>Record the overseas cell the member joined abroad.</source>
        <translation>Record the overseas cell the member joined abroad.</translation>
    </message>
    <message>
        <source>Record the decision that extends the stay and the new planned return.</source>
        <translation>Record the decision that extends the stay and the new planned return.</translation>
    </message>
    <message>
        <source>Record the day the member came back. The return report falls due from it.</source>
        <translation>Record the day the member came back. The return report falls due from it.</translation>
    </message>
    <message>
        <source>Close the posting: its reports are in.</source>
        <translation>Close the posting: its reports are in.</translation>
    </message>
    <message>
        <source>Cancel the posting before departure.</source>
        <translation>Cancel the posting before departure.</translation>
    </message>
    <message>
        <source>Record since when nobody can reach the member.</source>
        <translation>Record since when nobody can reach the member.</translation>
    </message>
    <message>
        <source>Record the day contact was restored.</source>
        <translation>Record the day contact was restored.</translation>
    </message>
    <message>
        <source>Record that the member stayed abroad and did not return.</source>
        <translation>Record that the member stayed abroad and did not return.</translation>
    </message>
    <message>
        <source>No transfer letter out has been issued for this posting yet; once the step is recorded, issue it from the posting (Issue a transfer letter…).</source>
        <translation>No transfer letter out has been issued for this posting yet; once the step is recorded, issue it from the posting (Issue a transfer letter…).</translation>
    </message>
    <message>
        <source>Ready to record.</source>
        <translation>Ready to record.</translation>
    </message>
    <message>
        <source>The date proposed is the decision&apos;s, %1: change it if the approval was recorded on another day.</source>
        <translation>The date proposed is the decision&apos;s, %1: change it if the approval was recorded on another day.</translation>
    </message>
    <message>
        <source>The date proposed is the planned one, %1: change it if it happened on another day.</source>
        <translation>The date proposed is the planned one, %1: change it if it happened on another day.</translation>
    </message>
    <message>
        <source>required before this step</source>
        <translation>required before this step</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <source>Papers not received yet:</source>
        <translation>Papers not received yet:</translation>
    </message>
    <message>
        <source>The step waits for them. Cancel, then record them in the posting&apos;s Documents tab.</source>
        <translation>The step waits for them. Cancel, then record them in the posting&apos;s Documents tab.</translation>
    </message>
    <message>
        <source>To record a paper first, cancel and use the posting&apos;s Documents tab; or go ahead deliberately: the papers stay due, and show as overdue if they come late.</source>
        <translation>To record a paper first, cancel and use the posting&apos;s Documents tab; or go ahead deliberately: the papers stay due, and show as overdue if they come late.</translation>
    </message>
    <message>
        <source>&amp;Proceed without “%1”</source>
        <translation>&amp;Proceed without “%1”</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Proceed without these %n papers</source>
        <translation>
            <numerusform>&amp;Proceed without this %n paper</numerusform>
            <numerusform>&amp;Proceed without these %n papers</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers are missing: tick “Proceed without…” to record the step before they are in.</source>
        <translation>Papers are missing: tick “Proceed without…” to record the step before they are in.</translation>
    </message>
</context>
<context>
    <name>orec::gui::UnlockWindow</name>
    <message>
        <source>Overseas Records — Unlock</source>
        <translation>Overseas Records — Unlock</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Wrong user name or passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Overseas Records databases (*.orec)</source>
        <translation>Overseas Records databases (*.orec)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Use several unrelated words; Vietnamese letters are fine.</source>
        <translation>Use several unrelated words; Vietnamese letters are fine.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation>Choose where to save the new database.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overseas Records — recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet locked away. With it alone an administrator can open the database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Overseas Records — recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet locked away. With it alone an administrator can open the database.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Data stay encrypted on disk. After %n minute(s) without use the program locks itself.</source>
        <translation>
            <numerusform>Data stay encrypted on disk. After %n minute without use the program locks itself.</numerusform>
            <numerusform>Data stay encrypted on disk. After %n minutes without use the program locks itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::UserDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>orec::gui::UserGuideWindow</name>
    <message>
        <source>User guide — Overseas Records</source>
        <translation>User guide — Overseas Records</translation>
    </message>
</context>
<context>
    <name>orec::gui::UsersScreen</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No — no key slot</source>
        <translation>No — no key slot</translation>
    </message>
    <message>
        <source>Use File → Change my passphrase for your own.</source>
        <translation>Use File → Change my passphrase for your own.</translation>
    </message>
    <message>
        <source>User not added</source>
        <translation>User not added</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>User %1 was added.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>New role of %1:</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Role not changed</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Passphrase not reset</source>
        <translation>Passphrase not reset</translation>
    </message>
    <message>
        <source>%1 has a new passphrase.</source>
        <translation>%1 has a new passphrase.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to unlock this database. Their entries in the audit log stay.</source>
        <translation>Remove %1? They will no longer be able to unlock this database. Their entries in the audit log stay.</translation>
    </message>
    <message>
        <source>User not removed</source>
        <translation>User not removed</translation>
    </message>
    <message>
        <source>User %1 was removed.</source>
        <translation>User %1 was removed.</translation>
    </message>
    <message>
        <source>Never (auditor)</source>
        <translation>Never (auditor)</translation>
    </message>
    <message>
        <source>No — to be granted again</source>
        <translation>No — to be granted again</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Exports cell packages signed as home and imports return packages.</source>
        <translation>Exports cell packages signed as home and imports return packages.</translation>
    </message>
    <message>
        <source>Stop signing as &amp;home</source>
        <translation>Stop signing as &amp;home</translation>
    </message>
    <message>
        <source>Let sign as &amp;home</source>
        <translation>Let sign as &amp;home</translation>
    </message>
    <message>
        <source>Auditors never sign as home.</source>
        <translation>Auditors never sign as home.</translation>
    </message>
    <message>
        <source>Who signs as home exports cell packages and imports return packages: home&apos;s exchange keys are sealed to their own key.</source>
        <translation>Who signs as home exports cell packages and imports return packages: home&apos;s exchange keys are sealed to their own key.</translation>
    </message>
    <message>
        <source>Stop signing as home</source>
        <translation>Stop signing as home</translation>
    </message>
    <message>
        <source>Take back from %1 the right to sign as home? Their copy of home&apos;s exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, make new ones afterwards (orec keys rotate).</source>
        <translation>Take back from %1 the right to sign as home? Their copy of home&apos;s exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, make new ones afterwards (orec keys rotate).</translation>
    </message>
    <message>
        <source>Right not taken back</source>
        <translation>Right not taken back</translation>
    </message>
    <message>
        <source>Right not granted</source>
        <translation>Right not granted</translation>
    </message>
    <message>
        <source>%1 no longer signs as home.</source>
        <translation>%1 no longer signs as home.</translation>
    </message>
    <message>
        <source>%1 may now sign as home.</source>
        <translation>%1 may now sign as home.</translation>
    </message>
</context>
<context>
    <name>orec::migrate</name>
    <message>
        <source>The database was written by a newer version of the program (schema %1; this program knows up to %2). Update the program.</source>
        <translation>The database was written by a newer version of the program (schema %1; this program knows up to %2). Update the program.</translation>
    </message>
    <message>
        <source>The exchange keys cannot be sealed: no administrator of this register has a registered key. An administrator must open it once with the previous version.</source>
        <translation>The exchange keys cannot be sealed: no administrator of this register has a registered key. An administrator must open it once with the previous version.</translation>
    </message>
</context>
<context>
    <name>orec::repo</name>
    <message>
        <source>Another record already has this %1 (%2).</source>
        <translation>Another record already has this %1 (%2).</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>There is no %1 %2.</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else since it was read; reload it and try again.</source>
        <translation>This %1 was changed by someone else since it was read; reload it and try again.</translation>
    </message>
</context>
<context>
    <name>orec::reports</name>
    <message>
        <source>%1, ngày      tháng      năm        </source>
        <translation>%1, ngày      tháng      năm        </translation>
    </message>
    <message>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: %1</source>
        <translation>The file is not a readable Excel workbook: %1</translation>
    </message>
    <message>
        <source>The file is not a readable spreadsheet (ZIP): %1</source>
        <translation>The file is not a readable spreadsheet (ZIP): %1</translation>
    </message>
    <message>
        <source>%1 đồng chí</source>
        <translation>%1 đồng chí</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt trong nước</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Nước, chi bộ ở nước ngoài</source>
        <translation>Nước, chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Ngày đi</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Ngày về dự kiến</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt tại chi bộ ở nước ngoài</source>
        <translation>Chưa sinh hoạt tại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Chưa rõ đơn vị</source>
        <translation>Chưa rõ đơn vị</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Quá hạn về %1 ngày</source>
        <translation>Quá hạn về %1 ngày</translation>
    </message>
    <message>
        <source>Mất liên lạc</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <source>Tổng cộng: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo nước và chi bộ</source>
        <translation>đảng viên đang ở nước ngoài theo nước và chi bộ</translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước</source>
        <translation>đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>(tính đến ngày %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
    <message>
        <source>Nước đến</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>Quyết định cử</source>
        <translation>Quyết định cử</translation>
    </message>
    <message>
        <source>Ngày về</source>
        <translation>Ngày về</translation>
    </message>
    <message>
        <source>Cộng: %1 lượt</source>
        <translation>Cộng: %1 lượt</translation>
    </message>
    <message>
        <source>đảng viên đi nước ngoài và về nước</source>
        <translation>đảng viên đi nước ngoài và về nước</translation>
    </message>
    <message>
        <source>(từ ngày %1 đến ngày %2)</source>
        <translation>(từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI</source>
        <translation>I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN VỀ NƯỚC</source>
        <translation>II. ĐẢNG VIÊN VỀ NƯỚC</translation>
    </message>
    <message>
        <source>Báo cáo phải nộp</source>
        <translation>Báo cáo phải nộp</translation>
    </message>
    <message>
        <source>Nước</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Hạn nộp</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Số ngày quá hạn</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Quá hạn (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <source>Sắp đến hạn (%1)</source>
        <translation>Sắp đến hạn (%1)</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <source>Cộng: %1 báo cáo</source>
        <translation>Cộng: %1 báo cáo</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn</source>
        <translation>báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)</source>
        <translation>(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>đảng viên ra nước ngoài</source>
        <translation>đảng viên ra nước ngoài</translation>
    </message>
    <message>
        <source>I. SƠ YẾU</source>
        <translation>I. SƠ YẾU</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>(đảng viên dự bị)</source>
        <translation>(đảng viên dự bị)</translation>
    </message>
    <message>
        <source>Số lý lịch</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>(dự bị)</source>
        <translation>(dự bị)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>II. CÁC LẦN RA NƯỚC NGOÀI</source>
        <translation>II. CÁC LẦN RA NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Nước, nơi đến</source>
        <translation>Nước, nơi đến</translation>
    </message>
    <message>
        <source>Sinh hoạt đảng ở nước ngoài</source>
        <translation>Sinh hoạt đảng ở nước ngoài</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%1 (dự kiến)</source>
        <translation>%1 (dự kiến)</translation>
    </message>
    <message>
        <source> ngày %1</source>
        <translation> ngày %1</translation>
    </message>
    <message>
        <source>Chưa có lần ra nước ngoài nào được ghi nhận.</source>
        <translation>Chưa có lần ra nước ngoài nào được ghi nhận.</translation>
    </message>
    <message>
        <source>III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT</source>
        <translation>III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chuyến đi</source>
        <translation>Chuyến đi</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Không có báo cáo nào.</source>
        <translation>Không có báo cáo nào.</translation>
    </message>
    <message>
        <source>IV. GIỚI THIỆU SINH HOẠT ĐẢNG</source>
        <translation>IV. GIỚI THIỆU SINH HOẠT ĐẢNG</translation>
    </message>
    <message>
        <source>Số đăng ký</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Nơi đến</source>
        <translation>Nơi đến</translation>
    </message>
    <message>
        <source>Theo loại chi bộ ở nước ngoài</source>
        <translation>Theo loại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Chưa vào chi bộ</source>
        <translation>Chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Số lượt ở nước ngoài trong kỳ</source>
        <translation>Số lượt ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Đi trong kỳ</source>
        <translation>Đi trong kỳ</translation>
    </message>
    <message>
        <source>Về trong kỳ</source>
        <translation>Về trong kỳ</translation>
    </message>
    <message>
        <source>Đảng viên ở nước ngoài trong kỳ theo loại chi bộ</source>
        <translation>Đảng viên ở nước ngoài trong kỳ theo loại chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>I. TỔNG HỢP</source>
        <translation>I. TỔNG HỢP</translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ</source>
        <translation>II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ</translation>
    </message>
    <message>
        <source>III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI</source>
        <translation>III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>IV. BIỂU ĐỒ</source>
        <translation>IV. BIỂU ĐỒ</translation>
    </message>
    <message>
        <source>Mẫu %1</source>
        <translation>Mẫu %1</translation>
    </message>
    <message>
        <source>Số %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Sinh ngày</source>
        <translation>Sinh ngày</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt đảng trong nước</source>
        <translation>Đơn vị sinh hoạt đảng trong nước</translation>
    </message>
    <message>
        <source>Đã đóng đảng phí đến hết tháng</source>
        <translation>Đã đóng đảng phí đến hết tháng</translation>
    </message>
    <message>
        <source>Giấy giới thiệu sinh hoạt đảng tạm thời</source>
        <translation>Giấy giới thiệu sinh hoạt đảng tạm thời</translation>
    </message>
    <message>
        <source>Kính gửi: </source>
        <translation>Kính gửi: </translation>
    </message>
    <message>
        <source>Thời gian từ ngày</source>
        <translation>Thời gian từ ngày</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Như trên,</source>
        <translation>Như trên,</translation>
    </message>
    <message>
        <source>Lưu sổ 10-SHĐ.</source>
        <translation>Lưu sổ 10-SHĐ.</translation>
    </message>
    <message>
        <source>Phiếu công tác chính thức ngoài nước</source>
        <translation>Phiếu công tác chính thức ngoài nước</translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao</source>
        <translation>Đảng ủy Bộ Ngoại giao</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị tiếp nhận</source>
        <translation>Cơ quan, đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source> của %1</source>
        <translation> của %1</translation>
    </message>
    <message>
        <source>Nước đến, đơn vị tiếp nhận</source>
        <translation>Nước đến, đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Số phiếu 3A-SHĐ</source>
        <translation>Số phiếu 3A-SHĐ</translation>
    </message>
    <message>
        <source>Đảng phí đến tháng</source>
        <translation>Đảng phí đến tháng</translation>
    </message>
    <message>
        <source>Cộng: %1 đồng chí</source>
        <translation>Cộng: %1 đồng chí</translation>
    </message>
    <message>
        <source>Mẫu 3C-SHĐ</source>
        <translation>Mẫu 3C-SHĐ</translation>
    </message>
    <message>
        <source>Mẫu 10-SHĐ</source>
        <translation>Mẫu 10-SHĐ</translation>
    </message>
    <message>
        <source>Sổ giới thiệu sinh hoạt đảng</source>
        <translation>Sổ giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Import reads .csv and .xlsx files; %1 is neither.</source>
        <translation>Import reads .csv and .xlsx files; %1 is neither.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Lượt đảng viên ở nước ngoài trong kỳ</source>
        <translation>Lượt đảng viên ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Số đảng viên ở nước ngoài trong kỳ</source>
        <translation>Số đảng viên ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Lượt đi nước ngoài trong kỳ</source>
        <translation>Lượt đi nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Lượt về nước trong kỳ</source>
        <translation>Lượt về nước trong kỳ</translation>
    </message>
    <message>
        <source>Đi nước ngoài khi chưa được phê duyệt</source>
        <translation>Đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Báo cáo của đảng viên đến hạn trong kỳ</source>
        <translation>Báo cáo của đảng viên đến hạn trong kỳ</translation>
    </message>
    <message>
        <source>– nộp đúng hạn</source>
        <translation>– nộp đúng hạn</translation>
    </message>
    <message>
        <source>– nộp muộn</source>
        <translation>– nộp muộn</translation>
    </message>
    <message>
        <source>– quá hạn chưa nộp</source>
        <translation>– quá hạn chưa nộp</translation>
    </message>
    <message>
        <source>– chưa đến hạn</source>
        <translation>– chưa đến hạn</translation>
    </message>
    <message>
        <source>Báo cáo quá hạn chưa nộp tính đến cuối kỳ</source>
        <translation>Báo cáo quá hạn chưa nộp tính đến cuối kỳ</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most an import reads; split it into smaller files.</source>
        <translation>The file is larger than %1 MB, the most an import reads; split it into smaller files.</translation>
    </message>
    <message>
        <source>Cell %1%2 has more than %3 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>Cell %1%2 has more than %3 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</translation>
    </message>
    <message>
        <source>The sheet holds more than %1 cells; import it in several smaller files.</source>
        <translation>The sheet holds more than %1 cells; import it in several smaller files.</translation>
    </message>
    <message>
        <source>The workbook holds a text of more than %1 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>The workbook holds a text of more than %1 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 values; a spreadsheet has at most %2 columns.</source>
        <translation>Line %1 has more than %2 values; a spreadsheet has at most %2 columns.</translation>
    </message>
    <message>
        <source>The file holds more than %1 values; import it in several smaller files.</source>
        <translation>The file holds more than %1 values; import it in several smaller files.</translation>
    </message>
    <message>
        <source>Line %1 has a value of more than %2 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>Line %1 has a value of more than %2 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</translation>
    </message>
    <message>
        <source>The record on line %1 has more than %2 characters, far more than a record may hold.</source>
        <translation>The record on line %1 has more than %2 characters, far more than a record may hold.</translation>
    </message>
    <message>
        <source>The file has more than %1 quotes out of place: it is not CSV that can be read safely. Save it again as &quot;CSV UTF-8&quot; from the spreadsheet.</source>
        <translation>The file has more than %1 quotes out of place: it is not CSV that can be read safely. Save it again as &quot;CSV UTF-8&quot; from the spreadsheet.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field was kept as part of the field.</source>
        <translation>Text after the closing quote of a field was kept as part of the field.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed; it was read to the end of the file.</source>
        <translation>A quoted field that starts here is never closed; it was read to the end of the file.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>The file is not valid UTF-16 text.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Line %1 is not UTF-8 text. Save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>The file cannot be written: %1.</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object (QGuiApplication).</source>
        <translation>Printing needs the graphical application object (QGuiApplication).</translation>
    </message>
    <message>
        <source>No font for printing was found. Install the Noto Serif fonts (Debian: fonts-noto-core) or set OREC_FONT_DIR to a folder holding NotoSerif-Regular.ttf.</source>
        <translation>No font for printing was found. Install the Noto Serif fonts (Debian: fonts-noto-core) or set OREC_FONT_DIR to a folder holding NotoSerif-Regular.ttf.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Số       -</source>
        <translation>Số       -</translation>
    </message>
    <message>
        <source>ĐẢNG CỘNG SẢN VIỆT NAM</source>
        <translation>ĐẢNG CỘNG SẢN VIỆT NAM</translation>
    </message>
    <message>
        <source>%1 (tiếp theo)</source>
        <translation>%1 (tiếp theo)</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>no workbook part</source>
        <translation>no workbook part</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>no sheets</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>The workbook has no sheet %1.</translation>
    </message>
    <message>
        <source>row number out of range</source>
        <translation>row number out of range</translation>
    </message>
    <message>
        <source>column out of range</source>
        <translation>column out of range</translation>
    </message>
    <message>
        <source>bad shared string index</source>
        <translation>bad shared string index</translation>
    </message>
    <message>
        <source>This build cannot write Excel files (libxlsxwriter was not found).</source>
        <translation>This build cannot write Excel files (libxlsxwriter was not found).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>no central directory</source>
        <translation>no central directory</translation>
    </message>
    <message>
        <source>bad ZIP64 record</source>
        <translation>bad ZIP64 record</translation>
    </message>
    <message>
        <source>central directory out of range</source>
        <translation>central directory out of range</translation>
    </message>
    <message>
        <source>bad central directory entry</source>
        <translation>bad central directory entry</translation>
    </message>
    <message>
        <source>The spreadsheet has no part %1.</source>
        <translation>The spreadsheet has no part %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 is encrypted</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>bad local header of %1</source>
        <translation>bad local header of %1</translation>
    </message>
    <message>
        <source>%1 runs past the end of the file</source>
        <translation>%1 runs past the end of the file</translation>
    </message>
    <message>
        <source>bad size of %1</source>
        <translation>bad size of %1</translation>
    </message>
    <message>
        <source>The decompressor could not start.</source>
        <translation>The decompressor could not start.</translation>
    </message>
    <message>
        <source>%1 does not decompress</source>
        <translation>%1 does not decompress</translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method</source>
        <translation>%1 uses an unsupported compression method</translation>
    </message>
    <message>
        <source>%1 fails its checksum</source>
        <translation>%1 fails its checksum</translation>
    </message>
    <message>
        <source>báo cáo quá hạn của đảng viên ra nước ngoài</source>
        <translation>báo cáo quá hạn của đảng viên ra nước ngoài</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài đến hạn hôm nay</source>
        <translation>báo cáo của đảng viên ra nước ngoài đến hạn hôm nay</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài sắp đến hạn trong %1 ngày tới</source>
        <translation>báo cáo của đảng viên ra nước ngoài sắp đến hạn trong %1 ngày tới</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài quá hạn và đến hạn hôm nay</source>
        <translation>báo cáo của đảng viên ra nước ngoài quá hạn và đến hạn hôm nay</translation>
    </message>
    <message>
        <source>loại báo cáo: %1</source>
        <translation>loại báo cáo: %1</translation>
    </message>
    <message>
        <source>tìm theo: “%1”</source>
        <translation>tìm theo: “%1”</translation>
    </message>
    <message>
        <source>BẢN NHÁP</source>
        <translation>BẢN NHÁP</translation>
    </message>
    <message>
        <source>báo cáo trước khi đi nước ngoài</source>
        <translation>báo cáo trước khi đi nước ngoài</translation>
    </message>
    <message>
        <source>báo cáo kết quả chuyến đi sau khi về nước</source>
        <translation>báo cáo kết quả chuyến đi sau khi về nước</translation>
    </message>
    <message>
        <source>đơn đề nghị ra nước ngoài về việc riêng</source>
        <translation>đơn đề nghị ra nước ngoài về việc riêng</translation>
    </message>
    <message>
        <source>bản cam kết về thân nhân ở nước ngoài</source>
        <translation>bản cam kết về thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>bản tự kiểm điểm</source>
        <translation>bản tự kiểm điểm</translation>
    </message>
    <message>
        <source>nhận xét của chi ủy</source>
        <translation>nhận xét của chi ủy</translation>
    </message>
    <message>
        <source>bản đánh giá, xếp loại chất lượng đảng viên</source>
        <translation>bản đánh giá, xếp loại chất lượng đảng viên</translation>
    </message>
    <message>
        <source>báo cáo (%1)</source>
        <translation>báo cáo (%1)</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ nơi đồng chí sinh hoạt</source>
        <translation>Chi ủy chi bộ nơi đồng chí sinh hoạt</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ %1</source>
        <translation>Chi ủy chi bộ %1</translation>
    </message>
    <message>
        <source>Chi ủy %1</source>
        <translation>Chi ủy %1</translation>
    </message>
    <message>
        <source>V/v đôn đốc nộp %1</source>
        <translation>V/v đôn đốc nộp %1</translation>
    </message>
    <message>
        <source>Công văn đôn đốc nộp %1 - %2</source>
        <translation>Công văn đôn đốc nộp %1 - %2</translation>
    </message>
    <message>
        <source>Đồng chí %1, qua %2</source>
        <translation>Đồng chí %1, qua %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Theo quy định về quản lý đảng viên ra nước ngoài, đồng chí có trách nhiệm nộp %1%2 chậm nhất ngày %3.</source>
        <translation>Theo quy định về quản lý đảng viên ra nước ngoài, đồng chí có trách nhiệm nộp %1%2 chậm nhất ngày %3.</translation>
    </message>
    <message>
        <source>Đến ngày %1, đã quá hạn %2 ngày, Đảng ủy chưa nhận được %3 của đồng chí.</source>
        <translation>Đến ngày %1, đã quá hạn %2 ngày, Đảng ủy chưa nhận được %3 của đồng chí.</translation>
    </message>
    <message>
        <source>Đề nghị đồng chí hoàn thành và gửi %1 về Đảng ủy, qua %2, trước ngày %3. Trường hợp đã nộp, đề nghị đồng chí báo lại để Văn phòng Đảng ủy đối chiếu.</source>
        <translation>Đề nghị đồng chí hoàn thành và gửi %1 về Đảng ủy, qua %2, trước ngày %3. Trường hợp đã nộp, đề nghị đồng chí báo lại để Văn phòng Đảng ủy đối chiếu.</translation>
    </message>
    <message>
        <source>Đề nghị %1 đôn đốc, nhắc nhở đồng chí thực hiện.</source>
        <translation>Đề nghị %1 đôn đốc, nhắc nhở đồng chí thực hiện.</translation>
    </message>
    <message>
        <source>Như trên;</source>
        <translation>Như trên;</translation>
    </message>
    <message>
        <source>Lưu Văn phòng Đảng ủy.</source>
        <translation>Lưu Văn phòng Đảng ủy.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way; %2 mm, %3 mm is not a printer&apos;s drift but a wrong setting.</source>
        <translation>A printer offset is at most %1 mm each way; %2 mm, %3 mm is not a printer&apos;s drift but a wrong setting.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way.</source>
        <translation>A printer offset is at most %1 mm each way.</translation>
    </message>
    <message>
        <source>Trang căn chỉnh máy in</source>
        <translation>Trang căn chỉnh máy in</translation>
    </message>
    <message>
        <source>TRANG CĂN CHỈNH MÁY IN</source>
        <translation>TRANG CĂN CHỈNH MÁY IN</translation>
    </message>
    <message>
        <source>Máy in: %1</source>
        <translation>Máy in: %1</translation>
    </message>
    <message>
        <source>(mặc định)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <source>Độ lệch đang dùng: ngang %1 mm, dọc %2 mm</source>
        <translation>Độ lệch đang dùng: ngang %1 mm, dọc %2 mm</translation>
    </message>
    <message>
        <source>1. In trang này lên giấy trắng A4, khổ giấy thật (không thu nhỏ, không “vừa trang”).</source>
        <translation>1. In trang này lên giấy trắng A4, khổ giấy thật (không thu nhỏ, không “vừa trang”).</translation>
    </message>
    <message>
        <source>2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu chữ thập.</source>
        <translation>2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu chữ thập.</translation>
    </message>
    <message>
        <source>3. Dấu (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên: độ lệch ngang là</source>
        <translation>3. Dấu (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên: độ lệch ngang là</translation>
    </message>
    <message>
        <source>    30 − 32 = −2 mm, dọc là 40 − 39 = +1 mm. Nhập hai số đó trong “Căn chỉnh máy in…”.</source>
        <translation>    30 − 32 = −2 mm, dọc là 40 − 39 = +1 mm. Nhập hai số đó trong “Căn chỉnh máy in…”.</translation>
    </message>
    <message>
        <source>4. In lại trang này: mọi dấu chữ thập phải trùng với số ghi bên cạnh.</source>
        <translation>4. In lại trang này: mọi dấu chữ thập phải trùng với số ghi bên cạnh.</translation>
    </message>
    <message>
        <source>BAN THƯỜNG VỤ</source>
        <translation>BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>ĐẢNG ỦY</source>
        <translation>ĐẢNG ỦY</translation>
    </message>
    <message>
        <source>CHI ỦY</source>
        <translation>CHI ỦY</translation>
    </message>
    <message>
        <source>T/M %1</source>
        <translation>T/M %1</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ%1</source>
        <translation>Chi ủy chi bộ%1</translation>
    </message>
    <message>
        <source>Mẫu 2-SHĐ</source>
        <translation>Mẫu 2-SHĐ</translation>
    </message>
    <message>
        <source>Đảng bộ:</source>
        <translation>Đảng bộ:</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Chi bộ:</translation>
    </message>
    <message>
        <source>Số SĐV:</source>
        <translation>Số SĐV:</translation>
    </message>
    <message>
        <source>Số TĐV:</source>
        <translation>Số TĐV:</translation>
    </message>
    <message>
        <source>Số LL:</source>
        <translation>Số LL:</translation>
    </message>
    <message>
        <source>GIẤY GIỚI THIỆU</source>
        <translation>GIẤY GIỚI THIỆU</translation>
    </message>
    <message>
        <source>SINH HOẠT ĐẢNG TẠM THỜI</source>
        <translation>SINH HOẠT ĐẢNG TẠM THỜI</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <source>Giới thiệu đồng chí:</source>
        <translation>Giới thiệu đồng chí:</translation>
    </message>
    <message>
        <source>Bí danh:</source>
        <translation>Bí danh:</translation>
    </message>
    <message>
        <source>Sinh ngày:</source>
        <translation>Sinh ngày:</translation>
    </message>
    <message>
        <source>Vào Đảng ngày:</source>
        <translation>Vào Đảng ngày:</translation>
    </message>
    <message>
        <source>Chính thức ngày:</source>
        <translation>Chính thức ngày:</translation>
    </message>
    <message>
        <source>dự bị</source>
        <translation>dự bị</translation>
    </message>
    <message>
        <source>Đã đóng đảng phí hết tháng:</source>
        <translation>Đã đóng đảng phí hết tháng:</translation>
    </message>
    <message>
        <source>Đến sinh hoạt đảng tạm thời tại:</source>
        <translation>Đến sinh hoạt đảng tạm thời tại:</translation>
    </message>
    <message>
        <source>Nơi đến:</source>
        <translation>Nơi đến:</translation>
    </message>
    <message>
        <source>Thời hạn từ ngày:</source>
        <translation>Thời hạn từ ngày:</translation>
    </message>
    <message>
        <source>đến ngày:</source>
        <translation>đến ngày:</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo:</source>
        <translation>Hồ sơ kèm theo:</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>GTSHĐ</source>
        <translation>GTSHĐ</translation>
    </message>
    <message>
        <source>KÍNH CHUYỂN:</source>
        <translation>KÍNH CHUYỂN:</translation>
    </message>
    <message>
        <source>Đề nghị nhận và giới thiệu sinh hoạt đảng</source>
        <translation>Đề nghị nhận và giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>cho đồng chí:</source>
        <translation>cho đồng chí:</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>T/M</source>
        <translation>T/M</translation>
    </message>
    <message>
        <source>Tổ chức đảng ở %1</source>
        <translation>Tổ chức đảng ở %1</translation>
    </message>
    <message>
        <source>Cơ quan đại diện Việt Nam tại %1</source>
        <translation>Cơ quan đại diện Việt Nam tại %1</translation>
    </message>
    <message>
        <source>%1 giới thiệu đảng viên có tên dưới đây chuyển sinh hoạt đảng chính thức ra ngoài nước:</source>
        <translation>%1 giới thiệu đảng viên có tên dưới đây chuyển sinh hoạt đảng chính thức ra ngoài nước:</translation>
    </message>
    <message>
        <source>Ban Thường vụ</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo</source>
        <translation>Hồ sơ kèm theo</translation>
    </message>
    <message>
        <source>Đồng chí báo cáo với cơ quan đại diện Việt Nam và tổ chức đảng ở nước sở tại ngay khi đến để được bố trí sinh hoạt đảng.</source>
        <translation>Đồng chí báo cáo với cơ quan đại diện Việt Nam và tổ chức đảng ở nước sở tại ngay khi đến để được bố trí sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>T/M BAN THƯỜNG VỤ</source>
        <translation>T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao,</source>
        <translation>Đảng ủy Bộ Ngoại giao,</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước</source>
        <translation>danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước</translation>
    </message>
    <message>
        <source>(kèm theo các phiếu 3A-SHĐ cấp ngày %1)</source>
        <translation>(kèm theo các phiếu 3A-SHĐ cấp ngày %1)</translation>
    </message>
    <message>
        <source>(kèm theo các phiếu 3A-SHĐ cấp từ ngày %1 đến ngày %2)</source>
        <translation>(kèm theo các phiếu 3A-SHĐ cấp từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>%1 báo cáo danh sách các đồng chí dưới đây đã được cấp phiếu công tác chính thức ngoài nước (mẫu 3A-SHĐ) để chuyển sinh hoạt đảng chính thức ra ngoài nước; đề nghị Đảng ủy Bộ Ngoại giao theo dõi và thông báo cho tổ chức đảng ở ngoài nước tiếp nhận, quản lý:</source>
        <translation>%1 báo cáo danh sách các đồng chí dưới đây đã được cấp phiếu công tác chính thức ngoài nước (mẫu 3A-SHĐ) để chuyển sinh hoạt đảng chính thức ra ngoài nước; đề nghị Đảng ủy Bộ Ngoại giao theo dõi và thông báo cho tổ chức đảng ở ngoài nước tiếp nhận, quản lý:</translation>
    </message>
    <message>
        <source>Tạm thời</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Chính thức ra ngoài nước (3A-SHĐ)</source>
        <translation>Chính thức ra ngoài nước (3A-SHĐ)</translation>
    </message>
    <message>
        <source>Họ và tên, ngày sinh</source>
        <translation>Họ và tên, ngày sinh</translation>
    </message>
    <message>
        <source>Ngày vào Đảng, ngày chính thức</source>
        <translation>Ngày vào Đảng, ngày chính thức</translation>
    </message>
    <message>
        <source>Hình thức chuyển</source>
        <translation>Hình thức chuyển</translation>
    </message>
    <message>
        <source>%1 đồng chí: tạm thời %2; chính thức %3; chính thức ra ngoài nước %4.</source>
        <translation>%1 đồng chí: tạm thời %2; chính thức %3; chính thức ra ngoài nước %4.</translation>
    </message>
    <message>
        <source>Số GTSHĐ</source>
        <translation>Số GTSHĐ</translation>
    </message>
    <message>
        <source>Ngày giới thiệu đi</source>
        <translation>Ngày giới thiệu đi</translation>
    </message>
    <message>
        <source>Tổ chức đảng nơi đảng viên đến sinh hoạt</source>
        <translation>Tổ chức đảng nơi đảng viên đến sinh hoạt</translation>
    </message>
    <message>
        <source>Cấp ủy trực tiếp nhận và giới thiệu tiếp</source>
        <translation>Cấp ủy trực tiếp nhận và giới thiệu tiếp</translation>
    </message>
    <message>
        <source>Người nhận giấy ký</source>
        <translation>Người nhận giấy ký</translation>
    </message>
    <message>
        <source>Ngày giấy giới thiệu đến</source>
        <translation>Ngày giấy giới thiệu đến</translation>
    </message>
    <message>
        <source>Cấp ủy giới thiệu đảng viên đến</source>
        <translation>Cấp ủy giới thiệu đảng viên đến</translation>
    </message>
    <message>
        <source>Số giấy giới thiệu</source>
        <translation>Số giấy giới thiệu</translation>
    </message>
    <message>
        <source>I. GIỚI THIỆU ĐẢNG VIÊN ĐI</source>
        <translation>I. GIỚI THIỆU ĐẢNG VIÊN ĐI</translation>
    </message>
    <message>
        <source>II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN</source>
        <translation>II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN</translation>
    </message>
    <message>
        <source>III. TỔNG HỢP</source>
        <translation>III. TỔNG HỢP</translation>
    </message>
    <message>
        <source>Giới thiệu đi</source>
        <translation>Giới thiệu đi</translation>
    </message>
    <message>
        <source>Tiếp nhận đến</source>
        <translation>Tiếp nhận đến</translation>
    </message>
</context>
<context>
    <name>orec::sql</name>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation>The database is in use by another program. Close it there and try again.</translation>
    </message>
    <message>
        <source>The file is not an Overseas Records database, or the key is wrong.</source>
        <translation>The file is not an Overseas Records database, or the key is wrong.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>The database file is damaged (%1).</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>The file could not be read or written (%1).</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>The change was refused by the database: %1.</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>Database error: %1.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>A database key must be 32 bytes.</translation>
    </message>
    <message>
        <source>Unencrypted databases are only for benchmarks.</source>
        <translation>Unencrypted databases are only for benchmarks.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>This is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite file; Overseas Records only opens encrypted databases.</source>
        <translation>This is an unencrypted SQLite file; Overseas Records only opens encrypted databases.</translation>
    </message>
    <message>
        <source>This program was linked with plain SQLite instead of SQLCipher; refusing to continue.</source>
        <translation>This program was linked with plain SQLite instead of SQLCipher; refusing to continue.</translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not an Overseas Records database.</source>
        <translation>The key does not open this database, or the file is not an Overseas Records database.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>The transaction has already ended.</translation>
    </message>
</context>
</TS>
