# Portico: русский (Russian). Ids are the keys code and templates use, with
# "." written as "-" and ":" as "_". Trade terms: see glossary.

## accept
accept-choose = Выберите имя и пароль для входа в Portico.
accept-code = Код приглашения
accept-continue = Продолжить
accept-signed_in_as = Вы вошли как { $email }; приглашение будет добавлено к этой учётной записи.
accept-title = Принять приглашение

## account
account-current_password = Текущий пароль
account-end = Завершить
account-end_others = Выйти на всех других устройствах
account-first_seen = с
account-last_seen = последняя активность
account-new_password = Новый пароль (от 12 до 128 символов)
account-password = Сменить пароль
account-password_done = Пароль изменён. Все остальные сеансы завершены.
account-sessions = Где выполнен вход
account-sessions_intro = Если вы не узнаёте устройство или адрес, завершите этот сеанс и смените пароль.
account-this_session = Это устройство

## action
action-continue = Продолжить
action-older = Ранее
action-remove = Удалить
action-save = Сохранить

## adminsec
adminsec-coverage = Двухэтапный вход по ролям
adminsec-failures =
    { $n ->
        [one] { $n } неудачная попытка входа
        [few] { $n } неудачные попытки входа
       *[many] { $n } неудачных попыток входа
        [other] { $n } неудачной попытки входа
    }
adminsec-locked = Учётные записи, заблокированные из-за неудачных попыток входа (последние 15 минут)
adminsec-mail = Исходящая почта
adminsec-mail_off =
    { $n ->
        [one] Почтовый сервер не настроен (PORTICO_SMTP_HOST): письма остаются в очереди и не отправляются. В очереди { $n } письмо.
        [few] Почтовый сервер не настроен (PORTICO_SMTP_HOST): письма остаются в очереди и не отправляются. В очереди { $n } письма.
       *[many] Почтовый сервер не настроен (PORTICO_SMTP_HOST): письма остаются в очереди и не отправляются. В очереди { $n } писем.
        [other] Почтовый сервер не настроен (PORTICO_SMTP_HOST): письма остаются в очереди и не отправляются. В очереди { $n } письма.
    }
adminsec-mail_on =
    { $n ->
        [one] Почта отправляется через { $host }; в очереди { $n } письмо.
        [few] Почта отправляется через { $host }; в очереди { $n } письма.
       *[many] Почта отправляется через { $host }; в очереди { $n } писем.
        [other] Почта отправляется через { $host }; в очереди { $n } письма.
    }
adminsec-none = Нет.
adminsec-people = Пользователи
adminsec-required = обязателен по политике
adminsec-suspicious = Необычные входы (последние 30 дней)
adminsec-title = Обзор безопасности

## api_tokens
api_tokens-create = Создать токен
api_tokens-created = Новый токен
api_tokens-days = Срок действия (дней)
api_tokens-expired = истёк
api_tokens-expires = Истекает
api_tokens-intro = Токены позволяют вашей ERP или другим системам читать заказы, публиковать ход выполнения и загружать файлы без пароля сотрудника. Токен действует от вашего имени, только в пределах отмеченных вами разрешений, пока не истечёт его срок или вы его не отзовёте. Он перестаёт работать, если вы перестаёте быть администратором.
api_tokens-last_used = Использован
api_tokens-made_by = Создал
api_tokens-name = Название
api_tokens-never = никогда
api_tokens-new = Создать токен
api_tokens-none = Токенов пока нет.
api_tokens-once = Скопируйте токен сейчас: он показывается только один раз. Portico хранит только его отпечаток.
api_tokens-revoke = Отозвать
api_tokens-revoked = отозван
api_tokens-scope-files_write = загрузка фото и документов
api_tokens-scope-orders_read = чтение заказов, этапов, хронологии, файлов и отчётов
api_tokens-scope-orders_write = создание заказов и перевод их между стадиями
api_tokens-scope-updates_write = публикация обновлений хода работ, добавление и изменение этапов
api_tokens-scopes = Разрешения
api_tokens-title = API-токены
api_tokens-usage = Передавайте его с каждым запросом:
api_tokens-scope-reports_write = запрашивать отчёты о ходе работ по требованию

## audit
audit-action = Действие
audit-detail = Подробности
audit-ip = Адрес
audit-object = Объект
audit-title = Журнал аудита
audit-when = Когда (UTC)

## confirm
confirm-or_code = или код из приложения-аутентификатора
confirm-submit = Подтвердить
confirm-title = Подтвердите, что это вы
confirm-why = Это изменение влияет на то, кто видит ваши данные. Чтобы продолжить, введите пароль или код из приложения-аутентификатора. В ближайшие несколько минут повторно запрашивать не будем.
confirm-kept = Введённое сохранено: после подтверждения оно будет отправлено как есть.

## copy
copy-button = Копировать
copy-done = Скопировано
copy-failed = Не удалось скопировать: значение выделено, скопируйте его клавиатурой или через меню.
copy-account = Копировать номер счёта
copy-bic = Копировать SWIFT/BIC
copy-beneficiary = Копировать имя получателя
copy-sha256 = Копировать SHA-256
copy-public_key = Копировать открытый ключ
copy-code = Копировать код проверки
copy-token = Копировать токен
copy-secret = Копировать ключ
copy-invitation_code = Копировать код приглашения

## customers
customers-add = Добавить клиента
customers-name = Название организации клиента
customers-none = Организаций клиентов пока нет.
customers-title = Организации клиентов

## dashboard
dashboard-all_orders = Все заказы
dashboard-awaiting_buyers = Ждут решения покупателя
dashboard-awaiting_you = Ждут вашего решения
dashboard-by_status = Заказы по статусам
dashboard-due_soon = Отгрузка с фабрики в ближайшие две недели
dashboard-late_milestones = Просроченные этапы
dashboard-late_orders = Просроченные
dashboard-title = Обзор
dashboard-urgent = Срочно: платежи и банковские реквизиты
dashboard-your_orders = Ваши заказы

## decisions
decisions-answered_by = Ответил(а): { $name }
decisions-approve = Одобрить
decisions-ask = Запросить решение покупателя
decisions-asked_by = Запросил(а): { $name }
decisions-comment = Комментарий (обязателен при отклонении)
decisions-description = Подробности
decisions-due = Ответить до
decisions-kind = Тип решения
decisions-none = По этому заказу решений нет.
decisions-reject = Отклонить
decisions-send = Отправить покупателю
decisions-title = Решения
decisions-waiting = Ожидается ответ покупателя.
decisions-withdraw = Отозвать

## dkind
dkind-delay_acceptance = Согласовать задержку
dkind-option = Выбрать вариант
dkind-other = Другое
dkind-sample_approval = Предпроизводственный образец
dkind-shipment_approval = Разрешение на отгрузку

## dstatus
dstatus-approved = Одобрено
dstatus-open = Открыто
dstatus-rejected = Отклонено
dstatus-withdrawn = Отозвано

## email
email-change = Сменить адрес электронной почты
email-change_hint = Код придёт на новый адрес; на текущий адрес придёт уведомление, когда смена будет завершена.
email-code = Код из письма
email-new = Новый адрес
email-send_code = Отправить код
email-sent = Код отправлен (действителен 30 минут). Введите его ниже.
email-title = Адрес электронной почты
email-unverified = не подтверждён
email-verified = подтверждён
email-why = Подтвердите адрес кодом, чтобы Portico мог присылать вам уведомления о безопасности.

## error
error-forbidden = Доступ запрещён
error-home = На главную страницу
error-not_found = Не найдено
error-request = Не удалось обработать запрос
error-request_id = Идентификатор запроса:
error-server = Что-то пошло не так

## field
field-access_until = Доступ до
field-actual_date = Фактическая дата
field-bank = Банк
field-bank_address = Адрес банка
field-beneficiary = Бенефициар
field-beneficiary_address = Адрес бенефициара
field-comment = Комментарий
field-company_name = Название компании
field-customer = Клиент
field-days = Количество дней
field-description = Описание
field-due_date = Срок ответа
field-email = Эл. почта
field-etd_date = ETD
field-ex_factory_date = Отгрузка с фабрики
field-expires_in_days = Срок действия (дней)
field-expires_on = Последний день
field-idle_minutes = Минуты бездействия
field-label = Для кого (примечание)
field-name = Имя
field-note = Примечание для поставщика
field-notes = Примечания
field-password = Пароль
field-percent = Процент
field-phrase = Антифишинговая фраза
field-planned_date = Плановая дата
field-product = Изделие
field-quantity = Количество
field-reason = Причина
field-reference = Номер / PO
field-report_hour = Час отчётов
field-report_weekday = День отчётов
field-role = Роль
field-search = Поиск
field-session_hours = Часы сеанса
field-share_link_days = Дни гостевой ссылки
field-status = Статус
field-step_name = Название этапа
field-text = Текст
field-title = Название
field-your_name = Ваше имя
field-url = Адрес
field-events = События

## files
files-add_photos = Добавить фото
files-added = Добавлено
files-all = Все
files-check_bad = Отличается от этой версии. Не полагайтесь на свою копию; используйте файл из Portico. Его SHA-256:
files-check_copy = Проверить полученную копию
files-check_copy_hint = Выберите имеющийся у вас файл (например, из письма). Браузер вычислит его SHA-256 на вашем устройстве; ничего не загружается.
files-check_ok = Совпадает с этой версией:
files-choose = Выбрать файлы
files-clean_refused = Покупатели не могут открыть этот файл: не удалось удалить из него данные камеры (например, GPS-координаты). Загрузите его заново как обычное фото или видео.
files-cleaned = Фото и видео показываются без данных камеры (GPS-координаты, серийные номера, владелец); само изображение не изменяется.
files-current = текущая
files-dimensions = Размер в пикселях
files-documents = Документы
files-download = Скачать
files-drop_hint = или перетащите файлы сюда
files-for_update = Эти файлы будут прикреплены к обновлению хода работ и получат те же настройки видимости.
files-history = Версии
files-kind = Тип
files-kind_auto = Фото / видео / другое (по содержимому)
files-limits = Фото (JPEG, PNG, WebP, HEIC), видео (MP4, MOV), PDF, Office, CSV и ZIP; до { $mb } МиБ на файл.
files-media = Фото и видео
files-name = Название
files-new_version = Загрузить новую версию
files-no_documents = Документов пока нет.
files-no_media = Фото и видео пока нет.
files-no_preview = Нет предпросмотра; откройте, чтобы скачать
files-of_record = подписанный официальный документ: любой может проверить копию в разделе «Проверить документ»
files-older = Ранее
files-open = Открыть
files-original = Оригинал с данными камеры (только для сотрудников, доступ фиксируется)
files-preparing = Готовится предпросмотр…
files-section = Фото и документы
files-see_all = Все фото и документы
files-send = Загрузить
files-size = Размер
files-superseded = Заменён более новой версией
files-take_photo = Сделать фото
files-taken = Снято
files-title = Фото и документы
files-type = Тип
files-upload = Добавить фото, видео или документы
files-uploaded =
    { $n ->
        [one] Загружен { $n } файл.
        [few] Загружено { $n } файла.
       *[many] Загружено { $n } файлов.
        [other] Загружено { $n } файла.
    }
files-version = Версия

## fkind
fkind-bill_of_lading = Коносамент
fkind-certificate = Сертификат
fkind-contract = Контракт
fkind-inspection_report = Отчёт об инспекции
fkind-invoice = Коммерческий инвойс
fkind-material_receipt = Акт приёмки материалов
fkind-other = Другой документ
fkind-packing_list = Упаковочный лист
fkind-payment_instructions = Платёжные инструкции
fkind-photo = Фото
fkind-proforma_invoice = Проформа-инвойс
fkind-progress_report = Отчёт о ходе работ
fkind-video = Видео

## footer
footer-note = Portico никогда не запрашивает пароль от вашей почты. Наши письма никогда не содержат ссылок для входа: открывайте портал самостоятельно.

## forgot
forgot-have_code = У меня есть код
forgot-send = Отправить мне код
forgot-sent = Если для этого адреса есть учётная запись, на него отправлен код (действителен 30 минут). Откройте страницу сброса пароля и введите его.
forgot-title = Забыли пароль?
forgot-why = Введите адрес электронной почты. Если с ним связана учётная запись Portico, мы отправим на него код для установки нового пароля. Portico никогда не присылает ссылок, выполняющих вход.

## fraud
fraud-changes = Ожидающие изменения банковских реквизитов
fraud-failed = Неудачные проверки
fraud-mismatches = Платежи на другие счета
fraud-none = Нет.
fraud-title = Признаки мошенничества

## invite
invite-code_is = Если письмо не придёт, сообщите этот код по телефону или в мессенджере:
invite-expires = истекает
invite-how = Приглашённому нужно открыть { $url } и ввести код до { $day } UTC.
invite-intro = Приглашённый получит письмо с одноразовым кодом и сам откроет Portico, чтобы ввести его. Код действует 7 дней.
invite-open = Действующие приглашения
invite-resend = Новый код
invite-revoke = Отозвать
invite-send = Отправить приглашение
invite-sent = Приглашение отправлено
invite-sent_to = Письмо с кодом отправлено на адрес { $email }.
invite-title = Пригласить пользователя
invite-language = Язык приглашения и учётной записи

## jobs
jobs-attempts = Попытки
jobs-error = Последняя ошибка
jobs-hint = Фоновые задачи создают предпросмотры и отчёты. Неудавшаяся задача повторяется с растущими интервалами; после пяти попыток она останавливается и ожидает здесь.
jobs-kind = Задача
jobs-kind-file-derive = Предпросмотр фото
jobs-kind-report-build = Отчёт о ходе работ
jobs-none = Неудавшихся задач нет.
jobs-retry = Повторить
jobs-state = Состояние
jobs-status-done = Выполнена
jobs-status-failed = Ошибка
jobs-status-queued = В очереди
jobs-status-running = Выполняется
jobs-title = Фоновые задачи
jobs-updated = Обновлено

## lifecycle
lifecycle-move_to = Перевести в статус:
lifecycle-confirm_cancelled = Отменить этот заказ? Покупатель узнает сразу; вновь открыть его может только администратор.
lifecycle-confirm_shipped = Отметить заказ как отгруженный? Покупатель узнает, что товар покинул фабрику.
lifecycle-yes_cancelled = Да, отменить заказ
lifecycle-yes_shipped = Да, отметить как отгруженный
lifecycle-reopen = Открыть снова
lifecycle-step_back = Вернуть на шаг назад
lifecycle-back_to = Заказ вернётся в статус: { $status }. Покупатель увидит изменение и вашу причину в ленте.
lifecycle-reason = Причина (обязательно)
lifecycle-step_back_go = Вернуть заказ

## mail
mail-digest-intro = Что произошло у { $tenant } в Portico после предыдущей сводки:
mail-digest-subject =
    { $count ->
        [one] { $tenant } в Portico: { $count } новое событие за сегодня
        [few] { $tenant } в Portico: { $count } новых события за сегодня
       *[many] { $tenant } в Portico: { $count } новых событий за сегодня
        [other] { $tenant } в Portico: { $count } нового события за сегодня
    }
mail-email_changed-body = Адрес электронной почты вашей учётной записи Portico изменён с { $old } на другой адрес (с IP-адреса { $ip }). Если это были не вы, немедленно свяжитесь с администратором вашего поставщика.
mail-email_changed-subject = Адрес электронной почты вашей учётной записи Portico изменён
mail-email_confirm-body =
    Ваш код подтверждения: { $code } (действителен { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
       *[many] { $minutes } минут
        [other] { $minutes } минуты
    }). Введите его в Portico в разделе Учётная запись → Адрес электронной почты ({ $url }).
mail-email_confirm-subject = Подтвердите адрес электронной почты для Portico
mail-email_taken-body = Другая учётная запись Portico (с IP-адреса { $ip }) попыталась сменить свой адрес электронной почты на ваш. Ничего не изменено, ваша учётная запись не затронута. Если это вас беспокоит, сообщите администратору вашего поставщика.
mail-email_taken-subject = Кто-то попытался использовать ваш адрес электронной почты в Portico
mail-notice-intro = Новости от { $tenant } в Portico:
mail-notice-subject = { $tenant } в Portico: { $what }
mail-open_portal = Чтобы узнать подробности, откройте Portico самостоятельно: введите { $url } в браузере или воспользуйтесь закладкой. Письма Portico никогда не содержат ссылок для входа, а наши банковские реквизиты никогда не меняются по электронной почте.
mail-phrase = Ваша антифишинговая фраза Portico: «{ $phrase }». Письма от Portico всегда её показывают; письмо без неё отправлено не Portico.
mail-phrase_tip = Совет: задайте антифишинговую фразу в Portico (Учётная запись → Безопасность); после этого она будет в каждом письме от Portico.
mail-quoted = Текст в «кавычках» написан сотрудниками { $tenant }, а не Portico: Portico никогда не просит вас по электронной почте произвести оплату, изменить банковские реквизиты или войти в систему.
mail-reset-advice = Откройте { $url } самостоятельно, набрав адрес в браузере, и введите код. Если вы не запрашивали сброс, не обращайте внимания на это письмо: ваш пароль останется прежним.
mail-reset-asked = Кто-то (надеемся, что вы) запросил сброс вашего пароля Portico с IP-адреса { $ip }.
mail-reset-code =
    Ваш код: { $code } (действителен { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
       *[many] { $minutes } минут
        [other] { $minutes } минуты
    }, использовать можно только один раз).
mail-reset-subject = Ваш код для сброса пароля Portico
mail-security-advice = Если это были вы, ничего делать не нужно. Если нет, откройте Portico самостоятельно (введите адрес, которым вы всегда пользуетесь; не переходите по ссылкам из писем), войдите и выберите «Это не я» в разделе Учётная запись → Уведомления о безопасности: это завершит сеансы на всех устройствах и потребует установить новый пароль.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Уведомление о безопасности Portico: { $what }
mail-written = Это сообщение написано { $date }.
mail-invite-subject = Приглашение от { $tenant } в Portico
mail-invite-intro = { $inviter } приглашает вас следить за вашими заказами у { $tenant } в Portico.
mail-invite-code = Откройте Portico сами по адресу { $url } и введите этот код: { $code }
mail-invite-expires = Код действует один раз, до { $day }.
mail-invite-advice = Portico никогда не присылает ссылок для входа и никогда не просит пароль от вашей почты. Если вы не ждали этого письма, не обращайте на него внимания.

## mailhealth
mailhealth-no_relay = Письма не отправляются: почтовый сервер не настроен (PORTICO_SMTP_HOST). Оповещения о платежах и банковских реквизитах видны только в Portico.
mailhealth-stuck =
    { $n ->
        [one] За последние 24 часа { $n } письмо вашим сотрудникам не было доставлено или ожидало отправки более 15 минут.
        [few] За последние 24 часа { $n } письма вашим сотрудникам не были доставлены или ожидали отправки более 15 минут.
       *[many] За последние 24 часа { $n } писем вашим сотрудникам не были доставлены или ожидали отправки более 15 минут.
        [other] За последние 24 часа { $n } письма вашим сотрудникам не были доставлены или ожидали отправки более 15 минут.
    }
mailhealth-title = Оповещения могут не доходить до ваших администраторов
mailhealth-unconfirmed = Эти администраторы не подтвердили адрес электронной почты и не получают оповещений:

## milestones
milestones-actual = Факт
milestones-add = Добавить этап
milestones-late = Просрочен
milestones-name = Этап
milestones-none = Этапов пока нет.
milestones-owner = Ответственный
milestones-planned = План
milestones-title = Этапы
milestones-update = Обновить

## mstatus
mstatus-done = Выполнен
mstatus-in_progress = В работе
mstatus-pending = Ожидает

## nav
nav-api_tokens = API-токены
nav-audit = Журнал аудита
nav-customers = Клиенты
nav-fraud = Признаки мошенничества
nav-home = Обзор
nav-invite = Пригласить
nav-jobs = Фоновые задачи
nav-language = Язык
nav-language_go = Сменить
nav-notifications = Уведомления
nav-orders = Заказы
nav-payments = Банковские реквизиты
nav-people = Пользователи
nav-reports = Отчёты
nav-requests = Запросить доступ
nav-security = Безопасность
nav-security_admin = Обзор безопасности
nav-settings = Настройки
nav-signout = Выйти
nav-switch = Сменить поставщика
nav-templates = Шаблоны
nav-tenant = Текущий поставщик
nav-verify = Проверить документ
nav-more = Ещё
nav-main = Главное меню
nav-skip = Перейти к содержимому
nav-account = Ваша учётная запись
nav-sessions = Устройства со входом
nav-notification_prefs = Настройки уведомлений
nav-webhooks = Вебхуки

## ncat
ncat-decisions = Запросы решений и ответы на них
ncat-files = Новые фото, видео и документы
ncat-milestones = Просроченные этапы
ncat-payments = Банковские реквизиты и официальные документы
ncat-reports = Отчёты о ходе работ
ncat-security = Уведомления о безопасности
ncat-updates = Обновления хода работ, изменения статусов и этапов, комментарии

## nmode
nmode-daily = Ежедневная сводка
nmode-now = Сразу
nmode-off = Выключено

## notice
notice-admin_added = Новый администратор
notice-admin_demoted = Права администратора отозваны
notice-detail-admin_demoted = { $name } <{ $email }>, инициатор: { $by }
notice-detail-email_changed = с { $old } на { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } неудачная попытка входа за последний час, последняя — с адреса { $ip }
        [few] { $n } неудачные попытки входа за последний час, последняя — с адреса { $ip }
       *[many] { $n } неудачных попыток входа за последний час, последняя — с адреса { $ip }
        [other] { $n } неудачной попытки входа за последний час, последняя — с адреса { $ip }
    }
notice-detail-from = с адреса { $ip }
notice-detail-new_sign_in = { $device } с адреса { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = инициатор: { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } неверный код двухэтапного входа после правильного пароля, последний — с адреса { $ip }
        [few] { $n } неверных кода двухэтапного входа после правильного пароля, последний — с адреса { $ip }
       *[many] { $n } неверных кодов двухэтапного входа после правильного пароля, последний — с адреса { $ip }
        [other] { $n } неверного кода двухэтапного входа после правильного пароля, последний — с адреса { $ip }
    }
notice-email_changed = Адрес эл. почты изменён
notice-failed_sign_ins = Неудачные попытки входа
notice-new_sign_in = Новый вход
notice-password_changed = Пароль изменён
notice-password_reset = Пароль сброшен
notice-second_factor_failed = Неверные коды двухэтапного входа
notice-two_factor_off = Двухэтапный вход выключен
notice-two_factor_on = Двухэтапный вход включён
notice-two_factor_reset = Двухэтапный вход сброшен администратором

## notif
notif-comment = Новый комментарий покупателя к заказу { $ref } ({ $title })
notif-decision_answered = Получен ответ на запрос решения по заказу { $ref }: { $what }
notif-decision_requested = Требуется ваше решение по заказу { $ref }: { $what }
notif-documents =
    { $count ->
        [one] { $count } новый документ по заказу { $ref } ({ $title })
        [few] { $count } новых документа по заказу { $ref } ({ $title })
       *[many] { $count } новых документов по заказу { $ref } ({ $title })
        [other] { $count } нового документа по заказу { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } пригласил(а) { $email } как покупателя с доступом к { $orders } заказу
        [few] { $by } пригласил(а) { $email } как покупателя с доступом к { $orders } заказам
       *[many] { $by } пригласил(а) { $email } как покупателя с доступом к { $orders } заказам
        [other] { $by } пригласил(а) { $email } как покупателя с доступом к { $orders } заказа
    }
notif-milestone = Изменён этап по заказу { $ref }: { $what }
notif-milestone_late = Просрочен этап по заказу { $ref }: { $what } (по плану { $date })
notif-payment = Банковские реквизиты: { $event }
notif-photos =
    { $count ->
        [one] { $count } новое фото или видео по заказу { $ref } ({ $title })
        [few] { $count } новых фото или видео по заказу { $ref } ({ $title })
       *[many] { $count } новых фото или видео по заказу { $ref } ({ $title })
        [other] { $count } нового фото или видео по заказу { $ref } ({ $title })
    }
notif-record = Официальный документ по заказу { $ref }: { $name }, { $event } (пользователь: { $by })
notif-report_ready = Отчёт о ходе работ по { $ref } готов ({ $period })
notif-security = Уведомление о безопасности вашей учётной записи: { $event }
notif-status = Заказ { $ref } ({ $title }) теперь в статусе: { $what }
notif-update = Новое обновление по заказу { $ref } ({ $title })
notif-webhook_disabled = Вебхук на { $host } отключён после { $count } неудачных отправок подряд. Проверьте получателя и включите его снова.

## notifications
notifications-always = Уведомления о безопасности и об изменении платёжных реквизитов всегда приходят сразу; отключить их нельзя.
notifications-mark_read = Отметить как прочитанное
notifications-none = Уведомлений нет.
notifications-preferences = Настройки уведомлений
notifications-prefs_hint = Для каждого типа новостей выберите: сразу (в Portico и по электронной почте), в ежедневной сводке по электронной почте или не получать вовсе. Эти настройки действуют для всех поставщиков, за которыми вы следите.
notifications-read_all = Отметить все как прочитанные
notifications-title = Уведомления
notifications-unread =
    { $count ->
        [one] { $count } непрочитанное
        [few] { $count } непрочитанных
       *[many] { $count } непрочитанных
        [other] { $count } непрочитанного
    }
notifications-choose = Выбрать, о чём сообщать

## orders
orders-all_customers = Все клиенты
orders-all_statuses = Все статусы
orders-edit = Изменить заказ
orders-ex_factory_from = Отгрузка с фабрики с
orders-ex_factory_to = по
orders-export = Экспорт в CSV
orders-filter = Фильтр
orders-more = Ещё заказы
orders-new = Новый заказ
orders-no_customers = Сначала добавьте организацию клиента:
orders-none = Нет заказов для отображения.
orders-only_late = Только просроченные
orders-reports = Отчёты
orders-search = Поиск по номеру, названию или изделию
orders-sort = Сортировка
orders-title = Заказы
orders-none_filtered = Нет заказов, подходящих под эти фильтры.
orders-clear_filters = Показать все заказы
orders-none_staff = Заказов пока нет. Создайте первый: покупатель увидит его сразу после подтверждения.
orders-none_buyer = Заказов пока нет: поставщик ещё не открыл вам ни одного. Они появятся здесь сразу после этого, и вы получите уведомление.

## payment
payment-differs-account = другой счёт
payment-differs-bank = другой банк (SWIFT/BIC)
payment-differs-both = другой счёт и другой банк
payment-differs-no_record = официальные банковские реквизиты ещё не зарегистрированы
payment-event-active = новые банковские реквизиты стали официальными; пожалуйста, подтвердите их в Portico
payment-event-cancelled = объявленное изменение банковских реквизитов отменено; текущие реквизиты остаются действительными
payment-event-cooling = новые банковские реквизиты одобрены и вступают в силу { $date }; до этого действуют текущие. Проверьте их в Portico
payment-event-mismatch = СРОЧНО: ваш платёж на сумму { $amount } от { $date } ушёл на счёт { $account }, который НЕ является нашим официальным счётом ({ $differs }). Немедленно позвоните в свой банк, чтобы отозвать платёж, а затем позвоните нам по номеру, который вам уже известен
payment-event-mismatch_staff = СРОЧНО: платёж покупателя на сумму { $amount } от { $date } ушёл на счёт { $account }, который НЕ является вашим официальным счётом ({ $differs }). Немедленно позвоните покупателю по номеру, который вам уже известен, и помогите ему отозвать платёж через его банк
payment-event-proposed = { $who } предложил(а) изменение реквизитов; его должен одобрить второй администратор

## payments
payments-account = Номер счёта или IBAN
payments-acknowledge = Я проверил(а) эти реквизиты
payments-acknowledged = Подтверждено
payments-amount = Сумма
payments-applies_to = Применяется к
payments-approve = Одобрить (второй администратор)
payments-bank = Банк
payments-bank_address = Адрес банка
payments-beneficiary = Бенефициар
payments-beneficiary_address = Адрес бенефициара
payments-cancel = Отменить изменение
payments-cancelled_why = Причина отмены:
payments-currency = Валюта
payments-for_all = Все клиенты
payments-for_customer = Этот клиент
payments-history = Реквизиты и история изменений
payments-lone_admin = Вы единственный администратор: одобрить изменение банковских реквизитов некому. Сначала добавьте второго администратора в разделе «Пользователи».
payments-mismatch = НЕ наш официальный счёт
payments-none = Банковские реквизиты пока не зарегистрированы.
payments-notes = Примечания
payments-paid_on = Дата платежа
payments-paid_to = Оплачено на счёт / IBAN
payments-pending = Ожидается изменение банковских реквизитов
payments-pending_hint = Новые реквизиты одобрены двумя администраторами и вступят в силу { $date } UTC. До этого продолжайте платить по текущим реквизитам. Если вы этого не ожидали, позвоните поставщику по номеру, который вам уже известен.
payments-propose = Предложить новые банковские реквизиты
payments-propose_hint = Изменение требует одобрения второго администратора, после чего действует период ожидания; все затронутые покупатели сразу получают уведомление.
payments-proposed_hint = Предложено изменение банковских реквизитов, оно ожидает одобрения второго администратора. Новые реквизиты недействительны: продолжайте платить по текущим. Если вы этого не ожидали, позвоните поставщику по номеру, который вам уже известен.
payments-public_key = Официальные документы подписываются ключом этой компании:
payments-reason = Причина
payments-record = Зарегистрировать платёж
payments-record_hint = Укажите счёт, на который вы заплатили, точно так, как в подтверждении вашего банка: если это не наш счёт, обе стороны сразу получат оповещение.
payments-reference = Назначение платежа
payments-state = Статус
payments-status-active = Официальные
payments-status-cancelled = Отменены
payments-status-cooling = Одобрены, период ожидания
payments-status-proposed = Предложены, ждут второго администратора
payments-status-superseded = Заменены
payments-title = Официальные банковские реквизиты
payments-version = Версия
payments-waiting_second = Ожидается второй администратор
payments-warning = Наши банковские реквизиты никогда не меняются по электронной почте; проверяйте их в Portico.

## people
people-access_report = Что им доступно?
people-access_until = Доступ до (необязательно)
people-add = Добавить пользователя
people-added = Пользователь добавлен
people-all_orders = Все заказы клиента
people-all_roles = Все роли
people-back = Назад к пользователям
people-buyer_access = Для покупателей: клиент и доступ
people-chosen_orders = Только выбранные заказы
people-disabled = отключён
people-edit = Изменить доступ
people-existing_account = С этим адресом электронной почты уже была связана учётная запись Portico; теперь она также имеет доступ к этому поставщику с тем же паролем.
people-filter = Фильтр
people-last_sign_in = Последний вход
people-lead = Ответственный от организации (может запрашивать доступ для коллег)
people-remove = Закрыть доступ
people-reset_2fa = Сбросить двухэтапный вход
people-reset_2fa_hint = Для тех, кто потерял телефон и резервные коды. Пользователь получит уведомление, а действие будет записано в журнал аудита.
people-temp_password = Создана новая учётная запись. Передайте этот одноразовый пароль пользователю не по электронной почте, а другим способом (например, по телефону); он показывается только один раз:
people-title = Пользователи
people-two_factor = Двухэтапный вход
people-two_factor_off = выкл.
people-two_factor_on = вкл.

## progress
progress-expected = Ожидаемое завершение
progress-late_count =
    { $n ->
        [one] { $n } просроченный этап
        [few] { $n } просроченных этапа
       *[many] { $n } просроченных этапов
        [other] { $n } просроченного этапа
    }
progress-next = Далее
progress-slip =
    { $n ->
        [one] на { $n } день позже отгрузки с фабрики
        [few] на { $n } дня позже отгрузки с фабрики
       *[many] на { $n } дней позже отгрузки с фабрики
        [other] на { $n } дня позже отгрузки с фабрики
    }

## record
record-approve = Одобрить и выпустить
record-draft_hint = Черновик: покупатели его не видят, и он не пройдёт проверку подлинности, пока администратор его не выпустит.
record-event-issued = выпущен и показан покупателю
record-event-proposed = предложен к выпуску, ожидает второго администратора
record-event-withdrawn = предложение отозвано
record-issue = Выпустить для покупателя
record-propose = Предложить к выпуску
record-proposed_hint = Предложен к выпуску: ожидает одобрения второго администратора.
record-title = Официальный документ
record-two_admins_hint = Документ содержит условия оплаты: перед выпуском его должен одобрить второй администратор.
record-waiting_second = Вы предложили его к выпуску: одобрить должен другой администратор.
record-withdraw = Отозвать предложение

## report
report-inspection_passed = Инспекция пройдена
report-inspection_rework = Инспекция: требуется доработка
report-more = Показаны только первые 500 заказов.
report-order_link = Кто видит этот заказ?
report-order_title = Кто видит этот заказ
report-person_title = Что доступно этому пользователю
report-reason-admin = Администратор: все заказы
report-reason-assigned = Назначен на заказ
report-reason-customer_all = Покупатель: все заказы клиента
report-reason-granted = Покупатель: доступ к этому заказу
report-reason-share =
    { $n ->
        [one] Гостевая ссылка ({ $n } просмотр)
        [few] Гостевая ссылка ({ $n } просмотра)
       *[many] Гостевая ссылка ({ $n } просмотров)
        [other] Гостевая ссылка ({ $n } просмотра)
    }
report-until = До
report-why = Основание
report-pdf-title = Отчёт о ходе работ
report-pdf-period = Период
report-pdf-generated = Создан
report-pdf-zone = Часовой пояс
report-pdf-code = Код проверки
report-pdf-customer = Клиент
report-pdf-status = Статус
report-pdf-product = Товар
report-pdf-quantity = Количество
report-pdf-ex_factory = Отгрузка с фабрики
report-pdf-etd = ETD (ожидаемая отправка)
report-pdf-milestones = Этапы
report-pdf-milestone = Этап
report-pdf-planned = План
report-pdf-actual = Факт
report-pdf-late = Просрочено
report-pdf-updates = Новости
report-pdf-photos = Фотографии
report-pdf-inspection = Инспекция
report-pdf-documents = Добавленные документы
report-pdf-document = Документ
report-pdf-kind = Вид
report-pdf-added = Добавлен
report-pdf-decisions = Решения
report-pdf-decision = Решение
report-pdf-due = Срок
report-pdf-comment = Комментарий
report-pdf-next = Следующий период
report-pdf-empty = нет

## reports
reports-code = Код проверки
reports-customer = Клиент
reports-default_period = Оставьте даты пустыми, чтобы получить отчёт за последние семь дней.
reports-from = С
reports-make = Создать отчёт сейчас
reports-none = Отчётов пока нет.
reports-period = Период
reports-status = Статус
reports-status-failed = Ошибка (повторная попытка)
reports-status-queued = Формируется
reports-status-ready = Готов
reports-subject = Заказ или клиент
reports-title = Отчёты о ходе работ
reports-to = По
reports-trigger-on_demand = по запросу
reports-trigger-scheduled = еженедельный
reports-language = Язык отчёта
reports-language_buyers = Язык покупателей
reports-make_first = Создать первый

## requests
requests-approve = Одобрить и пригласить
requests-intro = Решение принимает ваш поставщик. Если он согласится, ваш коллега получит приглашение и будет видеть те же заказы, что и вы.
requests-line = { $lead } запрашивает доступ для { $name } ({ $email }) из { $customer }
requests-note = Примечание для поставщика (необязательно)
requests-pending = Запросы доступа от клиентов
requests-refuse = Отклонить
requests-send = Отправить запрос
requests-title = Запросить доступ для коллеги
requests-yours = Ваши запросы

## reset
reset-code = Код из письма
reset-second_factor = Код из приложения-аутентификатора или резервный код (если вы используете двухэтапный вход)
reset-title = Установить новый пароль

## role
role-admin = Администратор
role-buyer = Покупатель
role-forwarder = Экспедитор
role-merchandiser = Мерчендайзер
role-qc = Инспектор по качеству

## rstatus
rstatus-approved = Одобрен
rstatus-pending = Ожидает
rstatus-refused = Отклонён

## security
security-acted = меры приняты: все сеансы завершены
security-email = Адрес электронной почты
security-no_notices = Уведомлений о безопасности нет.
security-not_me = Это не я
security-not_me_hint = Кнопка «Это не я» завершает сеансы на всех устройствах, включая это, и требует установить новый пароль (с помощью кода, отправленного на вашу почту).
security-notices = Уведомления о безопасности
security-phrase = Антифишинговая фраза
security-phrase_why = Выберите фразу, которую знаете только вы. Portico показывает её в начале каждого письма, которое вам отправляет, и на странице входа на ваших устройствах. Письмо без этой фразы отправлено не Portico: не выполняйте никаких действий по нему.
security-sessions = Где выполнен вход
security-title = Безопасность
security-twofactor = Двухэтапный вход
security-time_zone = Ваш часовой пояс
security-time_zone_hint = Даты и время показываются в этом поясе, с указанием смещения. Оставьте пустым, чтобы использовать пояс поставщика ({ $name }).

## settings
settings-cooling_hours = Период ожидания до вступления в силу новых банковских реквизитов (часов, 24–336)
settings-idle_minutes = Выход после бездействия (минут)
settings-merch_invite = Мерчендайзеры могут приглашать покупателей
settings-report_hour = Час отправки еженедельных отчётов и ежедневных сводок (0–23, местное время)
settings-report_weekday = День еженедельных отчётов
settings-require_2fa = Требовать двухэтапный вход для
settings-saved = Сохранено.
settings-session_hours = Выход в любом случае через (часов)
settings-share_days = Максимальный срок гостевой ссылки, дней (от 1 до 90)
settings-timezone = Часовой пояс (название IANA, например Asia/Shanghai)
settings-title = Настройки портала
settings-language = Язык компании
settings-language_hint = На этом языке написан шаблон этапов по умолчанию, отправляются приглашения и формируется отчёт, если никто из его покупателей не выбрал язык.

## setup
setup-admin_name = Ваше имя
setup-company = Название компании
setup-intro = Создайте портал вашей компании и свою учётную запись администратора. Эта ссылка действует один раз.
setup-password_confirm = Повторите пароль
setup-slug = Короткое имя (a-z, 0-9, -)
setup-submit = Создать портал
setup-title = Настройка Portico

## share
share-back = Назад к заказу
share-copy_now = Скопируйте этот адрес сейчас; он показывается только один раз:
share-create = Создать ссылку
share-created = Гостевая ссылка создана
share-expired = истекла
share-label = Для кого (примечание)
share-last_day = Последний день
share-new = Создать ссылку только для просмотра
share-password = Пароль (необязательно, не менее 12 символов)
share-protected = Доступ к этому заказу защищён паролем
share-revoke = Отозвать
share-revoked = отозвана
share-shared_by = { $name } открыл(а) доступ через Portico (только просмотр)
share-title = Гостевые ссылки
share-until = Ссылка действует до { $day } UTC, если вы её не отзовёте.
share-uses =
    { $n ->
        [one] { $n } просмотр
        [few] { $n } просмотра
       *[many] { $n } просмотров
        [other] { $n } просмотра
    }
share-with_password = с паролем

## signin
signin-forgot = Забыли пароль?
signin-hint = Portico никогда не запрашивает пароль от вашей почты.
signin-invalid = Неверный адрес электронной почты или пароль.
signin-no_access = Сейчас у вашей учётной записи нет доступа ни к одному поставщику.
signin-phrase = Ваша антифишинговая фраза:
signin-phrase_hint = Если вы задали антифишинговую фразу, она появится здесь на ваших собственных устройствах после ввода адреса электронной почты.
signin-reset_done = Пароль изменён, все сеансы завершены. Войдите с новым паролем.
signin-reset_required = В целях безопасности требуется новый пароль. Нажмите «Забыли пароль?» ниже, чтобы задать его с помощью кода, отправленного на вашу почту.
signin-submit = Войти
signin-throttled = Слишком много неудачных попыток входа для этой учётной записи или из этой сети. Подождите несколько минут и повторите попытку.
signin-title = Вход

## sort
sort-newest = Сначала новые
sort-oldest = Сначала старые
sort-reference = По номеру

## staff
staff-assign = Назначить
staff-none = Пока никто не назначен.
staff-title = Назначенные сотрудники

## status
status-cancelled = Отменён
status-closed = Закрыт
status-confirmed = Подтверждён
status-draft = Черновик
status-in_production = В производстве
status-inspection = Инспекция
status-ready_to_ship = Готов к отгрузке
status-shipped = Отгружен

## switch
switch-current = Текущий
switch-open = Открыть
switch-title = Ваши поставщики

## templates
templates-days = дней
templates-new = Новый шаблон
templates-none = Без шаблона
templates-steps = Этапы, по одному на строку: название | дней от начала заказа
templates-steps_hint = Плановые даты отсчитываются от дня создания заказа.
templates-title = Шаблоны этапов
templates-use = Этапы из шаблона
templates-garments = Одежда
templates-garments-fabric = Закупка ткани
templates-garments-cutting = Раскрой
templates-garments-sewing = Пошив
templates-garments-finishing = Отделка
templates-garments-final_inspection = Финальная инспекция
templates-garments-packing = Упаковка
templates-garments-shipping = Отгрузка

## timeline
timeline-decision_approved = Покупатель одобрил.
timeline-decision_rejected = Покупатель отклонил.
timeline-decision_requested = Запрошено решение.
timeline-decision_withdrawn = Вопрос отозван.
timeline-empty = В хронологии пока ничего нет.
timeline-format_hint = Начните строку с - для списка; **жирный** для выделения.
timeline-milestone_added = Этап добавлен: { $status }, { $percent }%
timeline-milestone_updated = Этап обновлён: { $status }, { $percent }%
timeline-new_comment = Ваш комментарий
timeline-new_update = Обновление хода работ
timeline-no_milestone = Без этапа
timeline-older = Более ранние записи
timeline-post = Опубликовать
timeline-send = Отправить
timeline-status_changed = Статус изменён с «{ $from }» на «{ $to }»
timeline-title = Хронология
timeline-visibility = Кто видит
timeline-compose = Опубликовать новость

## twofa
twofa-code = 6-значный код из приложения-аутентификатора
twofa-code_or_recovery = Код из приложения-аутентификатора или резервный код
twofa-codes_intro = Двухэтапный вход включён. Сохраните эти резервные коды в надёжном месте; если вы потеряете телефон, каждый из них можно использовать один раз. Они показываются только сейчас:
twofa-confirm_first = Чтобы настроить двухэтапный вход, сначала подтвердите пароль. После этого на этой странице появится QR-код.
twofa-manual = Или введите этот ключ:
twofa-on =
    { $n ->
        [one] Двухэтапный вход включён. Остался { $n } резервный код.
        [few] Двухэтапный вход включён. Осталось { $n } резервных кода.
       *[many] Двухэтапный вход включён. Осталось { $n } резервных кодов.
        [other] Двухэтапный вход включён. Осталось { $n } резервного кода.
    }
twofa-qr_alt = QR-код для приложения-аутентификатора
twofa-scan = Отсканируйте этот QR-код приложением-аутентификатором (например, Google Authenticator, Microsoft Authenticator или 1Password), затем введите показанный им код.
twofa-title = Двухэтапный вход
twofa-turn_off = Отключить двухэтапный вход
twofa-turn_on = Включить

## verify
verify-advice-genuine = На этот документ можно полагаться. Но для платежей всё равно используйте банковские реквизиты, указанные в Portico.
verify-advice-issued = Код можно скопировать на любой PDF. Чтобы убедиться, что у вас именно этот документ, выберите его файл выше: подтвердить это может только проверка файла. Его SHA-256 должен совпадать с указанным здесь.
verify-advice-superseded = Не действуйте на основании этой версии: откройте заказ в Portico и используйте текущую.
verify-advice-unknown = Не платите и ничего не подписывайте на основании этого документа. Возможно, он был изменён (даже один изменённый байт делает его неизвестным). Позвоните поставщику по номеру, который вам уже известен, и используйте документы и банковские реквизиты из Portico.
verify-check = Проверить
verify-code = или его код проверки
verify-file = Полученный вами PDF
verify-hint = Получили по электронной почте инвойс, контракт или банковские реквизиты? Проверьте их здесь: выберите PDF или введите его код проверки. Файл проверяется в памяти и не сохраняется.
verify-issued = Выпущен поставщиком { $supplier } ({ $who })
verify-issued_by = Выпущен поставщиком { $supplier }
verify-newer = Более новая версия выпущена
verify-outcome-genuine = Подлинный: это официальный документ
verify-outcome-issued = Этот код принадлежит действующему официальному документу
verify-outcome-superseded = Заменён: существует более новая версия
verify-outcome-unknown = Неизвестен: этот документ не выпускался через Portico
verify-private = Количество проверок в час ограничено; после входа в систему можно выполнить больше проверок.
verify-report_note = Отчёт о ходе работ повторяет то, что сотрудники поставщика опубликовали о заказе; он никогда не является указанием к оплате. Платите только по официальным банковским реквизитам, указанным в Portico.
verify-signature = Подпись
verify-title = Проверить документ

## visibility
visibility-customer = Видит покупатель
visibility-internal = Внутреннее

## weekday
weekday-0 = Без еженедельных отчётов
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье

## viewer
viewer-close = Закрыть
viewer-next = Следующее
viewer-previous = Предыдущее

## device
device-kind_api = API
device-kind_browser = браузер
device-on = { $browser } на { $os }
device-program = программа
device-unknown = неизвестный клиент

## err
err-a_change_of_these_bank = Изменение этих банковских реквизитов уже ожидает рассмотрения; сначала одобрите или отмените его.
err-a_customer_with_this_name = Организация клиента с таким названием уже существует.
err-a_sheet_exists_only_for = Лист с реквизитами формируется только для реквизитов, которые являются или были официальными.
err-a_template_with_this_name = Шаблон с таким названием уже существует.
err-account_invalid = Номер счёта содержит от 4 до 34 букв и цифр (допускаются пробелы и дефисы).
err-account_invalid-2 = Укажите номер счёта или IBAN, на который вы заплатили, точно так, как в подтверждении вашего банка.
err-account_required = Укажите номер счёта или IBAN.
err-amount_invalid = Укажите сумму цифрами, например 52000 или 52000.50 (дробную часть отделяйте точкой).
err-an_order_with_this_reference = Заказ с таким номером уже существует.
err-answer_invalid = Выберите «Одобрить» или «Отклонить».
err-bic_invalid = Код SWIFT/BIC состоит из 8 или 11 символов: 4 буквы — код банка, 2 — код страны, затем 2 (и при необходимости ещё 3) буквы или цифры.
err-body_incomplete = Передача тела запроса была прервана.
err-body_required = Сначала введите текст.
err-body_unreadable = Не удалось прочитать тело запроса.
err-buyers_acknowledge_the_bank_details = Банковские реквизиты подтверждают покупатели, которые по ним платят.
err-cannot_demote_self = Вы не можете изменить собственную роль; обратитесь к другому администратору.
err-cannot_remove_self = Вы не можете закрыть доступ самому себе.
err-category_invalid = Уведомления о безопасности и платежах отключить нельзя; остальные категории: обновления (updates), файлы (files), решения (decisions), этапы (milestones) и отчёты (reports).
err-challenge_expired = Вход занял слишком много времени. Войдите снова.
err-code_invalid = Код проверки имеет вид 7KQ2M-XW9TD.
err-code_wrong = Код неверен или срок его действия истёк.
err-code_wrong-2 = Код неверен. Проверьте время на телефоне и повторите попытку.
err-code_wrong-3 = Код неверен.
err-comment_required = Укажите причину отклонения, чтобы поставщик мог её учесть.
err-comment_too_long = Комментарий должен содержать не более 2000 символов.
err-confirmation_wrong = Неверный пароль или код.
err-csrf = Срок действия формы истёк, или она отправлена не с этого сайта. Обновите страницу и повторите попытку.
err-currency_invalid = Укажите валюту трёхбуквенным кодом, например USD, EUR или CNY.
err-cursor_invalid = Недействительный курсор страницы.
err-customer_invalid = Неизвестная организация клиента.
err-customer_required = для покупателя нужно указать --customer
err-customer_required-2 = Выберите клиента, к которому относится этот заказ.
err-customer_required-3 = Выберите клиента, который произвёл оплату.
err-customer_required-4 = Покупатель относится к организации клиента: выберите её.
err-date_invalid = Укажите дату платежа в формате ГГГГ-ММ-ДД.
err-date_invalid-2 = Дата платежа должна быть в пределах последнего года и не может быть в будущем.
err-description_too_long = Описание должно содержать не более 4000 символов.
err-email_confirmation_required = Сначала подтвердите адрес электронной почты кодом, отправленным на него (/account/email): туда приходят оповещения о безопасности и платежах.
err-email_invalid = Введите корректный адрес электронной почты.
err-enrolment_missing = Обновите страницу, чтобы начать заново.
err-enrolment_required = Ваш поставщик требует двухэтапный вход: сначала настройте его на странице /account/2fa.
err-expires_in_days = Количество дней должно быть целым числом.
err-expiry_required = Выберите последний день действия ссылки.
err-field-date = Поле «{ $field }» должно содержать дату в формате 2026-12-31.
err-field-invalid_characters = Поле «{ $field }» содержит управляющие символы или символы смены направления текста.
err-field-range = Значение поля «{ $field }» должно быть от { $min } до { $max }.
err-field-required = Поле «{ $field }» обязательно для заполнения.
err-field-too_long =
    Поле «{ $field }» должно содержать не более { $max ->
        [one] { $max } символа
       *[other] { $max } символов
    }.
err-field_not_utf8 = Поле формы содержит текст не в кодировке UTF-8.
err-field_too_long = Поле формы загрузки слишком длинное.
err-file_required = Выберите хотя бы один файл.
err-forbidden = У вас нет прав на это действие.
err-form_invalid = Не удалось прочитать форму.
err-form_invalid-2 = Отправьте один PDF или один код.
err-form_invalid-3 = Отправляйте по одному PDF за раз.
err-iban_invalid = Этот IBAN недействителен: не сходятся контрольные цифры или длина. Проверьте его посимвольно.
err-internal = На нашей стороне что-то пошло не так. Пожалуйста, повторите попытку; если ошибка повторится, сообщите идентификатор запроса.
err-invalid_credentials = Неверный адрес электронной почты или пароль.
err-invitation_invalid = Этот код недействителен: возможно, истёк срок его действия, он уже использован или приглашение отозвано. Запросите новое приглашение.
err-invitation_other_account = Это приглашение предназначено для другого адреса электронной почты. Выйдите и войдите с этим адресом.
err-invitation_sign_in = У вас уже есть учётная запись Portico: сначала войдите, затем снова введите код.
err-invoices_contracts_and_other_official = Инвойсы, контракты и другие официальные документы, которые видят покупатели, выпускает сотрудник, выполнивший вход, а не API-токен. Загрузите файл как внутренний или войдите в систему.
err-kind_invalid = Выберите тип решения.
err-kind_invalid-2 = Выберите один из перечисленных типов файлов.
err-language_invalid = Выберите один из предложенных языков.
err-milestone_invalid = Фильтр этапа не является идентификатором этапа.
err-milestone_invalid-2 = Неизвестный этап.
err-mode_invalid = Выберите «Сразу» (now), «Ежедневная сводка» (daily) или «Выключено» (off).
err-no_admin = У этого портала нет активного администратора.
err-not_found = Запрошенная страница или объект не существует, либо у вас нет к нему доступа.
err-one_file = Новая версия должна состоять ровно из одного файла.
err-only_a_change_that_has = Отменить можно только изменение, которое ещё не вступило в силу.
err-only_a_draft_can_be = Выпустить можно только черновик; этот документ уже выпущен или предложен к выпуску.
err-only_a_proposed_change_can = Одобрить можно только предложенное изменение.
err-only_a_proposed_document_can = Одобрить можно только документ, предложенный к выпуску.
err-only_a_proposed_document_can-2 = Отозвать можно только документ, предложенный к выпуску.
err-only_the_details_of_record = Подтвердить можно только официальные реквизиты.
err-order_draft = Подтвердите заказ, прежде чем запрашивать решение покупателя.
err-order_draft-2 = Для черновика заказа нельзя создать гостевую ссылку.
err-order_invalid = Неизвестный заказ.
err-order_invalid-2 = Один из выбранных заказов не относится к этому клиенту.
err-order_not_assigned = Вы можете приглашать покупателей только к заказам, на которые вы назначены.
err-orders_required = Выберите заказы, которые сможет отслеживать этот пользователь.
err-orders_required-2 = Выберите заказы, которые сможет отслеживать этот покупатель: вы можете приглашать покупателей только к заказам, на которые вы назначены.
err-owner_invalid = Ответственным может быть только сотрудник вашей компании.
err-password_mismatch = Пароли не совпадают.
err-password_reset_required = В целях безопасности требуется новый пароль. Нажмите «Забыли пароль?», чтобы задать его с помощью кода, отправленного на вашу почту.
err-password_unchanged = Выберите пароль, отличный от текущего.
err-payments_are_recorded_by_buyers = Платежи регистрируют покупатели, мерчендайзеры и администраторы.
err-percent_invalid = Процент должен быть целым числом от 0 до 100.
err-period_invalid = Выберите даты в промежутке от 2000 года до сегодняшнего дня.
err-period_invalid-2 = Выберите период не длиннее года, который заканчивается сегодня или раньше; дата начала должна предшествовать дате окончания.
err-phrase_too_short = Выберите фразу длиной не менее 4 символов.
err-precondition_failed = Файл изменился с тех пор, как вы открыли его в последний раз.
err-quantity_invalid = Количество должно быть целым числом.
err-range_not_satisfiable = Запрошенный диапазон байтов недопустим для этого файла.
err-reset_code_wrong = Неверный адрес электронной почты или код, либо срок действия кода истёк. Запросите новый код.
err-role_invalid = Выберите роль.
err-role_invalid-2 = Неизвестная роль.
err-scopes_required = Выберите хотя бы одно разрешение для токена.
err-second_factor_required = Введите код из приложения-аутентификатора или резервный код.
err-second_factor_required-2 = Для этой учётной записи включён двухэтапный вход: введите код из приложения-аутентификатора или один из резервных кодов. Если нет ни того, ни другого, попросите администратора вашего поставщика сбросить двухэтапный вход.
err-session_ended = Слишком много неверных ответов: сеанс завершён. Войдите снова.
err-share_password = Неверный пароль.
err-slug_invalid = Короткое имя должно содержать от 3 до 40 символов: a-z, 0-9 and '-'.
err-sort_invalid = Выберите сортировку: «Сначала новые» (newest), «Сначала старые» (oldest) или «По номеру» (reference).
err-staff_invalid = Выберите сотрудника.
err-staff_invalid-2 = Назначать можно только мерчендайзеров и инспекторов по качеству.
err-status_invalid = Неизвестный статус заказа.
err-status_invalid-2 = Неизвестный статус этапа.
err-status_invalid-3 = Новый заказ может иметь только статус «Черновик» или «Подтверждён».
err-step_up_required = В целях безопасности подтвердите, что это вы: введите пароль или код из приложения-аутентификатора (POST /api/v1/auth/step-up), затем повторите попытку.
err-steps_required = Шаблон должен содержать хотя бы один этап.
err-storage_full = На сервере закончилось место для хранения данных, поэтому ничего не сохранено. Пожалуйста, повторите попытку позже; операторы платформы уже оповещены.
err-subject_invalid = Выберите один заказ или одного клиента.
err-template_invalid = Неизвестный шаблон этапов.
err-that_already_exists = Такая запись уже существует.
err-the_change_was_decided_meanwhile = Тем временем по этому изменению уже было принято решение.
err-the_demo_tenant_already_exists = Демонстрационный портал уже существует (короткое имя demo-textiles).
err-the_document_changed_meanwhile = Тем временем документ был изменён.
err-the_order_was_changed_meanwhile = Тем временем заказ был изменён; обновите страницу и повторите попытку.
err-the_report_is_still_being = Отчёт ещё формируется; повторите попытку чуть позже.
err-the_report_was_built_meanwhile = тем временем отчёт уже был сформирован
err-there_is_already_a_request = Запрос доступа для этого человека уже отправлен.
err-this_api_token_s_scopes = Разрешения этого API-токена не позволяют выполнить этот запрос.
err-this_decision_was_already_answered = На этот запрос решения уже дан ответ, изменить его нельзя.
err-this_invitation_is_no_longer = Это приглашение больше не действует.
err-this_invitation_was_already_used = Это приглашение уже использовано.
err-this_kind_of_file_is = Файл этого типа не может быть официальным документом.
err-this_person_already_belongs_to = Этот пользователь уже зарегистрирован у этого поставщика.
err-this_person_already_has_access = Этот пользователь уже имеет доступ к вашему порталу.
err-this_person_already_has_an = У этого пользователя уже есть действующее приглашение: вместо нового отправьте его повторно.
err-this_person_also_works_with = Этот пользователь работает в Portico и с другими поставщиками; сбросить его двухэтапный вход может только оператор платформы.
err-this_person_is_already_assigned = Этот сотрудник уже назначен на заказ.
err-this_request_was_already_decided = По этому запросу уже принято решение.
err-this_short_name_is_taken = Это короткое имя уже занято; выберите другое.
err-timezone_invalid = Неизвестный часовой пояс: укажите название, например Asia/Shanghai, Europe/Berlin или UTC.
err-too_large = Запрос превышает допустимый размер.
err-too_many = Можно отправить не более 20 настроек уведомлений.
err-too_many_orders = Выберите не более 1000 заказов.
err-two_step_sign_in_is = Двухэтапный вход уже включён.
err-two_step_sign_in_is-2 = Двухэтапный вход выключен.
err-unauthenticated = Пожалуйста, войдите в систему.
err-unavailable = Сервис временно недоступен. Пожалуйста, повторите попытку чуть позже.
err-update_invalid = Файлы можно прикреплять только к обновлению хода работ этого заказа.
err-upload_incomplete = Загрузка была прервана до завершения. Ничего не сохранено; пожалуйста, повторите попытку.
err-upload_malformed = Не удалось прочитать загруженные данные (повреждённое тело multipart). Ничего не сохранено.
err-visibility_invalid = Видимость должна быть «Внутреннее» (internal) или «Видит покупатель» (customer).
err-visibility_invalid-2 = Выберите, кто будет видеть обновление.
err-your_account_has_no_access = Сейчас у вашей учётной записи нет доступа ни к одному поставщику.
err-password-too_short = Пароль должен содержать не менее { $min } символов.
err-password-too_long = Пароль должен содержать не более { $max } символов.
err-template-line = Строка { $n }: укажите дни после «|» целым числом.
err-template-too_many = В шаблоне не более { $max } шагов.
err-order-transition = Заказ не может перейти из состояния «{ $from }» в «{ $to }».
err-body-too_long = Не более { $max } символов.
err-file-empty = Файл { $name } пуст.
err-limit-sign_ins = Слишком много попыток входа отсюда. Повторите через { $wait }.
err-limit-codes = Слишком много неверных кодов. Повторите через { $wait }.
err-limit-email_codes = За последний час отправлено три кода. Используйте самый новый или повторите через { $wait }.
err-limit-reports = За последний час вы запросили 20 отчётов; повторите через { $wait }.
err-limit-invitation_codes = Отсюда испробовано слишком много кодов. Повторите через { $wait }.
err-limit-share_passwords = Слишком много неверных паролей. Повторите через { $wait }.
err-limit-verify = Слишком много проверок отсюда за последний час. Повторите через { $wait } или войдите в Portico, чтобы проверить больше.
err-share-last_day = Последний день должен быть не раньше сегодняшнего и не позже чем через { $max } дн.
err-carry_invalid = Не удалось отправить форму; заполните её заново.
err-reason_required = Укажите причину: она появится в ленте.
err-reason_too_long = Причина — не более 1000 символов.
err-close_open_decision = Заказ с открытым решением нельзя закрыть: сначала отзовите решение или дождитесь ответа.
err-cannot_go_back = Заказ нельзя вернуть из статуса { $from }.
err-accent_invalid = Выберите цвет в формате #rrggbb.
err-accent_contrast = Этот цвет слишком светлый: белый текст на нём и текст этого цвета на белом будет трудно читать. Выберите более тёмный (WCAG AA требует контраста не менее 4,5:1).
err-logo_type = Логотип должен быть изображением PNG, WebP или JPEG.
err-logo_too_large = Изображение логотипа слишком большое; используйте менее 40 мегапикселей.
err-logo_too_big = Логотип — не более 2 МБ.
err-decision_on_closed = Закрытый или отменённый заказ не принимает новых решений: сначала откройте его снова.
err-invalid_limit = limit должен быть целым числом от 1 до 200.
err-webhook_event_unknown = Неизвестный тип события; список типов событий есть в документации API.
err-webhook_events_required = Выберите хотя бы одно событие для отправки.
err-webhook_limit = У компании не больше 20 получателей вебхуков; сначала удалите одного.
err-webhook_disabled = Этот получатель отключён; сначала включите его.
err-webhook_address_private = Получатель должен быть в публичном интернете: частные, петлевые и link-local адреса отклоняются.
err-webhook_url_invalid = Введите полный адрес получателя, например https://erp.example.com/portico/events.
err-webhook_url_https = Адрес получателя должен начинаться с https://.
err-webhook_url_credentials = Не указывайте имя пользователя и пароль в адресе: подпись доказывает, кто отправитель.
err-webhook_host_unknown = Имя хоста получателя не найдено.
err-invalid_idempotency_key = Заголовок Idempotency-Key должен содержать от 1 до 255 печатных символов ASCII.
err-idempotency_key_reused = Этот Idempotency-Key уже использован с другим запросом; для нового запроса нужен новый ключ.
err-idempotency_key_in_progress = Запрос с этим Idempotency-Key ещё обрабатывается; повторите чуть позже.
err-method_not_allowed = Этот адрес не принимает этот метод; он принимает { $what }.
err-send_json = Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.
err-send_form = Отправьте форму в формате application/x-www-form-urlencoded.
err-json_malformed = Тело запроса — недопустимый JSON (строка { $n }, столбец { $count }).
err-query_unreadable = Не удалось прочитать строку запроса.
err-json_fields = В теле JSON не те поля, которые ожидаются: { $detail }
err-query_detail = Не удалось прочитать строку запроса: { $detail }
err-form_detail = Не удалось прочитать форму: { $detail }

sheet-title = Платёжные реквизиты
sheet-scope_customer = Только для вашей компании
sheet-scope_all = Для всех клиентов
sheet-valid_from = Действует с
sheet-verify_hint = Проверить этот лист можно в любой момент: откройте Portico сами и воспользуйтесь проверкой документа по коду ниже.

csv-orders-reference = Номер / заказ
csv-orders-title = Название
csv-orders-customer = Клиент
csv-orders-product = Товар
csv-orders-quantity = Количество
csv-orders-status = Статус
csv-orders-ex_factory_date = Отгрузка с фабрики
csv-orders-etd_date = ETD
csv-orders-next_milestone = Следующий этап
csv-orders-late_milestones = Просроченные этапы
csv-orders-percent_done = Выполнено (%)
csv-orders-expected_finish = Ожидаемое окончание
csv-orders-created_at = Создан (UTC)
csv-audit-seq = №
csv-audit-id = ID события
csv-audit-created_at_utc = Время (UTC)
csv-audit-actor_user_id = Кто (ID пользователя)
csv-audit-action = Действие
csv-audit-object_type = Тип объекта
csv-audit-object_id = ID объекта
csv-audit-detail = Подробности
csv-audit-ip = IP-адрес
csv-audit-prev_hash = Предыдущий хеш
csv-audit-hash = Хеш

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [one] { $n } секунду
        [few] { $n } секунды
       *[many] { $n } секунд
        [other] { $n } секунды
    }
wait-minute =
    { $n ->
        [one] { $n } минуту
        [few] { $n } минуты
       *[many] { $n } минут
        [other] { $n } минуты
    }
wait-hour =
    { $n ->
        [one] { $n } час
        [few] { $n } часа
       *[many] { $n } часов
        [other] { $n } часа
    }

more-title = Ещё
more-settings = Настройки и безопасность
more-documents = Документы и платежи
more-suppliers = Поставщики

table-actions = Действия

start-title = Первые шаги
start-email = Подтвердите адрес электронной почты (туда приходят оповещения о платежах)
start-two_step = Включите двухэтапный вход
start-customer = Добавьте клиента
start-order = Создайте заказ
start-invite_buyer = Пригласите своего покупателя
start-second_admin = Пригласите второго администратора (для банковских реквизитов нужны двое)
start-bank_details = Опубликуйте официальные банковские реквизиты вместе со вторым администратором
start-done = выполнено
send_on-title = Подтверждено
send_on-body = Отправляем изменения в том виде, в каком вы их ввели…
send_on-continue = Продолжить
glance-percent = Готово { $n }%
glance-progress = Ход заказа
glance-next = Далее: { $name }
glance-decision_yours = Нужен ваш ответ: { $title }
glance-decision_waiting = Ждём ответа покупателя: { $title }
glance-sections = На этой странице
brand-title = Ваш бренд
brand-why = Покупатели видят ваше название и логотип вверху каждой страницы, на странице входа с уже знакомого устройства и в отчётах. Цвет используется для ссылок и кнопок.
brand-current_logo = Текущий логотип
brand-logo = Логотип (PNG, WebP или JPEG, до 2 МБ)
brand-logo_hint = Лучше всего подходит широкий логотип на светлом или прозрачном фоне; он показывается высотой 32 пикселя.
brand-remove_logo = Убрать логотип
brand-accent = Акцентный цвет
brand-accent_hint = Цвет должен быть достаточно тёмным для белого текста (проверяется: WCAG AA, 4,5:1).
brand-save = Сохранить бренд

## webhooks
webhooks-title = Вебхуки
webhooks-intro = Portico сразу сообщает вашим системам (ERP, чату) о происходящем: подписанный POST на ваш адрес для каждого выбранного события. Получатель проверяет подпись секретом и читает подробности через API.
webhooks-new = Добавить получателя
webhooks-url = Адрес получателя
webhooks-description = Описание
webhooks-events = События
webhooks-create = Добавить
webhooks-created = Получатель добавлен
webhooks-once = Скопируйте секрет подписи сейчас: он показывается только один раз.
webhooks-signature_hint = Каждый запрос несёт Portico-Signature: t=…,v1=… — HMAC-SHA256 от времени, точки и тела с этим секретом в качестве ключа. Отклоняйте запросы с неверной подписью или старым временем.
webhooks-open = Подробности и журнал отправок
webhooks-state = Состояние
webhooks-enabled = Включён
webhooks-disabled = Отключён
webhooks-reason-admin = отключён администратором
webhooks-reason-failures = отключён после суток сбоев; проверьте получателя и включите снова
webhooks-failures = Сбоев подряд
webhooks-made_by = Добавил
webhooks-none = Получателей пока нет. Добавьте ниже, чтобы отправлять события в ваш ERP.
webhooks-back = Все вебхуки
webhooks-log = Отправки
webhooks-log_none = Пока ничего не отправлено. Отправьте тест, чтобы проверить получателя.
webhooks-event = Событие
webhooks-result = Результат
webhooks-attempts = Попытки
webhooks-when = Когда
webhooks-next_attempt = Следующая попытка
webhooks-delivery-pending = ожидает
webhooks-delivery-delivered = доставлено
webhooks-delivery-failed = не удалось
webhooks-test = Отправить тест
webhooks-disable = Отключить
webhooks-enable = Включить
webhooks-delete = Удалить
webhooks-delete_confirm = Удалить этого получателя и журнал отправок? Ему больше ничего не будет отправляться.
webhooks-older = Более ранние отправки
webhooks-event-order-created = Заказ создан
webhooks-event-order-status_changed = Статус заказа изменён
webhooks-event-milestone-updated = Этап добавлен или обновлён
webhooks-event-decision-requested = Запрошено решение
webhooks-event-decision-answered = Решение принято
webhooks-event-decision-withdrawn = Решение отозвано
webhooks-event-file-uploaded = Загружен файл или новая версия
webhooks-event-report-ready = Отчёт готов
webhooks-event-bank_details-proposed = Предложены банковские реквизиты
webhooks-event-bank_details-approved = Банковские реквизиты одобрены
webhooks-event-bank_details-activated = Банковские реквизиты действуют
webhooks-event-bank_details-cancelled = Изменение реквизитов отменено
webhooks-event-payment-mismatch = Оплата на другие реквизиты
