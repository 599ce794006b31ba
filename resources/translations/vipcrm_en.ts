<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is not in this database.
Start vipcrm with --user CODE (see &apos;vipcrm manager list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFlow</name>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>VIP Club CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Club CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pinyin or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
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
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
