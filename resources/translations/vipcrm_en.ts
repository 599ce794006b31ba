<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About vipcrm</source>
        <translation>About vipcrm</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP Club CRM</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>Built with %1.</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add to the plan</source>
        <translation>Add to the plan</translation>
    </message>
    <message>
        <source>— no member —</source>
        <translation>— no member —</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>e.g. bring the new card; meet at the office</source>
        <translation>e.g. bring the new card; meet at the office</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Pick a member or write a note.</source>
        <translation>Pick a member or write a note.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <extracomment>The fields whose refusals show under them (the service&apos;s field ids).</extracomment>
        <translation>Add member</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 digits, e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD; optional</source>
        <translation>MM-DD or YYYY-MM-DD; optional</translation>
    </message>
    <message>
        <source>&amp;Lunar (农历)</source>
        <translation>&amp;Lunar (农历)</translation>
    </message>
    <message>
        <source>&amp;Important VIP</source>
        <translation>&amp;Important VIP</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobile number:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Account manager:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Birthday:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>The tier may come out higher: points, monthly spend or a key person&apos;s role earn one (as with vipcrm member add).</source>
        <translation>The tier may come out higher: points, monthly spend or a key person&apos;s role earn one (as with vipcrm member add).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>The database is missing</translation>
    </message>
    <message>
        <source>Fresh copy from the central store</source>
        <translation>Fresh copy from the central store</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>vipcrm databases (*.db)</source>
        <translation>vipcrm databases (*.db)</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>No keyring for the database key</source>
        <translation>No keyring for the database key</translation>
    </message>
    <message>
        <source>vipcrm keeps this laptop&apos;s database encrypted with a key stored in the system keyring, but no keyring is available.

Keep the database unencrypted on this laptop? Anyone with the file could then read the members&apos; data. This choice is remembered.</source>
        <translation>vipcrm keeps this laptop&apos;s database encrypted with a key stored in the system keyring, but no keyring is available.

Keep the database unencrypted on this laptop? Anyone with the file could then read the members&apos; data. This choice is remembered.</translation>
    </message>
    <message>
        <source>Keep it &amp;unencrypted</source>
        <translation>Keep it &amp;unencrypted</translation>
    </message>
    <message>
        <source>&amp;Quit and set up the keyring</source>
        <translation>&amp;Quit and set up the keyring</translation>
    </message>
    <message>
        <source>vipcrm closes</source>
        <translation>vipcrm closes</translation>
    </message>
    <message>
        <source>Nothing was written; the database stays to be encrypted.

Start or unlock the desktop keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have theirs), then start vipcrm again.

To keep the database unencrypted after all, start vipcrm again and choose that.</source>
        <translation>Nothing was written; the database stays to be encrypted.

Start or unlock the desktop keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have theirs), then start vipcrm again.

To keep the database unencrypted after all, start vipcrm again and choose that.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n member(s).</source>
        <translation>
            <numerusform>Demo data loaded: %n member.</numerusform>
            <numerusform>Demo data loaded: %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unknown user</translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is not in this database.
Start vipcrm with --user CODE (see &apos;vipcrm manager list&apos;).</source>
        <translation>The user &apos;%1&apos; is not in this database.
Start vipcrm with --user CODE (see &apos;vipcrm manager list&apos;).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Nothing waits for your decision.

Gifts over their cap or beyond a manager&apos;s budget appear here.</source>
        <translation>Nothing waits for your decision.

Gifts over their cap or beyond a manager&apos;s budget appear here.</translation>
    </message>
    <message>
        <source>Why you approve or reject it (required)</source>
        <translation>Why you approve or reject it (required)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Plans submitted (approve them on the Plans screen, Ctrl+5):</source>
        <translation>Plans submitted (approve them on the Plans screen, Ctrl+5):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Waiting for your approval</translation>
    </message>
    <message>
        <source>Write a comment first: it is kept with the decision.</source>
        <translation>Write a comment first: it is kept with the decision.</translation>
    </message>
    <message>
        <source>%1&apos;s gift approved.</source>
        <translation>%1&apos;s gift approved.</translation>
    </message>
    <message>
        <source>%1&apos;s gift rejected.</source>
        <translation>%1&apos;s gift rejected.</translation>
    </message>
</context>
<context>
    <name>BenefitUseDialog</name>
    <message>
        <source>Record a benefit use: %1</source>
        <translation>Record a benefit use: %1</translation>
    </message>
    <message>
        <source>only beyond the allowance or the tier&apos;s benefits: why</source>
        <translation>only beyond the allowance or the tier&apos;s benefits: why</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Benefit:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Exception reason:</source>
        <translation>&amp;Exception reason:</translation>
    </message>
</context>
<context>
    <name>BenefitsBox</name>
    <message>
        <source>Benefits this year</source>
        <translation>Benefits this year</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Record &amp;use…</source>
        <translation>Record &amp;use…</translation>
    </message>
    <message>
        <source>not for this tier</source>
        <translation>not for this tier</translation>
    </message>
    <message>
        <source>no yearly limit set</source>
        <translation>no yearly limit set</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 a year</translation>
    </message>
    <message>
        <source>%1 (%2 by exception)</source>
        <translation>%1 (%2 by exception)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Re-graded to %1 in %2: the entitlements follow that tier from that month.</source>
        <translation>Re-graded to %1 in %2: the entitlements follow that tier from that month.</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>no tier</translation>
    </message>
    <message>
        <source>The joining month is not on file: membership-year benefits are counted by the calendar year.</source>
        <translation>The joining month is not on file: membership-year benefits are counted by the calendar year.</translation>
    </message>
    <message>
        <source>No yearly limit set: the regulation gives no number; a team lead may set one.</source>
        <translation>No yearly limit set: the regulation gives no number; a team lead may set one.</translation>
    </message>
</context>
<context>
    <name>BillImportDialog</name>
    <message>
        <source>Import phone records</source>
        <translation>Import phone records</translation>
    </message>
    <message>
        <source>The itemised bill of your own phone (通话详单 or 短信详单, CSV or XLSX), as the operator&apos;s app or web hall exports it. Calls and SMS with your members are logged as contacts; other numbers are only counted, never kept. Importing the same bill again, or overlapping months, logs nothing twice.</source>
        <translation>The itemised bill of your own phone (通话详单 or 短信详单, CSV or XLSX), as the operator&apos;s app or web hall exports it. Calls and SMS with your members are logged as contacts; other numbers are only counted, never kept. Importing the same bill again, or overlapping months, logs nothing twice.</translation>
    </message>
    <message>
        <source>The bill (CSV or XLSX)</source>
        <translation>The bill (CSV or XLSX)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows (import only the good ones)</source>
        <translation>&amp;Skip the bad rows (import only the good ones)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Attach to ca&amp;mpaign:</source>
        <translation>Attach to ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>Choose the phone bill</source>
        <translation>Choose the phone bill</translation>
    </message>
    <message>
        <source>Imported %1: %2 contact(s) logged with %3 member(s).</source>
        <translation>Imported %1: %2 contact(s) logged with %3 member(s).</translation>
    </message>
    <message>
        <source>Campaign %1: %2 contact(s) with %3 targeted member(s), %4 reached, %5 awaiting a result (record it when you log or from Today).</source>
        <translation>Campaign %1: %2 contact(s) with %3 targeted member(s), %4 reached, %5 awaiting a result (record it when you log or from Today).</translation>
    </message>
    <message>
        <source>To log %1</source>
        <translation>To log %1</translation>
    </message>
    <message>
        <source>Already logged %1</source>
        <translation>Already logged %1</translation>
    </message>
    <message>
        <source>Not in your book %1</source>
        <translation>Not in your book %1</translation>
    </message>
    <message>
        <source>Not contacts %1</source>
        <translation>Not contacts %1</translation>
    </message>
    <message>
        <source>Bad rows %1</source>
        <translation>Bad rows %1</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Logged %1</translation>
    </message>
    <message>
        <source>Choose the bill; nothing is written before you import.</source>
        <translation>Choose the bill; nothing is written before you import.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s), %4. %5 duplicate row(s) counted once.</source>
        <translation>%1 (%2): %3 row(s), %4. %5 duplicate row(s) counted once.</translation>
    </message>
    <message>
        <source>Fix the bad rows in the file and preview again, or import the good rows only.</source>
        <translation>Fix the bad rows in the file and preview again, or import the good rows only.</translation>
    </message>
    <message>
        <source>A preview: nothing is written yet.</source>
        <translation>A preview: nothing is written yet.</translation>
    </message>
</context>
<context>
    <name>BudgetMeterWidget</name>
    <message>
        <source>Gift budget</source>
        <translation>Gift budget</translation>
    </message>
    <message>
        <source>Loading the budget…</source>
        <translation>Loading the budget…</translation>
    </message>
    <message>
        <source>No gift budget for this month yet: the team lead sets it.</source>
        <translation>No gift budget for this month yet: the team lead sets it.</translation>
    </message>
    <message>
        <source>Gift budget %1 (%2)</source>
        <translation>Gift budget %1 (%2)</translation>
    </message>
    <message>
        <source>Allocated %1 · &lt;span style=&apos;color:#3949ab&apos;&gt;■&lt;/span&gt; spent %2 · &lt;span style=&apos;color:#ff8f00&apos;&gt;■&lt;/span&gt; committed %3 · &lt;span style=&apos;color:#43a047&apos;&gt;■&lt;/span&gt; left %4</source>
        <translation>Allocated %1 · &lt;span style=&apos;color:#3949ab&apos;&gt;■&lt;/span&gt; spent %2 · &lt;span style=&apos;color:#ff8f00&apos;&gt;■&lt;/span&gt; committed %3 · &lt;span style=&apos;color:#43a047&apos;&gt;■&lt;/span&gt; left %4</translation>
    </message>
    <message>
        <source> (team reserve %1)</source>
        <translation> (team reserve %1)</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Working days from</source>
        <translation>Working days from</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>The State Council&apos;s schedule for a year (a CSV file: see the user guide)</source>
        <translation>The State Council&apos;s schedule for a year (a CSV file: see the user guide)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>&amp;Apply the schedule</source>
        <translation>&amp;Apply the schedule</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Bring in the official schedule</source>
        <translation>Bring in the official schedule</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>official (shipped with vipcrm)</source>
        <translation>official (shipped with vipcrm)</translation>
    </message>
    <message>
        <source>official (imported)</source>
        <translation>official (imported)</translation>
    </message>
    <message>
        <source>official, corrected by an import</source>
        <translation>official, corrected by an import</translation>
    </message>
    <message>
        <source>provisional: from the law, no official schedule yet</source>
        <translation>provisional: from the law, no official schedule yet</translation>
    </message>
    <message>
        <source>day off (休)</source>
        <translation>day off (休)</translation>
    </message>
    <message>
        <source>make-up working day (班)</source>
        <translation>make-up working day (班)</translation>
    </message>
    <message>
        <source>replaces the provisional calendar</source>
        <translation>replaces the provisional calendar</translation>
    </message>
    <message>
        <source>corrects the shipped official data date by date</source>
        <translation>corrects the shipped official data date by date</translation>
    </message>
    <message>
        <source>replaces the year imported before</source>
        <translation>replaces the year imported before</translation>
    </message>
    <message>
        <source>Choose the year&apos;s schedule</source>
        <translation>Choose the year&apos;s schedule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the file typed from the State Council&apos;s notice; its days are shown here before anything is written.</source>
        <translation>Choose the file typed from the State Council&apos;s notice; its days are shown here before anything is written.</translation>
    </message>
    <message>
        <source>%1: %2 day(s) off, %3 make-up working day(s) — %4.</source>
        <translation>%1: %2 day(s) off, %3 make-up working day(s) — %4.</translation>
    </message>
    <message>
        <source>A preview: nothing is written until you apply.</source>
        <translation>A preview: nothing is written until you apply.</translation>
    </message>
    <message>
        <source>Imported the working-day calendar for %1: every laptop of the team gets it at its next sync.</source>
        <translation>Imported the working-day calendar for %1: every laptop of the team gets it at its next sync.</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Campaigns and satisfaction call-backs</source>
        <translation>Campaigns and satisfaction call-backs</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>C&amp;lose campaign</source>
        <translation>C&amp;lose campaign</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Edit step&amp;s…</source>
        <translation>Edit step&amp;s…</translation>
    </message>
    <message>
        <source>Change the open campaign&apos;s steps or its end; the members&apos; due dates follow</source>
        <translation>Change the open campaign&apos;s steps or its end; the members&apos; due dates follow</translation>
    </message>
    <message>
        <source>Close the open campaign: its members leave the managers&apos; Today</source>
        <translation>Close the open campaign: its members leave the managers&apos; Today</translation>
    </message>
    <message>
        <source>Members not contacted yet with two working days or fewer left before their due date (their tier&apos;s step, or the end)</source>
        <translation>Members not contacted yet with two working days or fewer left before their due date (their tier&apos;s step, or the end)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Open, %1 working days left</source>
        <translation>Open, %1 working days left</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Every team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>The day a tier&apos;s members are due by, when earlier than the end</source>
        <translation>The day a tier&apos;s members are due by, when earlier than the end</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>The tier&apos;s step, or the campaign&apos;s end</source>
        <translation>The tier&apos;s step, or the campaign&apos;s end</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Choose a campaign above to see its progress.</source>
        <translation>Choose a campaign above to see its progress.</translation>
    </message>
    <message>
        <source>All teams (the whole region)</source>
        <translation>All teams (the whole region)</translation>
    </message>
    <message>
        <source>This campaign is the administrator&apos;s, for every team: only an administrator closes it</source>
        <translation>This campaign is the administrator&apos;s, for every team: only an administrator closes it</translation>
    </message>
    <message>
        <source>This campaign is the administrator&apos;s, for every team: only an administrator changes its steps</source>
        <translation>This campaign is the administrator&apos;s, for every team: only an administrator changes its steps</translation>
    </message>
    <message>
        <source>%1 %2: progress per manager and per tier</source>
        <translation>%1 %2: progress per manager and per tier</translation>
    </message>
    <message>
        <source>Steps: %1; the other tiers by the end, %2</source>
        <translation>Steps: %1; the other tiers by the end, %2</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(no manager)</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Not contacted with two working days or fewer left before their due date: %1</source>
        <translation>Not contacted with two working days or fewer left before their due date: %1</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Close campaign</translation>
    </message>
    <message>
        <source>Close %1 %2? Its members leave the managers&apos; Today.</source>
        <translation>Close %1 %2? Its members leave the managers&apos; Today.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the gift</source>
        <translation>Cancel the gift</translation>
    </message>
    <message>
        <source>e.g. the member is abroad; kept with the gift</source>
        <translation>e.g. the member is abroad; kept with the gift</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>Gift:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>%1 committed to the budget is freed.</source>
        <translation>%1 committed to the budget is freed.</translation>
    </message>
    <message>
        <source>The lead no longer needs to decide on it.</source>
        <translation>The lead no longer needs to decide on it.</translation>
    </message>
    <message>
        <source>Say why the gift is cancelled.</source>
        <translation>Say why the gift is cancelled.</translation>
    </message>
</context>
<context>
    <name>CardColumnModel</name>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>no follow-up due</source>
        <translation>no follow-up due</translation>
    </message>
    <message numerus="yes">
        <source>follow-up %n day(s) overdue</source>
        <translation>
            <numerusform>follow-up %n day overdue</numerusform>
            <numerusform>follow-up %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>follow up today</source>
        <translation>follow up today</translation>
    </message>
    <message>
        <source>follow up by %1</source>
        <translation>follow up by %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Card step</source>
        <extracomment>The step that leads into a state (for drag and drop onto a column).</extracomment>
        <translation>Card step</translation>
    </message>
    <message>
        <source>%1
(last %2 days)</source>
        <translation>%1
(last %2 days)</translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation>&amp;Record step…</translation>
    </message>
    <message>
        <source>Or drag the card onto the next column</source>
        <translation>Or drag the card onto the next column</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Open member</translation>
    </message>
    <message numerus="yes">
        <source>Cards the members confirmed received in the last %n day(s)</source>
        <translation>
            <numerusform>Cards the members confirmed received in the last %n day</numerusform>
            <numerusform>Cards the members confirmed received in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards on their way.

A card starts when its data is collected at the first contact (Start a card…, Ctrl+N); it then moves along here until the member confirms receipt.</source>
        <translation>No cards on their way.

A card starts when its data is collected at the first contact (Start a card…, Ctrl+N); it then moves along here until the member confirms receipt.</translation>
    </message>
    <message>
        <source>&amp;Start a card…</source>
        <translation>&amp;Start a card…</translation>
    </message>
    <message>
        <source>A new card, or a re-made card (补卡), for a member with none on its way</source>
        <translation>A new card, or a re-made card (补卡), for a member with none on its way</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>Membership cards</translation>
    </message>
    <message>
        <source>Loading the cards…</source>
        <translation>Loading the cards…</translation>
    </message>
    <message>
        <source>Select a card to record its next step.</source>
        <translation>Select a card to record its next step.</translation>
    </message>
    <message>
        <source>%1&apos;s card was confirmed received on %2; no further steps.</source>
        <translation>%1&apos;s card was confirmed received on %2; no further steps.</translation>
    </message>
    <message>
        <source>Next possible: %1</source>
        <translation>Next possible: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1&apos;s card is confirmed received; no further steps.</source>
        <translation>%1&apos;s card is confirmed received; no further steps.</translation>
    </message>
    <message>
        <source>%1&apos;s card is at “%2”: “%3” is not possible now. Allowed next: %4.</source>
        <translation>%1&apos;s card is at “%2”: “%3” is not possible now. Allowed next: %4.</translation>
    </message>
    <message>
        <source>%1&apos;s card: %2 recorded.</source>
        <translation>%1&apos;s card: %2 recorded.</translation>
    </message>
    <message>
        <source>%1: %2 started.</source>
        <translation>%1: %2 started.</translation>
    </message>
</context>
<context>
    <name>ChurnPanel</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Diamond + gold</source>
        <translation>Diamond + gold</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Left in</source>
        <translation>Left in</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tier dropped</source>
        <translation>tier dropped</translation>
    </message>
    <message>
        <source>below the minimum contact</source>
        <translation>below the minimum contact</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation>Last reached</translation>
    </message>
    <message>
        <source>Retention call</source>
        <translation>Retention call</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>made %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Churn of team %1 — %2</source>
        <translation>Churn of team %1 — %2</translation>
    </message>
    <message>
        <source>All VIP %1, target %2</source>
        <translation>All VIP %1, target %2</translation>
    </message>
    <message>
        <source>Diamond + gold %1, target %2</source>
        <translation>Diamond + gold %1, target %2</translation>
    </message>
    <message>
        <source>%1 of %2 members left from January to %3</source>
        <translation>%1 of %2 members left from January to %3</translation>
    </message>
    <message>
        <source>At risk: none known yet. The first re-grading imported (Re-grading and assignment) shows who to call.</source>
        <translation>At risk: none known yet. The first re-grading imported (Re-grading and assignment) shows who to call.</translation>
    </message>
    <message>
        <source>At risk after the %1 re-grading: %2 (%3 retention calls open)</source>
        <translation>At risk after the %1 re-grading: %2 (%3 retention calls open)</translation>
    </message>
    <message>
        <source>Left the club in %1: %2</source>
        <translation>Left the club in %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmImportDialog</name>
    <message>
        <source>Import the re-grading?</source>
        <translation>Import the re-grading?</translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation>%1 for %2: %3.</translation>
    </message>
    <message>
        <source>It replaces %1, the month&apos;s earlier file, which is undone first.</source>
        <translation>It replaces %1, the month&apos;s earlier file, which is undone first.</translation>
    </message>
    <message>
        <source>%1 of the %2 members (%3) would be marked as left: more than the %4 allowed without confirmation. Check that this is the whole club&apos;s list for %5 — not last month&apos;s, one team&apos;s, or a cut-off download.</source>
        <translation>%1 of the %2 members (%3) would be marked as left: more than the %4 allowed without confirmation. Check that this is the whole club&apos;s list for %5 — not last month&apos;s, one team&apos;s, or a cut-off download.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>For example</translation>
    </message>
    <message numerus="yes">
        <source>I have checked the file: %n member(s) leave the club.</source>
        <translation>
            <numerusform>I have checked the file: %n member leaves the club.</numerusform>
            <numerusform>I have checked the file: %n members leave the club.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import and mark %n as left</source>
        <translation>
            <numerusform>Import and mark %n as left</numerusform>
            <numerusform>Import and mark %n as left</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ConfirmUndoDialog</name>
    <message>
        <source>Undo the import?</source>
        <translation>Undo the import?</translation>
    </message>
    <message>
        <source>Undo the import of %1 for %2 (by %3, %4)? %5 member(s) get back what they had before it; %6 member(s) it added are removed.</source>
        <translation>Undo the import of %1 for %2 (by %3, %4)? %5 member(s) get back what they had before it; %6 member(s) it added are removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) it added stay, marked as left, because contacts, notes, cards, gifts or plans refer to them.</source>
        <translation>
            <numerusform>%n member it added stays, marked as left, because contacts, notes, cards, gifts or plans refer to it.</numerusform>
            <numerusform>%n members it added stay, marked as left, because contacts, notes, cards, gifts or plans refer to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer on this laptop and stay as they are.</source>
        <translation>
            <numerusform>%n member is no longer on this laptop and stays as it is.</numerusform>
            <numerusform>%n members are no longer on this laptop and stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Undo the import</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>The same field was changed on this laptop and on the central store. The central store kept its value; choose which one stays.</source>
        <translation>The same field was changed on this laptop and on the central store. The central store kept its value; choose which one stays.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
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
        <source>Before both edits: %1</source>
        <translation>Before both edits: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>&amp;Work log…</source>
        <translation>&amp;Work log…</translation>
    </message>
    <message>
        <source>The selected manager&apos;s work log, read-only</source>
        <translation>The selected manager&apos;s work log, read-only</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (%2 below)</source>
        <translation>%1 (%2 below)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget used</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>Print the &amp;review…</source>
        <translation>Print the &amp;review…</translation>
    </message>
    <message>
        <source>The month&apos;s work-log review as an A4 PDF</source>
        <translation>The month&apos;s work-log review as an A4 PDF</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This month&apos;s weekly SMS, monthly calls, minimum contacts, birthday and holiday care: done of those due so far</source>
        <translation>This month&apos;s weekly SMS, monthly calls, minimum contacts, birthday and holiday care: done of those due so far</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Members reached at least once in their current minimum period (diamond and gold: month, silver: quarter)</source>
        <translation>Members reached at least once in their current minimum period (diamond and gold: month, silver: quarter)</translation>
    </message>
    <message>
        <source>Items past their due date today, as on the manager&apos;s Today list</source>
        <translation>Items past their due date today, as on the manager&apos;s Today list</translation>
    </message>
    <message>
        <source>1st contact</source>
        <translation>1st contact</translation>
    </message>
    <message>
        <source>Members assigned this month reached within the first-contact deadline</source>
        <translation>Members assigned this month reached within the first-contact deadline</translation>
    </message>
    <message>
        <source>Cards late</source>
        <translation>Cards late</translation>
    </message>
    <message>
        <source>Membership cards whose next follow-up is overdue</source>
        <translation>Membership cards whose next follow-up is overdue</translation>
    </message>
    <message>
        <source>Gifts waiting</source>
        <translation>Gifts waiting</translation>
    </message>
    <message>
        <source>Gifts over their cap or budget waiting for your approval</source>
        <translation>Gifts over their cap or budget waiting for your approval</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Members at risk after the latest re-grading not yet called (客户挽留)</source>
        <translation>Members at risk after the latest re-grading not yet called (客户挽留)</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Benefit uses (airport lounge, spare SIM ...) of the manager&apos;s members this month</source>
        <translation>Benefit uses (airport lounge, spare SIM ...) of the manager&apos;s members this month</translation>
    </message>
    <message>
        <source>Team %1 — %2 (as of %3)</source>
        <translation>Team %1 — %2 (as of %3)</translation>
    </message>
    <message>
        <source>Churn this year %1, target %2</source>
        <translation>Churn this year %1, target %2</translation>
    </message>
    <message>
        <source>Diamond + gold %1, target %2</source>
        <translation>Diamond + gold %1, target %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) stuck</source>
        <translation>
            <numerusform>%n card stuck</numerusform>
            <numerusform>%n cards stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) waiting</source>
        <translation>
            <numerusform>%n gift waiting</numerusform>
            <numerusform>%n gifts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention call(s) open</source>
        <translation>
            <numerusform>%n retention call open</numerusform>
            <numerusform>%n retention calls open</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 of %2 members left since January</source>
        <translation>%1 of %2 members left since January</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Review written to %1.</source>
        <translation>Review written to %1.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark the gift delivered</source>
        <translation>Mark the gift delivered</translation>
    </message>
    <message>
        <source>e.g. 上门送达, 快递</source>
        <translation>e.g. 上门送达, 快递</translation>
    </message>
    <message>
        <source>who received it, photo reference …</source>
        <translation>who received it, photo reference …</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>Gift:</translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation>Delivered &amp;on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>&amp;Proof:</translation>
    </message>
</context>
<context>
    <name>DemoFlow</name>
    <message>
        <source>Empty database</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <source>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</source>
        <translation>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>EditStepsDialog</name>
    <message>
        <source>Edit steps: %1 %2</source>
        <translation>Edit steps: %1 %2</translation>
    </message>
    <message>
        <source>The campaign does not target this tier</source>
        <translation>The campaign does not target this tier</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Steps (due by):</source>
        <translation>Steps (due by):</translation>
    </message>
    <message>
        <source>A tier without a step is due by the end. A step is a day of the period; a new end is not before the start or today. The members&apos; due dates follow.</source>
        <translation>A tier without a step is due by the end. A step is a day of the period; a new end is not before the start or today. The members&apos; due dates follow.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Steps changed</source>
        <translation>Steps changed</translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <source>%1 (Members, Ctrl+N)</source>
        <translation>%1 (Members, Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>%1 (Team → Re-grading and assignment)</source>
        <translation>%1 (Team → Re-grading and assignment)</translation>
    </message>
    <message>
        <source>Import the month&apos;s re-grading file</source>
        <translation>Import the month&apos;s re-grading file</translation>
    </message>
    <message>
        <source>%1 to try vipcrm</source>
        <translation>%1 to try vipcrm</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Connect this laptop to the central store to receive your book (vipcrm connect; the user guide says how)</source>
        <translation>Connect this laptop to the central store to receive your book (vipcrm connect; the user guide says how)</translation>
    </message>
    <message>
        <source>No members yet. To start:</source>
        <translation>No members yet. To start:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP Club CRM</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>account manager</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>group customer</source>
        <translation>group customer</translation>
    </message>
    <message>
        <source>key-person role</source>
        <translation>key-person role</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>gift items</source>
        <translation>gift items</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>occasion</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>agreed date</source>
        <translation>agreed date</translation>
    </message>
    <message>
        <source>card step</source>
        <translation>card step</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>plan item</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>central store</source>
        <translation>central store</translation>
    </message>
    <message>
        <source>SMS template</source>
        <translation>SMS template</translation>
    </message>
</context>
<context>
    <name>GiftDialogs</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> (planned for %1)</source>
        <translation> (planned for %1)</translation>
    </message>
</context>
<context>
    <name>GiftRequestDialog</name>
    <message>
        <source>Request a gift</source>
        <extracomment>The cap and the budget left for the dialog&apos;s member: (occasion, planned day) -&gt; terms.</extracomment>
        <translation>Request a gift</translation>
    </message>
    <message>
        <source>yuan, e.g. 150 or 150.50</source>
        <translation>yuan, e.g. 150 or 150.50</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Occasion:</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Cap:</translation>
    </message>
    <message>
        <source>Budget left:</source>
        <translation>Budget left:</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Gift:</translation>
    </message>
    <message>
        <source>no budget line for the planned day</source>
        <translation>no budget line for the planned day</translation>
    </message>
    <message>
        <source>over the cap by %1</source>
        <translation>over the cap by %1</translation>
    </message>
    <message>
        <source>over the budget left by %1</source>
        <translation>over the budget left by %1</translation>
    </message>
    <message>
        <source>Will need the lead&apos;s approval (%1).</source>
        <translation>Will need the lead&apos;s approval (%1).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Within the cap and the budget: approved at once.</source>
        <translation>Within the cap and the budget: approved at once.</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Planned for:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
        <translation>no gift for this tier and occasion (a greeting is logged as a contact)</translation>
    </message>
</context>
<context>
    <name>GiftRequester</name>
    <message>
        <source>Gift for %1 approved at once.</source>
        <translation>Gift for %1 approved at once.</translation>
    </message>
    <message>
        <source>over cap by %1</source>
        <translation>over cap by %1</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>over budget by %1</translation>
    </message>
    <message>
        <source>Gift for %1 is waiting for the team lead (%2).</source>
        <translation>Gift for %1 is waiting for the team lead (%2).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Amount / cap</source>
        <translation>Amount / cap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why waiting / decision</source>
        <translation>Why waiting / decision</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>over cap by %1</source>
        <translation>over cap by %1</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>over budget by %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>delivered on %1</source>
        <translation>delivered on %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>approved at once: within cap and budget</source>
        <translation>approved at once: within cap and budget</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>GiftsScreen</name>
    <message>
        <source>All gifts</source>
        <translation>All gifts</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>Mark &amp;delivered…</translation>
    </message>
    <message>
        <source>&amp;Cancel gift…</source>
        <translation>&amp;Cancel gift…</translation>
    </message>
    <message>
        <source>No gifts here yet.

Request one from a member&apos;s page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</source>
        <translation>No gifts here yet.

Request one from a member&apos;s page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record that the approved gift reached the member</source>
        <translation>Record that the approved gift reached the member</translation>
    </message>
    <message>
        <source>Cancel the gift, with the reason (an approved gift frees its budget)</source>
        <translation>Cancel the gift, with the reason (an approved gift frees its budget)</translation>
    </message>
    <message>
        <source>Select a gift first.</source>
        <translation>Select a gift first.</translation>
    </message>
    <message>
        <source>The gift waits for the lead: only an approved gift is delivered.</source>
        <translation>The gift waits for the lead: only an approved gift is delivered.</translation>
    </message>
    <message>
        <source>Delivered already, on %1.</source>
        <translation>Delivered already, on %1.</translation>
    </message>
    <message>
        <source>Only an approved gift can be marked delivered; this one is “%1”.</source>
        <translation>Only an approved gift can be marked delivered; this one is “%1”.</translation>
    </message>
    <message>
        <source>Only a waiting or approved gift can be cancelled; this one is “%1”.</source>
        <translation>Only a waiting or approved gift can be cancelled; this one is “%1”.</translation>
    </message>
    <message>
        <source>%1&apos;s gift delivered on %2: %3 moved to spent.</source>
        <translation>%1&apos;s gift delivered on %2: %3 moved to spent.</translation>
    </message>
    <message>
        <source>%1&apos;s gift cancelled: %2 freed in the budget.</source>
        <translation>%1&apos;s gift cancelled: %2 freed in the budget.</translation>
    </message>
    <message>
        <source>%1&apos;s gift cancelled.</source>
        <translation>%1&apos;s gift cancelled.</translation>
    </message>
    <message>
        <source>Approve the gift</source>
        <translation>Approve the gift</translation>
    </message>
    <message>
        <source>Reject the gift</source>
        <translation>Reject the gift</translation>
    </message>
    <message>
        <source>Comment for %1&apos;s gift (%2):</source>
        <translation>Comment for %1&apos;s gift (%2):</translation>
    </message>
    <message>
        <source>Gift approved.</source>
        <translation>Gift approved.</translation>
    </message>
    <message>
        <source>Gift rejected.</source>
        <translation>Gift rejected.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message numerus="yes">
        <source>Backup written to %1 (%n member(s), verified).</source>
        <translation>
            <numerusform>Backup written to %1 (%n member, verified).</numerusform>
            <numerusform>Backup written to %1 (%n members, verified).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>vipcrm databases (*.db)</source>
        <translation>vipcrm databases (*.db)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>account manager</source>
        <translation>account manager</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation>not in this database</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Phone off</source>
        <translation>Phone off</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left the club</source>
        <translation>Left the club</translation>
    </message>
    <message>
        <source>Data collected</source>
        <translation>Data collected</translation>
    </message>
    <message>
        <source>Sent to card maker</source>
        <translation>Sent to card maker</translation>
    </message>
    <message>
        <source>Card arrived</source>
        <translation>Card arrived</translation>
    </message>
    <message>
        <source>Member notified</source>
        <translation>Member notified</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Mailed</translation>
    </message>
    <message>
        <source>Awaiting pick-up</source>
        <translation>Awaiting pick-up</translation>
    </message>
    <message>
        <source>Hand delivery agreed</source>
        <translation>Hand delivery agreed</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Receipt confirmed</translation>
    </message>
    <message>
        <source>card data collected</source>
        <translation>card data collected</translation>
    </message>
    <message>
        <source>sent to the card maker</source>
        <translation>sent to the card maker</translation>
    </message>
    <message>
        <source>card arrived</source>
        <translation>card arrived</translation>
    </message>
    <message>
        <source>member notified</source>
        <translation>member notified</translation>
    </message>
    <message>
        <source>mailed</source>
        <translation>mailed</translation>
    </message>
    <message>
        <source>pick-up chosen</source>
        <translation>pick-up chosen</translation>
    </message>
    <message>
        <source>hand delivery agreed</source>
        <translation>hand delivery agreed</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>receipt confirmed</source>
        <translation>receipt confirmed</translation>
    </message>
    <message>
        <source>re-made card arrived</source>
        <translation>re-made card arrived</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Family member in hospital</source>
        <translation>Family member in hospital</translation>
    </message>
    <message>
        <source>Business opening</source>
        <translation>Business opening</translation>
    </message>
    <message>
        <source>Birth of a child</source>
        <translation>Birth of a child</translation>
    </message>
    <message>
        <source>Funeral in the family</source>
        <translation>Funeral in the family</translation>
    </message>
    <message>
        <source>Key-person birthday</source>
        <translation>Key-person birthday</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Waiting for the lead</source>
        <translation>Waiting for the lead</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Top decision-maker</source>
        <translation>Top decision-maker</translation>
    </message>
    <message>
        <source>Designated contact</source>
        <translation>Designated contact</translation>
    </message>
    <message>
        <source>Communications manager</source>
        <translation>Communications manager</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>joined</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>moved up</translation>
    </message>
    <message>
        <source>moved down</source>
        <translation>moved down</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>left the club</source>
        <translation>left the club</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>new card</translation>
    </message>
    <message>
        <source>re-made card</source>
        <translation>re-made card</translation>
    </message>
    <message>
        <source>by mail</source>
        <translation>by mail</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>picked up</translation>
    </message>
    <message>
        <source>delivered by hand</source>
        <translation>delivered by hand</translation>
    </message>
    <message>
        <source>yearly plan</source>
        <translation>yearly plan</translation>
    </message>
    <message>
        <source>monthly plan</source>
        <translation>monthly plan</translation>
    </message>
    <message>
        <source>weekly plan</source>
        <translation>weekly plan</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>fen</source>
        <translation>fen</translation>
    </message>
    <message>
        <source>(a share: 0.035 is 3.5 %)</source>
        <translation>(a share: 0.035 is 3.5 %)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>A&amp;pprovals</translation>
    </message>
    <message>
        <source>C&amp;hurn and retention</source>
        <translation>C&amp;hurn and retention</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpaigns</translation>
    </message>
    <message>
        <source>&amp;Re-grading and assignment</source>
        <translation>&amp;Re-grading and assignment</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Choose a team…</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Working-day &amp;calendar…</translation>
    </message>
    <message>
        <source>Where each year&apos;s working days come from; import the official schedule</source>
        <translation>Where each year&apos;s working days come from; import the official schedule</translation>
    </message>
    <message>
        <source>Choose a team above to see its dashboard, approvals, churn and re-grading.</source>
        <translation>Choose a team above to see its dashboard, approvals, churn and re-grading.</translation>
    </message>
    <message>
        <source>You lead no team yet: an administrator can make you a team&apos;s lead.</source>
        <translation>You lead no team yet: an administrator can make you a team&apos;s lead.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>Sent through the group SMS platform (12580)</source>
        <translation>Sent through the group SMS platform (12580)</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>What was said or agreed (optional)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The member&apos;s comment (optional)</source>
        <translation>The member&apos;s comment (optional)</translation>
    </message>
    <message>
        <source>A result other than unreachable needs the member reached.</source>
        <translation>A result other than unreachable needs the member reached.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, until %4)</source>
        <translation>%1 %2 (%3, until %4)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Score (1-5):</source>
        <translation>&amp;Score (1-5):</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omment:</translation>
    </message>
    <message>
        <source>Logging a contact for %1.</source>
        <translation>Logging a contact for %1.</translation>
    </message>
    <message>
        <source>— none now —</source>
        <translation>— none now —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP Club CRM</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Select a member or a due item first.</source>
        <translation>Select a member or a due item first.</translation>
    </message>
    <message>
        <source>Ctrl+N adds a member on Members, a card on Cards, a visit on Plans.</source>
        <translation>Ctrl+N adds a member on Members, a card on Cards, a visit on Plans.</translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation>User: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>ManagerLogDialog</name>
    <message>
        <source>Work log of %1 (%2) — read-only</source>
        <translation>Work log of %1 (%2) — read-only</translation>
    </message>
    <message>
        <source>Select a contact to see the member&apos;s timeline.</source>
        <translation>Select a contact to see the member&apos;s timeline.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>%1 to %2: %3 contact(s)</source>
        <translation>%1 to %2: %3 contact(s)</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Timeline of %1</translation>
    </message>
</context>
<context>
    <name>MemberListPage</name>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Important VIPs</source>
        <translation>&amp;Important VIPs</translation>
    </message>
    <message>
        <source>&amp;Group key persons</source>
        <translation>&amp;Group key persons</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>O&amp;verdue</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Add a member to the book (Ctrl+N)</source>
        <translation>Add a member to the book (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Search by name, pinyin or mobile number  (Ctrl+F)</source>
        <translation>Search by name, pinyin or mobile number  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name, pinyin (%1 finds %2) or mobile number  (Ctrl+F)</source>
        <translation>Search by name, pinyin (%1 finds %2) or mobile number  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Loading members…</translation>
    </message>
    <message>
        <source>%1+ members</source>
        <translation>%1+ members</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>Log &amp;call…</translation>
    </message>
    <message>
        <source>Log &amp;SMS…</source>
        <translation>Log &amp;SMS…</translation>
    </message>
    <message>
        <source>Request &amp;gift…</source>
        <translation>Request &amp;gift…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Account and group customer</source>
        <translation>Account and group customer</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>Account manager:</translation>
    </message>
    <message>
        <source>Assigned on:</source>
        <translation>Assigned on:</translation>
    </message>
    <message>
        <source>Points / monthly spend:</source>
        <translation>Points / monthly spend:</translation>
    </message>
    <message>
        <source>Group customer:</source>
        <translation>Group customer:</translation>
    </message>
    <message>
        <source>Key-person role:</source>
        <translation>Key-person role:</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Card steps</source>
        <translation>Card steps</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>Tier changes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Profile changes</source>
        <translation>Profile changes</translation>
    </message>
    <message>
        <source>Add a dated note to the timeline…</source>
        <translation>Add a dated note to the timeline…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>%1 points / %2</source>
        <translation>%1 points / %2</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (class %2)</translation>
    </message>
    <message>
        <source>not a key person of a group customer</source>
        <translation>not a key person of a group customer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation>Last reached</translation>
    </message>
    <message>
        <source>Group customer</source>
        <translation>Group customer</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>No member fits these filters.</source>
        <translation>No member fits these filters.</translation>
    </message>
    <message>
        <source>No member in the club: choose “%1” to see those who left.</source>
        <translation>No member in the club: choose “%1” to see those who left.</translation>
    </message>
    <message>
        <source>Nobody yet (assign later)</source>
        <translation>Nobody yet (assign later)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>No member matches “%1”: no mobile number contains these digits (letters and characters search the names).</source>
        <translation>No member matches “%1”: no mobile number contains these digits (letters and characters search the names).</translation>
    </message>
    <message>
        <source>No member matches “%1”: searched every name, its full pinyin and its initials (digits search the mobile numbers).</source>
        <translation>No member matches “%1”: searched every name, its full pinyin and its initials (digits search the mobile numbers).</translation>
    </message>
    <message>
        <source>Only members that fit the filters were searched.</source>
        <translation>Only members that fit the filters were searched.</translation>
    </message>
</context>
<context>
    <name>MonthMembersDialog</name>
    <message>
        <source>The re-grading of %1</source>
        <translation>The re-grading of %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added, moved up or down, or marked as left.</source>
        <translation>
            <numerusform>%n member added, moved up or down, or marked as left.</numerusform>
            <numerusform>%n members added, moved up or down, or marked as left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n done</source>
        <translation>
            <numerusform>✓ %n done</numerusform>
            <numerusform>✓ %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ over capacity</source>
        <translation>⚠ over capacity</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (off)</translation>
    </message>
    <message>
        <source>%1 (off, provisional)</source>
        <translation>%1 (off, provisional)</translation>
    </message>
    <message>
        <source>%1 make-up day</source>
        <translation>%1 make-up day</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) planned</source>
        <translation>
            <numerusform>%1: %n item planned</numerusform>
            <numerusform>%1: %n items planned</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the daily capacity: %1 of %2 calls, %3 of %4 SMS</source>
        <translation>Over the daily capacity: %1 of %2 calls, %3 of %4 SMS</translation>
    </message>
    <message>
        <source>Provisional: from the law, no official schedule for this year yet</source>
        <translation>Provisional: from the law, no official schedule for this year yet</translation>
    </message>
</context>
<context>
    <name>MorningDigest</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP Club CRM</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Open Today</translation>
    </message>
    <message>
        <source>Show the digest now</source>
        <translation>Show the digest now</translation>
    </message>
    <message>
        <source>Good morning: today&apos;s work</source>
        <translation>Good morning: today&apos;s work</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</source>
        <translation>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</translation>
    </message>
    <message>
        <source>Nothing overdue or due today; %1 in the next 7 days.</source>
        <translation>Nothing overdue or due today; %1 in the next 7 days.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another day</source>
        <translation>Move to another day</translation>
    </message>
    <message>
        <source>Move to &amp;day:</source>
        <translation>Move to &amp;day:</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Key persons only</source>
        <translation>Key persons only</translation>
    </message>
    <message>
        <source>Important members only</source>
        <translation>Important members only</translation>
    </message>
    <message>
        <source>optional: a CSV or XLSX file of mobile numbers</source>
        <translation>optional: a CSV or XLSX file of mobile numbers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Call and SMS</source>
        <translation>Call and SMS</translation>
    </message>
    <message>
        <source>The fields an SMS template may name: the member&apos;s name, their manager, their tier. Select and copy.</source>
        <translation>The fields an SMS template may name: the member&apos;s name, their manager, their tier. Select and copy.</translation>
    </message>
    <message>
        <source>For team:</source>
        <translation>For team:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
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
        <source>Tiers:</source>
        <translation>Tiers:</translation>
    </message>
    <message>
        <source>Steps (due by):</source>
        <translation>Steps (due by):</translation>
    </message>
    <message>
        <source>Group classes:</source>
        <translation>Group classes:</translation>
    </message>
    <message>
        <source>&amp;Member file:</source>
        <translation>&amp;Member file:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;SMS template:</source>
        <translation>&amp;SMS template:</translation>
    </message>
    <message>
        <source>Fields to copy:</source>
        <translation>Fields to copy:</translation>
    </message>
    <message>
        <source>Call scri&amp;pt:</source>
        <translation>Call scri&amp;pt:</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Add campaign</translation>
    </message>
    <message>
        <source>No tier, class or file chosen: every active member of the team is targeted. A tier without a step is due by the end.</source>
        <translation>No tier, class or file chosen: every active member of the team is targeted. A tier without a step is due by the end.</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>Member file</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx)</source>
        <translation>Member lists (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>first call</translation>
    </message>
    <message>
        <source>explaining SMS</source>
        <translation>explaining SMS</translation>
    </message>
    <message>
        <source>retry unreachable</source>
        <translation>retry unreachable</translation>
    </message>
    <message>
        <source>12580 check</source>
        <translation>12580 check</translation>
    </message>
    <message>
        <source>retention call</source>
        <translation>retention call</translation>
    </message>
    <message>
        <source>campaign contact</source>
        <translation>campaign contact</translation>
    </message>
    <message>
        <source>weekly SMS</source>
        <translation>weekly SMS</translation>
    </message>
    <message>
        <source>monthly call</source>
        <translation>monthly call</translation>
    </message>
    <message>
        <source>minimum contact</source>
        <translation>minimum contact</translation>
    </message>
    <message>
        <source>send card data</source>
        <translation>send card data</translation>
    </message>
    <message>
        <source>card arrival notice</source>
        <translation>card arrival notice</translation>
    </message>
    <message>
        <source>mailed card check</source>
        <translation>mailed card check</translation>
    </message>
    <message>
        <source>pick-up reminder</source>
        <translation>pick-up reminder</translation>
    </message>
    <message>
        <source>card hand delivery</source>
        <translation>card hand delivery</translation>
    </message>
    <message>
        <source>birthday gift</source>
        <translation>birthday gift</translation>
    </message>
    <message>
        <source>birthday greeting</source>
        <translation>birthday greeting</translation>
    </message>
    <message>
        <source>holiday greeting</source>
        <translation>holiday greeting</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>PlanQueueModel</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanQueuePanel</name>
    <message>
        <source>&amp;Open in the calendar</source>
        <translation>&amp;Open in the calendar</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Loading the plans waiting for your approval…</source>
        <translation>Loading the plans waiting for your approval…</translation>
    </message>
    <message numerus="yes">
        <source>Plans waiting for your approval: %n</source>
        <translation>
            <numerusform>Plans waiting for your approval: %n</numerusform>
            <numerusform>Plans waiting for your approval: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No plans waiting for your approval.</source>
        <translation>No plans waiting for your approval.</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <source>Plan &amp;of:</source>
        <translation>Plan &amp;of:</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ &amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>&amp;Next month ▶</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>This &amp;month</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>&amp;Generate plan</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>S&amp;ubmit for approval</translation>
    </message>
    <message>
        <source>P&amp;rint / PDF…</source>
        <translation>P&amp;rint / PDF…</translation>
    </message>
    <message>
        <source>Write the month&apos;s plan as an A4 PDF and open it to print</source>
        <translation>Write the month&apos;s plan as an A4 PDF and open it to print</translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation>Mont&amp;h</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>The month&apos;s plan, as a month calendar</source>
        <translation>The month&apos;s plan, as a month calendar</translation>
    </message>
    <message>
        <source>The week&apos;s plan (Monday to Sunday), with the items of each day</source>
        <translation>The week&apos;s plan (Monday to Sunday), with the items of each day</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#b00020&apos;&gt;&amp;nbsp;⚠ over the daily capacity&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#b00020&apos;&gt;&amp;nbsp;⚠ over the daily capacity&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation>&amp;Add visit…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to…</source>
        <translation>Mo&amp;ve to…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation>This wee&amp;k</translation>
    </message>
    <message>
        <source>Write the week&apos;s plan as an A4 PDF and open it to print</source>
        <translation>Write the week&apos;s plan as an A4 PDF and open it to print</translation>
    </message>
    <message>
        <source>Service plan, week %1 of %2 (%3 – %4)</source>
        <translation>Service plan, week %1 of %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Service plan %1-%2</source>
        <translation>Service plan %1-%2</translation>
    </message>
    <message>
        <source>Whole team (due items)</source>
        <translation>Whole team (due items)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All teams (the whole region)</source>
        <translation>All teams (the whole region)</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>Team %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this week.</source>
        <translation>%1 has no saved plan for this week.</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this month.</source>
        <translation>%1 has no saved plan for this month.</translation>
    </message>
    <message>
        <source>What the rules make due this week for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>What the rules make due this week for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</translation>
    </message>
    <message>
        <source>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</translation>
    </message>
    <message>
        <source>Generate the plan first: there is nothing to submit</source>
        <translation>Generate the plan first: there is nothing to submit</translation>
    </message>
    <message>
        <source>&amp;Generate again…</source>
        <translation>&amp;Generate again…</translation>
    </message>
    <message>
        <source>Already submitted: the lead decides on it</source>
        <translation>Already submitted: the lead decides on it</translation>
    </message>
    <message>
        <source>Approved: change the plan first if it needs approval again</source>
        <translation>Approved: change the plan first if it needs approval again</translation>
    </message>
    <message>
        <source>Drag an item onto another day of the calendar to move it.</source>
        <translation>Drag an item onto another day of the calendar to move it.</translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n item(s), %2 done</source>
        <translation>
            <numerusform>version %1 · %n item, %2 done</numerusform>
            <numerusform>version %1 · %n items, %2 done</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted on %1, waiting for the lead.</source>
        <translation>Submitted on %1, waiting for the lead.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approved by %1 on %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>Rejected by %1 on %2.</translation>
    </message>
    <message>
        <source>Changed after approval: submit it again.</source>
        <translation>Changed after approval: submit it again.</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>Not submitted yet.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mark not &amp;done</source>
        <translation>Mark not &amp;done</translation>
    </message>
    <message>
        <source>Pick an item in the day&apos;s list first</source>
        <translation>Pick an item in the day&apos;s list first</translation>
    </message>
    <message>
        <source>Pick a day of this plan in the calendar first</source>
        <translation>Pick a day of this plan in the calendar first</translation>
    </message>
    <message>
        <source>This item is done: mark it not done to move it</source>
        <translation>This item is done: mark it not done to move it</translation>
    </message>
    <message>
        <source>What the rules make due stays in the plan: move it to another day instead</source>
        <translation>What the rules make due stays in the plan: move it to another day instead</translation>
    </message>
    <message>
        <source>Plan the week again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</source>
        <translation>Plan the week again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</translation>
    </message>
    <message>
        <source>Generate the plan again</source>
        <translation>Generate the plan again</translation>
    </message>
    <message>
        <source>Plan the month again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</source>
        <translation>Plan the month again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</translation>
    </message>
    <message>
        <source>No saved plan for this week: the calendar shows the saved monthly plan (%1) on its days. Generate the week&apos;s plan to save these days as the week&apos;s own plan, then move items, add visits and submit it.</source>
        <translation>No saved plan for this week: the calendar shows the saved monthly plan (%1) on its days. Generate the week&apos;s plan to save these days as the week&apos;s own plan, then move items, add visits and submit it.</translation>
    </message>
    <message>
        <source>No saved plan for this week yet: the calendar shows what the rules make due, as the month&apos;s plan lays it out. Generate the week&apos;s plan to save it, then move items, add visits and submit it. (Printing now gives the rules&apos; proposal, marked not saved.)</source>
        <translation>No saved plan for this week yet: the calendar shows what the rules make due, as the month&apos;s plan lays it out. Generate the week&apos;s plan to save it, then move items, add visits and submit it. (Printing now gives the rules&apos; proposal, marked not saved.)</translation>
    </message>
    <message>
        <source>No saved plan for this month yet: the calendar shows what the rules make due, on working days. Generate the plan to save it, then move items, add visits and submit it.</source>
        <translation>No saved plan for this month yet: the calendar shows what the rules make due, on working days. Generate the plan to save it, then move items, add visits and submit it.</translation>
    </message>
    <message>
        <source>Carried over (due %1): %2</source>
        <translation>Carried over (due %1): %2</translation>
    </message>
    <message>
        <source>Late (due %1): %2</source>
        <translation>Late (due %1): %2</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>Plan %1 saved.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <source>Generate the plan first.</source>
        <translation>Generate the plan first.</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>Added on %1.</translation>
    </message>
    <message>
        <source>Item removed.</source>
        <translation>Item removed.</translation>
    </message>
    <message>
        <source>Plan submitted for the lead&apos;s approval.</source>
        <translation>Plan submitted for the lead&apos;s approval.</translation>
    </message>
    <message>
        <source>Writing the plan&apos;s PDF…</source>
        <translation>Writing the plan&apos;s PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Plan written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Plan written to %1 (%n page).</numerusform>
            <numerusform>Plan written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Reject the plan</source>
        <translation>Reject the plan</translation>
    </message>
    <message>
        <source>Comment on %1&apos;s plan %2 (version %3):</source>
        <translation>Comment on %1&apos;s plan %2 (version %3):</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>Plan approved.</translation>
    </message>
    <message>
        <source>Plan rejected.</source>
        <translation>Plan rejected.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. 010-12345678</source>
        <translation>e.g. 010-12345678</translation>
    </message>
    <message>
        <source>[YYYY-]MM-DD, lunar leap month: 04-12L</source>
        <translation>[YYYY-]MM-DD, lunar leap month: 04-12L</translation>
    </message>
    <message>
        <source>&amp;Lunar (农历)</source>
        <translation>&amp;Lunar (农历)</translation>
    </message>
    <message>
        <source>&amp;Important VIP (face to face where suitable)</source>
        <translation>&amp;Important VIP (face to face where suitable)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation>&amp;Landline:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Birthday:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>A name is required (at most 100 characters).</source>
        <translation>A name is required (at most 100 characters).</translation>
    </message>
    <message>
        <source>Not a landline number: e.g. 010-12345678, extension -123.</source>
        <translation>Not a landline number: e.g. 010-12345678, extension -123.</translation>
    </message>
    <message>
        <source>The address is too long (at most 300 characters).</source>
        <translation>The address is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</source>
        <translation>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2000 characters).</source>
        <translation>The notes are too long (at most 2000 characters).</translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <source>Refused changes</source>
        <extracomment>refused changes of rows that belong to no member: the Member column stays empty</extracomment>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>The central store did not take these changes made on this laptop. They are not applied there; its data comes back at the next sync. Redo what is still needed, then dismiss the entries you have read.</source>
        <translation>The central store did not take these changes made on this laptop. They are not applied there; its data comes back at the next sync. Redo what is still needed, then dismiss the entries you have read.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The central store&apos;s reason</source>
        <translation>The central store&apos;s reason</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>No refused changes.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Remove the selected entries from the list (read)</source>
        <translation>Remove the selected entries from the list (read)</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Dismiss &amp;all</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tier change</source>
        <translation>tier change</translation>
    </message>
    <message>
        <source>benefit use</source>
        <translation>benefit use</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>card step</source>
        <translation>card step</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>gift budget</source>
        <translation>gift budget</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <translation>budget adjustment</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>plan item</translation>
    </message>
    <message>
        <source>group customer</source>
        <translation>group customer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>new %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>overruled</translation>
    </message>
    <message>
        <source>conflict (see Sync conflicts)</source>
        <translation>conflict (see Sync conflicts)</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>(not known here)</translation>
    </message>
</context>
<context>
    <name>RegionSummaryModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Regrading</name>
    <message>
        <source>%1 new, %2 back, %3 up, %4 down, %5 unchanged, %6 left</source>
        <translation>%1 new, %2 back, %3 up, %4 down, %5 unchanged, %6 left</translation>
    </message>
</context>
<context>
    <name>RegradingPanel</name>
    <message>
        <source>The billing system&apos;s export (CSV or XLSX)</source>
        <translation>The billing system&apos;s export (CSV or XLSX)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows (import only the good ones)</source>
        <translation>&amp;Skip the bad rows (import only the good ones)</translation>
    </message>
    <message>
        <source>Preview the &amp;assignment</source>
        <translation>Preview the &amp;assignment</translation>
    </message>
    <message>
        <source>Assign new &amp;members</source>
        <translation>Assign new &amp;members</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Show the &amp;members…</source>
        <translation>Show the &amp;members…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Undo this import…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Bad rows</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Weighted load after</source>
        <translation>Weighted load after</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Assign &amp;all waiting members</source>
        <translation>Assign &amp;all waiting members</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Reassign</translation>
    </message>
    <message>
        <source>The month&apos;s re-grading</source>
        <translation>The month&apos;s re-grading</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <source>1. Import the month&apos;s re-grading file</source>
        <translation>1. Import the month&apos;s re-grading file</translation>
    </message>
    <message>
        <source>Reassign one member:</source>
        <translation>Reassign one member:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>2. Assign the new members</source>
        <translation>2. Assign the new members</translation>
    </message>
    <message>
        <source>Monthly re-grading</source>
        <translation>Monthly re-grading</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Checking every member…</source>
        <translation>Checking every member…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Undoing the month&apos;s earlier import…</source>
        <translation>Undoing the month&apos;s earlier import…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No re-grading file has been imported yet.</source>
        <translation>No re-grading file has been imported yet.</translation>
    </message>
    <message>
        <source>%1: %2, imported by %3 on %4 — %5.</source>
        <translation>%1: %2, imported by %3 on %4 — %5.</translation>
    </message>
    <message>
        <source>It can be undone on the laptop that imported it, until the next month is imported.</source>
        <translation>It can be undone on the laptop that imported it, until the next month is imported.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Undone: the import of %1 for %2. %3 member(s) restored, %4 removed.</source>
        <translation>Undone: the import of %1 for %2. %3 member(s) restored, %4 removed.</translation>
    </message>
    <message>
        <source>Kept as left because something refers to them: %1.</source>
        <translation>Kept as left because something refers to them: %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Choose the re-grading file</source>
        <translation>Choose the re-grading file</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-12.</source>
        <translation>Give the month as YYYY-MM, e.g. 2026-12.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Back %1</source>
        <translation>Back %1</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <source>Down %1</source>
        <translation>Down %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Left %1</translation>
    </message>
    <message>
        <source>Unchanged %1</source>
        <translation>Unchanged %1</translation>
    </message>
    <message>
        <source>Bad rows (%1)</source>
        <translation>Bad rows (%1)</translation>
    </message>
    <message>
        <source>Choose a file and a month; nothing is written before you import.</source>
        <translation>Choose a file and a month; nothing is written before you import.</translation>
    </message>
    <message>
        <source>%1: %2 row(s)%3 for %4 — a preview, nothing written yet.</source>
        <translation>%1: %2 row(s)%3 for %4 — a preview, nothing written yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s). Fix them in the file and preview again, or import the good rows only.</source>
        <translation>
            <numerusform>%n bad row. Fix it in the file and preview again, or import the good rows only.</numerusform>
            <numerusform>%n bad rows. Fix them in the file and preview again, or import the good rows only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Every row is valid.</translation>
    </message>
    <message>
        <source>This file is already the month&apos;s list: importing it again changes nothing.</source>
        <translation>This file is already the month&apos;s list: importing it again changes nothing.</translation>
    </message>
    <message>
        <source>%1 of the %2 members (%3) would be marked as left — more than the %4 allowed without confirmation. Is this the whole club&apos;s list for %5?</source>
        <translation>%1 of the %2 members (%3) would be marked as left — more than the %4 allowed without confirmation. Is this the whole club&apos;s list for %5?</translation>
    </message>
    <message>
        <source>It replaces %1, the month&apos;s earlier file, which is undone first.</source>
        <translation>It replaces %1, the month&apos;s earlier file, which is undone first.</translation>
    </message>
    <message>
        <source>Imported %1 for %2: %3.</source>
        <translation>Imported %1 for %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) assigned.</source>
        <translation>
            <numerusform>%n member assigned.</numerusform>
            <numerusform>%n members assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) assigned; their first-contact deadlines start today.</source>
        <translation>
            <numerusform>%n member assigned; their first-contact deadlines start today.</numerusform>
            <numerusform>%n members assigned; their first-contact deadlines start today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member has a manager.</source>
        <translation>Every member has a manager.</translation>
    </message>
    <message>
        <source>Imported %1 for %2. Next: assign the new members.</source>
        <translation>Imported %1 for %2. Next: assign the new members.</translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s) of the month to assign, balanced by each manager&apos;s load (weighted by tier).</source>
        <translation>
            <numerusform>%n new member of the month to assign, balanced by each manager&apos;s load (weighted by tier).</numerusform>
            <numerusform>%n new members of the month to assign, balanced by each manager&apos;s load (weighted by tier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) wait for a manager (%1 joined before %2).</source>
        <translation>
            <numerusform>%n member waits for a manager (%1 joined before %2).</numerusform>
            <numerusform>%n members wait for a manager (%1 joined before %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 now belongs to %2.</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD)</source>
        <translation>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: only a lunar birthday has a leap month (L)</source>
        <translation>&apos;{text}&apos;: only a lunar birthday has a leap month (L)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the year {year} is not a plausible birth year</source>
        <translation>&apos;{text}&apos;: the year {year} is not a plausible birth year</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD[L])</source>
        <translation>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD[L])</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lunar date (month 1-12, day 1-30)</source>
        <translation>&apos;{text}&apos; is not a lunar date (month 1-12, day 1-30)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>&apos;{text}&apos; is not a real date</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: lunar year {year} has no day {day} in leap month {month}</source>
        <translation>&apos;{text}&apos;: lunar year {year} has no day {day} in leap month {month}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: lunar year {year} has no day {day} in month {month}</source>
        <translation>&apos;{text}&apos;: lunar year {year} has no day {day} in month {month}</translation>
    </message>
    <message>
        <source>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; allowed next steps: {allowed}</source>
        <translation>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; allowed next steps: {allowed}</translation>
    </message>
    <message>
        <source>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; the card is confirmed received; no further steps</source>
        <translation>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; the card is confirmed received; no further steps</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (use YYYY-MM)</source>
        <translation>&apos;{text}&apos; is not a month (use YYYY-MM)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 time, e.g. 2026-11-22T09:30</source>
        <translation>&apos;{text}&apos; is not an ISO 8601 time, e.g. 2026-11-22T09:30</translation>
    </message>
    <message>
        <source>{file}: row {row}: {reason}</source>
        <translation>{file}: row {row}: {reason}</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column}: {reason}</source>
        <translation>{file}: row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of points</source>
        <translation>&apos;{text}&apos; is not a whole number of points</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not 钻卡/金卡/银卡 or diamond/gold/silver</source>
        <translation>&apos;{text}&apos; is not 钻卡/金卡/银卡 or diamond/gold/silver</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key-person role ({roles})</source>
        <translation>&apos;{text}&apos; is not a key-person role ({roles})</translation>
    </message>
    <message>
        <source>no tier column and no points or monthly spend to compute it from</source>
        <translation>no tier column and no points or monthly spend to compute it from</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>a key person needs the group code and class</source>
        <translation>a key person needs the group code and class</translation>
    </message>
    <message>
        <source>points and spend are below the silver threshold: not a VIP</source>
        <translation>points and spend are below the silver threshold: not a VIP</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a group class A, B, C or D</source>
        <translation>&apos;{text}&apos; is not a group class A, B, C or D</translation>
    </message>
    <message>
        <source>a second &apos;{column}&apos; column (also &apos;{other}&apos;)</source>
        <translation>a second &apos;{column}&apos; column (also &apos;{other}&apos;)</translation>
    </message>
    <message>
        <source>no &apos;{column}&apos; column (one of: {names})</source>
        <translation>no &apos;{column}&apos; column (one of: {names})</translation>
    </message>
    <message>
        <source>{phone} is also on row {row}</source>
        <translation>{phone} is also on row {row}</translation>
    </message>
    <message>
        <source>a {kind} campaign records {allowed}, not {result}</source>
        <translation>a {kind} campaign records {allowed}, not {result}</translation>
    </message>
    <message>
        <source>a brace without its pair; fields are written {fields}</source>
        <translation>a brace without its pair; fields are written {fields}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template field; the fields are {fields}</source>
        <translation>&apos;{name}&apos; is not a template field; the fields are {fields}</translation>
    </message>
    <message>
        <source>name a result: {allowed}</source>
        <translation>name a result: {allowed}</translation>
    </message>
    <message>
        <source>only a survey&apos;s answer has a score</source>
        <translation>only a survey&apos;s answer has a score</translation>
    </message>
    <message>
        <source>{score} is outside 1..5</source>
        <translation>{score} is outside 1..5</translation>
    </message>
    <message>
        <source>a survey&apos;s answer needs a score from 1 to 5</source>
        <translation>a survey&apos;s answer needs a score from 1 to 5</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma out of place; a comma only separates thousands (1,000 or 12,345.50)</source>
        <translation>&apos;{text}&apos; has a comma out of place; a comma only separates thousands (1,000 or 12,345.50)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>an amount is required</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; amounts are zero or more</source>
        <translation>&apos;{text}&apos; is negative; amounts are zero or more</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in yuan, e.g. 150 or 150.50</source>
        <translation>&apos;{text}&apos; is not an amount in yuan, e.g. 150 or 150.50</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than two decimals (fen is the smallest unit)</source>
        <translation>&apos;{text}&apos; has more than two decimals (fen is the smallest unit)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>&apos;{text}&apos; is not an amount</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period (use 2026-12, 2026-Q4 or 2026)</source>
        <translation>&apos;{text}&apos; is not a period (use 2026-12, 2026-Q4 or 2026)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: month {month} does not exist</source>
        <translation>&apos;{text}&apos;: month {month} does not exist</translation>
    </message>
    <message>
        <source>a mobile number is required</source>
        <translation>a mobile number is required</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an 11-digit mainland mobile number</source>
        <translation>&apos;{text}&apos; is not an 11-digit mainland mobile number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid mainland mobile number</source>
        <translation>&apos;{text}&apos; is not a valid mainland mobile number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (use YYYY-MM, e.g. 2026-12)</source>
        <translation>&apos;{text}&apos; is not a month (use YYYY-MM, e.g. 2026-12)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO week (use YYYY-Www, e.g. 2026-W49)</source>
        <translation>&apos;{text}&apos; is not an ISO week (use YYYY-Www, e.g. 2026-W49)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year (use YYYY, e.g. 2026)</source>
        <translation>&apos;{text}&apos; is not a year (use YYYY, e.g. 2026)</translation>
    </message>
    <message>
        <source>{year} has no week {week}</source>
        <translation>{year} has no week {week}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {year} has no week {week}</source>
        <translation>&apos;{text}&apos;: {year} has no week {week}</translation>
    </message>
    <message>
        <source>must map group classes ({classes}) to key-person roles and tiers, e.g. {example}</source>
        <translation>must map group classes ({classes}) to key-person roles and tiers, e.g. {example}</translation>
    </message>
    <message>
        <source>{value} is outside {low}..{high} {unit}</source>
        <translation>{value} is outside {low}..{high} {unit}</translation>
    </message>
    <message>
        <source>is not a known service rule</source>
        <translation>is not a known service rule</translation>
    </message>
    <message>
        <source>must give each tier ({tiers}) a number of {unit}, e.g. {example}</source>
        <translation>must give each tier ({tiers}) a number of {unit}, e.g. {example}</translation>
    </message>
    <message>
        <source>must be a number {unit}</source>
        <translation>must be a number {unit}</translation>
    </message>
    <message>
        <source>must be a whole number of {unit}</source>
        <translation>must be a whole number of {unit}</translation>
    </message>
    <message>
        <source>{tier}: {text}</source>
        <translation>{tier}: {text}</translation>
    </message>
    <message>
        <source>the stored rule {rule} is not used: {problem}</source>
        <translation>the stored rule {rule} is not used: {problem}</translation>
    </message>
    <message>
        <source>{higher} needs at least as much as {lower} ({high} &lt; {low})</source>
        <translation>{higher} needs at least as much as {lower} ({high} &lt; {low})</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a key-person role ({roles})</source>
        <translation>&apos;{role}&apos; is not a key-person role ({roles})</translation>
    </message>
    <message>
        <source>&apos;{tier}&apos; is not a tier ({tiers})</source>
        <translation>&apos;{tier}&apos; is not a tier ({tiers})</translation>
    </message>
    <message>
        <source>contains an invisible, control or text-direction character ({code}) that a name cannot hold; type it again without it</source>
        <translation>contains an invisible, control or text-direction character ({code}) that a name cannot hold; type it again without it</translation>
    </message>
    <message>
        <source>contains a control or text-direction character ({code}) that a note cannot hold; type it again without it</source>
        <translation>contains a control or text-direction character ({code}) that a note cannot hold; type it again without it</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {allowed}</source>
        <translation>&apos;{text}&apos; is not one of {allowed}</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>line {line}, {column}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>the file is empty; expected the header date,type,name</source>
        <translation>the file is empty; expected the header date,type,name</translation>
    </message>
    <message>
        <source>the header must be date,type,name, got {header}</source>
        <translation>the header must be date,type,name, got {header}</translation>
    </message>
    <message>
        <source>the file has a header but no days</source>
        <translation>the file has a header but no days</translation>
    </message>
    <message>
        <source>expected 3 columns date,type,name, got {count}</source>
        <translation>expected 3 columns date,type,name, got {count}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not holiday or workday</source>
        <translation>&apos;{text}&apos; is not holiday or workday</translation>
    </message>
    <message>
        <source>the holiday name is required (e.g. 春节)</source>
        <translation>the holiday name is required (e.g. 春节)</translation>
    </message>
    <message>
        <source>{day} is a weekday; a make-up working day (workday) must be a Saturday or Sunday</source>
        <translation>{day} is a weekday; a make-up working day (workday) must be a Saturday or Sunday</translation>
    </message>
    <message>
        <source>{day} is already given on line {line}</source>
        <translation>{day} is already given on line {line}</translation>
    </message>
    <message>
        <source>the stored benefit {benefit} of {day} is not used: {problem}</source>
        <translation>the stored benefit {benefit} of {day} is not used: {problem}</translation>
    </message>
    <message>
        <source>the database {path} is encrypted (or not a database at all), but this laptop&apos;s keyring holds no key for it (restore the keyring, or restore a backup with: vipcrm restore PATH)</source>
        <translation>the database {path} is encrypted (or not a database at all), but this laptop&apos;s keyring holds no key for it (restore the keyring, or restore a backup with: vipcrm restore PATH)</translation>
    </message>
    <message>
        <source>encrypting {path} did not copy every row; the plain database is unchanged</source>
        <translation>encrypting {path} did not copy every row; the plain database is unchanged</translation>
    </message>
    <message>
        <source>{reason}.
The database {path} is to be encrypted with a key kept in the keyring. To keep it unencrypted on this laptop instead, say so once: vipcrm security allow-plain</source>
        <translation>{reason}.
The database {path} is to be encrypted with a key kept in the keyring. To keep it unencrypted on this laptop instead, say so once: vipcrm security allow-plain</translation>
    </message>
    <message>
        <source>the database {path} is encrypted and its key is in the keyring: {reason}</source>
        <translation>the database {path} is encrypted and its key is in the keyring: {reason}</translation>
    </message>
    <message>
        <source>the database {path} is missing; this laptop was connected to the central store {target} as {user}. Make a fresh copy from it with: vipcrm sync --fresh (or start an empty, unlinked database: vipcrm init)</source>
        <translation>the database {path} is missing; this laptop was connected to the central store {target} as {user}. Make a fresh copy from it with: vipcrm sync --fresh (or start an empty, unlinked database: vipcrm init)</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {reason}</source>
        <translation>cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <source>--db {path}: is a folder, not a database file</source>
        <translation>--db {path}: is a folder, not a database file</translation>
    </message>
    <message>
        <source>the database {path} is not initialised; run &apos;vipcrm init&apos;</source>
        <translation>the database {path} is not initialised; run &apos;vipcrm init&apos;</translation>
    </message>
    <message>
        <source>--db {path}: cannot create its folder ({reason})</source>
        <translation>--db {path}: cannot create its folder ({reason})</translation>
    </message>
    <message>
        <source>--db {path}: cannot create it ({reason})</source>
        <translation>--db {path}: cannot create it ({reason})</translation>
    </message>
    <message>
        <source>assign members</source>
        <translation>assign members</translation>
    </message>
    <message>
        <source>reassign a member</source>
        <translation>reassign a member</translation>
    </message>
    <message>
        <source>team {team} has no account managers to assign to</source>
        <translation>team {team} has no account managers to assign to</translation>
    </message>
    <message>
        <source>{phone} has left the club</source>
        <translation>{phone} has left the club</translation>
    </message>
    <message>
        <source>name the team (--team T)</source>
        <translation>name the team (--team T)</translation>
    </message>
    <message>
        <source>{field}: {phone} belongs to another team</source>
        <translation>{field}: {phone} belongs to another team</translation>
    </message>
    <message>
        <source>change a member&apos;s mobile number</source>
        <translation>change a member&apos;s mobile number</translation>
    </message>
    <message>
        <source>{phone} already belongs to an active member</source>
        <translation>{phone} already belongs to an active member</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>backups are for the local SQLite database</source>
        <translation>backups are for the local SQLite database</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <source>{path}: not an SQLite database (a foreign, damaged or encrypted file)</source>
        <translation>{path}: not an SQLite database (a foreign, damaged or encrypted file)</translation>
    </message>
    <message>
        <source>{path}: no database to back up</source>
        <translation>{path}: no database to back up</translation>
    </message>
    <message>
        <source>{path}: truncated ({size} of {expected} bytes)</source>
        <translation>{path}: truncated ({size} of {expected} bytes)</translation>
    </message>
    <message>
        <source>{path}: truncated (not a whole number of pages)</source>
        <translation>{path}: truncated (not a whole number of pages)</translation>
    </message>
    <message>
        <source>{path}: not a readable vipcrm database ({reason})</source>
        <translation>{path}: not a readable vipcrm database ({reason})</translation>
    </message>
    <message>
        <source>backup to {path} failed: {reason}</source>
        <translation>backup to {path} failed: {reason}</translation>
    </message>
    <message>
        <source>{path}: made by a newer vipcrm (schema {revision}); update vipcrm first</source>
        <translation>{path}: made by a newer vipcrm (schema {revision}); update vipcrm first</translation>
    </message>
    <message>
        <source>{path}: damaged ({check})</source>
        <translation>{path}: damaged ({check})</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a vipcrm one</source>
        <translation>{path}: an SQLite database, but not a vipcrm one</translation>
    </message>
    <message>
        <source>{path}: not a readable vipcrm database (wrong key, or a foreign or damaged file)</source>
        <translation>{path}: not a readable vipcrm database (wrong key, or a foreign or damaged file)</translation>
    </message>
    <message>
        <source>cannot open the database {url}: the key in the keyring does not open it (it is damaged, or not a vipcrm database)</source>
        <translation>cannot open the database {url}: the key in the keyring does not open it (it is damaged, or not a vipcrm database)</translation>
    </message>
    <message>
        <source>cannot open the database {url}: it is damaged, or not a database ({reason})</source>
        <translation>cannot open the database {url}: it is damaged, or not a database ({reason})</translation>
    </message>
    <message>
        <source>Restore the newest good backup with: vipcrm restore {path}</source>
        <translation>Restore the newest good backup with: vipcrm restore {path}</translation>
    </message>
    <message>
        <source>{path}: encrypted with a key this laptop does not hold (a backup of another laptop&apos;s database?), or not a database at all; nothing was changed</source>
        <translation>{path}: encrypted with a key this laptop does not hold (a backup of another laptop&apos;s database?), or not a database at all; nothing was changed</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}; restore one from elsewhere with: vipcrm restore PATH</source>
        <translation>No good backup was found in {folder}; restore one from elsewhere with: vipcrm restore PATH</translation>
    </message>
    <message>
        <source>restore into {path} failed: {reason}; nothing was changed</source>
        <translation>restore into {path} failed: {reason}; nothing was changed</translation>
    </message>
    <message>
        <source>no safety copy of {path} could be made ({reason}); nothing was changed</source>
        <translation>no safety copy of {path} could be made ({reason}); nothing was changed</translation>
    </message>
    <message>
        <source>{benefit}: {member} has used {used} of the {allowance} a {tier} member has from {start} to {end}; a team lead can record one more as an exception, with a reason</source>
        <translation>{benefit}: {member} has used {used} of the {allowance} a {tier} member has from {start} to {end}; a team lead can record one more as an exception, with a reason</translation>
    </message>
    <message>
        <source>{left} of {allowance} left</source>
        <translation>{left} of {allowance} left</translation>
    </message>
    <message>
        <source>no benefit {benefit}; the benefits are: {codes}</source>
        <translation>no benefit {benefit}; the benefits are: {codes}</translation>
    </message>
    <message>
        <source>{member} is a {tier} member, and {benefit} is for {tiers} members only; a team lead can record it as an exception, with a reason</source>
        <translation>{member} is a {tier} member, and {benefit} is for {tiers} members only; a team lead can record it as an exception, with a reason</translation>
    </message>
    <message>
        <source>no yearly limit set</source>
        <translation>no yearly limit set</translation>
    </message>
    <message>
        <source>{year} is not a year to show (2000..2100)</source>
        <translation>{year} is not a year to show (2000..2100)</translation>
    </message>
    <message>
        <source>{benefit} applies from {day}, not yet on {on}</source>
        <translation>{benefit} applies from {day}, not yet on {on}</translation>
    </message>
    <message>
        <source>{member} holds no tier on {day}, so {benefit} is not theirs; a team lead can record it as an exception, with a reason</source>
        <translation>{member} holds no tier on {day}, so {benefit} is not theirs; a team lead can record it as an exception, with a reason</translation>
    </message>
    <message>
        <source>{benefit} is offered to no tier on {day}; a team lead can record it as an exception, with a reason</source>
        <translation>{benefit} is offered to no tier on {day}; a team lead can record it as an exception, with a reason</translation>
    </message>
    <message>
        <source>a benefit use is recorded on or before today</source>
        <translation>a benefit use is recorded on or before today</translation>
    </message>
    <message>
        <source>{phone} has left the club; benefit uses are no longer recorded</source>
        <translation>{phone} has left the club; benefit uses are no longer recorded</translation>
    </message>
    <message>
        <source>change a member benefit</source>
        <translation>change a member benefit</translation>
    </message>
    <message>
        <source>record a benefit use as an exception</source>
        <translation>record a benefit use as an exception</translation>
    </message>
    <message>
        <source>{member} may use {benefit} on {day} without an exception ({left}); record it as a use</source>
        <translation>{member} may use {benefit} on {day} without an exception ({left}); record it as a use</translation>
    </message>
    <message>
        <source>{benefit} is a new benefit: give its names in Chinese and English and its tiers (--name-zh, --name-en, --tiers)</source>
        <translation>{benefit} is a new benefit: give its names in Chinese and English and its tiers (--name-zh, --name-en, --tiers)</translation>
    </message>
    <message>
        <source>set a team budget</source>
        <translation>set a team budget</translation>
    </message>
    <message>
        <source>set a manager&apos;s budget</source>
        <translation>set a manager&apos;s budget</translation>
    </message>
    <message>
        <source>see the team budget</source>
        <translation>see the team budget</translation>
    </message>
    <message>
        <source>{action}: {user} is not the lead of that team</source>
        <translation>{action}: {user} is not the lead of that team</translation>
    </message>
    <message>
        <source>{manager} is in no team; budgets come from a team&apos;s total</source>
        <translation>{manager} is in no team; budgets come from a team&apos;s total</translation>
    </message>
    <message>
        <source>{field}: team {team} has no budget for {period}; set it first (budget set --team)</source>
        <translation>{field}: team {team} has no budget for {period}; set it first (budget set --team)</translation>
    </message>
    <message>
        <source>{field}: {manager} has {used} committed or spent in {period}; the allocation cannot be {amount}</source>
        <translation>{field}: {manager} has {used} committed or spent in {period}; the allocation cannot be {amount}</translation>
    </message>
    <message>
        <source>{field}: the team reserve for {period} is {reserve}; allocating {amount} to {manager} needs {needed}</source>
        <translation>{field}: the team reserve for {period} is {reserve}; allocating {amount} to {manager} needs {needed}</translation>
    </message>
    <message>
        <source>the team reserve for {period} is {reserve} and cannot cover the shortfall of {shortfall}; approval refused</source>
        <translation>the team reserve for {period} is {reserve} and cannot cover the shortfall of {shortfall}; approval refused</translation>
    </message>
    <message>
        <source>a budget cannot be negative</source>
        <translation>a budget cannot be negative</translation>
    </message>
    <message>
        <source>{field}: {committed} of {period} is already allocated to managers; the team total cannot be {amount}</source>
        <translation>{field}: {committed} of {period} is already allocated to managers; the team total cannot be {amount}</translation>
    </message>
    <message>
        <source>name a manager (--manager C)</source>
        <translation>name a manager (--manager C)</translation>
    </message>
    <message>
        <source>{field}: {user} may not see {manager}&apos;s budget</source>
        <translation>{field}: {user} may not see {manager}&apos;s budget</translation>
    </message>
    <message>
        <source>name a team (--team T)</source>
        <translation>name a team (--team T)</translation>
    </message>
    <message>
        <source>import the working-day calendar</source>
        <translation>import the working-day calendar</translation>
    </message>
    <message>
        <source>start a card</source>
        <translation>start a card</translation>
    </message>
    <message>
        <source>record a card step</source>
        <translation>record a card step</translation>
    </message>
    <message>
        <source>list cards</source>
        <translation>list cards</translation>
    </message>
    <message>
        <source>{phone} already has a card on its way (state {state} since {since}); record its next step with &apos;vipcrm card step&apos;</source>
        <translation>{phone} already has a card on its way (state {state} since {since}); record its next step with &apos;vipcrm card step&apos;</translation>
    </message>
    <message>
        <source>{on} is in the future; record a step once it happened</source>
        <translation>{on} is in the future; record a step once it happened</translation>
    </message>
    <message>
        <source>{on} is before the card became {state} on {since}</source>
        <translation>{on} is before the card became {state} on {since}</translation>
    </message>
    <message>
        <source>{phone} has no card on its way; start one with &apos;vipcrm card start --member ...&apos; (--remake for a re-made card)</source>
        <translation>{phone} has no card on its way; start one with &apos;vipcrm card start --member ...&apos; (--remake for a re-made card)</translation>
    </message>
    <message>
        <source>{step} needs the date agreed with the member</source>
        <translation>{step} needs the date agreed with the member</translation>
    </message>
    <message>
        <source>{agreed} is before the agreement ({on})</source>
        <translation>{agreed} is before the agreement ({on})</translation>
    </message>
    <message>
        <source>only goes with the step {step}</source>
        <translation>only goes with the step {step}</translation>
    </message>
    <message>
        <source>see the team&apos;s churn</source>
        <translation>see the team&apos;s churn</translation>
    </message>
    <message>
        <source>{year} has not begun yet</source>
        <translation>{year} has not begun yet</translation>
    </message>
    <message>
        <source>{year} is not a year of the club&apos;s data</source>
        <translation>{year} is not a year of the club&apos;s data</translation>
    </message>
    <message>
        <source>{phone} has left the club; contacts are no longer logged</source>
        <translation>{phone} has left the club; contacts are no longer logged</translation>
    </message>
    <message>
        <source>a contact cannot be logged in the future</source>
        <translation>a contact cannot be logged in the future</translation>
    </message>
    <message>
        <source>only an SMS can go through the group platform</source>
        <translation>only an SMS can go through the group platform</translation>
    </message>
    <message>
        <source>{field}: no contact with id {ref}</source>
        <translation>{field}: no contact with id {ref}</translation>
    </message>
    <message>
        <source>this contact is not an SMS sent through the 12580 group platform</source>
        <translation>this contact is not an SMS sent through the 12580 group platform</translation>
    </message>
    <message>
        <source>this SMS was already confirmed as sent on {day}</source>
        <translation>this SMS was already confirmed as sent on {day}</translation>
    </message>
    <message>
        <source>a confirmation cannot be in the future</source>
        <translation>a confirmation cannot be in the future</translation>
    </message>
    <message>
        <source>an SMS cannot be confirmed before it was sent</source>
        <translation>an SMS cannot be confirmed before it was sent</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a contact id (the contact_id of the item in &apos;vipcrm due --json&apos;)</source>
        <translation>&apos;{ref}&apos; is not a contact id (the contact_id of the item in &apos;vipcrm due --json&apos;)</translation>
    </message>
    <message>
        <source>{action}: needs one of the roles {roles}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}: needs one of the roles {roles}; &apos;{user}&apos; has the role {current}</translation>
    </message>
    <message>
        <source>{action}: needs the role {role}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}: needs the role {role}; &apos;{user}&apos; has the role {current}</translation>
    </message>
    <message>
        <source>{action}: needs the role {role} or {other}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}: needs the role {role} or {other}; &apos;{user}&apos; has the role {current}</translation>
    </message>
    <message>
        <source>{action}: user &apos;{user}&apos; is not in this database; pass --user CODE (see &apos;vipcrm manager list&apos;)</source>
        <translation>{action}: user &apos;{user}&apos; is not in this database; pass --user CODE (see &apos;vipcrm manager list&apos;)</translation>
    </message>
    <message>
        <source>see the team dashboard</source>
        <translation>see the team dashboard</translation>
    </message>
    <message>
        <source>demo data goes only into an empty database; this one already has members</source>
        <translation>demo data goes only into an empty database; this one already has members</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>must be between {low} and {high}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>&apos;{code}&apos; must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <source>{field}: no team with code &apos;{code}&apos;</source>
        <translation>{field}: no team with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>{field}: no account manager with code &apos;{code}&apos;</source>
        <translation>{field}: no account manager with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>{field}: no group customer with code &apos;{code}&apos;</source>
        <translation>{field}: no group customer with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>add a team</translation>
    </message>
    <message>
        <source>a team with code &apos;{code}&apos; already exists</source>
        <translation>a team with code &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <source>add a manager</source>
        <translation>add a manager</translation>
    </message>
    <message>
        <source>a manager with code &apos;{code}&apos; already exists</source>
        <translation>a manager with code &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <source>add a group customer</source>
        <translation>add a group customer</translation>
    </message>
    <message>
        <source>a group customer with code &apos;{code}&apos; already exists</source>
        <translation>a group customer with code &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <source>add a manager: a lead may add account managers only, not leads or admins</source>
        <translation>add a manager: a lead may add account managers only, not leads or admins</translation>
    </message>
    <message>
        <source>add a manager: a lead may add managers only to their own team</source>
        <translation>add a manager: a lead may add managers only to their own team</translation>
    </message>
    <message>
        <source>{days} is outside 0..{most} days</source>
        <translation>{days} is outside 0..{most} days</translation>
    </message>
    <message>
        <source>only an administrator looks at another team&apos;s items</source>
        <translation>only an administrator looks at another team&apos;s items</translation>
    </message>
    <message>
        <source>list what is due</source>
        <translation>list what is due</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s members are not visible to {user}</source>
        <translation>{field}: {manager}&apos;s members are not visible to {user}</translation>
    </message>
    <message>
        <source>approve a gift</source>
        <translation>approve a gift</translation>
    </message>
    <message>
        <source>reject a gift</source>
        <translation>reject a gift</translation>
    </message>
    <message>
        <source>deliver a gift</source>
        <translation>deliver a gift</translation>
    </message>
    <message>
        <source>cancel a gift</source>
        <translation>cancel a gift</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be approved; this one is {current}</source>
        <translation>only a gift that is {status} can be approved; this one is {current}</translation>
    </message>
    <message>
        <source>{phone} has no account manager to carry the gift</source>
        <translation>{phone} has no account manager to carry the gift</translation>
    </message>
    <message>
        <source>a gift costs more than {zero} (a greeting alone is logged as a contact)</source>
        <translation>a gift costs more than {zero} (a greeting alone is logged as a contact)</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a gift id (give at least its first 6 hex digits)</source>
        <translation>&apos;{ref}&apos; is not a gift id (give at least its first 6 hex digits)</translation>
    </message>
    <message>
        <source>{field}: no gift {ref}</source>
        <translation>{field}: no gift {ref}</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches more than one gift; give more digits</source>
        <translation>&apos;{ref}&apos; matches more than one gift; give more digits</translation>
    </message>
    <message>
        <source>say why the gift is approved (the comment is kept)</source>
        <translation>say why the gift is approved (the comment is kept)</translation>
    </message>
    <message>
        <source>say why the gift is rejected</source>
        <translation>say why the gift is rejected</translation>
    </message>
    <message>
        <source>a {status} gift cannot be cancelled (only {pending} or {approved} ones)</source>
        <translation>a {status} gift cannot be cancelled (only {pending} or {approved} ones)</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be rejected; this one is {current}</source>
        <translation>only a gift that is {status} can be rejected; this one is {current}</translation>
    </message>
    <message>
        <source>there is no gift budget for {manager}&apos;s team covering {day}; set the team budget first (budget set --team)</source>
        <translation>there is no gift budget for {manager}&apos;s team covering {day}; set the team budget first (budget set --team)</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s gifts are not visible to {user}</source>
        <translation>{field}: {manager}&apos;s gifts are not visible to {user}</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be delivered; this one is {current}</source>
        <translation>only a gift that is {status} can be delivered; this one is {current}</translation>
    </message>
    <message>
        <source>import a re-grading file</source>
        <translation>import a re-grading file</translation>
    </message>
    <message>
        <source>{month} is older than the latest imported month {latest}</source>
        <translation>{month} is older than the latest imported month {latest}</translation>
    </message>
    <message>
        <source>--accept-leavers {given} does not match: {file} would mark {count} member(s) as left; nothing was written</source>
        <translation>--accept-leavers {given} does not match: {file} would mark {count} member(s) as left; nothing was written</translation>
    </message>
    <message>
        <source>{file} would mark {count} of the {book} members as left ({share}), more than the {limit} allowed without confirmation; nothing was written. Check that it is the whole club&apos;s list for {month}; to import it anyway, confirm the number: --accept-leavers {count}</source>
        <translation>{file} would mark {count} of the {book} members as left ({share}), more than the {limit} allowed without confirmation; nothing was written. Check that it is the whole club&apos;s list for {month}; to import it anyway, confirm the number: --accept-leavers {count}</translation>
    </message>
    <message>
        <source>{file}: the columns are not as expected; nothing was written:
{problems}</source>
        <translation>{file}: the columns are not as expected; nothing was written:
{problems}</translation>
    </message>
    <message>
        <source>{count} bad row(s) in {file}; nothing was written (fix them, or --skip-invalid to import the good rows):
{problems}</source>
        <translation>{count} bad row(s) in {file}; nothing was written (fix them, or --skip-invalid to import the good rows):
{problems}</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files can be imported</source>
        <translation>{file}: only .csv and .xlsx files can be imported</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} is a folder</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} is empty</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook ({reason})</source>
        <translation>{file} is not a readable XLSX workbook ({reason})</translation>
    </message>
    <message>
        <source>{file}: unknown encoding {encoding}</source>
        <translation>{file}: unknown encoding {encoding}</translation>
    </message>
    <message>
        <source>{file} does not look like an itemised phone bill (通话详单 / 短信详单): a bill has a header row with 起始时间, 对方号码 and 通信方式, and 通信时长 for calls or 信息类型 for SMS (docs/import-format.md lists the other names accepted)</source>
        <translation>{file} does not look like an itemised phone bill (通话详单 / 短信详单): a bill has a header row with 起始时间, 对方号码 and 通信方式, and 通信时长 for calls or 信息类型 for SMS (docs/import-format.md lists the other names accepted)</translation>
    </message>
    <message>
        <source>the header has a date but no time column (起始时间)</source>
        <translation>the header has a date but no time column (起始时间)</translation>
    </message>
    <message>
        <source>the time has no year, and no title above the header names the bill&apos;s month</source>
        <translation>the time has no year, and no title above the header names the bill&apos;s month</translation>
    </message>
    <message>
        <source>not a call direction (主叫, 被叫 or 呼转)</source>
        <translation>not a call direction (主叫, 被叫 or 呼转)</translation>
    </message>
    <message>
        <source>not an SMS direction (发送 or 接收)</source>
        <translation>not an SMS direction (发送 or 接收)</translation>
    </message>
    <message>
        <source>not a duration (like 1分23秒, 23秒, 1小时2分3秒 or 00:01:23)</source>
        <translation>not a duration (like 1分23秒, 23秒, 1小时2分3秒 or 00:01:23)</translation>
    </message>
    <message>
        <source>the header has no call duration (通信时长) and no message type (信息类型): it is neither a call nor an SMS bill</source>
        <translation>the header has no call duration (通信时长) and no message type (信息类型): it is neither a call nor an SMS bill</translation>
    </message>
    <message>
        <source>not a date and time (like 2026-11-03 10:15:32)</source>
        <translation>not a date and time (like 2026-11-03 10:15:32)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>the time is empty</translation>
    </message>
    <message>
        <source>{file}: the text is in none of UTF-8, GB18030, Big5 or UTF-16; save it as UTF-8 (or name its encoding)</source>
        <translation>{file}: the text is in none of UTF-8, GB18030, Big5 or UTF-16; save it as UTF-8 (or name its encoding)</translation>
    </message>
    <message>
        <source>{file} is not in {encoding}</source>
        <translation>{file} is not in {encoding}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it, until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</source>
        <translation>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it, until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</translation>
    </message>
    <message>
        <source>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it ({device}), until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</source>
        <translation>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it ({device}), until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</translation>
    </message>
    <message>
        <source>undo a re-grading import</source>
        <translation>undo a re-grading import</translation>
    </message>
    <message>
        <source>{month} has no import to undo</source>
        <translation>{month} has no import to undo</translation>
    </message>
    <message>
        <source>the import of {month} cannot be undone: the import of {later} builds on it (undo {later} first)</source>
        <translation>the import of {month} cannot be undone: the import of {later} builds on it (undo {later} first)</translation>
    </message>
    <message>
        <source>print the gift ledger</source>
        <translation>print the gift ledger</translation>
    </message>
    <message>
        <source>name a member by mobile number or id</source>
        <translation>name a member by mobile number or id</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is neither a mobile number nor a member id</source>
        <translation>&apos;{ref}&apos; is neither a mobile number nor a member id</translation>
    </message>
    <message>
        <source>{field}: no member with mobile number {phone}</source>
        <translation>{field}: no member with mobile number {phone}</translation>
    </message>
    <message>
        <source>{field}: {phone} is not one of {manager}&apos;s members</source>
        <translation>{field}: {phone} is not one of {manager}&apos;s members</translation>
    </message>
    <message>
        <source>a key person needs both --group and --key-role</source>
        <translation>a key person needs both --group and --key-role</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>must be zero or more</translation>
    </message>
    <message>
        <source>see members</source>
        <translation>see members</translation>
    </message>
    <message>
        <source>{field}: no member with id {ref}</source>
        <translation>{field}: no member with id {ref}</translation>
    </message>
    <message>
        <source>add a member</source>
        <translation>add a member</translation>
    </message>
    <message>
        <source>{field}: {actor} may not assign members to {manager}</source>
        <translation>{field}: {actor} may not assign members to {manager}</translation>
    </message>
    <message>
        <source>import a phone bill: user &apos;{user}&apos; is not in this database; pass --user CODE</source>
        <translation>import a phone bill: user &apos;{user}&apos; is not in this database; pass --user CODE</translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... and {count} more</translation>
    </message>
    <message>
        <source>the time is in the future</source>
        <translation>the time is in the future</translation>
    </message>
    <message>
        <source>print the team&apos;s plans</source>
        <translation>print the team&apos;s plans</translation>
    </message>
    <message>
        <source>{field}: {user} may not print {manager}&apos;s plan (a manager prints their own, a team lead the team&apos;s)</source>
        <translation>{field}: {user} may not print {manager}&apos;s plan (a manager prints their own, a team lead the team&apos;s)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>{action}: only the plan&apos;s own manager (or an admin) may do this</source>
        <translation>{action}: only the plan&apos;s own manager (or an admin) may do this</translation>
    </message>
    <message>
        <source>generate a plan</source>
        <translation>generate a plan</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>plan item</translation>
    </message>
    <message>
        <source>move a plan item</source>
        <translation>move a plan item</translation>
    </message>
    <message>
        <source>add a plan item</source>
        <translation>add a plan item</translation>
    </message>
    <message>
        <source>remove a plan item</source>
        <translation>remove a plan item</translation>
    </message>
    <message>
        <source>mark a plan item done</source>
        <translation>mark a plan item done</translation>
    </message>
    <message>
        <source>submit a plan</source>
        <translation>submit a plan</translation>
    </message>
    <message>
        <source>approve a plan</source>
        <translation>approve a plan</translation>
    </message>
    <message>
        <source>reject a plan</source>
        <translation>reject a plan</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a {what} id (give at least 6 hex digits)</source>
        <translation>&apos;{ref}&apos; is not a {what} id (give at least 6 hex digits)</translation>
    </message>
    <message>
        <source>{field}: no {what} {ref}</source>
        <translation>{field}: no {what} {ref}</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches more than one {what}; give more digits</source>
        <translation>&apos;{ref}&apos; matches more than one {what}; give more digits</translation>
    </message>
    <message>
        <source>{field}: {user} may not see this plan</source>
        <translation>{field}: {user} may not see this plan</translation>
    </message>
    <message>
        <source>say whose plan (--manager CODE)</source>
        <translation>say whose plan (--manager CODE)</translation>
    </message>
    <message>
        <source>approve plans</source>
        <translation>approve plans</translation>
    </message>
    <message>
        <source>a plan is generated for a month or an ISO week</source>
        <translation>a plan is generated for a month or an ISO week</translation>
    </message>
    <message>
        <source>{manager} already has a plan for {period} ({status}); generate it again with replace to refresh the rule items</source>
        <translation>{manager} already has a plan for {period} ({status}); generate it again with replace to refresh the rule items</translation>
    </message>
    <message>
        <source>{day} is outside the plan {period} ({start} to {end})</source>
        <translation>{day} is outside the plan {period} ({start} to {end})</translation>
    </message>
    <message>
        <source>this item is done; untick it before moving it</source>
        <translation>this item is done; untick it before moving it</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not one of {kinds}</source>
        <translation>&apos;{kind}&apos; is not one of {kinds}</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>is longer than {n} characters</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a benefit code (lower-case letters, digits and _, starting with a letter, e.g. airport_lounge)</source>
        <translation>&apos;{code}&apos; is not a benefit code (lower-case letters, digits and _, starting with a letter, e.g. airport_lounge)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a tier ({tiers}); separate tiers with commas</source>
        <translation>&apos;{text}&apos; is not a tier ({tiers}); separate tiers with commas</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not TIER=N (e.g. gold=6, or gold=none for no yearly limit)</source>
        <translation>&apos;{text}&apos; is not TIER=N (e.g. gold=6, or gold=none for no yearly limit)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the allowance is a whole number of uses a year, or none</source>
        <translation>&apos;{text}&apos;: the allowance is a whole number of uses a year, or none</translation>
    </message>
    <message>
        <source>{tier}: {value} is outside {low}..{high} uses a year</source>
        <translation>{tier}: {value} is outside {low}..{high} uses a year</translation>
    </message>
    <message>
        <source>must be a list of tiers</source>
        <translation>must be a list of tiers</translation>
    </message>
    <message>
        <source>must map tiers to uses a year</source>
        <translation>must map tiers to uses a year</translation>
    </message>
    <message>
        <source>must be calendar_year or membership_year</source>
        <translation>must be calendar_year or membership_year</translation>
    </message>
    <message>
        <source>a benefit needs a name in Chinese and in English</source>
        <translation>a benefit needs a name in Chinese and in English</translation>
    </message>
    <message>
        <source>{tier} members do not have {benefit}: an allowance is set only for the tiers that have it ({tiers})</source>
        <translation>{tier} members do not have {benefit}: an allowance is set only for the tiers that have it ({tiers})</translation>
    </message>
    <message>
        <source>say what the item is (a note), or pick a member</source>
        <translation>say what the item is (a note), or pick a member</translation>
    </message>
    <message>
        <source>only your own items (visits, meetings, notes) can be removed; what the rules make due stays in the plan (move it to another day)</source>
        <translation>only your own items (visits, meetings, notes) can be removed; what the rules make due stays in the plan (move it to another day)</translation>
    </message>
    <message>
        <source>the plan is already submitted</source>
        <translation>the plan is already submitted</translation>
    </message>
    <message>
        <source>the plan is approved; change it first if it needs approval again</source>
        <translation>the plan is approved; change it first if it needs approval again</translation>
    </message>
    <message>
        <source>the plan changed since it was looked at (version {seen}, now {version}); look at it again before deciding</source>
        <translation>the plan changed since it was looked at (version {seen}, now {version}); look at it again before deciding</translation>
    </message>
    <message>
        <source>only a submitted plan can be decided on; this one is {status}</source>
        <translation>only a submitted plan can be decided on; this one is {status}</translation>
    </message>
    <message>
        <source>say why the plan is approved (the comment is kept)</source>
        <translation>say why the plan is approved (the comment is kept)</translation>
    </message>
    <message>
        <source>say why the plan is rejected</source>
        <translation>say why the plan is rejected</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month or an ISO week (2026-12, 2026-W49)</source>
        <translation>&apos;{text}&apos; is not a month or an ISO week (2026-12, 2026-W49)</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s plans are not visible to {user}</source>
        <translation>{field}: {manager}&apos;s plans are not visible to {user}</translation>
    </message>
    <message>
        <source>{day} is a day off ({why}); a plan puts work on working days only</source>
        <translation>{day} is a day off ({why}); a plan puts work on working days only</translation>
    </message>
    <message>
        <source>{day} is a weekend day; a plan puts work on working days only</source>
        <translation>{day} is a weekend day; a plan puts work on working days only</translation>
    </message>
    <message>
        <source>{phone} is not in this plan&apos;s book</source>
        <translation>{phone} is not in this plan&apos;s book</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a landline number (e.g. 010-12345678, extension -123)</source>
        <translation>&apos;{text}&apos; is not a landline number (e.g. 010-12345678, extension -123)</translation>
    </message>
    <message>
        <source>{tier} has two steps</source>
        <translation>{tier} has two steps</translation>
    </message>
    <message>
        <source>{tier}: {day} is outside the campaign&apos;s period {start} to {end}</source>
        <translation>{tier}: {day} is outside the campaign&apos;s period {start} to {end}</translation>
    </message>
    <message>
        <source>{tier}: the campaign targets {tiers} only</source>
        <translation>{tier}: the campaign targets {tiers} only</translation>
    </message>
    <message>
        <source>{count} saved plan(s) not yet approved keep {code}&apos;s items on their old days ({plans}); a plan is its manager&apos;s: they spread it again with Plans → Generate again… (vipcrm plans generate --period P --replace)</source>
        <translation>{count} saved plan(s) not yet approved keep {code}&apos;s items on their old days ({plans}); a plan is its manager&apos;s: they spread it again with Plans → Generate again… (vipcrm plans generate --period P --replace)</translation>
    </message>
    <message>
        <source>{field}: no campaign {code}</source>
        <translation>{field}: no campaign {code}</translation>
    </message>
    <message>
        <source>campaign {code} is run by more than one team ({teams}); name one with --team</source>
        <translation>campaign {code} is run by more than one team ({teams}); name one with --team</translation>
    </message>
    <message>
        <source>list campaigns</source>
        <translation>list campaigns</translation>
    </message>
    <message>
        <source>show a campaign</source>
        <translation>show a campaign</translation>
    </message>
    <message>
        <source>add a campaign</source>
        <translation>add a campaign</translation>
    </message>
    <message>
        <source>a campaign {code} already exists</source>
        <translation>a campaign {code} already exists</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>the end {end} is before the start {start}</translation>
    </message>
    <message>
        <source>a campaign by SMS needs its SMS template</source>
        <translation>a campaign by SMS needs its SMS template</translation>
    </message>
    <message>
        <source>no member matches the campaign&apos;s target; nothing was written</source>
        <translation>no member matches the campaign&apos;s target; nothing was written</translation>
    </message>
    <message>
        <source>close a campaign</source>
        <translation>close a campaign</translation>
    </message>
    <message>
        <source>{code} is the administrator&apos;s campaign; only an administrator closes it</source>
        <translation>{code} is the administrator&apos;s campaign; only an administrator closes it</translation>
    </message>
    <message>
        <source>{code} is already closed</source>
        <translation>{code} is already closed</translation>
    </message>
    <message>
        <source>change a campaign</source>
        <translation>change a campaign</translation>
    </message>
    <message>
        <source>{code} is the administrator&apos;s campaign; only an administrator changes it</source>
        <translation>{code} is the administrator&apos;s campaign; only an administrator changes it</translation>
    </message>
    <message>
        <source>{code} is closed; a closed campaign is not changed</source>
        <translation>{code} is closed; a closed campaign is not changed</translation>
    </message>
    <message>
        <source>nothing to change: give a new end, a step or a step to clear</source>
        <translation>nothing to change: give a new end, a step or a step to clear</translation>
    </message>
    <message>
        <source>record a campaign outcome</source>
        <translation>record a campaign outcome</translation>
    </message>
    <message>
        <source>{code} is closed</source>
        <translation>{code} is closed</translation>
    </message>
    <message>
        <source>{phone} is not in campaign {code}</source>
        <translation>{phone} is not in campaign {code}</translation>
    </message>
    <message>
        <source>a {result} needs a reached contact</source>
        <translation>a {result} needs a reached contact</translation>
    </message>
    <message>
        <source>a lead adds campaigns to their own team only</source>
        <translation>a lead adds campaigns to their own team only</translation>
    </message>
    <message>
        <source>the end {end} is before today {today}</source>
        <translation>the end {end} is before today {today}</translation>
    </message>
    <message>
        <source>{tier} is given a step and cleared at once</source>
        <translation>{tier} is given a step and cleared at once</translation>
    </message>
    <message>
        <source>{tier} has no step to clear</source>
        <translation>{tier} has no step to clear</translation>
    </message>
    <message>
        <source>{file}: row {row}, {column}: no active member with mobile number {phone} in your book</source>
        <translation>{file}: row {row}, {column}: no active member with mobile number {phone} in your book</translation>
    </message>
    <message>
        <source>{phone} was not reached between {start} and {end}; log the reached call or SMS first (or record unreachable)</source>
        <translation>{phone} was not reached between {start} and {end}; log the reached call or SMS first (or record unreachable)</translation>
    </message>
    <message>
        <source>no contact with {phone} is logged between {start} and {end}; log the call or SMS first</source>
        <translation>no contact with {phone} is logged between {start} and {end}; log the call or SMS first</translation>
    </message>
    <message>
        <source>{file}: row {row}: no column of mobile numbers (a header such as &apos;phone&apos; or &apos;手机号码&apos;, or the numbers themselves)</source>
        <translation>{file}: row {row}: no column of mobile numbers (a header such as &apos;phone&apos; or &apos;手机号码&apos;, or the numbers themselves)</translation>
    </message>
    <message>
        <source>{file}: row {row}, {column}: {reason}</source>
        <translation>{file}: row {row}, {column}: {reason}</translation>
    </message>
    <message>
        <source>{code} is closed; only an open campaign takes a bill</source>
        <translation>{code} is closed; only an open campaign takes a bill</translation>
    </message>
    <message>
        <source>{phone} has left the club; the profile is closed</source>
        <translation>{phone} has left the club; the profile is closed</translation>
    </message>
    <message>
        <source>write something first</source>
        <translation>write something first</translation>
    </message>
    <message>
        <source>print the team&apos;s work-log review</source>
        <translation>print the team&apos;s work-log review</translation>
    </message>
    <message>
        <source>change a service rule</source>
        <translation>change a service rule</translation>
    </message>
    <message>
        <source>change a gift cap</source>
        <translation>change a gift cap</translation>
    </message>
    <message>
        <source>a cap cannot be negative</source>
        <translation>a cap cannot be negative</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a JSON value (e.g. 5 or {example})</source>
        <translation>&apos;{text}&apos; is not a JSON value (e.g. 5 or {example})</translation>
    </message>
    <message>
        <source>see the team&apos;s trends</source>
        <translation>see the team&apos;s trends</translation>
    </message>
    <message>
        <source>{month} has not begun yet</source>
        <translation>{month} has not begun yet</translation>
    </message>
    <message>
        <source>{field}: {actor} may not read {manager}&apos;s work log</source>
        <translation>{field}: {actor} may not read {manager}&apos;s work log</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>the period ends before it starts</translation>
    </message>
    <message>
        <source>a work log covers at most {days} days</source>
        <translation>a work log covers at most {days} days</translation>
    </message>
    <message>
        <source>name a manager: this user keeps no work log</source>
        <translation>name a manager: this user keeps no work log</translation>
    </message>
    <message>
        <source>this database is not a vipcrm central store yet; run &apos;vipcrm central init&apos; first</source>
        <translation>this database is not a vipcrm central store yet; run &apos;vipcrm central init&apos; first</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a usable login name (1-63 characters)</source>
        <translation>&apos;{login}&apos; is not a usable login name (1-63 characters)</translation>
    </message>
    <message>
        <source>a {role} belongs to a team (--team T)</source>
        <translation>a {role} belongs to a team (--team T)</translation>
    </message>
    <message>
        <source>must be at least 8 characters</source>
        <translation>must be at least 8 characters</translation>
    </message>
    <message>
        <source>the central store is at schema {current}, newer than this vipcrm ({supported}); use the newer vipcrm to administer it</source>
        <translation>the central store is at schema {current}, newer than this vipcrm ({supported}); use the newer vipcrm to administer it</translation>
    </message>
    <message>
        <source>central init needs a superuser or a role with CREATEROLE (it creates roles)</source>
        <translation>central init needs a superuser or a role with CREATEROLE (it creates roles)</translation>
    </message>
    <message>
        <source>team &apos;{code}&apos; already exists</source>
        <translation>team &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <source>a PostgreSQL role &apos;{login}&apos; already exists</source>
        <translation>a PostgreSQL role &apos;{login}&apos; already exists</translation>
    </message>
    <message>
        <source>user &apos;{code}&apos; already exists (login {login})</source>
        <translation>user &apos;{code}&apos; already exists (login {login})</translation>
    </message>
    <message>
        <source>the central store&apos;s settings stayed in use for {seconds} s (an open transaction?); nothing was pruned</source>
        <translation>the central store&apos;s settings stayed in use for {seconds} s (an open transaction?); nothing was pruned</translation>
    </message>
    <message>
        <source>{count} laptop(s) were still syncing after {seconds} s; nothing was pruned, try again later</source>
        <translation>{count} laptop(s) were still syncing after {seconds} s; nothing was pruned, try again later</translation>
    </message>
    <message>
        <source>{field}: no user &apos;{code}&apos; (add it with &apos;central user add&apos;)</source>
        <translation>{field}: no user &apos;{code}&apos; (add it with &apos;central user add&apos;)</translation>
    </message>
    <message>
        <source>{field}: no team &apos;{code}&apos; (add it with &apos;central team add&apos;)</source>
        <translation>{field}: no team &apos;{code}&apos; (add it with &apos;central team add&apos;)</translation>
    </message>
    <message>
        <source>only the owner role {owner} may prune the change log: connect as a superuser or a member of {owner}</source>
        <translation>only the owner role {owner} may prune the change log: connect as a superuser or a member of {owner}</translation>
    </message>
    <message>
        <source>the central store predates pruning by age; run &apos;vipcrm central init&apos; with this vipcrm first</source>
        <translation>the central store predates pruning by age; run &apos;vipcrm central init&apos; with this vipcrm first</translation>
    </message>
    <message>
        <source>central init failed: {reason}</source>
        <translation>central init failed: {reason}</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not one of mine, theirs</source>
        <translation>&apos;{keep}&apos; is not one of mine, theirs</translation>
    </message>
    <message>
        <source>{field}: no conflict {id} (see &apos;vipcrm conflicts&apos;)</source>
        <translation>{field}: no conflict {id} (see &apos;vipcrm conflicts&apos;)</translation>
    </message>
    <message>
        <source>conflict {id} was resolved already ({kept})</source>
        <translation>conflict {id} was resolved already ({kept})</translation>
    </message>
    <message>
        <source>{field}: the {table} row of conflict {id} is no longer on this laptop (reassigned or removed); keep theirs instead</source>
        <translation>{field}: the {table} row of conflict {id} is no longer on this laptop (reassigned or removed); keep theirs instead</translation>
    </message>
    <message>
        <source>campaign {code} {name}: the {tier} step {step} was not saved: after an edit on another laptop it falls outside the campaign&apos;s period ({start} – {end}); sync, then set the step again (Edit steps)</source>
        <translation>campaign {code} {name}: the {tier} step {step} was not saved: after an edit on another laptop it falls outside the campaign&apos;s period ({start} – {end}); sync, then set the step again (Edit steps)</translation>
    </message>
    <message>
        <source>your {count} change(s) stay in the outbox on this laptop</source>
        <translation>your {count} change(s) stay in the outbox on this laptop</translation>
    </message>
    <message>
        <source>nothing on this laptop is lost</source>
        <translation>nothing on this laptop is lost</translation>
    </message>
    <message>
        <source>campaign {code} {name}: the new end {end} was not saved: after an edit on another laptop the {tier} step {step} falls after it; sync, then move the step earlier and the end again (Edit steps)</source>
        <translation>campaign {code} {name}: the new end {end} was not saved: after an edit on another laptop the {tier} step {step} falls after it; sync, then move the step earlier and the end again (Edit steps)</translation>
    </message>
    <message>
        <source>this vipcrm (sync protocol {client}) is too old for the central store, which needs protocol {needed} or newer: update vipcrm; {kept}</source>
        <translation>this vipcrm (sync protocol {client}) is too old for the central store, which needs protocol {needed} or newer: update vipcrm; {kept}</translation>
    </message>
    <message>
        <source>the central store has schema {schema}, older than this vipcrm needs ({needed}); it will not write to it. The operator runs &apos;vipcrm central init&apos; with this version; {kept}</source>
        <translation>the central store has schema {schema}, older than this vipcrm needs ({needed}); it will not write to it. The operator runs &apos;vipcrm central init&apos; with this version; {kept}</translation>
    </message>
    <message>
        <source>the login {login} is not linked to a vipcrm user; {kept}</source>
        <translation>the login {login} is not linked to a vipcrm user; {kept}</translation>
    </message>
    <message>
        <source>this laptop is not connected to a central store; run &apos;vipcrm connect --dsn &quot;host=... dbname=...&quot; --user CODE&apos; first</source>
        <translation>this laptop is not connected to a central store; run &apos;vipcrm connect --dsn &quot;host=... dbname=...&quot; --user CODE&apos; first</translation>
    </message>
    <message>
        <source>name the vipcrm user (--user CODE)</source>
        <translation>name the vipcrm user (--user CODE)</translation>
    </message>
    <message>
        <source>leave the password out of the connection string; it goes to the keyring</source>
        <translation>leave the password out of the connection string; it goes to the keyring</translation>
    </message>
    <message>
        <source>no password for {login} in the keyring; run &apos;vipcrm connect --dsn ... --user {user}&apos; again</source>
        <translation>no password for {login} in the keyring; run &apos;vipcrm connect --dsn ... --user {user}&apos; again</translation>
    </message>
    <message>
        <source>the login {login} is not linked to a vipcrm user on the central store</source>
        <translation>the login {login} is not linked to a vipcrm user on the central store</translation>
    </message>
    <message>
        <source>the login {login} belongs to {owner}, not {user}</source>
        <translation>the login {login} belongs to {owner}, not {user}</translation>
    </message>
    <message>
        <source>the connection to {target} was lost during sync ({reason})</source>
        <translation>the connection to {target} was lost during sync ({reason})</translation>
    </message>
    <message>
        <source>{target} is not a vipcrm central store (or this login may not use it); the operator runs &apos;vipcrm central init&apos;</source>
        <translation>{target} is not a vipcrm central store (or this login may not use it); the operator runs &apos;vipcrm central init&apos;</translation>
    </message>
    <message>
        <source>{field}: not a PostgreSQL connection string ({reason})</source>
        <translation>{field}: not a PostgreSQL connection string ({reason})</translation>
    </message>
    <message>
        <source>the central store {target} cannot be reached: {reason}</source>
        <translation>the central store {target} cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>the central store {target} refused the login: {reason}</source>
        <translation>the central store {target} refused the login: {reason}</translation>
    </message>
    <message>
        <source>the central store {target}: {reason}</source>
        <translation>the central store {target}: {reason}</translation>
    </message>
    <message>
        <source>sync needs the laptop&apos;s own SQLite database (--db FILE)</source>
        <translation>sync needs the laptop&apos;s own SQLite database (--db FILE)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; should end in .xlsx</source>
        <translation>&apos;{path}&apos; should end in .xlsx</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month, ISO week or year (2026-12, 2026-W49, 2026)</source>
        <translation>&apos;{text}&apos; is not a month, ISO week or year (2026-12, 2026-W49, 2026)</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password ({reason}). Start or unlock the desktop keyring (GNOME Keyring / KWallet via the Secret Service, macOS Keychain, Windows Credential Locker), or choose a backend with PYTHON_KEYRING_BACKEND</source>
        <translation>no keyring is available to keep the password ({reason}). Start or unlock the desktop keyring (GNOME Keyring / KWallet via the Secret Service, macOS Keychain, Windows Credential Locker), or choose a backend with PYTHON_KEYRING_BACKEND</translation>
    </message>
    <message>
        <source>only a plain-text test keyring ({backend} from keyrings.alt) is installed. Start or unlock the desktop keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker), or name a backend with PYTHON_KEYRING_BACKEND</source>
        <translation>only a plain-text test keyring ({backend} from keyrings.alt) is installed. Start or unlock the desktop keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker), or name a backend with PYTHON_KEYRING_BACKEND</translation>
    </message>
    <message>
        <source>the keyring refused to read &apos;{key}&apos;: {reason}</source>
        <translation>the keyring refused to read &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>the keyring refused to store &apos;{key}&apos;: {reason}</source>
        <translation>the keyring refused to store &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>the keyring refused to delete &apos;{key}&apos;: {reason}</source>
        <translation>the keyring refused to delete &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>this installation of vipcrm is damaged: {name} ({reason}); reinstall vipcrm</source>
        <translation>this installation of vipcrm is damaged: {name} ({reason}); reinstall vipcrm</translation>
    </message>
    <message>
        <source>not a file on disk</source>
        <translation>not a file on disk</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>the review is printed for a lead&apos;s own team</source>
        <translation>the review is printed for a lead&apos;s own team</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Show a &amp;morning digest in the tray</source>
        <translation>Show a &amp;morning digest in the tray</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only at start and on F5</source>
        <translation>only at start and on F5</translation>
    </message>
    <message>
        <source>How often vipcrm syncs with the central store while this laptop is connected; 0: only when it starts and when you press F5.</source>
        <translation>How often vipcrm syncs with the central store while this laptop is connected; 0: only when it starts and when you press F5.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time vipcrm starts.</source>
        <translation>A new language applies the next time vipcrm starts.</translation>
    </message>
    <message>
        <source>Digest &amp;time (working days):</source>
        <translation>Digest &amp;time (working days):</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in text</source>
        <translation>&amp;Restore the built-in text</translation>
    </message>
    <message>
        <source>Placeholders: {member} the member&apos;s name, {manager} the account manager&apos;s name, {phone} the manager&apos;s mobile number.</source>
        <translation>Placeholders: {member} the member&apos;s name, {manager} the account manager&apos;s name, {phone} the manager&apos;s mobile number.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>SMS templates</source>
        <translation>SMS templates</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Today, Members: open the selected member</source>
        <translation>Today, Members: open the selected member</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Members: close the member page</source>
        <translation>Members: close the member page</translation>
    </message>
    <message>
        <source>Log a contact: log it as reached</source>
        <translation>Log a contact: log it as reached</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Gifts: mark the selected gift delivered</source>
        <translation>Gifts: mark the selected gift delivered</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Gifts: cancel the selected gift</source>
        <translation>Gifts: cancel the selected gift</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>the button or field whose letter is underlined</source>
        <translation>the button or field whose letter is underlined</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>Weekly / routine</source>
        <translation>Weekly / routine</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>Holiday greeting</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Membership card</translation>
    </message>
    <message>
        <source>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</source>
        <translation>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</translation>
    </message>
    <message>
        <source>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</source>
        <translation>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</translation>
    </message>
    <message>
        <source>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</source>
        <translation>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</translation>
    </message>
    <message>
        <source>Dear {member}, season&apos;s greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</source>
        <translation>Dear {member}, season&apos;s greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</translation>
    </message>
    <message>
        <source>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</source>
        <translation>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</translation>
    </message>
    <message>
        <source>Unbalanced braces: write {member}, {manager} or {phone}.</source>
        <translation>Unbalanced braces: write {member}, {manager} or {phone}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</source>
        <translation>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</translation>
    </message>
</context>
<context>
    <name>StartCardDialog</name>
    <message>
        <source>Start a card</source>
        <translation>Start a card</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>type a name or mobile number</source>
        <translation>type a name or mobile number</translation>
    </message>
    <message>
        <source>&amp;New card (data collected at first contact)</source>
        <translation>&amp;New card (data collected at first contact)</translation>
    </message>
    <message>
        <source>&amp;Re-made card (补卡) that arrived</source>
        <translation>&amp;Re-made card (补卡) that arrived</translation>
    </message>
    <message>
        <source>e.g. ID checked, form signed (kept as the trace)</source>
        <translation>e.g. ID checked, form signed (kept as the trace)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Members with a card on their way are not listed: record that card&apos;s next step instead. A re-made card starts at “%1”.</source>
        <translation>Members with a card on their way are not listed: record that card&apos;s next step instead. A re-made card starts at “%1”.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>Choose a member from the list.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a card step</source>
        <translation>Record a card step</translation>
    </message>
    <message>
        <source>How, with what outcome (kept as the trace)</source>
        <translation>How, with what outcome (kept as the trace)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1, now: %2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Agreed date:</source>
        <translation>&amp;Agreed date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>StepsRow</name>
    <message>
        <source>Tick to have this tier&apos;s members contacted by an earlier day</source>
        <translation>Tick to have this tier&apos;s members contacted by an earlier day</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Refused changes…</source>
        <translation>Refused changes…</translation>
    </message>
    <message>
        <source>Nothing to sync: this laptop is not connected to a central store (vipcrm connect; the user guide says how).</source>
        <translation>Nothing to sync: this laptop is not connected to a central store (vipcrm connect; the user guide says how).</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <source>Local only (not synchronised)</source>
        <translation>Local only (not synchronised)</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central store (vipcrm connect).</source>
        <translation>This laptop is not connected to a central store (vipcrm connect).</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>differs from the central store</source>
        <translation>differs from the central store</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repaired</source>
        <translation>
            <numerusform>%n row repaired</numerusform>
            <numerusform>%n rows repaired</numerusform>
        </translation>
    </message>
    <message>
        <source>Central store: %1 as %2</source>
        <translation>Central store: %1 as %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the central store</source>
        <translation>
            <numerusform>%n change refused by the central store</numerusform>
            <numerusform>%n changes refused by the central store</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>Click to resolve the conflicts.</translation>
    </message>
    <message>
        <source>Click to see the refused changes; F5 syncs now.</source>
        <translation>Click to see the refused changes; F5 syncs now.</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>Click to sync now (F5).</translation>
    </message>
    <message>
        <source>Checked against the central store %1: this laptop differs (%2), even after a repair; make a fresh copy: vipcrm sync --fresh</source>
        <translation>Checked against the central store %1: this laptop differs (%2), even after a repair; make a fresh copy: vipcrm sync --fresh</translation>
    </message>
    <message>
        <source>Checked against the central store %1: %2 row(s) differed (%3) and were repaired</source>
        <translation>Checked against the central store %1: %2 row(s) differed (%3) and were repaired</translation>
    </message>
    <message>
        <source>Checked against the central store %1: equal</source>
        <translation>Checked against the central store %1: equal</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (group SMS)</source>
        <translation> (group SMS)</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>Gift (%1): %2</source>
        <translation>Gift (%1): %2</translation>
    </message>
    <message>
        <source>Tier: %1 %2</source>
        <translation>Tier: %1 %2</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profile changed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Region summary (all teams)</source>
        <translation>Region summary (all teams)</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>Log &amp;call…</translation>
    </message>
    <message>
        <source>Log a call and its outcome (Ctrl+L)</source>
        <translation>Log a call and its outcome (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log &amp;SMS…</source>
        <translation>Log &amp;SMS…</translation>
    </message>
    <message>
        <source>Cop&amp;y SMS text</source>
        <translation>Cop&amp;y SMS text</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Open member</translation>
    </message>
    <message>
        <source>Open the member page (Enter)</source>
        <translation>Open the member page (Enter)</translation>
    </message>
    <message>
        <source>Request &amp;gift…</source>
        <translation>Request &amp;gift…</translation>
    </message>
    <message>
        <source>Go to the &amp;card</source>
        <translation>Go to the &amp;card</translation>
    </message>
    <message>
        <source>Confirm 12580 sen&amp;t</source>
        <translation>Confirm 12580 sen&amp;t</translation>
    </message>
    <message>
        <source>The SMS sent through the 12580 group platform was really sent</source>
        <translation>The SMS sent through the 12580 group platform was really sent</translation>
    </message>
    <message>
        <source>Open a team&apos;s list with Enter or a double click</source>
        <translation>Open a team&apos;s list with Enter or a double click</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>Team %1 (%2)</translation>
    </message>
    <message>
        <source>There are no teams yet.</source>
        <translation>There are no teams yet.</translation>
    </message>
    <message>
        <source>The list of what is due could not be worked out:
%1</source>
        <translation>The list of what is due could not be worked out:
%1</translation>
    </message>
    <message>
        <source>Confirmed the 12580 SMS to %1 as sent.</source>
        <translation>Confirmed the 12580 SMS to %1 as sent.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days. Well done!

Look through your members (Ctrl+2) or plan next month (Ctrl+5).</source>
        <translation>Nothing is due in the next 7 days. Well done!

Look through your members (Ctrl+2) or plan next month (Ctrl+5).</translation>
    </message>
    <message>
        <source>Logged for %1.</source>
        <translation>Logged for %1.</translation>
    </message>
    <message>
        <source>SMS text for %1 copied.</source>
        <translation>SMS text for %1 copied.</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The trends could not be loaded.</source>
        <translation>The trends could not be loaded.</translation>
    </message>
    <message>
        <source>Trends of team %1</source>
        <translation>Trends of team %1</translation>
    </message>
    <message>
        <source>Trends of every team</source>
        <translation>Trends of every team</translation>
    </message>
    <message>
        <source>Point at a line or a bar to read its figure. The service standard is a month&apos;s routine and care items done on time; the slipping manager comes first.</source>
        <translation>Point at a line or a bar to read its figure. The service standard is a month&apos;s routine and care items done on time; the slipping manager comes first.</translation>
    </message>
    <message>
        <source>Churn year to date, %1, against the targets</source>
        <translation>Churn year to date, %1, against the targets</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation>Churn (%)</translation>
    </message>
    <message>
        <source>All VIP</source>
        <translation>All VIP</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Diamond + gold</source>
        <translation>Diamond + gold</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>Within %1</translation>
    </message>
    <message>
        <source>%1, target through %2: %3</source>
        <translation>%1, target through %2: %3</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>above the target</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>within the target</translation>
    </message>
    <message>
        <source>%1, January to %2: %3 (%4 of %5 left); target %6 %7</source>
        <translation>%1, January to %2: %3 (%4 of %5 left); target %6 %7</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (to date)</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 managers</source>
        <translation>%1: the first %2 of %3 managers</translation>
    </message>
    <message>
        <source>%1, %2: nothing judged yet (%3 items not yet due)</source>
        <translation>%1, %2: nothing judged yet (%3 items not yet due)</translation>
    </message>
    <message>
        <source>%1, %2: %3 on time (%4 of %5 items; %6 missed)</source>
        <translation>%1, %2: %3 on time (%4 of %5 items; %6 missed)</translation>
    </message>
    <message>
        <source>Service standard per manager, last 6 months (slipping first)</source>
        <translation>Service standard per manager, last 6 months (slipping first)</translation>
    </message>
    <message>
        <source>Done on time (%)</source>
        <translation>Done on time (%)</translation>
    </message>
    <message>
        <source>%1, end of %2: %3 items overdue</source>
        <translation>%1, end of %2: %3 items overdue</translation>
    </message>
    <message>
        <source>Overdue items per manager at each month&apos;s end</source>
        <translation>Overdue items per manager at each month&apos;s end</translation>
    </message>
    <message>
        <source>Items overdue</source>
        <translation>Items overdue</translation>
    </message>
    <message>
        <source>Gift budget per manager: spent, committed, unused (yuan)</source>
        <translation>Gift budget per manager: spent, committed, unused (yuan)</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 allocated (%5)</source>
        <translation>%1: %2 %3 of %4 allocated (%5)</translation>
    </message>
    <message>
        <source>no budget line</source>
        <translation>no budget line</translation>
    </message>
    <message>
        <source>Re-grading flow, last 6 months: joined, up, down, left</source>
        <translation>Re-grading flow, last 6 months: joined, up, down, left</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>%1: %2 joined (new or back)</source>
        <translation>%1: %2 joined (new or back)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>%1: %2 moved up a tier</source>
        <translation>%1: %2 moved up a tier</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>%1: %2 moved down a tier</source>
        <translation>%1: %2 moved down a tier</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>%1: %2 left the club</source>
        <translation>%1: %2 left the club</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>vipcrm user guide</source>
        <translation>vipcrm user guide</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import &amp;phone records…</source>
        <translation>Import &amp;phone records…</translation>
    </message>
    <message>
        <source>Import the &amp;re-grading file…</source>
        <translation>Import the &amp;re-grading file…</translation>
    </message>
    <message>
        <source>Import a working-day &amp;calendar…</source>
        <translation>Import a working-day &amp;calendar…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>Load &amp;demo data…</translation>
    </message>
    <message>
        <source>&amp;Export the dashboard to Excel…</source>
        <translation>&amp;Export the dashboard to Excel…</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>&amp;Print the plan…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>&amp;Find a member…</source>
        <translation>&amp;Find a member…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>Working-day &amp;calendar</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About vipcrm…</source>
        <translation>&amp;About vipcrm…</translation>
    </message>
    <message>
        <source>The dashboard is still being counted; try again in a moment.</source>
        <translation>The dashboard is still being counted; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>WorkLogModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> (group)</source>
        <translation> (group)</translation>
    </message>
    <message>
        <source> (phone bill)</source>
        <translation> (phone bill)</translation>
    </message>
</context>
<context>
    <name>WorkLogScreen</name>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Previous day or week</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Next day or week</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <source>Import &amp;phone records…</source>
        <translation>Import &amp;phone records…</translation>
    </message>
    <message>
        <source>Log the calls and SMS of your own phone&apos;s itemised bill (通话/短信详单)</source>
        <translation>Log the calls and SMS of your own phone&apos;s itemised bill (通话/短信详单)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>This user keeps no work log.</source>
        <translation>This user keeps no work log.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>By channel: </source>
        <translation>By channel: </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>By outcome: </source>
        <translation>By outcome: </translation>
    </message>
    <message>
        <source>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member&apos;s page; they appear here.</source>
        <translation>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member&apos;s page; they appear here.</translation>
    </message>
</context>
</TS>
