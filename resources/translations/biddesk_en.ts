<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>关于评标台</source>
        <translation>About BidDesk</translation>
    </message>
    <message>
        <source>版本 %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>政府采购评审与投标响应的桌面工具：代理机构组织评审与出具报告，评审专家独立评分，投标人填写、自查并打印响应文件。完全离线工作。</source>
        <translation>A desktop tool for government-procurement evaluation and tender response: agents run the evaluation and write the reports, experts score on their own, bidders fill in, check and print their response. Works fully offline.</translation>
    </message>
    <message>
        <source>找不到许可文件：%1</source>
        <translation>The licence file was not found: %1</translation>
    </message>
    <message>
        <source>随附的字体与程序库及其许可：</source>
        <translation>Bundled fonts and libraries and their licences:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>审查结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>委员会决定</source>
        <translation>Committee decisions</translation>
    </message>
    <message>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>异常低价审查</source>
        <translation>Abnormally low price review</translation>
    </message>
    <message>
        <source>成员提交</source>
        <translation>Member submission</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>招标设置</source>
        <translation>Tender set-up</translation>
    </message>
    <message>
        <source>并列表决</source>
        <translation>Tie vote</translation>
    </message>
    <message>
        <source>第六十四条复核</source>
        <translation>Art.64 check</translation>
    </message>
    <message>
        <source>报价</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>协商记录</source>
        <translation>Negotiation record</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>重新评审</source>
        <translation>Re-evaluation</translation>
    </message>
    <message>
        <source>审计日志 — %1</source>
        <translation>Audit log — %1</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 %1 条，显示 %2 条</source>
        <translation>%1 events, %2 shown</translation>
    </message>
</context>
<context>
    <name>BiddersPage</name>
    <message>
        <source>大型</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>中型</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>小型</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>微型</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>大写金额无法识别：%1</source>
        <translation>Cannot read the amount in words: %1</translation>
    </message>
    <message>
        <source>大写 %1 与小写 %2 不一致，以大写为准</source>
        <translation>Amount in words %1 differs from amount in figures %2; the amount in words prevails</translation>
    </message>
    <message>
        <source>报价 %1 超过最高限价（或预算）%2，投标无效</source>
        <translation>Price %1 exceeds the price ceiling (or budget) %2; the bid is invalid</translation>
    </message>
    <message>
        <source>项目未填写所属行业，无法按划型标准核对企业规模</source>
        <translation>The project has no industry set, so the enterprise size cannot be checked against the size thresholds</translation>
    </message>
    <message>
        <source>声明数据有误：%1</source>
        <translation>Invalid declaration figures: %1</translation>
    </message>
    <message>
        <source>声明数据不全（缺 %1），无法划型</source>
        <translation>Declaration incomplete (missing %1); size cannot be determined</translation>
    </message>
    <message>
        <source>声明为%1，按所属行业划型标准应为%2</source>
        <translation>Declared %1, but the industry's size thresholds give %2</translation>
    </message>
    <message>
        <source>评标委员会 %1 人，少于 %2 人</source>
        <translation>Evaluation committee has %1 members, fewer than %2</translation>
    </message>
    <message>
        <source>评标委员会 %1 人，应为单数</source>
        <translation>Evaluation committee has %1 members; the number must be odd</translation>
    </message>
    <message>
        <source>专家 %1 人（共 %2 人），少于三分之二</source>
        <translation>%1 experts out of %2 members: fewer than two thirds</translation>
    </message>
    <message>
        <source>尚未确定评标委员会组长</source>
        <translation>No committee leader chosen yet</translation>
    </message>
    <message>
        <source>组长 %1 不是委员会成员</source>
        <translation>Leader %1 is not a committee member</translation>
    </message>
    <message>
        <source>是另一项目的投标响应（%1），本项目为 %2</source>
        <translation>is a response to another tender (%1); this project is %2</translation>
    </message>
    <message>
        <source>投标人“%1”已在开标记录中（重复）</source>
        <translation>bidder “%1” is already in the opening record (duplicate)</translation>
    </message>
    <message>
        <source>无法读取，或不是有效的投标响应文件</source>
        <translation>cannot be read, or is not a valid response file</translation>
    </message>
    <message>
        <source>投标人名称不能为空</source>
        <translation>Bidder name cannot be empty</translation>
    </message>
    <message>
        <source>编号不能为空</source>
        <translation>ID cannot be empty</translation>
    </message>
    <message>
        <source>报价需填写小写或大写金额</source>
        <translation>Enter the price as an amount in figures or in words</translation>
    </message>
    <message>
        <source>大写费率无法识别（应如 百分之捌拾陆点伍）：%1</source>
        <translation>Rate in capitals unreadable (write it as 百分之 / per cent capitals, e.g. 百分之捌拾陆点伍): %1</translation>
    </message>
    <message>
        <source>联合体协议</source>
        <translation>Consortium agreement</translation>
    </message>
    <message>
        <source>分包意向协议</source>
        <translation>Subcontract agreement</translation>
    </message>
    <message>
        <source>合作方式应为 联合体协议 或 分包意向协议</source>
        <translation>The arrangement is a consortium agreement or a subcontract agreement</translation>
    </message>
    <message>
        <source>企业规模应为 大型/中型/小型/微型 之一，或留空</source>
        <translation>Enterprise size must be Large, Medium, Small or Micro, or left blank</translation>
    </message>
    <message>
        <source>中小企业声明与有效期</source>
        <translation>SME declaration and bid validity</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>从业人员（人）</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>营业收入（万元）</source>
        <translation>Revenue (10,000 yuan)</translation>
    </message>
    <message>
        <source>资产总额（万元）</source>
        <translation>Total assets (10,000 yuan)</translation>
    </message>
    <message>
        <source>投标有效期（日历天）</source>
        <translation>Bid validity (calendar days)</translation>
    </message>
    <message>
        <source>按划型标准</source>
        <translation>Size by thresholds</translation>
    </message>
    <message>
        <source>（未填写声明数据或无法划型）</source>
        <translation>(no declaration figures, or size cannot be determined)</translation>
    </message>
    <message>
        <source>修改投标人 %1 的声明数据</source>
        <translation>Edit declaration figures of bidder %1</translation>
    </message>
    <message>
        <source>投标人 / 开标记录</source>
        <translation>Bidders / Bid opening record</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>按开标一览表录入。大写金额由小写自动生成；如开标一览表大写与小写不一致，请录入大写，以大写为准。监狱企业、残疾人福利性单位视同小型、微型企业。</source>
        <translation>Enter the bids as read from the bid opening schedule. The amount in words is filled in from the amount in figures; if the schedule's amount in words differs from its amount in figures, enter the words: the amount in words prevails. Prison enterprises and welfare units for the disabled count as small and micro enterprises.</translation>
    </message>
    <message>
        <source>导入投标响应文件…</source>
        <translation>Import response files…</translation>
    </message>
    <message>
        <source>监狱企业</source>
        <translation>Prison enterprise</translation>
    </message>
    <message>
        <source>残疾人福利单位</source>
        <translation>Disabled welfare unit</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>报价（小写，元）</source>
        <translation>Price (figures, yuan)</translation>
    </message>
    <message>
        <source>报价（大写）</source>
        <translation>Price (in words)</translation>
    </message>
    <message>
        <source>修正后报价</source>
        <translation>Corrected price</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>联合体/分包小微份额</source>
        <translation>Small/micro share (consortium/subcontract)</translation>
    </message>
    <message>
        <source>合作方式</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>小微企业产品金额</source>
        <translation>Small/micro products amount</translation>
    </message>
    <message>
        <source>导入投标响应文件</source>
        <translation>Import response files</translation>
    </message>
    <message>
        <source>投标响应文件 (*.json)</source>
        <translation>Response files (*.json)</translation>
    </message>
    <message>
        <source>导入投标响应文件（%1 家）</source>
        <translation>Import response files (%1 bidders)</translation>
    </message>
    <message>
        <source>已导入：%1（%2）</source>
        <translation>Imported: %1 (%2)</translation>
    </message>
    <message>
        <source>没有导入任何投标人</source>
        <translation>No bidder was imported</translation>
    </message>
    <message>
        <source>投标费率（%）</source>
        <translation>Bid rate (%)</translation>
    </message>
    <message>
        <source>投标费率（大写）</source>
        <translation>Bid rate (in capitals)</translation>
    </message>
    <message>
        <source>修正后费率（%）</source>
        <translation>Corrected rate (%)</translation>
    </message>
    <message>
        <source>添加投标人</source>
        <translation>Add bidder</translation>
    </message>
    <message>
        <source>投标人名称</source>
        <translation>Bidder name</translation>
    </message>
    <message>
        <source>大写</source>
        <translation>Amount in words</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>各成员得分</source>
        <translation>Members' points</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>已保留：%1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>待评分</source>
        <translation>To be scored</translation>
    </message>
    <message>
        <source>待处理（保留或更正）</source>
        <translation>To resolve (keep or correct)</translation>
    </message>
    <message>
        <source>待更正</source>
        <translation>To be corrected</translation>
    </message>
    <message>
        <source>更正评分</source>
        <translation>Correct the score</translation>
    </message>
    <message>
        <source>保留评分</source>
        <translation>Keep the score</translation>
    </message>
    <message>
        <source>按评分规则填写，如 %1</source>
        <translation>As the rule allows, e.g. %1</translation>
    </message>
    <message>
        <source>联合认定的分值（客观分对每位成员有效）</source>
        <translation>Joint value (an objective score stands for every member)</translation>
    </message>
    <message>
        <source>该成员更正后的分值</source>
        <translation>The member's corrected value</translation>
    </message>
    <message>
        <source>第六十四条类别</source>
        <translation>Art. 64 category</translation>
    </message>
    <message>
        <source>评标委员会意见</source>
        <translation>The committee's reason</translation>
    </message>
    <message>
        <source>评审复核（政府采购货物和服务招标投标管理办法第六十四条）</source>
        <translation>Review before signing (Art.64 of the procurement measures)</translation>
    </message>
    <message>
        <source>所有成员提交评分后，系统比对客观分是否一致、主观分是否偏离其他成员平均分过多，并列出缺少的评分。每项须由评标委员会处理：保留（写明理由）或更正（注明第六十四条类别）。</source>
        <translation>Once every member has submitted, objective scores are compared for agreement and subjective scores for distance from the other members' mean; missing scores are listed. The committee resolves each finding: keep it (with a reason) or correct it (with its Art.64 category).</translation>
    </message>
    <message>
        <source>偏离阈值（占该项满分的比例）</source>
        <translation>Distance threshold (share of the factor's maximum)</translation>
    </message>
    <message>
        <source>保留…</source>
        <translation>Keep…</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>Resolutions recorded</translation>
    </message>
    <message>
        <source>定稿前尚需完成</source>
        <translation>Still needed before finalising</translation>
    </message>
    <message>
        <source>尚有成员未提交评分：提交前各成员的评分互不可见，此处只列出缺少的评分。</source>
        <translation>Some members have not submitted: until then no member's scores are shown to anyone else; only missing scores are listed here.</translation>
    </message>
    <message>
        <source>无：可以定稿。</source>
        <translation>Nothing: the evaluation can be finalised.</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>尚无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>请选择一项复核发现（缺少的评分请在独立评分中补录）</source>
        <translation>Select a finding (enter missing scores on the scoring page)</translation>
    </message>
    <message>
        <source>客观评审因素评分不一致须更正，不能保留</source>
        <translation>Differing objective scores must be corrected; they cannot be kept</translation>
    </message>
    <message>
        <source>请填写评标委员会的意见（理由）</source>
        <translation>Give the committee's reason</translation>
    </message>
    <message>
        <source>请填写更正后的分值</source>
        <translation>Give the corrected value</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>过半数</source>
        <translation>Majority</translation>
    </message>
    <message>
        <source>三分之二</source>
        <translation>Two thirds</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>判定规则应为“过半数”或“三分之二”（如重大偏离须三分之二成员判定不通过）</source>
        <translation>The verdict rule is “majority” or “two thirds” (a major deviation needs two thirds of the members failing it)</translation>
    </message>
    <message>
        <source>至少三分之二的成员判定不通过，该项方不通过（如 7 人中 5 人；4 人不足）</source>
        <translation>The item fails only when at least two thirds of the members fail it (5 of 7; 4 is not enough)</translation>
    </message>
    <message>
        <source>超过半数的成员判定不通过，该项即不通过（如 7 人中 4 人）</source>
        <translation>The item fails when more than half of the members fail it (4 of 7)</translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>投标人资格条件（营业执照、信用记录、信用承诺函……）。任何一项不通过，投标无效。</source>
        <translation>Bidder qualification requirements (business licence, credit record, credit commitment letter…). A bid that fails any item is invalid.</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>投标文件的实质性响应（签字盖章、有效期、报价不超过最高限价、★项……）。任何一项不通过，投标无效。</source>
        <translation>Substantive responsiveness of the bid documents (signatures and seals, validity period, price within the price ceiling, ★ items…). A bid that fails any item is invalid.</translation>
    </message>
    <message>
        <source>审查项</source>
        <translation>Review item</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>编号不能为空</source>
        <translation>ID cannot be empty</translation>
    </message>
    <message>
        <source>审查项不能为空</source>
        <translation>Review item cannot be empty</translation>
    </message>
    <message>
        <source>审查标准</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>判定规则</source>
        <translation>Verdict rule</translation>
    </message>
    <message>
        <source>新审查项</source>
        <translation>New review item</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>评审专家</source>
        <translation>Evaluation expert</translation>
    </message>
    <message>
        <source>采购人代表</source>
        <translation>Purchaser's representative</translation>
    </message>
    <message>
        <source>角色应为 评审专家 或 采购人代表</source>
        <translation>Role must be Evaluation expert or Purchaser's representative</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <source>编号不能为空</source>
        <translation>ID cannot be empty</translation>
    </message>
    <message>
        <source>评标委员会</source>
        <translation>Evaluation committee</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>评标委员会成员为单数，公开招标、邀请招标不少于 5 人，其他方式不少于 3 人；评审专家不少于成员总数的三分之二。组长由成员推选。</source>
        <translation>The evaluation committee has an odd number of members: at least 5 for open and invited tenders, at least 3 for other methods; evaluation experts make up at least two thirds of the members. The members elect the leader.</translation>
    </message>
    <message>
        <source>设为组长</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <source>设置 PIN…</source>
        <translation>Set PIN…</translation>
    </message>
    <message>
        <source>设置后，在本机打开该成员的评分表须由本人输入 PIN（只保存其散列值）</source>
        <translation>Once set, this member's sheet opens on this computer only after the member types the PIN (only its hash is stored)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>新成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>设 %1 为组长</source>
        <translation>Make %1 leader</translation>
    </message>
    <message>
        <source>设置 PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>%1 的 PIN（4–12 位数字；留空则取消 PIN）：</source>
        <translation>%1's PIN (4–12 digits; empty removes the PIN):</translation>
    </message>
    <message>
        <source>共 %1 人，其中评审专家 %2 人，采购人代表 %3 人。</source>
        <translation>%1 members (evaluation experts: %2, purchaser's representatives: %3). </translation>
    </message>
    <message>
        <source>组成符合规定。</source>
        <translation>The composition meets the rules.</translation>
    </message>
</context>
<context>
    <name>DateButton</name>
    <message>
        <source>日历…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>选择日期</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>ExpertView</name>
    <message>
        <source>离线评分包中不记录计数依据，请在纸质评分表上注明</source>
        <translation>A scoring package does not record the evidence behind counts; note it on the paper sheet</translation>
    </message>
    <message>
        <source>打印本人评分表…</source>
        <translation>Print my score sheet…</translation>
    </message>
    <message>
        <source>提交并生成回执文件…</source>
        <translation>Submit and write the return file…</translation>
    </message>
    <message>
        <source>专家评分（离线评分包）</source>
        <translation>Expert scoring (offline package)</translation>
    </message>
    <message>
        <source>项目：%1（%2）　评委：%3（%4）</source>
        <translation>Project: %1 (%2)   Member: %3 (%4)</translation>
    </message>
    <message>
        <source>评分包 %1，签发于 %2，代理机构密钥指纹 %3</source>
        <translation>Package %1, issued %2, agency key fingerprint %3</translation>
    </message>
    <message>
        <source>已提交（%1）</source>
        <translation>Submitted (%1)</translation>
    </message>
    <message>
        <source>未提交：评完后点“提交并生成回执文件”，将回执文件交给采购代理机构</source>
        <translation>Not submitted: when done, click “Submit and write the return file” and give that file to the procurement agency</translation>
    </message>
    <message>
        <source>已生成回执文件 %1 次</source>
        <translation>Return file written %1 times</translation>
    </message>
    <message>
        <source>评分未完成，不能打印评分表：</source>
        <translation>The sheet is not complete; it cannot be printed yet:</translation>
    </message>
    <message>
        <source>评分未完成，不能提交：</source>
        <translation>The sheet is not complete; it cannot be submitted yet:</translation>
    </message>
    <message>
        <source>保存本人评分表</source>
        <translation>Save my score sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>保存回执文件</source>
        <translation>Save the return file</translation>
    </message>
    <message>
        <source>回执文件 (*.bidret)</source>
        <translation>Return files (*.bidret)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>%1 已存在：不会覆盖已有文件</source>
        <translation>%1 already exists: an existing file is never overwritten</translation>
    </message>
    <message>
        <source>%1 无法写入（文件夹不存在或没有写入权限）</source>
        <translation>%1 cannot be written (the folder does not exist or is not writable)</translation>
    </message>
    <message>
        <source>%1 的副本未通过完整性检查，已删除</source>
        <translation>The copy %1 failed its integrity check and was removed</translation>
    </message>
    <message>
        <source>%1 无法使用</source>
        <translation>%1 cannot be used</translation>
    </message>
    <message>
        <source>写入失败：%1</source>
        <translation>Write failed: %1</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>备份（带日期的副本）</source>
        <translation>Back up (a dated copy)</translation>
    </message>
    <message>
        <source>导出交换文件…</source>
        <translation>Export exchange file…</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>用户指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>关于评标台</source>
        <translation>About BidDesk</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>-副本</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>项目文件 (*.bidesk)</source>
        <translation>Project files (*.bidesk)</translation>
    </message>
    <message>
        <source>无法另存为</source>
        <translation>Cannot save as</translation>
    </message>
    <message>
        <source>已另存为 %1，现在打开的是新文件</source>
        <translation>Saved as %1; the new file is now open</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>导出交换文件</source>
        <translation>Export exchange file</translation>
    </message>
    <message>
        <source>交换文件 (*.json)</source>
        <translation>Exchange files (*.json)</translation>
    </message>
    <message>
        <source>无法导出交换文件</source>
        <translation>Cannot export the exchange file</translation>
    </message>
    <message>
        <source>已导出交换文件 %1</source>
        <translation>Exchange file written: %1</translation>
    </message>
    <message>
        <source>找不到用户指南文件：%1</source>
        <translation>The user guide was not found: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>评分方式</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>等级说明</source>
        <translation>Level names</translation>
    </message>
    <message>
        <source>客观分</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>暗标</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>审查项</source>
        <translation>Review item</translation>
    </message>
    <message>
        <source>审查标准</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>导入预览 — %1</source>
        <translation>Import preview — %1</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>与下一行合并</source>
        <translation>Merge with next row</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>评分标准（%n 项）</source>
        <translation><numerusform>Scoring criteria (%n factor)</numerusform><numerusform>Scoring criteria (%n factors)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>资格审查（%n 项）</source>
        <translation><numerusform>Qualification review (%n item)</numerusform><numerusform>Qualification review (%n items)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>符合性审查（%n 项）</source>
        <translation><numerusform>Compliance review (%n item)</numerusform><numerusform>Compliance review (%n items)</numerusform></translation>
    </message>
    <message>
        <source>选中一个评分因素，可在此查看招标文件原文和各档说明</source>
        <translation>Select a scoring factor to see its wording in the tender documents and its level names here</translation>
    </message>
    <message>
        <source>问题与提示（问题须改正后才能导入）</source>
        <translation>Problems and notes (problems must be fixed before importing)</translation>
    </message>
    <message>
        <source>评审标准原文</source>
        <translation>Wording in the tender documents</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>核对从文件读出的评分标准和审查表；可直接修改名称、类别、分组、分值、评分方式、参数和等级说明。确认无误后点“导入”。</source>
        <translation>Check the scoring criteria and review checklists read from the file; names, categories, groups, points, scoring methods, parameters and level names can be edited here. When everything is right, click “Import”.</translation>
    </message>
    <message>
        <source>未接受修改：%1</source>
        <translation>Edit not accepted: %1</translation>
    </message>
    <message>
        <source>分值合计 %1 分</source>
        <translation>Total points: %1</translation>
    </message>
    <message>
        <source>分值合计 %1 分（通常应为 100 分）</source>
        <translation>Total points: %1 (normally 100)</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 分：%2</source>
        <translation>%1 pts: %2</translation>
    </message>
    <message>
        <source>请先选中一行评分因素</source>
        <translation>Select a factor row first</translation>
    </message>
    <message>
        <source>项目现有的 %1 个评分因素将被清空（本文件未读出评分因素）</source>
        <translation>the project's %1 scoring factors will be removed (no factor was read from this file)</translation>
    </message>
    <message>
        <source>本文件未读出评分因素：导入后评分标准为空</source>
        <translation>no scoring factor was read from this file: the matrix will be empty after the import</translation>
    </message>
    <message>
        <source>读取时未能识别：%1（%2）</source>
        <translation>not recognised when read: %1 (%2)</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <source>导入将替换项目的评分标准与审查表，且：</source>
        <translation>The import replaces the project's matrix and checklists, and:</translation>
    </message>
    <message>
        <source>仍要导入吗？</source>
        <translation>Import anyway?</translation>
    </message>
    <message>
        <source>未导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>计数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>区间</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>分项</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>表 %1 第 %2 行</source>
        <translation>table %1 row %2</translation>
    </message>
    <message>
        <source>表 %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>第 %1 段</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>每项 %1 分，最高 %2 分</source>
        <translation>%1 pts each, max %2</translation>
    </message>
    <message>
        <source>每项 %1 分</source>
        <translation>%1 per item</translation>
    </message>
    <message>
        <source>同一档次 %1 出现 %2 次：%3 个分项</source>
        <translation>the same ladder %1 given %2 times: %3 items</translation>
    </message>
    <message>
        <source>逐项评分：%1 项（%2）</source>
        <translation>graded per item: %1 items (%2)</translation>
    </message>
    <message>
        <source>等级 %1</source>
        <translation>grades %1</translation>
    </message>
    <message>
        <source>未写明 0 分档</source>
        <translation>no 0 grade stated</translation>
    </message>
    <message>
        <source>最高档 %1 分不等于分值 %2 分</source>
        <translation>the highest grade %1 is not the max %2</translation>
    </message>
    <message>
        <source>写明的上限 %1 分不等于分值 %2 分</source>
        <translation>the stated cap %1 is not the max %2</translation>
    </message>
    <message>
        <source>区间 0–%1（原文按档给出）</source>
        <translation>a range 0–%1 (the wording gives bands)</translation>
    </message>
    <message>
        <source>区间 0–%1</source>
        <translation>a range 0–%1</translation>
    </message>
    <message>
        <source>未写明步长：按 %1</source>
        <translation>step not stated: %1</translation>
    </message>
    <message>
        <source>原文最高 %1 分不等于分值 %2 分</source>
        <translation>the wording's top %1 is not the max %2</translation>
    </message>
    <message>
        <source>少于 %1 小时，每少 1 小时 %2 分</source>
        <translation>hours under %1, %2 per hour</translation>
    </message>
    <message>
        <source>每 %2 小时 %1 分，按每小时 %3 分</source>
        <translation>%1 per %2 hours read as %3 per hour</translation>
    </message>
    <message>
        <source>每满足一项▲/★条款 %1 分（计数，不是等级）</source>
        <translation>%1 per ▲/★ clause met (a count, not grades)</translation>
    </message>
    <message>
        <source>类别 价格（价格公式）</source>
        <translation>category Price (the price formula)</translation>
    </message>
    <message>
        <source>类别 %1（取自标题）</source>
        <translation>category %1 from the heading</translation>
    </message>
    <message>
        <source>未找到类别，请在预览中设置</source>
        <translation>no category found; set it in the preview</translation>
    </message>
    <message>
        <source>分值列为空，分值 %1 取自评分标准原文</source>
        <translation>no points column value; max %1 from the wording</translation>
    </message>
    <message>
        <source>未找到分值，请在预览中设置</source>
        <translation>no max found; set it in the preview</translation>
    </message>
    <message>
        <source>名称写 %1 分，分值列写 %2 分</source>
        <translation>the name says %1 points, the points column %2</translation>
    </message>
    <message>
        <source>客观分（各评委须评分一致）</source>
        <translation>objective (scored alike by every member)</translation>
    </message>
    <message>
        <source>价格公式（评标基准价）</source>
        <translation>price formula (base price / 评标基准价)</translation>
    </message>
    <message>
        <source>%1：读作 %2</source>
        <translation>%1: read as %2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>KeyboardGuard</name>
    <message>
        <source>输入 PIN…</source>
        <translation>Enter PIN…</translation>
    </message>
    <message>
        <source>%1 设置了 PIN：请本人输入 PIN 后查看和录入评分</source>
        <translation>%1 has a PIN: the member types it to see and enter scores</translation>
    </message>
    <message>
        <source>PIN 不正确：%1 的评分表未打开</source>
        <translation>Wrong PIN: %1's sheet stays closed</translation>
    </message>
    <message>
        <source>输入 PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <source>%1 的 PIN：</source>
        <translation>%1's PIN:</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>修改%1 %2 的%3</source>
        <translation>Edit %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>添加%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>删除%1 %2</source>
        <translation>Delete %1 %2</translation>
    </message>
    <message>
        <source>移动%1 %2</source>
        <translation>Move %1 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>打开项目…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>打开示例项目</source>
        <translation>Open sample project</translation>
    </message>
    <message>
        <source>新建投标响应…</source>
        <translation>New tender response…</translation>
    </message>
    <message>
        <source>连接评标室…</source>
        <translation>Connect to evaluation room…</translation>
    </message>
    <message>
        <source>发布到评标室…</source>
        <translation>Publish to evaluation room…</translation>
    </message>
    <message>
        <source>最近的项目</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>导入评分标准与审查表…</source>
        <translation>Import scoring criteria and checklists…</translation>
    </message>
    <message>
        <source>发布招标文件数据…</source>
        <translation>Publish tender data…</translation>
    </message>
    <message>
        <source>关闭项目</source>
        <translation>Close project</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>界面语言已保存，重新启动后生效 / Restart BidDesk to apply</source>
        <translation>Language saved; restart BidDesk to apply / 重新启动后生效</translation>
    </message>
    <message>
        <source>无法打开 %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>无法打开评分包 %1</source>
        <translation>Cannot open the scoring package %1</translation>
    </message>
    <message>
        <source>专家评分</source>
        <translation>Expert scoring</translation>
    </message>
    <message>
        <source>无法打开投标响应文件 %1</source>
        <translation>Cannot open the response file %1</translation>
    </message>
    <message>
        <source>投标响应</source>
        <translation>Tender response</translation>
    </message>
    <message>
        <source>无法新建投标响应</source>
        <translation>Cannot start a tender response</translation>
    </message>
    <message>
        <source>选择招标文件数据</source>
        <translation>Choose the tender data</translation>
    </message>
    <message>
        <source>招标文件数据或项目 (*.json *.bidesk)</source>
        <translation>Tender data or project (*.json *.bidesk)</translation>
    </message>
    <message>
        <source>保存投标响应文件</source>
        <translation>Save the response file</translation>
    </message>
    <message>
        <source>投标响应文件 (*%1)</source>
        <translation>Response file (*%1)</translation>
    </message>
    <message>
        <source>无法发布招标文件数据</source>
        <translation>Cannot publish the tender data</translation>
    </message>
    <message>
        <source>已发布招标文件数据：%1</source>
        <translation>Tender data published: %1</translation>
    </message>
    <message>
        <source>-招标文件数据</source>
        <translation>-tender-data</translation>
    </message>
    <message>
        <source>发布招标文件数据</source>
        <translation>Publish tender data</translation>
    </message>
    <message>
        <source>招标文件数据 (*.json)</source>
        <translation>Tender data (*.json)</translation>
    </message>
    <message>
        <source>无法新建项目</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <source>保存项目文件</source>
        <translation>Save project file</translation>
    </message>
    <message>
        <source>评标台项目 (*.bidesk)</source>
        <translation>BidDesk projects (*.bidesk)</translation>
    </message>
    <message>
        <source>打开项目</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>评标台文件 (*.bidesk *.bidpkg *.json);;评标台项目 (*.bidesk);;评分包 (*.bidpkg);;交换文件 (*.json)</source>
        <translation>BidDesk files (*.bidesk *.bidpkg *.json);;BidDesk projects (*.bidesk);;Scoring packages (*.bidpkg);;Exchange files (*.json)</translation>
    </message>
    <message>
        <source>正在读取 %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>无法导入 %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message>
        <source>导入评分标准与审查表</source>
        <translation>Import scoring criteria and checklists</translation>
    </message>
    <message>
        <source>招标文件、模板或交换文件 (*.docx *.xlsx *.json)</source>
        <translation>Tender document, template or exchange file (*.docx *.xlsx *.json)</translation>
    </message>
    <message>
        <source>导入 %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>无法打开示例项目</source>
        <translation>Cannot open the sample project</translation>
    </message>
    <message>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project number</translation>
    </message>
    <message>
        <source>采购方式</source>
        <translation>Procurement method</translation>
    </message>
    <message>
        <source>报价形式</source>
        <translation>Bids as</translation>
    </message>
    <message>
        <source>预算金额（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Enter the project name</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>价格分（公式）</source>
        <translation>Price score (formula)</translation>
    </message>
    <message>
        <source>计数（每项得分）</source>
        <translation>Count (points per item)</translation>
    </message>
    <message>
        <source>等级（固定分档）</source>
        <translation>Grades (fixed levels)</translation>
    </message>
    <message>
        <source>区间（0 至满分）</source>
        <translation>Range (0 to max)</translation>
    </message>
    <message>
        <source>分项（多个子项）</source>
        <translation>Sub-items (several parts)</translation>
    </message>
    <message>
        <source>时长（响应时间）</source>
        <translation>Duration (response time)</translation>
    </message>
    <message>
        <source>评标基准价 ÷ 评标价格 × %1</source>
        <translation>Benchmark price ÷ evaluated price × %1</translation>
    </message>
    <message>
        <source>每项 %1 分，最高 %2 分</source>
        <translation>%1 pts each, max %2</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>0 至 %1 分，步长 %2</source>
        <translation>0 to %1 pts, step %2</translation>
    </message>
    <message>
        <source>%1 项，每项 %2 分</source>
        <translation>%1 items × %2 pts</translation>
    </message>
    <message>
        <source>，合计不超过 %1</source>
        <translation>, max total %1</translation>
    </message>
    <message>
        <source>基准 %1 小时，每少 1 小时得 %2 分，最高 %3 分</source>
        <translation>Baseline %1 h, %2 pts per hour less, max %3</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>评分方式</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <source>优/良/中/差/无</source>
        <translation>Excellent/Good/Fair/Poor/None</translation>
    </message>
    <message>
        <source>招标文件中该评分因素的原文</source>
        <translation>This factor's wording in the tender documents</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>每项分值 / 每小时分值</source>
        <translation>Points per item / per hour</translation>
    </message>
    <message>
        <source>允许分值</source>
        <translation>Allowed points</translation>
    </message>
    <message>
        <source>各档说明</source>
        <translation>Level names</translation>
    </message>
    <message>
        <source>步长</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>分项数</source>
        <translation>Number of sub-items</translation>
    </message>
    <message>
        <source>基准时长（小时）</source>
        <translation>Baseline (hours)</translation>
    </message>
    <message>
        <source>评分标准原文</source>
        <translation>Tender wording</translation>
    </message>
    <message>
        <source>评分时可选</source>
        <translation>Choices when scoring</translation>
    </message>
    <message>
        <source>未应用：请先在左侧列表中选中一个评分因素</source>
        <translation>Not applied: select a factor in the list first</translation>
    </message>
    <message>
        <source>各档说明须与允许分值一一对应（%1 个分值，%2 个说明）</source>
        <translation>Level names must match the allowed points one to one (%1 points, %2 names)</translation>
    </message>
    <message>
        <source>修改评分因素 %1 的评分方式</source>
        <translation>Edit scoring method of factor %1</translation>
    </message>
    <message>
        <source>未应用：修改被拒绝（未给出原因）</source>
        <translation>Not applied: the change was refused (no reason given)</translation>
    </message>
    <message>
        <source>评分标准（综合评分法）</source>
        <translation>Scoring criteria (comprehensive scoring method)</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>每行一个评分因素。分值合计应为 100 分；价格分按低价优先法计算（货物项目不低于 30 分，服务项目不低于 10 分）。客观分各评委必须一致；暗标因素评审时只显示投标人代码。</source>
        <translation>One scoring factor per row. The points should total 100; the price score uses the lowest-price method (at least 30 points for goods, at least 10 for services). Every evaluator must give the same objective scores; blind factors show only the bidder's code during evaluation.</translation>
    </message>
    <message>
        <source>同一证据只计一次…</source>
        <translation>Count each item once…</translation>
    </message>
    <message>
        <source>同一人员、证书或合同在所列计数因素中只计一次（如 F1、F2；F4、F5）</source>
        <translation>A person, certificate or contract counts once across the listed count factors (e.g. F1, F2; F4, F5)</translation>
    </message>
    <message>
        <source>同一证据只计一次</source>
        <translation>Count each item once</translation>
    </message>
    <message>
        <source>每组列出计数因素编号，组与组之间用分号隔开（留空则取消）：</source>
        <translation>List the count factors of each group, groups separated by semicolons (empty removes the rule):</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>客观分</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>暗标</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>可选分值</source>
        <translation>Possible scores</translation>
    </message>
    <message>
        <source>新评分因素</source>
        <translation>New scoring factor</translation>
    </message>
    <message>
        <source>技术</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>合计 %1 分</source>
        <translation>Total %1 points</translation>
    </message>
    <message>
        <source> — 合计不是 100 分，请核对招标文件</source>
        <translation> — the total is not 100 points; check the tender documents</translation>
    </message>
</context>
<context>
    <name>NegotiationPage</name>
    <message>
        <source>协商情况记录</source>
        <translation>Negotiation record</translation>
    </message>
    <message>
        <source>谈判记录</source>
        <translation>Negotiation record (competitive negotiation)</translation>
    </message>
    <message>
        <source>磋商记录</source>
        <translation>Consultation record</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>授权代表</source>
        <translation>Authorised representative</translation>
    </message>
    <message>
        <source>成交（商定成交价格）</source>
        <translation>Agreed (contract price agreed)</translation>
    </message>
    <message>
        <source>未能达成一致</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>协商无效</source>
        <translation>Negotiation void</translation>
    </message>
    <message>
        <source>协商（谈判、磋商）由小组主持，采购代理机构记录；每轮记录时间、供应商报价（小写和大写）、出席人、商定变动的技术、服务要求或合同条款及小组意见。成交价格不得超过预算金额。</source>
        <translation>The panel chairs the negotiation and the agency records it: for each round, the time, the supplier's quote (in figures and in capitals), who attended for the supplier, the technical, service or contract terms changed by agreement and the panel's remarks. The agreed price may not exceed the budget.</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>报价（小写）</source>
        <translation>Price (figures)</translation>
    </message>
    <message>
        <source>报价（大写）</source>
        <translation>Price (in words)</translation>
    </message>
    <message>
        <source>出席人</source>
        <translation>Attended for the supplier</translation>
    </message>
    <message>
        <source>最后报价</source>
        <translation>Final quote</translation>
    </message>
    <message>
        <source>记录一轮</source>
        <translation>Record a round</translation>
    </message>
    <message>
        <source>小写，如 1140000.00（费率项目填费率，如 86.50）</source>
        <translation>In figures, e.g. 1140000.00 (a rate tender: the rate, e.g. 86.50)</translation>
    </message>
    <message>
        <source>大写，按报价单填写</source>
        <translation>In capitals, as on the quotation</translation>
    </message>
    <message>
        <source>所涉需求或合同条款</source>
        <translation>Requirement or contract term</translation>
    </message>
    <message>
        <source>采购文件原文</source>
        <translation>Original text of the procurement documents</translation>
    </message>
    <message>
        <source>商定内容</source>
        <translation>Agreed text</translation>
    </message>
    <message>
        <source>添加条款</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>删除条款</source>
        <translation>Delete term</translation>
    </message>
    <message>
        <source>本轮报价为最后报价</source>
        <translation>This round's quote is the final quote</translation>
    </message>
    <message>
        <source>记录本轮</source>
        <translation>Record this round</translation>
    </message>
    <message>
        <source>删除所选轮次</source>
        <translation>Delete selected round</translation>
    </message>
    <message>
        <source>出席人身份</source>
        <translation>Attending as</translation>
    </message>
    <message>
        <source>出席人姓名</source>
        <translation>Name of the attendee</translation>
    </message>
    <message>
        <source>变动的条款</source>
        <translation>Terms changed</translation>
    </message>
    <message>
        <source>小组意见</source>
        <translation>Panel's remarks</translation>
    </message>
    <message>
        <source>未提交最后报价</source>
        <translation>No final quote</translation>
    </message>
    <message>
        <source>情况说明，如：未在规定时间内提交最后报价</source>
        <translation>What happened, e.g. no final quote within the time allowed</translation>
    </message>
    <message>
        <source>记为未提交</source>
        <translation>Record as not given</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>协商结果（由协商小组决定）</source>
        <translation>Outcome (decided by the negotiation panel)</translation>
    </message>
    <message>
        <source>未能达成一致、协商无效或撤销结果时须写明理由</source>
        <translation>A reason is required for no agreement, a void negotiation or withdrawing the outcome</translation>
    </message>
    <message>
        <source>记录结果</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>撤销结果</source>
        <translation>Withdraw outcome</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>成交价格（小写）</source>
        <translation>Agreed price (figures)</translation>
    </message>
    <message>
        <source>成交价格（大写）</source>
        <translation>Agreed price (capitals)</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大写应为：%1</source>
        <translation>In capitals: %1</translation>
    </message>
    <message>
        <source>本轮未报价</source>
        <translation>No quote this round</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>%1：未提交最后报价（%2）</source>
        <translation>%1: no final quote (%2)</translation>
    </message>
    <message>
        <source>最后报价即评审价格：记录后在结果页按最后报价计算价格分。</source>
        <translation>The final quote is the price evaluated: once recorded, the results page scores the price on it.</translation>
    </message>
    <message>
        <source>协商结果：尚未记录。</source>
        <translation>Outcome: not recorded yet.</translation>
    </message>
    <message>
        <source>协商结果：成交，成交价格 %1（%2）。</source>
        <translation>Outcome: agreed, contract price %1 (%2).</translation>
    </message>
    <message>
        <source>协商结果：%1。理由：%2</source>
        <translation>Outcome: %1. Reason: %2</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>导入回执文件</source>
        <translation>Import a return file</translation>
    </message>
    <message>
        <source>评委 %1 的回执（第 %2 份，%3 项评分）已验证：封签完好，属于本项目、本评委。</source>
        <translation>The return of %1 (number %2, %3 scores) is verified: the seal is intact and it belongs to this project and member.</translation>
    </message>
    <message>
        <source>该回执已导入过，导入不会改变任何内容。</source>
        <translation>This return was already imported; importing it changes nothing.</translation>
    </message>
    <message>
        <source>将更改 %1 项评分</source>
        <translation>It changes %1 scores</translation>
    </message>
    <message>
        <source>，并提交（锁定）该评委的评分表</source>
        <translation> and submits (locks) the member's sheet</translation>
    </message>
    <message>
        <source>。确认后导入：</source>
        <translation>. Confirm to import:</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <source>离线评分包</source>
        <translation>Offline packages</translation>
    </message>
    <message>
        <source>评审专家需在自己的电脑上离线评分时，为其导出评分包（只含本人评分表，暗标部分以随机编号显示）；专家评完后提交，生成加封的回执文件。导入回执前先显示将要更改的内容，确认后才写入；被改动、属于其他项目或评委、或早于已导入回执的文件一律拒绝。</source>
        <translation>When an expert scores offline on their own laptop, export a package for them (their own sheet only; blind factors by random codes). When done they submit and write a sealed return file. Importing a return first shows what it would change and writes only when confirmed; a file that was altered, belongs to another project or member, or is older than one already imported is refused.</translation>
    </message>
    <message>
        <source>导出评分包…</source>
        <translation>Export a package…</translation>
    </message>
    <message>
        <source>导入回执文件…</source>
        <translation>Import a return file…</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>签发时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已导入回执</source>
        <translation>Returns imported</translation>
    </message>
    <message>
        <source>最后导入</source>
        <translation>Last imported</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已被新评分包取代</source>
        <translation>Superseded by a newer package</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>已导出 %1：%2 项评分，代理机构密钥指纹 %3</source>
        <translation>Exported %1: %2 cells, agency key fingerprint %3</translation>
    </message>
    <message>
        <source>已导入。</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>导出评分包</source>
        <translation>Export a package</translation>
    </message>
    <message>
        <source>评分包 (*.bidpkg)</source>
        <translation>Scoring packages (*.bidpkg)</translation>
    </message>
    <message>
        <source>回执文件 (*.bidret)</source>
        <translation>Return files (*.bidret)</translation>
    </message>
</context>
<context>
    <name>PriceMode</name>
    <message>
        <source>金额（元）</source>
        <translation>Amounts (yuan)</translation>
    </message>
    <message>
        <source>费率（%）</source>
        <translation>Rates (%)</translation>
    </message>
    <message>
        <source>投标费率（%）</source>
        <translation>Bid rate (%)</translation>
    </message>
    <message>
        <source>报价（小写，元）</source>
        <translation>Price (figures, yuan)</translation>
    </message>
    <message>
        <source>费率保留 %1 位小数（招标文件规定的位数），“%2”位数过多</source>
        <translation>Rates keep %1 decimal places (as the tender says); “%2” has more</translation>
    </message>
    <message>
        <source>本项目以费率报价：费率是目录价的百分比（如 86.50 表示目录价的 86.50%），最高限价也是费率，不超过 100.00；“%1”不是费率（最高限价的金额请填在预算金额）</source>
        <translation>Bids in this project are rates: a rate is a percentage of the catalogue price (86.50 means 86.50% of it), and the ceiling is a rate too, at most 100.00; “%1” is not a rate (enter the ceiling amount as the budget)</translation>
    </message>
</context>
<context>
    <name>PriceReviewPage</name>
    <message>
        <source>异常低价审查记录 — %1</source>
        <translation>Abnormally low price review — %1</translation>
    </message>
    <message>
        <source>要求说明时间</source>
        <translation>Explanation requested at</translation>
    </message>
    <message>
        <source>说明截止时间</source>
        <translation>Explanation due by</translation>
    </message>
    <message>
        <source>投标人书面说明的要点，如成本构成、报价依据</source>
        <translation>The main points of the bidder's written explanation, e.g. cost breakdown, basis of the price</translation>
    </message>
    <message>
        <source>每行一个附件名称，如：成本明细表.pdf</source>
        <translation>One attachment name per line, e.g. cost-breakdown.pdf</translation>
    </message>
    <message>
        <source>同类项目合同价格、市场价格、人工成本标准、行业平均成本等</source>
        <translation>Contract prices of similar projects, market prices, labour cost standards, industry average costs …</translation>
    </message>
    <message>
        <source>说明内容摘要</source>
        <translation>Summary of the explanation</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>评审参考</source>
        <translation>Compared against</translation>
    </message>
    <message>
        <source>各成员意见（不认可须填写理由）：</source>
        <translation>Each member's opinion (a rejection needs a reason):</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>未表态</source>
        <translation>No opinion yet</translation>
    </message>
    <message>
        <source>认可</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>不认可</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>认可 %1 / 不认可 %2 / 未表态 %3</source>
        <translation>Accepted %1 / not accepted %2 / no opinion %3</translation>
    </message>
    <message>
        <source>多数认可：价格说明成立</source>
        <translation>Majority accepts: the price is justified</translation>
    </message>
    <message>
        <source>多数不认可：投标无效</source>
        <translation>Majority rejects: the bid is invalid</translation>
    </message>
    <message>
        <source>尚未形成多数意见</source>
        <translation>No majority yet</translation>
    </message>
    <message>
        <source>不认可须填写理由：%1</source>
        <translation>A rejection needs a reason: %1</translation>
    </message>
    <message>
        <source>说明截止时间不得早于要求说明时间后 30 分钟</source>
        <translation>The deadline must be at least 30 minutes after the request</translation>
    </message>
    <message>
        <source>要求说明时间无效</source>
        <translation>The request time is not valid</translation>
    </message>
    <message>
        <source>成员发表意见前，须先填写投标人说明内容摘要</source>
        <translation>Summarise the bidder's explanation before the members give opinions</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>投标费率（%）</source>
        <translation>Bid rate (%)</translation>
    </message>
    <message>
        <source>投标费率（大写）</source>
        <translation>Bid rate (in capitals)</translation>
    </message>
    <message>
        <source>修正后费率（%）</source>
        <translation>Corrected rate (%)</translation>
    </message>
    <message>
        <source>最高限价（%）</source>
        <translation>Ceiling (%)</translation>
    </message>
    <message>
        <source>价格扣除</source>
        <translation>Price deduction</translation>
    </message>
    <message>
        <source>评审费率（%）</source>
        <translation>Evaluated rate (%)</translation>
    </message>
    <message>
        <source>异常低价</source>
        <translation>Abnormally low price</translation>
    </message>
    <message>
        <source>审查结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>报价（小写）</source>
        <translation>Price (figures)</translation>
    </message>
    <message>
        <source>报价（大写）</source>
        <translation>Price (in words)</translation>
    </message>
    <message>
        <source>修正后报价</source>
        <translation>Corrected price</translation>
    </message>
    <message>
        <source>最高限价</source>
        <translation>Price ceiling</translation>
    </message>
    <message>
        <source>评审价</source>
        <translation>Evaluated price</translation>
    </message>
    <message>
        <source>低于平均报价的%1</source>
        <translation>Below %1 of the average price</translation>
    </message>
    <message>
        <source>低于次低报价的%1</source>
        <translation>Below %1 of the second-lowest price</translation>
    </message>
    <message>
        <source>低于最高限价的%1</source>
        <translation>Below %1 of the ceiling</translation>
    </message>
    <message>
        <source>小微企业承担部分 %1 元</source>
        <translation>small/micro enterprises' part %1 yuan</translation>
    </message>
    <message>
        <source>小型企业</source>
        <translation>small enterprise</translation>
    </message>
    <message>
        <source>微型企业</source>
        <translation>micro enterprise</translation>
    </message>
    <message>
        <source>监狱企业</source>
        <translation>Prison enterprise</translation>
    </message>
    <message>
        <source>残疾人福利性单位</source>
        <translation>disabled-welfare unit</translation>
    </message>
    <message>
        <source>联合体协议：小微企业占比 %1 ≥ %2</source>
        <translation>Consortium agreement: small/micro share %1 ≥ %2</translation>
    </message>
    <message>
        <source>分包意向协议：小微企业占比 %1 ≥ %2</source>
        <translation>Subcontract agreement: small/micro share %1 ≥ %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>不认可（投标无效）</source>
        <translation>Not accepted (bid invalid)</translation>
    </message>
    <message>
        <source>已要求说明（截止 %1）</source>
        <translation>Explanation requested (due %1)</translation>
    </message>
    <message>
        <source>待审查</source>
        <translation>To be reviewed</translation>
    </message>
    <message>
        <source>报价无法识别：%1</source>
        <translation>Price cannot be read: %1</translation>
    </message>
    <message>
        <source>大写与小写不一致，以大写为准（小写 %1，大写 %2）</source>
        <translation>Words and figures differ; the words prevail (figures %1, words %2)</translation>
    </message>
    <message>
        <source>超过最高限价</source>
        <translation>Above the ceiling</translation>
    </message>
    <message>
        <source>修正后报价 %1 高于最高限价 %2，投标无效</source>
        <translation>Corrected price %1 is above the ceiling %2: the bid is invalid</translation>
    </message>
    <message>
        <source>未超过</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>最高限价 %1</source>
        <translation>Ceiling %1</translation>
    </message>
    <message>
        <source>参与计算的投标（通过资格审查和符合性审查、且未超过最高限价）：%1 家　%2</source>
        <translation>Bids counted (passed qualification and compliance, not above the ceiling): %1  %2</translation>
    </message>
    <message>
        <source>平均报价</source>
        <translation>Average price</translation>
    </message>
    <message>
        <source>次低报价</source>
        <translation>Second-lowest price</translation>
    </message>
    <message>
        <source>%1：未采用此基准</source>
        <translation>%1: this trigger is not used</translation>
    </message>
    <message>
        <source>%1：数据不足，无法计算</source>
        <translation>%1: not enough data to compute</translation>
    </message>
    <message>
        <source>价格审查</source>
        <translation>Price review</translation>
    </message>
    <message>
        <source>大写金额与小写金额不一致的，以大写金额为准。通过资格审查和符合性审查且未超过最高限价的投标，报价低于下列任一基准的，评标委员会应要求投标人在合理时间内（一般不少于 30 分钟）书面说明，必要时提交相关证明材料；不能证明其报价合理性的，应将其作为无效投标处理（财库〔2026〕2号）。</source>
        <translation>Where the amount in words differs from the figures, the words prevail. A bid that passed qualification and compliance and is not above the ceiling, priced below any threshold below, must be asked to explain its price in writing within a reasonable time (generally at least 30 minutes), with evidence where needed; a bid that cannot show its price is reasonable is invalid (Caiku [2026] No. 2).</translation>
    </message>
    <message>
        <source>异常低价判定基准（按当前数据计算）</source>
        <translation>Abnormally low price thresholds (from the current data)</translation>
    </message>
    <message>
        <source>低价审查记录…</source>
        <translation>Low-price review record…</translation>
    </message>
    <message>
        <source>记录要求投标人说明报价合理性的时间、说明内容和各成员意见</source>
        <translation>Record when the bidder was asked to justify its price, its explanation and each member's opinion</translation>
    </message>
    <message>
        <source>尚不能计算评审结果：评审价与异常低价按当前审查数据计算</source>
        <translation>The result cannot be computed yet: evaluated prices and low-price triggers are computed from the current review data</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>评分标准</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>评标委员会</source>
        <translation>Evaluation committee</translation>
    </message>
    <message>
        <source>审查记录</source>
        <translation>Review records</translation>
    </message>
    <message>
        <source>评分记录</source>
        <translation>Score records</translation>
    </message>
    <message>
        <source>委员会决定</source>
        <translation>Committee decisions</translation>
    </message>
    <message>
        <source>只计一次的因素组</source>
        <translation>count-once group</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>审查标准</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>评分方式</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>允许分值</source>
        <translation>Allowed points</translation>
    </message>
    <message>
        <source>每项分值</source>
        <translation>Points per item</translation>
    </message>
    <message>
        <source>步长</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>分项数</source>
        <translation>Number of sub-items</translation>
    </message>
    <message>
        <source>基准时长</source>
        <translation>Baseline duration</translation>
    </message>
    <message>
        <source>报价（小写）</source>
        <translation>Price (figures)</translation>
    </message>
    <message>
        <source>报价（大写）</source>
        <translation>Price (in words)</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>合作份额</source>
        <translation>Partner share</translation>
    </message>
    <message>
        <source>小微企业金额</source>
        <translation>Small and micro amount</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>预算金额</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>最高限价</source>
        <translation>Price ceiling</translation>
    </message>
    <message>
        <source>开标日期</source>
        <translation>Bid opening date</translation>
    </message>
    <message>
        <source>采购方式</source>
        <translation>Procurement method</translation>
    </message>
    <message>
        <source>小微企业扣除率</source>
        <translation>Small and micro deduction rate</translation>
    </message>
    <message>
        <source>联合体扣除率</source>
        <translation>Consortium deduction rate</translation>
    </message>
    <message>
        <source>联合体最低份额</source>
        <translation>Consortium minimum share</translation>
    </message>
    <message>
        <source>同分排序</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <source>候选人数</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>最少有效投标</source>
        <translation>Minimum valid bids</translation>
    </message>
    <message>
        <source>小数位</source>
        <translation>Decimal places</translation>
    </message>
    <message>
        <source>异常低价比例</source>
        <translation>Abnormally low price ratios</translation>
    </message>
    <message>
        <source>审查项</source>
        <translation>Review item</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>评分值</source>
        <translation>Score value</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>第六十四条类别</source>
        <translation>Art. 64 category</translation>
    </message>
    <message>
        <source>审查阶段</source>
        <translation>Review stage</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>计数依据</source>
        <translation>Evidence for the count</translation>
    </message>
    <message>
        <source>评委 %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>%1 对投标人 %2 的 %3 评分</source>
        <translation>%1's score of bidder %2 on %3</translation>
    </message>
    <message>
        <source>%1 对投标人 %2 的审查项 %3 的判定</source>
        <translation>%1's verdict on item %3 for bidder %2</translation>
    </message>
    <message>
        <source>项目信息</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>评审规则</source>
        <translation>Evaluation rules</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <source>判定不通过须填写理由</source>
        <translation>a failing verdict needs its reason</translation>
    </message>
    <message>
        <source>“%1”不是 %2 之一</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Unreadable: %1</translation>
    </message>
    <message>
        <source>这是文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>须写明协商结果：达成一致、未能达成一致或无效（或清除）</source>
        <translation>give the outcome: agreed, no_agreement or void (or --clear)</translation>
    </message>
    <message>
        <source>缺少的评分应直接补录，不作为更正处理</source>
        <translation>a missing score is given with the score command, not corrected</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>项目文件不存在</source>
        <translation>no such project file</translation>
    </message>
    <message>
        <source>%1 不是“成员=理由”的形式</source>
        <translation>%1 is not MEMBER=REASON</translation>
    </message>
    <message>
        <source>%1 不是数字</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>“%1”不是尚未处理的第六十四条核查发现</source>
        <translation>%1 is not an open finding (see: art64 list)</translation>
    </message>
    <message>
        <source>“%1”不是大于零的价格</source>
        <translation>%1 is not a positive price</translation>
    </message>
    <message>
        <source>只有偏离其他成员平均分的评分可以保留；此项须更正</source>
        <translation>Only a score far from the others' mean may be kept; this one must be corrected</translation>
    </message>
    <message>
        <source>被拒绝：%1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>须写明评标委员会的理由</source>
        <translation>Give the committee's reason</translation>
    </message>
    <message>
        <source>无法读取招标文件，不能扣除其中的文字：%1</source>
        <translation>the tender file cannot be read, so its text cannot be subtracted: %1</translation>
    </message>
    <message>
        <source>评审已定稿：修改前须先记录重新评审（写明理由及第六十四条类别）</source>
        <translation>The evaluation is finalised: record a re-evaluation (reason and Art.64 category) before changing anything</translation>
    </message>
    <message>
        <source>须填写编号，不能为空</source>
        <translation>must be an id, not an empty string</translation>
    </message>
    <message>
        <source>每组至少列出两个计数因素</source>
        <translation>a group lists at least two count factors</translation>
    </message>
    <message>
        <source>%1 不是计数类评分因素</source>
        <translation>%1 is not a count factor</translation>
    </message>
    <message>
        <source>%1 出现在两个组中</source>
        <translation>%1 is in two groups</translation>
    </message>
    <message>
        <source>没有评分因素 %1</source>
        <translation>unknown factor %1</translation>
    </message>
    <message>
        <source>认定投标无效须写明理由</source>
        <translation>an invalid decision needs a reason</translation>
    </message>
    <message>
        <source>异常低价的决定须写明是否接受该报价</source>
        <translation>a low_price decision says whether the price was accepted</translation>
    </message>
    <message>
        <source>没有投标人 %1</source>
        <translation>unknown bidder %1</translation>
    </message>
    <message>
        <source>有投标报价无法读取</source>
        <translation>a bid has no readable price</translation>
    </message>
    <message>
        <source>至少需要一名评委才能评分</source>
        <translation>at least one member is needed to score the bids</translation>
    </message>
    <message>
        <source>%1 超过两位小数（费率保留到 0.01）</source>
        <translation>%1 has more than two decimal places (a rate is quoted to 0.01)</translation>
    </message>
    <message>
        <source>%1 不是费率：费率招标的最高限价是百分比，最高 100.00</source>
        <translation>%1 is not a rate: in a rate tender the ceiling is a percentage, at most 100.00</translation>
    </message>
    <message>
        <source>%1 是暗标编号，但因素 %2 不是暗标评审：请填写投标人编号</source>
        <translation>%1 is a blind code, but factor %2 is not blind: give the bidder's id</translation>
    </message>
    <message>
        <source>因素 %1 为暗标评审：请填写投标人的暗标编号，不要填写投标人编号</source>
        <translation>factor %1 is scored blind: give the bidder's blind code, not its id</translation>
    </message>
    <message>
        <source>评委 %1 尚未对投标人 %2 的 %3 评分</source>
        <translation>Member %1 has not scored bidder %2 on %3</translation>
    </message>
    <message>
        <source>……另有 %1 项评分未完成</source>
        <translation>… %1 more scores missing</translation>
    </message>
    <message>
        <source>评分包只含评委 %1 本人的评分表；委员会共同评定的客观分在项目中录入</source>
        <translation>a package holds member %1's sheet only; joint (committee) scores are entered in the project</translation>
    </message>
    <message>
        <source>此评分包是评委 %1 的评分表，不是 %2 的</source>
        <translation>this package holds member %1's sheet, not %2's</translation>
    </message>
    <message>
        <source>暗标编号 %1 与某投标人的编号相同；导出评分包前请先修改该投标人的编号</source>
        <translation>the blind code %1 is also a bidder's id; rename that bidder before exporting packages</translation>
    </message>
    <message>
        <source>没有评委 %1</source>
        <translation>unknown member %1</translation>
    </message>
    <message>
        <source>须写明代表供应商出席的人员姓名</source>
        <translation>name the person attending for the supplier</translation>
    </message>
    <message>
        <source>供应商出席人须为法定代表人或授权代表</source>
        <translation>the supplier's attendee must be its legal representative or authorised representative</translation>
    </message>
    <message>
        <source>成交须写明商定的成交价格</source>
        <translation>an award needs the agreed price</translation>
    </message>
    <message>
        <source>须写明所涉需求（条款）和商定后的内容</source>
        <translation>name the requirement (clause) concerned and what was agreed</translation>
    </message>
    <message>
        <source>成员 %1 的不同意见须写明理由</source>
        <translation>member %1's dissent needs a reason</translation>
    </message>
    <message>
        <source>最后报价须是该供应商的最后一轮</source>
        <translation>the final offer must be the supplier's last round</translation>
    </message>
    <message>
        <source>最后报价须写明报价</source>
        <translation>a final offer needs its price</translation>
    </message>
    <message>
        <source>已记录最后报价；先删除该轮次</source>
        <translation>a final offer is recorded; delete that round first</translation>
    </message>
    <message>
        <source>只有竞争性谈判和竞争性磋商项目以最后报价评审</source>
        <translation>only competitive negotiation and consultation are evaluated on final offers</translation>
    </message>
    <message>
        <source>只有单一来源、竞争性谈判和竞争性磋商项目记录协商（谈判、磋商）过程</source>
        <translation>only single-source, competitive negotiation and consultation projects record a negotiation</translation>
    </message>
    <message>
        <source>%1须写明理由</source>
        <translation>%1 needs a reason</translation>
    </message>
    <message>
        <source>该供应商已记为未提交最后报价；先撤销该记录</source>
        <translation>the supplier is recorded as giving no final offer; withdraw that record first</translation>
    </message>
    <message>
        <source>尚未记录与 %1 的协商，不能成交</source>
        <translation>no negotiation with %1 is recorded; it cannot be awarded</translation>
    </message>
    <message>
        <source>尚无协商记录，不能记为未能达成一致</source>
        <translation>no negotiation is recorded yet; it cannot be recorded as no agreement</translation>
    </message>
    <message>
        <source>没有这一轮的记录</source>
        <translation>no such round is recorded</translation>
    </message>
    <message>
        <source>时间「%1」不是 YYYY-MM-DD HH:MM 形式</source>
        <translation>the time “%1” is not of the form YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>%1 不是 agreed、no_agreement、void 之一</source>
        <translation>%1 is not one of agreed, no_agreement, void</translation>
    </message>
    <message>
        <source>竞争性谈判、磋商的成交结果由最后报价的评审得出，不在此记录</source>
        <translation>in competitive negotiation and consultation the outcome comes from evaluating the final offers; it is not recorded here</translation>
    </message>
    <message>
        <source>协商结果已记录；先撤销结果再修改协商过程</source>
        <translation>the outcome is recorded; withdraw it before changing the negotiation</translation>
    </message>
    <message>
        <source>成交价格 %1 超过%2 %3，不能成交</source>
        <translation>the price %1 is above the %2 %3; it cannot be awarded</translation>
    </message>
    <message>
        <source>报价须同时写明小写和大写</source>
        <translation>a price needs both the figures and the capitals</translation>
    </message>
    <message>
        <source>报价须写明大写%1</source>
        <translation>the price needs its capitals%1</translation>
    </message>
    <message>
        <source>报价 %1 须大于零</source>
        <translation>the price %1 must be above zero</translation>
    </message>
    <message>
        <source>报价 %1 最多保留两位小数</source>
        <translation>the price %1 has more than two decimal places</translation>
    </message>
    <message>
        <source>费率报价 %1% 不能超过 100.00%</source>
        <translation>a rate of %1% cannot be above 100.00%</translation>
    </message>
    <message>
        <source>第 %1 轮已是最后报价，其后不能再有报价轮次</source>
        <translation>round %1 is already the final offer; no round can follow it</translation>
    </message>
    <message>
        <source>轮次从 1 开始</source>
        <translation>rounds start at 1</translation>
    </message>
    <message>
        <source>须写明情况（如：未在规定时间内提交最后报价）</source>
        <translation>state the circumstances (e.g. no final offer within the time set)</translation>
    </message>
    <message>
        <source>%1 的响应文件未通过审查（或已被认定无效），不能进入%2</source>
        <translation>%1's response did not pass the review (or was found invalid); it cannot go on to %2</translation>
    </message>
    <message>
        <source>时间 %1 与第 %2 轮的时间 %3 先后颠倒</source>
        <translation>the time %1 comes before round %2's time %3</translation>
    </message>
    <message>
        <source>没有编号为 %1 的小组成员</source>
        <translation>no panel member %1</translation>
    </message>
    <message>
        <source>没有编号为 %1 的供应商</source>
        <translation>no supplier %1</translation>
    </message>
    <message>
        <source>须写明撤销的理由</source>
        <translation>a withdrawal needs a reason</translation>
    </message>
    <message>
        <source>大写「%1」为 %2，与小写 %3 不一致</source>
        <translation>the capitals “%1” say %2, the figures %3</translation>
    </message>
    <message>
        <source>大写「%1」无法读取：%2</source>
        <translation>the capitals “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>PIN 须为 4 至 12 位数字</source>
        <translation>A PIN is 4 to 12 digits</translation>
    </message>
    <message>
        <source>“%1”已在 %2 中计数：在 %3 中同一证据只计一次</source>
        <translation>“%1” is already counted on %2: an item counts once across %3</translation>
    </message>
    <message>
        <source>更正须注明第六十四条类别（%1）</source>
        <translation>a correction names its Art.64 category (%1)</translation>
    </message>
    <message>
        <source>评审尚未定稿</source>
        <translation>The evaluation is not finalised</translation>
    </message>
    <message>
        <source>%1 不在 0 与 1 之间（如 0.30 表示 30%）</source>
        <translation>%1 is not between 0 and 1 (e.g. 0.30 for 30%)</translation>
    </message>
    <message>
        <source>%1 不是该项核查的发现</source>
        <translation>%1 is not a finding of the check</translation>
    </message>
    <message>
        <source>“%1”不是保留（kept）或更正（corrected）</source>
        <translation>%1 is not one of kept, corrected</translation>
    </message>
    <message>
        <source>重新评审须写明理由</source>
        <translation>A re-evaluation needs a reason</translation>
    </message>
    <message>
        <source>已有评委提交评分：修改须注明第六十四条类别（%1）</source>
        <translation>a member has submitted their scores: a change needs an Art.64 category (%1)</translation>
    </message>
    <message>
        <source>已有评委提交评分：修改须写明理由</source>
        <translation>A member has submitted: a change needs a reason</translation>
    </message>
    <message>
        <source>投标人 %1 的客观因素 %2 已由评标委员会共同评定，该分代表每位评委，个人评分不会被采用</source>
        <translation>bidder %1 has the committee's joint score on objective factor %2: it stands for every member, a member's score would be ignored</translation>
    </message>
    <message>
        <source>投标人 %1 的投标无效（%2）：不再评分，录入的评分不会被采用</source>
        <translation>bidder %1 is invalid (%2): its bid is not scored, a score would be ignored</translation>
    </message>
    <message>
        <source>评委 %1 已提交评分：修改须注明第六十四条类别（%2）</source>
        <translation>member %1 has submitted their scores: a change needs an Art.64 category (%2)</translation>
    </message>
    <message>
        <source>评委 %1 已提交评分：修改须写明理由</source>
        <translation>Member %1 has submitted: a change needs a reason</translation>
    </message>
    <message>
        <source>%1 不是数字；%2 允许的分值为 %3</source>
        <translation>%1 is not a number; an allowed grade of %2 (%3)</translation>
    </message>
    <message>
        <source>第 %1 分项：%2 不是 %3 允许的分值（%4）</source>
        <translation>item %1: %2 is not an allowed grade of %3 (%4)</translation>
    </message>
    <message>
        <source>第 %1 分项：%2 不是数字；%3 允许的分值为 %4</source>
        <translation>item %1: %2 is not a number; an allowed grade of %3 (%4)</translation>
    </message>
    <message>
        <source>%1 不是 %2 允许的分值（%3）</source>
        <translation>%1 is not an allowed grade of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 不是 %3 的步长 %2 的整数倍</source>
        <translation>%1 is not a multiple of %3's step %2</translation>
    </message>
    <message>
        <source>%1 不是 %2 的小时数（≥ 0，或留空）</source>
        <translation>%1 is not a number of hours ≥ 0 (or null) for %2</translation>
    </message>
    <message>
        <source>%1 不是数字；%2 的分值范围为 0 至 %3</source>
        <translation>%1 is not a number in the range of %2 (0 to %3)</translation>
    </message>
    <message>
        <source>%1 不是 %2 的计数（0、1、2……）</source>
        <translation>%1 is not a whole count of %2 (0, 1, 2, …)</translation>
    </message>
    <message>
        <source>%1 超出 %2 的分值范围（0 至 %3）</source>
        <translation>%1 is outside the range of %2 (0 to %3)</translation>
    </message>
    <message>
        <source>%1 是价格因素：得分由报价计算，不能录入</source>
        <translation>%1 is the price factor: its score is computed, not entered</translation>
    </message>
    <message>
        <source>%1 须录入 %2 个分项的等级，而不是 %3</source>
        <translation>%1 takes a list of %2 sub-item grades, not %3</translation>
    </message>
    <message>
        <source>%1 须录入 %2 个分项的等级，而不是 %3 个</source>
        <translation>%1 takes %2 sub-item grades, not %3</translation>
    </message>
    <message>
        <source>这一发现尚无委员会结论</source>
        <translation>this finding has no committee conclusion yet</translation>
    </message>
    <message>
        <source>不是 bideval-screen/1 的清标结果</source>
        <translation>not a bideval-screen/1 screening result</translation>
    </message>
    <message>
        <source>投标人 %1 不在本项目中</source>
        <translation>bidder %1 is not in this project</translation>
    </message>
    <message>
        <source>%1 不在这一发现所涉投标人（%2）之中</source>
        <translation>%1 is not among this finding's bidders (%2)</translation>
    </message>
    <message>
        <source>委员会已对这一发现作出结论，新的清标结果中没有它；先撤销结论再重新清标</source>
        <translation>the committee has concluded on this finding and the new screening no longer has it; withdraw the conclusion before screening again</translation>
    </message>
    <message>
        <source>须写明认定无效的投标人</source>
        <translation>name the bidders found invalid</translation>
    </message>
    <message>
        <source>没有这一清标发现（已有：%1）</source>
        <translation>no such screening finding (there are: %1)</translation>
    </message>
    <message>
        <source>%1 不是 no_collusion 或 invalid</source>
        <translation>%1 is not no_collusion or invalid</translation>
    </message>
    <message>
        <source>成员发表意见前，须先记录投标人说明的摘要</source>
        <translation>Summarise the bidder's explanation before the members give opinions</translation>
    </message>
    <message>
        <source>说明截止时间须在要求说明后至少 30 分钟（要求 %1，截止 %2）</source>
        <translation>The deadline must be at least 30 minutes after the request (asked %1, deadline %2)</translation>
    </message>
    <message>
        <source>每位成员都须投票，尚未投票：%1</source>
        <translation>Every member votes; not yet: %1</translation>
    </message>
    <message>
        <source>成员 %1 发表了两次意见</source>
        <translation>member %1 gives two opinions</translation>
    </message>
    <message>
        <source>成员 %1 不认可其说明，但未写明理由</source>
        <translation>Member %1 rejects the justification without a reason</translation>
    </message>
    <message>
        <source>成员 %1 投票给 %2，但其不在同分者之中</source>
        <translation>member %1 votes for %2, which is not in the tie</translation>
    </message>
    <message>
        <source>%1 不是时间（格式 YYYY-MM-DD HH:MM）</source>
        <translation>%1 is not a time (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>同分至少涉及两个投标</source>
        <translation>a tie concerns at least two bids</translation>
    </message>
    <message>
        <source>没有成员 %1</source>
        <translation>unknown member %1</translation>
    </message>
    <message>
        <source>票数相同，请重新表决</source>
        <translation>The votes are equal: vote again</translation>
    </message>
    <message>
        <source>编号 %1 已被使用</source>
        <translation>the id %1 is already used</translation>
    </message>
    <message>
        <source>编号不能为空</source>
        <translation>ID cannot be empty</translation>
    </message>
    <message>
        <source>%2 中没有第 %1 项</source>
        <translation>no entry %1 in %2</translation>
    </message>
    <message>
        <source>%1 不是 %2 之一</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>共 %1 个字符，最多 %2 个</source>
        <translation>%1 characters long; at most %2</translation>
    </message>
    <message>
        <source>第 %2 个字符是控制字符（U+%1），不能使用</source>
        <translation>character %2 is a control character (U+%1): not allowed</translation>
    </message>
    <message>
        <source>第 %2 个字符无法编码（U+%1），不能使用</source>
        <translation>character %2 cannot be encoded (U+%1): not allowed</translation>
    </message>
    <message>
        <source>%1 高于投标报价 %2</source>
        <translation>%1 is above the quoted price %2</translation>
    </message>
    <message>
        <source>无法读取大写金额：%1</source>
        <translation>cannot read the capitals: %1</translation>
    </message>
    <message>
        <source>编号 %1 重复</source>
        <translation>duplicate id %1</translation>
    </message>
    <message>
        <source>委员会共同评定的分数只用于客观因素；%1 是主观因素</source>
        <translation>a joint score (member null) is only for objective factors; %1 is subjective</translation>
    </message>
    <message>
        <source>缺少评委 %1 对投标人 %2 的 %3 评分</source>
        <translation>Member %1's score of bidder %2 on %3 is missing</translation>
    </message>
    <message>
        <source>……投标人 %2 另缺 %1 项评分</source>
        <translation>… %1 more scores missing for bidder %2</translation>
    </message>
    <message>
        <source>%1 不是非价格因素的类别</source>
        <translation>%1 is not a category of a non-price factor</translation>
    </message>
    <message>
        <source>%1 是价格因素：得分由报价计算</source>
        <translation>%1 is the price factor: its score is computed</translation>
    </message>
    <message>
        <source>大写报价须大于零</source>
        <translation>the price in words must be above zero</translation>
    </message>
    <message>
        <source>对 %1 的异常低价决定重复</source>
        <translation>a second low_price decision for %1</translation>
    </message>
    <message>
        <source>%1 对投标人 %2 的 %3 评分重复</source>
        <translation>a second score of %1 for %2 on %3</translation>
    </message>
    <message>
        <source>%2 对投标人 %4 的%1审查项 %3 的判定重复</source>
        <translation>a second %1 verdict of %2 on %3 for %4</translation>
    </message>
    <message>
        <source>一个项目最多只有一个价格因素</source>
        <translation>a tender has at most one price factor</translation>
    </message>
    <message>
        <source>没有%1项 %2</source>
        <translation>unknown %1 item %2</translation>
    </message>
    <message>
        <source>小写和大写都没有给出报价</source>
        <translation>neither the figures nor the capitals give a price</translation>
    </message>
    <message>
        <source>同一字段出现两次</source>
        <translation>key given twice</translation>
    </message>
    <message>
        <source>须为列表，而不是 %1</source>
        <translation>must be a list, not %1</translation>
    </message>
    <message>
        <source>须为 %1，而不是 %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>须为 %1，不能为空值</source>
        <translation>must be %1, not null</translation>
    </message>
    <message>
        <source>须为数字，不能为空值</source>
        <translation>must be a number, not null</translation>
    </message>
    <message>
        <source>须为对象，而不是 %1</source>
        <translation>must be an object, not %1</translation>
    </message>
    <message>
        <source>须为文字或空值，而不是 %1</source>
        <translation>must be a string or null, not %1</translation>
    </message>
    <message>
        <source>%1 超出范围 %2%3, %4%5</source>
        <translation>%1 is out of range %2%3, %4%5</translation>
    </message>
    <message>
        <source>%1 超出范围（须为 %2）</source>
        <translation>%1 is out of range (must be %2)</translation>
    </message>
    <message>
        <source>%1 是 %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>缺少必填字段</source>
        <translation>required key missing</translation>
    </message>
    <message>
        <source>未知字段</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>这是文件，不是文件夹</source>
        <translation>is a file, not a folder</translation>
    </message>
    <message>
        <source>文件超过 %1 个；一次最多清标这么多个</source>
        <translation>more than %1 files; at most that many are screened at once</translation>
    </message>
    <message>
        <source>%1 的文件名不是以本项目的投标人编号开头（%2）</source>
        <translation>the %1 name does not start with a bidder id of the project (%2)</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <source>“%1”不是校验码（16 位十六进制数字，如 ABCD-EF01-2345-6789；草稿为 D-ABCD-EF01-2345-6789）</source>
        <translation>%1 is not a fingerprint (16 hex digits, e.g. ABCD-EF01-2345-6789, or a draft's D-ABCD-EF01-2345-6789)</translation>
    </message>
    <message>
        <source>Ed25519 私钥须为 32 字节</source>
        <translation>an Ed25519 private key is 32 bytes</translation>
    </message>
    <message>
        <source>文件超过 %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
    <message>
        <source>工作表延伸到第 %1 行、第 %2 列；模板最多 %3 行、%4 列</source>
        <translation>the sheet reaches row %1, column %2; the template has at most %3 rows and %4 columns</translation>
    </message>
    <message>
        <source>解压后 %1 MB；最多读取 %2 MB</source>
        <translation>unpacks to %1 MB; at most %2 MB are read</translation>
    </message>
    <message>
        <source>没有数值，无法求平均</source>
        <translation>mean of no values</translation>
    </message>
    <message>
        <source>金额 %1 无法舍入到分</source>
        <translation>amount %1 cannot be rounded to fen</translation>
    </message>
    <message>
        <source>金额 %1 为负数</source>
        <translation>amount %1 is negative</translation>
    </message>
    <message>
        <source>金额 %1 不是有限的数</source>
        <translation>amount %1 is not a finite number</translation>
    </message>
    <message>
        <source>金额 %1 舍入后达到或超过一万亿元</source>
        <translation>amount %1 rounds to 10^12 yuan or more</translation>
    </message>
    <message>
        <source>金额 %1 达到或超过一万亿元</source>
        <translation>amount %1 is 10^12 yuan or more</translation>
    </message>
    <message>
        <source>未知的报告格式 %1（可用：%2）</source>
        <translation>unknown report format %1 (known: %2)</translation>
    </message>
    <message>
        <source>%1：一个格式文件只含一个对象</source>
        <translation>%1: a form file holds one object</translation>
    </message>
    <message>
        <source>%1：表头、列宽、对齐和行的列数不一致</source>
        <translation>%1: head, widths, align and rows differ in length</translation>
    </message>
    <message>
        <source>%1：%3 中没有 %2 的文字</source>
        <translation>%1: no text for %2 in %3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：未知的块字段 %2</source>
        <translation>%1: unknown block keys %2</translation>
    </message>
    <message>
        <source>%1：未知字段 %2，或缺少 kind/blocks</source>
        <translation>%1: unknown keys %2 or no kind/blocks</translation>
    </message>
    <message>
        <source>%1：%3 中有未知的占位符 %2</source>
        <translation>%1: unknown placeholder %2 in %3</translation>
    </message>
    <message>
        <source>未知的行来源 %1</source>
        <translation>unknown row source %1</translation>
    </message>
    <message>
        <source>评分包清单缺少字段</source>
        <translation>a manifest field is missing</translation>
    </message>
    <message>
        <source>不是评分包清单</source>
        <translation>not a package manifest</translation>
    </message>
    <message>
        <source>评分包清单无法读取：%1</source>
        <translation>unreadable manifest: %1</translation>
    </message>
    <message>
        <source>没有小写报价，也没有大写报价</source>
        <translation>no price in figures or in words</translation>
    </message>
    <message>
        <source>投标人 %1 的 %2 尚未评分</source>
        <translation>Bidder %1 is not scored on %2 yet</translation>
    </message>
    <message>
        <source>未知的评分表格式 %1（pdf 或 docx）</source>
        <translation>unknown sheet format %1 (pdf or docx)</translation>
    </message>
    <message>
        <source>不是可读取的交换文件：%1</source>
        <translation>not a readable exchange file: %1</translation>
    </message>
    <message>
        <source>这是项目文件，不是交换文件（bideval/1 JSON）</source>
        <translation>is a project file, not an exchange file (bideval/1 JSON)</translation>
    </message>
    <message>
        <source>不是评标台的二维码内容：%1</source>
        <translation>not a BidDesk QR text: %1</translation>
    </message>
    <message>
        <source>费率 %1 不是 0 至 100 之间的百分数</source>
        <translation>rate %1 is not a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>%1 高于该因素的满分 %2</source>
        <translation>%1 is above the factor's max %2</translation>
    </message>
    <message>
        <source>%1 低于 %2</source>
        <translation>%1 is below %2</translation>
    </message>
    <message>
        <source>%1 列出了两次</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>分值 %1 不是步长 %2 的整数倍</source>
        <translation>the max %1 is not a multiple of the step %2</translation>
    </message>
    <message>
        <source>须为编号%1，而不是 %2</source>
        <translation>must be an id%1, not %2</translation>
    </message>
    <message>
        <source>须为非空的数字列表，而不是 %1</source>
        <translation>must be a non-empty list of numbers, not %1</translation>
    </message>
    <message>
        <source>须为文字，而不是 %1</source>
        <translation>must be a string, not %1</translation>
    </message>
    <message>
        <source>%1 不是 %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <source>%1 不是招标文件中的评分因素</source>
        <translation>%1 is not a factor of the tender</translation>
    </message>
    <message>
        <source>%1 不是日期（YYYY-MM-DD）</source>
        <translation>%1 is not an ISO date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 不是招标文件%2中的审查项</source>
        <translation>%1 is not an item of the tender's %2</translation>
    </message>
    <message>
        <source>%1 不是 JSON 允许的数字</source>
        <translation>%1 is not a number JSON allows</translation>
    </message>
    <message>
        <source>%1 不是 low_price、invalid 之一</source>
        <translation>%1 is not one of low_price, invalid</translation>
    </message>
    <message>
        <source>%1 不是 %2 之一，也不是空值</source>
        <translation>%1 is not one of %2 or null</translation>
    </message>
    <message>
        <source>%1 不是 quoted_price、evaluated_price 或 category:名称</source>
        <translation>%1 is not quoted_price, evaluated_price or category:NAME</translation>
    </message>
    <message>
        <source>%1 不是招标文件中的要求</source>
        <translation>%1 is not a requirement of the tender</translation>
    </message>
    <message>
        <source>不是 UTF-8 文本（第 %1 字节）</source>
        <translation>not UTF-8 text (byte %1)</translation>
    </message>
    <message>
        <source>不是有效的 JSON：%1 %2</source>
        <translation>not valid JSON: %1 %2</translation>
    </message>
    <message>
        <source>不是有效的 JSON：%1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>不是有效的 JSON：嵌套过深</source>
        <translation>not valid JSON: nested too deeply</translation>
    </message>
    <message>
        <source>%1 是价格因素：其得分由报价计算得出</source>
        <translation>%1 is the price factor: its score is computed from the price</translation>
    </message>
    <message>
        <source>须有小写报价或大写报价（price_words）</source>
        <translation>a price in figures or in words (price_words) is needed</translation>
    </message>
    <message>
        <source>同一分值列出了两次</source>
        <translation>a value is listed twice</translation>
    </message>
    <message>
        <source>%1 已在开标记录中</source>
        <translation>%1 is already in the opening record</translation>
    </message>
    <message>
        <source>这是另一项目的投标（%1）；本项目为 %2</source>
        <translation>answers another tender (%1); this project is %2</translation>
    </message>
    <message>
        <source>无法创建：%1</source>
        <translation>cannot be created: %1</translation>
    </message>
    <message>
        <source>%1 不是数据结构版本号（主版本.次版本）</source>
        <translation>%1 is not a schema version (MAJOR.MINOR)</translation>
    </message>
    <message>
        <source>无法读取（%1），已跳过</source>
        <translation>cannot be read (%1); skipped</translation>
    </message>
    <message>
        <source>%1：%2 个条款各有上限（%3 = %4），读作分组“%6”下的 %5 个评分因素</source>
        <translation>%1: %2 clauses with their own caps (%3 = %4) read as %5 factors of the group %6</translation>
    </message>
    <message>
        <source>%1 类评分因素合计 %2 分，表中写明 %3 分</source>
        <translation>the %1 factors add up to %2, the table says %3</translation>
    </message>
    <message>
        <source>%1 类评分因素标为暗标</source>
        <translation>the %1 factors marked blind</translation>
    </message>
    <message>
        <source>未找到评分表（表头含评分因素/评审内容等及分值），也未找到审查表（审查内容、审查标准）</source>
        <translation>no scoring table found (a header naming the factors / 评分因素, 评审内容 … and the points) and no checklist table (the items and their criteria)</translation>
    </message>
    <message>
        <source>未找到评分表，只读出了审查表</source>
        <translation>no scoring table found; only the checklists were read</translation>
    </message>
    <message>
        <source>%1：未写明属资格审查还是符合性审查，暂列入符合性审查</source>
        <translation>%1: not said whether qualification or compliance review; put under the compliance review</translation>
    </message>
    <message>
        <source>%1：%2 个编号分项各有上限（%3 = %4），读作分组“%6”下的 %5 个评分因素；请在预览中命名</source>
        <translation>%1: %2 numbered parts with their own caps (%3 = %4) read as %5 factors of the group %6; name them in the preview</translation>
    </message>
    <message>
        <source>资格审查取自“%2”下的 %1 条编号要求（无审查表）；名称为各条要求的开头文字</source>
        <translation>qualification review read from the %1 numbered requirements under “%2” (no checklist table); the names are each requirement's first words</translation>
    </message>
    <message>
        <source>读作上一张评分表的续表（表头重复）</source>
        <translation>read as the rest of the scoring table above (its header repeated)</translation>
    </message>
    <message>
        <source>读作上一张评分表的续表</source>
        <translation>read as the rest of the scoring table above</translation>
    </message>
    <message>
        <source>此行有评分标准但没有评分因素名称，已跳过</source>
        <translation>a row with a standard but no factor name was skipped</translation>
    </message>
    <message>
        <source>%1：未能识别评分方式，请在预览中选择（暂按 0–%2 区间）</source>
        <translation>%1: rule not recognised; choose in the preview (a 0–%2 range for now)</translation>
    </message>
    <message>
        <source>基准时长须大于 0，而不是 %1</source>
        <translation>baseline must be above 0, not %1</translation>
    </message>
    <message>
        <source>新评分标准删去了因素 %1，该因素已有 %2 项评分</source>
        <translation>the draft drops factor %1, which has %2 scores</translation>
    </message>
    <message>
        <source>新评分标准删去了%1审查项 %2，该项已有 %3 项判定</source>
        <translation>the draft drops %1 item %2, which has %3 verdicts</translation>
    </message>
    <message>
        <source>每项分值须大于 0，而不是 %1</source>
        <translation>each must be above 0, not %1</translation>
    </message>
    <message>
        <source>该因素没有编号</source>
        <translation>the factor has no id</translation>
    </message>
    <message>
        <source>评分因素没有类别（价格、商务、技术……）</source>
        <translation>the factor has no category (price, commercial, technical …)</translation>
    </message>
    <message>
        <source>评分因素没有名称</source>
        <translation>the factor has no name</translation>
    </message>
    <message>
        <source>评分因素合计 %1 分，不是 100 分</source>
        <translation>the factors add up to %1, not 100</translation>
    </message>
    <message>
        <source>文件中没有评分因素，也没有审查项</source>
        <translation>the file holds no scoring factor and no checklist item</translation>
    </message>
    <message>
        <source>%1 给出了两次</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <source>编号 %1 被 %2 个因素使用</source>
        <translation>the id %1 is used by %2 factors</translation>
    </message>
    <message>
        <source>该审查项没有编号</source>
        <translation>the item has no id</translation>
    </message>
    <message>
        <source>该审查项没有名称</source>
        <translation>the item has no name</translation>
    </message>
    <message>
        <source>分项数至少为 1，而不是 %1</source>
        <translation>n must be at least 1, not %1</translation>
    </message>
    <message>
        <source>%1：至少列出一个分值（如 6/4/3/2/0）</source>
        <translation>%1: list at least one value (6/4/3/2/0)</translation>
    </message>
    <message>
        <source>分值须大于 0，而不是 %1</source>
        <translation>the max must be above 0, not %1</translation>
    </message>
    <message>
        <source>分项数：%1 不是整数</source>
        <translation>n: %1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 须写明 %2（如 %3）</source>
        <translation>%1 needs %2 (e.g. %3)</translation>
    </message>
    <message>
        <source>%1 类因素没有可命名的等级</source>
        <translation>a %1 factor has no grades to name</translation>
    </message>
    <message>
        <source>“%1”不是“参数=值”的形式（如 each=0.5）</source>
        <translation>"%1" is not key=value (e.g. each=0.5)</translation>
    </message>
    <message>
        <source>%1：“%2”不是数字</source>
        <translation>%1: "%2" is not a number</translation>
    </message>
    <message>
        <source>%1 不是 %2 的参数（%3）</source>
        <translation>%1 is not a parameter of %2 (%3)</translation>
    </message>
    <message>
        <source>“%1”不是评分方式；请使用 %2 之一</source>
        <translation>"%1" is not a rule type; use one of %2</translation>
    </message>
    <message>
        <source>步长须大于 0，而不是 %1</source>
        <translation>step must be above 0, not %1</translation>
    </message>
    <message>
        <source>分值 %1 高于该因素的满分 %2</source>
        <translation>the value %1 is above the factor's max %2</translation>
    </message>
    <message>
        <source>分值 %1 小于 0</source>
        <translation>the value %1 is below 0</translation>
    </message>
    <message>
        <source>%1 个等级说明对应 %2 个分值（%3）</source>
        <translation>%1 words for %2 values (%3)</translation>
    </message>
    <message>
        <source>%1 不能修改</source>
        <translation>%1 cannot be edited</translation>
    </message>
    <message>
        <source>最后一行之后没有可合并的评分因素</source>
        <translation>the last factor has no next factor to merge with</translation>
    </message>
    <message>
        <source>%1不能为空</source>
        <translation>the %1 must not be empty</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>价格分不能合并</source>
        <translation>the price factor cannot be merged</translation>
    </message>
    <message>
        <source>价格分不能拆分</source>
        <translation>the price factor cannot be split</translation>
    </message>
    <message>
        <source>有等级说明为空</source>
        <translation>a word is empty</translation>
    </message>
    <message>
        <source>%1 只能是“是”或“否”</source>
        <translation>%1 is yes or no</translation>
    </message>
    <message>
        <source>须为文字列表</source>
        <translation>must be a list of strings</translation>
    </message>
    <message>
        <source>%1 不能导入；请使用 .json、.xlsx 或 .docx 文件</source>
        <translation>%1 cannot be imported; use .json, .xlsx or .docx</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 不能导入；请使用 .json、.xlsx 或 .docx 文件（请另存为 %2）</source>
        <translation>%1 cannot be imported; use .json, .xlsx or .docx (save it as %2)</translation>
    </message>
    <message>
        <source>列 %1 出现了两次</source>
        <translation>the column %1 is given twice</translation>
    </message>
    <message>
        <source>有一列没有列名却有数据</source>
        <translation>a column without a heading holds data</translation>
    </message>
    <message>
        <source>编号 %1 重复（另见 %2）</source>
        <translation>duplicate id %1 (also %2)</translation>
    </message>
    <message>
        <source>为空；每个因素都须填写</source>
        <translation>empty; every factor needs it</translation>
    </message>
    <message>
        <source>为空；每个审查项都须填写</source>
        <translation>empty; every item needs it</translation>
    </message>
    <message>
        <source>为空；须填写数字</source>
        <translation>empty; a number is needed</translation>
    </message>
    <message>
        <source>是公式；请直接填写数值（不计算公式）</source>
        <translation>a formula; type the value itself (formulas are not computed)</translation>
    </message>
    <message>
        <source>没有编号；已按 %1</source>
        <translation>no id; %1 given</translation>
    </message>
    <message>
        <source>“%1”不是“是”或“否”</source>
        <translation>"%1" is not yes or no</translation>
    </message>
    <message>
        <source>%1 不是招标文件会用到的数字</source>
        <translation>%1 is not a number a tender uses</translation>
    </message>
    <message>
        <source>是%1，不是文字或数字</source>
        <translation>a %1, not text or a number</translation>
    </message>
    <message>
        <source>缺少必需的列 %1</source>
        <translation>the required column %1 is missing</translation>
    </message>
    <message>
        <source>缺少工作表 %1</source>
        <translation>the sheet %1 is missing</translation>
    </message>
    <message>
        <source>未知的列“%1”；可用的列为 %2</source>
        <translation>unknown column "%1"; the columns are %2</translation>
    </message>
    <message>
        <source>未知的工作表“%1”；模板中有 %2</source>
        <translation>unknown sheet "%1"; the template has %2</translation>
    </message>
    <message>
        <source>%1 须为数字，而不是 %2</source>
        <translation>%1 must be a number, got %2</translation>
    </message>
    <message>
        <source>%1 %2 为负数</source>
        <translation>%1 %2 is negative</translation>
    </message>
    <message>
        <source>%1 %2 不是有限的数</source>
        <translation>%1 %2 is not a finite number</translation>
    </message>
    <message>
        <source>未知的行业“%1”</source>
        <translation>unknown industry '%1'</translation>
    </message>
    <message>
        <source>无法读取（%1：%2）</source>
        <translation>cannot be read (%1: %2)</translation>
    </message>
    <message>
        <source>此处%1为 %2，与 %4 处的 %3 不同；保留前者</source>
        <translation>%1 here is %2, not the %3 of %4; the first kept</translation>
    </message>
    <message>
        <source>一条标记的要求与其后换行的 %1 行合并</source>
        <translation>a marked line joined with the %1 wrapped lines after it</translation>
    </message>
    <message>
        <source>标记的要求超过 %1 条；其余已跳过</source>
        <translation>more than %1 marked requirements; the rest skipped</translation>
    </message>
    <message>
        <source>不是可读取的 Word .docx 文件（%1：%2）</source>
        <translation>not a readable Word .docx document (%1: %2)</translation>
    </message>
    <message>
        <source>%1 读作 %2</source>
        <translation>%1 read as %2</translation>
    </message>
    <message>
        <source>%1 %2 读作%3要求</source>
        <translation>%1 %2 read as a %3 requirement</translation>
    </message>
    <message>
        <source>其文字部分为 %1 字节，超过 %2</source>
        <translation>its text part is %1 bytes, more than %2</translation>
    </message>
    <message>
        <source>格式“%1”读作 %2</source>
        <translation>form “%1” read as %2</translation>
    </message>
    <message>
        <source>格式“%1”：文字在第 %2 个字符处截断</source>
        <translation>form “%1”: text cut at %2 characters</translation>
    </message>
    <message>
        <source>格式章节“%1”读到 %2 为止</source>
        <translation>forms chapter “%1” read up to %2</translation>
    </message>
    <message>
        <source>格式超过 %1 个；其余已跳过</source>
        <translation>more than %1 forms; the rest skipped</translation>
    </message>
    <message>
        <source>未找到投标文件格式章节（如“第六章 投标文件格式”或“响应文件格式”及其后的格式）；未读取格式</source>
        <translation>no forms chapter found (a heading such as Chapter 6 Bid document forms, followed by the forms); no forms read</translation>
    </message>
    <message>
        <source>格式 %1 既不是发布的招标数据（bideval/1），也不是投标响应文件（%2）</source>
        <translation>format %1 is neither a published tender (bideval/1) nor a response file (%2)</translation>
    </message>
    <message>
        <source>文件中未找到招标的%1；请改用代理机构项目发布的招标数据（发布招标）</source>
        <translation>the tender's %1 was not found in the document; publish the tender from the agent's project instead (publish-tender)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>……另有 %1 处问题</source>
        <translation>… and %1 more problems</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>公开招标</source>
        <translation>Open tender</translation>
    </message>
    <message>
        <source>邀请招标</source>
        <translation>Invited tender</translation>
    </message>
    <message>
        <source>竞争性磋商</source>
        <translation>Competitive consultation</translation>
    </message>
    <message>
        <source>竞争性谈判</source>
        <translation>Competitive negotiation</translation>
    </message>
    <message>
        <source>询价</source>
        <translation>Request for quotations</translation>
    </message>
    <message>
        <source>单一来源</source>
        <translation>Single source</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>日期格式应为 2025-11-25</source>
        <translation>Use the date format 2025-11-25</translation>
    </message>
    <message>
        <source>投标报价</source>
        <translation>Quoted price</translation>
    </message>
    <message>
        <source>评审报价</source>
        <translation>Evaluated price</translation>
    </message>
    <message>
        <source>得分</source>
        <translation> score</translation>
    </message>
    <message>
        <source>“%1”不是排序依据（投标报价、评审报价或某类得分，如 技术得分）</source>
        <translation>“%1” is not a tie-break criterion (quoted price, evaluated price or a category score, e.g. Technical score)</translation>
    </message>
    <message>
        <source>项目信息与评审规则</source>
        <translation>Project and evaluation rules</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project number</translation>
    </message>
    <message>
        <source>印在每一页评审表的页脚</source>
        <translation>Printed in the footer of every evaluation form</translation>
    </message>
    <message>
        <source>采购人</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>采购代理机构</source>
        <translation>Procurement agency</translation>
    </message>
    <message>
        <source>采购方式</source>
        <translation>Procurement method</translation>
    </message>
    <message>
        <source>决定评标委员会最少人数：招标 5 人，其他方式 3 人</source>
        <translation>Sets the minimum committee size: 5 for tenders, 3 for other methods</translation>
    </message>
    <message>
        <source>报价形式</source>
        <translation>Bids as</translation>
    </message>
    <message>
        <source>费率报价：投标人报目录价的百分比（如 86.50%），最高限价为费率（默认 100.00）</source>
        <translation>Rate bids: bidders quote a percentage of the catalogue price (e.g. 86.50%); the ceiling is a rate (100.00 by default)</translation>
    </message>
    <message>
        <source>预算金额（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>无最高限价时，异常低价以预算为基准</source>
        <translation>Without a price ceiling, abnormally low prices are judged against the budget</translation>
    </message>
    <message>
        <source>最高限价（元）</source>
        <translation>Price ceiling (yuan)</translation>
    </message>
    <message>
        <source>报价超过最高限价的投标无效</source>
        <translation>A bid priced above the price ceiling is invalid</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>中小企业划型标准（工信部联企业〔2011〕300号）按此行业核对声明</source>
        <translation>SME declarations are checked against this industry's size thresholds (Gongxinbu Lianqiye [2011] No. 300)</translation>
    </message>
    <message>
        <source>开标日期</source>
        <translation>Bid opening date</translation>
    </message>
    <message>
        <source>如 2025-11-25</source>
        <translation>e.g. 2025-11-25</translation>
    </message>
    <message>
        <source>公告发布媒介</source>
        <translation>Notice published in</translation>
    </message>
    <message>
        <source>评标报告第一项（87号令第五十八条）</source>
        <translation>First item of the evaluation report (MOF Order 87, Art. 58)</translation>
    </message>
    <message>
        <source>开标地点</source>
        <translation>Bid opening venue</translation>
    </message>
    <message>
        <source>评审规则</source>
        <translation>Evaluation rules</translation>
    </message>
    <message>
        <source>小微企业价格扣除</source>
        <translation>Small and micro enterprise price deduction</translation>
    </message>
    <message>
        <source>货物、服务项目 10%–20%（财库〔2022〕19号）</source>
        <translation>Goods and services: 10%–20% (Caiku [2022] No. 19)</translation>
    </message>
    <message>
        <source>联合体/分包小微份额扣除</source>
        <translation>Consortium/subcontracting share deduction</translation>
    </message>
    <message>
        <source>小微企业份额达标时 4%–6%</source>
        <translation>4%–6% when the small and micro share reaches the minimum</translation>
    </message>
    <message>
        <source>小微企业最低份额</source>
        <translation>Minimum small and micro share</translation>
    </message>
    <message>
        <source>协议中小微企业份额不低于此比例方可扣除</source>
        <translation>The deduction applies only if the agreement gives small and micro enterprises at least this share</translation>
    </message>
    <message>
        <source>扣除方式</source>
        <translation>Deduction method</translation>
    </message>
    <message>
        <source>整体扣除（报价 × 扣除率）</source>
        <translation>Whole price (price × rate)</translation>
    </message>
    <message>
        <source>按小微企业产品金额扣除</source>
        <translation>By small and micro products amount</translation>
    </message>
    <message>
        <source>按金额扣除时，评审价 = 报价 − 小微企业产品金额 × 扣除率</source>
        <translation>By amount: evaluated price = price − small and micro products amount × rate</translation>
    </message>
    <message>
        <source>取平均方式</source>
        <translation>Averaging</translation>
    </message>
    <message>
        <source>各评委总分取平均</source>
        <translation>Average of evaluators' totals</translation>
    </message>
    <message>
        <source>各部分分别取平均</source>
        <translation>Average each category separately</translation>
    </message>
    <message>
        <source>各评分因素分别取平均</source>
        <translation>Average each factor separately</translation>
    </message>
    <message>
        <source>算术平均，四舍五入的位置按招标文件（不去掉最高最低分）</source>
        <translation>Arithmetic mean, rounded as the tender documents say (highest and lowest scores are kept)</translation>
    </message>
    <message>
        <source>保留小数位</source>
        <translation>Decimal places</translation>
    </message>
    <message>
        <source>得分四舍五入保留的位数</source>
        <translation>Scores are rounded to this many decimal places</translation>
    </message>
    <message>
        <source>推荐中标候选人数</source>
        <translation>Number of winning candidates</translation>
    </message>
    <message>
        <source>最少有效投标人数</source>
        <translation>Minimum valid bids</translation>
    </message>
    <message>
        <source>有效投标不足此数即废标（招标一般为 3）</source>
        <translation>Fewer valid bids means failed procurement (usually 3 for tenders)</translation>
    </message>
    <message>
        <source>低于有效报价平均值的</source>
        <translation>below % of average valid price</translation>
    </message>
    <message>
        <source>低于第二低报价的</source>
        <translation>below % of second-lowest price</translation>
    </message>
    <message>
        <source>低于最高限价的</source>
        <translation>below % of price ceiling</translation>
    </message>
    <message>
        <source>异常低价：</source>
        <translation>Abnormally low price: </translation>
    </message>
    <message>
        <source>财库〔2026〕2号默认 50%/50%/45%，最高 65%；留空用默认</source>
        <translation>Caiku [2026] No. 2 defaults: 50%/50%/45%, at most 65%; leave blank for the default</translation>
    </message>
    <message>
        <source>总分相同时依次比较</source>
        <translation>Tie-break order</translation>
    </message>
    <message>
        <source>如：投标报价，技术得分（报价低者优先，得分高者优先）</source>
        <translation>e.g. Quoted price, Technical score (lower price first, higher score first)</translation>
    </message>
    <message>
        <source>修改%1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>⚠ %1 不在法定区间 %2–%3 内，请核对招标文件</source>
        <translation>⚠ %1 is outside the legal range %2–%3; check the tender documents</translation>
    </message>
    <message>
        <source>⚠ 最高限价高于预算金额</source>
        <translation>⚠ The price ceiling is above the budget</translation>
    </message>
    <message>
        <source>大写：%1</source>
        <translation>In capitals: %1</translation>
    </message>
    <message>
        <source>最高限价（费率，%）</source>
        <translation>Ceiling (rate, %)</translation>
    </message>
    <message>
        <source>留空即 100.00</source>
        <translation>Blank means 100.00</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>输出文件夹：</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>生成报告</source>
        <translation>Generate reports</translation>
    </message>
    <message>
        <source>尚未生成。报告包：评标报告、评审表、评委个人评分表（PDF、Word）及 Excel 表格。</source>
        <translation>Not generated yet. The pack: evaluation report, review tables, each member's score sheet (PDF, Word) and an Excel workbook.</translation>
    </message>
    <message>
        <source>已生成的文件：</source>
        <translation>Files generated:</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>选择一个 PDF 文件预览</source>
        <translation>Choose a PDF file to preview</translation>
    </message>
    <message>
        <source>选择报告输出文件夹</source>
        <translation>Choose the output folder for the reports</translation>
    </message>
    <message>
        <source>没有打开的项目。</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>正在生成：{0}（{1}/{2}）</source>
        <translation>Generating: {0} ({1}/{2})</translation>
    </message>
    <message>
        <source>已生成 {0} 个文件：{1}</source>
        <translation>{0} files generated: {1}</translation>
    </message>
    <message>
        <source>评审尚未定稿：这是草稿，每页均标有“草稿（未定稿）”，数据指纹以 D- 开头。</source>
        <translation>The evaluation is not finalised: this is a draft; every page is marked “draft (not final)” and its fingerprints start with D-.</translation>
    </message>
    <message>
        <source>生成失败：{0}</source>
        <translation>Generation failed: {0}</translation>
    </message>
    <message>
        <source>只能预览 PDF 文件；Word 和 Excel 文件请打开文件夹查看。</source>
        <translation>Only PDF files can be previewed; open the folder for the Word and Excel files.</translation>
    </message>
    <message>
        <source>第 {0} / {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ResponseCheck</name>
    <message>
        <source>✗ 有 %1 项严重问题（投标将无效或报价被修正），须改正后才能生成正式投标文件</source>
        <translation>✗ %1 fatal findings (the bid would be invalid or its price corrected): fix them before generating the final bid</translation>
    </message>
    <message>
        <source>✓ 没有严重问题，可以生成投标文件</source>
        <translation>✓ No fatal finding: the bid can be generated</translation>
    </message>
    <message>
        <source>；⚠ %1 项提示</source>
        <translation>; ⚠ %1 warnings</translation>
    </message>
    <message>
        <source>自查与估分</source>
        <translation>Self-check and estimate</translation>
    </message>
    <message>
        <source>自查结果</source>
        <translation>Self-check findings</translation>
    </message>
    <message>
        <source>转到所选问题</source>
        <translation>Go to the selected finding</translation>
    </message>
    <message>
        <source>估分（假设的竞争对手报价）</source>
        <translation>Score estimate (assumed competitor prices)</translation>
    </message>
    <message>
        <source>竞争对手报价</source>
        <translation>Competitor's price</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>不触发</source>
        <translation>none triggered</translation>
    </message>
    <message>
        <source>价格扣除：%1</source>
        <translation>Price deduction: %1</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>评审价格：%1</source>
        <translation>Evaluated price: %1</translation>
    </message>
    <message>
        <source>价格得分：%1</source>
        <translation>Price score: %1</translation>
    </message>
    <message>
        <source>—（按现有填写，投标将被判无效）</source>
        <translation>— (as filled in, the bid would be invalid)</translation>
    </message>
    <message>
        <source>异常低价：%1</source>
        <translation>Abnormally low price: %1</translation>
    </message>
    <message>
        <source>客观分（按承诺）：%1</source>
        <translation>Objective points (as claimed): %1</translation>
    </message>
    <message>
        <source>主观分：%1 – %2</source>
        <translation>Subjective points: %1 – %2</translation>
    </message>
    <message>
        <source>预计总分：%1 – %2</source>
        <translation>Estimated total: %1 – %2</translation>
    </message>
    <message>
        <source>（未填写竞争对手报价：按只有本投标计算，价格分为满分）</source>
        <translation>(No competitor prices: the bid is alone and scores the full price points)</translation>
    </message>
    <message>
        <source>-投标文件</source>
        <translation>-bid-files</translation>
    </message>
    <message>
        <source>生成投标文件</source>
        <translation>Generate the bid</translation>
    </message>
    <message>
        <source>生成投标文件（Word 与 PDF，含目录、页码和签章栏）以及交给代理机构的投标响应文件。自查有严重问题时只能生成草稿，草稿每页注明“草稿”，不得递交。</source>
        <translation>Generates the bid documents (Word and PDF, with contents, page numbers and signature blocks) and the response file for the agency. While the self-check has fatal findings only a draft can be generated; every page of a draft is marked as such and must not be submitted.</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>生成草稿</source>
        <translation>Generate a draft</translation>
    </message>
    <message>
        <source>选择保存投标文件的文件夹</source>
        <translation>Choose the folder for the bid files</translation>
    </message>
    <message>
        <source>已生成草稿（不得递交）：</source>
        <translation>Draft generated (not to be submitted):</translation>
    </message>
    <message>
        <source>已生成投标文件：</source>
        <translation>Bid generated:</translation>
    </message>
    <message>
        <source>还不能生成正式投标文件，须先改正：</source>
        <translation>The final bid cannot be generated yet; fix first:</translation>
    </message>
    <message>
        <source>✓ 自查通过，可以生成投标文件。</source>
        <translation>✓ The self-check passes: the bid can be generated.</translation>
    </message>
</context>
<context>
    <name>ResponseFiles</name>
    <message>
        <source>文件已存在，不会覆盖：%1</source>
        <translation>The file already exists and is never overwritten: %1</translation>
    </message>
</context>
<context>
    <name>ResponseLists</name>
    <message>
        <source>资格与符合性证明</source>
        <translation>Review evidence</translation>
    </message>
    <message>
        <source>为每一项写明证明材料在投标文件中的位置（附件、页码），如“附件1 营业执照 第5页”。双击“证明材料”一栏填写。</source>
        <translation>For each item, say where the bid proves it (attachment, page), e.g. “Attachment 1 business licence p.5”. Double-click the evidence column to fill it in.</translation>
    </message>
    <message>
        <source>需求响应</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>★ 为实质性要求，负偏离或不响应即投标无效；▲ 为评分项。双击“响应”选择 响应/正偏离/负偏离，双击“说明”填写偏离说明。</source>
        <translation>★ marks a substantive requirement: a deviation or no answer makes the bid invalid; ▲ marks a scored one. Double-click the answer to choose comply / exceed / deviate, and the note to explain a deviation.</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>不承诺</source>
        <translation>No claim</translation>
    </message>
    <message>
        <source>证明材料（每行一项，如“合同A 第31页”）</source>
        <translation>Evidence (one per line, e.g. “Contract A p.31”)</translation>
    </message>
    <message>
        <source>选中一个评分项</source>
        <translation>Select a scoring factor</translation>
    </message>
    <message>
        <source>%1 %2（%3 分%4）</source>
        <translation>%1 %2 (%3 points%4)</translation>
    </message>
    <message>
        <source>，客观分</source>
        <translation>, objective</translation>
    </message>
    <message>
        <source>，主观分</source>
        <translation>, subjective</translation>
    </message>
    <message>
        <source>招标文件原文：%1</source>
        <translation>Tender wording: %1</translation>
    </message>
    <message>
        <source>招标文件原文：（未录入该项评分细则原文）</source>
        <translation>Tender wording: (not recorded for this factor)</translation>
    </message>
    <message>
        <source>评分方式：%1</source>
        <translation>Scoring method: %1</translation>
    </message>
    <message>
        <source>评分承诺</source>
        <translation>Scoring claims</translation>
    </message>
    <message>
        <source>对每个评分项写明本投标承诺或具备的内容（业绩份数、证书、承诺时长、方案章节），编辑方式与专家评分相同，评分方式不允许的值无法录入；客观分须列出证明材料。</source>
        <translation>For each scoring factor, state what the bid claims (contracts, certificates, committed hours, proposal sections) with the same editors the experts use; a value the rule does not allow cannot be entered. Objective factors need their evidence listed.</translation>
    </message>
</context>
<context>
    <name>ResponseModels</name>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>标的名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>承接企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>从业人员（人）</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>营业收入（万元）</source>
        <translation>Revenue (10,000 yuan)</translation>
    </message>
    <message>
        <source>资产总额（万元）</source>
        <translation>Total assets (10,000 yuan)</translation>
    </message>
    <message>
        <source>声明规模</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>按标准计算</source>
        <translation>By thresholds</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>自查</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>（行业不在划型标准中）</source>
        <translation>(industry not in the size standard)</translation>
    </message>
    <message>
        <source>从业人员</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>营业收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>资产总额</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <source>数据不全（缺%1）</source>
        <translation>Figures incomplete (missing %1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>审查项</source>
        <translation>Review item</translation>
    </message>
    <message>
        <source>审查标准</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>证明材料（附件、页码）</source>
        <translation>Evidence (attachment, page)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>响应情况</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>（未响应）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>评分方式</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>可得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>（客观分）</source>
        <translation> (objective)</translation>
    </message>
    <message>
        <source>（未承诺）</source>
        <translation>(no claim)</translation>
    </message>
    <message>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>竞争对手报价（%）</source>
        <translation>Competitor's rate (%)</translation>
    </message>
    <message>
        <source>竞争对手报价（元）</source>
        <translation>Competitor's price (yuan)</translation>
    </message>
</context>
<context>
    <name>ResponsePages</name>
    <message>
        <source>投标人信息</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>按营业执照填写；名称将出现在每一份投标文件格式中，生成的文件属性也只写本单位。</source>
        <translation>As on the business licence; the name appears on every form of the bid, and the generated files' properties name this company only.</translation>
    </message>
    <message>
        <source>投标人名称</source>
        <translation>Bidder name</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>投标有效期（日历天）</source>
        <translation>Bid validity (calendar days)</translation>
    </message>
    <message>
        <source>招标文件要求：不少于 %1 天</source>
        <translation>The tender asks for at least %1 days</translation>
    </message>
    <message>
        <source>招标文件未写明投标有效期</source>
        <translation>The tender states no bid validity</translation>
    </message>
    <message>
        <source>报价（开标一览表）</source>
        <translation>Price (bid opening form)</translation>
    </message>
    <message>
        <source>本项目按费率报价：填写费率（百分比，保留两位小数），大写写作“百分之……”。</source>
        <translation>This tender quotes a rate: a percentage with two decimal places; its capitals are the Chinese “per cent …” form.</translation>
    </message>
    <message>
        <source>填写小写金额，大写金额按小写自动写出并与之并排显示；大写与小写不一致时，评审以大写为准。</source>
        <translation>Type the figures; the capitals are written from them and shown beside them. Where capitals and figures disagree, the capitals prevail.</translation>
    </message>
    <message>
        <source>投标报价</source>
        <translation>Quoted price</translation>
    </message>
    <message>
        <source>如 86.50</source>
        <translation>e.g. 86.50</translation>
    </message>
    <message>
        <source>如 2380500.00</source>
        <translation>e.g. 2380500.00</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>投标费率（小写）</source>
        <translation>Rate (figures)</translation>
    </message>
    <message>
        <source>小写金额</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>大写（按小写写出）</source>
        <translation>Capitals (from the figures)</translation>
    </message>
    <message>
        <source>按大写填写（开标一览表上的大写与小写不同时，照录大写并核对）</source>
        <translation>Type the capitals (when the opening form's capitals differ from its figures: copy them and check)</translation>
    </message>
    <message>
        <source>如 百分之捌拾陆点伍零</source>
        <translation>the rate in Chinese capitals, as on the opening form</translation>
    </message>
    <message>
        <source>如 贰佰叁拾捌万零伍佰元整</source>
        <translation>the amount in Chinese capitals, as on the opening form</translation>
    </message>
    <message>
        <source>大写费率</source>
        <translation>Rate in capitals</translation>
    </message>
    <message>
        <source>大写金额</source>
        <translation>Capitals</translation>
    </message>
    <message>
        <source>最高限价</source>
        <translation>Price ceiling</translation>
    </message>
    <message>
        <source>预算金额（未设最高限价）</source>
        <translation>Budget (no ceiling set)</translation>
    </message>
    <message>
        <source>%1：%2，报价超过即投标无效</source>
        <translation>%1: %2; a price above it makes the bid invalid</translation>
    </message>
    <message>
        <source>低于最高限价的 %1（%2）时，评标委员会将要求说明报价合理性</source>
        <translation>below %1 of the ceiling (%2) the committee will ask you to justify the price</translation>
    </message>
    <message>
        <source>中小企业声明</source>
        <translation>SME declaration</translation>
    </message>
    <message>
        <source>（不声明）</source>
        <translation>(not declared)</translation>
    </message>
    <message>
        <source>监狱企业（视同小型、微型企业）</source>
        <translation>Prison enterprise (treated as small or micro)</translation>
    </message>
    <message>
        <source>残疾人福利性单位（视同小型、微型企业）</source>
        <translation>Disabled-welfare unit (treated as small or micro)</translation>
    </message>
    <message>
        <source>如 30%</source>
        <translation>e.g. 30%</translation>
    </message>
    <message>
        <source>按明细分别计算扣除时填写</source>
        <translation>for a line-by-line deduction</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>小微企业合作份额</source>
        <translation>Small and micro partners' share</translation>
    </message>
    <message>
        <source>小微企业承担金额（元）</source>
        <translation>Amount undertaken by small and micro enterprises (yuan)</translation>
    </message>
    <message>
        <source>声明函明细（标的、承接企业及其从业人员、营业收入、资产总额）</source>
        <translation>Declaration lines (item, enterprise, its employees, revenue, assets)</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete the selected line</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>选中一行，查看按标准计算的依据。</source>
        <translation>Select a line to see why its figures give its size.</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>第 %1 行按%2的划型标准为%3企业，依据：%4</source>
        <translation>Line %1 is %3 under the thresholds of %2, because: %4</translation>
    </message>
    <message>
        <source>招标文件规定的所属行业：%1</source>
        <translation>The tender's industry: %1</translation>
    </message>
    <message>
        <source>招标文件未写明所属行业，无法按划型标准核对规模。</source>
        <translation>The tender names no industry: sizes cannot be checked against the thresholds.</translation>
    </message>
    <message>
        <source>小型、微型企业价格扣除 %1；联合体或分包中小微企业份额达到 %2 时扣除 %3。</source>
        <translation>Small and micro enterprises: %1 price deduction; consortium or subcontract SME share of at least %2: %3.</translation>
    </message>
    <message>
        <source>小微企业承担金额：%1 元</source>
        <translation>Amount undertaken by small and micro enterprises: %1 yuan</translation>
    </message>
</context>
<context>
    <name>ResponseSource</name>
    <message>
        <source>保存失败：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>费率 %1% 超过 100%，无法报价</source>
        <translation>a rate of %1% is above 100%</translation>
    </message>
    <message>
        <source>请先选择响应（响应/正偏离/负偏离），再填写说明</source>
        <translation>Choose the answer (comply / exceed / deviate) before the note</translation>
    </message>
    <message>
        <source>%1「%2」的评分方式不允许这个值</source>
        <translation>%1 “%2”: its scoring method does not allow this value</translation>
    </message>
    <message>
        <source>请先填写承诺，再列出证明材料</source>
        <translation>Enter the claim before its evidence</translation>
    </message>
    <message>
        <source>还不能生成正式投标文件：</source>
        <translation>The final bid cannot be generated yet:</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>角色应为本企业、联合体成员或分包企业</source>
        <translation>The role is the bidder itself, a consortium member or a subcontractor</translation>
    </message>
    <message>
        <source>规模应为 大型/中型/小型/微型 之一，或留空</source>
        <translation>The size is large, medium, small or micro, or blank</translation>
    </message>
</context>
<context>
    <name>ResponseTexts</name>
    <message>
        <source>投标人信息</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>报价</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>中小企业声明</source>
        <translation>SME declaration</translation>
    </message>
    <message>
        <source>资格与符合性证明</source>
        <translation>Review evidence</translation>
    </message>
    <message>
        <source>需求响应</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>评分承诺</source>
        <translation>Scoring claims</translation>
    </message>
    <message>
        <source>自查与估分</source>
        <translation>Self-check and estimate</translation>
    </message>
    <message>
        <source>生成投标文件</source>
        <translation>Generate the bid</translation>
    </message>
    <message>
        <source>大型</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>中型</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>小型</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>微型</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Comply</translation>
    </message>
    <message>
        <source>正偏离</source>
        <translation>Exceed</translation>
    </message>
    <message>
        <source>负偏离</source>
        <translation>Deviate</translation>
    </message>
    <message>
        <source>本企业</source>
        <translation>Bidder itself</translation>
    </message>
    <message>
        <source>联合体成员</source>
        <translation>Consortium member</translation>
    </message>
    <message>
        <source>分包企业</source>
        <translation>Subcontractor</translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>✗ 严重</source>
        <translation>✗ Fatal</translation>
    </message>
    <message>
        <source>⚠ 提示</source>
        <translation>⚠ Warning</translation>
    </message>
    <message>
        <source>ℹ 信息</source>
        <translation>ℹ Info</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>标的名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>承接企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>从业人员</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>营业收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>资产总额</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <source>声明规模</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>投标费率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>小写金额</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>大写费率</source>
        <translation>Rate in capitals</translation>
    </message>
    <message>
        <source>大写金额</source>
        <translation>Capitals</translation>
    </message>
    <message>
        <source>投标有效期</source>
        <translation>Bid validity</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>监狱企业</source>
        <translation>Prison enterprise</translation>
    </message>
    <message>
        <source>残疾人福利性单位</source>
        <translation>disabled-welfare unit</translation>
    </message>
    <message>
        <source>小微企业合作份额</source>
        <translation>Small and micro partners' share</translation>
    </message>
    <message>
        <source>小微企业承担金额</source>
        <translation>Amount undertaken by small and micro enterprises</translation>
    </message>
    <message>
        <source>声明函明细</source>
        <translation>Declaration lines</translation>
    </message>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>× 10k yuan</translation>
    </message>
    <message>
        <source>%1%2%3以下</source>
        <translation>%1 below %2 %3</translation>
    </message>
    <message>
        <source>%1%2%3及以上</source>
        <translation>%1 of %2 %3 or more</translation>
    </message>
    <message>
        <source>“%1”不是划型标准中的行业，无法计算企业规模</source>
        <translation>“%1” is not an industry of the size standard: no size can be computed</translation>
    </message>
    <message>
        <source>%1：%2的为中小微型企业。其中，%3的为中型企业；%4的为小型企业；%5的为微型企业。</source>
        <translation>%1: an enterprise with %2 is an SME; of these, with %3 it is medium; with %4 small; with %5 micro.</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>，且</source>
        <translation> and </translation>
    </message>
    <message>
        <source>尚未填写报价</source>
        <translation>No price yet</translation>
    </message>
    <message>
        <source>大写“%1”无法识别；按小写应写作：%2</source>
        <translation>The capitals “%1” cannot be read; from the figures they are: %2</translation>
    </message>
    <message>
        <source>大写（%1）与小写（%2）不一致，评审以大写为准；按小写应写作：%3</source>
        <translation>The capitals (%1) disagree with the figures (%2) and would prevail; from the figures they are: %3</translation>
    </message>
    <message>
        <source>报价 %1 超过最高限价 %2，投标无效</source>
        <translation>The price %1 is above the ceiling %2: the bid would be invalid</translation>
    </message>
    <message>
        <source>报价 %1 超过预算金额 %2（未设最高限价），投标无效</source>
        <translation>The price %1 is above the budget %2 (no ceiling set): the bid would be invalid</translation>
    </message>
    <message>
        <source>报价 %1 低于最高限价的 %2（%3），评标委员会将要求说明报价的合理性</source>
        <translation>The price %1 is below %2 of the ceiling (%3): the committee will ask you to justify it</translation>
    </message>
    <message>
        <source>★ 实质性要求 %1 响应为负偏离，投标将无效</source>
        <translation>★ substantive requirement %1 is answered with a deviation: the bid would be invalid</translation>
    </message>
    <message>
        <source>★ 实质性要求 %1 尚未响应，投标将无效</source>
        <translation>★ substantive requirement %1 is not answered: the bid would be invalid</translation>
    </message>
    <message>
        <source>要求 %1 尚未响应</source>
        <translation>Requirement %1 is not answered</translation>
    </message>
    <message>
        <source>%1 %2「%3」未填写证明材料（附件、页码）</source>
        <translation>%1 %2 “%3” has no evidence (attachment, page)</translation>
    </message>
    <message>
        <source>声明为小微企业（或有小微企业合作份额），但没有中小企业声明函明细，不能享受价格扣除</source>
        <translation>A small or micro size (or a partner share) is claimed without declaration lines: no price deduction</translation>
    </message>
    <message>
        <source>所填行业“%1”不是招标文件规定的所属行业“%2”，声明函无效</source>
        <translation>The industry “%1” is not the tender's industry “%2”: the declaration is void</translation>
    </message>
    <message>
        <source>声明为%1，按%2的划型标准，所填数据为%3（%4）</source>
        <translation>Declared %1; under the thresholds of %2 its figures give %3 (%4)</translation>
    </message>
    <message>
        <source>企业规模为%1，与声明函中本企业一行的%2不一致</source>
        <translation>The size is %1, but the bidder's own declaration line says %2</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>小微企业合作份额 %1 低于 %2，不能享受价格扣除</source>
        <translation>The small and micro partners' share %1 is below %2: no price deduction</translation>
    </message>
    <message>
        <source>承诺“%1”不是 %2「%3」的评分方式允许的值</source>
        <translation>The claim “%1” is not a value the scoring method of %2 “%3” allows</translation>
    </message>
    <message>
        <source>客观分 %1「%2」的承诺未列出证明材料</source>
        <translation>The claim on objective factor %1 “%2” lists no evidence</translation>
    </message>
    <message>
        <source>投标有效期 %1 天，短于招标文件要求的 %2 天，投标无效</source>
        <translation>The bid is valid %1 days, shorter than the %2 days the tender asks: the bid would be invalid</translation>
    </message>
    <message>
        <source>自查发现问题（%1）</source>
        <translation>Self-check finding (%1)</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>这是文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>所选位置是文件，不是文件夹</source>
        <translation>the place chosen is a file, not a folder</translation>
    </message>
    <message>
        <source>无法读取或创建</source>
        <translation>cannot be read or created</translation>
    </message>
    <message>
        <source>文件已存在，不会覆盖</source>
        <translation>the file already exists and is never overwritten</translation>
    </message>
    <message>
        <source>须为正数</source>
        <translation>must be a positive number</translation>
    </message>
    <message>
        <source>尚未填写报价，无法估分</source>
        <translation>no price yet: nothing to estimate</translation>
    </message>
    <message>
        <source>不是招标文件数据（bideval/1）、投标响应文件或项目文件</source>
        <translation>is neither tender data (bideval/1), a response file nor a project file</translation>
    </message>
    <message>
        <source>文件内容无效</source>
        <translation>the file's content is not valid</translation>
    </message>
    <message>
        <source>竞争对手报价第 %1 项：%2</source>
        <translation>Competitor price %1: %2</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>（未填写投标人名称）</source>
        <translation>(no bidder name yet)</translation>
    </message>
    <message>
        <source>投标响应：%1</source>
        <translation>Tender response: %1</translation>
    </message>
    <message>
        <source>项目：%1（%2）</source>
        <translation>Project: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>投标费率（%）</source>
        <translation>Bid rate (%)</translation>
    </message>
    <message>
        <source>评审费率（%）</source>
        <translation>Evaluated rate (%)</translation>
    </message>
    <message>
        <source>报价（元）</source>
        <translation>Price (CNY)</translation>
    </message>
    <message>
        <source>评审价（元）</source>
        <translation>Evaluated price (CNY)</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>扣除</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>价格分</source>
        <translation>Price score</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>待审（异常低价）</source>
        <translation>Pending (abnormally low price)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>已定稿（%1，%2）</source>
        <translation>Finalised (%1, %2)</translation>
    </message>
    <message>
        <source>待评分（尚有成员未提交评分）</source>
        <translation>Awaiting scores (some members have not submitted)</translation>
    </message>
    <message>
        <source>待复核（尚有复核事项、待定的异常低价或未表决的并列）</source>
        <translation>Awaiting review (Art. 64 findings, a pending abnormally low price or an unvoted tie remain)</translation>
    </message>
    <message>
        <source>可定稿</source>
        <translation>Ready to finalise</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>招标公告发布媒介</source>
        <translation>Where the tender notice was published</translation>
    </message>
    <message>
        <source>开标日期</source>
        <translation>Bid opening date</translation>
    </message>
    <message>
        <source>开标地点</source>
        <translation>Bid opening venue</translation>
    </message>
    <message>
        <source>评标委员会组长</source>
        <translation>Committee leader</translation>
    </message>
    <message>
        <source>评标委员会表决</source>
        <translation>Committee vote</translation>
    </message>
    <message>
        <source>以下投标人得分且排序条件相同，由评标委员会表决排序（每位成员选择排在前面的一家）：</source>
        <translation>These bidders have the same score and the same tie-break figures; the committee votes on their order (each member chooses the one to rank first):</translation>
    </message>
    <message>
        <source>（未投票）</source>
        <translation>(no vote)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>重新评审</source>
        <translation>Re-evaluation</translation>
    </message>
    <message>
        <source>评审已定稿。重新评审限于第六十四条规定的情形，将记录理由与类别。</source>
        <translation>The evaluation is finalised. A re-evaluation is allowed only in the cases of Art.64; its reason and category are recorded.</translation>
    </message>
    <message>
        <source>第六十四条类别</source>
        <translation>Art. 64 category</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>评审结果</source>
        <translation>Evaluation results</translation>
    </message>
    <message>
        <source>表决排序…</source>
        <translation>Vote on the order…</translation>
    </message>
    <message>
        <source>各成员评分分布（除价格外的得分）</source>
        <translation>Spread of members' scores (without price)</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>重新评审…</source>
        <translation>Re-evaluate…</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>废标（有效投标不足）</source>
        <translation>Failed procurement (too few valid bids)</translation>
    </message>
    <message>
        <source>尚不能计算结果：</source>
        <translation>Results cannot be computed yet:</translation>
    </message>
    <message>
        <source>结果可计算后显示</source>
        <translation>Shown once the result can be computed</translation>
    </message>
    <message>
        <source>全体成员提交评分后才显示排名与各成员评分：已提交 %1/%2</source>
        <translation>The ranking and each member's scores are shown once every member has submitted: %1/%2 submitted</translation>
    </message>
    <message>
        <source>全体成员提交评分后显示</source>
        <translation>Shown once every member has submitted</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>推荐中标候选人（依次）：</source>
        <translation>Winning candidates (in order): </translation>
    </message>
    <message>
        <source>协商结果：尚未记录（在“协商情况记录”页记录成交、未能达成一致或协商无效）</source>
        <translation>Outcome: not recorded yet (record it on the negotiation record page: agreed, no agreement or void)</translation>
    </message>
    <message>
        <source>成交结果：%1，成交价格 %2（%3）</source>
        <translation>Award: %1, agreed price %2 (%3)</translation>
    </message>
    <message>
        <source>本次协商无效</source>
        <translation>Negotiation void</translation>
    </message>
    <message>
        <source>未能达成一致</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>协商结果：%1。理由：%2</source>
        <translation>Outcome: %1. Reason: %2</translation>
    </message>
    <message>
        <source>并列：%1 — 已表决：%2</source>
        <translation>Tied: %1 — voted: %2</translation>
    </message>
    <message>
        <source>并列：%1 — 需评标委员会表决</source>
        <translation>Tied: %1 — the committee must vote</translation>
    </message>
    <message>
        <source>无并列</source>
        <translation>No ties</translation>
    </message>
    <message>
        <source>全部成员提交评分后显示各成员的评分分布（提交前各成员评分互不可见）</source>
        <translation>Members' scores are shown once every member has submitted (until then no one sees another's scores)</translation>
    </message>
    <message>
        <source>评审已定稿：任何修改须先记录重新评审。</source>
        <translation>Finalised: any change needs a recorded re-evaluation first.</translation>
    </message>
    <message>
        <source>定稿前尚需处理下方所列事项</source>
        <translation>Resolve what is listed below before finalising</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>报告尚未填写：%1（不影响定稿，报告中留空待手填）</source>
        <translation>Not filled in for the report: %1 (finalising is not blocked; the report leaves a line to fill in by hand)</translation>
    </message>
    <message>
        <source>定稿前尚需：</source>
        <translation>Still needed before finalising: </translation>
    </message>
    <message>
        <source>可以定稿。</source>
        <translation>Ready to finalise.</translation>
    </message>
    <message>
        <source>尚不能定稿：</source>
        <translation>Cannot finalise yet:</translation>
    </message>
    <message>
        <source>重新评审须填写理由</source>
        <translation>A re-evaluation needs a reason</translation>
    </message>
</context>
<context>
    <name>ReviewGridPage</name>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>请填写理由，否则不予记录。</source>
        <translation>Enter a reason; nothing is recorded without one.</translation>
    </message>
    <message>
        <source>逐项录入审查结论：双击或按空格键切换 ✓ 通过 / ✗ 不通过（不通过须填写理由）。评标委员会的联合结论优先于成员意见；无联合结论时按成员多数意见。任一项不通过，投标无效。</source>
        <translation>Record a verdict per item: double-click or press Space to switch between ✓ passed and ✗ failed (a failure needs a reason). The committee's joint conclusion prevails over the members' verdicts; without one, the members' majority decides. A bid failing any item is invalid.</translation>
    </message>
    <message>
        <source>审查意见：</source>
        <translation>Verdicts of:</translation>
    </message>
    <message>
        <source>全部通过</source>
        <translation>Pass all</translation>
    </message>
    <message>
        <source>为所选投标人尚无结论的各项录入“通过”（已判定不通过的不变）</source>
        <translation>Record "passed" on every item of the selected bidder that has no verdict yet (failed items stay failed)</translation>
    </message>
    <message>
        <source>认定投标无效…</source>
        <translation>Declare invalid…</translation>
    </message>
    <message>
        <source>撤销无效认定…</source>
        <translation>Withdraw invalidity…</translation>
    </message>
    <message>
        <source>通过%1的投标：%2 / %3</source>
        <translation>Bids passing %1: %2 / %3</translation>
    </message>
    <message>
        <source>评标委员会（联合结论）</source>
        <translation>Evaluation committee (joint conclusion)</translation>
    </message>
    <message>
        <source>判定 %1 · %2 不通过须填写理由；未记录。</source>
        <translation>Failing %1 · %2 needs a reason; nothing was recorded.</translation>
    </message>
    <message>
        <source>判定不通过</source>
        <translation>Fail item</translation>
    </message>
    <message>
        <source>%1 · %2 不通过的理由：</source>
        <translation>Why %1 fails %2:</translation>
    </message>
    <message>
        <source>如：未提供有效的营业执照副本</source>
        <translation>e.g. no valid copy of the business licence</translation>
    </message>
    <message>
        <source>请先选择投标人。</source>
        <translation>Select a bidder first.</translation>
    </message>
    <message>
        <source>该投标人各项均已录入结论。</source>
        <translation>Every item of this bidder already has a verdict.</translation>
    </message>
    <message>
        <source>认定投标无效</source>
        <translation>Declare the bid invalid</translation>
    </message>
    <message>
        <source>认定 %1 投标无效的理由：</source>
        <translation>Why the bid of %1 is invalid:</translation>
    </message>
    <message>
        <source>如：串通投标</source>
        <translation>e.g. collusive bidding</translation>
    </message>
    <message>
        <source>认定投标无效须填写理由；未记录。</source>
        <translation>Declaring a bid invalid needs a reason; nothing was recorded.</translation>
    </message>
    <message>
        <source>撤销无效认定</source>
        <translation>Withdraw the invalidity decision</translation>
    </message>
    <message>
        <source>撤销对 %1 的无效认定的理由：</source>
        <translation>Why the invalidity decision on %1 is withdrawn:</translation>
    </message>
    <message>
        <source>如：经核实，认定依据有误</source>
        <translation>e.g. on checking, the grounds were wrong</translation>
    </message>
    <message>
        <source>投标无效：</source>
        <translation>Invalid bid:</translation>
    </message>
    <message>
        <source>不通过：%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>%1：评标委员会联合结论不通过</source>
        <translation>%1: failed by the committee's joint conclusion</translation>
    </message>
    <message>
        <source>%1：%2 名成员判定不通过，达到三分之二</source>
        <translation>%1: %2 members fail it, two thirds reached</translation>
    </message>
    <message>
        <source>%1：%2 名成员判定不通过</source>
        <translation>%1: %2 members found it failed</translation>
    </message>
    <message>
        <source>%1：%2 名成员判定不通过，未达三分之二</source>
        <translation>%1: %2 members fail it, short of two thirds</translation>
    </message>
    <message>
        <source>尚有 %1 项未录入审查结论</source>
        <translation>%1 items have no verdict yet</translation>
    </message>
    <message>
        <source>（三分之二）</source>
        <translation> (two thirds)</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>（无效）</source>
        <translation> (invalid)</translation>
    </message>
    <message>
        <source>（未注明理由）</source>
        <translation>(no reason given)</translation>
    </message>
</context>
<context>
    <name>RoomAgent</name>
    <message>
        <source>评委</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>审查结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>拉取到项目文件…</source>
        <translation>Pull into project file…</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>评分中</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>评标室（采购代理机构）</source>
        <translation>Evaluation room (procurement agency)</translation>
    </message>
    <message>
        <source>评标室：%1　已提交 %2/%3 人</source>
        <translation>Room: %1  Submitted %2/%3</translation>
    </message>
    <message>
        <source>不能定稿：</source>
        <translation>Cannot finalise: </translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>已拉取到 %1</source>
        <translation>Pulled into %1</translation>
    </message>
    <message>
        <source>拉取到项目文件</source>
        <translation>Pull into project file</translation>
    </message>
    <message>
        <source>评标台项目 (*.bidesk)</source>
        <translation>BidDesk projects (*.bidesk)</translation>
    </message>
</context>
<context>
    <name>RoomConnect</name>
    <message>
        <source>连接评标室</source>
        <translation>Connect to evaluation room</translation>
    </message>
    <message>
        <source>填入座位凭条上的评标室地址和一次性密码。采购代理机构用发布时给出的代理机构登录名。</source>
        <translation>Enter the room address and one-time password from the seat slip. The procurement agency uses the agency login given at publishing.</translation>
    </message>
    <message>
        <source>评标室地址</source>
        <translation>Room address</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>发布到评标室</source>
        <translation>Publish to evaluation room</translation>
    </message>
    <message>
        <source>在评标室的 PostgreSQL 数据库中建立本项目，并为采购代理机构和每位评委生成登录名与一次性密码。需要数据库管理员的地址。</source>
        <translation>Creates this project in the room's PostgreSQL database, with a login and one-time password for the agency and each member. Needs the database administrator's address.</translation>
    </message>
    <message>
        <source>-座位凭条</source>
        <translation>-seat-slips</translation>
    </message>
    <message>
        <source>数据库地址</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>座位凭条</source>
        <translation>Seat slips</translation>
    </message>
</context>
<context>
    <name>RoomDoor</name>
    <message>
        <source>无法发布到评标室</source>
        <translation>Cannot publish to the evaluation room</translation>
    </message>
    <message>
        <source>请先打开一个项目</source>
        <translation>Open a project first</translation>
    </message>
    <message>
        <source>座位凭条已保存到 %1。一次性密码只在凭条上，请当面交给每位评委。</source>
        <translation>Seat slips saved to %1. The one-time passwords are only on the slips: hand each member theirs in person.</translation>
    </message>
    <message>
        <source>座位凭条未能保存（%1），请记下下面的登录名与密码：</source>
        <translation>The seat slips could not be saved (%1); note these logins and passwords:</translation>
    </message>
    <message>
        <source>已发布到评标室：%1</source>
        <translation>Published to the evaluation room: %1</translation>
    </message>
    <message>
        <source>无法连接评标室</source>
        <translation>Cannot connect to the evaluation room</translation>
    </message>
    <message>
        <source>评标室进度</source>
        <translation>Room progress</translation>
    </message>
    <message>
        <source>评标室</source>
        <translation>Evaluation room</translation>
    </message>
    <message>
        <source>采购代理机构</source>
        <translation>Procurement agency</translation>
    </message>
    <message>
        <source>评委座位</source>
        <translation>Member's seat</translation>
    </message>
</context>
<context>
    <name>RoomSeat</name>
    <message>
        <source>尚有评分未保存到评标室，连接恢复并保存后才能提交</source>
        <translation>Some scores are not saved in the room yet; submit once the connection is back and they are saved</translation>
    </message>
    <message>
        <source>不能提交：</source>
        <translation>Cannot submit: </translation>
    </message>
    <message>
        <source>评标室座位上不记录计数依据，请在纸质评分表上注明</source>
        <translation>Counting evidence is not recorded at a room seat; note it on the paper sheet</translation>
    </message>
    <message>
        <source>独立评分</source>
        <translation>Individual scoring</translation>
    </message>
    <message>
        <source>资格与符合性审查（本人结论）</source>
        <translation>Qualification and compliance (my verdicts)</translation>
    </message>
    <message>
        <source>评标室座位</source>
        <translation>Evaluation room seat</translation>
    </message>
    <message>
        <source>项目：%1（%2）　评委：%3（%4）　评标室：%5</source>
        <translation>Project: %1 (%2)  Member: %3 (%4)  Room: %5</translation>
    </message>
    <message>
        <source>%1 项评分尚未保存到评标室，连接恢复后自动保存</source>
        <translation>%1 score(s) not saved in the room yet; they are saved automatically once the connection is back</translation>
    </message>
    <message>
        <source>每项评分录入即保存到评标室</source>
        <translation>Each score is saved in the room as it is entered</translation>
    </message>
    <message>
        <source>评分表已提交</source>
        <translation>Sheet submitted</translation>
    </message>
    <message>
        <source>全体评委已提交</source>
        <translation>All members have submitted</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <source>评标室地址无法识别：应为 room://登录名@服务器:端口/数据库?project=项目编号</source>
        <translation>The room address cannot be read: it should be room://login@server:port/database?project=NUMBER</translation>
    </message>
    <message>
        <source>连接不上评标室：服务器没有响应，或登录名、密码不对</source>
        <translation>Cannot reach the room: the server does not answer, or the login or password is wrong</translation>
    </message>
    <message>
        <source>与评标室的连接已断开</source>
        <translation>The connection to the room was lost</translation>
    </message>
    <message>
        <source>评标室中没有这个项目编号</source>
        <translation>The room holds no project with this number</translation>
    </message>
    <message>
        <source>评标室中已有这个项目，发布过的项目不会被覆盖</source>
        <translation>The room already holds this project; a published project is never replaced</translation>
    </message>
    <message>
        <source>项目没有编号：请先在“项目信息”中填写项目编号</source>
        <translation>The project has no number: enter it on the project page first</translation>
    </message>
    <message>
        <source>此登录名不是评委的座位</source>
        <translation>This login is not a member's seat</translation>
    </message>
    <message>
        <source>只有采购代理机构的登录名可以这样做</source>
        <translation>Only the procurement agency's login may do this</translation>
    </message>
    <message>
        <source>评审已定稿，不能再修改</source>
        <translation>The evaluation is finalised and can no longer change</translation>
    </message>
    <message>
        <source>评审尚未定稿</source>
        <translation>The evaluation is not finalised</translation>
    </message>
    <message>
        <source>评分表已提交，不能再修改</source>
        <translation>The sheet is submitted and can no longer change</translation>
    </message>
    <message>
        <source>该评委的评分表尚未提交</source>
        <translation>This member's sheet is not submitted yet</translation>
    </message>
    <message>
        <source>尚有评委未提交评分表</source>
        <translation>Some members have not submitted their sheets</translation>
    </message>
    <message>
        <source>该项已在另一个座位上被修改，已显示最新的值，请核对后再填</source>
        <translation>This cell was changed at another seat; the newer value is shown, check it before entering again</translation>
    </message>
    <message>
        <source>评标室没有这一项（投标人、暗标编号或评分因素不存在）</source>
        <translation>The room has no such cell (bidder, blind code or factor does not exist)</translation>
    </message>
    <message>
        <source>分值超出该评分因素的范围</source>
        <translation>The score is outside the factor's range</translation>
    </message>
    <message>
        <source>该客观分已由评标委员会共同评定</source>
        <translation>The committee's joint score stands for this objective cell</translation>
    </message>
    <message>
        <source>需要说明理由并选择第六十四条类别</source>
        <translation>A reason and an Art.64 category are needed</translation>
    </message>
    <message>
        <source>评标室不允许此登录名进行这项操作</source>
        <translation>The room does not allow this login to do that</translation>
    </message>
    <message>
        <source>尚有评委未提交，此登录名还不能读取全部评分；请在全部提交后再拉取</source>
        <translation>Not every member has submitted, so this login cannot read every score yet; pull after the last submission</translation>
    </message>
    <message>
        <source>与另一座位的操作冲突，请再试一次</source>
        <translation>A conflict with another seat; try again</translation>
    </message>
    <message>
        <source>评分表只能由评委本人提交</source>
        <translation>A sheet can only be submitted by its member</translation>
    </message>
    <message>
        <source>定稿只能通过“定稿”操作完成</source>
        <translation>Finalising is done only through Finalise</translation>
    </message>
    <message>
        <source>定稿记录不完整</source>
        <translation>The finalisation record is incomplete</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>已断开，正在重连…</source>
        <translation>Disconnected, reconnecting…</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ScoreEditors</name>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>子项 %1</source>
        <translation>Sub-item %1</translation>
    </message>
    <message>
        <source>合计 %1 分（上限 %2 分）· 已评 %3/%4</source>
        <translation>Total %1 pts (cap %2 pts) · scored %3/%4</translation>
    </message>
    <message>
        <source>，超出上限按 %1 分计</source>
        <translation>, counted as %1 pts above the cap</translation>
    </message>
    <message>
        <source> 项</source>
        <translation> items</translation>
    </message>
    <message>
        <source>= %1 × %2 = %3 分</source>
        <translation>= %1 × %2 = %3 pts</translation>
    </message>
    <message>
        <source>= %1 × %2，封顶 %3 分</source>
        <translation>= %1 × %2, capped at %3 pts</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>未承诺</source>
        <translation>No commitment</translation>
    </message>
    <message>
        <source>得 %1 分</source>
        <translation>gives %1 pts</translation>
    </message>
    <message>
        <source>%1 分（%2）</source>
        <translation>%1 pts (%2)</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 pts</translation>
    </message>
    <message numerus="yes">
        <source>%n 项</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 个子项，合计 %2 分</source>
        <translation>%1 sub-items, total %2 pts</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>独立评分</source>
        <translation>Individual scoring</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>提交评分</source>
        <translation>Submit scores</translation>
    </message>
    <message>
        <source>已提交，修改需说明理由及第六十四条类别</source>
        <translation>Submitted: a change needs a reason and an Art. 64 category</translation>
    </message>
    <message>
        <source>依据…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>评标委员会（客观分联合认定）</source>
        <translation>Evaluation committee (joint objective scores)</translation>
    </message>
    <message>
        <source>%1 %2（满分 %3 分）</source>
        <translation>%1 %2 (max %3 pts)</translation>
    </message>
    <message>
        <source> · 客观评审因素</source>
        <translation> · objective factor</translation>
    </message>
    <message>
        <source> · 暗标</source>
        <translation> · blind</translation>
    </message>
    <message>
        <source>评分办法：%1</source>
        <translation>How it is scored: %1</translation>
    </message>
    <message>
        <source>子项评分</source>
        <translation>Sub-item scores</translation>
    </message>
    <message>
        <source>子项评分：%1</source>
        <translation>Sub-item scores: %1</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <source>%1 已评 %2/%3 · %4</source>
        <translation>%1 scored %2/%3 · %4</translation>
    </message>
    <message>
        <source>该评分表已提交。将 %1 的“%2”评分改为 %3，需说明理由及第六十四条类别。</source>
        <translation>This score sheet is submitted. Changing the score of %1 on "%2" to %3 needs a reason and an Art. 64 category.</translation>
    </message>
    <message>
        <source>修改已提交的评分</source>
        <translation>Change a submitted score</translation>
    </message>
    <message>
        <source>如：复核发现汇总错误</source>
        <translation>e.g. a summation error found on review</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>第六十四条类别</source>
        <translation>Art. 64 category</translation>
    </message>
    <message>
        <source>计数依据</source>
        <translation>Evidence for the count</translation>
    </message>
    <message>
        <source>每行一项（如合同名称、证书编号）：</source>
        <translation>One item per line (e.g. contract name, certificate number):</translation>
    </message>
    <message>
        <source>按依据条数计数</source>
        <translation>Set the count to the number of lines</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>评分因素</source>
        <translation>Scoring factor</translation>
    </message>
    <message>
        <source>客观</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1 %2 (%3 分)</source>
        <translation>%1 %2 (%3 pts)</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>本项得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>（无效，不评分）</source>
        <translation>(invalid, not scored)</translation>
    </message>
    <message>
        <source>（联合认定）</source>
        <translation> (joint determination)</translation>
    </message>
    <message>
        <source>（已达上限）</source>
        <translation> (capped at the maximum)</translation>
    </message>
    <message>
        <source>联合认定：评标委员会对该客观评审因素的共同认定，代表每位成员的评分</source>
        <translation>Joint determination: the committee's common finding on this objective factor; it stands as every member's score</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>未作结论</source>
        <translation>No conclusion yet</translation>
    </message>
    <message>
        <source>不构成串通：%1</source>
        <translation>No collusion: %1</translation>
    </message>
    <message>
        <source>%1 投标无效：%2</source>
        <translation>%1 invalid: %2</translation>
    </message>
    <message>
        <source>招标文件（多个用 ; 分隔）</source>
        <translation>Tender files (separate several with ;)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>清标</source>
        <translation>Bid screening</translation>
    </message>
    <message>
        <source>投标文件文件夹</source>
        <translation>Bid documents folder</translation>
    </message>
    <message>
        <source>招标文件</source>
        <translation>Tender documents</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>报价（小写）</source>
        <translation>Price (figures)</translation>
    </message>
    <message>
        <source>报价（大写）</source>
        <translation>Price (in words)</translation>
    </message>
    <message>
        <source>声明的价格扣除</source>
        <translation>Price deduction claimed</translation>
    </message>
    <message>
        <source>文件与联系方式</source>
        <translation>Files and contacts</translation>
    </message>
    <message>
        <source>缺少的证明</source>
        <translation>Evidence missing</translation>
    </message>
    <message>
        <source>情形</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>强度</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>涉及投标人</source>
        <translation>Bidders concerned</translation>
    </message>
    <message>
        <source>委员会结论</source>
        <translation>Committee's conclusion</translation>
    </message>
    <message>
        <source>不构成串通投标</source>
        <translation>No collusion</translation>
    </message>
    <message>
        <source>认定投标无效（第三十七条）</source>
        <translation>Bids invalid (Art. 37)</translation>
    </message>
    <message>
        <source>无效的投标人，如 B2,B4</source>
        <translation>Invalid bidders, e.g. B2,B4</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>记录结论</source>
        <translation>Record conclusion</translation>
    </message>
    <message>
        <source>撤销结论</source>
        <translation>Withdraw conclusion</translation>
    </message>
    <message>
        <source>请选择投标文件文件夹</source>
        <translation>Choose the bid documents folder</translation>
    </message>
    <message>
        <source>正在清标 …</source>
        <translation>Screening the bids …</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>清标已取消</source>
        <translation>Screening cancelled</translation>
    </message>
    <message>
        <source>无法清标：%1</source>
        <translation>Cannot screen: %1</translation>
    </message>
    <message>
        <source>清标于 %1（%2）；%3</source>
        <translation>Screened at %1 (%2); %3</translation>
    </message>
    <message>
        <source>已扣除招标文件内容</source>
        <translation>tender text subtracted</translation>
    </message>
    <message>
        <source>未提供招标文件：文本未比对</source>
        <translation>no tender given: text not compared</translation>
    </message>
    <message>
        <source>尚未清标</source>
        <translation>Not screened yet</translation>
    </message>
    <message>
        <source>监狱企业</source>
        <translation>Prison enterprise</translation>
    </message>
    <message>
        <source>残疾人福利性单位</source>
        <translation>disabled-welfare unit</translation>
    </message>
    <message>
        <source>小微企业分包/联合体 %1</source>
        <translation>Small/micro partners %1</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>未提交投标文件</source>
        <translation>No bid documents</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Unreadable: %1</translation>
    </message>
    <message>
        <source>（大小写不一致）</source>
        <translation> (capitals differ)</translation>
    </message>
    <message>
        <source>请先选择一项清标发现</source>
        <translation>Choose a finding first</translation>
    </message>
</context>
<context>
    <name>SeatReview</name>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过…</source>
        <translation>Fail…</translation>
    </message>
    <message>
        <source>请先选择投标人与审查项</source>
        <translation>Choose a bid and an item first</translation>
    </message>
    <message>
        <source>判定不通过</source>
        <translation>Fail item</translation>
    </message>
    <message>
        <source>不通过的理由：</source>
        <translation>Why it fails:</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <source>分值汇总计算错误</source>
        <translation>Error in summing the points</translation>
    </message>
    <message>
        <source>分项评分超出评分标准范围</source>
        <translation>A factor's score outside the scoring standard's range</translation>
    </message>
    <message>
        <source>评标委员会成员对客观评审因素评分不一致</source>
        <translation>Members scored an objective factor differently</translation>
    </message>
    <message>
        <source>经评标委员会认定评分畸高、畸低</source>
        <translation>A score the committee finds abnormally high or low</translation>
    </message>
    <message>
        <source>资格审查 %1 不通过</source>
        <translation>Qualification review %1 failed</translation>
    </message>
    <message>
        <source>符合性审查 %1 不通过</source>
        <translation>Compliance review %1 failed</translation>
    </message>
    <message>
        <source>报价超过最高限价</source>
        <translation>Price above the ceiling</translation>
    </message>
    <message>
        <source>异常低价未通过审查</source>
        <translation>Abnormally low price not accepted</translation>
    </message>
    <message>
        <source>被认定投标无效</source>
        <translation>Declared invalid by the committee</translation>
    </message>
    <message>
        <source>被认定投标无效：%1</source>
        <translation>Declared invalid by the committee: %1</translation>
    </message>
    <message>
        <source>客观分不一致</source>
        <translation>Objective scores differ</translation>
    </message>
    <message>
        <source>评分畸高、畸低</source>
        <translation>Abnormally high or low</translation>
    </message>
    <message>
        <source>缺少评分</source>
        <translation>Score missing</translation>
    </message>
    <message>
        <source>%1 尚未评分：%2</source>
        <translation>%1 has not scored: %2</translation>
    </message>
    <message>
        <source>客观评审因素评分不一致：%1</source>
        <translation>Objective scores differ: %1</translation>
    </message>
    <message>
        <source>%1 的评分偏离其他成员平均分过多：%2</source>
        <translation>%1's score is far from the other members' mean: %2</translation>
    </message>
    <message>
        <source>评审已定稿</source>
        <translation>The evaluation is finalised</translation>
    </message>
    <message>
        <source>%1 尚未提交评分</source>
        <translation>%1 has not submitted</translation>
    </message>
    <message>
        <source>尚不能计算结果（%1 处问题），如：%2</source>
        <translation>The result cannot be computed yet (%1 problems), e.g. %2</translation>
    </message>
    <message>
        <source>%1 的异常低价尚未审查定论</source>
        <translation>%1's abnormally low price awaits the committee's conclusion</translation>
    </message>
    <message>
        <source>复核发现 %1 项尚未处理</source>
        <translation>%1 findings of the check are not resolved</translation>
    </message>
    <message>
        <source>%1 得分与排序相同，需评标委员会表决</source>
        <translation>%1 are tied: the committee must vote</translation>
    </message>
    <message>
        <source>协商小组尚未记录协商结果（成交、未能达成一致或协商无效）</source>
        <translation>The panel has not recorded the outcome of the negotiation (agreed, no agreement or void)</translation>
    </message>
    <message>
        <source>%1 尚未记录最后报价（或未提交最后报价的情况）</source>
        <translation>%1 has no final quote recorded (nor a record that it gave none)</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>灰色竖线：平均分</source>
        <translation>grey bar: mean</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>采购代理机构</source>
        <translation>Procurement agency</translation>
    </message>
    <message>
        <source>“新建项目…”建立项目，再用 文件 → 导入评分标准与审查表 读入招标文件；或先“打开示例项目”看一遍完整的评审。</source>
        <translation>create a project with “New project…”, then read the tender with File → Import scoring criteria and checklists; or open the sample first to walk through a whole evaluation.</translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation>Evaluation expert</translation>
    </message>
    <message>
        <source>用“打开项目…”打开代理机构交给您的评分包（.bidpkg），独立评分后提交并生成回执文件。</source>
        <translation>open the scoring package (.bidpkg) the agent gave you with “Open project…”, score on your own, then submit and write the return file.</translation>
    </message>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>用“新建投标响应…”打开代理机构发布的招标文件数据（或招标文件 .docx），填写、自查、估分并生成投标文件。</source>
        <translation>open the tender the agent published (or the tender's .docx) with “New tender response…”, fill it in, check it, see your likely score and print the bid.</translation>
    </message>
    <message>
        <source>第一次使用？按您的身份开始：</source>
        <translation>First time here? Start by what you do:</translation>
    </message>
    <message>
        <source>评标台 BidDesk</source>
        <translation>BidDesk</translation>
    </message>
    <message>
        <source>政府采购评标：资格审查、符合性审查、综合评分、价格扣除、异常低价审查、复核与评标报告。</source>
        <translation>Government procurement bid evaluation: qualification review, compliance review, comprehensive scoring, price deduction, abnormally low price review, verification and the evaluation report.</translation>
    </message>
    <message>
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>打开项目…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>打开示例项目</source>
        <translation>Open sample project</translation>
    </message>
    <message>
        <source>新建投标响应…</source>
        <translation>New tender response…</translation>
    </message>
    <message>
        <source>投标人：打开代理机构发布的招标文件数据，填写并自查投标文件</source>
        <translation>For bidders: open the tender data an agency published, fill in and self-check your bid</translation>
    </message>
    <message>
        <source>最近的项目</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>（还没有打开过项目）</source>
        <translation>(No projects opened yet)</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>尚有待填写或待决定的事项</source>
        <translation>Something is still to be entered or decided</translation>
    </message>
    <message>
        <source>无法完成：请先处理前面步骤的问题</source>
        <translation>Cannot be completed: resolve the problems of the earlier steps first</translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>找不到该文件</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>文件已存在，不会覆盖</source>
        <translation>the file already exists and is never overwritten</translation>
    </message>
    <message>
        <source>文件是空的，不是项目文件</source>
        <translation>The file is empty: not a project file</translation>
    </message>
    <message>
        <source>不是评标台项目文件</source>
        <translation>Not a BidDesk project file</translation>
    </message>
    <message>
        <source>是数据库文件，但不是评标台项目</source>
        <translation>A database file, but not a BidDesk project</translation>
    </message>
    <message>
        <source>项目文件已损坏</source>
        <translation>The project file is damaged</translation>
    </message>
    <message>
        <source>项目文件由更新版本的评标台创建，请先升级评标台</source>
        <translation>The project file was made by a newer BidDesk: update BidDesk first</translation>
    </message>
    <message>
        <source>项目文件的版本无法升级</source>
        <translation>The project file's version cannot be upgraded</translation>
    </message>
    <message>
        <source>项目文件升级失败，文件未改动，旁边留有备份</source>
        <translation>Upgrading the project file failed; the file is unchanged and a backup lies beside it</translation>
    </message>
    <message>
        <source>项目文件或其所在文件夹不可写，请复制到可写的文件夹</source>
        <translation>The project file or its folder is read-only: copy it to a folder you can write to</translation>
    </message>
    <message>
        <source>项目文件正被另一个程序使用，请稍后再试</source>
        <translation>The project file is in use by another program: try again in a moment</translation>
    </message>
    <message>
        <source>项目文件不可写</source>
        <translation>The project file cannot be written</translation>
    </message>
    <message>
        <source>磁盘写入失败（磁盘已满或设备出错），本次操作未保存</source>
        <translation>Writing to the disk failed (disk full or device error); this change was not saved</translation>
    </message>
    <message>
        <source>数据不一致，本次操作未保存</source>
        <translation>The data would become inconsistent; this change was not saved</translation>
    </message>
    <message>
        <source>升级前未能写出备份，文件未改动</source>
        <translation>No backup could be written before the upgrade; the file is unchanged</translation>
    </message>
    <message>
        <source>只读：审计日志被改动过（在评标台之外），本文件不能再修改</source>
        <translation>Read-only: the audit log was altered outside BidDesk; this file can no longer be changed</translation>
    </message>
    <message>
        <source>不是评分包</source>
        <translation>Not a scoring package</translation>
    </message>
    <message>
        <source>不是评分回执文件</source>
        <translation>Not a return file</translation>
    </message>
    <message>
        <source>评分包已被改动或损坏，不能使用</source>
        <translation>The package was altered or is damaged and cannot be used</translation>
    </message>
    <message>
        <source>回执文件校验不通过：内容被改动或文件不完整</source>
        <translation>The return file does not verify: its content was changed or the file is incomplete</translation>
    </message>
    <message>
        <source>回执文件不是由本项目发出的评分包生成的</source>
        <translation>The return was not made from a package this project issued</translation>
    </message>
    <message>
        <source>回执文件所属评委与评分包不符</source>
        <translation>The return names another member than its package</translation>
    </message>
    <message>
        <source>已为该评委重新发出评分包，此评分包的回执不再接受</source>
        <translation>A newer package was issued to this member; returns of this one are no longer accepted</translation>
    </message>
    <message>
        <source>回执文件早于已合并的回执</source>
        <translation>The return is older than one already merged</translation>
    </message>
    <message>
        <source>同一序号的另一份回执已合并（同一评分包有两份副本）</source>
        <translation>Another return with the same sequence was merged already (two copies of one package)</translation>
    </message>
    <message>
        <source>回执内容无法合并</source>
        <translation>The return's content cannot be merged</translation>
    </message>
    <message>
        <source>无法写到该位置（文件已存在、是项目或评分包，或文件夹不存在）</source>
        <translation>Cannot write there (the file exists, is a project or a package, or the folder is missing)</translation>
    </message>
    <message>
        <source>文件在传送途中被改动：换行符被改变（如邮件程序或文本编辑器所为）。请评委以附件形式、不经打开地重新发送回执文件</source>
        <translation>The file was changed in transit: its line endings were changed (as a mail program or a text editor does). Ask the member to send the return file again as an attachment, unopened</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>审计事件 #%1</source>
        <translation>audit event #%1</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <source>只读：本项目文件的审计日志在评标台之外被改动（%1：%2）。文件只能查看，不能修改；请核对后从备份恢复。</source>
        <translation>Read-only: this project file's audit log was altered outside BidDesk (%1: %2). The file can be viewed, not changed; check it and restore from a backup.</translation>
    </message>
    <message>
        <source>没有审计链</source>
        <translation>no audit chain</translation>
    </message>
    <message>
        <source>项目标识缺失</source>
        <translation>the project's id is missing</translation>
    </message>
    <message>
        <source>不在链上，系外部写入</source>
        <translation>not in the chain: written from outside</translation>
    </message>
    <message>
        <source>其前一事件被删除或替换</source>
        <translation>the event before it was removed or replaced</translation>
    </message>
    <message>
        <source>内容被修改</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <source>事件被删除</source>
        <translation>the event was deleted</translation>
    </message>
    <message>
        <source>事件计数与日志不符，有事件被删除</source>
        <translation>the event counter disagrees with the log: events were removed</translation>
    </message>
    <message>
        <source>评分与审计记录不符</source>
        <translation>a score disagrees with the audit record</translation>
    </message>
    <message>
        <source>审查结论与审计记录不符</source>
        <translation>a verdict disagrees with the audit record</translation>
    </message>
    <message>
        <source>评委的提交状态被清除</source>
        <translation>a member's submission was cleared</translation>
    </message>
    <message>
        <source>已提交的评分表被改动</source>
        <translation>a submitted sheet was changed</translation>
    </message>
    <message>
        <source>项目信息</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>资格审查条款</source>
        <translation>Qualification items</translation>
    </message>
    <message>
        <source>符合性审查条款</source>
        <translation>Compliance items</translation>
    </message>
    <message>
        <source>评分标准</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>投标人 / 开标记录</source>
        <translation>Bidders / Bid opening record</translation>
    </message>
    <message>
        <source>评标委员会</source>
        <translation>Evaluation committee</translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>符合性审查</source>
        <translation>Compliance review</translation>
    </message>
    <message>
        <source>价格审查</source>
        <translation>Price review</translation>
    </message>
    <message>
        <source>清标</source>
        <translation>Bid screening</translation>
    </message>
    <message>
        <source>独立评分</source>
        <translation>Individual scoring</translation>
    </message>
    <message>
        <source>离线评分包</source>
        <translation>Offline packages</translation>
    </message>
    <message>
        <source>复核（第六十四条）</source>
        <translation>Check (Art.64)</translation>
    </message>
    <message>
        <source>结果与定稿</source>
        <translation>Results and finalising</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>报告生成不可用。</source>
        <translation>Report generation is not available.</translation>
    </message>
    <message>
        <source>准备</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>评审</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>请填写数值</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>“%1”不是数值</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>须大于 %1</source>
        <translation>Must be greater than %1</translation>
    </message>
    <message>
        <source>不能小于 %1</source>
        <translation>Must be at least %1</translation>
    </message>
    <message>
        <source>不能大于 %1</source>
        <translation>Must not exceed %1</translation>
    </message>
    <message>
        <source>最多 %1 位小数</source>
        <translation>At most %1 decimal places</translation>
    </message>
    <message>
        <source>请填写比例</source>
        <translation>Enter a rate</translation>
    </message>
    <message>
        <source>请填写整数</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <source>“%1”不是整数</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>请填写允许的分值，如 6/4/3/2/0</source>
        <translation>Enter the allowed points, e.g. 6/4/3/2/0</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在读取</source>
        <translation>Reading</translation>
    </message>
</context>
</TS>
