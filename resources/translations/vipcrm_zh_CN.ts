<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Local only (not synchronised)</source>
        <translation>仅本地（未同步）</translation>
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
        <source>Settings…</source>
        <translation>设置…</translation>
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
        <source>%n other</source>
        <translation>
            <numerusform>其他 %n 项</numerusform>
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
    <name>PlansScreen</name>
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
        <source>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;调休上班日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;今天&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The calendar shows what the service rules make due each day (overdue items on today). Building the month&apos;s plan, moving items and submitting it for approval come with the plan service.</source>
        <translation>日历显示服务规范每天要求完成的事项（逾期事项计在今天）。生成月度计划、调整事项和提交审批将随计划服务提供。</translation>
    </message>
    <message>
        <source>Service plan %1-%2</source>
        <translation>服务计划 %1-%2</translation>
    </message>
    <message>
        <source>No official working-day calendar for %1: holidays and make-up days are not shown (import the State Council notice: vipcrm calendar import).</source>
        <translation>%1 年没有官方工作日历：未显示节假日和调休（请导入国务院放假安排：vipcrm calendar import）。</translation>
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
