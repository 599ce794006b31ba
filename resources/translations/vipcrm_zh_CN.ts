<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <location filename="../../vipcrm/app.py" line="86" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/app.py" line="125" />
            <source>Demo data loaded: %n member(s).</source>
            <translation>
                <numerusform>演示数据已载入：%n 位会员。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/app.py" line="172" />
            <source>Unknown user</source>
            <translation>未知用户</translation>
        </message>
        <message>
            <location filename="../../vipcrm/app.py" line="174" />
            <source>The user '%1' is not in this database.
Start vipcrm with --user CODE (see 'vipcrm manager list').</source>
            <translation>用户“%1”不在此数据库中。
请用 --user 工号 启动 vipcrm（参见 'vipcrm manager list'）。</translation>
        </message>
    </context>
    <context>
        <name>BudgetMeterWidget</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="64" />
            <source>Gift budget</source>
            <translation>礼品预算</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="67" />
            <source>No gift budget for this month yet: the team lead sets it.</source>
            <translation>本月还没有礼品预算：由团队长设置。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="70" />
            <source>Gift budget %1 (%2)</source>
            <translation>礼品预算 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="78" />
            <source>Allocated %1 · &lt;span style='color:#3949ab'&gt;■&lt;/span&gt; spent %2 · &lt;span style='color:#ff8f00'&gt;■&lt;/span&gt; committed %3 · &lt;span style='color:#43a047'&gt;■&lt;/span&gt; left %4</source>
            <translation>已分配 %1 · &lt;span style='color:#3949ab'&gt;■&lt;/span&gt; 已花费 %2 · &lt;span style='color:#ff8f00'&gt;■&lt;/span&gt; 已承诺 %3 · &lt;span style='color:#43a047'&gt;■&lt;/span&gt; 剩余 %4</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/budget_meter.py" line="88" />
            <source> (team reserve %1)</source>
            <translation>（团队预留 %1）</translation>
        </message>
    </context>
    <context>
        <name>BusyBar</name>
        <message>
            <location filename="../../vipcrm/ui/busy.py" line="99" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
    </context>
    <context>
        <name>CardColumnModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="63" />
            <source>no follow-up due</source>
            <translation>暂无跟进</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="65" />
            <source>follow-up %n day(s) overdue</source>
            <translation>
                <numerusform>跟进逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="67" />
            <source>follow up today</source>
            <translation>今天跟进</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/board_model.py" line="68" />
            <source>follow up by %1</source>
            <translation>%1 前跟进</translation>
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
            <translation>自 %1 起</translation>
        </message>
    </context>
    <context>
        <name>CardsScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="70" />
            <source>Card step</source>
            <extracomment>The step that leads into a state (for drag and drop onto a column).</extracomment>
            <translation>会员卡步骤</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="105" />
            <source>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</source>
            <translation>没有正在制作或递送的会员卡。

首次联系收集制卡数据后即开始一张卡（vipcrm card start），直到会员确认收到之前都显示在这里。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="112" />
            <source>&amp;Record step…</source>
            <translation>记录步骤(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="113" />
            <source>Or drag the card onto the next column</source>
            <translation>也可以把卡片拖到下一列</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="115" />
            <source>&amp;Open member</source>
            <translation>打开会员(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="124" />
            <source>Membership cards on their way</source>
            <translation>制作与递送中的会员卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="182" />
            <source>Select a card to record its next step.</source>
            <translation>选择一张卡片以记录下一步。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="187" />
            <source>Next possible: %1</source>
            <translation>下一步可以：%1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="188" />
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="224" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="217" />
            <source>%1's card is confirmed received; no further steps.</source>
            <translation>%1 的会员卡已确认收到，没有后续步骤。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="220" />
            <source>%1's card is at “%2”: “%3” is not possible now. Allowed next: %4.</source>
            <translation>%1 的会员卡当前为“%2”：现在不能“%3”。下一步只能是：%4。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/screen.py" line="251" />
            <source>%1's card: %2 recorded.</source>
            <translation>%1 的会员卡：已记录“%2”。</translation>
        </message>
    </context>
    <context>
        <name>DemoFlow</name>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="19" />
            <source>Empty database</source>
            <translation>空数据库</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="20" />
            <source>This database has no members yet.

Load demo data (a team with its account managers and members) to try vipcrm?</source>
            <translation>此数据库还没有会员。

要载入演示数据（一个团队及其客户经理和会员）来试用 vipcrm 吗？</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="39" />
            <source>Creating demo data…</source>
            <translation>正在生成演示数据…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/demo_flow.py" line="41" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="18" />
            <source>VIP Club CRM</source>
            <translation>VIP 俱乐部客户管理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="23" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/errors.py" line="24" />
            <source>Something went wrong: %1</source>
            <translation>出现了问题：%1</translation>
        </message>
    </context>
    <context>
        <name>GiftRequestDialog</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="58" />
            <source>Request a gift</source>
            <translation>申请礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="67" />
            <source>yuan, e.g. 150 or 150.50</source>
            <translation>元，例如 150 或 150.50</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="77" />
            <source>Request</source>
            <translation>申请</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="81" />
            <source>Member:</source>
            <translation>会员：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="81" />
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="110" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="82" />
            <source>&amp;Occasion:</source>
            <translation>事由(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="83" />
            <source>Cap:</source>
            <translation>上限：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="84" />
            <source>&amp;Amount (¥):</source>
            <translation>金额(&amp;A)（元）：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="86" />
            <source>&amp;Gift:</source>
            <translation>礼品(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="87" />
            <source>&amp;Planned for:</source>
            <translation>计划日期(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="88" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="91" />
            <source>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</source>
            <translation>在上限和预算内的礼品直接批准；否则连同原因交团队长审批。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="115" />
            <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
            <translation>此级别和事由没有礼品（问候请记录为联系）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="136" />
            <source>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</source>
            <translation>不是有效的金额（元）：例如 150 或 150.50，最多两位小数。</translation>
        </message>
    </context>
    <context>
        <name>GiftRequester</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="208" />
            <source>Gift for %1 approved at once.</source>
            <translation>%1 的礼品已直接批准。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="215" />
            <source>over cap by %1</source>
            <translation>超出上限 %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="222" />
            <source>over budget by %1</source>
            <translation>超出预算 %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="227" />
            <source>Gift for %1 is waiting for the team lead (%2).</source>
            <translation>%1 的礼品等待团队长审批（%2）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/request_dialog.py" line="231" />
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>GiftsModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="62" />
            <source>Planned for</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="63" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="64" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="65" />
            <source>Occasion</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="66" />
            <source>Gift</source>
            <translation>礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="67" />
            <source>Amount / cap</source>
            <translation>金额 / 上限</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="68" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="69" />
            <source>Why waiting / decision</source>
            <translation>待批原因 / 审批意见</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="70" />
            <source>Manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="97" />
            <source>over cap by %1</source>
            <translation>超出上限 %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="99" />
            <source>over budget by %1</source>
            <translation>超出预算 %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="101" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/gifts_model.py" line="103" />
            <source>approved at once: within cap and budget</source>
            <translation>直接批准：未超上限和预算</translation>
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
            <translation>全部礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="48" />
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="49" />
            <source>Re&amp;ject…</source>
            <translation>驳回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="69" />
            <source>No gifts here yet.

Request one from a member's page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</source>
            <translation>这里还没有礼品。

可在会员页面或“今日”的生日事项中申请；在上限和预算内的礼品会直接批准。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="78" />
            <source>Gifts</source>
            <translation>礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="80" />
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="134" />
            <source>Approve the gift</source>
            <translation>批准礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="134" />
            <source>Reject the gift</source>
            <translation>驳回礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="136" />
            <source>Comment for %1's gift (%2):</source>
            <translation>对 %1 的礼品的意见（%2）：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="146" />
            <source>Gift approved.</source>
            <translation>礼品已批准。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/gifts/screen.py" line="146" />
            <source>Gift rejected.</source>
            <translation>礼品已驳回。</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="26" />
            <source>Diamond</source>
            <translation>钻卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="27" />
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="28" />
            <source>Silver</source>
            <translation>银卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="35" />
            <source>account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="36" />
            <source>team lead</source>
            <translation>团队长</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="37" />
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="40" />
            <source>not in this database</source>
            <translation>不在此数据库中</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="46" />
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="47" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="48" />
            <source>Visit</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="49" />
            <source>Face to face</source>
            <translation>面对面</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="50" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="56" />
            <source>Reached</source>
            <translation>已联系上</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="57" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="58" />
            <source>Phone off</source>
            <translation>关机</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="59" />
            <source>Forwarded</source>
            <translation>呼叫转移</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="60" />
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="61" />
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="67" />
            <source>Active</source>
            <translation>在网</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="68" />
            <source>Left the club</source>
            <translation>已离网</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="74" />
            <source>Data collected</source>
            <translation>制卡数据已收集</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="75" />
            <source>Sent to card maker</source>
            <translation>已送制卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="76" />
            <source>Card arrived</source>
            <translation>卡已到</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="77" />
            <source>Member notified</source>
            <translation>已通知会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="78" />
            <source>Mailed</source>
            <translation>已邮寄</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="79" />
            <source>Awaiting pick-up</source>
            <translation>待自取</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="80" />
            <source>Hand delivery agreed</source>
            <translation>约定上门</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="81" />
            <location filename="../../vipcrm/ui/labels.py" line="122" />
            <source>Delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="82" />
            <source>Receipt confirmed</source>
            <translation>会员确认收到</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="88" />
            <source>card data collected</source>
            <translation>制卡数据已收集</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="89" />
            <source>sent to the card maker</source>
            <translation>已送制卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="90" />
            <source>card arrived</source>
            <translation>卡已到</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="91" />
            <source>member notified</source>
            <translation>已通知会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="92" />
            <source>mailed</source>
            <translation>已邮寄</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="93" />
            <source>pick-up chosen</source>
            <translation>选择自取</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="94" />
            <source>hand delivery agreed</source>
            <translation>约定上门送卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="95" />
            <source>delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="96" />
            <source>receipt confirmed</source>
            <translation>会员确认收到</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="97" />
            <source>re-made card arrived</source>
            <translation>补卡已到</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="104" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="105" />
            <source>Family member in hospital</source>
            <translation>直系亲属住院</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="108" />
            <source>Business opening</source>
            <translation>开业</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="109" />
            <source>Birth of a child</source>
            <translation>生育</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="110" />
            <source>Funeral in the family</source>
            <translation>丧事</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="111" />
            <source>Key-person birthday</source>
            <translation>关键人生日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="112" />
            <source>Holiday</source>
            <translation>节日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="113" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="119" />
            <source>Waiting for the lead</source>
            <translation>待团队长审批</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="120" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="121" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="123" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="129" />
            <source>Top decision-maker</source>
            <translation>最高决策者</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="130" />
            <source>Designated contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="131" />
            <source>Communications manager</source>
            <translation>通信部门中层</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="132" />
            <source>Influencer</source>
            <translation>影响力人物</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="138" />
            <source>joined</source>
            <translation>入会</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="139" />
            <source>moved up</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="140" />
            <source>moved down</source>
            <translation>降级</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="141" />
            <source>unchanged</source>
            <translation>不变</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="142" />
            <source>left the club</source>
            <translation>离网</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="148" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="149" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="150" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="151" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="152" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="153" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="154" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/labels.py" line="162" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>LogContactDialog</name>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="37" />
            <source>Log a contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="50" />
            <source>Sent through the group SMS platform (12580)</source>
            <translation>通过集团短信平台（12580）发送</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="52" />
            <source>What was said or agreed (optional)</source>
            <translation>沟通或约定的内容（可选）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="56" />
            <source>Log</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="61" />
            <source>Member:</source>
            <translation>会员：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="62" />
            <source>&amp;Channel:</source>
            <translation>方式(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="63" />
            <source>Outcome:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="65" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/log_dialog.py" line="73" />
            <source>Logging a contact for %1.</source>
            <translation>正在为 %1 记录联系。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="48" />
            <source>VIP Club CRM</source>
            <translation>VIP 俱乐部客户管理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="57" />
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="75" />
            <source>Local only (not synchronised)</source>
            <translation>仅本地（未同步）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="88" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="89" />
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="90" />
            <source>Cards</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="91" />
            <source>Gifts</source>
            <translation>礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="92" />
            <source>Plans</source>
            <translation>服务计划</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="93" />
            <source>Work log</source>
            <translation>工作日志</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="107" />
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="138" />
            <source>Select a member or a due item first.</source>
            <translation>请先选择一位会员或一个待办事项。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="148" />
            <source>User: %1 (%2, %3)</source>
            <translation>用户：%1（%2，%3）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/main_window.py" line="152" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
    </context>
    <context>
        <name>MemberListPage</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="46" />
            <source>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</source>
            <translation>按姓名、拼音（zw 可找到 张伟）或手机号搜索（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="57" />
            <source>All tiers</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="63" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="64" />
            <source>&amp;Important VIPs</source>
            <translation>重要客户(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="65" />
            <source>&amp;Group key persons</source>
            <translation>集团关键人(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="66" />
            <source>O&amp;verdue</source>
            <translation>有逾期(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="72" />
            <source>&amp;Tier:</source>
            <translation>级别(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="76" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/members/list_page.py" line="161" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n 位会员</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPage</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="61" />
            <source>← &amp;Back to the list</source>
            <translation>← 返回列表(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="62" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="67" />
            <source>Log &amp;call…</source>
            <translation>记录电话(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="68" />
            <source>Log &amp;SMS…</source>
            <translation>记录短信(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="69" />
            <source>Request &amp;gift…</source>
            <translation>申请礼品(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="98" />
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="100" />
            <source>&amp;Undo changes</source>
            <translation>撤销修改(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="109" />
            <source>Profile</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="114" />
            <source>Account and group customer</source>
            <translation>账户与集团客户</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="118" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="119" />
            <source>Account manager:</source>
            <translation>客户经理：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="120" />
            <source>Assigned on:</source>
            <translation>分配日期：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="121" />
            <source>Points / monthly spend:</source>
            <translation>积分 / 月话费：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="122" />
            <source>Group customer:</source>
            <translation>集团客户：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="123" />
            <source>Key-person role:</source>
            <translation>关键人角色：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="130" />
            <source>Tier history</source>
            <translation>级别历史</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Change</source>
            <translation>变动</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="133" />
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="156" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="158" />
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="160" />
            <source>Contacts</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="161" />
            <source>Card steps</source>
            <translation>会员卡步骤</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="162" />
            <source>Gifts</source>
            <translation>礼品</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="163" />
            <source>Tier changes</source>
            <translation>级别变动</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="164" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="182" />
            <source>Add a dated note to the timeline…</source>
            <translation>在时间线上添加一条备注…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="183" />
            <source>Add &amp;note</source>
            <translation>添加备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="187" />
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="238" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="240" />
            <source>unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="244" />
            <source>%1 points / %2</source>
            <translation>%1 积分 / %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="247" />
            <source>%1 (class %2)</source>
            <translation>%1（%2 类）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="250" />
            <source>not a key person of a group customer</source>
            <translation>不是集团客户关键人</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/member_page.py" line="290" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="158" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="159" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="160" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="161" />
            <source>Account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="162" />
            <source>Last reached</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="163" />
            <source>Group customer</source>
            <translation>集团客户</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="255" />
            <source>unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/members_model.py" line="258" />
            <source>never</source>
            <translation>从未</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="90" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>电话 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="92" />
            <source>%n SMS</source>
            <translation>
                <numerusform>短信 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="94" />
            <source>%n other</source>
            <translation>
                <numerusform>其他 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="108" />
            <source>%1 (off)</source>
            <translation>%1（休）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="110" />
            <source>%1 make-up day</source>
            <translation>%1 调休上班</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="116" />
            <source>%1: %n item(s) due</source>
            <translation>
                <numerusform>%1：到期 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MorningDigest</name>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="71" />
            <source>VIP Club CRM</source>
            <translation>VIP 俱乐部客户管理</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="73" />
            <source>Open Today</source>
            <translation>打开“今日”</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="74" />
            <source>Show the digest now</source>
            <translation>立即显示今日提醒</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="122" />
            <source>Good morning: today's work</source>
            <translation>早上好：今日工作</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="125" />
            <source>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</source>
            <translation>逾期 %1 项，今日到期 %2 项，未来 7 天 %3 项。点击打开“今日”。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/tray.py" line="132" />
            <source>Nothing overdue or due today; %1 in the next 7 days.</source>
            <translation>没有逾期或今日到期的事项；未来 7 天 %1 项。</translation>
        </message>
    </context>
    <context>
        <name>PlansScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="142" />
            <source>◀ &amp;Previous month</source>
            <translation>◀ 上个月(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="143" />
            <source>&amp;Next month ▶</source>
            <translation>下个月(&amp;N) ▶</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="144" />
            <source>This &amp;month</source>
            <translation>本月(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="150" />
            <source>&lt;span style='background:#fde7e7'&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3ecfb'&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3d6'&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</source>
            <translation>&lt;span style='background:#fde7e7'&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e3ecfb'&gt;&amp;nbsp;调休上班日&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3d6'&gt;&amp;nbsp;今天&amp;nbsp;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="158" />
            <source>The calendar shows what the service rules make due each day (overdue items on today). Building the month's plan, moving items and submitting it for approval come with the plan service.</source>
            <translation>日历显示服务规范每天要求完成的事项（逾期事项计在今天）。生成月度计划、调整事项和提交审批将随计划服务提供。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="217" />
            <source>Service plan %1-%2</source>
            <translation>服务计划 %1-%2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/plans.py" line="232" />
            <source>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</source>
            <translation>%1 年没有官方工作日历：未显示节假日和调休（请导入国务院放假安排：vipcrm calendar import）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/plans.py" line="253" />
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1：%n 项</numerusform>
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
            <translation>例如 010-12345678</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="32" />
            <source>[YYYY-]MM-DD, lunar leap month: 04-12L</source>
            <translation>[YYYY-]MM-DD，农历闰月：04-12L</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="33" />
            <source>&amp;Lunar (农历)</source>
            <translation>农历(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="34" />
            <source>&amp;Important VIP (face to face where suitable)</source>
            <translation>重要客户（宜面访）(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="42" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="43" />
            <source>&amp;Landline:</source>
            <translation>固定电话(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="44" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="51" />
            <source>&amp;Birthday:</source>
            <translation>生日(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="53" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="103" />
            <source>A name is required (at most 100 characters).</source>
            <translation>请填写姓名（最多 100 个字）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="104" />
            <source>Not a landline number: e.g. 010-12345678, extension -123.</source>
            <translation>不是有效的固定电话：例如 010-12345678，分机写 -123。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="105" />
            <source>The address is too long (at most 300 characters).</source>
            <translation>地址太长（最多 300 个字）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="107" />
            <source>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</source>
            <translation>不是有效的生日：请用 [YYYY-]MM-DD；农历闰月在末尾加 L（04-12L）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/profile_form.py" line="109" />
            <source>The notes are too long (at most 2000 characters).</source>
            <translation>备注太长（最多 2000 个字）。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="38" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="40" />
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="44" />
            <source>Show a &amp;morning digest in the tray</source>
            <translation>在托盘显示每日早间提醒(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="52" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="53" />
            <source>A new language applies the next time vipcrm starts.</source>
            <translation>新的语言在下次启动 vipcrm 时生效。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="57" />
            <source>Digest &amp;time (working days):</source>
            <translation>提醒时间(&amp;T)（工作日）：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="65" />
            <source>&amp;Restore the built-in text</source>
            <translation>恢复默认文本(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="73" />
            <source>Placeholders: {member} the member's name, {manager} the account manager's name, {phone} the manager's mobile number.</source>
            <translation>占位符：{member} 会员姓名，{manager} 客户经理姓名，{phone} 客户经理手机号。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="88" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/settings_dialog.py" line="89" />
            <source>SMS templates</source>
            <translation>短信模板</translation>
        </message>
    </context>
    <context>
        <name>Sms</name>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="53" />
            <source>Weekly / routine</source>
            <translation>每周 / 日常</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="54" />
            <source>First contact</source>
            <translation>首次联系</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="55" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="56" />
            <source>Holiday greeting</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="57" />
            <source>Membership card</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="63" />
            <source>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</source>
            <translation>尊敬的{member}，我是您的VIP客户经理{manager}，如有任何需要，请随时致电{phone}。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="68" />
            <source>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</source>
            <translation>尊敬的{member}，欢迎加入全球通VIP俱乐部！我是您的客户经理{manager}，稍后将致电为您介绍会员权益。我的电话：{phone}。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="73" />
            <source>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</source>
            <translation>尊敬的{member}，祝您生日快乐，万事如意！您的VIP客户经理{manager}（{phone}）敬上。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="78" />
            <source>Dear {member}, season's greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</source>
            <translation>尊敬的{member}，值此佳节，祝您和家人节日快乐、阖家幸福！您的VIP客户经理{manager}（{phone}）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="83" />
            <source>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</source>
            <translation>尊敬的{member}，您的VIP会员卡已制作完成，请告知客户经理{manager}您希望的领取方式，电话：{phone}。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="105" />
            <source>Unbalanced braces: write {member}, {manager} or {phone}.</source>
            <translation>花括号不配对：请写 {member}、{manager} 或 {phone}。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/sms.py" line="110" />
            <source>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</source>
            <translation>未知占位符 {%1}：请用 {member}、{manager} 或 {phone}。</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="47" />
            <source>Record a card step</source>
            <translation>记录会员卡步骤</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="67" />
            <source>How, with what outcome (kept as the trace)</source>
            <translation>方式与结果（留作痕迹）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="71" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="76" />
            <source>Card:</source>
            <translation>会员卡：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="77" />
            <source>%1, now: %2</source>
            <translation>%1，当前：%2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="79" />
            <source>&amp;Step:</source>
            <translation>步骤(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="80" />
            <source>&amp;On:</source>
            <translation>日期(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="81" />
            <source>&amp;Agreed date:</source>
            <translation>约定日期(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/cards/step_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="60" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="61" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="62" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="63" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="88" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="89" />
            <source> (group SMS)</source>
            <translation>（集团短信）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="91" />
            <source>Card: %1</source>
            <translation>会员卡：%1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="94" />
            <source>requested</source>
            <translation>已申请</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="97" />
            <source>Gift (%1): %2</source>
            <translation>礼品（%1）：%2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="100" />
            <source>Tier: %1 %2</source>
            <translation>级别：%1 %2</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/members/timeline_model.py" line="101" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="92" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="93" />
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="94" />
            <source>Next 7 days</source>
            <translation>未来7天</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="125" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="126" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="127" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="128" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="129" />
            <source>Due</source>
            <translation>到期</translation>
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
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/model.py" line="177" />
            <source>today</source>
            <translation>今天</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="60" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="77" />
            <source>Log &amp;call…</source>
            <translation>记录电话(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="78" />
            <source>Log a call and its outcome (Ctrl+L)</source>
            <translation>记录一次电话及结果（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="79" />
            <source>Log &amp;SMS…</source>
            <translation>记录短信(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="80" />
            <source>Cop&amp;y SMS text</source>
            <translation>复制短信(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="81" />
            <source>&amp;Open member</source>
            <translation>打开会员(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="82" />
            <source>Open the member page (Enter)</source>
            <translation>打开会员页面（回车）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="83" />
            <source>Request &amp;gift…</source>
            <translation>申请礼品(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="84" />
            <source>Go to the &amp;card</source>
            <translation>查看会员卡(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="148" />
            <source>Today, %1</source>
            <translation>今日 %1</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="156" />
            <source>The list of what is due could not be worked out:
%1</source>
            <translation>无法计算待办事项：
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
            <translation>未来 7 天没有待办事项，做得好！

可以看看您的会员（Ctrl+2）或下个月的计划（Ctrl+5）。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="240" />
            <source>Logged for %1.</source>
            <translation>已为 %1 记录。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/today/screen.py" line="268" />
            <source>SMS text for %1 copied.</source>
            <translation>已复制给 %1 的短信。</translation>
        </message>
    </context>
    <context>
        <name>WorkLogModel</name>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="84" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="85" />
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="86" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="87" />
            <source>Mobile</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="88" />
            <source>Channel</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="89" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="90" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="108" />
            <source> (group)</source>
            <translation>（集团短信）</translation>
        </message>
    </context>
    <context>
        <name>WorkLogScreen</name>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="123" />
            <source>Work log</source>
            <translation>工作日志</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="126" />
            <source>Day</source>
            <translation>按日</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="127" />
            <source>Week</source>
            <translation>按周</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="131" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="132" />
            <source>Previous day or week</source>
            <translation>上一天或上一周</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="133" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="134" />
            <source>Next day or week</source>
            <translation>下一天或下一周</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="135" />
            <source>T&amp;oday</source>
            <translation>今天(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="139" />
            <source>All channels</source>
            <translation>全部方式</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="143" />
            <source>All outcomes</source>
            <translation>全部结果</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="238" />
            <source>This user keeps no work log.</source>
            <translation>此用户没有工作日志。</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="262" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="273" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vipcrm/ui/screens/worklog.py" line="274" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n 次联系</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="276" />
            <source>By channel: </source>
            <translation>按方式：</translation>
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
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="287" />
            <source>By outcome: </source>
            <translation>按结果：</translation>
        </message>
        <message>
            <location filename="../../vipcrm/ui/screens/worklog.py" line="302" />
            <source>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member's page; they appear here.</source>
            <translation>这段时间没有联系记录。

在“今日”（Ctrl+1）或会员页面记录电话和短信，它们会显示在这里。</translation>
        </message>
    </context>
</TS>
