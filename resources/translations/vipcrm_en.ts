<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <location filename="../../vipcrm/app.py" line="86" />
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/app.py" line="125" />
            <source>Demo data loaded: %n member(s).</source>
            <translation>
                <numerusform>Demo data loaded: %n member.</numerusform>
                <numerusform>Demo data loaded: %n members.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/app.py" line="172" />
            <source>Unknown user</source>
            <translation>Unknown user</translation>
        </message>
        <message>
            <location filename="../../vipcrm/app.py" line="174" />
            <source>The user '%1' is not in this database.
Start vipcrm with --user CODE (see 'vipcrm manager list').</source>
            <translation>The user '%1' is not in this database.
Start vipcrm with --user CODE (see 'vipcrm manager list').</translation>
        </message>
    </context>
    <context>
        <name>BudgetMeterWidget</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="64" />
            <source>Gift budget</source>
            <translation>Gift budget</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="67" />
            <source>No gift budget for this month yet: the team lead sets it.</source>
            <translation>No gift budget for this month yet: the team lead sets it.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="70" />
            <source>Gift budget %1 (%2)</source>
            <translation>Gift budget %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="78" />
            <source>Allocated %1 · &lt;span style='color:#3949ab'&gt;■&lt;/span&gt; spent %2 · &lt;span style='color:#ff8f00'&gt;■&lt;/span&gt; committed %3 · &lt;span style='color:#43a047'&gt;■&lt;/span&gt; left %4</source>
            <translation>Allocated %1 · &lt;span style='color:#3949ab'&gt;■&lt;/span&gt; spent %2 · &lt;span style='color:#ff8f00'&gt;■&lt;/span&gt; committed %3 · &lt;span style='color:#43a047'&gt;■&lt;/span&gt; left %4</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="88" />
            <source> (team reserve %1)</source>
            <translation> (team reserve %1)</translation>
        </message>
    </context>
    <context>
        <name>BusyBar</name>
        <message>
            <location filename="../../vipcrm/ui/busy.py" line="99" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>CardColumnModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="63" />
            <source>no follow-up due</source>
            <translation>no follow-up due</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="65" />
            <source>follow-up %n day(s) overdue</source>
            <translation>
                <numerusform>follow-up %n day overdue</numerusform>
                <numerusform>follow-up %n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="67" />
            <source>follow up today</source>
            <translation>follow up today</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="68" />
            <source>follow up by %1</source>
            <translation>follow up by %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="81" />
            <source>%1 · %2
%3</source>
            <translation>%1 · %2
%3</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="88" />
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
    </context>
    <context>
        <name>CardsScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="70" />
            <source>Card step</source>
            <extracomment>The step that leads into a state (for drag and drop onto a column).</extracomment>
            <translation>Card step</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="105" />
            <source>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</source>
            <translation>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="112" />
            <source>&amp;Record step…</source>
            <translation>&amp;Record step…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="113" />
            <source>Or drag the card onto the next column</source>
            <translation>Or drag the card onto the next column</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="115" />
            <source>&amp;Open member</source>
            <translation>&amp;Open member</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="124" />
            <source>Membership cards on their way</source>
            <translation>Membership cards on their way</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="182" />
            <source>Select a card to record its next step.</source>
            <translation>Select a card to record its next step.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="187" />
            <source>Next possible: %1</source>
            <translation>Next possible: %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="188" />
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="224" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="217" />
            <source>%1's card is confirmed received; no further steps.</source>
            <translation>%1's card is confirmed received; no further steps.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="220" />
            <source>%1's card is at “%2”: “%3” is not possible now. Allowed next: %4.</source>
            <translation>%1's card is at “%2”: “%3” is not possible now. Allowed next: %4.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="251" />
            <source>%1's card: %2 recorded.</source>
            <translation>%1's card: %2 recorded.</translation>
        </message>
    </context>
    <context>
        <name>DemoFlow</name>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="19" />
            <source>Empty database</source>
            <translation>Empty database</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="20" />
            <source>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</source>
            <translation>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="39" />
            <source>Creating demo data…</source>
            <translation>Creating demo data…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="41" />
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="18" />
            <source>VIP Club CRM</source>
            <translation>VIP Club CRM</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="23" />
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="24" />
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
    </context>
    <context>
        <name>GiftRequestDialog</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="58" />
            <source>Request a gift</source>
            <translation>Request a gift</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="67" />
            <source>yuan, e.g. 150 or 150.50</source>
            <translation>yuan, e.g. 150 or 150.50</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="77" />
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="81" />
            <source>Member:</source>
            <translation>Member:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="81" />
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="110" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="82" />
            <source>&amp;Occasion:</source>
            <translation>&amp;Occasion:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="83" />
            <source>Cap:</source>
            <translation>Cap:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="84" />
            <source>&amp;Amount (¥):</source>
            <translation>&amp;Amount (¥):</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="86" />
            <source>&amp;Gift:</source>
            <translation>&amp;Gift:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="87" />
            <source>&amp;Planned for:</source>
            <translation>&amp;Planned for:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="88" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="91" />
            <source>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</source>
            <translation>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="115" />
            <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
            <translation>no gift for this tier and occasion (a greeting is logged as a contact)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="136" />
            <source>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</source>
            <translation>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</translation>
        </message>
    </context>
    <context>
        <name>GiftRequester</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="208" />
            <source>Gift for %1 approved at once.</source>
            <translation>Gift for %1 approved at once.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="215" />
            <source>over cap by %1</source>
            <translation>over cap by %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="222" />
            <source>over budget by %1</source>
            <translation>over budget by %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="227" />
            <source>Gift for %1 is waiting for the team lead (%2).</source>
            <translation>Gift for %1 is waiting for the team lead (%2).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="231" />
            <source>; </source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>GiftsModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="62" />
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="63" />
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="64" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="65" />
            <source>Occasion</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="66" />
            <source>Gift</source>
            <translation>Gift</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="67" />
            <source>Amount / cap</source>
            <translation>Amount / cap</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="68" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="69" />
            <source>Why waiting / decision</source>
            <translation>Why waiting / decision</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="70" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="97" />
            <source>over cap by %1</source>
            <translation>over cap by %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="99" />
            <source>over budget by %1</source>
            <translation>over budget by %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="101" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="103" />
            <source>approved at once: within cap and budget</source>
            <translation>approved at once: within cap and budget</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="118" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>GiftsScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="44" />
            <source>All gifts</source>
            <translation>All gifts</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="48" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="49" />
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="69" />
            <source>No gifts here yet.

Request one from a member's page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</source>
            <translation>No gifts here yet.

Request one from a member's page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="78" />
            <source>Gifts</source>
            <translation>Gifts</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="80" />
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="134" />
            <source>Approve the gift</source>
            <translation>Approve the gift</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="134" />
            <source>Reject the gift</source>
            <translation>Reject the gift</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="136" />
            <source>Comment for %1's gift (%2):</source>
            <translation>Comment for %1's gift (%2):</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="146" />
            <source>Gift approved.</source>
            <translation>Gift approved.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="146" />
            <source>Gift rejected.</source>
            <translation>Gift rejected.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="26" />
            <source>Diamond</source>
            <translation>Diamond</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="27" />
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="28" />
            <source>Silver</source>
            <translation>Silver</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="35" />
            <source>account manager</source>
            <translation>account manager</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="36" />
            <source>team lead</source>
            <translation>team lead</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="37" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="40" />
            <source>not in this database</source>
            <translation>not in this database</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="46" />
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="47" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="48" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="49" />
            <source>Face to face</source>
            <translation>Face to face</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="50" />
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="56" />
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="57" />
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="58" />
            <source>Phone off</source>
            <translation>Phone off</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="59" />
            <source>Forwarded</source>
            <translation>Forwarded</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="60" />
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="61" />
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="67" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="68" />
            <source>Left the club</source>
            <translation>Left the club</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="74" />
            <source>Data collected</source>
            <translation>Data collected</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="75" />
            <source>Sent to card maker</source>
            <translation>Sent to card maker</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="76" />
            <source>Card arrived</source>
            <translation>Card arrived</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="77" />
            <source>Member notified</source>
            <translation>Member notified</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="78" />
            <source>Mailed</source>
            <translation>Mailed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="79" />
            <source>Awaiting pick-up</source>
            <translation>Awaiting pick-up</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="80" />
            <source>Hand delivery agreed</source>
            <translation>Hand delivery agreed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="81" />
            <location filename="../../vipcrm/ui/labels.py" line="122" />
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="82" />
            <source>Receipt confirmed</source>
            <translation>Receipt confirmed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="88" />
            <source>card data collected</source>
            <translation>card data collected</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="89" />
            <source>sent to the card maker</source>
            <translation>sent to the card maker</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="90" />
            <source>card arrived</source>
            <translation>card arrived</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="91" />
            <source>member notified</source>
            <translation>member notified</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="92" />
            <source>mailed</source>
            <translation>mailed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="93" />
            <source>pick-up chosen</source>
            <translation>pick-up chosen</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="94" />
            <source>hand delivery agreed</source>
            <translation>hand delivery agreed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="95" />
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="96" />
            <source>receipt confirmed</source>
            <translation>receipt confirmed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="97" />
            <source>re-made card arrived</source>
            <translation>re-made card arrived</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="104" />
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="105" />
            <source>Family member in hospital</source>
            <translation>Family member in hospital</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="108" />
            <source>Business opening</source>
            <translation>Business opening</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="109" />
            <source>Birth of a child</source>
            <translation>Birth of a child</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="110" />
            <source>Funeral in the family</source>
            <translation>Funeral in the family</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="111" />
            <source>Key-person birthday</source>
            <translation>Key-person birthday</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="112" />
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="113" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="119" />
            <source>Waiting for the lead</source>
            <translation>Waiting for the lead</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="120" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="121" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="123" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="129" />
            <source>Top decision-maker</source>
            <translation>Top decision-maker</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="130" />
            <source>Designated contact</source>
            <translation>Designated contact</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="131" />
            <source>Communications manager</source>
            <translation>Communications manager</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="132" />
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="138" />
            <source>joined</source>
            <translation>joined</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="139" />
            <source>moved up</source>
            <translation>moved up</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="140" />
            <source>moved down</source>
            <translation>moved down</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="141" />
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="142" />
            <source>left the club</source>
            <translation>left the club</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="148" />
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="149" />
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="150" />
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="151" />
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="152" />
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="153" />
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="154" />
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="162" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>LogContactDialog</name>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="37" />
            <source>Log a contact</source>
            <translation>Log a contact</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="50" />
            <source>Sent through the group SMS platform (12580)</source>
            <translation>Sent through the group SMS platform (12580)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="52" />
            <source>What was said or agreed (optional)</source>
            <translation>What was said or agreed (optional)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="56" />
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="61" />
            <source>Member:</source>
            <translation>Member:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="62" />
            <source>&amp;Channel:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="63" />
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="65" />
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="73" />
            <source>Logging a contact for %1.</source>
            <translation>Logging a contact for %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="48" />
            <source>VIP Club CRM</source>
            <translation>VIP Club CRM</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="57" />
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="75" />
            <source>Local only (not synchronised)</source>
            <translation>Local only (not synchronised)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="88" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="89" />
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="90" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="91" />
            <source>Gifts</source>
            <translation>Gifts</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="92" />
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="93" />
            <source>Work log</source>
            <translation>Work log</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="107" />
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="138" />
            <source>Select a member or a due item first.</source>
            <translation>Select a member or a due item first.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="148" />
            <source>User: %1 (%2, %3)</source>
            <translation>User: %1 (%2, %3)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="152" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>MemberListPage</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="46" />
            <source>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</source>
            <translation>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="57" />
            <source>All tiers</source>
            <translation>All tiers</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="63" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="64" />
            <source>&amp;Important VIPs</source>
            <translation>&amp;Important VIPs</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="65" />
            <source>&amp;Group key persons</source>
            <translation>&amp;Group key persons</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="66" />
            <source>O&amp;verdue</source>
            <translation>O&amp;verdue</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="72" />
            <source>&amp;Tier:</source>
            <translation>&amp;Tier:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="76" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="161" />
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
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="61" />
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Back to the list</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="62" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="67" />
            <source>Log &amp;call…</source>
            <translation>Log &amp;call…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="68" />
            <source>Log &amp;SMS…</source>
            <translation>Log &amp;SMS…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="69" />
            <source>Request &amp;gift…</source>
            <translation>Request &amp;gift…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="98" />
            <source>Sa&amp;ve</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="100" />
            <source>&amp;Undo changes</source>
            <translation>&amp;Undo changes</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="109" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="114" />
            <source>Account and group customer</source>
            <translation>Account and group customer</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="118" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="119" />
            <source>Account manager:</source>
            <translation>Account manager:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="120" />
            <source>Assigned on:</source>
            <translation>Assigned on:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="121" />
            <source>Points / monthly spend:</source>
            <translation>Points / monthly spend:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="122" />
            <source>Group customer:</source>
            <translation>Group customer:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="123" />
            <source>Key-person role:</source>
            <translation>Key-person role:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="130" />
            <source>Tier history</source>
            <translation>Tier history</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="156" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="158" />
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="160" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="161" />
            <source>Card steps</source>
            <translation>Card steps</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="162" />
            <source>Gifts</source>
            <translation>Gifts</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="163" />
            <source>Tier changes</source>
            <translation>Tier changes</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="164" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="182" />
            <source>Add a dated note to the timeline…</source>
            <translation>Add a dated note to the timeline…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="183" />
            <source>Add &amp;note</source>
            <translation>Add &amp;note</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="187" />
            <source>S&amp;how:</source>
            <translation>S&amp;how:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="238" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="240" />
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="244" />
            <source>%1 points / %2</source>
            <translation>%1 points / %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="247" />
            <source>%1 (class %2)</source>
            <translation>%1 (class %2)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="250" />
            <source>not a key person of a group customer</source>
            <translation>not a key person of a group customer</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="290" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="158" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="159" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="160" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="161" />
            <source>Account manager</source>
            <translation>Account manager</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="162" />
            <source>Last reached</source>
            <translation>Last reached</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="163" />
            <source>Group customer</source>
            <translation>Group customer</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="255" />
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="258" />
            <source>never</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="90" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="92" />
            <source>%n SMS</source>
            <translation>
                <numerusform>%n SMS</numerusform>
                <numerusform>%n SMS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="94" />
            <source>%n other</source>
            <translation>
                <numerusform>%n other</numerusform>
                <numerusform>%n other</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="108" />
            <source>%1 (off)</source>
            <translation>%1 (off)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="110" />
            <source>%1 make-up day</source>
            <translation>%1 make-up day</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="116" />
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
            <location filename="../../vipcrm/ui/tray.py" line="71" />
            <source>VIP Club CRM</source>
            <translation>VIP Club CRM</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="73" />
            <source>Open Today</source>
            <translation>Open Today</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="74" />
            <source>Show the digest now</source>
            <translation>Show the digest now</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="122" />
            <source>Good morning: today's work</source>
            <translation>Good morning: today's work</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="125" />
            <source>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</source>
            <translation>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="132" />
            <source>Nothing overdue or due today; %1 in the next 7 days.</source>
            <translation>Nothing overdue or due today; %1 in the next 7 days.</translation>
        </message>
    </context>
    <context>
        <name>PlansScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="142" />
            <source>◀ &amp;Previous month</source>
            <translation>◀ &amp;Previous month</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="143" />
            <source>&amp;Next month ▶</source>
            <translation>&amp;Next month ▶</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="144" />
            <source>This &amp;month</source>
            <translation>This &amp;month</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="150" />
            <source>&lt;span style='background:#fde7e7'&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3ecfb'&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3d6'&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</source>
            <translation>&lt;span style='background:#fde7e7'&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3ecfb'&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3d6'&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="158" />
            <source>The calendar shows what the service rules make due each day (overdue items on today). Building the month's plan, moving items and submitting it for approval come with the plan service.</source>
            <translation>The calendar shows what the service rules make due each day (overdue items on today). Building the month's plan, moving items and submitting it for approval come with the plan service.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="217" />
            <source>Service plan %1-%2</source>
            <translation>Service plan %1-%2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="232" />
            <source>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</source>
            <translation>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="253" />
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1: %n item</numerusform>
                <numerusform>%1: %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="255" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="29" />
            <source>e.g. 010-12345678</source>
            <translation>e.g. 010-12345678</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="32" />
            <source>[YYYY-]MM-DD, lunar leap month: 04-12L</source>
            <translation>[YYYY-]MM-DD, lunar leap month: 04-12L</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="33" />
            <source>&amp;Lunar (农历)</source>
            <translation>&amp;Lunar (农历)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="34" />
            <source>&amp;Important VIP (face to face where suitable)</source>
            <translation>&amp;Important VIP (face to face where suitable)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="42" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="43" />
            <source>&amp;Landline:</source>
            <translation>&amp;Landline:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="44" />
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="51" />
            <source>&amp;Birthday:</source>
            <translation>&amp;Birthday:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="53" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="103" />
            <source>A name is required (at most 100 characters).</source>
            <translation>A name is required (at most 100 characters).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="104" />
            <source>Not a landline number: e.g. 010-12345678, extension -123.</source>
            <translation>Not a landline number: e.g. 010-12345678, extension -123.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="105" />
            <source>The address is too long (at most 300 characters).</source>
            <translation>The address is too long (at most 300 characters).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="107" />
            <source>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</source>
            <translation>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="109" />
            <source>The notes are too long (at most 2000 characters).</source>
            <translation>The notes are too long (at most 2000 characters).</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="38" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="40" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="44" />
            <source>Show a &amp;morning digest in the tray</source>
            <translation>Show a &amp;morning digest in the tray</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="52" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="53" />
            <source>A new language applies the next time vipcrm starts.</source>
            <translation>A new language applies the next time vipcrm starts.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="57" />
            <source>Digest &amp;time (working days):</source>
            <translation>Digest &amp;time (working days):</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="65" />
            <source>&amp;Restore the built-in text</source>
            <translation>&amp;Restore the built-in text</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="73" />
            <source>Placeholders: {member} the member's name, {manager} the account manager's name, {phone} the manager's mobile number.</source>
            <translation>Placeholders: {member} the member's name, {manager} the account manager's name, {phone} the manager's mobile number.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="88" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="89" />
            <source>SMS templates</source>
            <translation>SMS templates</translation>
        </message>
    </context>
    <context>
        <name>Sms</name>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="53" />
            <source>Weekly / routine</source>
            <translation>Weekly / routine</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="54" />
            <source>First contact</source>
            <translation>First contact</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="55" />
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="56" />
            <source>Holiday greeting</source>
            <translation>Holiday greeting</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="57" />
            <source>Membership card</source>
            <translation>Membership card</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="63" />
            <source>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</source>
            <translation>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="68" />
            <source>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</source>
            <translation>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="73" />
            <source>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</source>
            <translation>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="78" />
            <source>Dear {member}, season's greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</source>
            <translation>Dear {member}, season's greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="83" />
            <source>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</source>
            <translation>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="105" />
            <source>Unbalanced braces: write {member}, {manager} or {phone}.</source>
            <translation>Unbalanced braces: write {member}, {manager} or {phone}.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="110" />
            <source>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</source>
            <translation>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="47" />
            <source>Record a card step</source>
            <translation>Record a card step</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="67" />
            <source>How, with what outcome (kept as the trace)</source>
            <translation>How, with what outcome (kept as the trace)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="71" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="76" />
            <source>Card:</source>
            <translation>Card:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="77" />
            <source>%1, now: %2</source>
            <translation>%1, now: %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="79" />
            <source>&amp;Step:</source>
            <translation>&amp;Step:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="80" />
            <source>&amp;On:</source>
            <translation>&amp;On:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="81" />
            <source>&amp;Agreed date:</source>
            <translation>&amp;Agreed date:</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="60" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="61" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="62" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="63" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="88" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="89" />
            <source> (group SMS)</source>
            <translation> (group SMS)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="91" />
            <source>Card: %1</source>
            <translation>Card: %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="94" />
            <source>requested</source>
            <translation>requested</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="97" />
            <source>Gift (%1): %2</source>
            <translation>Gift (%1): %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="100" />
            <source>Tier: %1 %2</source>
            <translation>Tier: %1 %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="101" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="92" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="93" />
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="94" />
            <source>Next 7 days</source>
            <translation>Next 7 days</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="125" />
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="126" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="127" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="128" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="129" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="155" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/today/model.py" line="175" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="177" />
            <source>today</source>
            <translation>today</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="60" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="77" />
            <source>Log &amp;call…</source>
            <translation>Log &amp;call…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="78" />
            <source>Log a call and its outcome (Ctrl+L)</source>
            <translation>Log a call and its outcome (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="79" />
            <source>Log &amp;SMS…</source>
            <translation>Log &amp;SMS…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="80" />
            <source>Cop&amp;y SMS text</source>
            <translation>Cop&amp;y SMS text</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="81" />
            <source>&amp;Open member</source>
            <translation>&amp;Open member</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="82" />
            <source>Open the member page (Enter)</source>
            <translation>Open the member page (Enter)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="83" />
            <source>Request &amp;gift…</source>
            <translation>Request &amp;gift…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="84" />
            <source>Go to the &amp;card</source>
            <translation>Go to the &amp;card</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="148" />
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="156" />
            <source>The list of what is due could not be worked out:
%1</source>
            <translation>The list of what is due could not be worked out:
%1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="172" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="178" />
            <source>Nothing is due in the next 7 days. Well done!

Look through your members (Ctrl+2) or plan next month (Ctrl+5).</source>
            <translation>Nothing is due in the next 7 days. Well done!

Look through your members (Ctrl+2) or plan next month (Ctrl+5).</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="240" />
            <source>Logged for %1.</source>
            <translation>Logged for %1.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="268" />
            <source>SMS text for %1 copied.</source>
            <translation>SMS text for %1 copied.</translation>
        </message>
    </context>
    <context>
        <name>WorkLogModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="84" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="85" />
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="86" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="87" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="88" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="89" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="90" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="108" />
            <source> (group)</source>
            <translation> (group)</translation>
        </message>
    </context>
    <context>
        <name>WorkLogScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="123" />
            <source>Work log</source>
            <translation>Work log</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="126" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="127" />
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="131" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="132" />
            <source>Previous day or week</source>
            <translation>Previous day or week</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="133" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="134" />
            <source>Next day or week</source>
            <translation>Next day or week</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="135" />
            <source>T&amp;oday</source>
            <translation>T&amp;oday</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="139" />
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="143" />
            <source>All outcomes</source>
            <translation>All outcomes</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="238" />
            <source>This user keeps no work log.</source>
            <translation>This user keeps no work log.</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="262" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="273" />
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/worklog.py" line="274" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="276" />
            <source>By channel: </source>
            <translation>By channel: </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="279" />
            <location filename="../../vipcrm/ui/screens/worklog.py" line="290" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="283" />
            <location filename="../../vipcrm/ui/screens/worklog.py" line="294" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="287" />
            <source>By outcome: </source>
            <translation>By outcome: </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="302" />
            <source>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member's page; they appear here.</source>
            <translation>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member's page; they appear here.</translation>
        </message>
    </context>
</TS>
