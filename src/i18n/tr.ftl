# Portico: Türkçe (Turkish). Kimlikler, kodun ve şablonların kullandığı anahtarlardır; "." yerine
# "-", ":" yerine "_" yazılır. Ticari terimler için bkz. glossary-tr.md.

## accept
accept-choose = Portico için adınızı ve bir parola belirleyin.
accept-code = Davet kodu
accept-continue = Devam
accept-signed_in_as = { $email } olarak oturum açmış durumdasınız; davet bu hesaba eklenecektir.
accept-title = Daveti kabul edin

## account
account-current_password = Mevcut parola
account-end = Oturumu kapat
account-end_others = Diğer tüm oturumları kapat
account-first_seen = açılış:
account-last_seen = son etkinlik:
account-new_password = Yeni parola (12–128 karakter)
account-password = Parolayı değiştir
account-password_done = Parolanız değiştirildi. Diğer tüm oturumlar kapatıldı.
account-sessions = Açık oturumlarınız
account-sessions_intro = Tanımadığınız bir cihaz veya adres görürseniz o oturumu kapatın ve parolanızı değiştirin.
account-this_session = Bu cihaz

## action
action-continue = Devam
action-older = Daha eski
action-remove = Kaldır
action-save = Kaydet

## adminsec
adminsec-coverage = Role göre iki adımlı giriş
adminsec-failures =
    { $n ->
        [one] { $n } başarısız giriş
       *[other] { $n } başarısız giriş
    }
adminsec-locked = Başarısız girişler nedeniyle engellenen hesaplar (son 15 dakika)
adminsec-mail = Giden e-posta
adminsec-mail_off =
    E-posta aktarma sunucusu yapılandırılmamış (PORTICO_SMTP_HOST): e-postalar kuyrukta tutuluyor ve gönderilmiyor. { $n ->
        [one] { $n } e-posta bekliyor.
       *[other] { $n } e-posta bekliyor.
    }
adminsec-mail_on =
    E-postalar { $host } üzerinden gönderiliyor; { $n ->
        [one] { $n } e-posta bekliyor.
       *[other] { $n } e-posta bekliyor.
    }
adminsec-none = Yok.
adminsec-people = Kişiler
adminsec-required = politika gereği zorunlu
adminsec-suspicious = Olağan dışı girişler (son 30 gün)
adminsec-title = Güvenlik özeti

## api_tokens
api_tokens-create = Belirteç oluştur
api_tokens-created = Yeni belirteç
api_tokens-days = Geçerlilik (gün)
api_tokens-expired = süresi doldu
api_tokens-expires = Bitiş
api_tokens-intro = Belirteçler, ERP'nizin veya diğer sistemlerinizin bir kişinin parolası olmadan siparişleri okumasını, ilerleme bilgisi ve dosya göndermesini sağlar. Bir belirteç, süresi dolana veya siz iptal edene kadar, yalnızca işaretlediğiniz kapsamlar dahilinde sizin adınıza işlem yapar. Yönetici olmaktan çıkarsanız belirteç çalışmaz.
api_tokens-last_used = Son kullanım
api_tokens-made_by = Oluşturan
api_tokens-name = Ad
api_tokens-never = hiç
api_tokens-new = Yeni belirteç oluştur
api_tokens-none = Henüz belirteç yok.
api_tokens-once = Belirteci şimdi kopyalayın: yalnızca bu kez gösterilir. Portico belirtecin yalnızca parmak izini saklar.
api_tokens-revoke = İptal et
api_tokens-revoked = iptal edildi
api_tokens-scope-files_write = fotoğraf ve belge yükleme
api_tokens-scope-orders_read = siparişleri, kilometre taşlarını, zaman akışını, dosyaları ve raporları okuma
api_tokens-scope-orders_write = sipariş oluşturma ve siparişleri aşamalar arasında ilerletme
api_tokens-scope-updates_write = ilerleme güncellemesi gönderme, kilometre taşı ekleme veya güncelleme
api_tokens-scopes = Kapsamlar
api_tokens-title = API belirteçleri
api_tokens-usage = Her istekle birlikte gönderin:
api_tokens-scope-reports_write = isteğe bağlı ilerleme raporu istemek

## audit
audit-action = İşlem
audit-detail = Ayrıntı
audit-ip = Adres
audit-object = Nesne
audit-title = Denetim kaydı
audit-when = Zaman (UTC)

## confirm
confirm-or_code = veya doğrulayıcı uygulama kodu
confirm-submit = Onayla
confirm-title = Kimliğinizi doğrulayın
confirm-why = Bu değişiklik, verilerinizi kimlerin görebileceğini etkiler. Devam etmek için parolanızı veya doğrulayıcı uygulamanızdaki bir kodu girin. Birkaç dakika boyunca bu tekrar sorulmayacaktır.
confirm-kept = Yazdıklarınız korunur: onayladığınızda olduğu gibi gönderilir.

## copy
copy-button = Kopyala
copy-done = Kopyalandı
copy-failed = Kopyalanamadı: değer seçili, klavye veya menüyle kopyalayın.
copy-account = Hesap numarasını kopyala
copy-bic = SWIFT/BIC kodunu kopyala
copy-beneficiary = Alıcının adını kopyala
copy-sha256 = SHA-256 değerini kopyala
copy-public_key = Açık anahtarı kopyala
copy-code = Doğrulama kodunu kopyala
copy-token = Belirteci kopyala
copy-secret = Anahtarı kopyala
copy-invitation_code = Davet kodunu kopyala

## customers
customers-add = Müşteri ekle
customers-name = Müşteri kuruluşunun adı
customers-none = Henüz müşteri kuruluşu yok.
customers-title = Müşteri kuruluşları

## dashboard
dashboard-all_orders = Tüm siparişler
dashboard-awaiting_buyers = Alıcının kararını bekleyenler
dashboard-awaiting_you = Kararınızı bekleyenler
dashboard-by_status = Duruma göre siparişler
dashboard-due_soon = Önümüzdeki iki hafta içinde fabrika çıkışı olanlar
dashboard-late_milestones = Geciken kilometre taşları
dashboard-late_orders = Gecikenler
dashboard-title = Genel bakış
dashboard-urgent = Acil: ödemeler ve banka bilgileri
dashboard-your_orders = Siparişleriniz

## decisions
decisions-answered_by = Yanıtlayan: { $name }
decisions-approve = Onayla
decisions-ask = Alıcıdan karar iste
decisions-asked_by = Talep eden: { $name }
decisions-comment = Yorum (reddederseniz zorunludur)
decisions-description = Ayrıntılar
decisions-due = Son yanıt tarihi
decisions-kind = Karar türü
decisions-none = Bu siparişte karar yok.
decisions-reject = Reddet
decisions-send = Alıcıya gönder
decisions-title = Kararlar
decisions-waiting = Alıcının yanıtı bekleniyor.
decisions-withdraw = Geri çek

## dkind
dkind-delay_acceptance = Gecikmenin kabulü
dkind-option = Seçenek belirleme
dkind-other = Diğer
dkind-sample_approval = Üretim öncesi (PP) numune
dkind-shipment_approval = Sevkiyat onayı

## dstatus
dstatus-approved = Onaylandı
dstatus-open = Açık
dstatus-rejected = Reddedildi
dstatus-withdrawn = Geri çekildi

## email
email-change = E-posta adresinizi değiştirin
email-change_hint = Yeni adrese bir kod gönderilir; değişiklik tamamlandığında mevcut adresinize bilgi verilir.
email-code = E-postadaki kod
email-new = Yeni adres
email-send_code = Kod gönder
email-sent = Kod gönderildi (30 dakika geçerli). Aşağıya girin.
email-title = E-posta adresi
email-unverified = doğrulanmadı
email-verified = doğrulandı
email-why = Portico'nun size güvenlik bildirimleri gönderebilmesi için adresinizi bir kodla doğrulayın.

## error
error-forbidden = İzin verilmiyor
error-home = Ana sayfaya dön
error-not_found = Bulunamadı
error-request = Bu istek işlenemedi
error-request_id = İstek kimliği:
error-server = Bir sorun oluştu

## field
field-access_until = Erişim bitişi
field-actual_date = Gerçekleşen tarih
field-bank = Banka
field-bank_address = Banka adresi
field-beneficiary = Lehtar
field-beneficiary_address = Lehtar adresi
field-comment = Yorum
field-company_name = Şirket adı
field-customer = Müşteri
field-days = Gün sayısı
field-description = Açıklama
field-due_date = Son yanıt tarihi
field-email = E-posta adresi
field-etd_date = ETD
field-ex_factory_date = Fabrika çıkışı
field-expires_in_days = Geçerlilik (gün)
field-expires_on = Son gün
field-idle_minutes = Hareketsizlik dakikası
field-label = Kimin için (not)
field-name = Ad
field-note = Tedarikçiye not
field-notes = Notlar
field-password = Parola
field-percent = Yüzde
field-phrase = Kimlik avı önleme ifadesi
field-planned_date = Planlanan tarih
field-product = Ürün
field-quantity = Miktar
field-reason = Neden
field-reference = Referans / PO
field-report_hour = Rapor saati
field-report_weekday = Rapor günü
field-role = Rol
field-search = Arama
field-session_hours = Oturum saati
field-share_link_days = Paylaşım bağlantısı günü
field-status = Durum
field-step_name = Adım adı
field-text = Metin
field-title = Başlık
field-your_name = Adınız
field-url = Adres
field-events = Olaylar

## files
files-add_photos = Fotoğraf ekle
files-added = Eklenme
files-all = Tümü
files-check_bad = Bu sürümden farklı. Elinizdeki kopyaya güvenmeyin; Portico'daki sürümü kullanın. Bu sürümün SHA-256 değeri:
files-check_copy = Aldığınız bir kopyayı kontrol edin
files-check_copy_hint = Elinizdeki dosyayı seçin (örneğin bir e-postadan aldığınızı). Tarayıcınız SHA-256 değerini burada hesaplar; hiçbir şey yüklenmez.
files-check_ok = Bu sürümle aynı:
files-choose = Dosya seç
files-clean_refused = Alıcılar bu dosyayı açamaz: kamera verileri (GPS konumu gibi) kaldırılamadı. Dosyayı normal bir fotoğraf veya video olarak yeniden yükleyin.
files-cleaned = Fotoğraf ve videolar kamera verileri (GPS konumu, seri numaraları, sahip bilgisi) olmadan gösterilir; görüntünün kendisi değişmez.
files-current = güncel
files-dimensions = Piksel boyutu
files-documents = Belgeler
files-download = İndir
files-drop_hint = veya dosyaları buraya bırakın
files-for_update = Bu dosyalar ilerleme güncellemesine eklenecek ve onunla aynı görünürlüğe sahip olacaktır.
files-history = Sürümler
files-kind = Tür
files-kind_auto = Fotoğraf / video / diğer (içeriğe göre)
files-limits = Fotoğraflar (JPEG, PNG, WebP, HEIC), videolar (MP4, MOV), PDF, Office, CSV ve ZIP; dosya başına en fazla { $mb } MiB.
files-media = Fotoğraflar ve videolar
files-name = Ad
files-new_version = Yeni sürüm yükle
files-no_documents = Henüz belge yok.
files-no_media = Henüz fotoğraf veya video yok.
files-no_preview = Önizleme yok; indirmek için açın
files-of_record = imzalı kayıtlı belge: herkes bir kopyasını “Belge doğrula” bölümünde kontrol edebilir
files-older = Daha eski
files-open = Aç
files-original = Kamera verileriyle orijinal (yalnızca personel, kayda geçer)
files-preparing = Önizleme hazırlanıyor…
files-section = Fotoğraflar ve belgeler
files-see_all = Tüm fotoğraf ve belgeleri gör
files-send = Yükle
files-size = Boyut
files-superseded = Daha yeni bir sürümle değiştirildi
files-take_photo = Fotoğraf çek
files-taken = Çekilme
files-title = Fotoğraflar ve belgeler
files-type = Biçim
files-upload = Fotoğraf, video veya belge ekleyin
files-uploaded =
    { $n ->
        [one] { $n } dosya yüklendi.
       *[other] { $n } dosya yüklendi.
    }
files-version = Sürüm

## fkind
fkind-bill_of_lading = Konşimento
fkind-certificate = Sertifika
fkind-contract = Sözleşme
fkind-inspection_report = Denetim raporu
fkind-invoice = Ticari fatura
fkind-material_receipt = Malzeme kabul belgesi
fkind-other = Diğer belge
fkind-packing_list = Çeki listesi
fkind-payment_instructions = Ödeme talimatı
fkind-photo = Fotoğraf
fkind-proforma_invoice = Proforma fatura
fkind-progress_report = İlerleme raporu
fkind-video = Video

## footer
footer-note = Portico e-posta hesabınızın parolasını asla sormaz. E-postalarımız hiçbir zaman giriş bağlantısı içermez: portalı kendiniz açın.

## forgot
forgot-have_code = Kodum var
forgot-send = Bana kod gönder
forgot-sent = Bu adrese ait bir hesap varsa kod gönderildi (30 dakika geçerli). Sıfırlama sayfasını açın ve kodu girin.
forgot-title = Parolanızı mı unuttunuz?
forgot-why = E-posta adresinizi girin. Bu adrese ait bir Portico hesabı varsa, yeni parola belirlemeniz için bu adrese bir kod göndeririz. Portico hiçbir zaman oturum açtıran bağlantı göndermez.

## fraud
fraud-changes = Bekleyen banka bilgisi değişiklikleri
fraud-failed = Başarısız doğrulamalar
fraud-mismatches = Başka hesaplara yapılan ödemeler
fraud-none = Yok.
fraud-title = Dolandırıcılık sinyalleri

## invite
invite-code_is = E-posta ulaşmazsa bu kodu kişiye telefonla veya mesajla iletin:
invite-expires = geçerlilik sonu:
invite-how = Kişi { $url } adresini açar ve kodu { $day } UTC tarihinden önce girer.
invite-intro = Kişiye tek kullanımlık kod içeren bir e-posta gider; kodu girmek için Portico'yu kendisi açar. Kod 7 gün geçerlidir.
invite-open = Bekleyen davetler
invite-resend = Yeni kod
invite-revoke = Geri çek
invite-send = Davet gönder
invite-sent = Davet gönderildi
invite-sent_to = Kodu içeren e-posta { $email } adresine gönderiliyor.
invite-title = Kişi davet edin
invite-language = Davetin ve hesabın dili

## jobs
jobs-attempts = Deneme
jobs-error = Son hata
jobs-hint = İşler önizlemeleri ve raporları oluşturur. Başarısız olan bir iş giderek artan aralıklarla yeniden denenir; beş denemeden sonra durur ve burada bekler.
jobs-kind = İş
jobs-kind-file-derive = Fotoğraf önizlemesi
jobs-kind-report-build = İlerleme raporu
jobs-none = Başarısız iş yok.
jobs-retry = Yeniden dene
jobs-state = Durum
jobs-status-done = Tamamlandı
jobs-status-failed = Başarısız
jobs-status-queued = Bekliyor
jobs-status-running = Çalışıyor
jobs-title = Arka plan işleri
jobs-updated = Güncelleme

## lifecycle
lifecycle-move_to = Şu duruma geçir:
lifecycle-confirm_cancelled = Bu sipariş iptal edilsin mi? Alıcıya hemen bildirilir; yalnızca bir yönetici yeniden açabilir.
lifecycle-confirm_shipped = Bu sipariş sevk edildi olarak işaretlensin mi? Alıcıya malların fabrikadan çıktığı bildirilir.
lifecycle-yes_cancelled = Evet, siparişi iptal et
lifecycle-yes_shipped = Evet, sevk edildi olarak işaretle
lifecycle-reopen = Yeniden aç
lifecycle-step_back = Bir adım geri al
lifecycle-back_to = Sipariş şu duruma döner: { $status }. Alıcı değişikliği ve gerekçenizi zaman akışında görür.
lifecycle-reason = Gerekçe (zorunlu)
lifecycle-step_back_go = Siparişi geri al

## mail
mail-digest-intro = Son özetten bu yana Portico'da { $tenant } tarafında olanlar:
mail-digest-subject =
    { $tenant } (Portico): { $count ->
        [one] bugün { $count } yeni gelişme
       *[other] bugün { $count } yeni gelişme
    }
mail-email_changed-body = Portico hesabınızın e-posta adresi { $old } yerine başka bir adres olarak değiştirildi ({ $ip } IP adresinden). Bu işlemi siz yapmadıysanız hemen tedarikçinizin yöneticisiyle iletişime geçin.
mail-email_changed-subject = Portico e-posta adresiniz değiştirildi
mail-email_confirm-body = Doğrulama kodunuz: { $code } ({ $minutes } dakika geçerli). Kodu Portico'da Hesap → E-posta adresi bölümünde girin ({ $url }).
mail-email_confirm-subject = Portico için e-posta adresinizi doğrulayın
mail-email_taken-body = Başka bir Portico hesabı ({ $ip } IP adresinden) kendi e-posta adresini sizin adresinizle değiştirmeye çalıştı. Hiçbir şey değiştirilmedi ve hesabınız etkilenmedi. Bu durum sizi endişelendiriyorsa tedarikçinizin yöneticisine bildirin.
mail-email_taken-subject = Birisi Portico'da e-posta adresinizi kullanmaya çalıştı
mail-notice-intro = Portico üzerinden { $tenant } ile ilgili yenilikler:
mail-notice-subject = { $tenant } (Portico): { $what }
mail-open_portal = Ayrıntıları görmek için Portico'yu kendiniz açın: tarayıcınıza { $url } yazın veya yer iminizi kullanın. Portico e-postaları hiçbir zaman giriş bağlantısı içermez ve banka bilgilerimiz hiçbir zaman e-posta ile değişmez.
mail-phrase = Portico kimlik avı önleme ifadeniz: «{ $phrase }». Portico'dan gelen e-postalar bu ifadeyi her zaman gösterir; bu ifadeyi içermeyen bir e-posta Portico'dan gelmemiştir.
mail-phrase_tip = İpucu: Portico'da bir kimlik avı önleme ifadesi belirleyin (Hesap → Güvenlik); bundan sonra Portico'dan gelen her e-posta bu ifadeyi gösterir.
mail-quoted = “Tırnak” içindeki metinler Portico tarafından değil, { $tenant } çalışanları tarafından yazılmıştır: Portico sizden hiçbir zaman e-posta yoluyla ödeme yapmanızı, banka bilgilerini değiştirmenizi veya oturum açmanızı istemez.
mail-reset-advice = { $url } adresini tarayıcınızda kendiniz açın ve kodu girin. Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın: parolanız olduğu gibi kalır.
mail-reset-asked = Birisi (umarız sizsinizdir) { $ip } IP adresinden Portico parolanızın sıfırlanmasını istedi.
mail-reset-code = Kodunuz: { $code } ({ $minutes } dakika geçerli, yalnızca bir kez kullanılabilir).
mail-reset-subject = Portico parola sıfırlama kodunuz
mail-security-advice = Bu işlemi siz yaptıysanız yapmanız gereken bir şey yoktur. Siz yapmadıysanız Portico'yu kendiniz açın (her zaman kullandığınız adresi yazın; e-postalardaki bağlantıları izlemeyin), giriş yapın ve Hesap → Güvenlik bildirimleri altında “Bu ben değildim” seçeneğini seçin: bu, tüm cihazlarda oturumu kapatır ve yeni bir parola ister.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Portico güvenlik bildirimi: { $what }
mail-written = Bu mesaj { $date } tarihinde yazıldı.
mail-invite-subject = { $tenant } sizi Portico’ya davet ediyor
mail-invite-intro = { $inviter }, { $tenant } ile siparişlerinizi Portico’da takip etmeniz için sizi davet ediyor.
mail-invite-code = Portico’yu kendiniz { $url } adresinde açın ve şu kodu girin: { $code }
mail-invite-expires = Kod yalnızca bir kez, { $day } tarihine kadar geçerlidir.
mail-invite-advice = Portico asla oturum açtıran bağlantılar göndermez ve e-posta şifrenizi asla istemez. Bu mesajı beklemiyorsanız dikkate almayın.

## mailhealth
mailhealth-no_relay = Hiçbir e-posta gönderilmiyor: e-posta aktarma sunucusu yapılandırılmamış (PORTICO_SMTP_HOST). Ödemeler ve banka bilgileriyle ilgili uyarılar yalnızca Portico içinde kalır.
mailhealth-stuck =
    { $n ->
        [one] Son 24 saatte kişilerinize giden { $n } e-posta başarısız oldu veya 15 dakikadan uzun süre bekledi.
       *[other] Son 24 saatte kişilerinize giden { $n } e-posta başarısız oldu veya 15 dakikadan uzun süre bekledi.
    }
mailhealth-title = Uyarılar yöneticilerinize ulaşmayabilir
mailhealth-unconfirmed = Şu yöneticiler e-posta adreslerini doğrulamadı ve uyarı almıyor:

## milestones
milestones-actual = Gerçekleşen
milestones-add = Kilometre taşı ekle
milestones-late = Gecikmiş
milestones-name = Kilometre taşı
milestones-none = Henüz kilometre taşı yok.
milestones-owner = Sorumlu
milestones-planned = Planlanan
milestones-title = Kilometre taşları
milestones-update = Güncelle

## mstatus
mstatus-done = Tamamlandı
mstatus-in_progress = Devam ediyor
mstatus-pending = Beklemede

## nav
nav-api_tokens = API belirteçleri
nav-audit = Denetim kaydı
nav-customers = Müşteriler
nav-fraud = Dolandırıcılık sinyalleri
nav-home = Genel bakış
nav-invite = Davet et
nav-jobs = Arka plan işleri
nav-language = Dil
nav-language_go = Değiştir
nav-notifications = Bildirimler
nav-orders = Siparişler
nav-payments = Banka bilgileri
nav-people = Kişiler
nav-reports = Raporlar
nav-requests = Erişim iste
nav-security = Güvenlik
nav-security_admin = Güvenlik özeti
nav-settings = Ayarlar
nav-signout = Çıkış yap
nav-switch = Tedarikçi değiştir
nav-templates = Şablonlar
nav-tenant = Geçerli tedarikçi
nav-verify = Belge doğrula
nav-more = Daha fazla
nav-main = Ana menü
nav-skip = İçeriğe geç
nav-account = Hesabınız
nav-sessions = Oturum açık cihazlar
nav-notification_prefs = Bildirim ayarları
nav-webhooks = Webhook'lar

## ncat
ncat-decisions = İstenen ve yanıtlanan kararlar
ncat-files = Yeni fotoğraflar, videolar ve belgeler
ncat-milestones = Geciken kilometre taşları
ncat-payments = Banka bilgileri ve kayıtlı belgeler
ncat-reports = İlerleme raporları
ncat-security = Güvenlik bildirimleri
ncat-updates = İlerleme güncellemeleri, durum ve kilometre taşı değişiklikleri, yorumlar

## nmode
nmode-daily = Günlük özet
nmode-now = Anında
nmode-off = Kapalı

## notice
notice-admin_added = Yeni yönetici
notice-admin_demoted = Yönetici kaldırıldı
notice-detail-admin_demoted = { $name } <{ $email }>, { $by } tarafından
notice-detail-email_changed = { $old } adresinden { $new } adresine
notice-detail-failed_sign_ins =
    { $n ->
        [one] son bir saatte { $n } başarısız giriş, { $ip } adresinden
       *[other] son bir saatte { $n } başarısız giriş; sonuncusu { $ip } adresinden
    }
notice-detail-from = { $ip } adresinden
notice-detail-new_sign_in = { $ip } adresinden { $device } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = { $name } ({ $email }) tarafından
notice-detail-second_factor =
    { $n ->
        [one] doğru paroladan sonra { $n } hatalı iki adımlı giriş kodu, { $ip } adresinden
       *[other] doğru paroladan sonra { $n } hatalı iki adımlı giriş kodu; sonuncusu { $ip } adresinden
    }
notice-email_changed = E-posta adresi değiştirildi
notice-failed_sign_ins = Başarısız girişler
notice-new_sign_in = Yeni giriş
notice-password_changed = Parola değiştirildi
notice-password_reset = Parola sıfırlandı
notice-second_factor_failed = Hatalı iki adımlı giriş kodları
notice-two_factor_off = İki adımlı giriş kapatıldı
notice-two_factor_on = İki adımlı giriş açıldı
notice-two_factor_reset = İki adımlı giriş bir yönetici tarafından sıfırlandı

## notif
notif-comment = { $ref } numaralı siparişte alıcıdan yeni yorum ({ $title })
notif-decision_answered = { $ref } numaralı siparişte bir karar yanıtlandı: { $what }
notif-decision_requested = { $ref } numaralı siparişte kararınız bekleniyor: { $what }
notif-documents =
    { $count ->
        [one] { $ref } numaralı siparişte { $count } yeni belge ({ $title })
       *[other] { $ref } numaralı siparişte { $count } yeni belge ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by }, { $email } adresini alıcı olarak { $orders } siparişe davet etti
       *[other] { $by }, { $email } adresini alıcı olarak { $orders } siparişe davet etti
    }
notif-milestone = { $ref } numaralı siparişte kilometre taşı değişti: { $what }
notif-milestone_late = { $ref } numaralı siparişte kilometre taşı gecikti: { $what } (planlanan: { $date })
notif-payment = Banka bilgileri: { $event }
notif-photos =
    { $count ->
        [one] { $ref } numaralı siparişte { $count } yeni fotoğraf veya video ({ $title })
       *[other] { $ref } numaralı siparişte { $count } yeni fotoğraf veya video ({ $title })
    }
notif-record = { $ref } numaralı siparişte kayıtlı belge: { $name }, { $event } (işlemi yapan: { $by })
notif-report_ready = { $ref } için ilerleme raporu hazır ({ $period })
notif-security = Hesabınızla ilgili güvenlik bildirimi: { $event }
notif-status = { $ref } numaralı siparişin ({ $title }) yeni durumu: { $what }
notif-update = { $ref } numaralı siparişte yeni güncelleme ({ $title })
notif-webhook_disabled = { $host } adresine giden webhook art arda { $count } başarısız gönderimden sonra kapatıldı. Alıcıyı kontrol edip yeniden etkinleştirin.

## notifications
notifications-always = Güvenlik bildirimleri ve ödeme bilgisi değişiklikleri size her zaman anında ulaşır; bunlar kapatılamaz.
notifications-mark_read = Okundu olarak işaretle
notifications-none = Bildirim yok.
notifications-preferences = Bildirim ayarları
notifications-prefs_hint = Her haber türü için seçim yapın: anında (Portico'da ve e-postayla), günlük e-posta özetinde veya hiçbir zaman. Bu ayarlar takip ettiğiniz tüm tedarikçiler için geçerlidir.
notifications-read_all = Tümünü okundu işaretle
notifications-title = Bildirimler
notifications-unread =
    { $count ->
        [one] { $count } okunmamış
       *[other] { $count } okunmamış
    }
notifications-choose = Nelerden haberdar olacağınızı seçin

## orders
orders-all_customers = Tüm müşteriler
orders-all_statuses = Tüm durumlar
orders-edit = Siparişi düzenle
orders-ex_factory_from = Fabrika çıkışı: başlangıç
orders-ex_factory_to = bitiş
orders-export = CSV olarak dışa aktar
orders-filter = Filtrele
orders-more = Daha fazla sipariş
orders-new = Yeni sipariş
orders-no_customers = Önce bir müşteri kuruluşu ekleyin:
orders-none = Gösterilecek sipariş yok.
orders-only_late = Yalnızca gecikenler
orders-reports = Raporlar
orders-search = Referans, başlık veya ürün arayın
orders-sort = Sırala
orders-title = Siparişler
orders-none_filtered = Bu filtrelere uyan sipariş yok.
orders-clear_filters = Tüm siparişleri göster
orders-none_staff = Henüz sipariş yok. İlkini oluşturun: onaylanır onaylanmaz alıcısı görür.
orders-none_buyer = Henüz sipariş yok: tedarikçiniz henüz paylaşmadı. Paylaştığı anda burada görünür ve bildirim alırsınız.

## payment
payment-differs-account = farklı bir hesap
payment-differs-bank = farklı bir banka (SWIFT/BIC)
payment-differs-both = farklı bir hesap ve banka
payment-differs-no_record = henüz kayıtlı banka bilgisi yok
payment-event-active = yeni banka bilgileri artık kayıtlı banka bilgileridir; lütfen bunları Portico'da teyit edin
payment-event-cancelled = banka bilgilerinde duyurulan değişiklik iptal edildi; mevcut bilgiler geçerliliğini koruyor
payment-event-cooling = yeni banka bilgileri onaylandı ve { $date } tarihinde yürürlüğe girecek; o tarihe kadar mevcut bilgiler geçerlidir. Bilgileri Portico'da kontrol edin
payment-event-mismatch = ACİL: { $date } tarihli { $amount } tutarındaki ödemeniz { $account } hesabına gitti; bu hesap bizim kayıtlı hesabımız DEĞİLDİR ({ $differs }). Ödemeyi geri çağırmak için hemen bankanızı arayın, ardından önceden bildiğiniz bir numarayı çevirerek bizi arayın
payment-event-mismatch_staff = ACİL: Bir alıcının { $date } tarihli { $amount } tutarındaki ödemesi { $account } hesabına gitti; bu hesap sizin kayıtlı hesabınız DEĞİLDİR ({ $differs }). Önceden bildiğiniz bir numarayı çevirerek alıcıyı hemen arayın ve ödemeyi bankası aracılığıyla geri çağırmasına yardımcı olun
payment-event-proposed = { $who } bir değişiklik önerdi; ikinci bir yöneticinin bu değişikliği onaylaması gerekir

## payments
payments-account = Hesap numarası veya IBAN
payments-acknowledge = Bu bilgileri kontrol ettim
payments-acknowledged = Teyit edildi
payments-amount = Tutar
payments-applies_to = Geçerli olduğu yer
payments-approve = Onayla (ikinci yönetici)
payments-bank = Banka
payments-bank_address = Banka adresi
payments-beneficiary = Lehtar
payments-beneficiary_address = Lehtar adresi
payments-cancel = Değişikliği iptal et
payments-cancelled_why = İptal nedeni:
payments-currency = Para birimi
payments-for_all = Tüm müşteriler
payments-for_customer = Bu müşteri
payments-history = Bilgiler ve geçmişleri
payments-lone_admin = Tek yönetici sizsiniz: banka bilgilerindeki bir değişikliği kimse onaylayamaz. Önce Kişiler bölümünden ikinci bir yönetici ekleyin.
payments-mismatch = Kayıtlı hesabımız DEĞİL
payments-none = Henüz kayıtlı banka bilgisi yok.
payments-notes = Notlar
payments-paid_on = Ödeme tarihi
payments-paid_to = Ödenen hesap / IBAN
payments-pending = Banka bilgilerinde bekleyen bir değişiklik var
payments-pending_hint = Yeni bilgiler iki yönetici tarafından onaylandı ve { $date } UTC tarihinde yürürlüğe girecek. O tarihe kadar ödemeleri mevcut bilgilere yapmaya devam edin. Bunu beklemiyorduysanız, önceden bildiğiniz bir numarayı çevirerek tedarikçinizi arayın.
payments-propose = Yeni banka bilgileri öner
payments-propose_hint = Bir değişiklik ikinci bir yöneticinin onayını gerektirir, ardından bekleme süresi boyunca bekler; etkilenen tüm alıcılar anında bilgilendirilir.
payments-proposed_hint = Banka bilgilerinde bir değişiklik önerildi ve ikinci bir yöneticinin onayını bekliyor. Bu değişiklik geçerli değildir: ödemeleri mevcut bilgilere yapmaya devam edin. Bunu beklemiyorduysanız, önceden bildiğiniz bir numarayı çevirerek tedarikçinizi arayın.
payments-public_key = Kayıtlı belgeler bu şirketin anahtarıyla imzalanır:
payments-reason = Neden
payments-record = Ödeme kaydet
payments-record_hint = Ödeme yaptığınız hesabı, bankanızın dekontunda yazdığı şekliyle aynen girin: bizim hesabımız değilse iki taraf da anında uyarılır.
payments-reference = Referans
payments-state = Durum
payments-status-active = Kayıtlı
payments-status-cancelled = İptal edildi
payments-status-cooling = Onaylandı, bekleme süresinde
payments-status-proposed = Önerildi, ikinci yönetici bekleniyor
payments-status-superseded = Değiştirildi
payments-title = Kayıtlı banka bilgileri
payments-version = Sürüm
payments-waiting_second = İkinci bir yönetici bekleniyor
payments-warning = Banka bilgilerimiz hiçbir zaman e-posta ile değişmez; bunları Portico'da kontrol edin.

## people
people-access_report = Neleri görebilir?
people-access_until = Erişim bitişi (isteğe bağlı)
people-add = Kişi ekle
people-added = Kişi eklendi
people-all_orders = Müşterinin tüm siparişleri
people-all_roles = Tüm roller
people-back = Kişilere dön
people-buyer_access = Alıcılar için: müşteri ve erişim
people-chosen_orders = Yalnızca seçilen siparişler
people-disabled = devre dışı
people-edit = Erişimi değiştir
people-existing_account = Bu e-posta adresinin zaten bir Portico hesabı vardı; bu hesap artık aynı parolayla bu tedarikçiye de erişebilir.
people-filter = Filtrele
people-last_sign_in = Son giriş
people-lead = Kuruluş sorumlusu (iş arkadaşları için erişim isteyebilir)
people-remove = Erişimi kaldır
people-reset_2fa = İki adımlı girişi sıfırla
people-reset_2fa_hint = Telefonunu ve kurtarma kodlarını kaybeden kişiler içindir. Kişiye bildirim gönderilir ve işlem denetim kaydına geçer.
people-temp_password = Yeni bir hesap oluşturuldu. Bu tek kullanımlık parolayı kişiye e-posta dışında bir kanalla (örneğin telefonla) iletin; yalnızca bir kez gösterilir:
people-title = Kişiler
people-two_factor = İki adımlı giriş
people-two_factor_off = kapalı
people-two_factor_on = açık

## progress
progress-expected = Tahmini bitiş
progress-late_count =
    { $n ->
        [one] { $n } gecikmiş
       *[other] { $n } gecikmiş
    }
progress-next = Sıradaki
progress-slip =
    { $n ->
        [one] fabrika çıkışından { $n } gün sonra
       *[other] fabrika çıkışından { $n } gün sonra
    }

## record
record-approve = Onayla ve yayımla
record-draft_hint = Taslak: alıcılar bunu görmez ve bir yönetici yayımlayana kadar doğrulamada orijinal olarak görünmez.
record-event-issued = yayımlandı ve alıcıya gösterildi
record-event-proposed = yayımlanmak üzere önerildi, ikinci bir yönetici bekleniyor
record-event-withdrawn = öneri geri çekildi
record-issue = Alıcıya yayımla
record-propose = Yayımlanmak üzere öner
record-proposed_hint = Yayımlanmak üzere önerildi: ikinci bir yöneticinin onayı bekleniyor.
record-title = Kayıtlı belge
record-two_admins_hint = Ödeme koşulları içeriyor: yayımlanmadan önce ikinci bir yöneticinin onaylaması gerekir.
record-waiting_second = Bunu siz önerdiniz: başka bir yöneticinin onaylaması gerekir.
record-withdraw = Öneriyi geri çek

## report
report-inspection_passed = Denetimden geçti
report-inspection_rework = Denetim: yeniden işlem gerekli
report-more = Yalnızca ilk 500 sipariş listelenmiştir.
report-order_link = Bu siparişi kimler görebilir?
report-order_title = Bu siparişi görebilenler
report-person_title = Bu kişinin görebildikleri
report-reason-admin = Yönetici: tüm siparişler
report-reason-assigned = Siparişe atanmış
report-reason-customer_all = Alıcı: müşterinin tüm siparişleri
report-reason-granted = Alıcı: bu siparişe erişim verilmiş
report-reason-share =
    { $n ->
        [one] Paylaşım bağlantısı ({ $n } görüntüleme)
       *[other] Paylaşım bağlantısı ({ $n } görüntüleme)
    }
report-until = Bitiş
report-why = Neden
report-pdf-title = İlerleme raporu
report-pdf-period = Dönem
report-pdf-generated = Oluşturulma
report-pdf-zone = Saat dilimi
report-pdf-code = Doğrulama kodu
report-pdf-customer = Müşteri
report-pdf-status = Durum
report-pdf-product = Ürün
report-pdf-quantity = Miktar
report-pdf-ex_factory = Fabrika çıkışı
report-pdf-etd = ETD (tahmini kalkış)
report-pdf-milestones = Aşamalar
report-pdf-milestone = Aşama
report-pdf-planned = Planlanan
report-pdf-actual = Gerçekleşen
report-pdf-late = Gecikmiş
report-pdf-updates = Gelişmeler
report-pdf-photos = Fotoğraflar
report-pdf-inspection = Muayene
report-pdf-documents = Eklenen belgeler
report-pdf-document = Belge
report-pdf-kind = Tür
report-pdf-added = Eklenme
report-pdf-decisions = Kararlar
report-pdf-decision = Karar
report-pdf-due = Son tarih
report-pdf-comment = Yorum
report-pdf-next = Sonraki dönem
report-pdf-empty = yok

## reports
reports-code = Doğrulama kodu
reports-customer = Müşteri
reports-default_period = Son yedi gün için tarihleri boş bırakın.
reports-from = Başlangıç
reports-make = Şimdi rapor oluştur
reports-none = Henüz rapor yok.
reports-period = Dönem
reports-status = Durum
reports-status-failed = Başarısız (yeniden deneniyor)
reports-status-queued = Hazırlanıyor
reports-status-ready = Hazır
reports-subject = Sipariş veya müşteri
reports-title = İlerleme raporları
reports-to = Bitiş
reports-trigger-on_demand = talep üzerine
reports-trigger-scheduled = haftalık
reports-language = Rapor dili
reports-language_buyers = Alıcıların dili
reports-make_first = İlkini oluştur

## requests
requests-approve = Onayla ve davet et
requests-intro = Kararı tedarikçiniz verir. Kabul ederse iş arkadaşınız bir davet alır ve sizinle aynı siparişleri görür.
requests-line = { $lead }, { $customer } bünyesindeki { $name } ({ $email }) için erişim istiyor
requests-note = Tedarikçiye not (isteğe bağlı)
requests-pending = Müşterilerden gelen erişim talepleri
requests-refuse = Reddet
requests-send = Talep gönder
requests-title = İş arkadaşınız için erişim isteyin
requests-yours = Talepleriniz

## reset
reset-code = E-postadaki kod
reset-second_factor = Doğrulayıcı uygulama kodu veya kurtarma kodu (iki adımlı giriş kullanıyorsanız)
reset-title = Yeni parola belirleyin

## role
role-admin = Yönetici
role-buyer = Alıcı
role-forwarder = Nakliye komisyoncusu
role-merchandiser = Müşteri temsilcisi
role-qc = Kalite kontrol denetçisi

## rstatus
rstatus-approved = Onaylandı
rstatus-pending = Bekliyor
rstatus-refused = Reddedildi

## security
security-acted = işlem yapıldı: tüm oturumlar kapatıldı
security-email = E-posta adresi
security-no_notices = Güvenlik bildirimi yok.
security-not_me = Bu ben değildim
security-not_me_hint = “Bu ben değildim”, bu cihaz da dahil olmak üzere tüm cihazlarda oturumu kapatır ve yeni bir parola ister (e-postanıza gönderilen bir kodla belirlenir).
security-notices = Güvenlik bildirimleri
security-phrase = Kimlik avı önleme ifadesi
security-phrase_why = Yalnızca sizin bildiğiniz bir ifade seçin. Portico bu ifadeyi size gönderdiği her e-postanın en üstünde ve cihazlarınızdaki giriş sayfasında gösterir. Bu ifadeyi içermeyen bir e-posta Portico'dan gelmemiştir: o e-postaya göre işlem yapmayın.
security-sessions = Açık oturumlarınız
security-title = Güvenlik
security-twofactor = İki adımlı giriş
security-time_zone = Saat diliminiz
security-time_zone_hint = Tarih ve saatler bu dilimde, farkıyla birlikte gösterilir. Tedarikçinizin dilimini ({ $name }) kullanmak için boş bırakın.

## settings
settings-cooling_hours = Yeni banka bilgileri yürürlüğe girmeden önceki bekleme süresi (saat, 24–336)
settings-idle_minutes = Bu kadar dakika kullanılmadığında oturumu kapat
settings-merch_invite = Müşteri temsilcileri alıcı davet edebilir
settings-report_hour = Haftalık raporlar ve günlük özetler için saat (0–23, yerel saat)
settings-report_weekday = Haftalık rapor günü
settings-require_2fa = İki adımlı girişin zorunlu olduğu roller
settings-saved = Kaydedildi.
settings-session_hours = Her durumda bu kadar saat sonra oturumu kapat
settings-share_days = Paylaşım bağlantısının en uzun süresi, gün olarak (1–90)
settings-timezone = Saat dilimi (IANA adı, ör. Asia/Shanghai)
settings-title = Portal ayarları
settings-language = Şirket dili
settings-language_hint = Varsayılan aşama şablonu bu dilde yazılır, davetler bu dilde başlar ve alıcılarından hiçbiri dil seçmemişse rapor bu dilde hazırlanır.

## setup
setup-admin_name = Adınız
setup-company = Şirket adı
setup-intro = Şirketinizin portalını ve yönetici hesabınızı oluşturun. Bu bağlantı yalnızca bir kez çalışır.
setup-password_confirm = Parolayı tekrarlayın
setup-slug = Kısa ad (a-z, 0-9, -)
setup-submit = Portalı oluştur
setup-title = Portico kurulumu

## share
share-back = Siparişe dön
share-copy_now = Bu adresi şimdi kopyalayın; yalnızca bir kez gösterilir:
share-create = Bağlantı oluştur
share-created = Paylaşım bağlantısı oluşturuldu
share-expired = süresi doldu
share-label = Kimin için (not)
share-last_day = Son gün
share-new = Salt okunur bağlantı oluşturun
share-password = Parola (isteğe bağlı, en az 12 karakter)
share-protected = Bu paylaşılan sipariş korumalıdır
share-revoke = İptal et
share-revoked = iptal edildi
share-shared_by = { $name } tarafından Portico üzerinden paylaşıldı (salt okunur)
share-title = Paylaşım bağlantıları
share-until = Siz iptal etmediğiniz sürece { $day } UTC tarihine kadar geçerlidir.
share-uses =
    { $n ->
        [one] { $n } görüntüleme
       *[other] { $n } görüntüleme
    }
share-with_password = parolalı

## signin
signin-forgot = Parolanızı mı unuttunuz?
signin-hint = Portico e-posta parolanızı asla sormaz.
signin-invalid = E-posta adresi veya parola hatalı.
signin-no_access = Hesabınızın şu anda hiçbir tedarikçiye erişimi yok.
signin-phrase = Kimlik avı önleme ifadeniz:
signin-phrase_hint = Bir kimlik avı önleme ifadesi seçtiyseniz, kendi cihazlarınızda e-posta adresinizi girdikten sonra burada görünür.
signin-reset_done = Parolanız değiştirildi ve tüm oturumlar kapatıldı. Yeni parolanızla giriş yapın.
signin-reset_required = Güvenliğiniz için yeni bir parola belirlemeniz gerekiyor. E-postanıza gönderilecek bir kodla parola belirlemek için aşağıdaki “Parolanızı mı unuttunuz?” seçeneğini kullanın.
signin-submit = Giriş yap
signin-throttled = Bu hesap için veya bu ağdan çok fazla başarısız giriş denemesi yapıldı. Birkaç dakika bekleyip yeniden deneyin.
signin-title = Giriş yap

## sort
sort-newest = Önce en yeni
sort-oldest = Önce en eski
sort-reference = Referansa göre

## staff
staff-assign = Ata
staff-none = Henüz kimse atanmadı.
staff-title = Atanan personel

## status
status-cancelled = İptal edildi
status-closed = Kapatıldı
status-confirmed = Onaylandı
status-draft = Taslak
status-in_production = Üretimde
status-inspection = Denetimde
status-ready_to_ship = Sevkiyata hazır
status-shipped = Sevk edildi

## switch
switch-current = Geçerli
switch-open = Aç
switch-title = Tedarikçileriniz

## templates
templates-days = gün
templates-new = Yeni şablon
templates-none = Şablon yok
templates-steps = Adımlar, her satıra bir tane: ad | siparişin başlangıcından sonraki gün sayısı
templates-steps_hint = Planlanan tarihler, siparişin oluşturulduğu günden itibaren hesaplanır.
templates-title = Kilometre taşı şablonları
templates-use = Şablondan kilometre taşları
templates-garments = Hazır giyim
templates-garments-fabric = Kumaş tedariki
templates-garments-cutting = Kesim
templates-garments-sewing = Dikim
templates-garments-finishing = Son işlemler
templates-garments-final_inspection = Final muayenesi
templates-garments-packing = Paketleme
templates-garments-shipping = Sevkiyat

## timeline
timeline-decision_approved = Alıcı onayladı.
timeline-decision_rejected = Alıcı reddetti.
timeline-decision_requested = Bir karar istendi.
timeline-decision_withdrawn = Soru geri çekildi.
timeline-empty = Zaman akışında henüz bir şey yok.
timeline-format_hint = Liste için satıra - ile başlayın; vurgu için **kalın** yazın.
timeline-milestone_added = Kilometre taşı eklendi: { $status }, %{ $percent }
timeline-milestone_updated = Kilometre taşı güncellendi: { $status }, %{ $percent }
timeline-new_comment = Yorumunuz
timeline-new_update = İlerleme güncellemesi
timeline-no_milestone = Kilometre taşı yok
timeline-older = Daha eski kayıtlar
timeline-post = Yayınla
timeline-send = Gönder
timeline-status_changed = Durum değişti: { $from } → { $to }
timeline-title = Zaman akışı
timeline-visibility = Kimler görebilir
timeline-compose = Güncelleme paylaş

## twofa
twofa-code = Doğrulayıcı uygulamanızdaki 6 haneli kod
twofa-code_or_recovery = Doğrulayıcı uygulamanızdaki kod veya bir kurtarma kodu
twofa-codes_intro = İki adımlı giriş açık. Bu kurtarma kodlarını güvenli bir yerde saklayın; telefonunuzu kaybederseniz her biri bir kez kullanılabilir. Yalnızca şimdi gösterilirler:
twofa-confirm_first = İki adımlı girişi ayarlamak için önce parolanızı doğrulayın. Ardından QR kod bu sayfada görünecektir.
twofa-manual = Veya şu anahtarı yazın:
twofa-on =
    { $n ->
        [one] İki adımlı giriş açık. { $n } kurtarma kodu kaldı.
       *[other] İki adımlı giriş açık. { $n } kurtarma kodu kaldı.
    }
twofa-qr_alt = Kimlik doğrulama uygulamanız için QR kodu
twofa-scan = Bu QR kodu bir doğrulayıcı uygulamayla (örneğin Google Authenticator, Microsoft Authenticator veya 1Password) tarayın, ardından uygulamanın gösterdiği kodu girin.
twofa-title = İki adımlı giriş
twofa-turn_off = İki adımlı girişi kapat
twofa-turn_on = Aç

## verify
verify-advice-genuine = Bu belgeye güvenebilirsiniz. Ödemeler için yine de Portico'da gösterilen banka bilgilerini kullanın.
verify-advice-issued = Bir kod herhangi bir PDF'ye kopyalanabilir. Elinizdeki belgenin bu belge olduğundan emin olmak için dosyasını yukarıda seçin: bunu yalnızca dosya kontrolü doğrular. Dosyanın SHA-256 değeri burada gösterilenle aynı olmalıdır.
verify-advice-superseded = Bu sürüme göre işlem yapmayın: siparişi Portico'da açın ve güncel sürümü kullanın.
verify-advice-unknown = Bu belgeye dayanarak ödeme yapmayın veya imza atmayın. Belge değiştirilmiş olabilir (tek bir baytın değişmesi bile belgeyi bilinmeyen hâle getirir). Önceden bildiğiniz bir numarayı çevirerek tedarikçinizi arayın; Portico'daki belgeleri ve banka bilgilerini kullanın.
verify-check = Kontrol et
verify-code = veya doğrulama kodu
verify-file = Aldığınız PDF
verify-hint = E-postayla fatura, sözleşme veya banka bilgisi mi aldınız? Burada kontrol edin: PDF'yi seçin veya doğrulama kodunu yazın. Dosya bellekte kontrol edilir ve saklanmaz.
verify-issued = Yayımlayan: { $supplier } ({ $who }), tarih:
verify-issued_by = Yayımlayan: { $supplier }, tarih:
verify-newer = Daha yeni bir sürüm yayımlandı, tarih:
verify-outcome-genuine = Orijinal: bu, kayıtlı belgedir
verify-outcome-issued = Bu kod, geçerli bir kayıtlı belgeye aittir
verify-outcome-superseded = Geçerliliğini yitirdi: daha yeni bir sürüm var
verify-outcome-unknown = Bilinmiyor: bu belge Portico üzerinden yayımlanmadı
verify-private = Kontrol sayısı saat başına sınırlıdır; oturum açmış kişiler daha fazla kontrol yapabilir.
verify-report_note = İlerleme raporu, tedarikçi çalışanlarının sipariş hakkında paylaştıklarını aktarır; hiçbir zaman bir ödeme talimatı değildir. Ödemeyi yalnızca Portico'da gösterilen kayıtlı banka bilgilerine yapın.
verify-signature = İmza
verify-title = Belge doğrula

## visibility
visibility-customer = Alıcı görebilir
visibility-internal = Dahili

## weekday
weekday-0 = Haftalık rapor yok
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar

## viewer
viewer-close = Kapat
viewer-next = Sonraki
viewer-previous = Önceki

## device
device-kind_api = API
device-kind_browser = tarayıcı
device-on = { $os } üzerinde { $browser }
device-program = bir program
device-unknown = bilinmeyen bir istemci

## err
err-a_change_of_these_bank = Bu banka bilgilerinde bekleyen bir değişiklik zaten var; önce o değişikliği onaylayın veya iptal edin.
err-a_customer_with_this_name = Bu adda bir müşteri zaten mevcut.
err-a_sheet_exists_only_for = Bilgi sayfası yalnızca kayıtlı olan veya daha önce kayıtlı olmuş banka bilgileri için oluşturulabilir.
err-a_template_with_this_name = Bu adda bir şablon zaten mevcut.
err-account_invalid = Hesap numarası 4 ila 34 harf ve rakamdan oluşur (boşluk ve tire kullanılabilir).
err-account_invalid-2 = Ödeme yaptığınız hesap numarasını veya IBAN'ı, bankanızın dekontunda yazdığı şekliyle girin.
err-account_required = Hesap numarasını veya IBAN'ı girin.
err-amount_invalid = Tutarı rakamla girin, örneğin 52000 veya 52000.50.
err-an_order_with_this_reference = Bu referansa sahip bir sipariş zaten mevcut.
err-answer_invalid = Onayla veya Reddet seçeneklerinden birini seçin.
err-bic_invalid = SWIFT/BIC kodu 8 veya 11 karakterden oluşur: banka için 4 harf, ülke için 2 harf, ardından 2 (isteğe bağlı olarak 3 tane daha) harf veya rakam.
err-body_incomplete = İstek gövdesi yarıda kesildi.
err-body_required = Önce bir şey yazın.
err-body_unreadable = İstek gövdesi okunamadı.
err-buyers_acknowledge_the_bank_details = Ödeme yapılan banka bilgilerini alıcılar teyit eder.
err-cannot_demote_self = Kendi rolünüzü değiştiremezsiniz; başka bir yöneticiden isteyin.
err-cannot_remove_self = Kendinizi kaldıramazsınız.
err-category_invalid = Güvenlik ve ödeme bildirimleri kapatılamaz; diğer kategoriler güncellemeler, dosyalar, kararlar, kilometre taşları ve raporlardır.
err-challenge_expired = Giriş işlemi çok uzun sürdü. Yeniden giriş yapın.
err-code_invalid = Doğrulama kodu 7KQ2M-XW9TD biçimindedir.
err-code_wrong = Kod hatalı veya süresi dolmuş.
err-code_wrong-2 = Kod hatalı. Telefonunuzdaki saati kontrol edip yeniden deneyin.
err-code_wrong-3 = Kod hatalı.
err-comment_required = Tedarikçinin gereğini yapabilmesi için reddetme nedeninizi yazın.
err-comment_too_long = Yorum en fazla 2000 karakter olmalıdır.
err-confirmation_wrong = Parola veya kod hatalı.
err-csrf = Formun süresi dolmuş veya form bu siteden gelmemiş. Sayfayı yeniden yükleyip tekrar deneyin.
err-currency_invalid = Para birimini üç harfli koduyla girin, örneğin USD, EUR veya CNY.
err-cursor_invalid = Sayfa imleci geçerli değil.
err-customer_invalid = Bilinmeyen müşteri kuruluşu.
err-customer_required = bir alıcı için --customer gereklidir
err-customer_required-2 = Bu siparişin müşterisini seçin.
err-customer_required-3 = Ödemeyi yapan müşteriyi seçin.
err-customer_required-4 = Alıcı bir müşteri kuruluşuna bağlıdır: bir müşteri kuruluşu seçin.
err-date_invalid = Ödeme tarihini YYYY-MM-DD (yıl-ay-gün) biçiminde girin.
err-date_invalid-2 = Ödeme tarihi son bir yıl içinde olmalı, ileri bir tarih olmamalıdır.
err-description_too_long = Açıklama en fazla 4000 karakter olmalıdır.
err-email_confirmation_required = Önce e-posta adresinizi, bu adrese gönderilen kodla doğrulayın (/account/email): güvenlik ve ödeme uyarıları bu adrese gönderilir.
err-email_invalid = Geçerli bir e-posta adresi girin.
err-enrolment_missing = Baştan başlamak için sayfayı yeniden yükleyin.
err-enrolment_required = Tedarikçiniz iki adımlı giriş kullanılmasını zorunlu tutuyor: önce /account/2fa adresinden ayarlayın.
err-expires_in_days = Gün sayısı bir tam sayı olmalıdır.
err-expiry_required = Bağlantının geçerli olacağı son günü seçin.
err-field-date = «{ $field }» alanı 2026-12-31 biçiminde bir tarih olmalıdır.
err-field-invalid_characters = «{ $field }» alanı kontrol karakterleri veya yazı yönünü değiştiren karakterler içeriyor.
err-field-range = «{ $field }» alanının değeri { $min } ile { $max } arasında olmalıdır.
err-field-required = «{ $field }» alanı zorunludur.
err-field-too_long = «{ $field }» alanı en fazla { $max } karakter olmalıdır.
err-field_not_utf8 = Bir form alanı geçerli bir UTF-8 metni değil.
err-field_too_long = Yüklemedeki bir form alanı çok uzun.
err-file_required = En az bir dosya seçin.
err-forbidden = Bu işlemi yapma izniniz yok.
err-form_invalid = Form okunamadı.
err-form_invalid-2 = Tek bir PDF veya tek bir kod gönderin.
err-form_invalid-3 = Her seferinde yalnızca bir PDF gönderin.
err-iban_invalid = Bu IBAN geçerli değil: kontrol basamakları veya uzunluğu uyuşmuyor. Karakter karakter kontrol edin.
err-internal = Bizim tarafımızda bir sorun oluştu. Lütfen yeniden deneyin; sorun devam ederse istek kimliğini bildirin.
err-invalid_credentials = E-posta adresi veya parola doğru değil.
err-invitation_invalid = Bu kod geçerli değil: süresi dolmuş, kullanılmış veya geri çekilmiş olabilir. Yeni bir davet isteyin.
err-invitation_other_account = Bu davet başka bir e-posta adresi içindir. Çıkış yapın ve o adresi kullanın.
err-invitation_sign_in = Zaten bir Portico hesabınız var: önce giriş yapın, ardından kodu yeniden girin.
err-invoices_contracts_and_other_official = Alıcılara gösterilen faturalar, sözleşmeler ve diğer resmî belgeler bir API belirteciyle değil, oturum açmış bir kişi tarafından yayımlanır. Dosyayı dahili olarak yükleyin veya giriş yapın.
err-kind_invalid = Bunun ne tür bir karar olduğunu seçin.
err-kind_invalid-2 = Listelenen dosya türlerinden birini seçin.
err-language_invalid = Sunulan dillerden birini seçin.
err-milestone_invalid = Kilometre taşı filtresi bir kilometre taşı kimliği değil.
err-milestone_invalid-2 = Bilinmeyen kilometre taşı.
err-mode_invalid = Anında, Günlük özet veya Kapalı seçeneklerinden birini seçin.
err-no_admin = Bu portalın etkin bir yöneticisi yok.
err-not_found = İstediğiniz sayfa veya nesne mevcut değil ya da buna erişiminiz yok.
err-one_file = Yeni bir sürüm tam olarak tek bir dosyadan oluşur.
err-only_a_change_that_has = Yalnızca henüz yürürlüğe girmemiş bir değişiklik iptal edilebilir.
err-only_a_draft_can_be = Yalnızca taslak yayımlanabilir; bu belge zaten yayımlandı veya yayımlanmak üzere önerildi.
err-only_a_proposed_change_can = Yalnızca önerilmiş bir değişiklik onaylanabilir.
err-only_a_proposed_document_can = Yalnızca önerilmiş bir belge onaylanabilir.
err-only_a_proposed_document_can-2 = Yalnızca önerilmiş bir belge geri çekilebilir.
err-only_the_details_of_record = Yalnızca kayıtlı banka bilgileri teyit edilebilir.
err-order_draft = Alıcıdan karar istemeden önce siparişi onaylayın.
err-order_draft-2 = Taslak bir sipariş paylaşılamaz.
err-order_invalid = Bilinmeyen sipariş.
err-order_invalid-2 = Seçilen siparişlerden biri bu müşteriye ait değil.
err-order_not_assigned = Alıcıları yalnızca size atanmış siparişlere davet edebilirsiniz.
err-orders_required = Bu kişinin takip edebileceği siparişleri seçin.
err-orders_required-2 = Bu alıcının takip edebileceği siparişleri seçin: alıcıları yalnızca size atanmış siparişlere davet edebilirsiniz.
err-owner_invalid = Sorumlu, personelinizden biri olmalıdır.
err-password_mismatch = Girdiğiniz iki parola aynı değil.
err-password_reset_required = Güvenliğiniz için yeni bir parola belirlemeniz gerekiyor. E-postanıza gönderilecek bir kodla parola belirlemek için “Parolanızı mı unuttunuz?” seçeneğini kullanın.
err-password_unchanged = Mevcut parolanızdan farklı bir parola seçin.
err-payments_are_recorded_by_buyers = Ödemeler alıcılar, müşteri temsilcileri ve yöneticiler tarafından kaydedilir.
err-percent_invalid = Yüzde, 0 ile 100 arasında bir tam sayı olmalıdır.
err-period_invalid = 2000 yılı ile bugün arasındaki tarihleri seçin.
err-period_invalid-2 = En fazla bir yıl süren, bugün veya daha önce sona eren ve başlangıcı bitişinden önce olan bir dönem seçin.
err-phrase_too_short = En az 4 karakterden oluşan bir ifade seçin.
err-precondition_failed = Dosya, son görüntülemenizden bu yana değişti.
err-quantity_invalid = Miktar bir tam sayı olmalıdır.
err-range_not_satisfiable = İstenen bayt aralığı bu dosya için geçerli değil.
err-reset_code_wrong = E-posta adresi veya kod hatalı ya da kodun süresi dolmuş. Yeni bir kod isteyin.
err-role_invalid = Bir rol seçin.
err-role_invalid-2 = Bilinmeyen rol.
err-scopes_required = Belirteç için en az bir kapsam seçin.
err-second_factor_required = Doğrulayıcı uygulamanızdaki kodu veya bir kurtarma kodu girin.
err-second_factor_required-2 = Bu hesap iki adımlı giriş kullanıyor: doğrulayıcı uygulamanızdaki bir kodu veya kurtarma kodlarınızdan birini girin. İkisi de elinizde yoksa tedarikçinizin yöneticisinden iki adımlı girişinizi sıfırlamasını isteyin.
err-session_ended = Çok fazla hatalı yanıt: bu oturum sona erdi. Yeniden giriş yapın.
err-share_password = Parola hatalı.
err-slug_invalid = Kısa ad 3 ila 40 karakter olmalı ve yalnızca a-z, 0-9 ve '-' içermelidir.
err-sort_invalid = En yeni, en eski veya referansa göre sıralayın.
err-staff_invalid = Bir kişi seçin.
err-staff_invalid-2 = Yalnızca müşteri temsilcileri ve kalite kontrol denetçileri atanabilir.
err-status_invalid = Bilinmeyen sipariş durumu.
err-status_invalid-2 = Bilinmeyen kilometre taşı durumu.
err-status_invalid-3 = Yeni bir sipariş taslak veya onaylanmış olarak başlar.
err-step_up_required = Güvenliğiniz için kimliğinizi doğrulayın: parolanızı veya doğrulayıcı uygulama kodunu girin (POST /api/v1/auth/step-up), ardından yeniden deneyin.
err-steps_required = Bir şablonda en az bir adım olmalıdır.
err-storage_full = Sunucunun depolama alanı doldu, bu nedenle hiçbir şey kaydedilmedi. Lütfen daha sonra yeniden deneyin; teknik ekip uyarıldı.
err-subject_invalid = Tek bir sipariş veya tek bir müşteri seçin.
err-template_invalid = Bilinmeyen kilometre taşı şablonu.
err-that_already_exists = Bu zaten mevcut.
err-the_change_was_decided_meanwhile = Bu arada değişiklik hakkında karar verildi.
err-the_demo_tenant_already_exists = Demo portalı zaten mevcut (kısa ad: demo-textiles).
err-the_document_changed_meanwhile = Bu arada belge değişti.
err-the_order_was_changed_meanwhile = Bu arada sipariş değiştirildi; sayfayı yeniden yükleyip tekrar deneyin.
err-the_report_is_still_being = Rapor hâlâ hazırlanıyor; birazdan yeniden deneyin.
err-the_report_was_built_meanwhile = rapor bu arada oluşturuldu
err-there_is_already_a_request = Bu kişi için zaten bir talep var.
err-this_api_token_s_scopes = Bu API belirtecinin kapsamları bu isteğe izin vermiyor.
err-this_decision_was_already_answered = Bu karar zaten yanıtlandı ve değiştirilemez.
err-this_invitation_is_no_longer = Bu davet artık geçerli değil.
err-this_invitation_was_already_used = Bu davet zaten kullanıldı.
err-this_kind_of_file_is = Bu dosya türü kayıtlı belge olamaz.
err-this_person_already_belongs_to = Bu kişi zaten bu tedarikçiye bağlı.
err-this_person_already_has_access = Bu kişinin portalınıza zaten erişimi var.
err-this_person_already_has_an = Bu kişinin zaten bekleyen bir daveti var: yeni davet yerine mevcut daveti yeniden gönderin.
err-this_person_also_works_with = Bu kişi Portico'da başka tedarikçilerle de çalışıyor; iki adımlı girişi yalnızca platform işletmecisi tarafından sıfırlanabilir.
err-this_person_is_already_assigned = Bu kişi siparişe zaten atanmış.
err-this_request_was_already_decided = Bu talep hakkında zaten karar verildi.
err-this_short_name_is_taken = Bu kısa ad kullanımda; başka bir ad seçin.
err-timezone_invalid = Bilinmeyen saat dilimi: Asia/Shanghai, Europe/Berlin veya UTC gibi bir ad kullanın.
err-too_large = İstek, izin verilen boyuttan büyük.
err-too_many = En fazla 20 tercih gönderin.
err-too_many_orders = En fazla 1000 sipariş seçin.
err-two_step_sign_in_is = İki adımlı giriş zaten açık.
err-two_step_sign_in_is-2 = İki adımlı giriş kapalı.
err-unauthenticated = Lütfen giriş yapın.
err-unavailable = Hizmet geçici olarak kullanılamıyor. Lütfen kısa bir süre sonra yeniden deneyin.
err-update_invalid = Dosyalar yalnızca bu siparişe ait bir ilerleme güncellemesine eklenebilir.
err-upload_incomplete = Yükleme tamamlanmadan kesildi. Hiçbir şey kaydedilmedi; lütfen yeniden deneyin.
err-upload_malformed = Yükleme okunamadı (hatalı multipart gövdesi). Hiçbir şey kaydedilmedi.
err-visibility_invalid = Görünürlük, dahili (internal) veya alıcıya açık (customer) olmalıdır.
err-visibility_invalid-2 = Güncellemeyi kimlerin görebileceğini seçin.
err-your_account_has_no_access = Hesabınızın şu anda hiçbir tedarikçiye erişimi yok.
err-password-too_short = Şifre en az { $min } karakter olmalıdır.
err-password-too_long = Şifre en fazla { $max } karakter olmalıdır.
err-template-line = Satır { $n }: '|' işaretinden sonraki günleri tam sayı olarak yazın.
err-template-too_many = Bir şablonda en fazla { $max } adım olur.
err-order-transition = Bir sipariş “{ $from }” durumundan “{ $to }” durumuna geçemez.
err-body-too_long = En fazla { $max } karakter.
err-file-empty = { $name } boş.
err-limit-sign_ins = Buradan çok fazla oturum açma denemesi yapıldı. { $wait } sonra tekrar deneyin.
err-limit-codes = Çok fazla hatalı kod girildi. { $wait } sonra tekrar deneyin.
err-limit-email_codes = Son bir saatte üç kod gönderildi. En yenisini kullanın ya da { $wait } sonra tekrar deneyin.
err-limit-reports = Son bir saatte 20 rapor istediniz; { $wait } sonra tekrar deneyin.
err-limit-invitation_codes = Buradan çok fazla kod denendi. { $wait } sonra tekrar deneyin.
err-limit-share_passwords = Çok fazla hatalı şifre girildi. { $wait } sonra tekrar deneyin.
err-limit-verify = Son bir saatte buradan çok fazla doğrulama yapıldı. { $wait } sonra tekrar deneyin ya da daha fazlası için Portico’da oturum açın.
err-share-last_day = Son gün bugün ile { $max } gün sonrası arasında olmalıdır.
err-carry_invalid = Form gönderilemedi; lütfen yeniden doldurun.
err-reason_required = Nedenini yazın: gerekçe zaman akışında görünür.
err-reason_too_long = Gerekçe en fazla 1000 karakterdir.
err-close_open_decision = Açık kararı olan bir sipariş kapatılamaz: önce kararı geri çekin ya da yanıtı bekleyin.
err-cannot_go_back = Sipariş { $from } durumundan geri alınamaz.
err-accent_invalid = #rrggbb biçiminde bir renk seçin.
err-accent_contrast = Bu renk çok açık: üzerinde beyaz yazı ve beyaz üzerinde bu renkte yazı zor okunur. Daha koyu bir renk seçin (WCAG AA en az 4,5:1 kontrast ister).
err-logo_type = Logo PNG, WebP veya JPEG bir resim olmalıdır.
err-logo_too_large = Logo resmi çok büyük; 40 megapikselden küçük bir resim kullanın.
err-logo_too_big = Logo en fazla 2 MB olabilir.
err-decision_on_closed = Kapanmış veya iptal edilmiş bir siparişe yeni karar eklenemez: önce yeniden açın.
err-invalid_limit = limit, 1 ile 200 arasında bir tam sayı olmalıdır.
err-webhook_event_unknown = Bilinmeyen olay türü; olay türleri listesi için API belgelerine bakın.
err-webhook_events_required = Göndermek için en az bir olay seçin.
err-webhook_limit = Bir şirketin en fazla 20 webhook alıcısı olabilir; önce birini silin.
err-webhook_disabled = Bu alıcı devre dışı; önce etkinleştirin.
err-webhook_address_private = Alıcı genel internette olmalıdır: özel, geri döngü ve bağlantı-yerel adresler reddedilir.
err-webhook_url_invalid = Alıcının tam adresini girin, örneğin https://erp.example.com/portico/events.
err-webhook_url_https = Alıcı adresi https:// ile başlamalıdır.
err-webhook_url_credentials = Kullanıcı adını ve parolayı adrese yazmayın: imza, göndereni kanıtlar.
err-webhook_host_unknown = Alıcının sunucu adı bulunamadı.
err-invalid_idempotency_key = Idempotency-Key başlığı 1 ile 255 arasında yazdırılabilir ASCII karakter olmalıdır.
err-idempotency_key_reused = Bu Idempotency-Key başka bir istekle kullanıldı; yeni istek için yeni bir anahtar kullanın.
err-idempotency_key_in_progress = Bu Idempotency-Key ile gönderilen istek hâlâ işleniyor; birazdan yeniden deneyin.
err-method_not_allowed = Bu adres bu yöntemi kabul etmiyor; kabul ettikleri: { $what }.
err-send_json = Gövdeyi JSON olarak, Content-Type: application/json başlığıyla gönderin.
err-send_form = Formu application/x-www-form-urlencoded olarak gönderin.
err-json_malformed = Gövde geçerli bir JSON değil (satır { $n }, sütun { $count }).
err-query_unreadable = Sorgu dizesi okunamadı.
err-json_fields = JSON gövdesinde beklenen alanlar yok: { $detail }
err-query_detail = Sorgu dizesi okunamadı: { $detail }
err-form_detail = Form okunamadı: { $detail }

sheet-title = Ödeme talimatı
sheet-scope_customer = Yalnızca şirketiniz için
sheet-scope_all = Tüm müşteriler için
sheet-valid_from = Geçerlilik başlangıcı
sheet-verify_hint = Bu belgeyi istediğiniz zaman doğrulayın: Portico’yu kendiniz açın ve aşağıdaki kodla Belge doğrula’yı kullanın.

csv-orders-reference = Referans / Sipariş no
csv-orders-title = Başlık
csv-orders-customer = Müşteri
csv-orders-product = Ürün
csv-orders-quantity = Miktar
csv-orders-status = Durum
csv-orders-ex_factory_date = Fabrika çıkışı
csv-orders-etd_date = ETD
csv-orders-next_milestone = Sonraki aşama
csv-orders-late_milestones = Geciken aşamalar
csv-orders-percent_done = Tamamlanan (%)
csv-orders-expected_finish = Tahmini bitiş
csv-orders-created_at = Oluşturulma (UTC)
csv-audit-seq = No.
csv-audit-id = Olay kimliği
csv-audit-created_at_utc = Zaman (UTC)
csv-audit-actor_user_id = Yapan (kullanıcı kimliği)
csv-audit-action = İşlem
csv-audit-object_type = Nesne türü
csv-audit-object_id = Nesne kimliği
csv-audit-detail = Ayrıntı
csv-audit-ip = IP adresi
csv-audit-prev_hash = Önceki özet
csv-audit-hash = Özet

## wait
# How long to wait, in messages that ask to try again later.
wait-second = { $n } saniye
wait-minute = { $n } dakika
wait-hour = { $n } saat

more-title = Daha fazla
more-settings = Ayarlar ve güvenlik
more-documents = Belgeler ve ödemeler
more-suppliers = Tedarikçiler

table-actions = İşlemler

start-title = İlk adımlar
start-email = E-posta adresinizi doğrulayın (ödeme uyarıları oraya gider)
start-two_step = İki adımlı oturum açmayı etkinleştirin
start-customer = Bir müşteri ekleyin
start-order = Bir sipariş oluşturun
start-invite_buyer = Alıcınızı davet edin
start-second_admin = İkinci bir yönetici davet edin (banka bilgileri için iki kişi gerekir)
start-bank_details = Kayıtlı banka bilgilerinizi ikinci yöneticiyle yayımlayın
start-done = tamamlandı
send_on-title = Onaylandı
send_on-body = Değişiklikleriniz yazdığınız gibi gönderiliyor…
send_on-continue = Devam
glance-percent = %{ $n } tamamlandı
glance-progress = Sipariş ilerlemesi
glance-next = Sıradaki: { $name }
glance-decision_yours = Yanıtınız bekleniyor: { $title }
glance-decision_waiting = Alıcı bekleniyor: { $title }
glance-sections = Bu sayfada
brand-title = Markanız
brand-why = Alıcılarınız adınızı ve logonuzu her sayfanın üstünde, daha önce kullandıkları bir cihazın giriş sayfasında ve raporlarda görür. Renk, bağlantılar ve düğmeler için kullanılır.
brand-current_logo = Şu anki logonuz
brand-logo = Logo (PNG, WebP veya JPEG, en fazla 2 MB)
brand-logo_hint = Açık veya şeffaf zeminde geniş bir logo en iyisidir; 32 piksel yüksekliğinde gösterilir.
brand-remove_logo = Logoyu kaldır
brand-accent = Vurgu rengi
brand-accent_hint = Üzerinde beyaz yazı okunacak kadar koyu olmalıdır (denetlenir: WCAG AA, 4,5:1).
brand-save = Markayı kaydet

## webhooks
webhooks-title = Webhook'lar
webhooks-intro = Portico, diğer sistemlerinize (ERP, sohbet) olanları anında bildirir: seçtiğiniz her olay için adresinize imzalı bir POST. Alıcı imzayı gizli anahtarla doğrular ve ayrıntıları API üzerinden okur.
webhooks-new = Alıcı ekle
webhooks-url = Alıcı adresi
webhooks-description = Açıklama
webhooks-events = Olaylar
webhooks-create = Ekle
webhooks-created = Alıcı eklendi
webhooks-once = İmza anahtarını şimdi kopyalayın: yalnızca bu kez gösterilir.
webhooks-signature_hint = Her istek Portico-Signature: t=…,v1=… taşır: bu anahtarla zaman, nokta ve gövdenin HMAC-SHA256 değeri. İmzası tutmayan veya zamanı eski olan isteği reddedin.
webhooks-open = Ayrıntılar ve gönderim kaydı
webhooks-state = Durum
webhooks-enabled = Etkin
webhooks-disabled = Devre dışı
webhooks-reason-admin = bir yönetici tarafından kapatıldı
webhooks-reason-failures = bir gün boyunca başarısız olduktan sonra kapatıldı; alıcıyı kontrol edip yeniden etkinleştirin
webhooks-failures = Art arda başarısızlık
webhooks-made_by = Ekleyen
webhooks-none = Henüz alıcı yok. Olayları ERP'nize göndermek için aşağıdan bir tane ekleyin.
webhooks-back = Tüm webhook'lar
webhooks-log = Gönderimler
webhooks-log_none = Henüz bir şey gönderilmedi. Alıcıyı denetlemek için bir test gönderin.
webhooks-event = Olay
webhooks-result = Sonuç
webhooks-attempts = Denemeler
webhooks-when = Ne zaman
webhooks-next_attempt = Sonraki deneme
webhooks-delivery-pending = bekliyor
webhooks-delivery-delivered = teslim edildi
webhooks-delivery-failed = başarısız
webhooks-test = Test gönder
webhooks-disable = Devre dışı bırak
webhooks-enable = Etkinleştir
webhooks-delete = Sil
webhooks-delete_confirm = Bu alıcı ve gönderim kaydı silinsin mi? Ona artık bir şey gönderilmez.
webhooks-older = Daha eski gönderimler
webhooks-event-order-created = Sipariş oluşturuldu
webhooks-event-order-status_changed = Sipariş durumu değişti
webhooks-event-milestone-updated = Kilometre taşı eklendi veya güncellendi
webhooks-event-decision-requested = Karar istendi
webhooks-event-decision-answered = Karar yanıtlandı
webhooks-event-decision-withdrawn = Karar geri çekildi
webhooks-event-file-uploaded = Dosya veya yeni sürüm yüklendi
webhooks-event-report-ready = Rapor hazır
webhooks-event-bank_details-proposed = Banka bilgileri önerildi
webhooks-event-bank_details-approved = Banka bilgileri onaylandı
webhooks-event-bank_details-activated = Banka bilgileri yürürlükte
webhooks-event-bank_details-cancelled = Banka bilgisi değişikliği iptal edildi
webhooks-event-payment-mismatch = Başka banka bilgilerine ödeme
