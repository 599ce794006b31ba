<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
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
    <name>BudgetMeterWidget</name>
    <message>
        <source>Gift budget</source>
        <translation>Gift budget</translation>
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
    <name>CardColumnModel</name>
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
        <source>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</source>
        <translation>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</translation>
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
    <message>
        <source>Membership cards on their way</source>
        <translation>Membership cards on their way</translation>
    </message>
    <message>
        <source>Select a card to record its next step.</source>
        <translation>Select a card to record its next step.</translation>
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
        <source>At risk after the %1 re-grading: %2 (%3 retention calls open)</source>
        <translation>At risk after the %1 re-grading: %2 (%3 retention calls open)</translation>
    </message>
    <message>
        <source>Left the club in %1: %2</source>
        <translation>Left the club in %1: %2</translation>
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
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
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
    <message>
        <source>%1 members · %2 overdue · %3 cards stuck · %4 gifts waiting · %5 retention calls open</source>
        <translation>%1 members · %2 overdue · %3 cards stuck · %4 gifts waiting · %5 retention calls open</translation>
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
    <name>Errors</name>
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
    <name>GiftRequestDialog</name>
    <message>
        <source>Request a gift</source>
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
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>&amp;Gift:</translation>
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
        <source>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</source>
        <translation>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</translation>
    </message>
    <message>
        <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
        <translation>no gift for this tier and occasion (a greeting is logged as a contact)</translation>
    </message>
    <message>
        <source>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</source>
        <translation>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</translation>
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
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
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
        <source>&amp;Re-grading and assignment</source>
        <translation>&amp;Re-grading and assignment</translation>
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
        <source>Logging a contact for %1.</source>
        <translation>Logging a contact for %1.</translation>
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
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>Sync conflicts…</translation>
    </message>
    <message>
        <source>Select a member or a due item first.</source>
        <translation>Select a member or a due item first.</translation>
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
        <source>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</source>
        <translation>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</translation>
    </message>
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
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
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
    <name>MonthModel</name>
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
        <source>%1 (off)</source>
        <translation>%1 (off)</translation>
    </message>
    <message>
        <source>%1 make-up day</source>
        <translation>%1 make-up day</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) planned</source>
        <translation>
            <numerusform>%1: %n item planned</numerusform>
            <numerusform>%1: %n items planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) due</source>
        <translation>
            <numerusform>%1: %n item due</numerusform>
            <numerusform>%1: %n items due</numerusform>
        </translation>
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
        <source>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</translation>
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
        <source>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</source>
        <translation>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this month.</source>
        <translation>%1 has no saved plan for this month.</translation>
    </message>
    <message>
        <source>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</translation>
    </message>
    <message>
        <source>No saved plan for this month yet: the calendar shows what the rules make due. Generate the plan to save it, then move items, add visits and submit it.</source>
        <translation>No saved plan for this month yet: the calendar shows what the rules make due. Generate the plan to save it, then move items, add visits and submit it.</translation>
    </message>
    <message>
        <source>&amp;Generate again…</source>
        <translation>&amp;Generate again…</translation>
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
        <source>Generate the plan again</source>
        <translation>Generate the plan again</translation>
    </message>
    <message>
        <source>Plan the month again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</source>
        <translation>Plan the month again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
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
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Weighted load after</source>
        <translation>Weighted load after</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Imported %1 for %2: %3 new, %4 up, %5 down, %6 left.</source>
        <translation>Imported %1 for %2: %3 new, %4 up, %5 down, %6 left.</translation>
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
        <source>%n new member(s) assigned.</source>
        <translation>
            <numerusform>%n new member assigned.</numerusform>
            <numerusform>%n new members assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s) assigned; their first-contact deadlines start today.</source>
        <translation>
            <numerusform>%n new member assigned; their first-contact deadline starts today.</numerusform>
            <numerusform>%n new members assigned; their first-contact deadlines start today.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 now belongs to %2.</translation>
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
        <source>Click to sync now (F5).</source>
        <translation>Click to sync now (F5).</translation>
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
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>The list of what is due could not be worked out:
%1</source>
        <translation>The list of what is due could not be worked out:
%1</translation>
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
