<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add to the plan</source>
        <translation>加入计划</translation>
    </message>
    <message>
        <source>— no member —</source>
        <translation>— 不关联会员 —</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>e.g. bring the new card; meet at the office</source>
        <translation>例如：带上新卡；在营业厅见面</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Pick a member or write a note.</source>
        <translation>请选择会员或填写备注。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>No keyring for the database key</source>
        <translation>没有可保存数据库密钥的钥匙串</translation>
    </message>
    <message>
        <source>vipcrm keeps this laptop&apos;s database encrypted with a key stored in the system keyring, but no keyring is available.

Keep the database unencrypted on this laptop? Anyone with the file could then read the members&apos; data. This choice is remembered.</source>
        <translation>vipcrm 使用保存在系统钥匙串中的密钥加密本机数据库，但当前没有可用的钥匙串。

是否在本机保留未加密的数据库？这样任何拿到文件的人都能读取会员资料。此选择会被记住。</translation>
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
请用 --user 工号 启动 vipcrm（参见 &apos;vipcrm manager list&apos;）。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Nothing waits for your decision.

Gifts over their cap or beyond a manager&apos;s budget appear here.</source>
        <translation>没有待您审批的事项。

超出上限或超出客户经理预算的礼品会出现在这里。</translation>
    </message>
    <message>
        <source>Why you approve or reject it (required)</source>
        <translation>批准或驳回的理由（必填）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Plans submitted (approve them on the Plans screen, Ctrl+5):</source>
        <translation>已提交的计划（请在“服务计划”页审批，Ctrl+5）：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>审批意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>待您审批</translation>
    </message>
    <message>
        <source>Write a comment first: it is kept with the decision.</source>
        <translation>请先填写审批意见：意见将随审批结果一并保存。</translation>
    </message>
    <message>
        <source>%1&apos;s gift approved.</source>
        <translation>已批准%1的礼品。</translation>
    </message>
    <message>
        <source>%1&apos;s gift rejected.</source>
        <translation>已驳回%1的礼品。</translation>
    </message>
</context>
<context>
    <name>BudgetMeterWidget</name>
    <message>
        <source>Gift budget</source>
        <translation>礼品预算</translation>
    </message>
    <message>
        <source>No gift budget for this month yet: the team lead sets it.</source>
        <translation>本月还没有礼品预算：由团队长设置。</translation>
    </message>
    <message>
        <source>Gift budget %1 (%2)</source>
        <translation>礼品预算 %1（%2）</translation>
    </message>
    <message>
        <source>Allocated %1 · &lt;span style=&apos;color:#3949ab&apos;&gt;■&lt;/span&gt; spent %2 · &lt;span style=&apos;color:#ff8f00&apos;&gt;■&lt;/span&gt; committed %3 · &lt;span style=&apos;color:#43a047&apos;&gt;■&lt;/span&gt; left %4</source>
        <translation>已分配 %1 · &lt;span style=&apos;color:#3949ab&apos;&gt;■&lt;/span&gt; 已花费 %2 · &lt;span style=&apos;color:#ff8f00&apos;&gt;■&lt;/span&gt; 已承诺 %3 · &lt;span style=&apos;color:#43a047&apos;&gt;■&lt;/span&gt; 剩余 %4</translation>
    </message>
    <message>
        <source> (team reserve %1)</source>
        <translation>（团队预留 %1）</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>CardColumnModel</name>
    <message>
        <source>no follow-up due</source>
        <translation>暂无跟进</translation>
    </message>
    <message numerus="yes">
        <source>follow-up %n day(s) overdue</source>
        <translation>
            <numerusform>跟进逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>follow up today</source>
        <translation>今天跟进</translation>
    </message>
    <message>
        <source>follow up by %1</source>
        <translation>%1 前跟进</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Card step</source>
        <extracomment>The step that leads into a state (for drag and drop onto a column).</extracomment>
        <translation>会员卡步骤</translation>
    </message>
    <message>
        <source>No cards on their way.

A card starts when its data is collected at the first contact (vipcrm card start); it then appears here until the member confirms receipt.</source>
        <translation>没有正在制作或递送的会员卡。

首次联系收集制卡数据后即开始一张卡（vipcrm card start），直到会员确认收到之前都显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation>记录步骤(&amp;R)…</translation>
    </message>
    <message>
        <source>Or drag the card onto the next column</source>
        <translation>也可以把卡片拖到下一列</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>打开会员(&amp;O)</translation>
    </message>
    <message>
        <source>Membership cards on their way</source>
        <translation>制作与递送中的会员卡</translation>
    </message>
    <message>
        <source>Select a card to record its next step.</source>
        <translation>选择一张卡片以记录下一步。</translation>
    </message>
    <message>
        <source>Next possible: %1</source>
        <translation>下一步可以：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1&apos;s card is confirmed received; no further steps.</source>
        <translation>%1 的会员卡已确认收到，没有后续步骤。</translation>
    </message>
    <message>
        <source>%1&apos;s card is at “%2”: “%3” is not possible now. Allowed next: %4.</source>
        <translation>%1 的会员卡当前为“%2”：现在不能“%3”。下一步只能是：%4。</translation>
    </message>
    <message>
        <source>%1&apos;s card: %2 recorded.</source>
        <translation>%1 的会员卡：已记录“%2”。</translation>
    </message>
</context>
<context>
    <name>ChurnPanel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Diamond + gold</source>
        <translation>钻卡+金卡</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2（%3）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Left in</source>
        <translation>离网月份</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>tier dropped</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>below the minimum contact</source>
        <translation>低于最低联系要求</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原%2）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Retention call</source>
        <translation>挽留电话</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>已于 %1 联系</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前完成</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Churn of team %1 — %2</source>
        <translation>%1 离网率 — %2 年</translation>
    </message>
    <message>
        <source>All VIP %1, target %2</source>
        <translation>全部VIP %1，目标 %2</translation>
    </message>
    <message>
        <source>Diamond + gold %1, target %2</source>
        <translation>钻卡+金卡 %1，目标 %2</translation>
    </message>
    <message>
        <source>%1 of %2 members left from January to %3</source>
        <translation>1月至 %3 共 %2 位会员中离网 %1 位</translation>
    </message>
    <message>
        <source>At risk after the %1 re-grading: %2 (%3 retention calls open)</source>
        <translation>%1 升降级后有流失风险：%2 位（%3 位待挽留）</translation>
    </message>
    <message>
        <source>Left the club in %1: %2</source>
        <translation>%1 年离网：%2 位</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>The same field was changed on this laptop and on the central store. The central store kept its value; choose which one stays.</source>
        <translation>同一字段在本机和中心库上都被修改了。中心库保留了它的值；请选择保留哪一个。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>中心库的值</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>没有待解决的冲突。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本机的值</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留中心库的值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Before both edits: %1</source>
        <translation>双方修改前：%1</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>&amp;Work log…</source>
        <translation>工作日志(&amp;W)…</translation>
    </message>
    <message>
        <source>The selected manager&apos;s work log, read-only</source>
        <translation>所选客户经理的工作日志（只读）</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
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
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 (%2 below)</source>
        <translation>%1（%2 位未达标）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>预算使用</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>Print the &amp;review…</source>
        <translation>打印工作检查（&amp;R）…</translation>
    </message>
    <message>
        <source>The month&apos;s work-log review as an A4 PDF</source>
        <translation>本月工作日志检查（A4 PDF）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>This month&apos;s weekly SMS, monthly calls, minimum contacts, birthday and holiday care: done of those due so far</source>
        <translation>本月每周短信、每月电话、最低联系、生日及节日关怀：已完成数/截至今日应完成数</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低联系</translation>
    </message>
    <message>
        <source>Members reached at least once in their current minimum period (diamond and gold: month, silver: quarter)</source>
        <translation>本期内至少联系上一次的会员比例（钻卡、金卡按月，银卡按季）</translation>
    </message>
    <message>
        <source>Items past their due date today, as on the manager&apos;s Today list</source>
        <translation>截至今日已逾期的事项（与客户经理“今日”列表一致）</translation>
    </message>
    <message>
        <source>1st contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Members assigned this month reached within the first-contact deadline</source>
        <translation>本月新分客户在首次联系时限内联系上的比例</translation>
    </message>
    <message>
        <source>Cards late</source>
        <translation>会员卡逾期</translation>
    </message>
    <message>
        <source>Membership cards whose next follow-up is overdue</source>
        <translation>下一步跟进已逾期的会员卡</translation>
    </message>
    <message>
        <source>Gifts waiting</source>
        <translation>待批礼品</translation>
    </message>
    <message>
        <source>Gifts over their cap or budget waiting for your approval</source>
        <translation>超出上限或预算、待您审批的礼品</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>待挽留</translation>
    </message>
    <message>
        <source>Members at risk after the latest re-grading not yet called (客户挽留)</source>
        <translation>最近一次升降级后有流失风险、尚未电话挽留的会员（客户挽留）</translation>
    </message>
    <message>
        <source>Team %1 — %2 (as of %3)</source>
        <translation>%1 — %2（截至 %3）</translation>
    </message>
    <message>
        <source>Churn this year %1, target %2</source>
        <translation>本年离网率 %1，目标 %2</translation>
    </message>
    <message>
        <source>Diamond + gold %1, target %2</source>
        <translation>钻卡+金卡 %1，目标 %2</translation>
    </message>
    <message>
        <source>%1 members · %2 overdue · %3 cards stuck · %4 gifts waiting · %5 retention calls open</source>
        <translation>会员 %1 位 · 逾期 %2 项 · 会员卡逾期 %3 张 · 待批礼品 %4 件 · 待挽留 %5 位</translation>
    </message>
    <message>
        <source>%1 of %2 members left since January</source>
        <translation>1月以来 %2 位会员中离网 %1 位</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出团队看板</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Review written to %1.</source>
        <translation>检查报告已保存到 %1。</translation>
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
    <name>GiftRequestDialog</name>
    <message>
        <source>Request a gift</source>
        <translation>申请礼品</translation>
    </message>
    <message>
        <source>yuan, e.g. 150 or 150.50</source>
        <translation>元，例如 150 或 150.50</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>事由(&amp;O)：</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额(&amp;A)（元）：</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>礼品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Within the cap and your budget the gift is approved at once; otherwise it waits for the team lead, with the reason.</source>
        <translation>在上限和预算内的礼品直接批准；否则连同原因交团队长审批。</translation>
    </message>
    <message>
        <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
        <translation>此级别和事由没有礼品（问候请记录为联系）</translation>
    </message>
    <message>
        <source>Not an amount in yuan: e.g. 150 or 150.50, at most two decimals.</source>
        <translation>不是有效的金额（元）：例如 150 或 150.50，最多两位小数。</translation>
    </message>
</context>
<context>
    <name>GiftRequester</name>
    <message>
        <source>Gift for %1 approved at once.</source>
        <translation>%1 的礼品已直接批准。</translation>
    </message>
    <message>
        <source>over cap by %1</source>
        <translation>超出上限 %1</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>超出预算 %1</translation>
    </message>
    <message>
        <source>Gift for %1 is waiting for the team lead (%2).</source>
        <translation>%1 的礼品等待团队长审批（%2）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Amount / cap</source>
        <translation>金额 / 上限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why waiting / decision</source>
        <translation>待批原因 / 审批意见</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>over cap by %1</source>
        <translation>超出上限 %1</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>超出预算 %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>approved at once: within cap and budget</source>
        <translation>直接批准：未超上限和预算</translation>
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
        <translation>全部礼品</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>No gifts here yet.

Request one from a member&apos;s page or from a birthday item on Today; gifts within their cap and your budget are approved at once.</source>
        <translation>这里还没有礼品。

可在会员页面或“今日”的生日事项中申请；在上限和预算内的礼品会直接批准。</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Approve the gift</source>
        <translation>批准礼品</translation>
    </message>
    <message>
        <source>Reject the gift</source>
        <translation>驳回礼品</translation>
    </message>
    <message>
        <source>Comment for %1&apos;s gift (%2):</source>
        <translation>对 %1 的礼品的意见（%2）：</translation>
    </message>
    <message>
        <source>Gift approved.</source>
        <translation>礼品已批准。</translation>
    </message>
    <message>
        <source>Gift rejected.</source>
        <translation>礼品已驳回。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
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
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>面对面</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Phone off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>呼叫转移</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在网</translation>
    </message>
    <message>
        <source>Left the club</source>
        <translation>已离网</translation>
    </message>
    <message>
        <source>Data collected</source>
        <translation>制卡数据已收集</translation>
    </message>
    <message>
        <source>Sent to card maker</source>
        <translation>已送制卡</translation>
    </message>
    <message>
        <source>Card arrived</source>
        <translation>卡已到</translation>
    </message>
    <message>
        <source>Member notified</source>
        <translation>已通知会员</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <source>Awaiting pick-up</source>
        <translation>待自取</translation>
    </message>
    <message>
        <source>Hand delivery agreed</source>
        <translation>约定上门</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>会员确认收到</translation>
    </message>
    <message>
        <source>card data collected</source>
        <translation>制卡数据已收集</translation>
    </message>
    <message>
        <source>sent to the card maker</source>
        <translation>已送制卡</translation>
    </message>
    <message>
        <source>card arrived</source>
        <translation>卡已到</translation>
    </message>
    <message>
        <source>member notified</source>
        <translation>已通知会员</translation>
    </message>
    <message>
        <source>mailed</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <source>pick-up chosen</source>
        <translation>选择自取</translation>
    </message>
    <message>
        <source>hand delivery agreed</source>
        <translation>约定上门送卡</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>receipt confirmed</source>
        <translation>会员确认收到</translation>
    </message>
    <message>
        <source>re-made card arrived</source>
        <translation>补卡已到</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Family member in hospital</source>
        <translation>直系亲属住院</translation>
    </message>
    <message>
        <source>Business opening</source>
        <translation>开业</translation>
    </message>
    <message>
        <source>Birth of a child</source>
        <translation>生育</translation>
    </message>
    <message>
        <source>Funeral in the family</source>
        <translation>丧事</translation>
    </message>
    <message>
        <source>Key-person birthday</source>
        <translation>关键人生日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting for the lead</source>
        <translation>待团队长审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Top decision-maker</source>
        <translation>最高决策者</translation>
    </message>
    <message>
        <source>Designated contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Communications manager</source>
        <translation>通信部门中层</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响力人物</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>left the club</source>
        <translation>离网</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>团队看板(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>审批(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hurn and retention</source>
        <translation>离网与挽留(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Re-grading and assignment</source>
        <translation>升降级与分配(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Sent through the group SMS platform (12580)</source>
        <translation>通过集团短信平台（12580）发送</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>沟通或约定的内容（可选）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Logging a contact for %1.</source>
        <translation>正在为 %1 记录联系。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP 俱乐部客户管理</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>同步冲突…</translation>
    </message>
    <message>
        <source>Select a member or a due item first.</source>
        <translation>请先选择一位会员或一个待办事项。</translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation>用户：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>ManagerLogDialog</name>
    <message>
        <source>Work log of %1 (%2) — read-only</source>
        <translation>%1（%2）的工作日志 — 只读</translation>
    </message>
    <message>
        <source>Select a contact to see the member&apos;s timeline.</source>
        <translation>选择一条联系记录以查看该会员的时间线。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 to %2: %3 contact(s)</source>
        <translation>%1 至 %2：%3 次联系</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>%1 的时间线</translation>
    </message>
</context>
<context>
    <name>MemberListPage</name>
    <message>
        <source>Search by name, pinyin (zw finds 张伟) or mobile number  (Ctrl+F)</source>
        <translation>按姓名、拼音（zw 可找到 张伟）或手机号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Important VIPs</source>
        <translation>重要客户(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Group key persons</source>
        <translation>集团关键人(&amp;G)</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>有逾期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← 返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>记录电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Log &amp;SMS…</source>
        <translation>记录短信(&amp;S)…</translation>
    </message>
    <message>
        <source>Request &amp;gift…</source>
        <translation>申请礼品(&amp;G)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Account and group customer</source>
        <translation>账户与集团客户</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <source>Assigned on:</source>
        <translation>分配日期：</translation>
    </message>
    <message>
        <source>Points / monthly spend:</source>
        <translation>积分 / 月话费：</translation>
    </message>
    <message>
        <source>Group customer:</source>
        <translation>集团客户：</translation>
    </message>
    <message>
        <source>Key-person role:</source>
        <translation>关键人角色：</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>级别历史</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Card steps</source>
        <translation>会员卡步骤</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>级别变动</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Profile changes</source>
        <translation>资料变更</translation>
    </message>
    <message>
        <source>Add a dated note to the timeline…</source>
        <translation>在时间线上添加一条备注…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 points / %2</source>
        <translation>%1 积分 / %2</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1（%2 类）</translation>
    </message>
    <message>
        <source>not a key person of a group customer</source>
        <translation>不是集团客户关键人</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>电话 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>短信 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>走访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n done</source>
        <translation>
            <numerusform>✓ 已完成 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（休）</translation>
    </message>
    <message>
        <source>%1 make-up day</source>
        <translation>%1 调休上班</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) planned</source>
        <translation>
            <numerusform>%1：计划 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) due</source>
        <translation>
            <numerusform>%1：到期 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MorningDigest</name>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP 俱乐部客户管理</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>打开“今日”</translation>
    </message>
    <message>
        <source>Show the digest now</source>
        <translation>立即显示今日提醒</translation>
    </message>
    <message>
        <source>Good morning: today&apos;s work</source>
        <translation>早上好：今日工作</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Click to open Today.</source>
        <translation>逾期 %1 项，今日到期 %2 项，未来 7 天 %3 项。点击打开“今日”。</translation>
    </message>
    <message>
        <source>Nothing overdue or due today; %1 in the next 7 days.</source>
        <translation>没有逾期或今日到期的事项；未来 7 天 %1 项。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another day</source>
        <translation>改到其他日期</translation>
    </message>
    <message>
        <source>Move to &amp;day:</source>
        <translation>改到日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>PlanQueueModel</name>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PlanQueuePanel</name>
    <message>
        <source>&amp;Open in the calendar</source>
        <translation>在日历中查看(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message numerus="yes">
        <source>Plans waiting for your approval: %n</source>
        <translation>
            <numerusform>待您审批的计划：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>No plans waiting for your approval.</source>
        <translation>没有待您审批的计划。</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <source>Plan &amp;of:</source>
        <translation>计划归属(&amp;O)：</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ 上个月(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>下个月(&amp;N) ▶</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>生成计划(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>提交审批(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;rint / PDF…</source>
        <translation>打印 / PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the month&apos;s plan as an A4 PDF and open it to print</source>
        <translation>将本月计划生成 A4 PDF 并打开以便打印</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;调休上班日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;今天&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation>添加走访(&amp;A)…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to…</source>
        <translation>改期(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>Service plan %1-%2</source>
        <translation>服务计划 %1-%2</translation>
    </message>
    <message>
        <source>Whole team (due items)</source>
        <translation>全团队（到期事项）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</source>
        <translation>%1 年没有官方工作日历：未显示节假日和调休（请导入国务院放假安排：vipcrm calendar import）。</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this month.</source>
        <translation>%1 本月还没有保存的计划。</translation>
    </message>
    <message>
        <source>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>本月您所辖客户经理按服务规范到期的事项。选择一位客户经理可查看其已保存的计划；已提交的计划在下方等待审批。</translation>
    </message>
    <message>
        <source>No saved plan for this month yet: the calendar shows what the rules make due. Generate the plan to save it, then move items, add visits and submit it.</source>
        <translation>本月还没有保存的计划：日历显示服务规范要求的到期事项。生成计划后即可保存，之后可调整日期、添加走访并提交审批。</translation>
    </message>
    <message>
        <source>&amp;Generate again…</source>
        <translation>重新生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Drag an item onto another day of the calendar to move it.</source>
        <translation>将事项拖到日历中的其他日期即可改期。</translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n item(s), %2 done</source>
        <translation>
            <numerusform>第 %1 版 · 共 %n 项，已完成 %2 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted on %1, waiting for the lead.</source>
        <translation>已于 %1 提交，等待团队长审批。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>%1 已于 %2 批准。</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>%1 已于 %2 驳回。</translation>
    </message>
    <message>
        <source>Changed after approval: submit it again.</source>
        <translation>批准后有改动：请重新提交。</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mark not &amp;done</source>
        <translation>取消完成(&amp;D)</translation>
    </message>
    <message>
        <source>Generate the plan again</source>
        <translation>重新生成计划</translation>
    </message>
    <message>
        <source>Plan the month again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</source>
        <translation>按服务规范重新生成本月计划？未完成的规则事项将被替换；您自己添加的走访、会议、备注以及已完成的事项会保留。已提交或已批准的计划将回到草稿状态。</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>%1 计划已保存。</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>已改到 %1。</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>已添加到 %1。</translation>
    </message>
    <message>
        <source>Item removed.</source>
        <translation>事项已删除。</translation>
    </message>
    <message>
        <source>Plan submitted for the lead&apos;s approval.</source>
        <translation>计划已提交团队长审批。</translation>
    </message>
    <message>
        <source>Writing the plan&apos;s PDF…</source>
        <translation>正在生成计划 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Plan written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>计划已保存到 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <source>Reject the plan</source>
        <translation>驳回计划</translation>
    </message>
    <message>
        <source>Comment on %1&apos;s plan %2 (version %3):</source>
        <translation>对 %1 的 %2 计划（第 %3 版）的意见：</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>计划已批准。</translation>
    </message>
    <message>
        <source>Plan rejected.</source>
        <translation>计划已驳回。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. 010-12345678</source>
        <translation>例如 010-12345678</translation>
    </message>
    <message>
        <source>[YYYY-]MM-DD, lunar leap month: 04-12L</source>
        <translation>[YYYY-]MM-DD，农历闰月：04-12L</translation>
    </message>
    <message>
        <source>&amp;Lunar (农历)</source>
        <translation>农历(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Important VIP (face to face where suitable)</source>
        <translation>重要客户（宜面访）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Landline:</source>
        <translation>固定电话(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A name is required (at most 100 characters).</source>
        <translation>请填写姓名（最多 100 个字）。</translation>
    </message>
    <message>
        <source>Not a landline number: e.g. 010-12345678, extension -123.</source>
        <translation>不是有效的固定电话：例如 010-12345678，分机写 -123。</translation>
    </message>
    <message>
        <source>The address is too long (at most 300 characters).</source>
        <translation>地址太长（最多 300 个字）。</translation>
    </message>
    <message>
        <source>Not a birthday: use [YYYY-]MM-DD; a lunar leap month ends in L (04-12L).</source>
        <translation>不是有效的生日：请用 [YYYY-]MM-DD；农历闰月在末尾加 L（04-12L）。</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2000 characters).</source>
        <translation>备注太长（最多 2000 个字）。</translation>
    </message>
</context>
<context>
    <name>RegradingPanel</name>
    <message>
        <source>The billing system&apos;s export (CSV or XLSX)</source>
        <translation>计费系统导出的文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows (import only the good ones)</source>
        <translation>跳过有误的行，只导入正确的行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Preview the &amp;assignment</source>
        <translation>预览分配(&amp;A)</translation>
    </message>
    <message>
        <source>Assign new &amp;members</source>
        <translation>分配新客户(&amp;M)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新分客户</translation>
    </message>
    <message>
        <source>Weighted load after</source>
        <translation>分配后加权客户量</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>改派(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <source>1. Import the month&apos;s re-grading file</source>
        <translation>1. 导入本月升降级文件</translation>
    </message>
    <message>
        <source>Reassign one member:</source>
        <translation>改派单个会员：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>2. Assign the new members</source>
        <translation>2. 分配新客户</translation>
    </message>
    <message>
        <source>Monthly re-grading</source>
        <translation>月度升降级</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the re-grading file</source>
        <translation>选择升降级文件</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-12.</source>
        <translation>月份格式为 YYYY-MM，例如 2026-12。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>Down %1</source>
        <translation>降级 %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>离网 %1</translation>
    </message>
    <message>
        <source>Unchanged %1</source>
        <translation>不变 %1</translation>
    </message>
    <message>
        <source>Choose a file and a month; nothing is written before you import.</source>
        <translation>选择文件和月份；点击导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 row(s)%3 for %4 — a preview, nothing written yet.</source>
        <translation>%1：%2 行%3，%4 — 仅为预览，尚未写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s). Fix them in the file and preview again, or import the good rows only.</source>
        <translation>
            <numerusform>%n 行有误。请在文件中改正后重新预览，或只导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>所有行均无误。</translation>
    </message>
    <message>
        <source>This file is already the month&apos;s list: importing it again changes nothing.</source>
        <translation>该文件已是本月名单：再次导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 for %2: %3 new, %4 up, %5 down, %6 left.</source>
        <translation>已导入 %1（%2）：新增 %3，升级 %4，降级 %5，离网 %6。</translation>
    </message>
    <message>
        <source>Imported %1 for %2. Next: assign the new members.</source>
        <translation>已导入 %1（%2）。下一步：分配新客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s) of the month to assign, balanced by each manager&apos;s load (weighted by tier).</source>
        <translation>
            <numerusform>本月有 %n 位新客户待分配，按各客户经理的客户量（按级别加权）均衡分配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 位新客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new member(s) assigned; their first-contact deadlines start today.</source>
        <translation>
            <numerusform>已分配 %n 位新客户；首次联系时限从今天开始计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 已改派给 %2。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Show a &amp;morning digest in the tray</source>
        <translation>在托盘显示每日早间提醒(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time vipcrm starts.</source>
        <translation>新的语言在下次启动 vipcrm 时生效。</translation>
    </message>
    <message>
        <source>Digest &amp;time (working days):</source>
        <translation>提醒时间(&amp;T)（工作日）：</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in text</source>
        <translation>恢复默认文本(&amp;R)</translation>
    </message>
    <message>
        <source>Placeholders: {member} the member&apos;s name, {manager} the account manager&apos;s name, {phone} the manager&apos;s mobile number.</source>
        <translation>占位符：{member} 会员姓名，{manager} 客户经理姓名，{phone} 客户经理手机号。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>SMS templates</source>
        <translation>短信模板</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>Weekly / routine</source>
        <translation>每周 / 日常</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Dear {member}, this is {manager}, your VIP account manager. If there is anything I can do for you, call me on {phone}.</source>
        <translation>尊敬的{member}，我是您的VIP客户经理{manager}，如有任何需要，请随时致电{phone}。</translation>
    </message>
    <message>
        <source>Dear {member}, welcome to the VIP club. I am {manager}, your account manager; I will call you shortly to explain your benefits. My number: {phone}.</source>
        <translation>尊敬的{member}，欢迎加入全球通VIP俱乐部！我是您的客户经理{manager}，稍后将致电为您介绍会员权益。我的电话：{phone}。</translation>
    </message>
    <message>
        <source>Dear {member}, happy birthday! Best wishes from {manager}, your VIP account manager ({phone}).</source>
        <translation>尊敬的{member}，祝您生日快乐，万事如意！您的VIP客户经理{manager}（{phone}）敬上。</translation>
    </message>
    <message>
        <source>Dear {member}, season&apos;s greetings and best wishes to you and your family. {manager}, your VIP account manager ({phone}).</source>
        <translation>尊敬的{member}，值此佳节，祝您和家人节日快乐、阖家幸福！您的VIP客户经理{manager}（{phone}）。</translation>
    </message>
    <message>
        <source>Dear {member}, your VIP membership card is ready. Please tell {manager} how you would like to receive it: call {phone}.</source>
        <translation>尊敬的{member}，您的VIP会员卡已制作完成，请告知客户经理{manager}您希望的领取方式，电话：{phone}。</translation>
    </message>
    <message>
        <source>Unbalanced braces: write {member}, {manager} or {phone}.</source>
        <translation>花括号不配对：请写 {member}、{manager} 或 {phone}。</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}: use {member}, {manager} or {phone}.</source>
        <translation>未知占位符 {%1}：请用 {member}、{manager} 或 {phone}。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a card step</source>
        <translation>记录会员卡步骤</translation>
    </message>
    <message>
        <source>How, with what outcome (kept as the trace)</source>
        <translation>方式与结果（留作痕迹）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>会员卡：</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1，当前：%2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Agreed date:</source>
        <translation>约定日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <source>Local only (not synchronised)</source>
        <translation>仅本地（未同步）</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central store (vipcrm connect).</source>
        <translation>本机尚未连接中心库（vipcrm connect）。</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message>
        <source>Central store: %1 as %2</source>
        <translation>中心库：%1，用户 %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the central store</source>
        <translation>
            <numerusform>中心库拒绝了 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>点击解决冲突。</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>点击立即同步（F5）。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (group SMS)</source>
        <translation>（集团短信）</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>会员卡：%1</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Gift (%1): %2</source>
        <translation>礼品（%1）：%2</translation>
    </message>
    <message>
        <source>Tier: %1 %2</source>
        <translation>级别：%1 %2</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>资料已变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来7天</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
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
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>记录电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Log a call and its outcome (Ctrl+L)</source>
        <translation>记录一次电话及结果（Ctrl+L）</translation>
    </message>
    <message>
        <source>Log &amp;SMS…</source>
        <translation>记录短信(&amp;S)…</translation>
    </message>
    <message>
        <source>Cop&amp;y SMS text</source>
        <translation>复制短信(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>打开会员(&amp;O)</translation>
    </message>
    <message>
        <source>Open the member page (Enter)</source>
        <translation>打开会员页面（回车）</translation>
    </message>
    <message>
        <source>Request &amp;gift…</source>
        <translation>申请礼品(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to the &amp;card</source>
        <translation>查看会员卡(&amp;C)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>The list of what is due could not be worked out:
%1</source>
        <translation>无法计算待办事项：
%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days. Well done!

Look through your members (Ctrl+2) or plan next month (Ctrl+5).</source>
        <translation>未来 7 天没有待办事项，做得好！

可以看看您的会员（Ctrl+2）或下个月的计划（Ctrl+5）。</translation>
    </message>
    <message>
        <source>Logged for %1.</source>
        <translation>已为 %1 记录。</translation>
    </message>
    <message>
        <source>SMS text for %1 copied.</source>
        <translation>已复制给 %1 的短信。</translation>
    </message>
</context>
<context>
    <name>WorkLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
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
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> (group)</source>
        <translation>（集团短信）</translation>
    </message>
</context>
<context>
    <name>WorkLogScreen</name>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>上一天或上一周</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>下一天或下一周</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>This user keeps no work log.</source>
        <translation>此用户没有工作日志。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 次联系</numerusform>
        </translation>
    </message>
    <message>
        <source>By channel: </source>
        <translation>按方式：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>By outcome: </source>
        <translation>按结果：</translation>
    </message>
    <message>
        <source>No contacts logged in this period.

Log calls and SMS from Today (Ctrl+1) or a member&apos;s page; they appear here.</source>
        <translation>这段时间没有联系记录。

在“今日”（Ctrl+1）或会员页面记录电话和短信，它们会显示在这里。</translation>
    </message>
</context>
</TS>
