# Portico: 简体中文 (Simplified Chinese).

## accept
accept-choose = 请填写您的姓名并设置 Portico 密码。
accept-code = 邀请码
accept-continue = 继续
accept-signed_in_as = 您已以 { $email } 登录；邀请将加入此账户。
accept-title = 接受邀请

## account
account-current_password = 当前密码
account-end = 退出
account-end_others = 退出其他所有设备
account-first_seen = 登录于
account-last_seen = 最近活动
account-new_password = 新密码（12 至 128 个字符）
account-password = 修改密码
account-password_done = 密码已修改。其他所有会话均已退出。
account-sessions = 您的登录设备
account-sessions_intro = 如果您不认识某个设备或地址，请结束该会话并修改密码。
account-this_session = 当前设备

## action
action-continue = 继续
action-older = 更早
action-remove = 移除
action-save = 保存

## adminsec
adminsec-coverage = 各角色两步登录情况
adminsec-failures = { $n } 次登录失败
adminsec-locked = 因登录失败被暂停的账户（最近 15 分钟）
adminsec-mail = 外发邮件
adminsec-mail_off = 未配置邮件中继（PORTICO_SMTP_HOST）：邮件保存在队列中，不会发送。{ $n } 封等待中。
adminsec-mail_on = 邮件通过 { $host } 发送；{ $n } 封等待中。
adminsec-none = 无。
adminsec-people = 人数
adminsec-required = 按策略必须开启
adminsec-suspicious = 异常登录（最近 30 天）
adminsec-title = 安全概览

## api_tokens
api_tokens-create = 创建令牌
api_tokens-created = 新令牌
api_tokens-days = 有效期（天）
api_tokens-expired = 已过期
api_tokens-expires = 到期
api_tokens-intro = 令牌让您的 ERP 或其他系统无需个人密码即可读取订单、发布进度和上传文件。令牌以您的身份操作，仅限您勾选的权限范围，直到过期或被您撤销。您不再是管理员时令牌即失效。
api_tokens-last_used = 最近使用
api_tokens-made_by = 创建人
api_tokens-name = 名称
api_tokens-never = 从未
api_tokens-new = 创建令牌
api_tokens-none = 还没有令牌。
api_tokens-once = 请立即复制令牌：它只显示这一次。Portico 只保存它的指纹。
api_tokens-revoke = 撤销
api_tokens-revoked = 已撤销
api_tokens-scope-files_write = 上传照片和文件
api_tokens-scope-orders_read = 读取订单、节点、时间线、文件和报告
api_tokens-scope-orders_write = 创建订单并推进订单阶段
api_tokens-scope-updates_write = 发布进度更新，添加或更新节点
api_tokens-scopes = 权限范围
api_tokens-title = API 令牌
api_tokens-usage = 每个请求都需携带：
api_tokens-scope-reports_write = 按需请求进度报告

## audit
audit-action = 操作
audit-detail = 详情
audit-ip = 地址
audit-object = 对象
audit-title = 审计日志
audit-when = 时间（UTC）

## confirm
confirm-or_code = 或身份验证器验证码
confirm-submit = 确认
confirm-title = 确认是您本人
confirm-why = 此更改会影响谁能看到您的数据。请输入密码或身份验证器中的验证码以继续。几分钟内不会再次询问。
confirm-kept = 您填写的内容已保留：确认后将按原样提交。

## copy
copy-button = 复制
copy-done = 已复制
copy-failed = 无法复制：内容已选中，请用键盘或菜单复制。
copy-account = 复制账号
copy-bic = 复制 SWIFT/BIC
copy-beneficiary = 复制收款人名称
copy-sha256 = 复制 SHA-256
copy-public_key = 复制公钥
copy-code = 复制验证码
copy-token = 复制令牌
copy-secret = 复制密钥
copy-invitation_code = 复制邀请码

## customers
customers-add = 添加客户
customers-name = 客户公司名称
customers-none = 还没有客户公司。
customers-title = 客户公司

## dashboard
dashboard-all_orders = 全部订单
dashboard-awaiting_buyers = 等待采购方决定
dashboard-awaiting_you = 等待您的决定
dashboard-by_status = 按状态统计订单
dashboard-due_soon = 两周内出厂的订单
dashboard-late_milestones = 延误的节点
dashboard-late_orders = 延误
dashboard-title = 概览
dashboard-urgent = 紧急：付款与银行信息
dashboard-your_orders = 您的订单

## decisions
decisions-answered_by = 由 { $name } 答复
decisions-approve = 批准
decisions-ask = 请采购方做出决定
decisions-asked_by = 由 { $name } 提出
decisions-comment = 意见（拒绝时必填）
decisions-description = 详情
decisions-due = 答复期限
decisions-kind = 决定类型
decisions-none = 此订单没有待决事项。
decisions-reject = 拒绝
decisions-send = 发送给采购方
decisions-title = 决定
decisions-waiting = 等待采购方答复。
decisions-withdraw = 撤回

## dkind
dkind-delay_acceptance = 接受延期
dkind-option = 选择方案
dkind-other = 其他
dkind-sample_approval = 产前样确认
dkind-shipment_approval = 出货确认

## dstatus
dstatus-approved = 已批准
dstatus-open = 待答复
dstatus-rejected = 已拒绝
dstatus-withdrawn = 已撤回

## email
email-change = 更改邮箱地址
email-change_hint = 验证码会发送到新地址；更改完成后会通知您当前的地址。
email-code = 邮件中的验证码
email-new = 新地址
email-send_code = 发送验证码
email-sent = 验证码已发出（30 分钟内有效），请在下方输入。
email-title = 邮箱地址
email-unverified = 未确认
email-verified = 已确认
email-why = 请用验证码确认您的邮箱，以便 Portico 向您发送安全提醒。

## error
error-forbidden = 无权操作
error-home = 返回首页
error-not_found = 未找到
error-request = 无法处理此请求
error-request_id = 请求编号：
error-server = 出现错误

## field
field-access_until = 访问截止日期
field-actual_date = 实际日期
field-bank = 银行
field-bank_address = 银行地址
field-beneficiary = 收款人
field-beneficiary_address = 收款人地址
field-comment = 意见
field-company_name = 公司名称
field-customer = 客户
field-days = 天数
field-description = 详情
field-due_date = 答复期限
field-email = 电子邮箱
field-etd_date = 预计离港
field-ex_factory_date = 出厂日期
field-expires_in_days = 有效期（天）
field-expires_on = 最后一天
field-idle_minutes = 闲置分钟数
field-label = 给谁（备注）
field-name = 姓名
field-note = 给供应商的备注
field-notes = 备注
field-password = 密码
field-percent = 百分比
field-phrase = 防钓鱼短语
field-planned_date = 计划日期
field-product = 产品
field-quantity = 数量
field-reason = 原因
field-reference = 订单号 / PO
field-report_hour = 报告发送时间
field-report_weekday = 报告发送日
field-role = 角色
field-search = 搜索
field-session_hours = 会话时长（小时）
field-share_link_days = 分享链接天数
field-status = 状态
field-step_name = 步骤名称
field-text = 内容
field-title = 标题
field-your_name = 您的姓名
field-url = 地址
field-events = 事件

## files
files-add_photos = 添加照片
files-added = 添加时间
files-all = 全部
files-check_bad = 与此版本不一致。请勿依赖您的副本，请使用 Portico 中的文件。其 SHA-256：
files-check_copy = 核对您收到的副本
files-check_copy_hint = 选择您手上的文件（例如邮件附件）。浏览器会在本地计算其 SHA-256，不会上传任何内容。
files-check_ok = 与此版本完全一致：
files-choose = 选择文件
files-clean_refused = 买家无法打开此文件：无法移除其中的拍摄数据（如 GPS 位置）。请以普通照片或视频重新上传。
files-cleaned = 照片和视频不含拍摄数据（GPS 位置、序列号、所有者），画面本身不变。
files-current = 当前
files-dimensions = 像素尺寸
files-documents = 文件
files-download = 下载
files-drop_hint = 或把文件拖到这里
files-for_update = 这些文件将附在该进度更新上，可见范围与更新相同。
files-history = 版本记录
files-kind = 类别
files-kind_auto = 照片 / 视频 / 其他（按内容判断）
files-limits = 照片（JPEG、PNG、WebP、HEIC）、视频（MP4、MOV）、PDF、Office、CSV 和 ZIP；每个文件最大 { $mb } MiB。
files-media = 照片和视频
files-name = 名称
files-new_version = 上传新版本
files-no_documents = 还没有文件。
files-no_media = 还没有照片或视频。
files-no_preview = 无预览；请打开下载
files-of_record = 已签名的登记文件：任何人都可以在“核对文件”中核对副本
files-older = 更早
files-open = 打开
files-original = 含拍摄数据的原件（仅员工，将记录）
files-preparing = 正在生成预览…
files-section = 照片与文件
files-see_all = 查看全部照片和文件
files-send = 上传
files-size = 大小
files-superseded = 已被新版本取代
files-take_photo = 拍照
files-taken = 拍摄于
files-title = 照片与文件
files-type = 类型
files-upload = 添加照片、视频或文件
files-uploaded = 已上传 { $n } 个文件。
files-version = 版本

## fkind
fkind-bill_of_lading = 提单
fkind-certificate = 证书
fkind-contract = 合同
fkind-inspection_report = 验货报告
fkind-invoice = 商业发票
fkind-material_receipt = 材料收货单
fkind-other = 其他文件
fkind-packing_list = 装箱单
fkind-payment_instructions = 付款信息
fkind-photo = 照片
fkind-proforma_invoice = 形式发票
fkind-progress_report = 进度报告
fkind-video = 视频

## footer
footer-note = Portico 从不索要您的邮箱密码。我们的邮件从不包含登录链接：请自行打开门户。

## forgot
forgot-have_code = 我已收到验证码
forgot-send = 发送验证码
forgot-sent = 如果该地址有账户，验证码已发出（30 分钟内有效）。请打开重置页面并输入。
forgot-title = 忘记密码？
forgot-why = 请输入您的邮箱地址。如果该地址有 Portico 账户，我们会发送一个验证码用于设置新密码。Portico 从不发送可直接登录的链接。

## fraud
fraud-changes = 待生效的银行信息变更
fraud-failed = 未通过的核对
fraud-mismatches = 付往其他账户的款项
fraud-none = 无。
fraud-title = 欺诈信号

## invite
invite-code_is = 如果对方没有收到邮件，请通过电话或聊天工具告诉对方这个邀请码：
invite-expires = 到期
invite-how = 对方打开 { $url }，并在 { $day }（UTC）之前输入邀请码。
invite-intro = 对方会收到一封带有一次性邀请码的邮件，并自行打开 Portico 输入。邀请码 7 天内有效。
invite-open = 未接受的邀请
invite-resend = 重新生成邀请码
invite-revoke = 撤回
invite-send = 发送邀请
invite-sent = 邀请已发送
invite-sent_to = 带邀请码的邮件正在发往 { $email }。
invite-title = 邀请人员
invite-language = 邀请邮件及账户的语言

## jobs
jobs-attempts = 尝试次数
jobs-error = 最近的错误
jobs-hint = 后台任务负责生成预览图和报告。失败的任务会延时重试，五次后停止并显示在这里。
jobs-kind = 任务
jobs-kind-file-derive = 照片预览
jobs-kind-report-build = 进度报告
jobs-none = 没有失败的任务。
jobs-retry = 重试
jobs-state = 状态
jobs-status-done = 完成
jobs-status-failed = 失败
jobs-status-queued = 等待中
jobs-status-running = 运行中
jobs-title = 后台任务
jobs-updated = 更新时间

## lifecycle
lifecycle-move_to = 转为：
lifecycle-confirm_cancelled = 确定取消此订单？买家会立即收到通知；只有管理员可以重新打开。
lifecycle-confirm_shipped = 确定将此订单标记为已发货？买家会收到货物已出厂的通知。
lifecycle-yes_cancelled = 是，取消订单
lifecycle-yes_shipped = 是，标记为已发货
lifecycle-reopen = 重新打开
lifecycle-step_back = 退回上一阶段
lifecycle-back_to = 订单将退回到：{ $status }。买家会在时间线上看到此变更和您的理由。
lifecycle-reason = 理由（必填）
lifecycle-step_back_go = 退回订单

## mail
mail-digest-intro = 自上次汇总以来，Portico 上 { $tenant } 的动态：
mail-digest-subject = Portico 上的 { $tenant }：今天有 { $count } 条新消息
mail-email_changed-body = 您的 Portico 账户邮箱已从 { $old } 更改为另一个地址（来自 { $ip }）。如果不是您本人操作，请立即联系供应商的管理员。
mail-email_changed-subject = 您的 Portico 邮箱地址已更改
mail-email_confirm-body = 您的确认码：{ $code }（{ $minutes } 分钟内有效）。请在 Portico 的“账户 → 邮箱”页面输入（{ $url }）。
mail-email_confirm-subject = 确认您的 Portico 邮箱地址
mail-email_taken-body = 另一个 Portico 账户（来自 { $ip }）尝试把您的邮箱地址改为它的登录邮箱。什么都没有改变，您的账户不受影响。如果您对此有疑问，请联系您供应商的管理员。
mail-email_taken-subject = 有人尝试在 Portico 中使用您的邮箱地址
mail-notice-intro = 来自 Portico 上 { $tenant } 的消息：
mail-notice-subject = Portico 上的 { $tenant }：{ $what }
mail-open_portal = 如需查看详情，请自行打开 Portico：在浏览器中输入 { $url } 或使用书签。Portico 的邮件从不包含登录链接，我们的银行信息也不会通过邮件更改。
mail-phrase = 您的 Portico 防钓鱼短语：«{ $phrase }» —— Portico 发出的邮件都会显示它；没有它的邮件不是 Portico 发的。
mail-phrase_tip = 提示：在 Portico 中（账户 → 安全）设置防钓鱼短语后，Portico 发出的每封邮件都会显示它。
mail-quoted = “引号”中的文字由 { $tenant } 的人员输入，并非 Portico 所写：Portico 从不通过邮件要求您付款、更改银行信息或登录。
mail-reset-advice = 请自行打开 { $url } 并输入。如果不是您本人请求，请忽略此邮件，您的密码不会改变。
mail-reset-asked = 有人（希望是您）从 { $ip } 请求重置您的 Portico 密码。
mail-reset-code = 验证码：{ $code }（{ $minutes } 分钟内有效，只能使用一次）。
mail-reset-subject = Portico 密码重置验证码
mail-security-advice = 如果是您本人操作，无需处理。如果不是，请自行打开 Portico（输入您常用的网址，不要点击邮件中的链接），登录后在“账户 → 安全提醒”中选择“不是我本人”：系统会退出所有设备并要求设置新密码。
mail-security-body = { $what }：{ $detail }。
mail-security-subject = Portico 安全提醒：{ $what }
mail-written = 本邮件写于 { $date }。
mail-invite-subject = { $tenant } 邀请您使用 Portico
mail-invite-intro = { $inviter } 邀请您在 Portico 上跟进您与 { $tenant } 的订单。
mail-invite-code = 请自行打开 { $url } 并输入此邀请码：{ $code }
mail-invite-expires = 邀请码只能使用一次，有效期至 { $day }。
mail-invite-advice = Portico 从不发送登录链接，也从不索要您的邮箱密码。如果您没有预期收到此邮件，请忽略。

## mailhealth
mailhealth-no_relay = 邮件无法发出：未配置邮件中继（PORTICO_SMTP_HOST）。关于付款和银行信息的提醒只留在 Portico 中。
mailhealth-stuck = 过去 24 小时内有 { $n } 封发给贵公司人员的邮件发送失败或等待超过 15 分钟。
mailhealth-title = 提醒可能无法送达您的管理员
mailhealth-unconfirmed = 以下管理员尚未确认邮箱地址，收不到任何提醒：

## milestones
milestones-actual = 实际
milestones-add = 添加节点
milestones-late = 已延误
milestones-name = 节点
milestones-none = 还没有生产节点。
milestones-owner = 负责人
milestones-planned = 计划
milestones-title = 生产节点
milestones-update = 更新

## mstatus
mstatus-done = 已完成
mstatus-in_progress = 进行中
mstatus-pending = 未开始

## nav
nav-api_tokens = API 令牌
nav-audit = 审计日志
nav-customers = 客户
nav-fraud = 欺诈信号
nav-home = 概览
nav-invite = 邀请
nav-jobs = 后台任务
nav-language = 语言
nav-language_go = 切换
nav-notifications = 通知
nav-orders = 订单
nav-payments = 银行信息
nav-people = 人员
nav-reports = 报告
nav-requests = 申请访问
nav-security = 安全
nav-security_admin = 安全概览
nav-settings = 设置
nav-signout = 退出
nav-switch = 切换供应商
nav-templates = 模板
nav-tenant = 当前供应商
nav-verify = 核对文件
nav-more = 更多
nav-main = 主菜单
nav-skip = 跳到正文
nav-account = 您的账户
nav-sessions = 已登录的设备
nav-notification_prefs = 通知设置
nav-webhooks = Webhook

## ncat
ncat-decisions = 待确认事项的请求与答复
ncat-files = 新照片、视频和文件
ncat-milestones = 延误的里程碑
ncat-payments = 银行信息与正式单据
ncat-reports = 进度报告
ncat-security = 安全提醒
ncat-updates = 进展、状态和里程碑变化、留言

## nmode
nmode-daily = 每日汇总
nmode-now = 立即
nmode-off = 关闭

## notice
notice-admin_added = 新增管理员
notice-admin_demoted = 管理员身份被取消
notice-detail-admin_demoted = { $name } <{ $email }>，操作人：{ $by }
notice-detail-email_changed = 从 { $old } 改为 { $new }
notice-detail-failed_sign_ins = 过去一小时内登录失败 { $n } 次，最近一次来自 { $ip }
notice-detail-from = 来自 { $ip }
notice-detail-new_sign_in = { $device }，来自 { $ip }（{ $kind }）
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = 操作人：{ $name }（{ $email }）
notice-detail-second_factor = 密码正确后两步验证码错误 { $n } 次，最近一次来自 { $ip }
notice-email_changed = 邮箱地址已更改
notice-failed_sign_ins = 多次登录失败
notice-new_sign_in = 新的登录
notice-password_changed = 密码已更改
notice-password_reset = 密码已重置
notice-second_factor_failed = 两步验证码多次错误
notice-two_factor_off = 已关闭两步登录
notice-two_factor_on = 已开启两步登录
notice-two_factor_reset = 管理员重置了两步登录

## notif
notif-comment = 买家在订单 { $ref }（{ $title }）中发表了新留言
notif-decision_answered = 订单 { $ref } 的待确认事项已答复：{ $what }
notif-decision_requested = 订单 { $ref } 需要您确认：{ $what }
notif-documents = 订单 { $ref }（{ $title }）新增 { $count } 份文件
notif-invited = { $by } 邀请了 { $email } 作为买家，可查看 { $orders } 个订单
notif-milestone = 订单 { $ref } 的里程碑有变化：{ $what }
notif-milestone_late = 订单 { $ref } 的里程碑已延误：{ $what }（计划 { $date }）
notif-payment = 银行信息：{ $event }
notif-photos = 订单 { $ref }（{ $title }）新增 { $count } 张照片或视频
notif-record = 订单 { $ref } 的正式单据：{ $name }，{ $event }（操作人：{ $by }）
notif-report_ready = { $ref } 的进度报告已生成（{ $period }）
notif-security = 您账户的安全提醒：{ $event }
notif-status = 订单 { $ref }（{ $title }）现在的状态：{ $what }
notif-update = 订单 { $ref }（{ $title }）有新的进展
notif-webhook_disabled = 发往 { $host } 的 Webhook 连续 { $count } 次发送失败，已停用。请检查接收方后重新启用。

## notifications
notifications-always = 安全提醒和付款信息变更总是立即通知您，无法关闭。
notifications-mark_read = 标为已读
notifications-none = 没有通知。
notifications-preferences = 通知设置
notifications-prefs_hint = 请为每类消息选择：立即通知（Portico 内和邮件）、每日邮件汇总，或不通知。这些设置适用于您关注的所有供应商。
notifications-read_all = 全部标为已读
notifications-title = 通知
notifications-unread = { $count } 条未读
notifications-choose = 选择接收哪些通知

## orders
orders-all_customers = 全部客户
orders-all_statuses = 全部状态
orders-edit = 编辑订单
orders-ex_factory_from = 出厂日期从
orders-ex_factory_to = 至
orders-export = 导出 CSV
orders-filter = 筛选
orders-more = 更多订单
orders-new = 新建订单
orders-no_customers = 请先添加客户公司：
orders-none = 没有可显示的订单。
orders-only_late = 仅显示延误
orders-reports = 报告
orders-search = 搜索订单号、标题或产品
orders-sort = 排序
orders-title = 订单
orders-none_filtered = 没有符合这些筛选条件的订单。
orders-clear_filters = 显示全部订单
orders-none_staff = 还没有订单。创建第一个订单：确认后买家即可看到。
orders-none_buyer = 还没有订单：供应商尚未与您共享订单。共享后订单会立即出现在这里，并通知您。

## payment
payment-differs-account = 账号不同
payment-differs-bank = 银行（SWIFT/BIC）不同
payment-differs-both = 账号和银行都不同
payment-differs-no_record = 尚无登记的银行信息
payment-event-active = 新的银行信息现已生效，请在 Portico 中确认
payment-event-cancelled = 已宣布的银行信息变更已取消，现有信息继续有效
payment-event-cooling = 新的银行信息已批准，将于 { $date } 生效；在此之前现有信息仍然有效。请在 Portico 中核对
payment-event-mismatch = 紧急：您在 { $date } 的一笔 { $amount } 付款转入了账户 { $account }，这不是我们登记的账户（{ $differs }）。请立即联系您的银行撤回这笔付款，然后用您已知的电话号码联系我们
payment-event-mismatch_staff = 紧急：买家在 { $date } 的一笔 { $amount } 付款转入了账户 { $account }，这不是贵公司登记的账户（{ $differs }）。请立即用已知的电话号码联系买家，协助其通过银行撤回这笔付款
payment-event-proposed = { $who } 提议更改银行信息，需要另一位管理员批准

## payments
payments-account = 账号或 IBAN
payments-acknowledge = 我已核对这些信息
payments-acknowledged = 已确认
payments-amount = 金额
payments-applies_to = 适用于
payments-approve = 批准（第二位管理员）
payments-bank = 银行
payments-bank_address = 银行地址
payments-beneficiary = 收款人
payments-beneficiary_address = 收款人地址
payments-cancel = 取消变更
payments-cancelled_why = 取消原因：
payments-currency = 币种
payments-for_all = 所有客户
payments-for_customer = 该客户
payments-history = 银行信息及历史
payments-lone_admin = 您是唯一的管理员：没有人能批准银行信息的更改。请先在“人员”中添加第二位管理员。
payments-mismatch = 不是我们登记的账户
payments-none = 尚未登记银行信息。
payments-notes = 备注
payments-paid_on = 付款日期
payments-paid_to = 收款账号 / IBAN
payments-pending = 银行信息即将变更
payments-pending_hint = 新的银行信息已由两位管理员批准，将于 UTC { $date } 生效。在此之前请继续使用现有信息付款。如果您没有预期此变更，请用您已知的电话号码联系供应商。
payments-propose = 提议新的银行信息
payments-propose_hint = 变更需要另一位管理员批准，然后经过冷静期；所有相关买家都会立即收到通知。
payments-proposed_hint = 有人提议更改银行信息，正在等待第二位管理员批准。该变更尚未生效：请继续使用现有信息付款。如果您没有预期此变更，请用您已知的电话号码联系供应商。
payments-public_key = 登记文件均以本公司的密钥签名：
payments-reason = 原因
payments-record = 登记付款
payments-record_hint = 请按银行回单准确填写收款账户：如果不是我们的账户，双方会立即收到警报。
payments-reference = 付款备注
payments-state = 状态
payments-status-active = 当前有效
payments-status-cancelled = 已取消
payments-status-cooling = 已批准，冷静期中
payments-status-proposed = 已提议，等待第二位管理员
payments-status-superseded = 已被取代
payments-title = 登记的银行信息
payments-version = 版本
payments-waiting_second = 等待第二位管理员批准
payments-warning = 我们的银行信息不会通过邮件更改，请在 Portico 中核对。

## people
people-access_report = 能看到什么？
people-access_until = 访问截止日期（可选）
people-add = 添加人员
people-added = 已添加人员
people-all_orders = 该客户的全部订单
people-all_roles = 全部角色
people-back = 返回人员列表
people-buyer_access = 采购方：客户及访问范围
people-chosen_orders = 仅限所选订单
people-disabled = 已停用
people-edit = 更改访问权限
people-existing_account = 该邮箱已有 Portico 账户；现在它也可以用同一密码访问本供应商。
people-filter = 筛选
people-last_sign_in = 最近登录
people-lead = 客户负责人（可为同事申请访问权限）
people-remove = 移除访问权限
people-reset_2fa = 重置两步登录
people-reset_2fa_hint = 适用于丢失手机和恢复码的人员。对方会收到通知，且会记录审计日志。
people-temp_password = 已创建新账户。请通过电子邮件以外的渠道（例如电话）把这个一次性密码交给对方；它只显示一次：
people-title = 人员
people-two_factor = 两步登录
people-two_factor_off = 未开启
people-two_factor_on = 已开启

## progress
progress-expected = 预计完成
progress-late_count = { $n } 项延误
progress-next = 下一步
progress-slip = 比出厂日期晚 { $n } 天

## record
record-approve = 批准并签发
record-draft_hint = 草稿：买家看不到，在管理员签发之前也无法验证为真。
record-event-issued = 已签发并向买家显示
record-event-proposed = 已提交签发，等待第二位管理员批准
record-event-withdrawn = 签发提议已撤回
record-issue = 签发给买家
record-propose = 提交签发
record-proposed_hint = 已提交签发：等待第二位管理员批准。
record-title = 正式单据
record-two_admins_hint = 此单据涉及付款条款：需第二位管理员批准后才会签发。
record-waiting_second = 您提交了此单据：需由另一位管理员批准。
record-withdraw = 撤回提议

## report
report-inspection_passed = 检验通过
report-inspection_rework = 检验：需要返工
report-more = 只列出前 500 个订单。
report-order_link = 谁能看到此订单？
report-order_title = 谁能看到此订单
report-person_title = 此人能看到什么
report-reason-admin = 管理员：全部订单
report-reason-assigned = 已指派到此订单
report-reason-customer_all = 采购方：该客户的全部订单
report-reason-granted = 采购方：被授予此订单
report-reason-share = 分享链接（已查看 { $n } 次）
report-until = 截止
report-why = 原因
report-pdf-title = 进度报告
report-pdf-period = 周期
report-pdf-generated = 生成于
report-pdf-zone = 时区
report-pdf-code = 验证码
report-pdf-customer = 客户
report-pdf-status = 状态
report-pdf-product = 产品
report-pdf-quantity = 数量
report-pdf-ex_factory = 出厂日期
report-pdf-etd = 预计离港
report-pdf-milestones = 里程碑
report-pdf-milestone = 里程碑
report-pdf-planned = 计划
report-pdf-actual = 实际
report-pdf-late = 延误
report-pdf-updates = 进展
report-pdf-photos = 照片
report-pdf-inspection = 检验
report-pdf-documents = 新增文件
report-pdf-document = 文件
report-pdf-kind = 类型
report-pdf-added = 上传
report-pdf-decisions = 待确认事项
report-pdf-decision = 事项
report-pdf-due = 截止
report-pdf-comment = 备注
report-pdf-next = 下阶段计划
report-pdf-empty = 无

## reports
reports-code = 验证码
reports-customer = 客户
reports-default_period = 日期留空表示最近七天。
reports-from = 开始日期
reports-make = 立即生成报告
reports-none = 还没有报告。
reports-period = 周期
reports-status = 状态
reports-status-failed = 失败（将重试）
reports-status-queued = 生成中
reports-status-ready = 已生成
reports-subject = 订单或客户
reports-title = 进度报告
reports-to = 结束日期
reports-trigger-on_demand = 按需
reports-trigger-scheduled = 每周
reports-language = 报告语言
reports-language_buyers = 买家的语言
reports-make_first = 生成第一份

## requests
requests-approve = 批准并邀请
requests-intro = 由供应商决定。如果同意，您的同事会收到邀请，并看到与您相同的订单。
requests-line = { $lead } 为 { $customer } 的 { $name }（{ $email }）申请访问权限
requests-note = 给供应商的备注（可选）
requests-pending = 客户的访问申请
requests-refuse = 拒绝
requests-send = 发送申请
requests-title = 为同事申请访问权限
requests-yours = 您的申请

## reset
reset-code = 邮件中的验证码
reset-second_factor = 身份验证器验证码或恢复码（如已开启两步登录）
reset-title = 设置新密码

## role
role-admin = 管理员
role-buyer = 采购方
role-forwarder = 货代
role-merchandiser = 跟单员
role-qc = 质检员

## rstatus
rstatus-approved = 已批准
rstatus-pending = 等待中
rstatus-refused = 已拒绝

## security
security-acted = 已处理：所有会话均已结束
security-email = 邮箱地址
security-no_notices = 没有安全提醒。
security-not_me = 不是我本人
security-not_me_hint = “不是我本人”会退出所有设备（包括本设备），并要求设置新密码（通过发送到您邮箱的验证码设置）。
security-notices = 安全提醒
security-phrase = 防钓鱼短语
security-phrase_why = 选择一个只有您知道的短语。Portico 会在发给您的每封邮件顶部以及您自己设备的登录页上显示它。没有该短语的邮件不是 Portico 发的，请勿照做。
security-sessions = 您的登录设备
security-title = 安全
security-twofactor = 两步登录
security-time_zone = 您的时区
security-time_zone_hint = 日期和时间按此时区显示，并注明时差。留空则使用供应商的时区（{ $name }）。

## settings
settings-cooling_hours = 新银行信息生效前的冷静期（小时，24–336）
settings-idle_minutes = 闲置多少分钟后自动退出
settings-merch_invite = 跟单员可以邀请采购方
settings-report_hour = 每周报告和每日汇总的发送时间（0–23 点，当地时间）
settings-report_weekday = 每周报告日
settings-require_2fa = 以下角色必须使用两步登录
settings-saved = 已保存。
settings-session_hours = 无论如何，多少小时后自动退出
settings-share_days = 分享链接最长有效天数（1 至 90）
settings-timezone = 时区（IANA 名称，例如 Asia/Shanghai）
settings-title = 门户设置
settings-language = 公司语言
settings-language_hint = 默认里程碑模板以此语言编写，邀请默认使用此语言；若报告的买家都未选择语言，报告也以此语言生成。

## setup
setup-admin_name = 您的姓名
setup-company = 公司名称
setup-intro = 创建贵公司的门户和管理员账户。此链接只能使用一次。
setup-password_confirm = 再次输入密码
setup-slug = 简称（a-z、0-9、-）
setup-submit = 创建门户
setup-title = 设置 Portico

## share
share-back = 返回订单
share-copy_now = 请立即复制此地址；它只显示一次：
share-create = 创建链接
share-created = 已创建分享链接
share-expired = 已过期
share-label = 给谁（备注）
share-last_day = 最后一天
share-new = 创建只读链接
share-password = 密码（可选，至少 12 个字符）
share-protected = 此分享订单受密码保护
share-revoke = 撤销
share-revoked = 已撤销
share-shared_by = 由 { $name } 通过 Portico 分享（只读）
share-title = 分享链接
share-until = 除非您撤销，链接有效期至 { $day }（UTC）。
share-uses = 已查看 { $n } 次
share-with_password = 有密码

## signin
signin-forgot = 忘记密码？
signin-hint = Portico 绝不会索要您的邮箱密码。
signin-invalid = 电子邮箱或密码不正确。
signin-no_access = 您的账户目前无权访问任何供应商。
signin-phrase = 您的防钓鱼短语：
signin-phrase_hint = 如果您设置了防钓鱼短语，在您自己的设备上输入邮箱后会在此显示。
signin-reset_done = 密码已更改，所有会话均已结束。请使用新密码登录。
signin-reset_required = 为了您的安全，需要设置新密码。请点击下方“忘记密码？”，通过发送到您邮箱的验证码设置新密码。
signin-submit = 登录
signin-throttled = 此账户或此网络的登录失败次数过多。请等待几分钟后再试。
signin-title = 登录

## sort
sort-newest = 最新优先
sort-oldest = 最早优先
sort-reference = 按订单号

## staff
staff-assign = 指派
staff-none = 尚未指派人员。
staff-title = 负责人员

## status
status-cancelled = 已取消
status-closed = 已关闭
status-confirmed = 已确认
status-draft = 草稿
status-in_production = 生产中
status-inspection = 验货中
status-ready_to_ship = 待出运
status-shipped = 已出运

## switch
switch-current = 当前
switch-open = 打开
switch-title = 您的供应商

## templates
templates-days = 天
templates-new = 新建模板
templates-none = 不使用模板
templates-steps = 步骤，每行一个：名称 | 订单开始后的天数
templates-steps_hint = 计划日期从订单创建之日起计算。
templates-title = 节点模板
templates-use = 使用模板生成节点
templates-garments = 服装
templates-garments-fabric = 面料采购
templates-garments-cutting = 裁剪
templates-garments-sewing = 缝制
templates-garments-finishing = 整烫
templates-garments-final_inspection = 终检
templates-garments-packing = 包装
templates-garments-shipping = 出运

## timeline
timeline-decision_approved = 采购方已批准。
timeline-decision_rejected = 采购方已拒绝。
timeline-decision_requested = 已请求决定。
timeline-decision_withdrawn = 该问题已撤回。
timeline-empty = 时间线上还没有内容。
timeline-format_hint = 以 - 开头的行为列表；用 **粗体** 强调。
timeline-milestone_added = 新增节点：{ $status }，{ $percent }%
timeline-milestone_updated = 节点更新：{ $status }，{ $percent }%
timeline-new_comment = 您的留言
timeline-new_update = 进度更新
timeline-no_milestone = 不关联节点
timeline-older = 更早的内容
timeline-post = 发布
timeline-send = 发送
timeline-status_changed = 状态由 { $from } 变为 { $to }
timeline-title = 时间线
timeline-visibility = 可见范围
timeline-compose = 发布进展

## twofa
twofa-code = 身份验证器应用中的 6 位验证码
twofa-code_or_recovery = 身份验证器应用中的验证码，或一个恢复码
twofa-codes_intro = 两步登录已开启。请妥善保存这些恢复码；手机丢失时每个恢复码可使用一次。它们只显示这一次：
twofa-confirm_first = 设置两步登录前，请先确认您的密码。之后二维码会显示在本页。
twofa-manual = 或手动输入此密钥：
twofa-on = 两步登录已开启。剩余 { $n } 个恢复码。
twofa-qr_alt = 供身份验证器应用扫描的二维码
twofa-scan = 请用身份验证器应用（例如 Google Authenticator、Microsoft Authenticator 或 1Password）扫描此二维码，然后输入应用显示的验证码。
twofa-title = 两步登录
twofa-turn_off = 关闭两步登录
twofa-turn_on = 开启

## verify
verify-advice-genuine = 您可以信赖此文件。付款时仍请使用 Portico 中显示的银行信息。
verify-advice-issued = 验证码可以被复制到任何 PDF 上。要确认您手中的文件就是这份单据，请在上方选择该文件：只有文件核验才能确认。其 SHA-256 必须与此处显示的一致。
verify-advice-superseded = 请勿依据此版本操作：请在 Portico 中打开订单并使用当前版本。
verify-advice-unknown = 请勿据此付款或签字。它可能已被篡改（哪怕改动一个字节也会显示为未知）。请用您已知的电话号码联系供应商，并使用 Portico 中的文件和银行信息。
verify-check = 核对
verify-code = 或其验证码
verify-file = 您收到的 PDF
verify-hint = 通过邮件收到发票、合同或银行信息？请在此核对：选择 PDF 文件，或输入其验证码。文件只在内存中核对，不会保存。
verify-issued = 由 { $supplier }（{ $who }）签发于
verify-issued_by = 由 { $supplier } 签发于
verify-newer = 较新版本签发于
verify-outcome-genuine = 真实：这是登记的文件
verify-outcome-issued = 此验证码属于一份有效的正式单据
verify-outcome-superseded = 已被取代：存在较新的版本
verify-outcome-unknown = 未知：此文件并非通过 Portico 签发
verify-private = 每小时的核对次数有限；登录后可核对更多。
verify-report_note = 进度报告只是转述供应商人员发布的订单动态，绝不是付款指示。请只向 Portico 中显示的登记银行信息付款。
verify-signature = 签名
verify-title = 核对文件

## visibility
visibility-customer = 采购方可见
visibility-internal = 仅内部

## weekday
weekday-0 = 不生成每周报告
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## viewer
viewer-close = 关闭
viewer-next = 下一张
viewer-previous = 上一张

## device
device-kind_api = API
device-kind_browser = 浏览器
device-on = { $os } 上的 { $browser }
device-program = 某个程序
device-unknown = 未知客户端

## err
# Error messages, by the English text the code raises (src/error.rs looks them up by it).
err-a_change_of_these_bank = 这些银行信息已有一项变更在等待处理；请先批准或取消该变更。
err-a_customer_with_this_name = 已存在同名的客户公司。
err-a_sheet_exists_only_for = 只有当前登记或曾经登记的银行信息才有信息单。
err-a_template_with_this_name = 已存在同名的模板。
err-account_invalid = 账号由 4 至 34 位字母和数字组成（可包含空格和连字符）。
err-account_invalid-2 = 请按银行回单填写您付款时的收款账号或 IBAN。
err-account_required = 请输入账号或 IBAN。
err-amount_invalid = 请用数字填写金额，例如 52000 或 52000.50。
err-an_order_with_this_reference = 已存在相同订单号的订单。
err-answer_invalid = 请选择批准或拒绝。
err-bic_invalid = SWIFT/BIC 代码为 8 位或 11 位：前 4 位字母代表银行，接着 2 位字母代表国家，然后是 2 位（还可再加 3 位）字母或数字。
err-body_incomplete = 请求内容在传输中被中断。
err-body_required = 请先填写内容。
err-body_unreadable = 无法读取请求内容。
err-buyers_acknowledge_the_bank_details = 银行信息由付款的采购方确认。
err-cannot_demote_self = 您不能更改自己的角色；请让另一位管理员操作。
err-cannot_remove_self = 您不能移除自己。
err-category_invalid = 安全提醒和付款通知无法关闭；其他类别为：进度更新、文件、决定、节点和报告。
err-challenge_expired = 登录耗时过长。请重新登录。
err-code_invalid = 验证码的格式类似 7KQ2M-XW9TD。
err-code_wrong = 验证码不正确或已过期。
err-code_wrong-2 = 验证码不正确。请检查手机上的时间后重试。
err-code_wrong-3 = 验证码不正确。
err-comment_required = 请说明拒绝的原因，以便供应商据此处理。
err-comment_too_long = 意见最多 2000 个字符。
err-confirmation_wrong = 密码或验证码不正确。
err-csrf = 表单已过期或并非来自本网站。请重新加载页面后重试。
err-currency_invalid = 请用三个字母的币种代码填写币种，例如 USD、EUR 或 CNY。
err-cursor_invalid = 分页游标无效。
err-customer_invalid = 未知的客户公司。
err-customer_required = 采购方需要指定 --customer
err-customer_required-2 = 请选择此订单的客户。
err-customer_required-3 = 请选择付款的客户。
err-customer_required-4 = 采购方隶属于某个客户公司：请选择一个。
err-date_invalid = 请按 YYYY-MM-DD 格式填写付款日期。
err-date_invalid-2 = 付款日期必须在过去一年之内，且不能晚于今天。
err-description_too_long = 详情最多 4000 个字符。
err-email_confirmation_required = 请先用发送到您邮箱的验证码确认邮箱地址（/account/email）：安全提醒和付款提醒会发送到该地址。
err-email_invalid = 请输入有效的电子邮箱地址。
err-enrolment_missing = 请重新加载页面，重新开始设置。
err-enrolment_required = 您的供应商要求使用两步登录：请先在 /account/2fa 进行设置。
err-expires_in_days = 天数必须为整数。
err-expiry_required = 请选择链接有效的最后一天。
err-field-date = “{ $field }”必须是日期，格式如 2026-12-31。
err-field-invalid_characters = “{ $field }”中含有控制字符或改变文字方向的字符。
err-field-range = “{ $field }”必须在 { $min } 到 { $max } 之间。
err-field-required = “{ $field }”为必填项。
err-field-too_long = “{ $field }”最多 { $max } 个字符。
err-field_not_utf8 = 某个表单字段不是有效的 UTF-8 文本。
err-field_too_long = 上传内容中的某个表单字段过长。
err-file_required = 请至少选择一个文件。
err-forbidden = 您无权执行此操作。
err-form_invalid = 无法读取表单。
err-form_invalid-2 = 请提交一个 PDF 文件或一个验证码。
err-form_invalid-3 = 每次只能提交一个 PDF 文件。
err-iban_invalid = 此 IBAN 无效：校验位或长度不符。请逐个字符核对。
err-internal = 我们这边出现了错误。请重试；如果问题仍然存在，请提供请求编号。
err-invalid_credentials = 电子邮件地址或密码不正确。
err-invitation_invalid = 此邀请码无效：可能已过期、已被使用或已被撤回。请索取新的邀请。
err-invitation_other_account = 此邀请是发给另一个邮箱地址的。请退出登录并使用该地址。
err-invitation_sign_in = 您已有 Portico 账户：请先登录，然后再次输入邀请码。
err-invoices_contracts_and_other_official = 向采购方显示的发票、合同和其他正式单据必须由已登录的人员签发，不能通过 API 令牌签发。请将其作为内部文件上传，或登录后再操作。
err-kind_invalid = 请选择决定类型。
err-kind_invalid-2 = 请从所列文件类别中选择一个。
err-language_invalid = 请选择所提供的语言之一。
err-milestone_invalid = 里程碑筛选条件不是有效的里程碑编号。
err-milestone_invalid-2 = 未知的节点。
err-mode_invalid = 请选择“立即”、“每日汇总”或“关闭”。
err-no_admin = 此供应商目前没有启用的管理员。
err-not_found = 您请求的页面或对象不存在，或者您无权访问。
err-one_file = 新版本必须正好是一个文件。
err-only_a_change_that_has = 只有尚未生效的变更才能取消。
err-only_a_draft_can_be = 只有草稿才能签发；此单据已签发或已提交签发。
err-only_a_proposed_change_can = 只有已提议的变更才能批准。
err-only_a_proposed_document_can = 只有已提交签发的单据才能批准。
err-only_a_proposed_document_can-2 = 只有已提交签发的单据才能撤回。
err-only_the_details_of_record = 只有登记的银行信息才能确认。
err-order_draft = 请先确认订单，再请采购方做出决定。
err-order_draft-2 = 草稿订单不能分享。
err-order_invalid = 未知的订单。
err-order_invalid-2 = 所选订单中有不属于此客户的订单。
err-order_not_assigned = 您只能邀请采购方查看指派给您的订单。
err-orders_required = 请选择此人可以查看的订单。
err-orders_required-2 = 请选择此采购方可以查看的订单：您只能邀请采购方查看指派给您的订单。
err-owner_invalid = 负责人必须是贵公司的员工。
err-password_mismatch = 两次输入的密码不一致。
err-password_reset_required = 为了您的安全，需要设置新密码。请选择“忘记密码？”，通过发送到您邮箱的验证码设置新密码。
err-password_unchanged = 请设置与当前密码不同的新密码。
err-payments_are_recorded_by_buyers = 付款只能由采购方、跟单员和管理员登记。
err-percent_invalid = 百分比必须是 0 到 100 之间的整数。
err-period_invalid = 请选择 2000 年至今天之间的日期。
err-period_invalid-2 = 请选择不超过一年、在今天或之前结束的周期，且开始日期须早于结束日期。
err-phrase_too_short = 请设置至少 4 个字符的短语。
err-precondition_failed = 自您上次加载以来，该文件已被更改。
err-quantity_invalid = 数量必须为整数。
err-range_not_satisfiable = 所请求的字节范围对此文件无效。
err-reset_code_wrong = 邮箱地址或验证码不正确，或验证码已过期。请重新获取验证码。
err-role_invalid = 请选择角色。
err-role_invalid-2 = 未知的角色。
err-scopes_required = 请为令牌至少选择一个权限范围。
err-second_factor_required = 请输入身份验证器应用中的验证码，或一个恢复码。
err-second_factor_required-2 = 此账户已开启两步登录：请输入身份验证器应用中的验证码或您的一个恢复码。如果两者都没有，请联系供应商的管理员重置两步登录。
err-session_ended = 错误次数过多：此会话已结束。请重新登录。
err-share_password = 密码不正确。
err-slug_invalid = 简称必须为 3 至 40 个字符，仅限 a-z, 0-9 and '-'。
err-sort_invalid = 请选择排序方式：最新优先、最早优先或按订单号。
err-staff_invalid = 请选择一位人员。
err-staff_invalid-2 = 只能指派跟单员和质检员。
err-status_invalid = 未知的订单状态。
err-status_invalid-2 = 未知的节点状态。
err-status_invalid-3 = 新订单的状态只能是草稿或已确认。
err-step_up_required = 为了您的安全，请确认是您本人：输入您的密码或身份验证器验证码（POST /api/v1/auth/step-up），然后重试。
err-steps_required = 模板至少需要一个步骤。
err-storage_full = 服务器存储空间已满，因此未保存任何内容。请稍后重试；运维人员已收到警报。
err-subject_invalid = 请选择一个订单或一个客户。
err-template_invalid = 未知的节点模板。
err-that_already_exists = 该项已存在。
err-the_change_was_decided_meanwhile = 在此期间已有人对该变更做出决定。
err-the_demo_tenant_already_exists = 演示供应商已存在（简称 demo-textiles）。
err-the_document_changed_meanwhile = 该单据在此期间已被更改。
err-the_order_was_changed_meanwhile = 该订单在此期间已被更改；请重新加载后重试。
err-the_report_is_still_being = 报告仍在生成中；请稍后重试。
err-the_report_was_built_meanwhile = 报告已在此期间生成
err-there_is_already_a_request = 已有为此人提交的访问申请。
err-this_api_token_s_scopes = 此 API 令牌的权限范围不允许此请求。
err-this_decision_was_already_answered = 此决定已答复，无法更改。
err-this_invitation_is_no_longer = 此邀请已不再有效。
err-this_invitation_was_already_used = 此邀请已被使用。
err-this_kind_of_file_is = 此类文件不属于登记文件。
err-this_person_already_belongs_to = 此人已属于该供应商。
err-this_person_already_has_access = 此人已可以访问您的门户。
err-this_person_already_has_an = 此人已有一个未接受的邀请：请改为重新发送该邀请。
err-this_person_also_works_with = 此人还在 Portico 上与其他供应商合作；其两步登录只能由平台运营方重置。
err-this_person_is_already_assigned = 此人已被指派到该订单。
err-this_request_was_already_decided = 此申请已被批准或拒绝。
err-this_short_name_is_taken = 此简称已被占用；请另选一个。
err-timezone_invalid = 未知的时区：请使用 Asia/Shanghai、Europe/Berlin 或 UTC 这样的名称。
err-too_large = 请求超过了允许的大小。
err-too_many = 一次最多提交 20 项通知设置。
err-too_many_orders = 最多选择 1000 个订单。
err-two_step_sign_in_is = 两步登录已开启。
err-two_step_sign_in_is-2 = 两步登录未开启。
err-unauthenticated = 请登录。
err-unavailable = 服务暂时不可用。请稍后重试。
err-update_invalid = 文件只能附加到此订单的进度更新上。
err-upload_incomplete = 上传在完成前被中断。未保存任何内容；请重试。
err-upload_malformed = 无法读取上传内容（multipart 请求体格式错误）。未保存任何内容。
err-visibility_invalid = 可见范围必须是“仅内部”或“采购方可见”。
err-visibility_invalid-2 = 请选择谁可以看到此更新。
err-your_account_has_no_access = 您的账户目前无权访问任何供应商。
err-password-too_short = 密码至少需要 { $min } 个字符。
err-password-too_long = 密码最多 { $max } 个字符。
err-template-line = 第 { $n } 行：请在“|”后用整数填写天数。
err-template-too_many = 一个模板最多 { $max } 个步骤。
err-order-transition = 订单不能从“{ $from }”变为“{ $to }”。
err-body-too_long = 最多 { $max } 个字符。
err-file-empty = { $name } 是空文件。
err-limit-sign_ins = 此处登录尝试次数过多。请在 { $wait }后重试。
err-limit-codes = 错误代码次数过多。请在 { $wait }后重试。
err-limit-email_codes = 过去一小时内已发送三个验证码。请使用最新的一个，或在 { $wait }后重试。
err-limit-reports = 您在过去一小时内已申请 20 份报告；请在 { $wait }后重试。
err-limit-invitation_codes = 此处尝试的邀请码过多。请在 { $wait }后重试。
err-limit-share_passwords = 错误密码次数过多。请在 { $wait }后重试。
err-limit-verify = 过去一小时内此处核对次数过多。请在 { $wait }后重试，或登录 Portico 以核对更多文件。
err-share-last_day = 最后一天必须在今天到 { $max } 天之后之间。
err-carry_invalid = 无法继续提交该表单，请重新填写。
err-reason_required = 请说明理由：理由会显示在时间线上。
err-reason_too_long = 理由最多 1000 个字符。
err-close_open_decision = 有未决事项的订单不能关闭：请先撤回该事项，或等待答复。
err-cannot_go_back = 订单无法从 { $from } 退回。
err-accent_invalid = 请以 #rrggbb 格式选择颜色。
err-accent_contrast = 此颜色太浅：其上的白色文字以及白底上的该色文字都难以阅读。请选择更深的颜色（WCAG AA 要求对比度至少 4.5:1）。
err-logo_type = 标志必须是 PNG、WebP 或 JPEG 图片。
err-logo_too_large = 标志图片过大，请使用小于 4000 万像素的图片。
err-logo_too_big = 标志最大 2 MB。
err-decision_on_closed = 已关闭或已取消的订单不能再发起新事项：请先重新打开。
err-invalid_limit = limit 必须是 1 到 200 之间的整数。
err-webhook_event_unknown = 未知的事件类型；请参阅 API 文档中的事件类型列表。
err-webhook_events_required = 请至少选择一个要发送的事件。
err-webhook_limit = 每家公司最多 20 个 Webhook 接收地址；请先删除一个。
err-webhook_disabled = 此接收地址已停用；请先启用。
err-webhook_address_private = 接收方必须位于公共互联网上：私有地址、回环地址和链路本地地址会被拒绝。
err-webhook_url_invalid = 请输入接收方的完整地址，例如 https://erp.example.com/portico/events。
err-webhook_url_https = 接收地址必须以 https:// 开头。
err-webhook_url_credentials = 请不要在地址中包含用户名和密码：签名可以证明发送者。
err-webhook_host_unknown = 找不到接收方的主机名。
err-invalid_idempotency_key = Idempotency-Key 请求头必须是 1 到 255 个可打印 ASCII 字符。
err-idempotency_key_reused = 此 Idempotency-Key 已用于另一个请求；新请求请使用新的键。
err-idempotency_key_in_progress = 使用此 Idempotency-Key 的请求仍在处理中；请稍后再试。
err-method_not_allowed = 此地址不接受该方法；可用的方法：{ $what }。
err-send_json = 请以 JSON 发送请求体，并带上标头 Content-Type: application/json。
err-send_form = 请以 application/x-www-form-urlencoded 格式发送表单。
err-json_malformed = 请求体不是有效的 JSON（第 { $n } 行，第 { $count } 列）。
err-query_unreadable = 无法读取查询字符串。
err-json_fields = JSON 请求体的字段不符合要求：{ $detail }
err-query_detail = 无法读取查询字符串：{ $detail }
err-form_detail = 无法读取表单：{ $detail }

sheet-title = 付款信息
sheet-scope_customer = 仅适用于贵公司
sheet-scope_all = 适用于所有客户
sheet-valid_from = 生效日期
sheet-verify_hint = 随时可核对本文件：请自行打开 Portico，在“核对文件”中输入下方验证码。

csv-orders-reference = 参考号 / 订单号
csv-orders-title = 标题
csv-orders-customer = 客户
csv-orders-product = 产品
csv-orders-quantity = 数量
csv-orders-status = 状态
csv-orders-ex_factory_date = 出厂日期
csv-orders-etd_date = 预计离港
csv-orders-next_milestone = 下一个里程碑
csv-orders-late_milestones = 延误的里程碑
csv-orders-percent_done = 完成 (%)
csv-orders-expected_finish = 预计完成
csv-orders-created_at = 创建时间 (UTC)
csv-audit-seq = 序号
csv-audit-id = 事件 ID
csv-audit-created_at_utc = 时间 (UTC)
csv-audit-actor_user_id = 操作人（用户 ID）
csv-audit-action = 操作
csv-audit-object_type = 对象类型
csv-audit-object_id = 对象 ID
csv-audit-detail = 详情
csv-audit-ip = IP 地址
csv-audit-prev_hash = 前一哈希
csv-audit-hash = 哈希

## wait
# How long to wait, in messages that ask to try again later.
wait-second = { $n } 秒
wait-minute = { $n } 分钟
wait-hour = { $n } 小时

more-title = 更多
more-settings = 设置与安全
more-documents = 文件与付款
more-suppliers = 供应商

table-actions = 操作

start-title = 入门步骤
start-email = 确认您的邮箱地址（付款警报会发送到这里）
start-two_step = 开启两步登录
start-customer = 添加客户
start-order = 创建订单
start-invite_buyer = 邀请您的买家
start-second_admin = 邀请第二位管理员（银行信息需要两人确认）
start-bank_details = 与第二位管理员一起发布备案银行信息
start-done = 已完成
send_on-title = 已确认
send_on-body = 正在按您填写的内容提交更改…
send_on-continue = 继续
glance-percent = 已完成 { $n }%
glance-progress = 订单进度
glance-next = 下一步：{ $name }
glance-decision_yours = 需要您答复：{ $title }
glance-decision_waiting = 等待买家答复：{ $title }
glance-sections = 本页内容
brand-title = 您的品牌
brand-why = 买家会在每个页面顶部、曾使用过的设备的登录页以及报告中看到您的名称和标志。颜色用于链接和按钮。
brand-current_logo = 当前标志
brand-logo = 标志（PNG、WebP 或 JPEG，最大 2 MB）
brand-logo_hint = 浅色或透明背景的横版标志效果最好；显示高度为 32 像素。
brand-remove_logo = 移除标志
brand-accent = 强调色
brand-accent_hint = 颜色必须足够深，以便在其上显示白色文字（按 WCAG AA 4.5:1 检查）。
brand-save = 保存品牌

## webhooks
webhooks-title = Webhook
webhooks-intro = Portico 会实时把发生的事情告诉您的其他系统（ERP、聊天工具）：您选择的每个事件都会向您的地址发送一个带签名的 POST。接收方用密钥校验签名，并通过 API 读取详情。
webhooks-new = 添加接收地址
webhooks-url = 接收地址
webhooks-description = 说明
webhooks-events = 事件
webhooks-create = 添加
webhooks-created = 已添加接收地址
webhooks-once = 请立即复制签名密钥：它只显示这一次。
webhooks-signature_hint = 每个请求都带有 Portico-Signature: t=…,v1=…，即以此密钥对“时间.正文”计算的 HMAC-SHA256。签名不符或时间过旧的请求应拒绝。
webhooks-open = 详情与发送记录
webhooks-state = 状态
webhooks-enabled = 已启用
webhooks-disabled = 已停用
webhooks-reason-admin = 由管理员停用
webhooks-reason-failures = 连续失败一天后已停用；请检查接收方后重新启用
webhooks-failures = 连续失败次数
webhooks-made_by = 添加人
webhooks-none = 还没有接收地址。在下方添加一个，把事件发送到您的 ERP。
webhooks-back = 全部 Webhook
webhooks-log = 发送记录
webhooks-log_none = 尚未发送任何内容。发送一次测试来检查接收方。
webhooks-event = 事件
webhooks-result = 结果
webhooks-attempts = 尝试次数
webhooks-when = 时间
webhooks-next_attempt = 下次尝试
webhooks-delivery-pending = 等待中
webhooks-delivery-delivered = 已送达
webhooks-delivery-failed = 失败
webhooks-test = 发送测试
webhooks-disable = 停用
webhooks-enable = 启用
webhooks-delete = 删除
webhooks-delete_confirm = 删除此接收地址及其发送记录？之后不会再向它发送任何内容。
webhooks-older = 更早的发送记录
webhooks-event-order-created = 订单已创建
webhooks-event-order-status_changed = 订单状态已变更
webhooks-event-milestone-updated = 里程碑已添加或更新
webhooks-event-decision-requested = 已请求决定
webhooks-event-decision-answered = 决定已答复
webhooks-event-decision-withdrawn = 决定已撤回
webhooks-event-file-uploaded = 文件或新版本已上传
webhooks-event-report-ready = 报告已就绪
webhooks-event-bank_details-proposed = 已提议银行信息
webhooks-event-bank_details-approved = 银行信息已批准
webhooks-event-bank_details-activated = 银行信息已生效
webhooks-event-bank_details-cancelled = 银行信息变更已取消
webhooks-event-payment-mismatch = 付款至其他银行信息
