<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About vipcrm</source>
        <translation>关于 vipcrm</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>VIP Club CRM</source>
        <translation>VIP 俱乐部客户管理</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>使用的组件：%1。</translation>
    </message>
</context>
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
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <extracomment>The fields whose refusals show under them (the service&apos;s field ids).</extracomment>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位数字，例如 138 0013 8000</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD; optional</source>
        <translation>MM-DD 或 YYYY-MM-DD；可不填</translation>
    </message>
    <message>
        <source>&amp;Lunar (农历)</source>
        <translation>农历(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Important VIP</source>
        <translation>重要客户(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>客户经理(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>The tier may come out higher: points, monthly spend or a key person&apos;s role earn one (as with vipcrm member add).</source>
        <translation>级别可能更高：积分、月消费或集团关键人的角色都会带来相应级别（与 vipcrm member add 相同）。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>数据库不见了</translation>
    </message>
    <message>
        <source>Fresh copy from the central store</source>
        <translation>从中心库重新复制</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>vipcrm databases (*.db)</source>
        <translation>vipcrm 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
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
    <message>
        <source>Keep it &amp;unencrypted</source>
        <translation>不加密，继续使用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit and set up the keyring</source>
        <translation>退出，先设置密钥环(&amp;Q)</translation>
    </message>
    <message>
        <source>vipcrm closes</source>
        <translation>vipcrm 即将关闭</translation>
    </message>
    <message>
        <source>Nothing was written; the database stays to be encrypted.

Start or unlock the desktop keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have theirs), then start vipcrm again.

To keep the database unencrypted after all, start vipcrm again and choose that.</source>
        <translation>没有写入任何内容，数据库仍将加密保存。

请启动或解锁桌面密钥环（Linux 上为 GNOME Keyring 或 KWallet；Windows 和 macOS 自带密钥环），然后重新启动 vipcrm。

如果仍想不加密保存数据库，请重新启动 vipcrm 并选择不加密。</translation>
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
    <name>BenefitUseDialog</name>
    <message>
        <source>Record a benefit use: %1</source>
        <translation>记录权益使用：%1</translation>
    </message>
    <message>
        <source>only beyond the allowance or the tier&apos;s benefits: why</source>
        <translation>仅在超出额度或超出该级别权益时填写：原因</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>权益(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Exception reason:</source>
        <translation>例外原因(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>BenefitsBox</name>
    <message>
        <source>Benefits this year</source>
        <translation>本年度权益</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Record &amp;use…</source>
        <translation>记录使用(&amp;U)…</translation>
    </message>
    <message>
        <source>not for this tier</source>
        <translation>该级别不享有</translation>
    </message>
    <message>
        <source>no yearly limit set</source>
        <translation>未设年度上限</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>每年 %1 次</translation>
    </message>
    <message>
        <source>%1 (%2 by exception)</source>
        <translation>%1（其中例外 %2）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Re-graded to %1 in %2: the entitlements follow that tier from that month.</source>
        <translation>%2 调整为%1：自该月起按该级别享有权益。</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无级别</translation>
    </message>
    <message>
        <source>The joining month is not on file: membership-year benefits are counted by the calendar year.</source>
        <translation>没有入会月份记录：按会员年度计算的权益暂按自然年计算。</translation>
    </message>
    <message>
        <source>No yearly limit set: the regulation gives no number; a team lead may set one.</source>
        <translation>未设年度上限：服务规范未规定次数；团队长可以设置。</translation>
    </message>
</context>
<context>
    <name>BillImportDialog</name>
    <message>
        <source>Import phone records</source>
        <translation>导入通话/短信详单</translation>
    </message>
    <message>
        <source>The itemised bill of your own phone (通话详单 or 短信详单, CSV or XLSX), as the operator&apos;s app or web hall exports it. Calls and SMS with your members are logged as contacts; other numbers are only counted, never kept. Importing the same bill again, or overlapping months, logs nothing twice.</source>
        <translation>您本人手机的话费详单（通话详单或短信详单，CSV 或 XLSX），即从运营商 App 或网上营业厅导出的文件。与您名下会员的通话和短信会记录为联系；其他号码只计数，绝不保存。重复导入同一份详单或月份重叠，都不会重复记录。</translation>
    </message>
    <message>
        <source>The bill (CSV or XLSX)</source>
        <translation>详单文件（CSV 或 XLSX）</translation>
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
        <source>— none —</source>
        <translation>— 不关联 —</translation>
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
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Attach to ca&amp;mpaign:</source>
        <translation>关联活动(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose the phone bill</source>
        <translation>选择话费详单</translation>
    </message>
    <message>
        <source>Imported %1: %2 contact(s) logged with %3 member(s).</source>
        <translation>已导入 %1：为 %3 位会员记录了 %2 次联系。</translation>
    </message>
    <message>
        <source>Campaign %1: %2 contact(s) with %3 targeted member(s), %4 reached, %5 awaiting a result (record it when you log or from Today).</source>
        <translation>活动 %1：与 %3 位目标会员联系 %2 次，接通 %4 位，%5 位待记录结果（记录联系时或在“今日”中记录）。</translation>
    </message>
    <message>
        <source>To log %1</source>
        <translation>待记录 %1</translation>
    </message>
    <message>
        <source>Already logged %1</source>
        <translation>已记录过 %1</translation>
    </message>
    <message>
        <source>Not in your book %1</source>
        <translation>非名下会员 %1</translation>
    </message>
    <message>
        <source>Not contacts %1</source>
        <translation>不算联系 %1</translation>
    </message>
    <message>
        <source>Bad rows %1</source>
        <translation>有误的行 %1</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>已记录 %1</translation>
    </message>
    <message>
        <source>Choose the bill; nothing is written before you import.</source>
        <translation>请选择详单；点击导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s), %4. %5 duplicate row(s) counted once.</source>
        <translation>%1（%2）：%3 行，%4。%5 行重复，只计一次。</translation>
    </message>
    <message>
        <source>Fix the bad rows in the file and preview again, or import the good rows only.</source>
        <translation>请在文件中修正有误的行后重新预览，或只导入正确的行。</translation>
    </message>
    <message>
        <source>A preview: nothing is written yet.</source>
        <translation>这是预览，尚未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>BudgetMeterWidget</name>
    <message>
        <source>Gift budget</source>
        <translation>礼品预算</translation>
    </message>
    <message>
        <source>Loading the budget…</source>
        <translation>正在读取预算…</translation>
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
    <name>CalendarPanel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Working days from</source>
        <translation>工作日数据来源</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>The State Council&apos;s schedule for a year (a CSV file: see the user guide)</source>
        <translation>国务院公布的某年放假安排（CSV 文件，格式见用户指南）</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>&amp;Apply the schedule</source>
        <translation>应用此安排(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Bring in the official schedule</source>
        <translation>导入官方放假安排</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>official (shipped with vipcrm)</source>
        <translation>官方（随软件提供）</translation>
    </message>
    <message>
        <source>official (imported)</source>
        <translation>官方（已导入）</translation>
    </message>
    <message>
        <source>official, corrected by an import</source>
        <translation>官方，已按导入数据更正</translation>
    </message>
    <message>
        <source>provisional: from the law, no official schedule yet</source>
        <translation>暂定：按法定节假日推算，尚无官方安排</translation>
    </message>
    <message>
        <source>day off (休)</source>
        <translation>休息日（休）</translation>
    </message>
    <message>
        <source>make-up working day (班)</source>
        <translation>调休上班日（班）</translation>
    </message>
    <message>
        <source>replaces the provisional calendar</source>
        <translation>取代暂定日历</translation>
    </message>
    <message>
        <source>corrects the shipped official data date by date</source>
        <translation>逐日更正随软件提供的官方数据</translation>
    </message>
    <message>
        <source>replaces the year imported before</source>
        <translation>取代此前导入的该年数据</translation>
    </message>
    <message>
        <source>Choose the year&apos;s schedule</source>
        <translation>选择该年的放假安排</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the file typed from the State Council&apos;s notice; its days are shown here before anything is written.</source>
        <translation>选择按国务院通知录入的文件；写入之前先在此显示其中各天。</translation>
    </message>
    <message>
        <source>%1: %2 day(s) off, %3 make-up working day(s) — %4.</source>
        <translation>%1 年：休息日 %2 天，调休上班日 %3 天——%4。</translation>
    </message>
    <message>
        <source>A preview: nothing is written until you apply.</source>
        <translation>仅为预览：点“应用”之前不写入任何数据。</translation>
    </message>
    <message>
        <source>Imported the working-day calendar for %1: every laptop of the team gets it at its next sync.</source>
        <translation>已导入 %1 年工作日历：团队每台电脑在下次同步时获得。</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Campaigns and satisfaction call-backs</source>
        <translation>活动推广与满意度回访</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>团队(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;lose campaign</source>
        <translation>结束活动(&amp;L)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 %2 前</translation>
    </message>
    <message>
        <source>Edit step&amp;s…</source>
        <translation>修改节点(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the open campaign&apos;s steps or its end; the members&apos; due dates follow</source>
        <translation>修改进行中活动的分级节点或结束日期，会员的应完成日期随之更新</translation>
    </message>
    <message>
        <source>Close the open campaign: its members leave the managers&apos; Today</source>
        <translation>结束进行中的活动：其会员将从客户经理的今日工作中移除</translation>
    </message>
    <message>
        <source>Members not contacted yet with two working days or fewer left before their due date (their tier&apos;s step, or the end)</source>
        <translation>距应完成日期（该级别的节点，或活动结束日）只剩两个工作日或更少、仍未联系的会员</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Open, %1 working days left</source>
        <translation>进行中，剩 %1 个工作日</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>分级节点</translation>
    </message>
    <message>
        <source>The day a tier&apos;s members are due by, when earlier than the end</source>
        <translation>某级别会员须在此日前联系（早于活动结束时设置）</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>应完成日期</translation>
    </message>
    <message>
        <source>The tier&apos;s step, or the campaign&apos;s end</source>
        <translation>该级别的节点，或活动结束日</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
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
        <source>Choose a campaign above to see its progress.</source>
        <translation>在上方选择一个活动以查看进度。</translation>
    </message>
    <message>
        <source>All teams (the whole region)</source>
        <translation>全部团队（整个区域）</translation>
    </message>
    <message>
        <source>This campaign is the administrator&apos;s, for every team: only an administrator closes it</source>
        <translation>这是管理员为所有团队发起的活动，只有管理员可以结束</translation>
    </message>
    <message>
        <source>This campaign is the administrator&apos;s, for every team: only an administrator changes its steps</source>
        <translation>这是管理员为所有团队发起的活动，只有管理员可以修改节点</translation>
    </message>
    <message>
        <source>%1 %2: progress per manager and per tier</source>
        <translation>%1 %2：按客户经理和级别的进度</translation>
    </message>
    <message>
        <source>Steps: %1; the other tiers by the end, %2</source>
        <translation>分级节点：%1；其他级别在活动结束日 %2 前</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>（无客户经理）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Not contacted with two working days or fewer left before their due date: %1</source>
        <translation>距应完成日期只剩两个工作日或更少、仍未联系：%1</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>Close %1 %2? Its members leave the managers&apos; Today.</source>
        <translation>结束 %1 %2？其会员将从客户经理的今日工作中移除。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the gift</source>
        <translation>取消礼品</translation>
    </message>
    <message>
        <source>e.g. the member is abroad; kept with the gift</source>
        <translation>例如：会员在国外；原因将随礼品保存</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留礼品</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>礼品：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 committed to the budget is freed.</source>
        <translation>预算中已承诺的 %1 将被释放。</translation>
    </message>
    <message>
        <source>The lead no longer needs to decide on it.</source>
        <translation>团队长将无需再审批。</translation>
    </message>
    <message>
        <source>Say why the gift is cancelled.</source>
        <translation>请填写取消礼品的原因。</translation>
    </message>
</context>
<context>
    <name>CardColumnModel</name>
    <message>
        <source>received %1</source>
        <translation>%1 已收到</translation>
    </message>
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
        <source>%1
(last %2 days)</source>
        <translation>%1
（近 %2 天）</translation>
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
    <message numerus="yes">
        <source>Cards the members confirmed received in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天内会员确认收到的会员卡</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards on their way.

A card starts when its data is collected at the first contact (Start a card…, Ctrl+N); it then moves along here until the member confirms receipt.</source>
        <translation>没有正在制作或递送的会员卡。

首次联系收集制卡数据后即开始制卡（开始制卡…，Ctrl+N），之后在这里逐步推进，直到会员确认收到。</translation>
    </message>
    <message>
        <source>&amp;Start a card…</source>
        <translation>开始制卡(&amp;S)…</translation>
    </message>
    <message>
        <source>A new card, or a re-made card (补卡), for a member with none on its way</source>
        <translation>为当前没有在办会员卡的会员办理新卡或补卡</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Loading the cards…</source>
        <translation>正在读取会员卡…</translation>
    </message>
    <message>
        <source>Select a card to record its next step.</source>
        <translation>选择一张卡片以记录下一步。</translation>
    </message>
    <message>
        <source>%1&apos;s card was confirmed received on %2; no further steps.</source>
        <translation>%1 的会员卡已于 %2 确认收到，没有后续步骤。</translation>
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
    <message>
        <source>%1: %2 started.</source>
        <translation>%1：%2已登记。</translation>
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
        <source>At risk: none known yet. The first re-grading imported (Re-grading and assignment) shows who to call.</source>
        <translation>待挽留：暂无。导入第一份升降级文件（升降级与分配）后即可看到需要回访的会员。</translation>
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
    <name>ConfirmImportDialog</name>
    <message>
        <source>Import the re-grading?</source>
        <translation>导入升降级文件？</translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation>%1（%2）：%3。</translation>
    </message>
    <message>
        <source>It replaces %1, the month&apos;s earlier file, which is undone first.</source>
        <translation>它将取代本月先前导入的 %1，先撤销那次导入。</translation>
    </message>
    <message>
        <source>%1 of the %2 members (%3) would be marked as left: more than the %4 allowed without confirmation. Check that this is the whole club&apos;s list for %5 — not last month&apos;s, one team&apos;s, or a cut-off download.</source>
        <translation>%2 位会员中有 %1 位（%3）将被标记为离网，超过了无需确认的 %4。请核对这是否为 %5 全俱乐部的名单——而不是上月的、某一个团队的，或下载不完整的文件。</translation>
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
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>离网</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 位中 %1 位</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>例如</translation>
    </message>
    <message numerus="yes">
        <source>I have checked the file: %n member(s) leave the club.</source>
        <translation>
            <numerusform>我已核对文件：%n 位会员离网。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import and mark %n as left</source>
        <translation>
            <numerusform>导入并将 %n 位标记为离网</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ConfirmUndoDialog</name>
    <message>
        <source>Undo the import?</source>
        <translation>撤销这次导入？</translation>
    </message>
    <message>
        <source>Undo the import of %1 for %2 (by %3, %4)? %5 member(s) get back what they had before it; %6 member(s) it added are removed.</source>
        <translation>撤销 %2 的导入文件 %1（%3，%4）？%5 位会员恢复到导入前的状态；导入新增的 %6 位会员将被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) it added stay, marked as left, because contacts, notes, cards, gifts or plans refer to them.</source>
        <translation>
            <numerusform>导入新增的 %n 位会员已有联系、备注、会员卡、礼品或计划记录，因此保留并标记为离网。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer on this laptop and stay as they are.</source>
        <translation>
            <numerusform>%n 位会员已不在本机上，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>撤销导入(&amp;U)</translation>
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
        <translation>打印工作检查(&amp;R)…</translation>
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
        <source>Benefits</source>
        <translation>权益使用</translation>
    </message>
    <message>
        <source>Benefit uses (airport lounge, spare SIM ...) of the manager&apos;s members this month</source>
        <translation>本月该客户经理名下会员使用权益（机场贵宾服务、备用SIM卡等）的次数</translation>
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
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>会员 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) stuck</source>
        <translation>
            <numerusform>会员卡逾期 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gift(s) waiting</source>
        <translation>
            <numerusform>待批礼品 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention call(s) open</source>
        <translation>
            <numerusform>待挽留 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
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
    <name>DeliverDialog</name>
    <message>
        <source>Mark the gift delivered</source>
        <translation>标记礼品已送达</translation>
    </message>
    <message>
        <source>e.g. 上门送达, 快递</source>
        <translation>例如：上门送达、快递</translation>
    </message>
    <message>
        <source>who received it, photo reference …</source>
        <translation>签收人、照片编号…</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记已送达</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>礼品：</translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation>送达日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>送达方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>凭证(&amp;P)：</translation>
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
    <name>EditStepsDialog</name>
    <message>
        <source>Edit steps: %1 %2</source>
        <translation>修改节点：%1 %2</translation>
    </message>
    <message>
        <source>The campaign does not target this tier</source>
        <translation>该活动不针对此级别</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <source>Steps (due by):</source>
        <translation>分级节点（此日前完成）：</translation>
    </message>
    <message>
        <source>A tier without a step is due by the end. A step is a day of the period; a new end is not before the start or today. The members&apos; due dates follow.</source>
        <translation>未设节点的级别在活动结束日前完成。节点须在活动期间内；新的结束日期不得早于开始日期或今天。会员的应完成日期随之更新。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Steps changed</source>
        <translation>节点已修改</translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <source>%1 (Members, Ctrl+N)</source>
        <translation>%1（会员，Ctrl+N）</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>%1 (Team → Re-grading and assignment)</source>
        <translation>%1（团队 → 升降级与分配）</translation>
    </message>
    <message>
        <source>Import the month&apos;s re-grading file</source>
        <translation>导入本月升降级文件</translation>
    </message>
    <message>
        <source>%1 to try vipcrm</source>
        <translation>%1，试用 vipcrm</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Connect this laptop to the central store to receive your book (vipcrm connect; the user guide says how)</source>
        <translation>将本机连接到中心库以接收您的客户（vipcrm connect；方法见使用指南）</translation>
    </message>
    <message>
        <source>No members yet. To start:</source>
        <translation>还没有会员。可以这样开始：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
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
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>group customer</source>
        <translation>集团客户</translation>
    </message>
    <message>
        <source>key-person role</source>
        <translation>关键人角色</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>gift items</source>
        <translation>礼品内容</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>agreed date</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <source>card step</source>
        <translation>会员卡步骤</translation>
    </message>
    <message>
        <source>card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>central store</source>
        <translation>中心库</translation>
    </message>
    <message>
        <source>SMS template</source>
        <translation>短信模板</translation>
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
        <translation>（计划于 %1）</translation>
    </message>
</context>
<context>
    <name>GiftRequestDialog</name>
    <message>
        <source>Request a gift</source>
        <extracomment>The cap and the budget left for the dialog&apos;s member: (occasion, planned day) -&gt; terms.</extracomment>
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
        <source>Budget left:</source>
        <translation>预算剩余：</translation>
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
        <source>no budget line for the planned day</source>
        <translation>计划日期所在期间没有预算</translation>
    </message>
    <message>
        <source>over the cap by %1</source>
        <translation>超出上限 %1</translation>
    </message>
    <message>
        <source>over the budget left by %1</source>
        <translation>超出剩余预算 %1</translation>
    </message>
    <message>
        <source>Will need the lead&apos;s approval (%1).</source>
        <translation>需要团队长审批（%1）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Within the cap and the budget: approved at once.</source>
        <translation>未超上限和预算：提交即批准。</translation>
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
        <source>no gift for this tier and occasion (a greeting is logged as a contact)</source>
        <translation>此级别和事由没有礼品（问候请记录为联系）</translation>
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
        <source>delivered on %1</source>
        <translation>已于 %1 送达</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
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
        <source>Mark &amp;delivered…</source>
        <translation>标记已送达(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cancel gift…</source>
        <translation>取消礼品(&amp;C)…</translation>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record that the approved gift reached the member</source>
        <translation>记录已批准的礼品已送到会员手中</translation>
    </message>
    <message>
        <source>Cancel the gift, with the reason (an approved gift frees its budget)</source>
        <translation>取消礼品并注明原因（已批准的礼品会释放其占用的预算）</translation>
    </message>
    <message>
        <source>Select a gift first.</source>
        <translation>请先选择一件礼品。</translation>
    </message>
    <message>
        <source>The gift waits for the lead: only an approved gift is delivered.</source>
        <translation>该礼品正等待团队长审批：只有已批准的礼品才能送达。</translation>
    </message>
    <message>
        <source>Delivered already, on %1.</source>
        <translation>已于 %1 送达。</translation>
    </message>
    <message>
        <source>Only an approved gift can be marked delivered; this one is “%1”.</source>
        <translation>只有已批准的礼品才能标记为已送达；该礼品为“%1”。</translation>
    </message>
    <message>
        <source>Only a waiting or approved gift can be cancelled; this one is “%1”.</source>
        <translation>只有待审批或已批准的礼品才能取消；该礼品为“%1”。</translation>
    </message>
    <message>
        <source>%1&apos;s gift delivered on %2: %3 moved to spent.</source>
        <translation>%1 的礼品已于 %2 送达：%3 已计入已花费。</translation>
    </message>
    <message>
        <source>%1&apos;s gift cancelled: %2 freed in the budget.</source>
        <translation>%1 的礼品已取消：预算释放 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s gift cancelled.</source>
        <translation>%1 的礼品已取消。</translation>
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
    <message numerus="yes">
        <source>Backup written to %1 (%n member(s), verified).</source>
        <translation>
            <numerusform>备份已写入 %1（%n 位会员，已校验）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>vipcrm databases (*.db)</source>
        <translation>vipcrm 数据库 (*.db)</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Marketing</source>
        <translation>营销推广</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
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
        <source>new card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <source>re-made card</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>by mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>自取</translation>
    </message>
    <message>
        <source>delivered by hand</source>
        <translation>上门送达</translation>
    </message>
    <message>
        <source>yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>monthly plan</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <source>weekly plan</source>
        <translation>周计划</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>次/周</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>次/月</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>次/天</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>fen</source>
        <translation>分</translation>
    </message>
    <message>
        <source>(a share: 0.035 is 3.5 %)</source>
        <translation>（比例：0.035 即 3.5%）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
    <message>
        <source>&amp;Trends</source>
        <translation>趋势(&amp;T)</translation>
    </message>
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
        <source>Ca&amp;mpaigns</source>
        <translation>活动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Re-grading and assignment</source>
        <translation>升降级与分配(&amp;R)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>工作日历(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>选择团队…</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>团队(&amp;A)：</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Where each year&apos;s working days come from; import the official schedule</source>
        <translation>各年工作日数据的来源；导入官方放假安排</translation>
    </message>
    <message>
        <source>Choose a team above to see its dashboard, approvals, churn and re-grading.</source>
        <translation>在上方选择团队，即可查看其团队看板、审批、离网与挽留以及升降级。</translation>
    </message>
    <message>
        <source>You lead no team yet: an administrator can make you a team&apos;s lead.</source>
        <translation>您目前还不是任何团队的团队长：可由管理员将您设为团队长。</translation>
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
        <source>The member&apos;s comment (optional)</source>
        <translation>会员的意见（可选）</translation>
    </message>
    <message>
        <source>A result other than unreachable needs the member reached.</source>
        <translation>除“联系不上”外，记录结果需要已联系上会员。</translation>
    </message>
    <message>
        <source>%1 %2 (%3, until %4)</source>
        <translation>%1 %2（%3，截止 %4）</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>活动(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Score (1-5):</source>
        <translation>评分（1-5）(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Logging a contact for %1.</source>
        <translation>正在为 %1 记录联系。</translation>
    </message>
    <message>
        <source>— none now —</source>
        <translation>— 暂不记录 —</translation>
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
        <source>Select a member or a due item first.</source>
        <translation>请先选择一位会员或一个待办事项。</translation>
    </message>
    <message>
        <source>Ctrl+N adds a member on Members, a card on Cards, a visit on Plans.</source>
        <translation>Ctrl+N 在“会员”中新增会员，在“会员卡”中开始制卡，在“服务计划”中添加上门拜访。</translation>
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
        <source>&amp;Add member…</source>
        <translation>新增会员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a member to the book (Ctrl+N)</source>
        <translation>新增一位会员（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>级别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Search by name, pinyin or mobile number  (Ctrl+F)</source>
        <translation>按姓名、拼音或手机号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search by name, pinyin (%1 finds %2) or mobile number  (Ctrl+F)</source>
        <translation>按姓名、拼音（%1 可找到 %2）或手机号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在读取会员…</translation>
    </message>
    <message>
        <source>%1+ members</source>
        <translation>%1+ 位会员</translation>
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
    <name>MembersScreen</name>
    <message>
        <source>No member fits these filters.</source>
        <translation>没有符合这些筛选条件的会员。</translation>
    </message>
    <message>
        <source>No member in the club: choose “%1” to see those who left.</source>
        <translation>没有在网会员：选择“%1”可查看已离网的会员。</translation>
    </message>
    <message>
        <source>Nobody yet (assign later)</source>
        <translation>暂不分配（稍后分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>No member matches “%1”: no mobile number contains these digits (letters and characters search the names).</source>
        <translation>没有会员匹配“%1”：没有手机号码包含这些数字（输入字母或汉字可搜索姓名）。</translation>
    </message>
    <message>
        <source>No member matches “%1”: searched every name, its full pinyin and its initials (digits search the mobile numbers).</source>
        <translation>没有会员匹配“%1”：已搜索所有姓名及其全拼和首字母（输入数字可搜索手机号码）。</translation>
    </message>
    <message>
        <source>Only members that fit the filters were searched.</source>
        <translation>只搜索了符合筛选条件的会员。</translation>
    </message>
</context>
<context>
    <name>MonthMembersDialog</name>
    <message>
        <source>The re-grading of %1</source>
        <translation>%1 的升降级</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added, moved up or down, or marked as left.</source>
        <translation>
            <numerusform>%n 位会员新增、升级、降级或离网。</numerusform>
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
        <source>⚠ over capacity</source>
        <translation>⚠ 超出容量</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（休）</translation>
    </message>
    <message>
        <source>%1 (off, provisional)</source>
        <translation>%1（休，暂定）</translation>
    </message>
    <message>
        <source>%1 make-up day</source>
        <translation>%1 调休上班</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) planned</source>
        <translation>
            <numerusform>%1：计划 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the daily capacity: %1 of %2 calls, %3 of %4 SMS</source>
        <translation>超出每日容量：电话 %1 / %2，短信 %3 / %4</translation>
    </message>
    <message>
        <source>Provisional: from the law, no official schedule for this year yet</source>
        <translation>暂定：按法定节假日推算，本年尚无官方放假安排</translation>
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
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Key persons only</source>
        <translation>仅关键人</translation>
    </message>
    <message>
        <source>Important members only</source>
        <translation>仅重要会员</translation>
    </message>
    <message>
        <source>optional: a CSV or XLSX file of mobile numbers</source>
        <translation>可选：含手机号码的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Call and SMS</source>
        <translation>电话和短信</translation>
    </message>
    <message>
        <source>The fields an SMS template may name: the member&apos;s name, their manager, their tier. Select and copy.</source>
        <translation>短信模板可用的字段：会员姓名、客户经理、级别。可选中复制。</translation>
    </message>
    <message>
        <source>For team:</source>
        <translation>所属团队：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Steps (due by):</source>
        <translation>分级节点（此日前完成）：</translation>
    </message>
    <message>
        <source>Group classes:</source>
        <translation>集团类别：</translation>
    </message>
    <message>
        <source>&amp;Member file:</source>
        <translation>会员名单(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;SMS template:</source>
        <translation>短信模板(&amp;S)：</translation>
    </message>
    <message>
        <source>Fields to copy:</source>
        <translation>可复制的字段：</translation>
    </message>
    <message>
        <source>Call scri&amp;pt:</source>
        <translation>通话脚本(&amp;P)：</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>No tier, class or file chosen: every active member of the team is targeted. A tier without a step is due by the end.</source>
        <translation>未选择级别、类别或名单时，团队所有在网会员均为目标。未设节点的级别在活动结束前完成。</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx)</source>
        <translation>会员名单 (*.csv *.xlsx)</translation>
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
        <translation>%1：%2</translation>
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
        <source>first contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>首次电话</translation>
    </message>
    <message>
        <source>explaining SMS</source>
        <translation>说明短信</translation>
    </message>
    <message>
        <source>retry unreachable</source>
        <translation>未接通重拨</translation>
    </message>
    <message>
        <source>12580 check</source>
        <translation>12580核实</translation>
    </message>
    <message>
        <source>retention call</source>
        <translation>挽留电话</translation>
    </message>
    <message>
        <source>campaign contact</source>
        <translation>活动联系</translation>
    </message>
    <message>
        <source>weekly SMS</source>
        <translation>每周短信</translation>
    </message>
    <message>
        <source>monthly call</source>
        <translation>每月电话</translation>
    </message>
    <message>
        <source>minimum contact</source>
        <translation>最低联系</translation>
    </message>
    <message>
        <source>send card data</source>
        <translation>报送制卡数据</translation>
    </message>
    <message>
        <source>card arrival notice</source>
        <translation>到卡通知</translation>
    </message>
    <message>
        <source>mailed card check</source>
        <translation>邮寄卡回访</translation>
    </message>
    <message>
        <source>pick-up reminder</source>
        <translation>自取提醒</translation>
    </message>
    <message>
        <source>card hand delivery</source>
        <translation>上门送卡</translation>
    </message>
    <message>
        <source>birthday gift</source>
        <translation>生日礼品</translation>
    </message>
    <message>
        <source>birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <source>holiday greeting</source>
        <translation>节日问候</translation>
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
    <message>
        <source>Loading the plans waiting for your approval…</source>
        <translation>正在读取待您审批的计划…</translation>
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
        <source>Mont&amp;h</source>
        <translation>按月(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>按周(&amp;W)</translation>
    </message>
    <message>
        <source>The month&apos;s plan, as a month calendar</source>
        <translation>以月历显示本月计划</translation>
    </message>
    <message>
        <source>The week&apos;s plan (Monday to Sunday), with the items of each day</source>
        <translation>本周计划（周一至周日），列出每天的事项</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;holiday&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;today&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#b00020&apos;&gt;&amp;nbsp;⚠ over the daily capacity&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde7e7&apos;&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3ecfb&apos;&gt;&amp;nbsp;调休上班日&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3d6&apos;&gt;&amp;nbsp;今天&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#b00020&apos;&gt;&amp;nbsp;⚠ 超出每日容量&amp;nbsp;&lt;/span&gt;</translation>
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
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上周(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>下周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>This wee&amp;k</source>
        <translation>本周(&amp;K)</translation>
    </message>
    <message>
        <source>Write the week&apos;s plan as an A4 PDF and open it to print</source>
        <translation>将本周计划生成 A4 PDF 并打开以便打印</translation>
    </message>
    <message>
        <source>Service plan, week %1 of %2 (%3 – %4)</source>
        <translation>服务计划 %2 年第 %1 周（%3 – %4）</translation>
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
        <source>All teams (the whole region)</source>
        <translation>全部团队（整个区域）</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this week.</source>
        <translation>%1 本周还没有保存的计划。</translation>
    </message>
    <message>
        <source>%1 has no saved plan for this month.</source>
        <translation>%1 本月还没有保存的计划。</translation>
    </message>
    <message>
        <source>What the rules make due this week for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>本周您所辖客户经理按服务规范到期的事项。选择一位客户经理可查看其已保存的计划；已提交的计划在下方等待审批。</translation>
    </message>
    <message>
        <source>What the rules make due this month for the managers you see. Pick a manager to see their saved plan; submitted plans wait below.</source>
        <translation>本月您所辖客户经理按服务规范到期的事项。选择一位客户经理可查看其已保存的计划；已提交的计划在下方等待审批。</translation>
    </message>
    <message>
        <source>Generate the plan first: there is nothing to submit</source>
        <translation>请先生成计划：目前没有可提交的内容</translation>
    </message>
    <message>
        <source>&amp;Generate again…</source>
        <translation>重新生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Already submitted: the lead decides on it</source>
        <translation>已提交：等待团队长审批</translation>
    </message>
    <message>
        <source>Approved: change the plan first if it needs approval again</source>
        <translation>已批准：如需重新审批，请先修改计划</translation>
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
        <source>Pick an item in the day&apos;s list first</source>
        <translation>请先在当天的列表中选择一个事项</translation>
    </message>
    <message>
        <source>Pick a day of this plan in the calendar first</source>
        <translation>请先在日历中选择本计划内的一天</translation>
    </message>
    <message>
        <source>This item is done: mark it not done to move it</source>
        <translation>此事项已完成：如需改期，请先取消完成</translation>
    </message>
    <message>
        <source>What the rules make due stays in the plan: move it to another day instead</source>
        <translation>服务规范要求的事项不能从计划中删除：可改到其他日期</translation>
    </message>
    <message>
        <source>Plan the week again from the rules? The items not done are replaced; your own visits, meetings and notes and the items done are kept. A submitted or approved plan goes back to draft.</source>
        <translation>按服务规范重新生成本周计划？未完成的规则事项将被替换；您自己添加的走访、会议、备注以及已完成的事项会保留。已提交或已批准的计划将回到草稿状态。</translation>
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
        <source>No saved plan for this week: the calendar shows the saved monthly plan (%1) on its days. Generate the week&apos;s plan to save these days as the week&apos;s own plan, then move items, add visits and submit it.</source>
        <translation>本周还没有保存的周计划：日历显示已保存的月计划（%1）中本周各天的安排。生成周计划后即可把这些安排另存为本周计划，之后可调整日期、添加走访并提交审批。</translation>
    </message>
    <message>
        <source>No saved plan for this week yet: the calendar shows what the rules make due, as the month&apos;s plan lays it out. Generate the week&apos;s plan to save it, then move items, add visits and submit it. (Printing now gives the rules&apos; proposal, marked not saved.)</source>
        <translation>本周还没有保存的计划：日历按月计划的排法显示服务规范要求的到期事项。生成周计划后即可保存，之后可调整日期、添加走访并提交审批。（现在打印的是按服务规范生成的建议，并标注为“未保存”。）</translation>
    </message>
    <message>
        <source>No saved plan for this month yet: the calendar shows what the rules make due, on working days. Generate the plan to save it, then move items, add visits and submit it.</source>
        <translation>本月还没有保存的计划：日历显示服务规范要求的到期事项（只排在工作日）。生成计划后即可保存，之后可调整日期、添加走访并提交审批。</translation>
    </message>
    <message>
        <source>Carried over (due %1): %2</source>
        <translation>结转（原定 %1）：%2</translation>
    </message>
    <message>
        <source>Late (due %1): %2</source>
        <translation>逾期（原定 %1）：%2</translation>
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
        <source>Generate the plan first.</source>
        <translation>请先生成计划。</translation>
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
    <name>RefusalsDialog</name>
    <message>
        <source>Refused changes</source>
        <extracomment>refused changes of rows that belong to no member: the Member column stays empty</extracomment>
        <translation>被拒绝的更改</translation>
    </message>
    <message>
        <source>The central store did not take these changes made on this laptop. They are not applied there; its data comes back at the next sync. Redo what is still needed, then dismiss the entries you have read.</source>
        <translation>中心库没有接受本机上的以下更改。这些更改未在中心库生效，下次同步时本机将恢复为中心库的数据。请重新办理仍需要的事项，然后将已阅读的条目标为已阅。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The central store&apos;s reason</source>
        <translation>中心库给出的原因</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>没有被拒绝的更改。</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>已阅(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected entries from the list (read)</source>
        <translation>将所选条目从列表中移除（已阅读）</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>全部已阅(&amp;A)</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>tier change</source>
        <translation>级别变动</translation>
    </message>
    <message>
        <source>benefit use</source>
        <translation>权益使用</translation>
    </message>
    <message>
        <source>card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>card step</source>
        <translation>会员卡步骤</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>gift budget</source>
        <translation>礼品预算</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <translation>预算调整</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>group customer</source>
        <translation>集团客户</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>被覆盖</translation>
    </message>
    <message>
        <source>conflict (see Sync conflicts)</source>
        <translation>冲突（见“同步冲突”）</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>（本机无此记录）</translation>
    </message>
</context>
<context>
    <name>RegionSummaryModel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>客户经理数</translation>
    </message>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Regrading</name>
    <message>
        <source>%1 new, %2 back, %3 up, %4 down, %5 unchanged, %6 left</source>
        <translation>新增 %1，回归 %2，升级 %3，降级 %4，不变 %5，离网 %6</translation>
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
        <source>Show the &amp;members…</source>
        <translation>查看会员(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销这次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会月份</translation>
    </message>
    <message>
        <source>Assign &amp;all waiting members</source>
        <translation>分配全部待分配会员(&amp;A)</translation>
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
        <source>The month&apos;s re-grading</source>
        <translation>本月升降级</translation>
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
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离网</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking every member…</source>
        <translation>正在核对每位会员…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Undoing the month&apos;s earlier import…</source>
        <translation>正在撤销本月先前的导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No re-grading file has been imported yet.</source>
        <translation>尚未导入升降级文件。</translation>
    </message>
    <message>
        <source>%1: %2, imported by %3 on %4 — %5.</source>
        <translation>%1：%2，由 %3 于 %4 导入——%5。</translation>
    </message>
    <message>
        <source>It can be undone on the laptop that imported it, until the next month is imported.</source>
        <translation>可在导入它的电脑上撤销，直到导入下个月的文件为止。</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>Undone: the import of %1 for %2. %3 member(s) restored, %4 removed.</source>
        <translation>已撤销 %2 的导入文件 %1：恢复 %3 位会员，删除 %4 位。</translation>
    </message>
    <message>
        <source>Kept as left because something refers to them: %1.</source>
        <translation>因已有相关记录而保留为离网：%1。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何数据。</translation>
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
        <source>Back %1</source>
        <translation>回归 %1</translation>
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
        <source>Bad rows (%1)</source>
        <translation>错误行（%1）</translation>
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
        <source>%1 of the %2 members (%3) would be marked as left — more than the %4 allowed without confirmation. Is this the whole club&apos;s list for %5?</source>
        <translation>%2 位会员中有 %1 位（%3）将被标记为离网——超过了无需确认的 %4。这是 %5 全俱乐部的名单吗？</translation>
    </message>
    <message>
        <source>It replaces %1, the month&apos;s earlier file, which is undone first.</source>
        <translation>它将取代本月先前导入的 %1，先撤销那次导入。</translation>
    </message>
    <message>
        <source>Imported %1 for %2: %3.</source>
        <translation>已导入 %2 的文件 %1：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 位会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) assigned; their first-contact deadlines start today.</source>
        <translation>
            <numerusform>已分配 %n 位会员；首次联系时限从今天开始计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member has a manager.</source>
        <translation>每位会员都已分配客户经理。</translation>
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
        <source>%n member(s) wait for a manager (%1 joined before %2).</source>
        <translation>
            <numerusform>%n 位会员等待分配客户经理（其中 %1 位在 %2 之前入会）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 已改派给 %2。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD)</source>
        <translation>“{text}”不是有效的生日（格式为 [YYYY-]MM-DD）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: only a lunar birthday has a leap month (L)</source>
        <translation>“{text}”：只有农历生日才有闰月（L）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the year {year} is not a plausible birth year</source>
        <translation>“{text}”：{year} 不是合理的出生年份</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a birthday (use [YYYY-]MM-DD[L])</source>
        <translation>“{text}”不是有效的生日（格式为 [YYYY-]MM-DD[L]）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lunar date (month 1-12, day 1-30)</source>
        <translation>“{text}”不是有效的农历日期（月份 1-12，日期 1-30）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>“{text}”不是真实存在的日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: lunar year {year} has no day {day} in leap month {month}</source>
        <translation>“{text}”：农历 {year} 年闰 {month} 月没有 {day} 日</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: lunar year {year} has no day {day} in month {month}</source>
        <translation>“{text}”：农历 {year} 年 {month} 月没有 {day} 日</translation>
    </message>
    <message>
        <source>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; allowed next steps: {allowed}</source>
        <translation>会员卡当前为“{state}”，不能进行“{step}”；下一步只能是：{allowed}</translation>
    </message>
    <message>
        <source>card step &apos;{step}&apos; is not possible from &apos;{state}&apos;; the card is confirmed received; no further steps</source>
        <translation>会员卡当前为“{state}”，不能进行“{step}”；会员已确认收到，没有后续步骤</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>“{text}”不是有效的日期（格式为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (use YYYY-MM)</source>
        <translation>“{text}”不是有效的月份（格式为 YYYY-MM）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 time, e.g. 2026-11-22T09:30</source>
        <translation>“{text}”不是 ISO 8601 时间，例如 2026-11-22T09:30</translation>
    </message>
    <message>
        <source>{file}: row {row}: {reason}</source>
        <translation>{file}：第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column}: {reason}</source>
        <translation>{file}：第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of points</source>
        <translation>“{text}”不是整数积分</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not 钻卡/金卡/银卡 or diamond/gold/silver</source>
        <translation>“{text}”不是 钻卡/金卡/银卡 或 diamond/gold/silver</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key-person role ({roles})</source>
        <translation>“{text}”不是有效的关键人角色（{roles}）</translation>
    </message>
    <message>
        <source>no tier column and no points or monthly spend to compute it from</source>
        <translation>没有级别列，也没有可用于计算级别的积分或月话费</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>a key person needs the group code and class</source>
        <translation>关键人需要填写集团编号和集团类别</translation>
    </message>
    <message>
        <source>points and spend are below the silver threshold: not a VIP</source>
        <translation>积分和月话费均低于银卡标准：不是 VIP 会员</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a group class A, B, C or D</source>
        <translation>“{text}”不是有效的集团类别（A、B、C 或 D）</translation>
    </message>
    <message>
        <source>a second &apos;{column}&apos; column (also &apos;{other}&apos;)</source>
        <translation>“{column}”列重复（另一列为“{other}”）</translation>
    </message>
    <message>
        <source>no &apos;{column}&apos; column (one of: {names})</source>
        <translation>缺少“{column}”列（可用列名：{names}）</translation>
    </message>
    <message>
        <source>{phone} is also on row {row}</source>
        <translation>{phone} 在第 {row} 行也出现了</translation>
    </message>
    <message>
        <source>a {kind} campaign records {allowed}, not {result}</source>
        <translation>{kind}活动记录的结果为 {allowed}，不能记录 {result}</translation>
    </message>
    <message>
        <source>a brace without its pair; fields are written {fields}</source>
        <translation>花括号不成对；字段的写法为 {fields}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template field; the fields are {fields}</source>
        <translation>“{name}”不是模板字段；可用字段为 {fields}</translation>
    </message>
    <message>
        <source>name a result: {allowed}</source>
        <translation>请指定结果：{allowed}</translation>
    </message>
    <message>
        <source>only a survey&apos;s answer has a score</source>
        <translation>只有满意度回访的回答才有评分</translation>
    </message>
    <message>
        <source>{score} is outside 1..5</source>
        <translation>{score} 不在 1..5 之间</translation>
    </message>
    <message>
        <source>a survey&apos;s answer needs a score from 1 to 5</source>
        <translation>满意度回访的回答需要 1 到 5 的评分</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comma out of place; a comma only separates thousands (1,000 or 12,345.50)</source>
        <translation>“{text}”中的逗号位置不对；逗号只能作千位分隔符（如 1,000 或 12,345.50）</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>请填写金额</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; amounts are zero or more</source>
        <translation>“{text}”为负数；金额不能小于零</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in yuan, e.g. 150 or 150.50</source>
        <translation>“{text}”不是以元为单位的金额，例如 150 或 150.50</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than two decimals (fen is the smallest unit)</source>
        <translation>“{text}”的小数超过两位（最小单位为分）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>“{text}”不是有效的金额</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period (use 2026-12, 2026-Q4 or 2026)</source>
        <translation>“{text}”不是有效的期间（格式为 2026-12、2026-Q4 或 2026）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: month {month} does not exist</source>
        <translation>“{text}”：不存在 {month} 月</translation>
    </message>
    <message>
        <source>a mobile number is required</source>
        <translation>请填写手机号码</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an 11-digit mainland mobile number</source>
        <translation>“{text}”不是 11 位的大陆手机号码</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid mainland mobile number</source>
        <translation>“{text}”不是有效的大陆手机号码</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (use YYYY-MM, e.g. 2026-12)</source>
        <translation>“{text}”不是有效的月份（格式为 YYYY-MM，例如 2026-12）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO week (use YYYY-Www, e.g. 2026-W49)</source>
        <translation>“{text}”不是有效的 ISO 周（格式为 YYYY-Www，例如 2026-W49）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year (use YYYY, e.g. 2026)</source>
        <translation>“{text}”不是有效的年份（格式为 YYYY，例如 2026）</translation>
    </message>
    <message>
        <source>{year} has no week {week}</source>
        <translation>{year} 年没有第 {week} 周</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {year} has no week {week}</source>
        <translation>“{text}”：{year} 年没有第 {week} 周</translation>
    </message>
    <message>
        <source>must map group classes ({classes}) to key-person roles and tiers, e.g. {example}</source>
        <translation>应按集团类别（{classes}）列出关键人角色及其级别，例如 {example}</translation>
    </message>
    <message>
        <source>{value} is outside {low}..{high} {unit}</source>
        <translation>{value} 超出范围 {low}..{high} {unit}</translation>
    </message>
    <message>
        <source>is not a known service rule</source>
        <translation>不是已知的服务规范</translation>
    </message>
    <message>
        <source>must give each tier ({tiers}) a number of {unit}, e.g. {example}</source>
        <translation>应为每个级别（{tiers}）给出数值（{unit}），例如 {example}</translation>
    </message>
    <message>
        <source>must be a number {unit}</source>
        <translation>应为数字{unit}</translation>
    </message>
    <message>
        <source>must be a whole number of {unit}</source>
        <translation>应为整数（{unit}）</translation>
    </message>
    <message>
        <source>{tier}: {text}</source>
        <translation>{tier}：{text}</translation>
    </message>
    <message>
        <source>the stored rule {rule} is not used: {problem}</source>
        <translation>已保存的规则 {rule} 未被采用：{problem}</translation>
    </message>
    <message>
        <source>{higher} needs at least as much as {lower} ({high} &lt; {low})</source>
        <translation>{higher}的值不能低于{lower}（{high} &lt; {low}）</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a key-person role ({roles})</source>
        <translation>“{role}”不是关键人角色（{roles}）</translation>
    </message>
    <message>
        <source>&apos;{tier}&apos; is not a tier ({tiers})</source>
        <translation>“{tier}”不是会员级别（{tiers}）</translation>
    </message>
    <message>
        <source>contains an invisible, control or text-direction character ({code}) that a name cannot hold; type it again without it</source>
        <translation>含有名称中不能出现的不可见字符、控制字符或文字方向字符（{code}），请去掉后重新输入</translation>
    </message>
    <message>
        <source>contains a control or text-direction character ({code}) that a note cannot hold; type it again without it</source>
        <translation>含有备注中不能出现的控制字符或文字方向字符（{code}），请去掉后重新输入</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {allowed}</source>
        <translation>“{text}”不是以下值之一：{allowed}</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>第 {line} 行，{column} 列</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>the file is empty; expected the header date,type,name</source>
        <translation>文件为空；表头应为 date,type,name</translation>
    </message>
    <message>
        <source>the header must be date,type,name, got {header}</source>
        <translation>表头必须是 date,type,name，实际为 {header}</translation>
    </message>
    <message>
        <source>the file has a header but no days</source>
        <translation>文件只有表头，没有日期</translation>
    </message>
    <message>
        <source>expected 3 columns date,type,name, got {count}</source>
        <translation>应为 3 列 date,type,name，实际为 {count} 列</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not holiday or workday</source>
        <translation>“{text}”不是 holiday 或 workday</translation>
    </message>
    <message>
        <source>the holiday name is required (e.g. 春节)</source>
        <translation>请填写节假日名称（例如 春节）</translation>
    </message>
    <message>
        <source>{day} is a weekday; a make-up working day (workday) must be a Saturday or Sunday</source>
        <translation>{day} 是工作日；调休上班日（workday）必须是周六或周日</translation>
    </message>
    <message>
        <source>{day} is already given on line {line}</source>
        <translation>{day} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>the stored benefit {benefit} of {day} is not used: {problem}</source>
        <translation>{day} 起的权益 {benefit} 记录有误，未采用：{problem}</translation>
    </message>
    <message>
        <source>the database {path} is encrypted (or not a database at all), but this laptop&apos;s keyring holds no key for it (restore the keyring, or restore a backup with: vipcrm restore PATH)</source>
        <translation>数据库 {path} 已加密（或根本不是数据库），但本机的密钥环中没有它的密钥（请恢复密钥环，或用以下命令恢复备份：vipcrm restore PATH）</translation>
    </message>
    <message>
        <source>encrypting {path} did not copy every row; the plain database is unchanged</source>
        <translation>加密 {path} 时未能复制全部数据行；未加密的数据库保持不变</translation>
    </message>
    <message>
        <source>{reason}.
The database {path} is to be encrypted with a key kept in the keyring. To keep it unencrypted on this laptop instead, say so once: vipcrm security allow-plain</source>
        <translation>{reason}。
数据库 {path} 需要用密钥环中保存的密钥加密。如果要在本机保持不加密，请执行一次：vipcrm security allow-plain</translation>
    </message>
    <message>
        <source>the database {path} is encrypted and its key is in the keyring: {reason}</source>
        <translation>数据库 {path} 已加密，其密钥在密钥环中：{reason}</translation>
    </message>
    <message>
        <source>the database {path} is missing; this laptop was connected to the central store {target} as {user}. Make a fresh copy from it with: vipcrm sync --fresh (or start an empty, unlinked database: vipcrm init)</source>
        <translation>数据库 {path} 不见了；这台电脑曾以 {user} 的身份连接中心库 {target}。可从中心库重新复制：vipcrm sync --fresh（或新建一个空的、未连接的数据库：vipcrm init）</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {reason}</source>
        <translation>无法打开数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>--db {path}: is a folder, not a database file</source>
        <translation>--db {path}：这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>the database {path} is not initialised; run &apos;vipcrm init&apos;</source>
        <translation>数据库 {path} 尚未初始化；请运行“vipcrm init”</translation>
    </message>
    <message>
        <source>--db {path}: cannot create its folder ({reason})</source>
        <translation>--db {path}：无法创建所在文件夹（{reason}）</translation>
    </message>
    <message>
        <source>--db {path}: cannot create it ({reason})</source>
        <translation>--db {path}：无法创建该文件（{reason}）</translation>
    </message>
    <message>
        <source>assign members</source>
        <translation>分配会员</translation>
    </message>
    <message>
        <source>reassign a member</source>
        <translation>重新分配会员</translation>
    </message>
    <message>
        <source>team {team} has no account managers to assign to</source>
        <translation>团队 {team} 没有可分配的客户经理</translation>
    </message>
    <message>
        <source>{phone} has left the club</source>
        <translation>{phone} 已离网</translation>
    </message>
    <message>
        <source>name the team (--team T)</source>
        <translation>请指定团队（--team T）</translation>
    </message>
    <message>
        <source>{field}: {phone} belongs to another team</source>
        <translation>{field}：{phone} 属于其他团队</translation>
    </message>
    <message>
        <source>change a member&apos;s mobile number</source>
        <translation>修改会员手机号码</translation>
    </message>
    <message>
        <source>{phone} already belongs to an active member</source>
        <translation>{phone} 已属于一位在网会员</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>backups are for the local SQLite database</source>
        <translation>备份仅适用于本地 SQLite 数据库</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: not an SQLite database (a foreign, damaged or encrypted file)</source>
        <translation>{path}：不是 SQLite 数据库（外来、损坏或已加密的文件）</translation>
    </message>
    <message>
        <source>{path}: no database to back up</source>
        <translation>{path}：没有可备份的数据库</translation>
    </message>
    <message>
        <source>{path}: truncated ({size} of {expected} bytes)</source>
        <translation>{path}：文件不完整（{size} / {expected} 字节）</translation>
    </message>
    <message>
        <source>{path}: truncated (not a whole number of pages)</source>
        <translation>{path}：文件不完整（页数不是整数）</translation>
    </message>
    <message>
        <source>{path}: not a readable vipcrm database ({reason})</source>
        <translation>{path}：不是可读取的 vipcrm 数据库（{reason}）</translation>
    </message>
    <message>
        <source>backup to {path} failed: {reason}</source>
        <translation>备份到 {path} 失败：{reason}</translation>
    </message>
    <message>
        <source>{path}: made by a newer vipcrm (schema {revision}); update vipcrm first</source>
        <translation>{path}：由更新版本的 vipcrm 创建（架构版本 {revision}）；请先升级 vipcrm</translation>
    </message>
    <message>
        <source>{path}: damaged ({check})</source>
        <translation>{path}：已损坏（{check}）</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a vipcrm one</source>
        <translation>{path}：是 SQLite 数据库，但不是 vipcrm 数据库</translation>
    </message>
    <message>
        <source>{path}: not a readable vipcrm database (wrong key, or a foreign or damaged file)</source>
        <translation>{path}：不是可读取的 vipcrm 数据库（密钥错误，或是外来或损坏的文件）</translation>
    </message>
    <message>
        <source>cannot open the database {url}: the key in the keyring does not open it (it is damaged, or not a vipcrm database)</source>
        <translation>无法打开数据库 {url}：钥匙串中的密钥打不开它（文件已损坏，或不是 vipcrm 数据库）</translation>
    </message>
    <message>
        <source>cannot open the database {url}: it is damaged, or not a database ({reason})</source>
        <translation>无法打开数据库 {url}：文件已损坏，或不是数据库（{reason}）</translation>
    </message>
    <message>
        <source>Restore the newest good backup with: vipcrm restore {path}</source>
        <translation>可恢复最新的完好备份：vipcrm restore {path}</translation>
    </message>
    <message>
        <source>{path}: encrypted with a key this laptop does not hold (a backup of another laptop&apos;s database?), or not a database at all; nothing was changed</source>
        <translation>{path}：用本机没有的密钥加密（是另一台电脑数据库的备份？），或根本不是数据库；未做任何改动</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}; restore one from elsewhere with: vipcrm restore PATH</source>
        <translation>在 {folder} 中没有找到完好的备份；可从别处恢复：vipcrm restore 路径</translation>
    </message>
    <message>
        <source>restore into {path} failed: {reason}; nothing was changed</source>
        <translation>恢复到 {path} 失败：{reason}；未做任何改动</translation>
    </message>
    <message>
        <source>no safety copy of {path} could be made ({reason}); nothing was changed</source>
        <translation>无法为 {path} 保留安全副本（{reason}）；未做任何改动</translation>
    </message>
    <message>
        <source>{benefit}: {member} has used {used} of the {allowance} a {tier} member has from {start} to {end}; a team lead can record one more as an exception, with a reason</source>
        <translation>{benefit}：{member} 作为{tier}会员在 {start} 至 {end} 期间共有 {allowance} 次，已用 {used} 次；团队长可以填写原因，按例外再记录一次</translation>
    </message>
    <message>
        <source>{left} of {allowance} left</source>
        <translation>{allowance} 次中剩余 {left} 次</translation>
    </message>
    <message>
        <source>no benefit {benefit}; the benefits are: {codes}</source>
        <translation>没有权益 {benefit}；现有权益：{codes}</translation>
    </message>
    <message>
        <source>{member} is a {tier} member, and {benefit} is for {tiers} members only; a team lead can record it as an exception, with a reason</source>
        <translation>{member} 是{tier}会员，而{benefit}仅限{tiers}会员；团队长可以填写原因，按例外记录</translation>
    </message>
    <message>
        <source>no yearly limit set</source>
        <translation>未设年度上限</translation>
    </message>
    <message>
        <source>{year} is not a year to show (2000..2100)</source>
        <translation>{year} 不是可显示的年份（2000 至 2100）</translation>
    </message>
    <message>
        <source>{benefit} applies from {day}, not yet on {on}</source>
        <translation>{benefit} 自 {day} 起生效，{on} 尚未生效</translation>
    </message>
    <message>
        <source>{member} holds no tier on {day}, so {benefit} is not theirs; a team lead can record it as an exception, with a reason</source>
        <translation>{member} 在 {day} 没有级别，不享有{benefit}；团队长可以填写原因，按例外记录</translation>
    </message>
    <message>
        <source>{benefit} is offered to no tier on {day}; a team lead can record it as an exception, with a reason</source>
        <translation>{day} 没有任何级别享有{benefit}；团队长可以填写原因，按例外记录</translation>
    </message>
    <message>
        <source>a benefit use is recorded on or before today</source>
        <translation>权益使用只能记录在今天或之前</translation>
    </message>
    <message>
        <source>{phone} has left the club; benefit uses are no longer recorded</source>
        <translation>{phone} 已退出俱乐部，不再记录权益使用</translation>
    </message>
    <message>
        <source>change a member benefit</source>
        <translation>修改会员权益</translation>
    </message>
    <message>
        <source>record a benefit use as an exception</source>
        <translation>按例外记录权益使用</translation>
    </message>
    <message>
        <source>{member} may use {benefit} on {day} without an exception ({left}); record it as a use</source>
        <translation>{member} 在 {day} 可以正常使用{benefit}（{left}），无需例外；请按普通使用记录</translation>
    </message>
    <message>
        <source>{benefit} is a new benefit: give its names in Chinese and English and its tiers (--name-zh, --name-en, --tiers)</source>
        <translation>{benefit} 是新权益：请给出中英文名称和享有的级别（--name-zh、--name-en、--tiers）</translation>
    </message>
    <message>
        <source>set a team budget</source>
        <translation>设置团队预算</translation>
    </message>
    <message>
        <source>set a manager&apos;s budget</source>
        <translation>设置客户经理预算</translation>
    </message>
    <message>
        <source>see the team budget</source>
        <translation>查看团队预算</translation>
    </message>
    <message>
        <source>{action}: {user} is not the lead of that team</source>
        <translation>{action}：{user} 不是该团队的团队长</translation>
    </message>
    <message>
        <source>{manager} is in no team; budgets come from a team&apos;s total</source>
        <translation>{manager} 不属于任何团队；预算来自团队总额</translation>
    </message>
    <message>
        <source>{field}: team {team} has no budget for {period}; set it first (budget set --team)</source>
        <translation>{field}：团队 {team} 没有 {period} 的预算；请先设置（budget set --team）</translation>
    </message>
    <message>
        <source>{field}: {manager} has {used} committed or spent in {period}; the allocation cannot be {amount}</source>
        <translation>{field}：{manager} 在 {period} 已占用或支出 {used}；分配额不能为 {amount}</translation>
    </message>
    <message>
        <source>{field}: the team reserve for {period} is {reserve}; allocating {amount} to {manager} needs {needed}</source>
        <translation>{field}：团队 {period} 的预留额为 {reserve}；给 {manager} 分配 {amount} 需要 {needed}</translation>
    </message>
    <message>
        <source>the team reserve for {period} is {reserve} and cannot cover the shortfall of {shortfall}; approval refused</source>
        <translation>团队 {period} 的预留额为 {reserve}，不足以弥补 {shortfall} 的缺口；不予批准</translation>
    </message>
    <message>
        <source>a budget cannot be negative</source>
        <translation>预算不能为负数</translation>
    </message>
    <message>
        <source>{field}: {committed} of {period} is already allocated to managers; the team total cannot be {amount}</source>
        <translation>{field}：{period} 已有 {committed} 分配给客户经理；团队总额不能为 {amount}</translation>
    </message>
    <message>
        <source>name a manager (--manager C)</source>
        <translation>请指定客户经理（--manager C）</translation>
    </message>
    <message>
        <source>{field}: {user} may not see {manager}&apos;s budget</source>
        <translation>{field}：{user} 无权查看 {manager} 的预算</translation>
    </message>
    <message>
        <source>name a team (--team T)</source>
        <translation>请指定团队（--team T）</translation>
    </message>
    <message>
        <source>import the working-day calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>start a card</source>
        <translation>开始制卡</translation>
    </message>
    <message>
        <source>record a card step</source>
        <translation>记录会员卡步骤</translation>
    </message>
    <message>
        <source>list cards</source>
        <translation>查看会员卡列表</translation>
    </message>
    <message>
        <source>{phone} already has a card on its way (state {state} since {since}); record its next step with &apos;vipcrm card step&apos;</source>
        <translation>{phone} 已有一张卡正在办理中（自 {since} 起为“{state}”）；请用“vipcrm card step”记录下一步</translation>
    </message>
    <message>
        <source>{on} is in the future; record a step once it happened</source>
        <translation>{on} 是将来的日期；请在步骤发生后再记录</translation>
    </message>
    <message>
        <source>{on} is before the card became {state} on {since}</source>
        <translation>{on} 早于会员卡于 {since} 变为“{state}”的日期</translation>
    </message>
    <message>
        <source>{phone} has no card on its way; start one with &apos;vipcrm card start --member ...&apos; (--remake for a re-made card)</source>
        <translation>{phone} 没有正在办理的卡；请用“vipcrm card start --member ...”开始制卡（补卡请加 --remake）</translation>
    </message>
    <message>
        <source>{step} needs the date agreed with the member</source>
        <translation>“{step}”需要填写与会员约定的日期</translation>
    </message>
    <message>
        <source>{agreed} is before the agreement ({on})</source>
        <translation>{agreed} 早于约定日期（{on}）</translation>
    </message>
    <message>
        <source>only goes with the step {step}</source>
        <translation>只能与步骤“{step}”一起使用</translation>
    </message>
    <message>
        <source>see the team&apos;s churn</source>
        <translation>查看团队流失情况</translation>
    </message>
    <message>
        <source>{year} has not begun yet</source>
        <translation>{year} 年尚未开始</translation>
    </message>
    <message>
        <source>{year} is not a year of the club&apos;s data</source>
        <translation>{year} 年不在俱乐部的数据范围内</translation>
    </message>
    <message>
        <source>{phone} has left the club; contacts are no longer logged</source>
        <translation>{phone} 已离网；不再记录联系</translation>
    </message>
    <message>
        <source>a contact cannot be logged in the future</source>
        <translation>不能记录将来的联系</translation>
    </message>
    <message>
        <source>only an SMS can go through the group platform</source>
        <translation>只有短信可以通过集团平台发送</translation>
    </message>
    <message>
        <source>{field}: no contact with id {ref}</source>
        <translation>{field}：没有编号为 {ref} 的联系记录</translation>
    </message>
    <message>
        <source>this contact is not an SMS sent through the 12580 group platform</source>
        <translation>该联系记录不是经12580集团短信平台发送的短信</translation>
    </message>
    <message>
        <source>this SMS was already confirmed as sent on {day}</source>
        <translation>该短信已于 {day} 核实发出</translation>
    </message>
    <message>
        <source>a confirmation cannot be in the future</source>
        <translation>核实时间不能在将来</translation>
    </message>
    <message>
        <source>an SMS cannot be confirmed before it was sent</source>
        <translation>核实时间不能早于短信发送时间</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a contact id (the contact_id of the item in &apos;vipcrm due --json&apos;)</source>
        <translation>“{ref}”不是联系记录编号（见 vipcrm due --json 中该事项的 contact_id）</translation>
    </message>
    <message>
        <source>{action}: needs one of the roles {roles}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}：需要以下角色之一：{roles}；“{user}”的角色是{current}</translation>
    </message>
    <message>
        <source>{action}: needs the role {role}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}：需要{role}角色；“{user}”的角色是{current}</translation>
    </message>
    <message>
        <source>{action}: needs the role {role} or {other}; &apos;{user}&apos; has the role {current}</source>
        <translation>{action}：需要{role}或{other}角色；“{user}”的角色是{current}</translation>
    </message>
    <message>
        <source>{action}: user &apos;{user}&apos; is not in this database; pass --user CODE (see &apos;vipcrm manager list&apos;)</source>
        <translation>{action}：用户“{user}”不在此数据库中；请使用 --user CODE 指定（参见“vipcrm manager list”）</translation>
    </message>
    <message>
        <source>see the team dashboard</source>
        <translation>查看团队看板</translation>
    </message>
    <message>
        <source>demo data goes only into an empty database; this one already has members</source>
        <translation>演示数据只能导入空数据库；此数据库已有会员</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>“{code}”必须为 1-32 个字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{field}: no team with code &apos;{code}&apos;</source>
        <translation>{field}：没有编号为“{code}”的团队</translation>
    </message>
    <message>
        <source>{field}: no account manager with code &apos;{code}&apos;</source>
        <translation>{field}：没有编号为“{code}”的客户经理</translation>
    </message>
    <message>
        <source>{field}: no group customer with code &apos;{code}&apos;</source>
        <translation>{field}：没有编号为“{code}”的集团客户</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>a team with code &apos;{code}&apos; already exists</source>
        <translation>编号为“{code}”的团队已存在</translation>
    </message>
    <message>
        <source>add a manager</source>
        <translation>添加客户经理</translation>
    </message>
    <message>
        <source>a manager with code &apos;{code}&apos; already exists</source>
        <translation>编号为“{code}”的客户经理已存在</translation>
    </message>
    <message>
        <source>add a group customer</source>
        <translation>添加集团客户</translation>
    </message>
    <message>
        <source>a group customer with code &apos;{code}&apos; already exists</source>
        <translation>编码为“{code}”的集团客户已存在</translation>
    </message>
    <message>
        <source>add a manager: a lead may add account managers only, not leads or admins</source>
        <translation>添加客户经理：团队长只能添加客户经理，不能添加团队长或管理员</translation>
    </message>
    <message>
        <source>add a manager: a lead may add managers only to their own team</source>
        <translation>添加客户经理：团队长只能向自己的团队添加客户经理</translation>
    </message>
    <message>
        <source>{days} is outside 0..{most} days</source>
        <translation>{days} 天超出了 0 至 {most} 天的范围</translation>
    </message>
    <message>
        <source>only an administrator looks at another team&apos;s items</source>
        <translation>只有管理员可以查看其他团队的待办事项</translation>
    </message>
    <message>
        <source>list what is due</source>
        <translation>列出待办事项</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s members are not visible to {user}</source>
        <translation>{field}：{user} 无权查看 {manager} 的会员</translation>
    </message>
    <message>
        <source>approve a gift</source>
        <translation>批准礼品</translation>
    </message>
    <message>
        <source>reject a gift</source>
        <translation>驳回礼品</translation>
    </message>
    <message>
        <source>deliver a gift</source>
        <translation>送达礼品</translation>
    </message>
    <message>
        <source>cancel a gift</source>
        <translation>取消礼品</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be approved; this one is {current}</source>
        <translation>只有状态为“{status}”的礼品才能批准；此礼品当前为“{current}”</translation>
    </message>
    <message>
        <source>{phone} has no account manager to carry the gift</source>
        <translation>{phone} 没有客户经理，无法申请礼品</translation>
    </message>
    <message>
        <source>a gift costs more than {zero} (a greeting alone is logged as a contact)</source>
        <translation>礼品金额须大于 {zero}（仅问候请记录为一次联系）</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a gift id (give at least its first 6 hex digits)</source>
        <translation>“{ref}”不是礼品编号（请至少输入前 6 位十六进制数字）</translation>
    </message>
    <message>
        <source>{field}: no gift {ref}</source>
        <translation>{field}：没有编号为 {ref} 的礼品</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches more than one gift; give more digits</source>
        <translation>“{ref}”匹配到多个礼品，请输入更多位数</translation>
    </message>
    <message>
        <source>say why the gift is approved (the comment is kept)</source>
        <translation>请填写批准理由（意见会被保存）</translation>
    </message>
    <message>
        <source>say why the gift is rejected</source>
        <translation>请填写驳回理由</translation>
    </message>
    <message>
        <source>a {status} gift cannot be cancelled (only {pending} or {approved} ones)</source>
        <translation>状态为“{status}”的礼品不能取消（只能取消“{pending}”或“{approved}”的礼品）</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be rejected; this one is {current}</source>
        <translation>只有状态为“{status}”的礼品才能驳回；此礼品当前为“{current}”</translation>
    </message>
    <message>
        <source>there is no gift budget for {manager}&apos;s team covering {day}; set the team budget first (budget set --team)</source>
        <translation>{manager} 所在团队没有涵盖 {day} 的礼品预算；请先设置团队预算（budget set --team）</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s gifts are not visible to {user}</source>
        <translation>{field}：{user} 无权查看 {manager} 的礼品</translation>
    </message>
    <message>
        <source>only a gift that is {status} can be delivered; this one is {current}</source>
        <translation>只有状态为“{status}”的礼品才能标记送达；此礼品当前为“{current}”</translation>
    </message>
    <message>
        <source>import a re-grading file</source>
        <translation>导入级别调整文件</translation>
    </message>
    <message>
        <source>{month} is older than the latest imported month {latest}</source>
        <translation>{month} 早于最近导入的月份 {latest}</translation>
    </message>
    <message>
        <source>--accept-leavers {given} does not match: {file} would mark {count} member(s) as left; nothing was written</source>
        <translation>--accept-leavers {given} 与实际不符：{file} 将把 {count} 位会员标记为离网；未写入任何数据</translation>
    </message>
    <message>
        <source>{file} would mark {count} of the {book} members as left ({share}), more than the {limit} allowed without confirmation; nothing was written. Check that it is the whole club&apos;s list for {month}; to import it anyway, confirm the number: --accept-leavers {count}</source>
        <translation>{file} 将把 {book} 位会员中的 {count} 位标记为离网（{share}），超过了无需确认的 {limit}；未写入任何数据。请核对它是否为 {month} 全俱乐部的名单；如仍要导入，请确认人数：--accept-leavers {count}</translation>
    </message>
    <message>
        <source>{file}: the columns are not as expected; nothing was written:
{problems}</source>
        <translation>{file}：列与预期不符，未写入任何数据：
{problems}</translation>
    </message>
    <message>
        <source>{count} bad row(s) in {file}; nothing was written (fix them, or --skip-invalid to import the good rows):
{problems}</source>
        <translation>{file} 中有 {count} 行有误，未写入任何数据（请修正，或使用 --skip-invalid 只导入正确的行）：
{problems}</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files can be imported</source>
        <translation>{file}：只能导入 .csv 和 .xlsx 文件</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} 是文件夹</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} 是空文件</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook ({reason})</source>
        <translation>{file} 不是可读取的 XLSX 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>{file}: unknown encoding {encoding}</source>
        <translation>{file}：未知编码 {encoding}</translation>
    </message>
    <message>
        <source>{file} does not look like an itemised phone bill (通话详单 / 短信详单): a bill has a header row with 起始时间, 对方号码 and 通信方式, and 通信时长 for calls or 信息类型 for SMS (docs/import-format.md lists the other names accepted)</source>
        <translation>{file} 不像是话费详单（通话详单 / 短信详单）：详单有一行表头，包含 起始时间、对方号码 和 通信方式，通话详单还有 通信时长，短信详单还有 信息类型（其他可接受的列名见 docs/import-format.md）</translation>
    </message>
    <message>
        <source>the header has a date but no time column (起始时间)</source>
        <translation>表头有日期列，但没有时间列（起始时间）</translation>
    </message>
    <message>
        <source>the time has no year, and no title above the header names the bill&apos;s month</source>
        <translation>时间没有年份，表头上方的标题也没有写明详单月份</translation>
    </message>
    <message>
        <source>not a call direction (主叫, 被叫 or 呼转)</source>
        <translation>不是通话方式（主叫、被叫或呼转）</translation>
    </message>
    <message>
        <source>not an SMS direction (发送 or 接收)</source>
        <translation>不是短信收发方式（发送或接收）</translation>
    </message>
    <message>
        <source>not a duration (like 1分23秒, 23秒, 1小时2分3秒 or 00:01:23)</source>
        <translation>不是通话时长（例如 1分23秒、23秒、1小时2分3秒 或 00:01:23）</translation>
    </message>
    <message>
        <source>the header has no call duration (通信时长) and no message type (信息类型): it is neither a call nor an SMS bill</source>
        <translation>表头既没有通信时长，也没有信息类型：既不是通话详单，也不是短信详单</translation>
    </message>
    <message>
        <source>not a date and time (like 2026-11-03 10:15:32)</source>
        <translation>不是日期和时间（例如 2026-11-03 10:15:32）</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>时间为空</translation>
    </message>
    <message>
        <source>{file}: the text is in none of UTF-8, GB18030, Big5 or UTF-16; save it as UTF-8 (or name its encoding)</source>
        <translation>{file}：文本编码不是 UTF-8、GB18030、Big5 或 UTF-16 中的任何一种；请另存为 UTF-8（或指明其编码）</translation>
    </message>
    <message>
        <source>{file} is not in {encoding}</source>
        <translation>{file} 不是 {encoding} 编码</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <source>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it, until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</source>
        <translation>{month} 的导入（{file}）无法在本机撤销：撤销数据只保存在导入它的电脑上，直到那台电脑导入下一个月为止；请在那台电脑上撤销，或导入 {month} 的正确文件（它将取代这次导入）</translation>
    </message>
    <message>
        <source>the import of {month} ({file}) cannot be undone on this laptop: its undo data is kept only on the laptop that imported it ({device}), until a later month is imported there; undo it there, or import the right file for {month} (it replaces this one)</source>
        <translation>{month} 的导入（{file}）无法在本机撤销：撤销数据只保存在导入它的电脑（{device}）上，直到那台电脑导入下一个月为止；请在那台电脑上撤销，或导入 {month} 的正确文件（它将取代这次导入）</translation>
    </message>
    <message>
        <source>undo a re-grading import</source>
        <translation>撤销升降级导入</translation>
    </message>
    <message>
        <source>{month} has no import to undo</source>
        <translation>{month} 没有可撤销的导入</translation>
    </message>
    <message>
        <source>the import of {month} cannot be undone: the import of {later} builds on it (undo {later} first)</source>
        <translation>{month} 的导入无法撤销：{later} 的导入以它为基础（请先撤销 {later}）</translation>
    </message>
    <message>
        <source>print the gift ledger</source>
        <translation>打印礼品台账</translation>
    </message>
    <message>
        <source>name a member by mobile number or id</source>
        <translation>请用手机号码或会员编号指定会员</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is neither a mobile number nor a member id</source>
        <translation>“{ref}”既不是手机号码也不是会员编号</translation>
    </message>
    <message>
        <source>{field}: no member with mobile number {phone}</source>
        <translation>{field}：没有手机号码为 {phone} 的会员</translation>
    </message>
    <message>
        <source>{field}: {phone} is not one of {manager}&apos;s members</source>
        <translation>{field}：{phone} 不是 {manager} 的会员</translation>
    </message>
    <message>
        <source>a key person needs both --group and --key-role</source>
        <translation>关键人须同时指定 --group 和 --key-role</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>不能小于零</translation>
    </message>
    <message>
        <source>see members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>{field}: no member with id {ref}</source>
        <translation>{field}：没有编号为 {ref} 的会员</translation>
    </message>
    <message>
        <source>add a member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>{field}: {actor} may not assign members to {manager}</source>
        <translation>{field}：{actor} 无权将会员分配给 {manager}</translation>
    </message>
    <message>
        <source>import a phone bill: user &apos;{user}&apos; is not in this database; pass --user CODE</source>
        <translation>导入话费详单：用户“{user}”不在此数据库中；请使用 --user CODE 指定</translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence}（{reason}）</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>……还有 {count} 条</translation>
    </message>
    <message>
        <source>the time is in the future</source>
        <translation>时间在将来</translation>
    </message>
    <message>
        <source>print the team&apos;s plans</source>
        <translation>打印团队计划</translation>
    </message>
    <message>
        <source>{field}: {user} may not print {manager}&apos;s plan (a manager prints their own, a team lead the team&apos;s)</source>
        <translation>{field}：{user} 无权打印 {manager} 的计划（客户经理只能打印自己的计划，团队长可打印本团队的计划）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>{action}: only the plan&apos;s own manager (or an admin) may do this</source>
        <translation>{action}：只有计划所属的客户经理（或管理员）可以执行此操作</translation>
    </message>
    <message>
        <source>generate a plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>move a plan item</source>
        <translation>调整计划事项日期</translation>
    </message>
    <message>
        <source>add a plan item</source>
        <translation>添加计划事项</translation>
    </message>
    <message>
        <source>remove a plan item</source>
        <translation>删除计划事项</translation>
    </message>
    <message>
        <source>mark a plan item done</source>
        <translation>将计划事项标记为完成</translation>
    </message>
    <message>
        <source>submit a plan</source>
        <translation>提交计划</translation>
    </message>
    <message>
        <source>approve a plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <source>reject a plan</source>
        <translation>驳回计划</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a {what} id (give at least 6 hex digits)</source>
        <translation>“{ref}”不是{what}编号（请至少输入 6 位十六进制数字）</translation>
    </message>
    <message>
        <source>{field}: no {what} {ref}</source>
        <translation>{field}：没有编号为 {ref} 的{what}</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches more than one {what}; give more digits</source>
        <translation>“{ref}”匹配到多个{what}，请输入更多位数</translation>
    </message>
    <message>
        <source>{field}: {user} may not see this plan</source>
        <translation>{field}：{user} 无权查看此计划</translation>
    </message>
    <message>
        <source>say whose plan (--manager CODE)</source>
        <translation>请指定是谁的计划（--manager CODE）</translation>
    </message>
    <message>
        <source>approve plans</source>
        <translation>审批计划</translation>
    </message>
    <message>
        <source>a plan is generated for a month or an ISO week</source>
        <translation>计划须按月或按 ISO 周生成</translation>
    </message>
    <message>
        <source>{manager} already has a plan for {period} ({status}); generate it again with replace to refresh the rule items</source>
        <translation>{manager} 已有 {period} 的计划（{status}）；如需刷新规则事项，请使用 replace 重新生成</translation>
    </message>
    <message>
        <source>{day} is outside the plan {period} ({start} to {end})</source>
        <translation>{day} 不在计划 {period} 的范围内（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>this item is done; untick it before moving it</source>
        <translation>此事项已完成；请先取消完成再调整日期</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not one of {kinds}</source>
        <translation>“{kind}”不是以下之一：{kinds}</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>超过了 {n} 个字符</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a benefit code (lower-case letters, digits and _, starting with a letter, e.g. airport_lounge)</source>
        <translation>“{code}”不是权益代码（小写字母、数字和 _，以字母开头，例如 airport_lounge）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a tier ({tiers}); separate tiers with commas</source>
        <translation>“{text}”不是级别（{tiers}）；多个级别用逗号分隔</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not TIER=N (e.g. gold=6, or gold=none for no yearly limit)</source>
        <translation>“{text}”不是 级别=次数 的格式（例如 gold=6；gold=none 表示不设年度上限）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the allowance is a whole number of uses a year, or none</source>
        <translation>“{text}”：额度须为每年的整数次数，或 none</translation>
    </message>
    <message>
        <source>{tier}: {value} is outside {low}..{high} uses a year</source>
        <translation>{tier}：{value} 超出每年 {low} 至 {high} 次的范围</translation>
    </message>
    <message>
        <source>must be a list of tiers</source>
        <translation>须为级别列表</translation>
    </message>
    <message>
        <source>must map tiers to uses a year</source>
        <translation>须为各级别对应的每年次数</translation>
    </message>
    <message>
        <source>must be calendar_year or membership_year</source>
        <translation>须为 calendar_year 或 membership_year</translation>
    </message>
    <message>
        <source>a benefit needs a name in Chinese and in English</source>
        <translation>权益须有中文和英文名称</translation>
    </message>
    <message>
        <source>{tier} members do not have {benefit}: an allowance is set only for the tiers that have it ({tiers})</source>
        <translation>{tier}会员不享有 {benefit}：只能为享有该权益的级别（{tiers}）设置额度</translation>
    </message>
    <message>
        <source>say what the item is (a note), or pick a member</source>
        <translation>请填写事项内容（备注），或选择一位会员</translation>
    </message>
    <message>
        <source>only your own items (visits, meetings, notes) can be removed; what the rules make due stays in the plan (move it to another day)</source>
        <translation>只能删除您自己添加的事项（走访、会议、备注）；服务规范要求的到期事项须保留在计划中（可改到其他日期）</translation>
    </message>
    <message>
        <source>the plan is already submitted</source>
        <translation>计划已提交</translation>
    </message>
    <message>
        <source>the plan is approved; change it first if it needs approval again</source>
        <translation>计划已批准；如需重新审批，请先修改计划</translation>
    </message>
    <message>
        <source>the plan changed since it was looked at (version {seen}, now {version}); look at it again before deciding</source>
        <translation>计划在您查看后已有改动（查看时为第 {seen} 版，现为第 {version} 版）；请重新查看后再审批</translation>
    </message>
    <message>
        <source>only a submitted plan can be decided on; this one is {status}</source>
        <translation>只能审批已提交的计划；此计划当前为“{status}”</translation>
    </message>
    <message>
        <source>say why the plan is approved (the comment is kept)</source>
        <translation>请填写批准该计划的理由（意见会被保存）</translation>
    </message>
    <message>
        <source>say why the plan is rejected</source>
        <translation>请填写驳回理由</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month or an ISO week (2026-12, 2026-W49)</source>
        <translation>“{text}”不是月份或 ISO 周（如 2026-12、2026-W49）</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>{field}: {manager}&apos;s plans are not visible to {user}</source>
        <translation>{field}：{user} 无权查看 {manager} 的计划</translation>
    </message>
    <message>
        <source>{day} is a day off ({why}); a plan puts work on working days only</source>
        <translation>{day} 是休息日（{why}）；计划只安排在工作日</translation>
    </message>
    <message>
        <source>{day} is a weekend day; a plan puts work on working days only</source>
        <translation>{day} 是周末；计划只安排在工作日</translation>
    </message>
    <message>
        <source>{phone} is not in this plan&apos;s book</source>
        <translation>{phone} 不在此计划的客户名单中</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a landline number (e.g. 010-12345678, extension -123)</source>
        <translation>“{text}”不是固定电话号码（如 010-12345678，分机 -123）</translation>
    </message>
    <message>
        <source>{tier} has two steps</source>
        <translation>{tier}设了两个节点</translation>
    </message>
    <message>
        <source>{tier}: {day} is outside the campaign&apos;s period {start} to {end}</source>
        <translation>{tier}：{day} 不在活动期间 {start} 至 {end} 内</translation>
    </message>
    <message>
        <source>{tier}: the campaign targets {tiers} only</source>
        <translation>{tier}：本活动只面向{tiers}会员</translation>
    </message>
    <message>
        <source>{count} saved plan(s) not yet approved keep {code}&apos;s items on their old days ({plans}); a plan is its manager&apos;s: they spread it again with Plans → Generate again… (vipcrm plans generate --period P --replace)</source>
        <translation>有 {count} 份尚未批准的已保存计划（{plans}）仍把活动 {code} 的事项排在原来的日期；计划属于客户经理本人，请其在“服务计划”中点“重新生成…”（或 vipcrm plans generate --period 期间 --replace）重新安排</translation>
    </message>
    <message>
        <source>{field}: no campaign {code}</source>
        <translation>{field}：没有活动 {code}</translation>
    </message>
    <message>
        <source>campaign {code} is run by more than one team ({teams}); name one with --team</source>
        <translation>活动 {code} 有多个团队在用（{teams}），请用 --team 指明团队</translation>
    </message>
    <message>
        <source>list campaigns</source>
        <translation>列出活动</translation>
    </message>
    <message>
        <source>show a campaign</source>
        <translation>查看活动</translation>
    </message>
    <message>
        <source>add a campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>a campaign {code} already exists</source>
        <translation>活动 {code} 已存在</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>a campaign by SMS needs its SMS template</source>
        <translation>通过短信开展的活动需要短信模板</translation>
    </message>
    <message>
        <source>no member matches the campaign&apos;s target; nothing was written</source>
        <translation>没有会员符合活动的目标；未写入任何内容</translation>
    </message>
    <message>
        <source>close a campaign</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>{code} is the administrator&apos;s campaign; only an administrator closes it</source>
        <translation>{code} 是管理员的活动，只有管理员可以结束</translation>
    </message>
    <message>
        <source>{code} is already closed</source>
        <translation>{code} 已经结束</translation>
    </message>
    <message>
        <source>change a campaign</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>{code} is the administrator&apos;s campaign; only an administrator changes it</source>
        <translation>{code} 是管理员的活动，只有管理员可以修改</translation>
    </message>
    <message>
        <source>{code} is closed; a closed campaign is not changed</source>
        <translation>{code} 已结束，已结束的活动不能修改</translation>
    </message>
    <message>
        <source>nothing to change: give a new end, a step or a step to clear</source>
        <translation>没有要修改的内容：请给出新的结束日期、节点或要取消的节点</translation>
    </message>
    <message>
        <source>record a campaign outcome</source>
        <translation>记录活动结果</translation>
    </message>
    <message>
        <source>{code} is closed</source>
        <translation>{code} 已结束</translation>
    </message>
    <message>
        <source>{phone} is not in campaign {code}</source>
        <translation>{phone} 不在活动 {code} 的名单中</translation>
    </message>
    <message>
        <source>a {result} needs a reached contact</source>
        <translation>“{result}”需要一次已联系上的联系记录</translation>
    </message>
    <message>
        <source>a lead adds campaigns to their own team only</source>
        <translation>团队长只能为本团队新建活动</translation>
    </message>
    <message>
        <source>the end {end} is before today {today}</source>
        <translation>结束日期 {end} 早于今天 {today}</translation>
    </message>
    <message>
        <source>{tier} is given a step and cleared at once</source>
        <translation>{tier}同时被设置节点又被取消节点</translation>
    </message>
    <message>
        <source>{tier} has no step to clear</source>
        <translation>{tier}没有可取消的节点</translation>
    </message>
    <message>
        <source>{file}: row {row}, {column}: no active member with mobile number {phone} in your book</source>
        <translation>{file}：第 {row} 行，{column}：您的客户中没有手机号为 {phone} 的在网会员</translation>
    </message>
    <message>
        <source>{phone} was not reached between {start} and {end}; log the reached call or SMS first (or record unreachable)</source>
        <translation>{start} 至 {end} 期间未联系上 {phone}；请先记录联系上的电话或短信（或记录为联系不上）</translation>
    </message>
    <message>
        <source>no contact with {phone} is logged between {start} and {end}; log the call or SMS first</source>
        <translation>{start} 至 {end} 期间没有与 {phone} 的联系记录；请先记录电话或短信</translation>
    </message>
    <message>
        <source>{file}: row {row}: no column of mobile numbers (a header such as &apos;phone&apos; or &apos;手机号码&apos;, or the numbers themselves)</source>
        <translation>{file}：第 {row} 行：找不到手机号码列（表头如“phone”或“手机号码”，或直接是号码）</translation>
    </message>
    <message>
        <source>{file}: row {row}, {column}: {reason}</source>
        <translation>{file}：第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
        <source>{code} is closed; only an open campaign takes a bill</source>
        <translation>{code} 已结束；只有进行中的活动可以关联详单</translation>
    </message>
    <message>
        <source>{phone} has left the club; the profile is closed</source>
        <translation>{phone} 已离网，资料已关闭</translation>
    </message>
    <message>
        <source>write something first</source>
        <translation>请先填写内容</translation>
    </message>
    <message>
        <source>print the team&apos;s work-log review</source>
        <translation>打印团队工作日志审阅表</translation>
    </message>
    <message>
        <source>change a service rule</source>
        <translation>修改服务规范</translation>
    </message>
    <message>
        <source>change a gift cap</source>
        <translation>修改礼品上限</translation>
    </message>
    <message>
        <source>a cap cannot be negative</source>
        <translation>上限不能为负数</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a JSON value (e.g. 5 or {example})</source>
        <translation>“{text}”不是 JSON 值（如 5 或 {example}）</translation>
    </message>
    <message>
        <source>see the team&apos;s trends</source>
        <translation>查看团队趋势</translation>
    </message>
    <message>
        <source>{month} has not begun yet</source>
        <translation>{month} 尚未开始</translation>
    </message>
    <message>
        <source>{field}: {actor} may not read {manager}&apos;s work log</source>
        <translation>{field}：{actor} 无权查看 {manager} 的工作日志</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>a work log covers at most {days} days</source>
        <translation>工作日志最多涵盖 {days} 天</translation>
    </message>
    <message>
        <source>name a manager: this user keeps no work log</source>
        <translation>请指定客户经理：此用户没有工作日志</translation>
    </message>
    <message>
        <source>this database is not a vipcrm central store yet; run &apos;vipcrm central init&apos; first</source>
        <translation>此数据库还不是 vipcrm 中心库；请先运行“vipcrm central init”</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a usable login name (1-63 characters)</source>
        <translation>“{login}”不是可用的登录名（1-63 个字符）</translation>
    </message>
    <message>
        <source>a {role} belongs to a team (--team T)</source>
        <translation>{role}须属于一个团队（--team T）</translation>
    </message>
    <message>
        <source>must be at least 8 characters</source>
        <translation>至少需要 8 个字符</translation>
    </message>
    <message>
        <source>the central store is at schema {current}, newer than this vipcrm ({supported}); use the newer vipcrm to administer it</source>
        <translation>中心库的数据库结构版本为 {current}，比此 vipcrm 支持的版本（{supported}）更新；请使用较新版本的 vipcrm 进行管理</translation>
    </message>
    <message>
        <source>central init needs a superuser or a role with CREATEROLE (it creates roles)</source>
        <translation>central init 需要超级用户或具有 CREATEROLE 权限的角色（它会创建角色）</translation>
    </message>
    <message>
        <source>team &apos;{code}&apos; already exists</source>
        <translation>团队“{code}”已存在</translation>
    </message>
    <message>
        <source>a PostgreSQL role &apos;{login}&apos; already exists</source>
        <translation>PostgreSQL 角色“{login}”已存在</translation>
    </message>
    <message>
        <source>user &apos;{code}&apos; already exists (login {login})</source>
        <translation>用户“{code}”已存在（登录名 {login}）</translation>
    </message>
    <message>
        <source>the central store&apos;s settings stayed in use for {seconds} s (an open transaction?); nothing was pruned</source>
        <translation>中心库的设置表被占用了 {seconds} 秒（可能有未结束的事务）；未清理任何内容</translation>
    </message>
    <message>
        <source>{count} laptop(s) were still syncing after {seconds} s; nothing was pruned, try again later</source>
        <translation>{seconds} 秒后仍有 {count} 台笔记本在同步；未清理任何内容，请稍后再试</translation>
    </message>
    <message>
        <source>{field}: no user &apos;{code}&apos; (add it with &apos;central user add&apos;)</source>
        <translation>{field}：没有用户“{code}”（请用“central user add”添加）</translation>
    </message>
    <message>
        <source>{field}: no team &apos;{code}&apos; (add it with &apos;central team add&apos;)</source>
        <translation>{field}：没有团队“{code}”（请用“central team add”添加）</translation>
    </message>
    <message>
        <source>only the owner role {owner} may prune the change log: connect as a superuser or a member of {owner}</source>
        <translation>只有所有者角色 {owner} 可以清理变更日志：请以超级用户或 {owner} 的成员身份连接</translation>
    </message>
    <message>
        <source>the central store predates pruning by age; run &apos;vipcrm central init&apos; with this vipcrm first</source>
        <translation>中心库版本较旧，尚不支持按时间清理；请先用当前版本的 vipcrm 运行 &apos;vipcrm central init&apos;</translation>
    </message>
    <message>
        <source>central init failed: {reason}</source>
        <translation>central init 失败：{reason}</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not one of mine, theirs</source>
        <translation>“{keep}”不是 mine 或 theirs</translation>
    </message>
    <message>
        <source>{field}: no conflict {id} (see &apos;vipcrm conflicts&apos;)</source>
        <translation>{field}：没有冲突 {id}（请查看“vipcrm conflicts”）</translation>
    </message>
    <message>
        <source>conflict {id} was resolved already ({kept})</source>
        <translation>冲突 {id} 已处理过（{kept}）</translation>
    </message>
    <message>
        <source>{field}: the {table} row of conflict {id} is no longer on this laptop (reassigned or removed); keep theirs instead</source>
        <translation>{field}：冲突 {id} 涉及的 {table} 记录已不在此笔记本电脑上（已重新分配或删除）；请改为保留对方（theirs）的版本</translation>
    </message>
    <message>
        <source>campaign {code} {name}: the {tier} step {step} was not saved: after an edit on another laptop it falls outside the campaign&apos;s period ({start} – {end}); sync, then set the step again (Edit steps)</source>
        <translation>活动 {code} {name}：{tier}节点 {step} 未保存——另一台电脑刚修改过这个活动，该日期已不在活动期间（{start} – {end}）内；请先同步，再重新设置节点（修改节点）</translation>
    </message>
    <message>
        <source>your {count} change(s) stay in the outbox on this laptop</source>
        <translation>您的 {count} 项修改仍保留在此笔记本电脑的待发送队列中</translation>
    </message>
    <message>
        <source>nothing on this laptop is lost</source>
        <translation>此笔记本电脑上的数据不会丢失</translation>
    </message>
    <message>
        <source>campaign {code} {name}: the new end {end} was not saved: after an edit on another laptop the {tier} step {step} falls after it; sync, then move the step earlier and the end again (Edit steps)</source>
        <translation>活动 {code} {name}：新的结束日期 {end} 未保存——另一台电脑已把{tier}节点设为 {step}，晚于该日期；请先同步，再在“修改节点”中把节点提前并重新修改结束日期</translation>
    </message>
    <message>
        <source>this vipcrm (sync protocol {client}) is too old for the central store, which needs protocol {needed} or newer: update vipcrm; {kept}</source>
        <translation>此 vipcrm（同步协议 {client}）版本过旧，中心库需要协议 {needed} 或更高版本：请更新 vipcrm；{kept}</translation>
    </message>
    <message>
        <source>the central store has schema {schema}, older than this vipcrm needs ({needed}); it will not write to it. The operator runs &apos;vipcrm central init&apos; with this version; {kept}</source>
        <translation>中心库的数据库结构版本为 {schema}，低于此 vipcrm 所需的版本（{needed}），因此不会写入。请运维人员用此版本运行“vipcrm central init”；{kept}</translation>
    </message>
    <message>
        <source>the login {login} is not linked to a vipcrm user; {kept}</source>
        <translation>登录名 {login} 未关联任何 vipcrm 用户；{kept}</translation>
    </message>
    <message>
        <source>this laptop is not connected to a central store; run &apos;vipcrm connect --dsn &quot;host=... dbname=...&quot; --user CODE&apos; first</source>
        <translation>此笔记本电脑尚未连接中心库；请先运行“vipcrm connect --dsn &quot;host=... dbname=...&quot; --user CODE”</translation>
    </message>
    <message>
        <source>name the vipcrm user (--user CODE)</source>
        <translation>请指定 vipcrm 用户（--user CODE）</translation>
    </message>
    <message>
        <source>leave the password out of the connection string; it goes to the keyring</source>
        <translation>请不要在连接字符串中包含密码；密码会保存到密钥环中</translation>
    </message>
    <message>
        <source>no password for {login} in the keyring; run &apos;vipcrm connect --dsn ... --user {user}&apos; again</source>
        <translation>密钥环中没有 {login} 的密码；请重新运行“vipcrm connect --dsn ... --user {user}”</translation>
    </message>
    <message>
        <source>the login {login} is not linked to a vipcrm user on the central store</source>
        <translation>登录名 {login} 在中心库中未关联任何 vipcrm 用户</translation>
    </message>
    <message>
        <source>the login {login} belongs to {owner}, not {user}</source>
        <translation>登录名 {login} 属于 {owner}，而不是 {user}</translation>
    </message>
    <message>
        <source>the connection to {target} was lost during sync ({reason})</source>
        <translation>同步过程中与 {target} 的连接中断（{reason}）</translation>
    </message>
    <message>
        <source>{target} is not a vipcrm central store (or this login may not use it); the operator runs &apos;vipcrm central init&apos;</source>
        <translation>{target} 不是 vipcrm 中心库（或此登录名无权使用）；请运维人员运行“vipcrm central init”</translation>
    </message>
    <message>
        <source>{field}: not a PostgreSQL connection string ({reason})</source>
        <translation>{field}：不是有效的 PostgreSQL 连接字符串（{reason}）</translation>
    </message>
    <message>
        <source>the central store {target} cannot be reached: {reason}</source>
        <translation>无法连接中心库 {target}：{reason}</translation>
    </message>
    <message>
        <source>the central store {target} refused the login: {reason}</source>
        <translation>中心库 {target} 拒绝登录：{reason}</translation>
    </message>
    <message>
        <source>the central store {target}: {reason}</source>
        <translation>中心库 {target}：{reason}</translation>
    </message>
    <message>
        <source>sync needs the laptop&apos;s own SQLite database (--db FILE)</source>
        <translation>同步需要使用本机自己的 SQLite 数据库（--db FILE）</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; should end in .xlsx</source>
        <translation>“{path}”的扩展名应为 .xlsx</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month, ISO week or year (2026-12, 2026-W49, 2026)</source>
        <translation>“{text}”不是月份、ISO 周或年份（如 2026-12、2026-W49、2026）</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password ({reason}). Start or unlock the desktop keyring (GNOME Keyring / KWallet via the Secret Service, macOS Keychain, Windows Credential Locker), or choose a backend with PYTHON_KEYRING_BACKEND</source>
        <translation>没有可用于保存密码的密钥环（{reason}）。请启动或解锁桌面密钥环（通过 Secret Service 的 GNOME Keyring / KWallet、macOS 钥匙串、Windows 凭据管理器），或通过 PYTHON_KEYRING_BACKEND 选择后端</translation>
    </message>
    <message>
        <source>only a plain-text test keyring ({backend} from keyrings.alt) is installed. Start or unlock the desktop keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker), or name a backend with PYTHON_KEYRING_BACKEND</source>
        <translation>只安装了明文存储的测试密钥环（keyrings.alt 中的 {backend}）。请启动或解锁桌面密钥环（Secret Service、KWallet、macOS 钥匙串、Windows 凭据管理器），或通过 PYTHON_KEYRING_BACKEND 指定后端</translation>
    </message>
    <message>
        <source>the keyring refused to read &apos;{key}&apos;: {reason}</source>
        <translation>密钥环拒绝读取“{key}”：{reason}</translation>
    </message>
    <message>
        <source>the keyring refused to store &apos;{key}&apos;: {reason}</source>
        <translation>密钥环拒绝保存“{key}”：{reason}</translation>
    </message>
    <message>
        <source>the keyring refused to delete &apos;{key}&apos;: {reason}</source>
        <translation>密钥环拒绝删除“{key}”：{reason}</translation>
    </message>
    <message>
        <source>this installation of vipcrm is damaged: {name} ({reason}); reinstall vipcrm</source>
        <translation>vipcrm 的安装已损坏：{name}（{reason}）；请重新安装 vipcrm</translation>
    </message>
    <message>
        <source>not a file on disk</source>
        <translation>不是磁盘上的文件</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>the review is printed for a lead&apos;s own team</source>
        <translation>工作检查表只能为团队长自己的团队打印</translation>
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
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only at start and on F5</source>
        <translation>仅在启动时和按 F5 时</translation>
    </message>
    <message>
        <source>How often vipcrm syncs with the central store while this laptop is connected; 0: only when it starts and when you press F5.</source>
        <translation>本机联网时 vipcrm 与中心库同步的间隔；0 表示仅在启动时和按 F5 时同步。</translation>
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
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
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
    <name>Shortcuts</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Today, Members: open the selected member</source>
        <translation>今日、会员：打开所选会员</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Members: close the member page</source>
        <translation>会员：关闭会员页面</translation>
    </message>
    <message>
        <source>Log a contact: log it as reached</source>
        <translation>记录联系：记为已接通</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Gifts: mark the selected gift delivered</source>
        <translation>礼品：将所选礼品标记为已送达</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Gifts: cancel the selected gift</source>
        <translation>礼品：取消所选礼品</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <source>the button or field whose letter is underlined</source>
        <translation>带下划线字母的按钮或输入框</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
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
    <name>StartCardDialog</name>
    <message>
        <source>Start a card</source>
        <translation>开始制卡</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>type a name or mobile number</source>
        <translation>输入姓名或手机号</translation>
    </message>
    <message>
        <source>&amp;New card (data collected at first contact)</source>
        <translation>新卡（首次联系时已收集制卡数据）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Re-made card (补卡) that arrived</source>
        <translation>已到的补卡(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. ID checked, form signed (kept as the trace)</source>
        <translation>例如：已核验身份证、已签表（留作痕迹）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>会员卡：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Members with a card on their way are not listed: record that card&apos;s next step instead. A re-made card starts at “%1”.</source>
        <translation>已有在办会员卡的会员不在列表中：请改为记录该卡的下一步。补卡从“%1”开始。</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>请从列表中选择一位会员。</translation>
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
    <name>StepsRow</name>
    <message>
        <source>Tick to have this tier&apos;s members contacted by an earlier day</source>
        <translation>勾选后，该级别会员须在更早的日期前联系</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Refused changes…</source>
        <translation>被拒绝的更改…</translation>
    </message>
    <message>
        <source>Nothing to sync: this laptop is not connected to a central store (vipcrm connect; the user guide says how).</source>
        <translation>无需同步：本机未连接中心库（vipcrm connect；方法见使用指南）。</translation>
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
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>differs from the central store</source>
        <translation>与中心库不一致</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repaired</source>
        <translation>
            <numerusform>已修复 %n 行</numerusform>
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
        <source>Click to see the refused changes; F5 syncs now.</source>
        <translation>点击查看被拒绝的更改；按 F5 立即同步。</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>点击立即同步（F5）。</translation>
    </message>
    <message>
        <source>Checked against the central store %1: this laptop differs (%2), even after a repair; make a fresh copy: vipcrm sync --fresh</source>
        <translation>%1 与中心库核对：本机数据不一致（%2），修复后仍不一致；请重新完整复制：vipcrm sync --fresh</translation>
    </message>
    <message>
        <source>Checked against the central store %1: %2 row(s) differed (%3) and were repaired</source>
        <translation>%1 与中心库核对：%2 行不一致（%3），已修复</translation>
    </message>
    <message>
        <source>Checked against the central store %1: equal</source>
        <translation>%1 与中心库核对：一致</translation>
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
        <source>Region summary (all teams)</source>
        <translation>区域汇总（全部团队）</translation>
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
        <source>Confirm 12580 sen&amp;t</source>
        <translation>核实12580已发(&amp;T)</translation>
    </message>
    <message>
        <source>The SMS sent through the 12580 group platform was really sent</source>
        <translation>经12580集团短信平台发送的短信确已发出</translation>
    </message>
    <message>
        <source>Open a team&apos;s list with Enter or a double click</source>
        <translation>按回车或双击打开该团队的列表</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>There are no teams yet.</source>
        <translation>还没有任何团队。</translation>
    </message>
    <message>
        <source>The list of what is due could not be worked out:
%1</source>
        <translation>无法计算待办事项：
%1</translation>
    </message>
    <message>
        <source>Confirmed the 12580 SMS to %1 as sent.</source>
        <translation>已核实发给%1的12580短信确已发出。</translation>
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
    <name>TrendsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The trends could not be loaded.</source>
        <translation>无法加载趋势数据。</translation>
    </message>
    <message>
        <source>Trends of team %1</source>
        <translation>%1 团队趋势</translation>
    </message>
    <message>
        <source>Trends of every team</source>
        <translation>全部团队趋势</translation>
    </message>
    <message>
        <source>Point at a line or a bar to read its figure. The service standard is a month&apos;s routine and care items done on time; the slipping manager comes first.</source>
        <translation>将鼠标指向折线或柱形即可查看数值。服务标准指当月例行与关怀事项按时完成的比例；下滑的客户经理排在最前。</translation>
    </message>
    <message>
        <source>Churn year to date, %1, against the targets</source>
        <translation>%1 年累计离网率与目标</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation>离网率（%）</translation>
    </message>
    <message>
        <source>All VIP</source>
        <translation>全部 VIP</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Diamond + gold</source>
        <translation>钻卡+金卡</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>%1 以内</translation>
    </message>
    <message>
        <source>%1, target through %2: %3</source>
        <translation>%1，截至 %2 的目标：%3</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>超出目标</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>%1, January to %2: %3 (%4 of %5 left); target %6 %7</source>
        <translation>%1，1 月至 %2：%3（%5 人中离网 %4 人）；目标 %6 %7</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1（至今）</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 managers</source>
        <translation>%1：%3 位客户经理中的前 %2 位</translation>
    </message>
    <message>
        <source>%1, %2: nothing judged yet (%3 items not yet due)</source>
        <translation>%1，%2：尚无可评判事项（%3 项未到期）</translation>
    </message>
    <message>
        <source>%1, %2: %3 on time (%4 of %5 items; %6 missed)</source>
        <translation>%1，%2：按时完成 %3（%5 项中完成 %4 项；错过 %6 项）</translation>
    </message>
    <message>
        <source>Service standard per manager, last 6 months (slipping first)</source>
        <translation>各客户经理近 6 个月服务标准（下滑者在前）</translation>
    </message>
    <message>
        <source>Done on time (%)</source>
        <translation>按时完成（%）</translation>
    </message>
    <message>
        <source>%1, end of %2: %3 items overdue</source>
        <translation>%1，%2 月末：逾期 %3 项</translation>
    </message>
    <message>
        <source>Overdue items per manager at each month&apos;s end</source>
        <translation>各客户经理每月末逾期事项</translation>
    </message>
    <message>
        <source>Items overdue</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Gift budget per manager: spent, committed, unused (yuan)</source>
        <translation>各客户经理礼品预算：已支出、已占用、未使用（元）</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 allocated (%5)</source>
        <translation>%1：%2 %3，预算 %4（%5）</translation>
    </message>
    <message>
        <source>no budget line</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>Re-grading flow, last 6 months: joined, up, down, left</source>
        <translation>近 6 个月定级变动：加入、升级、降级、离网</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>%1: %2 joined (new or back)</source>
        <translation>%1：加入 %2 人（新入或回归）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>%1: %2 moved up a tier</source>
        <translation>%1：升级 %2 人</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>%1: %2 moved down a tier</source>
        <translation>%1：降级 %2 人</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离网</translation>
    </message>
    <message>
        <source>%1: %2 left the club</source>
        <translation>%1：离网 %2 人</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>vipcrm user guide</source>
        <translation>vipcrm 使用指南</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;phone records…</source>
        <translation>导入话单(&amp;P)…</translation>
    </message>
    <message>
        <source>Import the &amp;re-grading file…</source>
        <translation>导入升降级文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Import a working-day &amp;calendar…</source>
        <translation>导入工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export the dashboard to Excel…</source>
        <translation>导出团队看板到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>打印服务计划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find a member…</source>
        <translation>查找会员(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About vipcrm…</source>
        <translation>关于 vipcrm(&amp;A)…</translation>
    </message>
    <message>
        <source>The dashboard is still being counted; try again in a moment.</source>
        <translation>团队看板仍在统计，请稍后再试。</translation>
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
    <message>
        <source> (phone bill)</source>
        <translation>（话费详单）</translation>
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
        <source>Import &amp;phone records…</source>
        <translation>导入话单(&amp;P)…</translation>
    </message>
    <message>
        <source>Log the calls and SMS of your own phone&apos;s itemised bill (通话/短信详单)</source>
        <translation>把您本人手机话费详单（通话/短信详单）中的通话和短信记录为联系</translation>
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
