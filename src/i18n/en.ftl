# Portico: English (the reference catalogue). Ids are the keys code and templates use, with
# "." written as "-" and ":" as "_". See glossary.md for the trade terms.

## accept
accept-choose = Choose your name and a password for Portico.
accept-code = Invitation code
accept-continue = Continue
accept-signed_in_as = You are signed in as { $email }; the invitation will be added to this account.
accept-title = Accept an invitation

## account
account-current_password = Current password
account-end = Sign out
account-end_others = Sign out everywhere else
account-first_seen = since
account-last_seen = last seen
account-new_password = New password (12 to 128 characters)
account-password = Change password
account-password_done = Your password was changed. Every other session was signed out.
account-sessions = Where you are signed in
account-sessions_intro = If you do not recognise a device or address, end that session and change your password.
account-this_session = This device

## action
action-continue = Continue
action-older = Older
action-remove = Remove
action-save = Save

## adminsec
adminsec-coverage = Two-step sign-in by role
adminsec-failures =
    { $n ->
        [one] { $n } failed sign-in
       *[other] { $n } failed sign-ins
    }
adminsec-locked = Accounts held back by failed sign-ins (last 15 minutes)
adminsec-mail = Outgoing mail
adminsec-mail_off = No mail relay is configured (PORTICO_SMTP_HOST): mail is kept in the queue and not sent. { $n } waiting.
adminsec-mail_on = Mail is sent through { $host }; { $n } waiting.
adminsec-none = None.
adminsec-people = People
adminsec-required = required by policy
adminsec-suspicious = Unusual sign-ins (last 30 days)
adminsec-title = Security overview

## api_tokens
api_tokens-create = Make token
api_tokens-created = New token
api_tokens-days = Valid for (days)
api_tokens-expired = expired
api_tokens-expires = Expires
api_tokens-intro = Tokens let your ERP or other systems read orders and post progress and files without a person's password. A token acts as you, only within the scopes you tick, until it expires or you revoke it. It stops working if you stop being an administrator.
api_tokens-last_used = Last used
api_tokens-made_by = Made by
api_tokens-name = Name
api_tokens-never = never
api_tokens-new = Make a token
api_tokens-none = No tokens yet.
api_tokens-once = Copy the token now: it is shown only this once. Portico keeps only a fingerprint of it.
api_tokens-revoke = Revoke
api_tokens-revoked = revoked
api_tokens-scope-files_write = upload photos and documents
api_tokens-scope-orders_read = read orders, milestones, timeline, files and reports
api_tokens-scope-orders_write = create orders and move them through their stages
api_tokens-scope-updates_write = post progress updates and add or update milestones
api_tokens-scopes = Scopes
api_tokens-title = API tokens
api_tokens-usage = Send it with every request:
api_tokens-scope-reports_write = ask for progress reports on demand

## audit
audit-action = Action
audit-detail = Detail
audit-ip = Address
audit-object = Object
audit-title = Audit log
audit-when = When (UTC)

## confirm
confirm-or_code = or authenticator code
confirm-submit = Confirm
confirm-title = Confirm it is you
confirm-why = This change affects who can see your data. Enter your password, or a code from your authenticator app, to continue. You will not be asked again for a few minutes.
confirm-kept = What you typed is kept: once you confirm, it is sent as it was.

## copy
copy-button = Copy
copy-done = Copied
copy-failed = Could not copy: the value is selected, copy it with your keyboard or menu.
copy-account = Copy the account number
copy-bic = Copy the SWIFT/BIC
copy-beneficiary = Copy the beneficiary's name
copy-sha256 = Copy the SHA-256
copy-public_key = Copy the public key
copy-code = Copy the verification code
copy-token = Copy the token
copy-secret = Copy the key
copy-invitation_code = Copy the invitation code

## customers
customers-add = Add customer
customers-name = Customer organisation name
customers-none = No customer organisations yet.
customers-title = Customer organisations

## dashboard
dashboard-all_orders = All orders
dashboard-awaiting_buyers = Waiting for the buyer's decision
dashboard-awaiting_you = Waiting for your decision
dashboard-by_status = Orders by status
dashboard-due_soon = Due ex-factory in the next two weeks
dashboard-late_milestones = Late milestones
dashboard-late_orders = Late
dashboard-title = Overview
dashboard-urgent = Urgent: payments and bank details
dashboard-your_orders = Your orders

## decisions
decisions-answered_by = Answered by { $name }
decisions-approve = Approve
decisions-ask = Ask the buyer for a decision
decisions-asked_by = Asked by { $name }
decisions-comment = Comment (required when you reject)
decisions-description = Details
decisions-due = Answer by
decisions-kind = Kind of decision
decisions-none = No decisions on this order.
decisions-reject = Reject
decisions-send = Send to the buyer
decisions-title = Decisions
decisions-waiting = Waiting for the buyer.
decisions-withdraw = Withdraw

## dkind
dkind-delay_acceptance = Accept a delay
dkind-option = Choose an option
dkind-other = Other
dkind-sample_approval = Pre-production sample
dkind-shipment_approval = Shipment approval

## dstatus
dstatus-approved = Approved
dstatus-open = Open
dstatus-rejected = Rejected
dstatus-withdrawn = Withdrawn

## email
email-change = Change your e-mail address
email-change_hint = A code goes to the new address; your current address is told when the change is done.
email-code = Code from the e-mail
email-new = New address
email-send_code = Send a code
email-sent = A code is on its way (valid 30 minutes). Enter it below.
email-title = E-mail address
email-unverified = not confirmed
email-verified = confirmed
email-why = Confirm your address with a code so that Portico can send you security notices.

## error
error-forbidden = Not allowed
error-home = Back to the start page
error-not_found = Not found
error-request = This request could not be processed
error-request_id = Request id:
error-server = Something went wrong

## field
field-access_until = Access until
field-actual_date = Actual date
field-bank = Bank
field-bank_address = Bank address
field-beneficiary = Beneficiary
field-beneficiary_address = Beneficiary address
field-comment = Comment
field-company_name = Company name
field-customer = Customer
field-days = Days
field-description = Description
field-due_date = Due date
field-email = E-mail address
field-etd_date = ETD
field-ex_factory_date = Ex-factory
field-expires_in_days = Expires in days
field-expires_on = Expires on
field-idle_minutes = Idle minutes
field-label = Label
field-name = Name
field-note = Note
field-notes = Notes
field-password = Password
field-percent = Percent
field-phrase = Phrase
field-planned_date = Planned date
field-product = Product
field-quantity = Quantity
field-reason = Reason
field-reference = Reference / PO
field-report_hour = Report hour
field-report_weekday = Report weekday
field-role = Role
field-search = Search
field-session_hours = Session hours
field-share_link_days = Share link days
field-status = Status
field-step_name = Step name
field-text = Text
field-title = Title
field-your_name = Your name
field-url = Address
field-events = Events

## files
files-add_photos = Add photos
files-added = Added
files-all = All
files-check_bad = Different from this version. Do not rely on your copy; use the one in Portico. Its SHA-256:
files-check_copy = Check a copy you received
files-check_copy_hint = Choose the file you have (for example from an e-mail). Your browser computes its SHA-256 here; nothing is uploaded.
files-check_ok = Identical to this version:
files-choose = Choose files
files-clean_refused = Buyers cannot open this file: its camera data (such as the GPS position) could not be removed. Upload it again as an ordinary photo or video.
files-cleaned = Photos and videos are shown without their camera data (GPS position, serial numbers, owner); the picture itself is unchanged.
files-current = current
files-dimensions = Size in pixels
files-documents = Documents
files-download = Download
files-drop_hint = or drop files here
files-for_update = These files will be attached to the progress update and share its visibility.
files-history = Versions
files-kind = Kind
files-kind_auto = Photo / video / other (by content)
files-limits = Photos (JPEG, PNG, WebP, HEIC), videos (MP4, MOV), PDF, Office, CSV and ZIP; up to { $mb } MiB per file.
files-media = Photos and videos
files-name = Name
files-new_version = Upload a new version
files-no_documents = No documents yet.
files-no_media = No photos or videos yet.
files-no_preview = No preview; open to download
files-of_record = a signed document of record: anyone can check a copy under Verify a document
files-older = Older
files-open = Open
files-original = Original with camera data (staff only, recorded)
files-preparing = Preview being prepared…
files-section = Photos & documents
files-see_all = See all photos and documents
files-send = Upload
files-size = Size
files-superseded = Superseded by a newer version
files-take_photo = Take photo
files-taken = Taken
files-title = Photos & documents
files-type = Type
files-upload = Add photos, videos or documents
files-uploaded =
    { $n ->
        [one] { $n } file uploaded.
       *[other] { $n } files uploaded.
    }
files-version = Version

## fkind
fkind-bill_of_lading = Bill of lading
fkind-certificate = Certificate
fkind-contract = Contract
fkind-inspection_report = Inspection report
fkind-invoice = Commercial invoice
fkind-material_receipt = Material receipt
fkind-other = Other document
fkind-packing_list = Packing list
fkind-payment_instructions = Payment instructions
fkind-photo = Photo
fkind-proforma_invoice = Proforma invoice
fkind-progress_report = Progress report
fkind-video = Video

## footer
footer-note = Portico never asks for your mailbox password. Our e-mails never contain sign-in links: open the portal yourself.

## forgot
forgot-have_code = I have a code
forgot-send = Send me a code
forgot-sent = If an account exists for that address, a code is on its way (valid 30 minutes). Open the reset page and enter it.
forgot-title = Forgot your password?
forgot-why = Enter your e-mail address. If it has a Portico account, we send it a code to set a new password. Portico never sends links that sign you in.

## fraud
fraud-changes = Bank detail changes waiting
fraud-failed = Verifications that failed
fraud-mismatches = Payments to other accounts
fraud-none = None.
fraud-title = Fraud signals

## invite
invite-code_is = If the e-mail does not arrive, give them this code by phone or chat:
invite-expires = expires
invite-how = They open { $url } and enter the code before { $day } UTC.
invite-intro = They receive an e-mail with a one-time code and open Portico themselves to enter it. The code works for 7 days.
invite-open = Open invitations
invite-resend = New code
invite-revoke = Withdraw
invite-send = Send invitation
invite-sent = Invitation sent
invite-sent_to = An e-mail with the code is on its way to { $email }.
invite-title = Invite someone
invite-language = Language of the invitation and the account

## jobs
jobs-attempts = Tries
jobs-error = Last error
jobs-hint = Jobs make previews and reports. A job that fails is retried with growing delays; after five tries it stops and waits here.
jobs-kind = Job
jobs-kind-file-derive = Photo preview
jobs-kind-report-build = Progress report
jobs-none = No job has failed.
jobs-retry = Try again
jobs-state = State
jobs-status-done = Done
jobs-status-failed = Failed
jobs-status-queued = Waiting
jobs-status-running = Running
jobs-title = Background jobs
jobs-updated = Updated

## lifecycle
lifecycle-move_to = Move to:
lifecycle-confirm_cancelled = Cancel this order? Its buyer is told at once; only an administrator can reopen it.
lifecycle-confirm_shipped = Mark this order as shipped? Its buyer is told that the goods have left the factory.
lifecycle-yes_cancelled = Yes, cancel the order
lifecycle-yes_shipped = Yes, mark as shipped
lifecycle-reopen = Reopen
lifecycle-step_back = Step back
lifecycle-back_to = The order goes back to: { $status }. Its buyer sees the change and your reason on the timeline.
lifecycle-reason = Reason (required)
lifecycle-step_back_go = Move the order back

## mail
mail-digest-intro = What happened at { $tenant } on Portico since the last summary:
mail-digest-subject = { $tenant } on Portico: { $count } new today
mail-email_changed-body = The e-mail address of your Portico account was changed from { $old } to another address, from { $ip }. If this was not you, contact your supplier's administrator at once.
mail-email_changed-subject = Your Portico e-mail address was changed
mail-email_confirm-body = Your confirmation code: { $code } (valid { $minutes } minutes). Enter it in Portico under Account → E-mail ({ $url }).
mail-email_confirm-subject = Confirm your e-mail address for Portico
mail-email_taken-body = Another Portico account (from { $ip }) tried to change its address to yours. Nothing was changed and your account is not affected. If this worries you, tell your supplier's administrator.
mail-email_taken-subject = Someone tried to use your e-mail address in Portico
mail-notice-intro = News from { $tenant } on Portico:
mail-notice-subject = { $tenant } on Portico: { $what }
mail-open_portal = To see the details, open Portico yourself: type { $url } in your browser or use your bookmark. Portico mails never contain sign-in links, and our bank details never change by e-mail.
mail-phrase = Your Portico phrase: «{ $phrase }» — mail from Portico always shows it; mail without it is not from Portico.
mail-phrase_tip = Tip: choose an anti-phishing phrase in Portico (Account → Security); every mail from Portico will then show it.
mail-quoted = Text in “quotes” was typed by people at { $tenant }, not written by Portico: Portico never asks you to pay, to change bank details or to sign in by e-mail.
mail-reset-advice = Open { $url } yourself and enter it. If you did not ask, ignore this mail: your password stays as it is.
mail-reset-asked = Someone (we hope you) asked to reset your Portico password from { $ip }.
mail-reset-code = Your code: { $code } (valid { $minutes } minutes, once).
mail-reset-subject = Your Portico password reset code
mail-security-advice = If this was you, there is nothing to do. If it was not, open Portico yourself (type the address you always use; do not follow links in e-mails), sign in and choose "This wasn't me" under Account → Security notices: it signs out every device and asks for a new password.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Portico security notice: { $what }
mail-written = This message was written on { $date }.
mail-invite-subject = Invitation to { $tenant } on Portico
mail-invite-intro = { $inviter } invites you to follow your orders with { $tenant } on Portico.
mail-invite-code = Open Portico yourself at { $url } and enter this code: { $code }
mail-invite-expires = The code works once, until { $day }.
mail-invite-advice = Portico never sends links that sign you in and never asks for your e-mail password. If you did not expect this, ignore this message.

## mailhealth
mailhealth-no_relay = No mail is leaving: no mail relay is configured (PORTICO_SMTP_HOST). Alerts about payments and bank details stay in Portico only.
mailhealth-stuck =
    { $n ->
        [one] { $n } mail to your people failed or waited more than 15 minutes in the last 24 hours.
       *[other] { $n } mails to your people failed or waited more than 15 minutes in the last 24 hours.
    }
mailhealth-title = Alerts may not reach your administrators
mailhealth-unconfirmed = These administrators have not confirmed their e-mail address and receive no alerts:

## milestones
milestones-actual = Actual
milestones-add = Add milestone
milestones-late = Late
milestones-name = Milestone
milestones-none = No milestones yet.
milestones-owner = Owner
milestones-planned = Planned
milestones-title = Milestones
milestones-update = Update

## mstatus
mstatus-done = Done
mstatus-in_progress = In progress
mstatus-pending = Pending

## nav
nav-api_tokens = API tokens
nav-audit = Audit log
nav-customers = Customers
nav-fraud = Fraud signals
nav-home = Overview
nav-invite = Invite
nav-jobs = Background jobs
nav-language = Language
nav-language_go = Change
nav-notifications = Notifications
nav-orders = Orders
nav-payments = Bank details
nav-people = People
nav-reports = Reports
nav-requests = Ask for access
nav-security = Security
nav-security_admin = Security overview
nav-settings = Settings
nav-signout = Sign out
nav-switch = Switch supplier
nav-templates = Templates
nav-tenant = Current supplier
nav-verify = Verify a document
nav-more = More
nav-main = Main menu
nav-skip = Skip to content
nav-account = Your account
nav-sessions = Signed-in devices
nav-notification_prefs = Notification settings
nav-webhooks = Webhooks

## ncat
ncat-decisions = Decisions requested and answered
ncat-files = New photos, videos and documents
ncat-milestones = Late milestones
ncat-payments = Bank details and documents of record
ncat-reports = Progress reports
ncat-security = Security notices
ncat-updates = Progress updates, status and milestone changes, comments

## nmode
nmode-daily = Daily summary
nmode-now = At once
nmode-off = Off

## notice
notice-admin_added = New administrator
notice-admin_demoted = Administrator removed
notice-detail-admin_demoted = { $name } <{ $email }>, by { $by }
notice-detail-email_changed = from { $old } to { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } failed sign-in in the last hour, from { $ip }
       *[other] { $n } failed sign-ins in the last hour, the latest from { $ip }
    }
notice-detail-from = from { $ip }
notice-detail-new_sign_in = { $device } from { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = by { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } wrong two-step code after a correct password, from { $ip }
       *[other] { $n } wrong two-step codes after a correct password, the latest from { $ip }
    }
notice-email_changed = E-mail address changed
notice-failed_sign_ins = Failed sign-ins
notice-new_sign_in = New sign-in
notice-password_changed = Password changed
notice-password_reset = Password reset
notice-second_factor_failed = Wrong two-step codes
notice-two_factor_off = Two-step sign-in turned off
notice-two_factor_on = Two-step sign-in turned on
notice-two_factor_reset = Two-step sign-in reset by an administrator

## notif
notif-comment = New comment from the buyer on order { $ref } ({ $title })
notif-decision_answered = A decision was answered on order { $ref }: { $what }
notif-decision_requested = Your decision is requested on order { $ref }: { $what }
notif-documents =
    { $count ->
        [one] { $count } new document on order { $ref } ({ $title })
       *[other] { $count } new documents on order { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } invited { $email } as a buyer, to { $orders } order
       *[other] { $by } invited { $email } as a buyer, to { $orders } orders
    }
notif-milestone = Milestone changed on order { $ref }: { $what }
notif-milestone_late = Milestone late on order { $ref }: { $what } (planned { $date })
notif-payment = Bank details: { $event }
notif-photos =
    { $count ->
        [one] { $count } new photo or video on order { $ref } ({ $title })
       *[other] { $count } new photos or videos on order { $ref } ({ $title })
    }
notif-record = Document of record on order { $ref }: { $name }, { $event } (by { $by })
notif-report_ready = Progress report ready for { $ref } ({ $period })
notif-security = Security notice on your account: { $event }
notif-status = Order { $ref } ({ $title }) is now: { $what }
notif-update = New update on order { $ref } ({ $title })
notif-webhook_disabled = Webhook to { $host } switched off after { $count } failed deliveries in a row. Check the receiver, then enable it again.

## notifications
notifications-always = Security notices and payment-detail changes always reach you at once; they cannot be turned off.
notifications-mark_read = Mark as read
notifications-none = No notifications.
notifications-preferences = Notification settings
notifications-prefs_hint = For each kind of news, choose: at once (in Portico and by e-mail), in a daily e-mail summary, or not at all. These settings hold for every supplier you follow.
notifications-read_all = Mark all as read
notifications-title = Notifications
notifications-unread = { $count } unread
notifications-choose = Choose what you hear about

## orders
orders-all_customers = All customers
orders-all_statuses = All statuses
orders-edit = Edit order
orders-ex_factory_from = Ex-factory from
orders-ex_factory_to = to
orders-export = Export CSV
orders-filter = Filter
orders-more = More orders
orders-new = New order
orders-no_customers = Add a customer organisation first:
orders-none = No orders to show.
orders-only_late = Only late
orders-reports = Reports
orders-search = Search reference, title or product
orders-sort = Sort
orders-title = Orders
orders-none_filtered = No orders match these filters.
orders-clear_filters = Show all orders
orders-none_staff = No orders yet. Create the first one: its buyer sees it as soon as it is confirmed.
orders-none_buyer = No orders yet: your supplier has not shared one with you. Each order appears here as soon as they do, and you get a notice.

## payment
payment-differs-account = a different account
payment-differs-bank = a different bank (SWIFT/BIC)
payment-differs-both = a different account and bank
payment-differs-no_record = there are no bank details of record yet
payment-event-active = new bank details are now the ones of record; please acknowledge them in Portico
payment-event-cancelled = the announced change of bank details was cancelled; the current details stay valid
payment-event-cooling = new bank details were approved and take effect on { $date }; until then the current ones stay valid. Check them in Portico
payment-event-mismatch = URGENT: your payment of { $amount } on { $date } went to account { $account }, which is NOT our account of record ({ $differs }). Call your bank now to recall it, then call us on a number you already know
payment-event-mismatch_staff = URGENT: a buyer's payment of { $amount } on { $date } went to account { $account }, which is NOT your account of record ({ $differs }). Call the buyer now on a number you already know and help them recall it with their bank
payment-event-proposed = a change was proposed by { $who }; a second administrator must approve it

## payments
payments-account = Account number or IBAN
payments-acknowledge = I have checked these details
payments-acknowledged = Acknowledged
payments-amount = Amount
payments-applies_to = Applies to
payments-approve = Approve (second administrator)
payments-bank = Bank
payments-bank_address = Bank address
payments-beneficiary = Beneficiary
payments-beneficiary_address = Beneficiary address
payments-cancel = Cancel the change
payments-cancelled_why = Cancelled because:
payments-currency = Currency
payments-for_all = All customers
payments-for_customer = This customer
payments-history = Details and their history
payments-lone_admin = You are the only administrator: nobody can approve a change of bank details. Add a second administrator under People first.
payments-mismatch = NOT our account of record
payments-none = No bank details are recorded yet.
payments-notes = Notes
payments-paid_on = Paid on
payments-paid_to = Paid to account / IBAN
payments-pending = A change of bank details is pending
payments-pending_hint = New details were approved by two administrators and take effect on { $date } UTC. Until then, keep paying to the current details. If you did not expect this, call your supplier on a number you already know.
payments-propose = Propose new bank details
payments-propose_hint = A change needs a second administrator's approval, then waits the cooling-off period; every affected buyer is told at once.
payments-proposed_hint = A change of bank details was proposed and waits for a second administrator's approval. It is not valid: keep paying to the current details. If you did not expect it, call your supplier on a number you already know.
payments-public_key = Documents of record are signed with this company's key:
payments-reason = Reason
payments-record = Record a payment
payments-record_hint = Enter the account you paid to exactly as on your bank's confirmation: if it is not ours, both sides are alerted at once.
payments-reference = Reference
payments-state = State
payments-status-active = Of record
payments-status-cancelled = Cancelled
payments-status-cooling = Approved, cooling off
payments-status-proposed = Proposed, waiting for a second administrator
payments-status-superseded = Replaced
payments-title = Bank details of record
payments-version = Version
payments-waiting_second = Waiting for a second administrator
payments-warning = Our bank details never change by e-mail; check them in Portico.

## people
people-access_report = What can they see?
people-access_until = Access until (optional)
people-add = Add person
people-added = Person added
people-all_orders = All orders of the customer
people-all_roles = All roles
people-back = Back to people
people-buyer_access = For buyers: customer and access
people-chosen_orders = Only chosen orders
people-disabled = disabled
people-edit = Change access
people-existing_account = This e-mail address already had a Portico account; it now also has access to this supplier with the same password.
people-filter = Filter
people-last_sign_in = Last sign-in
people-lead = Organisation lead (may ask for access for colleagues)
people-remove = Remove access
people-reset_2fa = Reset two-step sign-in
people-reset_2fa_hint = For someone who lost their phone and recovery codes. They are notified, and it is audited.
people-temp_password = A new account was created. Give this one-time password to the person through a channel other than e-mail (for example by phone); it is shown only once:
people-title = People
people-two_factor = Two-step sign-in
people-two_factor_off = off
people-two_factor_on = on

## progress
progress-expected = Expected finish
progress-late_count = { $n } late
progress-next = Next
progress-slip =
    { $n ->
        [one] { $n } day after ex-factory
       *[other] { $n } days after ex-factory
    }

## record
record-approve = Approve and issue
record-draft_hint = Draft: buyers do not see it, and it does not verify as genuine until an administrator issues it.
record-event-issued = issued and shown to the buyer
record-event-proposed = proposed for issue, waiting for a second administrator
record-event-withdrawn = proposal withdrawn
record-issue = Issue to the buyer
record-propose = Propose for issue
record-proposed_hint = Proposed for issue: waiting for a second administrator's approval.
record-title = Document of record
record-two_admins_hint = It carries payment terms: a second administrator must approve before it is issued.
record-waiting_second = You proposed it: another administrator must approve it.
record-withdraw = Withdraw the proposal

## report
report-inspection_passed = Inspection passed
report-inspection_rework = Inspection: rework needed
report-more = Only the first 500 orders are listed.
report-order_link = Who can see this order?
report-order_title = Who can see this order
report-person_title = What this person can see
report-reason-admin = Administrator: every order
report-reason-assigned = Assigned to the order
report-reason-customer_all = Buyer: all orders of the customer
report-reason-granted = Buyer: granted this order
report-reason-share =
    { $n ->
        [one] Share link ({ $n } view)
       *[other] Share link ({ $n } views)
    }
report-until = Until
report-why = Why
report-pdf-title = Progress report
report-pdf-period = Period
report-pdf-generated = Generated
report-pdf-zone = Time zone
report-pdf-code = Verification code
report-pdf-customer = Customer
report-pdf-status = Status
report-pdf-product = Product
report-pdf-quantity = Quantity
report-pdf-ex_factory = Ex-factory
report-pdf-etd = ETD
report-pdf-milestones = Milestones
report-pdf-milestone = Milestone
report-pdf-planned = Planned
report-pdf-actual = Actual
report-pdf-late = Late
report-pdf-updates = Updates
report-pdf-photos = Photos
report-pdf-inspection = Inspection
report-pdf-documents = Documents added
report-pdf-document = Document
report-pdf-kind = Kind
report-pdf-added = Added
report-pdf-decisions = Decisions
report-pdf-decision = Decision
report-pdf-due = Due
report-pdf-comment = Comment
report-pdf-next = Next period
report-pdf-empty = none

## reports
reports-code = Verification code
reports-customer = Customer
reports-default_period = Leave the dates empty for the last seven days.
reports-from = From
reports-make = Make a report now
reports-none = No reports yet.
reports-period = Period
reports-status = State
reports-status-failed = Failed (retrying)
reports-status-queued = Being made
reports-status-ready = Ready
reports-subject = Order or customer
reports-title = Progress reports
reports-to = To
reports-trigger-on_demand = on demand
reports-trigger-scheduled = weekly
reports-language = Language of the report
reports-language_buyers = The buyers’ language
reports-make_first = Make the first one

## requests
requests-approve = Approve and invite
requests-intro = Your supplier decides. If they agree, your colleague receives an invitation and sees the same orders as you.
requests-line = { $lead } asks access for { $name } ({ $email }) at { $customer }
requests-note = Note for the supplier (optional)
requests-pending = Access requests from customers
requests-refuse = Refuse
requests-send = Send request
requests-title = Ask for a colleague's access
requests-yours = Your requests

## reset
reset-code = Code from the e-mail
reset-second_factor = Authenticator or recovery code (if you use two-step sign-in)
reset-title = Set a new password

## role
role-admin = Administrator
role-buyer = Buyer
role-forwarder = Freight forwarder
role-merchandiser = Merchandiser
role-qc = QC inspector

## rstatus
rstatus-approved = Approved
rstatus-pending = Waiting
rstatus-refused = Refused

## security
security-acted = handled: every session was ended
security-email = E-mail address
security-no_notices = No security notices.
security-not_me = This wasn't me
security-not_me_hint = "This wasn't me" signs out every device, this one included, and asks for a new password (set with a code sent to your e-mail).
security-notices = Security notices
security-phrase = Anti-phishing phrase
security-phrase_why = Choose a phrase only you know. Portico shows it at the top of every e-mail it sends you and on the sign-in page of your devices. An e-mail without it is not from Portico: do not act on it.
security-sessions = Where you are signed in
security-title = Security
security-twofactor = Two-step sign-in
security-time_zone = Your time zone
security-time_zone_hint = Dates and times are shown in this zone, with its offset. Leave it empty to use your supplier's zone ({ $name }).

## settings
settings-cooling_hours = Cooling-off before new bank details take effect (hours, 24–336)
settings-idle_minutes = Sign out after this many minutes without use
settings-merch_invite = Merchandisers may invite buyers
settings-report_hour = Hour for weekly reports and daily summaries (0–23, local time)
settings-report_weekday = Weekly reports on
settings-require_2fa = Require two-step sign-in for
settings-saved = Saved.
settings-session_hours = Sign out after this many hours in any case
settings-share_days = Longest share link, in days (1 to 90)
settings-timezone = Time zone (IANA name, e.g. Asia/Shanghai)
settings-title = Portal settings
settings-language = Company language
settings-language_hint = The default milestone template is written in it, invitations start in it, and a report goes out in it when none of its buyers has chosen a language.

## setup
setup-admin_name = Your name
setup-company = Company name
setup-intro = Create your company's portal and your administrator account. This link works once.
setup-password_confirm = Repeat the password
setup-slug = Short name (a-z, 0-9, -)
setup-submit = Create portal
setup-title = Set up Portico

## share
share-back = Back to the order
share-copy_now = Copy this address now; it is shown only once:
share-create = Create link
share-created = Share link created
share-expired = expired
share-label = For whom (note)
share-last_day = Last day
share-new = Create a read-only link
share-password = Password (optional, 12+ characters)
share-protected = This shared order is protected
share-revoke = Revoke
share-revoked = revoked
share-shared_by = Shared by { $name } through Portico (read-only)
share-title = Share links
share-until = It works until { $day } UTC, unless you revoke it.
share-uses =
    { $n ->
        [one] { $n } view
       *[other] { $n } views
    }
share-with_password = password

## signin
signin-forgot = Forgot your password?
signin-hint = Portico will never ask for your e-mail password.
signin-invalid = The e-mail address or password is not correct.
signin-no_access = Your account has no access to any supplier at the moment.
signin-phrase = Your anti-phishing phrase:
signin-phrase_hint = If you chose an anti-phishing phrase, it appears here on your own devices after you enter your e-mail address.
signin-reset_done = Your password was changed and every session ended. Sign in with the new password.
signin-reset_required = For your security a new password is required. Choose "Forgot your password?" below to set one with a code sent to your e-mail.
signin-submit = Sign in
signin-throttled = Too many failed sign-ins for this account or from this network. Wait a few minutes and try again.
signin-title = Sign in

## sort
sort-newest = Newest first
sort-oldest = Oldest first
sort-reference = By reference

## staff
staff-assign = Assign
staff-none = Nobody assigned yet.
staff-title = Assigned staff

## status
status-cancelled = Cancelled
status-closed = Closed
status-confirmed = Confirmed
status-draft = Draft
status-in_production = In production
status-inspection = Inspection
status-ready_to_ship = Ready to ship
status-shipped = Shipped

## switch
switch-current = Current
switch-open = Open
switch-title = Your suppliers

## templates
templates-days = days
templates-new = New template
templates-none = No template
templates-steps = Steps, one per line: name | days after the order starts
templates-steps_hint = Planned dates are counted from the day the order is created.
templates-title = Milestone templates
templates-use = Milestones from template
templates-garments = Garments
templates-garments-fabric = Fabric sourcing
templates-garments-cutting = Cutting
templates-garments-sewing = Sewing
templates-garments-finishing = Finishing
templates-garments-final_inspection = Final inspection
templates-garments-packing = Packing
templates-garments-shipping = Shipping

## timeline
timeline-decision_approved = The buyer approved.
timeline-decision_rejected = The buyer rejected.
timeline-decision_requested = A decision was requested.
timeline-decision_withdrawn = The question was withdrawn.
timeline-empty = Nothing on the timeline yet.
timeline-format_hint = Start a line with - for a list; **bold** for emphasis.
timeline-milestone_added = Milestone added: { $status }, { $percent }%
timeline-milestone_updated = Milestone updated: { $status }, { $percent }%
timeline-new_comment = Your comment
timeline-new_update = Progress update
timeline-no_milestone = No milestone
timeline-older = Older entries
timeline-post = Post
timeline-send = Send
timeline-status_changed = Status changed from { $from } to { $to }
timeline-title = Timeline
timeline-visibility = Who can see it
timeline-compose = Post an update

## twofa
twofa-code = 6-digit code from your authenticator app
twofa-code_or_recovery = Code from your authenticator app, or a recovery code
twofa-codes_intro = Two-step sign-in is on. Keep these recovery codes somewhere safe; each works once if you lose your phone. They are shown only now:
twofa-confirm_first = To set up two-step sign-in, confirm your password first. The QR code appears on this page next.
twofa-manual = Or type this key:
twofa-on =
    { $n ->
        [one] Two-step sign-in is on. { $n } recovery code left.
       *[other] Two-step sign-in is on. { $n } recovery codes left.
    }
twofa-qr_alt = QR code for your authenticator app
twofa-scan = Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), then enter the code it shows.
twofa-title = Two-step sign-in
twofa-turn_off = Turn off two-step sign-in
twofa-turn_on = Turn on

## verify
verify-advice-genuine = You can rely on it. For payments, still use the bank details shown in Portico.
verify-advice-issued = A code can be copied onto any PDF. To be sure the document you have is this one, choose its file above: only the file check confirms it. Its SHA-256 must be the one shown here.
verify-advice-superseded = Do not act on this version: open the order in Portico and use the current one.
verify-advice-unknown = Do not pay or sign on the strength of it. It may have been altered (even one changed byte makes it unknown). Call your supplier on a number you already know, and use the documents and bank details in Portico.
verify-check = Check
verify-code = or its verification code
verify-file = The PDF you received
verify-hint = Received an invoice, contract or bank details by e-mail? Check it here: choose the PDF, or type its verification code. The file is checked in memory and not kept.
verify-issued = Issued by { $supplier } ({ $who }) on
verify-issued_by = Issued by { $supplier } on
verify-newer = A newer version was issued on
verify-outcome-genuine = Genuine: this is the document of record
verify-outcome-issued = This code belongs to a current document of record
verify-outcome-superseded = Superseded: a newer version exists
verify-outcome-unknown = Unknown: this document was not issued through Portico
verify-private = Checks are limited per hour; signed-in people may check more.
verify-report_note = A progress report repeats what the supplier's people posted about the order; it is never a payment instruction. Pay only to the bank details of record shown in Portico.
verify-signature = Signature
verify-title = Verify a document

## visibility
visibility-customer = Buyer can see
visibility-internal = Internal

## weekday
weekday-0 = No weekly reports
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## viewer
viewer-close = Close
viewer-next = Next
viewer-previous = Previous

## device
device-kind_api = API
device-kind_browser = browser
device-on = { $browser } on { $os }
device-program = a program
device-unknown = an unknown client

## err
# Error messages, by the English text the code raises (I18n::error_text finds them by it).
err-a_change_of_these_bank = A change of these bank details is already waiting; approve or cancel it first.
err-a_customer_with_this_name = A customer with this name already exists.
err-a_sheet_exists_only_for = A sheet exists only for details that are or were of record.
err-a_template_with_this_name = A template with this name already exists.
err-account_invalid = An account number has 4 to 34 letters and digits (spaces and dashes are allowed).
err-account_invalid-2 = Enter the account number or IBAN you paid to, as on your bank's confirmation.
err-account_required = Enter the account number or IBAN.
err-amount_invalid = Give the amount in figures, such as 52000 or 52000.50.
err-an_order_with_this_reference = An order with this reference already exists.
err-answer_invalid = Choose approve or reject.
err-bic_invalid = A SWIFT/BIC code has 8 or 11 characters: 4 letters for the bank, 2 for the country, then 2 (and optionally 3 more) letters or digits.
err-body_incomplete = The request body was interrupted.
err-body_required = Write something first.
err-body_unreadable = The request body could not be read.
err-buyers_acknowledge_the_bank_details = Buyers acknowledge the bank details they pay to.
err-cannot_demote_self = You cannot change your own role; ask another administrator.
err-cannot_remove_self = You cannot remove yourself.
err-category_invalid = Security and payment notices cannot be turned off; other categories are updates, files, decisions, milestones and reports.
err-challenge_expired = The sign-in took too long. Sign in again.
err-code_invalid = A verification code looks like 7KQ2M-XW9TD.
err-code_wrong = The code is not correct or has expired.
err-code_wrong-2 = The code is not correct. Check the time on your phone and try again.
err-code_wrong-3 = The code is not correct.
err-comment_required = Say why you reject, so the supplier can act on it.
err-comment_too_long = The comment must have at most 2000 characters.
err-confirmation_wrong = That password or code is not correct.
err-csrf = The form has expired or did not come from this site. Reload the page and try again.
err-currency_invalid = Give the currency as its three-letter code, such as USD, EUR or CNY.
err-cursor_invalid = The page cursor is not valid.
err-customer_invalid = Unknown customer organisation.
err-customer_required = a buyer needs --customer
err-customer_required-2 = Choose the customer of this order.
err-customer_required-3 = Choose the customer who paid.
err-customer_required-4 = A buyer belongs to a customer organisation: choose one.
err-date_invalid = Give the payment date as YYYY-MM-DD.
err-date_invalid-2 = The payment date must be within the last year, not in the future.
err-description_too_long = The description must have at most 4000 characters.
err-email_confirmation_required = Confirm your e-mail address first with the code sent to it (/account/email): security and payment alerts go there.
err-email_invalid = Enter a valid e-mail address.
err-enrolment_missing = Reload the page to start again.
err-enrolment_required = Your supplier requires two-step sign-in: set it up first at /account/2fa.
err-expires_in_days = The number of days must be a whole number.
err-expiry_required = Choose the last day the link works.
err-field-date = { $field } must be a date like 2026-12-31.
err-field-invalid_characters = { $field } contains control or direction-override characters.
err-field-range = { $field } must be between { $min } and { $max }.
err-field-required = { $field } is required.
err-field-too_long = { $field } must have at most { $max } characters.
err-field_not_utf8 = A form field is not valid UTF-8 text.
err-field_too_long = A form field of the upload is too long.
err-file_required = Choose at least one file.
err-forbidden = You do not have permission to do this.
err-form_invalid = The form could not be read.
err-form_invalid-2 = Send one PDF or one code.
err-form_invalid-3 = Send one PDF at a time.
err-iban_invalid = This IBAN is not valid: its check digits or length do not match. Check it character by character.
err-internal = Something went wrong on our side. Please try again; if it persists, quote the request id.
err-invalid_credentials = The e-mail address or the password is not right.
err-invitation_invalid = This code is not valid: it may have expired, been used or been withdrawn. Ask for a new invitation.
err-invitation_other_account = This invitation is for another e-mail address. Sign out and use that address.
err-invitation_sign_in = You already have a Portico account: sign in first, then enter the code again.
err-invoices_contracts_and_other_official = Invoices, contracts and other official documents shown to buyers are issued by a person signed in, not by an API token. Upload it as internal, or sign in.
err-kind_invalid = Choose what kind of decision this is.
err-kind_invalid-2 = Choose one of the listed file kinds.
err-language_invalid = Choose one of the languages offered.
err-milestone_invalid = The milestone filter is not a milestone id.
err-milestone_invalid-2 = Unknown milestone.
err-mode_invalid = Choose now, daily or off.
err-no_admin = This tenant has no active administrator.
err-not_found = The page or object you asked for does not exist, or you have no access to it.
err-one_file = A new version is exactly one file.
err-only_a_change_that_has = Only a change that has not taken effect can be cancelled.
err-only_a_draft_can_be = Only a draft can be issued; this document was issued or proposed already.
err-only_a_proposed_change_can = Only a proposed change can be approved.
err-only_a_proposed_document_can = Only a proposed document can be approved.
err-only_a_proposed_document_can-2 = Only a proposed document can be withdrawn.
err-only_the_details_of_record = Only the details of record can be acknowledged.
err-order_draft = Confirm the order before asking the buyer to decide.
err-order_draft-2 = A draft order cannot be shared.
err-order_invalid = Unknown order.
err-order_invalid-2 = A chosen order does not belong to this customer.
err-order_not_assigned = You can invite buyers only to orders assigned to you.
err-orders_required = Choose the orders this person may follow.
err-orders_required-2 = Choose the orders this buyer may follow: you can invite buyers only to orders assigned to you.
err-owner_invalid = The owner must be a member of your staff.
err-password_mismatch = The two passwords are not the same.
err-password_reset_required = For your security a new password is required. Choose "Forgot your password?" to set one with a code sent to your e-mail.
err-password_unchanged = Choose a password different from the current one.
err-payments_are_recorded_by_buyers = Payments are recorded by buyers, merchandisers and admins.
err-percent_invalid = Percent must be a whole number from 0 to 100.
err-period_invalid = Choose dates between 2000 and today.
err-period_invalid-2 = Choose a period of at most a year that ends today or earlier, its start before its end.
err-phrase_too_short = Choose a phrase of at least 4 characters.
err-precondition_failed = The file has changed since you last loaded it.
err-quantity_invalid = Quantity must be a whole number.
err-range_not_satisfiable = The requested byte range is not valid for this file.
err-reset_code_wrong = The e-mail address or the code is not correct, or the code has expired. Ask for a new code.
err-role_invalid = Choose a role.
err-role_invalid-2 = Unknown role.
err-scopes_required = Choose at least one scope for the token.
err-second_factor_required = Enter the code from your authenticator app, or a recovery code.
err-second_factor_required-2 = This account uses two-step sign-in: enter a code from your authenticator app or one of your recovery codes. Without either, ask your supplier's administrator to reset two-step sign-in.
err-session_ended = Too many wrong answers: this session has ended. Sign in again.
err-share_password = The password is not correct.
err-slug_invalid = The short name must be 3 to 40 characters of a-z, 0-9 and '-'.
err-sort_invalid = Sort by newest, oldest or reference.
err-staff_invalid = Choose a person.
err-staff_invalid-2 = Only merchandisers and QC inspectors can be assigned.
err-status_invalid = Unknown order status.
err-status_invalid-2 = Unknown milestone status.
err-status_invalid-3 = A new order starts as a draft or confirmed.
err-step_up_required = For your security, confirm it is you: enter your password or an authenticator code (POST /api/v1/auth/step-up), then try again.
err-steps_required = A template needs at least one step.
err-storage_full = The server has run out of storage space, so nothing was saved. Please try again later; the operators have been alerted.
err-subject_invalid = Choose one order or one customer.
err-template_invalid = Unknown milestone template.
err-that_already_exists = That already exists.
err-the_change_was_decided_meanwhile = The change was decided meanwhile.
err-the_demo_tenant_already_exists = The demo tenant already exists (slug demo-textiles).
err-the_document_changed_meanwhile = The document changed meanwhile.
err-the_order_was_changed_meanwhile = The order was changed meanwhile; reload and try again.
err-the_report_is_still_being = The report is still being made; try again in a moment.
err-the_report_was_built_meanwhile = the report was built meanwhile
err-there_is_already_a_request = There is already a request for this person.
err-this_api_token_s_scopes = This API token's scopes do not allow this request.
err-this_decision_was_already_answered = This decision was already answered and cannot be changed.
err-this_invitation_is_no_longer = This invitation is no longer open.
err-this_invitation_was_already_used = This invitation was already used.
err-this_kind_of_file_is = This kind of file is not a document of record.
err-this_person_already_belongs_to = This person already belongs to this supplier.
err-this_person_already_has_access = This person already has access to your portal.
err-this_person_already_has_an = This person already has an open invitation: resend it instead.
err-this_person_also_works_with = This person also works with other suppliers on Portico; their two-step sign-in can be reset only by the platform operator.
err-this_person_is_already_assigned = This person is already assigned to the order.
err-this_request_was_already_decided = This request was already decided.
err-this_short_name_is_taken = This short name is taken; choose another.
err-timezone_invalid = Unknown time zone: use a name such as Asia/Shanghai, Europe/Berlin or UTC.
err-too_large = The request is larger than allowed.
err-too_many = Send at most 20 preferences.
err-too_many_orders = Choose at most 1000 orders.
err-two_step_sign_in_is = Two-step sign-in is already on.
err-two_step_sign_in_is-2 = Two-step sign-in is off.
err-unauthenticated = Please sign in.
err-unavailable = The service is temporarily unavailable. Please try again shortly.
err-update_invalid = Files can be attached only to a progress update of this order.
err-upload_incomplete = The upload was interrupted before it finished. Nothing was saved; please try again.
err-upload_malformed = The upload could not be read (malformed multipart body). Nothing was saved.
err-visibility_invalid = Visibility must be internal or customer.
err-visibility_invalid-2 = Choose who can see the update.
err-your_account_has_no_access = Your account has no access to any supplier at the moment.
err-password-too_short = The password must have at least { $min } characters.
err-password-too_long = The password must have at most { $max } characters.
err-template-line = Line { $n }: write the days after '|' as a whole number.
err-template-too_many = A template has at most { $max } steps.
err-order-transition = An order cannot go from { $from } to { $to }.
err-body-too_long = At most { $max } characters.
err-file-empty = { $name } is empty.
err-limit-sign_ins = Too many sign-ins from here. Try again in { $wait }.
err-limit-codes = Too many wrong codes. Try again in { $wait }.
err-limit-email_codes = Three codes were sent in the last hour. Use the newest one, or try again in { $wait }.
err-limit-reports = You asked for 20 reports in the last hour; try again in { $wait }.
err-limit-invitation_codes = Too many codes tried from here. Try again in { $wait }.
err-limit-share_passwords = Too many wrong passwords. Try again in { $wait }.
err-limit-verify = Too many checks from here in the last hour. Try again in { $wait }, or sign in to Portico to check more.
err-share-last_day = The last day must be between today and { $max } days from now.
err-carry_invalid = The form could not be sent on; fill it in again.
err-reason_required = Say why: the reason goes on the timeline.
err-reason_too_long = The reason is at most 1000 characters.
err-close_open_decision = An order with an open decision cannot be closed: withdraw the decision first, or wait for the answer.
err-cannot_go_back = An order cannot go back from { $from }.
err-accent_invalid = Choose a colour as #rrggbb.
err-accent_contrast = This colour is too light: white text on it, and text in it on white, would be hard to read. Choose a darker one (WCAG AA needs a contrast of at least 4.5:1).
err-logo_type = The logo must be a PNG, WebP or JPEG picture.
err-logo_too_large = The logo picture is too large; use one under 40 megapixels.
err-logo_too_big = The logo is at most 2 MB.
err-decision_on_closed = A closed or cancelled order takes no new decisions: reopen it first.
err-invalid_limit = limit must be a whole number from 1 to 200.
err-webhook_event_unknown = Unknown event type; see the list of event types in the API documentation.
err-webhook_events_required = Choose at least one event to send.
err-webhook_limit = A company has at most 20 webhook endpoints; delete one first.
err-webhook_disabled = This endpoint is disabled; enable it first.
err-webhook_address_private = The receiver must be on the public internet: private, loopback and link-local addresses are refused.
err-webhook_url_invalid = Enter the receiver's full address, such as https://erp.example.com/portico/events.
err-webhook_url_https = The receiver's address must start with https://.
err-webhook_url_credentials = Leave the user name and password out of the address: the signature proves who sends.
err-webhook_host_unknown = The receiver's host name could not be found.
err-invalid_idempotency_key = The Idempotency-Key header must be 1 to 255 printable ASCII characters.
err-idempotency_key_reused = This Idempotency-Key was used with a different request; use a new key for a new request.
err-idempotency_key_in_progress = A request with this Idempotency-Key is still being processed; try again in a moment.
err-method_not_allowed = This address does not take this method; it takes { $what }.
err-send_json = Send the body as JSON, with the header Content-Type: application/json.
err-send_form = Send the form as application/x-www-form-urlencoded.
err-json_malformed = The body is not valid JSON (line { $n }, column { $count }).
err-query_unreadable = The query string could not be read.
err-json_fields = The JSON body does not have the expected fields: { $detail }
err-query_detail = The query string could not be read: { $detail }
err-form_detail = The form could not be read: { $detail }

sheet-title = Payment instructions
sheet-scope_customer = For your company only
sheet-scope_all = For all customers
sheet-valid_from = Valid from
sheet-verify_hint = Check this sheet at any time: open Portico yourself and use Verify a document with the code below.

csv-orders-reference = Reference / PO
csv-orders-title = Title
csv-orders-customer = Customer
csv-orders-product = Product
csv-orders-quantity = Quantity
csv-orders-status = Status
csv-orders-ex_factory_date = Ex-factory
csv-orders-etd_date = ETD
csv-orders-next_milestone = Next milestone
csv-orders-late_milestones = Late milestones
csv-orders-percent_done = Done (%)
csv-orders-expected_finish = Expected finish
csv-orders-created_at = Created (UTC)
csv-audit-seq = No.
csv-audit-id = Event id
csv-audit-created_at_utc = Time (UTC)
csv-audit-actor_user_id = By (user id)
csv-audit-action = Action
csv-audit-object_type = Object type
csv-audit-object_id = Object id
csv-audit-detail = Detail
csv-audit-ip = IP address
csv-audit-prev_hash = Previous hash
csv-audit-hash = Hash

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
wait-minute =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
wait-hour =
    { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }

more-title = More
more-settings = Settings & security
more-documents = Documents and payments
more-suppliers = Suppliers

table-actions = Actions

start-title = First steps
start-email = Confirm your e-mail address (payment alerts go there)
start-two_step = Turn on two-step sign-in
start-customer = Add a customer
start-order = Create an order
start-invite_buyer = Invite your buyer
start-second_admin = Invite a second administrator (bank details need two)
start-bank_details = Publish your bank details of record with the second administrator
start-done = done
send_on-title = Confirmed
send_on-body = Sending your changes as you typed them…
send_on-continue = Continue
glance-percent = { $n }% done
glance-progress = Order progress
glance-next = Next: { $name }
glance-decision_yours = Your answer is needed: { $title }
glance-decision_waiting = Waiting for the buyer: { $title }
glance-sections = On this page
brand-title = Your brand
brand-why = Your buyers see your name and logo at the top of every page, on the sign-in page of a device they used before, and in reports. The colour is used for links and buttons.
brand-current_logo = Your logo now
brand-logo = Logo (PNG, WebP or JPEG, at most 2 MB)
brand-logo_hint = A wide logo on a light or transparent background works best; it is shown 32 pixels high.
brand-remove_logo = Remove the logo
brand-accent = Accent colour
brand-accent_hint = It must be dark enough for white text on it (checked: WCAG AA, 4.5:1).
brand-save = Save the brand

## webhooks
webhooks-title = Webhooks
webhooks-intro = Portico tells your other systems (an ERP, a chat) what happens as it happens: a signed POST to your address for each event you choose. The receiver checks the signature with the secret and reads the details through the API.
webhooks-new = Add an endpoint
webhooks-url = Receiver address
webhooks-description = Description
webhooks-events = Events
webhooks-create = Add endpoint
webhooks-created = Endpoint added
webhooks-once = Copy the signing secret now: it is shown only this once.
webhooks-signature_hint = Every request carries Portico-Signature: t=…,v1=…, the HMAC-SHA256 of the time, a dot and the body, keyed with this secret. Refuse a request whose signature does not match or whose time is old.
webhooks-open = Details and delivery log
webhooks-state = State
webhooks-enabled = Enabled
webhooks-disabled = Disabled
webhooks-reason-admin = switched off by an administrator
webhooks-reason-failures = switched off after failing for a day; check the receiver, then enable it
webhooks-failures = Failures in a row
webhooks-made_by = Added by
webhooks-none = No endpoints yet. Add one below to send events to your ERP.
webhooks-back = All webhooks
webhooks-log = Deliveries
webhooks-log_none = Nothing sent yet. Send a test to check the receiver.
webhooks-event = Event
webhooks-result = Result
webhooks-attempts = Attempts
webhooks-when = When
webhooks-next_attempt = Next attempt
webhooks-delivery-pending = waiting
webhooks-delivery-delivered = delivered
webhooks-delivery-failed = failed
webhooks-test = Send a test
webhooks-disable = Disable
webhooks-enable = Enable
webhooks-delete = Delete
webhooks-delete_confirm = Delete this endpoint and its delivery log? Nothing more is sent to it.
webhooks-older = Older deliveries
webhooks-event-order-created = Order created
webhooks-event-order-status_changed = Order status changed
webhooks-event-milestone-updated = Milestone added or updated
webhooks-event-decision-requested = Decision requested
webhooks-event-decision-answered = Decision answered
webhooks-event-decision-withdrawn = Decision withdrawn
webhooks-event-file-uploaded = File or new version uploaded
webhooks-event-report-ready = Report ready
webhooks-event-bank_details-proposed = Bank details proposed
webhooks-event-bank_details-approved = Bank details approved
webhooks-event-bank_details-activated = Bank details in force
webhooks-event-bank_details-cancelled = Bank details change cancelled
webhooks-event-payment-mismatch = Payment to other bank details
