<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
        <source>联合体小微份额</source>
        <translation>Consortium small/micro share</translation>
    </message>
    <message>
        <source>小微企业产品金额</source>
        <translation>Small/micro products amount</translation>
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
    <name>ChecklistModel</name>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>审查项</source>
        <translation>Review item</translation>
    </message>
    <message>
        <source>审查标准</source>
        <translation>Criterion</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
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
        <source>新成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>设 %1 为组长</source>
        <translation>Make %1 leader</translation>
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
    <name>FactorPreviewModel</name>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览 — %1</source>
        <translation>Import preview — %1</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
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
        <source>预算金额（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Enter the project name</translation>
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
        <source>最近的项目</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>导入评分标准与审查表…</source>
        <translation>Import scoring criteria and checklists…</translation>
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
        <source>界面语言已保存，重新启动后生效 / Restart BidDesk to apply</source>
        <translation>Language saved; restart BidDesk to apply / 重新启动后生效</translation>
    </message>
    <message>
        <source>无法打开 %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
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
        <source>评标台项目 (*.bidesk);;交换文件 (*.json)</source>
        <translation>BidDesk projects (*.bidesk);;Exchange files (*.json)</translation>
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
        <source>各档说明须与允许分值一一对应（%1 个分值，%2 个说明）</source>
        <translation>Level names must match the allowed points one to one (%1 points, %2 names)</translation>
    </message>
    <message>
        <source>修改评分因素 %1 的评分方式</source>
        <translation>Edit scoring method of factor %1</translation>
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
    <name>ResultModel</name>
    <message>
        <source>投标人</source>
        <translation>Bidder</translation>
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
        <source>评审结果</source>
        <translation>Evaluation results</translation>
    </message>
    <message>
        <source>尚不能计算结果：</source>
        <translation>Results cannot be computed yet:</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>废标（有效投标不足）</source>
        <translation>Failed procurement (too few valid bids)</translation>
    </message>
    <message>
        <source>结果已定</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>尚有待处理事项</source>
        <translation>Items still pending</translation>
    </message>
    <message>
        <source>推荐中标候选人（依次）：</source>
        <translation>Winning candidates (in order): </translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
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
        <source>最近的项目</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>（还没有打开过项目）</source>
        <translation>(No projects opened yet)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>项目信息</source>
        <translation>Project</translation>
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
        <source>评审</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>评审（资格、符合性审查，价格审查，独立评分，复核）将在评审会话中进行。</source>
        <translation>Evaluation (qualification and compliance review, price review, independent scoring, verification) takes place in an evaluation session.</translation>
    </message>
    <message>
        <source>报告生成不可用。</source>
        <translation>Report generation is not available.</translation>
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
    <name>paths</name>
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
        <source>项目信息</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>评审规则</source>
        <translation>Evaluation rules</translation>
    </message>
</context>
</TS>
