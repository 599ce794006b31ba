<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n member(s).</source>
        <translation>
            <numerusform>演示数据已载入：%n 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is not in this database.
Start vipcrm with --user CODE (see &apos;vipcrm manager list&apos;).</source>
        <translation>用户“%1”不在此数据库中。
请用 --user 工号 启动 vipcrm（参见 'vipcrm manager list'）。</translation>
    </message>
</context>
<context>
    <name>DemoFlow</name>
    <message>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</source>
        <translation>此数据库还没有会员。

要载入演示数据（一个团队及其客户经理和会员）来试用 vipcrm 吗？</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP 俱乐部客户管理</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现了问题：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Diamond</source>
        <translation>钻卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>团队长</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation>不在此数据库中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP 俱乐部客户管理</translation>
    </message>
    <message>
        <source>Search by name, pinyin or mobile number</source>
        <translation>按姓名、拼音或手机号搜索</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation>用户：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Group customer</source>
        <translation>集团客户</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
</TS>
