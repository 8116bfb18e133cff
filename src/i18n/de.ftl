# Portico: Deutsch. Übersetzung von en.ftl; gleiche IDs in gleicher Reihenfolge.
# Fachbegriffe: siehe /tmp/i18n/glossary-de.md.

## accept
accept-choose = Wählen Sie Ihren Namen und ein Passwort für Portico.
accept-code = Einladungscode
accept-continue = Weiter
accept-signed_in_as = Sie sind als { $email } angemeldet; die Einladung wird diesem Konto hinzugefügt.
accept-title = Einladung annehmen

## account
account-current_password = Aktuelles Passwort
account-end = Abmelden
account-end_others = Überall sonst abmelden
account-first_seen = seit
account-last_seen = zuletzt aktiv
account-new_password = Neues Passwort (12 bis 128 Zeichen)
account-password = Passwort ändern
account-password_done = Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden beendet.
account-sessions = Wo Sie angemeldet sind
account-sessions_intro = Wenn Sie ein Gerät oder eine Adresse nicht wiedererkennen, beenden Sie diese Sitzung und ändern Sie Ihr Passwort.
account-this_session = Dieses Gerät

## action
action-continue = Weiter
action-older = Älter
action-remove = Entfernen
action-save = Speichern

## adminsec
adminsec-coverage = Zwei-Schritt-Anmeldung nach Rolle
adminsec-failures =
    { $n ->
        [one] { $n } fehlgeschlagene Anmeldung
       *[other] { $n } fehlgeschlagene Anmeldungen
    }
adminsec-locked = Wegen fehlgeschlagener Anmeldungen gesperrte Konten (letzte 15 Minuten)
adminsec-mail = Ausgehende E-Mails
adminsec-mail_off =
    { $n ->
        [one] Es ist kein Mail-Relay konfiguriert (PORTICO_SMTP_HOST): E-Mails bleiben in der Warteschlange und werden nicht versendet. { $n } E-Mail wartet.
       *[other] Es ist kein Mail-Relay konfiguriert (PORTICO_SMTP_HOST): E-Mails bleiben in der Warteschlange und werden nicht versendet. { $n } E-Mails warten.
    }
adminsec-mail_on =
    { $n ->
        [one] E-Mails werden über { $host } versendet; { $n } E-Mail wartet.
       *[other] E-Mails werden über { $host } versendet; { $n } E-Mails warten.
    }
adminsec-none = Keine.
adminsec-people = Personen
adminsec-required = per Richtlinie vorgeschrieben
adminsec-suspicious = Ungewöhnliche Anmeldungen (letzte 30 Tage)
adminsec-title = Sicherheitsübersicht

## api_tokens
api_tokens-create = Token erstellen
api_tokens-created = Neues Token
api_tokens-days = Gültig für (Tage)
api_tokens-expired = abgelaufen
api_tokens-expires = Läuft ab
api_tokens-intro = Mit Tokens können Ihr ERP-System oder andere Systeme Aufträge lesen sowie Fortschritte und Dateien übermitteln, ohne das Passwort einer Person zu verwenden. Ein Token handelt in Ihrem Namen, nur innerhalb der angekreuzten Berechtigungen, bis es abläuft oder Sie es widerrufen. Es funktioniert nicht mehr, sobald Sie kein Administrator mehr sind.
api_tokens-last_used = Zuletzt verwendet
api_tokens-made_by = Erstellt von
api_tokens-name = Name
api_tokens-never = nie
api_tokens-new = Neues Token erstellen
api_tokens-none = Noch keine Tokens.
api_tokens-once = Kopieren Sie das Token jetzt: Es wird nur dieses eine Mal angezeigt. Portico speichert nur einen Fingerabdruck davon.
api_tokens-revoke = Widerrufen
api_tokens-revoked = widerrufen
api_tokens-scope-files_write = Fotos und Dokumente hochladen
api_tokens-scope-orders_read = Aufträge, Meilensteine, Verlauf, Dateien und Berichte lesen
api_tokens-scope-orders_write = Aufträge anlegen und durch ihre Phasen führen
api_tokens-scope-updates_write = Fortschrittsmeldungen veröffentlichen sowie Meilensteine hinzufügen oder aktualisieren
api_tokens-scopes = Berechtigungen
api_tokens-title = API-Tokens
api_tokens-usage = Senden Sie es mit jeder Anfrage:
api_tokens-scope-reports_write = Fortschrittsberichte auf Anfrage anfordern

## audit
audit-action = Aktion
audit-detail = Detail
audit-ip = Adresse
audit-object = Objekt
audit-title = Audit-Protokoll
audit-when = Zeitpunkt (UTC)

## confirm
confirm-or_code = oder Code aus der Authenticator-App
confirm-submit = Bestätigen
confirm-title = Bestätigen Sie Ihre Identität
confirm-why = Diese Änderung betrifft, wer Ihre Daten sehen kann. Geben Sie zum Fortfahren Ihr Passwort oder einen Code aus Ihrer Authenticator-App ein. Für einige Minuten werden Sie nicht erneut gefragt.
confirm-kept = Ihre Eingaben bleiben erhalten: Nach der Bestätigung werden sie unverändert gesendet.

## copy
copy-button = Kopieren
copy-done = Kopiert
copy-failed = Kopieren nicht möglich: Der Wert ist markiert, kopieren Sie ihn mit Tastatur oder Menü.
copy-account = Kontonummer kopieren
copy-bic = SWIFT/BIC kopieren
copy-beneficiary = Namen des Begünstigten kopieren
copy-sha256 = SHA-256 kopieren
copy-public_key = Öffentlichen Schlüssel kopieren
copy-code = Prüfcode kopieren
copy-token = Token kopieren
copy-secret = Schlüssel kopieren
copy-invitation_code = Einladungscode kopieren

## customers
customers-add = Kunde hinzufügen
customers-name = Name des Kundenunternehmens
customers-none = Noch keine Kundenunternehmen.
customers-title = Kundenunternehmen

## dashboard
dashboard-all_orders = Alle Aufträge
dashboard-awaiting_buyers = Wartet auf Entscheidung des Einkäufers
dashboard-awaiting_you = Wartet auf Ihre Entscheidung
dashboard-by_status = Aufträge nach Status
dashboard-due_soon = Ex-Factory-Datum in den nächsten zwei Wochen
dashboard-late_milestones = Verspätete Meilensteine
dashboard-late_orders = Verspätet
dashboard-title = Übersicht
dashboard-urgent = Dringend: Zahlungen und Bankverbindungen
dashboard-your_orders = Ihre Aufträge

## decisions
decisions-answered_by = Beantwortet von { $name }
decisions-approve = Genehmigen
decisions-ask = Entscheidung beim Einkäufer anfragen
decisions-asked_by = Angefragt von { $name }
decisions-comment = Kommentar (bei Ablehnung erforderlich)
decisions-description = Details
decisions-due = Antwort bis
decisions-kind = Art der Entscheidung
decisions-none = Keine Entscheidungen zu diesem Auftrag.
decisions-reject = Ablehnen
decisions-send = An den Einkäufer senden
decisions-title = Entscheidungen
decisions-waiting = Wartet auf den Einkäufer.
decisions-withdraw = Zurückziehen

## dkind
dkind-delay_acceptance = Verzögerung akzeptieren
dkind-option = Option auswählen
dkind-other = Sonstiges
dkind-sample_approval = Vorproduktionsmuster (PP-Muster)
dkind-shipment_approval = Versandfreigabe

## dstatus
dstatus-approved = Genehmigt
dstatus-open = Offen
dstatus-rejected = Abgelehnt
dstatus-withdrawn = Zurückgezogen

## email
email-change = E-Mail-Adresse ändern
email-change_hint = Ein Code wird an die neue Adresse gesendet; Ihre bisherige Adresse wird benachrichtigt, sobald die Änderung abgeschlossen ist.
email-code = Code aus der E-Mail
email-new = Neue Adresse
email-send_code = Code senden
email-sent = Ein Code ist unterwegs (30 Minuten gültig). Geben Sie ihn unten ein.
email-title = E-Mail-Adresse
email-unverified = nicht bestätigt
email-verified = bestätigt
email-why = Bestätigen Sie Ihre Adresse mit einem Code, damit Portico Ihnen Sicherheitshinweise senden kann.

## error
error-forbidden = Nicht erlaubt
error-home = Zurück zur Startseite
error-not_found = Nicht gefunden
error-request = Diese Anfrage konnte nicht verarbeitet werden
error-request_id = Anfrage-ID:
error-server = Etwas ist schiefgelaufen

## field
field-access_until = Zugang bis
field-actual_date = Ist-Datum
field-bank = Bank
field-bank_address = Adresse der Bank
field-beneficiary = Begünstigter
field-beneficiary_address = Adresse des Begünstigten
field-comment = Kommentar
field-company_name = Firmenname
field-customer = Kunde
field-days = Anzahl der Tage
field-description = Beschreibung
field-due_date = Antwortfrist
field-email = E-Mail-Adresse
field-etd_date = ETD
field-ex_factory_date = Ex-Factory
field-expires_in_days = Gültig für (Tage)
field-expires_on = Letzter Tag
field-idle_minutes = Minuten ohne Nutzung
field-label = Für wen (Notiz)
field-name = Name
field-note = Notiz für den Lieferanten
field-notes = Notizen
field-password = Passwort
field-percent = Prozentwert
field-phrase = Anti-Phishing-Phrase
field-planned_date = Plandatum
field-product = Produkt
field-quantity = Menge
field-reason = Grund
field-reference = Referenz / Bestellnr.
field-report_hour = Uhrzeit der Berichte
field-report_weekday = Wochentag der Berichte
field-role = Rolle
field-search = Suche
field-session_hours = Sitzungsdauer (Stunden)
field-share_link_days = Tage des Freigabelinks
field-status = Status
field-step_name = Name des Schritts
field-text = Text
field-title = Titel
field-your_name = Ihr Name
field-url = Adresse
field-events = Ereignisse

## files
files-add_photos = Fotos hinzufügen
files-added = Hinzugefügt
files-all = Alle
files-check_bad = Weicht von dieser Version ab. Verlassen Sie sich nicht auf Ihre Kopie; verwenden Sie die Version in Portico. Deren SHA-256:
files-check_copy = Erhaltene Kopie prüfen
files-check_copy_hint = Wählen Sie die Datei aus, die Ihnen vorliegt (zum Beispiel aus einer E-Mail). Ihr Browser berechnet hier deren SHA-256; es wird nichts hochgeladen.
files-check_ok = Identisch mit dieser Version:
files-choose = Dateien auswählen
files-clean_refused = Einkäufer können diese Datei nicht öffnen: Ihre Kameradaten (etwa die GPS-Position) konnten nicht entfernt werden. Laden Sie sie erneut als gewöhnliches Foto oder Video hoch.
files-cleaned = Fotos und Videos werden ohne ihre Kameradaten (GPS-Position, Seriennummern, Eigentümer) angezeigt; das Bild selbst bleibt unverändert.
files-current = aktuell
files-dimensions = Größe in Pixeln
files-documents = Dokumente
files-download = Herunterladen
files-drop_hint = oder Dateien hierher ziehen
files-for_update = Diese Dateien werden an die Fortschrittsmeldung angehängt und erhalten dieselbe Sichtbarkeit.
files-history = Versionen
files-kind = Art
files-kind_auto = Foto / Video / Sonstiges (nach Inhalt)
files-limits = Fotos (JPEG, PNG, WebP, HEIC), Videos (MP4, MOV), PDF, Office, CSV und ZIP; bis zu { $mb } MiB pro Datei.
files-media = Fotos und Videos
files-name = Name
files-new_version = Neue Version hochladen
files-no_documents = Noch keine Dokumente.
files-no_media = Noch keine Fotos oder Videos.
files-no_preview = Keine Vorschau; zum Herunterladen öffnen
files-of_record = ein signiertes verbindliches Dokument: Jeder kann eine Kopie unter „Dokument prüfen“ verifizieren
files-older = Älter
files-open = Öffnen
files-original = Original mit Kameradaten (nur für Mitarbeiter, wird protokolliert)
files-preparing = Vorschau wird erstellt…
files-section = Fotos & Dokumente
files-see_all = Alle Fotos und Dokumente ansehen
files-send = Hochladen
files-size = Größe
files-superseded = Durch eine neuere Version ersetzt
files-take_photo = Foto aufnehmen
files-taken = Aufgenommen
files-title = Fotos & Dokumente
files-type = Typ
files-upload = Fotos, Videos oder Dokumente hinzufügen
files-uploaded =
    { $n ->
        [one] { $n } Datei hochgeladen.
       *[other] { $n } Dateien hochgeladen.
    }
files-version = Version

## fkind
fkind-bill_of_lading = Konnossement
fkind-certificate = Zertifikat
fkind-contract = Vertrag
fkind-inspection_report = Inspektionsbericht
fkind-invoice = Handelsrechnung
fkind-material_receipt = Materialeingangsbeleg
fkind-other = Sonstiges Dokument
fkind-packing_list = Packliste
fkind-payment_instructions = Zahlungsanweisungen
fkind-photo = Foto
fkind-proforma_invoice = Proformarechnung
fkind-progress_report = Fortschrittsbericht
fkind-video = Video

## footer
footer-note = Portico fragt niemals nach dem Passwort Ihres E-Mail-Postfachs. Unsere E-Mails enthalten niemals Anmeldelinks: Öffnen Sie das Portal selbst.

## forgot
forgot-have_code = Ich habe einen Code
forgot-send = Code zusenden
forgot-sent = Falls zu dieser Adresse ein Konto existiert, ist ein Code unterwegs (30 Minuten gültig). Öffnen Sie die Seite zum Zurücksetzen und geben Sie ihn dort ein.
forgot-title = Passwort vergessen?
forgot-why = Geben Sie Ihre E-Mail-Adresse ein. Falls dazu ein Portico-Konto existiert, senden wir dorthin einen Code, mit dem Sie ein neues Passwort festlegen können. Portico sendet niemals Links, über die Sie angemeldet werden.

## fraud
fraud-changes = Ausstehende Änderungen der Bankverbindung
fraud-failed = Fehlgeschlagene Prüfungen
fraud-mismatches = Zahlungen an andere Konten
fraud-none = Keine.
fraud-title = Betrugsanzeichen

## invite
invite-code_is = Falls die E-Mail nicht ankommt, teilen Sie der Person diesen Code per Telefon oder Chat mit:
invite-expires = läuft ab
invite-how = Die Person öffnet { $url } und gibt den Code vor dem { $day } UTC ein.
invite-intro = Die Person erhält eine E-Mail mit einem Einmalcode und öffnet Portico selbst, um ihn einzugeben. Der Code ist 7 Tage gültig.
invite-open = Offene Einladungen
invite-resend = Neuer Code
invite-revoke = Zurückziehen
invite-send = Einladung senden
invite-sent = Einladung gesendet
invite-sent_to = Eine E-Mail mit dem Code ist unterwegs an { $email }.
invite-title = Jemanden einladen
invite-language = Sprache der Einladung und des Kontos

## jobs
jobs-attempts = Versuche
jobs-error = Letzter Fehler
jobs-hint = Jobs erstellen Vorschauen und Berichte. Ein fehlgeschlagener Job wird in zunehmenden Abständen wiederholt; nach fünf Versuchen hält er an und wartet hier.
jobs-kind = Job
jobs-kind-file-derive = Fotovorschau
jobs-kind-report-build = Fortschrittsbericht
jobs-none = Kein Job ist fehlgeschlagen.
jobs-retry = Erneut versuchen
jobs-state = Zustand
jobs-status-done = Erledigt
jobs-status-failed = Fehlgeschlagen
jobs-status-queued = Wartend
jobs-status-running = Läuft
jobs-title = Hintergrundjobs
jobs-updated = Aktualisiert

## lifecycle
lifecycle-move_to = Status ändern in:
lifecycle-confirm_cancelled = Diesen Auftrag stornieren? Der Käufer wird sofort informiert; nur ein Administrator kann ihn wieder öffnen.
lifecycle-confirm_shipped = Diesen Auftrag als versandt markieren? Der Käufer erfährt, dass die Ware das Werk verlassen hat.
lifecycle-yes_cancelled = Ja, Auftrag stornieren
lifecycle-yes_shipped = Ja, als versandt markieren
lifecycle-reopen = Wieder öffnen
lifecycle-step_back = Einen Schritt zurück
lifecycle-back_to = Der Auftrag geht zurück auf: { $status }. Der Käufer sieht die Änderung und Ihre Begründung im Verlauf.
lifecycle-reason = Begründung (Pflicht)
lifecycle-step_back_go = Auftrag zurücksetzen

## mail
mail-digest-intro = Was bei { $tenant } auf Portico seit der letzten Zusammenfassung geschehen ist:
mail-digest-subject =
    { $count ->
        [one] { $tenant } auf Portico: { $count } neue Meldung heute
       *[other] { $tenant } auf Portico: { $count } neue Meldungen heute
    }
mail-email_changed-body = Die E-Mail-Adresse Ihres Portico-Kontos wurde von { $old } auf eine andere Adresse geändert (von { $ip }). Wenn Sie das nicht waren, wenden Sie sich sofort an den Administrator Ihres Lieferanten.
mail-email_changed-subject = Ihre E-Mail-Adresse bei Portico wurde geändert
mail-email_confirm-body =
    Ihr Bestätigungscode: { $code } ({ $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig). Geben Sie ihn in Portico unter Konto → E-Mail-Adresse ein ({ $url }).
mail-email_confirm-subject = Bestätigen Sie Ihre E-Mail-Adresse für Portico
mail-email_taken-body = Ein anderes Portico-Konto (von { $ip }) hat versucht, seine E-Mail-Adresse auf Ihre zu ändern. Es wurde nichts geändert, und Ihr Konto ist nicht betroffen. Wenn Sie das beunruhigt, informieren Sie den Administrator Ihres Lieferanten.
mail-email_taken-subject = Jemand hat versucht, Ihre E-Mail-Adresse in Portico zu verwenden
mail-notice-intro = Neues von { $tenant } auf Portico:
mail-notice-subject = { $tenant } auf Portico: { $what }
mail-open_portal = Um die Details zu sehen, öffnen Sie Portico selbst: Geben Sie { $url } in Ihren Browser ein oder verwenden Sie Ihr Lesezeichen. E-Mails von Portico enthalten niemals Anmeldelinks, und unsere Bankverbindung ändert sich niemals per E-Mail.
mail-phrase = Ihre Anti-Phishing-Phrase bei Portico: „{ $phrase }“. E-Mails von Portico zeigen sie immer; eine E-Mail ohne sie stammt nicht von Portico.
mail-phrase_tip = Tipp: Wählen Sie in Portico eine Anti-Phishing-Phrase (Konto → Sicherheit); jede E-Mail von Portico zeigt sie dann an.
mail-quoted = Text in „Anführungszeichen“ wurde von Personen bei { $tenant } eingegeben und nicht von Portico verfasst: Portico fordert Sie niemals per E-Mail auf, zu zahlen, Bankverbindungen zu ändern oder sich anzumelden.
mail-reset-advice = Öffnen Sie { $url } selbst in Ihrem Browser und geben Sie dort den Code ein. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
mail-reset-asked = Jemand (hoffentlich Sie) hat von { $ip } aus angefordert, Ihr Portico-Passwort zurückzusetzen.
mail-reset-code =
    Ihr Code: { $code } ({ $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig, nur einmal verwendbar).
mail-reset-subject = Ihr Code zum Zurücksetzen Ihres Portico-Passworts
mail-security-advice = Wenn Sie das waren, ist nichts zu tun. Wenn nicht, öffnen Sie Portico selbst (geben Sie die Adresse ein, die Sie immer verwenden; folgen Sie keinen Links in E-Mails), melden Sie sich an und wählen Sie unter Konto → Sicherheitshinweise „Das war ich nicht“: Dies meldet alle Geräte ab und verlangt ein neues Passwort.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Portico-Sicherheitshinweis: { $what }
mail-written = Diese Nachricht wurde am { $date } verfasst.
mail-invite-subject = Einladung von { $tenant } auf Portico
mail-invite-intro = { $inviter } lädt Sie ein, Ihre Aufträge bei { $tenant } auf Portico zu verfolgen.
mail-invite-code = Öffnen Sie Portico selbst unter { $url } und geben Sie diesen Code ein: { $code }
mail-invite-expires = Der Code gilt einmal, bis zum { $day }.
mail-invite-advice = Portico sendet nie Links, die Sie anmelden, und fragt nie nach Ihrem E-Mail-Passwort. Wenn Sie diese Nachricht nicht erwartet haben, ignorieren Sie sie.

## mailhealth
mailhealth-no_relay = Es werden keine E-Mails versendet: Es ist kein Mail-Relay konfiguriert (PORTICO_SMTP_HOST). Warnungen zu Zahlungen und Bankverbindungen erscheinen nur in Portico.
mailhealth-stuck =
    { $n ->
        [one] { $n } E-Mail an Ihre Benutzer ist in den letzten 24 Stunden fehlgeschlagen oder hat länger als 15 Minuten gewartet.
       *[other] { $n } E-Mails an Ihre Benutzer sind in den letzten 24 Stunden fehlgeschlagen oder haben länger als 15 Minuten gewartet.
    }
mailhealth-title = Warnungen erreichen Ihre Administratoren möglicherweise nicht
mailhealth-unconfirmed = Diese Administratoren haben ihre E-Mail-Adresse nicht bestätigt und erhalten keine Warnungen:

## milestones
milestones-actual = Ist
milestones-add = Meilenstein hinzufügen
milestones-late = Verspätet
milestones-name = Meilenstein
milestones-none = Noch keine Meilensteine.
milestones-owner = Verantwortlich
milestones-planned = Geplant
milestones-title = Meilensteine
milestones-update = Aktualisieren

## mstatus
mstatus-done = Erledigt
mstatus-in_progress = In Arbeit
mstatus-pending = Ausstehend

## nav
nav-api_tokens = API-Tokens
nav-audit = Audit-Protokoll
nav-customers = Kunden
nav-fraud = Betrugsanzeichen
nav-home = Übersicht
nav-invite = Einladen
nav-jobs = Hintergrundjobs
nav-language = Sprache
nav-language_go = Wechseln
nav-notifications = Benachrichtigungen
nav-orders = Aufträge
nav-payments = Bankverbindung
nav-people = Personen
nav-reports = Berichte
nav-requests = Zugang anfragen
nav-security = Sicherheit
nav-security_admin = Sicherheitsübersicht
nav-settings = Einstellungen
nav-signout = Abmelden
nav-switch = Lieferant wechseln
nav-templates = Vorlagen
nav-tenant = Aktueller Lieferant
nav-verify = Dokument prüfen
nav-more = Mehr
nav-main = Hauptmenü
nav-skip = Zum Inhalt springen
nav-account = Ihr Konto
nav-sessions = Angemeldete Geräte
nav-notification_prefs = Benachrichtigungseinstellungen
nav-webhooks = Webhooks

## ncat
ncat-decisions = Angefragte und beantwortete Entscheidungen
ncat-files = Neue Fotos, Videos und Dokumente
ncat-milestones = Verspätete Meilensteine
ncat-payments = Bankverbindungen und verbindliche Dokumente
ncat-reports = Fortschrittsberichte
ncat-security = Sicherheitshinweise
ncat-updates = Fortschrittsmeldungen, Status- und Meilensteinänderungen, Kommentare

## nmode
nmode-daily = Tägliche Zusammenfassung
nmode-now = Sofort
nmode-off = Aus

## notice
notice-admin_added = Neuer Administrator
notice-admin_demoted = Administrator entfernt
notice-detail-admin_demoted = { $name } <{ $email }>, durch { $by }
notice-detail-email_changed = von { $old } zu { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } fehlgeschlagene Anmeldung in der letzten Stunde, von { $ip }
       *[other] { $n } fehlgeschlagene Anmeldungen in der letzten Stunde, die letzte von { $ip }
    }
notice-detail-from = von { $ip }
notice-detail-new_sign_in = { $device } von { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = durch { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } falscher Code bei der Zwei-Schritt-Anmeldung nach korrektem Passwort, von { $ip }
       *[other] { $n } falsche Codes bei der Zwei-Schritt-Anmeldung nach korrektem Passwort, der letzte von { $ip }
    }
notice-email_changed = E-Mail-Adresse geändert
notice-failed_sign_ins = Fehlgeschlagene Anmeldungen
notice-new_sign_in = Neue Anmeldung
notice-password_changed = Passwort geändert
notice-password_reset = Passwort zurückgesetzt
notice-second_factor_failed = Falsche Codes bei der Zwei-Schritt-Anmeldung
notice-two_factor_off = Zwei-Schritt-Anmeldung deaktiviert
notice-two_factor_on = Zwei-Schritt-Anmeldung aktiviert
notice-two_factor_reset = Zwei-Schritt-Anmeldung von einem Administrator zurückgesetzt

## notif
notif-comment = Neuer Kommentar des Einkäufers zu Auftrag { $ref } ({ $title })
notif-decision_answered = Eine Entscheidung zu Auftrag { $ref } wurde beantwortet: { $what }
notif-decision_requested = Ihre Entscheidung zu Auftrag { $ref } wird erbeten: { $what }
notif-documents =
    { $count ->
        [one] { $count } neues Dokument zu Auftrag { $ref } ({ $title })
       *[other] { $count } neue Dokumente zu Auftrag { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } hat { $email } als Einkäufer zu { $orders } Auftrag eingeladen
       *[other] { $by } hat { $email } als Einkäufer zu { $orders } Aufträgen eingeladen
    }
notif-milestone = Meilenstein geändert bei Auftrag { $ref }: { $what }
notif-milestone_late = Meilenstein verspätet bei Auftrag { $ref }: { $what } (geplant für { $date })
notif-payment = Bankverbindung: { $event }
notif-photos =
    { $count ->
        [one] { $count } neues Foto oder Video zu Auftrag { $ref } ({ $title })
       *[other] { $count } neue Fotos oder Videos zu Auftrag { $ref } ({ $title })
    }
notif-record = Verbindliches Dokument zu Auftrag { $ref }: { $name }, { $event } (von { $by })
notif-report_ready = Fortschrittsbericht für { $ref } ({ $period }) ist fertig
notif-security = Sicherheitshinweis zu Ihrem Konto: { $event }
notif-status = Auftrag { $ref } ({ $title }) ist jetzt: { $what }
notif-update = Neue Meldung zu Auftrag { $ref } ({ $title })
notif-webhook_disabled = Webhook an { $host } nach { $count } fehlgeschlagenen Zustellungen in Folge abgeschaltet. Prüfen Sie den Empfänger und aktivieren Sie ihn wieder.

## notifications
notifications-always = Sicherheitshinweise und Änderungen der Bankverbindung erreichen Sie immer sofort; sie können nicht deaktiviert werden.
notifications-mark_read = Als gelesen markieren
notifications-none = Keine Benachrichtigungen.
notifications-preferences = Benachrichtigungseinstellungen
notifications-prefs_hint = Wählen Sie für jede Art von Neuigkeit: sofort (in Portico und per E-Mail), in einer täglichen E-Mail-Zusammenfassung oder gar nicht. Diese Einstellungen gelten für alle Lieferanten, denen Sie folgen.
notifications-read_all = Alle als gelesen markieren
notifications-title = Benachrichtigungen
notifications-unread =
    { $count ->
        [one] { $count } ungelesene Benachrichtigung
       *[other] { $count } ungelesene Benachrichtigungen
    }
notifications-choose = Wählen, worüber Sie informiert werden

## orders
orders-all_customers = Alle Kunden
orders-all_statuses = Alle Status
orders-edit = Auftrag bearbeiten
orders-ex_factory_from = Ex-Factory von
orders-ex_factory_to = bis
orders-export = CSV exportieren
orders-filter = Filtern
orders-more = Weitere Aufträge
orders-new = Neuer Auftrag
orders-no_customers = Legen Sie zuerst ein Kundenunternehmen an:
orders-none = Keine Aufträge vorhanden.
orders-only_late = Nur verspätete
orders-reports = Berichte
orders-search = Referenz, Titel oder Produkt suchen
orders-sort = Sortieren
orders-title = Aufträge
orders-none_filtered = Keine Aufträge passen zu diesen Filtern.
orders-clear_filters = Alle Aufträge zeigen
orders-none_staff = Noch keine Aufträge. Legen Sie den ersten an: Der Käufer sieht ihn, sobald er bestätigt ist.
orders-none_buyer = Noch keine Aufträge: Ihr Lieferant hat noch keinen freigegeben. Sie erscheinen hier, sobald er es tut, und Sie werden benachrichtigt.

## payment
payment-differs-account = ein anderes Konto
payment-differs-bank = eine andere Bank (SWIFT/BIC)
payment-differs-both = ein anderes Konto und eine andere Bank
payment-differs-no_record = es ist noch keine verbindliche Bankverbindung hinterlegt
payment-event-active = die neue Bankverbindung ist jetzt die verbindliche; bitte bestätigen Sie sie in Portico
payment-event-cancelled = die angekündigte Änderung der Bankverbindung wurde storniert; die aktuelle Bankverbindung bleibt gültig
payment-event-cooling = eine neue Bankverbindung wurde genehmigt und gilt ab { $date }; bis dahin bleibt die aktuelle gültig. Prüfen Sie sie in Portico
payment-event-mismatch = DRINGEND: Ihre Zahlung über { $amount } vom { $date } ging an das Konto { $account }, das NICHT unser verbindliches Konto ist ({ $differs }). Rufen Sie sofort Ihre Bank an, um die Zahlung zurückzurufen, und rufen Sie uns danach unter einer Nummer an, die Ihnen bereits bekannt ist
payment-event-mismatch_staff = DRINGEND: Eine Zahlung eines Einkäufers über { $amount } vom { $date } ging an das Konto { $account }, das NICHT Ihr verbindliches Konto ist ({ $differs }). Rufen Sie den Einkäufer sofort unter einer Nummer an, die Ihnen bereits bekannt ist, und helfen Sie ihm, die Zahlung über seine Bank zurückzurufen
payment-event-proposed = eine Änderung wurde von { $who } vorgeschlagen; ein zweiter Administrator muss sie genehmigen

## payments
payments-account = Kontonummer oder IBAN
payments-acknowledge = Ich habe diese Angaben geprüft
payments-acknowledged = Bestätigt
payments-amount = Betrag
payments-applies_to = Gilt für
payments-approve = Genehmigen (zweiter Administrator)
payments-bank = Bank
payments-bank_address = Adresse der Bank
payments-beneficiary = Begünstigter
payments-beneficiary_address = Adresse des Begünstigten
payments-cancel = Änderung stornieren
payments-cancelled_why = Storniert aus folgendem Grund:
payments-currency = Währung
payments-for_all = Alle Kunden
payments-for_customer = Dieser Kunde
payments-history = Bankverbindungen und ihr Verlauf
payments-lone_admin = Sie sind der einzige Administrator: Niemand kann eine Änderung der Bankverbindung genehmigen. Fügen Sie zuerst unter „Personen“ einen zweiten Administrator hinzu.
payments-mismatch = NICHT unser verbindliches Konto
payments-none = Es ist noch keine Bankverbindung hinterlegt.
payments-notes = Notizen
payments-paid_on = Bezahlt am
payments-paid_to = Gezahlt an Konto / IBAN
payments-pending = Eine Änderung der Bankverbindung steht aus
payments-pending_hint = Eine neue Bankverbindung wurde von zwei Administratoren genehmigt und gilt ab { $date } UTC. Zahlen Sie bis dahin weiterhin an die aktuelle Bankverbindung. Falls Sie dies nicht erwartet haben, rufen Sie Ihren Lieferanten unter einer Nummer an, die Ihnen bereits bekannt ist.
payments-propose = Neue Bankverbindung vorschlagen
payments-propose_hint = Eine Änderung muss von einem zweiten Administrator genehmigt werden und durchläuft danach die Karenzzeit; alle betroffenen Einkäufer werden sofort informiert.
payments-proposed_hint = Eine Änderung der Bankverbindung wurde vorgeschlagen und wartet auf die Genehmigung durch einen zweiten Administrator. Sie ist nicht gültig: Zahlen Sie weiterhin an die aktuelle Bankverbindung. Falls Sie dies nicht erwartet haben, rufen Sie Ihren Lieferanten unter einer Nummer an, die Ihnen bereits bekannt ist.
payments-public_key = Verbindliche Dokumente werden mit dem Schlüssel dieses Unternehmens signiert:
payments-reason = Grund
payments-record = Zahlung erfassen
payments-record_hint = Geben Sie das Konto, an das Sie gezahlt haben, genau so ein, wie es auf der Bestätigung Ihrer Bank steht: Ist es nicht unser Konto, werden beide Seiten sofort gewarnt.
payments-reference = Referenz
payments-state = Status
payments-status-active = Verbindlich
payments-status-cancelled = Storniert
payments-status-cooling = Genehmigt, in Karenzzeit
payments-status-proposed = Vorgeschlagen, wartet auf zweiten Administrator
payments-status-superseded = Ersetzt
payments-title = Verbindliche Bankverbindung
payments-version = Version
payments-waiting_second = Wartet auf einen zweiten Administrator
payments-warning = Unsere Bankverbindung ändert sich niemals per E-Mail; prüfen Sie sie in Portico.

## people
people-access_report = Was kann die Person sehen?
people-access_until = Zugang bis (optional)
people-add = Person hinzufügen
people-added = Person hinzugefügt
people-all_orders = Alle Aufträge des Kunden
people-all_roles = Alle Rollen
people-back = Zurück zu Personen
people-buyer_access = Für Einkäufer: Kunde und Zugang
people-chosen_orders = Nur ausgewählte Aufträge
people-disabled = deaktiviert
people-edit = Zugang ändern
people-existing_account = Für diese E-Mail-Adresse gab es bereits ein Portico-Konto; es hat jetzt zusätzlich Zugang zu diesem Lieferanten, mit demselben Passwort.
people-filter = Filtern
people-last_sign_in = Letzte Anmeldung
people-lead = Hauptansprechpartner (darf Zugang für Kollegen anfragen)
people-remove = Zugang entziehen
people-reset_2fa = Zwei-Schritt-Anmeldung zurücksetzen
people-reset_2fa_hint = Für Personen, die ihr Telefon und ihre Wiederherstellungscodes verloren haben. Die Person wird benachrichtigt, und der Vorgang wird im Audit-Protokoll erfasst.
people-temp_password = Ein neues Konto wurde angelegt. Geben Sie dieses Einmalpasswort über einen anderen Kanal als E-Mail an die Person weiter (zum Beispiel telefonisch); es wird nur einmal angezeigt:
people-title = Personen
people-two_factor = Zwei-Schritt-Anmeldung
people-two_factor_off = aus
people-two_factor_on = an

## progress
progress-expected = Voraussichtliches Ende
progress-late_count =
    { $n ->
        [one] { $n } verspätet
       *[other] { $n } verspätet
    }
progress-next = Nächster Schritt
progress-slip =
    { $n ->
        [one] { $n } Tag nach Ex-Factory
       *[other] { $n } Tage nach Ex-Factory
    }

## record
record-approve = Genehmigen und ausstellen
record-draft_hint = Entwurf: Einkäufer sehen ihn nicht, und er wird erst als echt verifiziert, wenn ein Administrator ihn ausstellt.
record-event-issued = ausgestellt und dem Einkäufer angezeigt
record-event-proposed = zur Ausstellung vorgeschlagen, wartet auf einen zweiten Administrator
record-event-withdrawn = Vorschlag zurückgezogen
record-issue = An den Einkäufer ausstellen
record-propose = Zur Ausstellung vorschlagen
record-proposed_hint = Zur Ausstellung vorgeschlagen: wartet auf die Genehmigung eines zweiten Administrators.
record-title = Verbindliches Dokument
record-two_admins_hint = Es enthält Zahlungsbedingungen: Ein zweiter Administrator muss es genehmigen, bevor es ausgestellt wird.
record-waiting_second = Sie haben es vorgeschlagen: Ein anderer Administrator muss es genehmigen.
record-withdraw = Vorschlag zurückziehen

## report
report-inspection_passed = Inspektion bestanden
report-inspection_rework = Inspektion: Nacharbeit erforderlich
report-more = Nur die ersten 500 Aufträge werden aufgeführt.
report-order_link = Wer kann diesen Auftrag sehen?
report-order_title = Wer diesen Auftrag sehen kann
report-person_title = Was diese Person sehen kann
report-reason-admin = Administrator: alle Aufträge
report-reason-assigned = Dem Auftrag zugewiesen
report-reason-customer_all = Einkäufer: alle Aufträge des Kunden
report-reason-granted = Einkäufer: Zugang zu diesem Auftrag erteilt
report-reason-share =
    { $n ->
        [one] Freigabelink ({ $n } Aufruf)
       *[other] Freigabelink ({ $n } Aufrufe)
    }
report-until = Bis
report-why = Grund
report-pdf-title = Fortschrittsbericht
report-pdf-period = Zeitraum
report-pdf-generated = Erstellt
report-pdf-zone = Zeitzone
report-pdf-code = Prüfcode
report-pdf-customer = Kunde
report-pdf-status = Status
report-pdf-product = Produkt
report-pdf-quantity = Menge
report-pdf-ex_factory = Ab Werk
report-pdf-etd = ETD (voraussichtl. Abfahrt)
report-pdf-milestones = Meilensteine
report-pdf-milestone = Meilenstein
report-pdf-planned = Geplant
report-pdf-actual = Tatsächlich
report-pdf-late = Verspätet
report-pdf-updates = Neuigkeiten
report-pdf-photos = Fotos
report-pdf-inspection = Prüfung
report-pdf-documents = Neue Dokumente
report-pdf-document = Dokument
report-pdf-kind = Art
report-pdf-added = Hinzugefügt
report-pdf-decisions = Entscheidungen
report-pdf-decision = Entscheidung
report-pdf-due = Fällig
report-pdf-comment = Kommentar
report-pdf-next = Nächster Zeitraum
report-pdf-empty = keine

## reports
reports-code = Prüfcode
reports-customer = Kunde
reports-default_period = Lassen Sie die Datumsfelder leer, um die letzten sieben Tage zu erhalten.
reports-from = Von
reports-make = Jetzt Bericht erstellen
reports-none = Noch keine Berichte.
reports-period = Zeitraum
reports-status = Status
reports-status-failed = Fehlgeschlagen (wird wiederholt)
reports-status-queued = Wird erstellt
reports-status-ready = Fertig
reports-subject = Auftrag oder Kunde
reports-title = Fortschrittsberichte
reports-to = Bis
reports-trigger-on_demand = auf Anfrage
reports-trigger-scheduled = wöchentlich
reports-language = Sprache des Berichts
reports-language_buyers = Die Sprache der Einkäufer
reports-make_first = Den ersten erstellen

## requests
requests-approve = Genehmigen und einladen
requests-intro = Ihr Lieferant entscheidet. Wenn er zustimmt, erhält Ihr Kollege eine Einladung und sieht dieselben Aufträge wie Sie.
requests-line = { $lead } bittet um Zugang für { $name } ({ $email }) bei { $customer }
requests-note = Notiz für den Lieferanten (optional)
requests-pending = Zugangsanfragen von Kunden
requests-refuse = Ablehnen
requests-send = Anfrage senden
requests-title = Zugang für einen Kollegen anfragen
requests-yours = Ihre Anfragen

## reset
reset-code = Code aus der E-Mail
reset-second_factor = Authenticator- oder Wiederherstellungscode (falls Sie die Zwei-Schritt-Anmeldung nutzen)
reset-title = Neues Passwort festlegen

## role
role-admin = Administrator
role-buyer = Einkäufer
role-forwarder = Spediteur
role-merchandiser = Merchandiser
role-qc = QC-Inspektor

## rstatus
rstatus-approved = Genehmigt
rstatus-pending = Ausstehend
rstatus-refused = Abgelehnt

## security
security-acted = bearbeitet: Alle Sitzungen wurden beendet
security-email = E-Mail-Adresse
security-no_notices = Keine Sicherheitshinweise.
security-not_me = Das war ich nicht
security-not_me_hint = „Das war ich nicht“ meldet alle Geräte ab, auch dieses, und verlangt ein neues Passwort (festzulegen mit einem Code, der an Ihre E-Mail-Adresse gesendet wird).
security-notices = Sicherheitshinweise
security-phrase = Anti-Phishing-Phrase
security-phrase_why = Wählen Sie eine Phrase, die nur Sie kennen. Portico zeigt sie oben in jeder E-Mail an, die es Ihnen sendet, sowie auf der Anmeldeseite Ihrer Geräte. Eine E-Mail ohne diese Phrase stammt nicht von Portico: Reagieren Sie nicht darauf.
security-sessions = Wo Sie angemeldet sind
security-title = Sicherheit
security-twofactor = Zwei-Schritt-Anmeldung
security-time_zone = Ihre Zeitzone
security-time_zone_hint = Datum und Uhrzeit werden in dieser Zone angezeigt, mit ihrem Versatz. Leer lassen, um die Zone Ihres Lieferanten zu verwenden ({ $name }).

## settings
settings-cooling_hours = Karenzzeit, bevor eine neue Bankverbindung wirksam wird (Stunden, 24–336)
settings-idle_minutes = Abmelden nach so vielen Minuten ohne Nutzung
settings-merch_invite = Merchandiser dürfen Einkäufer einladen
settings-report_hour = Uhrzeit für Wochenberichte und tägliche Zusammenfassungen (0–23, Ortszeit)
settings-report_weekday = Wochenberichte am
settings-require_2fa = Zwei-Schritt-Anmeldung vorschreiben für
settings-saved = Gespeichert.
settings-session_hours = In jedem Fall abmelden nach so vielen Stunden
settings-share_days = Maximale Gültigkeit von Freigabelinks, in Tagen (1 bis 90)
settings-timezone = Zeitzone (IANA-Name, z. B. Asia/Shanghai)
settings-title = Portaleinstellungen
settings-language = Sprache des Unternehmens
settings-language_hint = Die Standardvorlage für Meilensteine ist in dieser Sprache verfasst, Einladungen beginnen in ihr, und ein Bericht wird in ihr erstellt, wenn keiner seiner Einkäufer eine Sprache gewählt hat.

## setup
setup-admin_name = Ihr Name
setup-company = Firmenname
setup-intro = Erstellen Sie das Portal Ihres Unternehmens und Ihr Administratorkonto. Dieser Link funktioniert nur einmal.
setup-password_confirm = Passwort wiederholen
setup-slug = Kurzname (a-z, 0-9, -)
setup-submit = Portal erstellen
setup-title = Portico einrichten

## share
share-back = Zurück zum Auftrag
share-copy_now = Kopieren Sie diese Adresse jetzt; sie wird nur einmal angezeigt:
share-create = Link erstellen
share-created = Freigabelink erstellt
share-expired = abgelaufen
share-label = Für wen (Notiz)
share-last_day = Letzter Tag
share-new = Link mit Lesezugriff erstellen
share-password = Passwort (optional, mind. 12 Zeichen)
share-protected = Dieser freigegebene Auftrag ist geschützt
share-revoke = Widerrufen
share-revoked = widerrufen
share-shared_by = Freigegeben von { $name } über Portico (nur Lesezugriff)
share-title = Freigabelinks
share-until = Der Link gilt bis { $day } UTC, sofern Sie ihn nicht widerrufen.
share-uses =
    { $n ->
        [one] { $n } Aufruf
       *[other] { $n } Aufrufe
    }
share-with_password = Passwort

## signin
signin-forgot = Passwort vergessen?
signin-hint = Portico wird Sie niemals nach dem Passwort Ihres E-Mail-Kontos fragen.
signin-invalid = E-Mail-Adresse oder Passwort ist nicht korrekt.
signin-no_access = Ihr Konto hat derzeit keinen Zugang zu einem Lieferanten.
signin-phrase = Ihre Anti-Phishing-Phrase:
signin-phrase_hint = Falls Sie eine Anti-Phishing-Phrase gewählt haben, erscheint sie hier auf Ihren eigenen Geräten, nachdem Sie Ihre E-Mail-Adresse eingegeben haben.
signin-reset_done = Ihr Passwort wurde geändert, und alle Sitzungen wurden beendet. Melden Sie sich mit dem neuen Passwort an.
signin-reset_required = Zu Ihrer Sicherheit ist ein neues Passwort erforderlich. Wählen Sie unten „Passwort vergessen?“, um mit einem Code, der an Ihre E-Mail-Adresse gesendet wird, ein neues festzulegen.
signin-submit = Anmelden
signin-throttled = Zu viele fehlgeschlagene Anmeldungen für dieses Konto oder aus diesem Netzwerk. Warten Sie einige Minuten und versuchen Sie es dann erneut.
signin-title = Anmelden

## sort
sort-newest = Neueste zuerst
sort-oldest = Älteste zuerst
sort-reference = Nach Referenz

## staff
staff-assign = Zuweisen
staff-none = Noch niemand zugewiesen.
staff-title = Zugewiesene Mitarbeiter

## status
status-cancelled = Storniert
status-closed = Abgeschlossen
status-confirmed = Bestätigt
status-draft = Entwurf
status-in_production = In Produktion
status-inspection = Inspektion
status-ready_to_ship = Versandbereit
status-shipped = Versendet

## switch
switch-current = Aktuell
switch-open = Öffnen
switch-title = Ihre Lieferanten

## templates
templates-days = Tage
templates-new = Neue Vorlage
templates-none = Keine Vorlage
templates-steps = Schritte, einer pro Zeile: Name | Tage nach Auftragsbeginn
templates-steps_hint = Geplante Termine werden ab dem Tag berechnet, an dem der Auftrag angelegt wird.
templates-title = Meilensteinvorlagen
templates-use = Meilensteine aus Vorlage
templates-garments = Bekleidung
templates-garments-fabric = Stoffbeschaffung
templates-garments-cutting = Zuschnitt
templates-garments-sewing = Nähen
templates-garments-finishing = Veredelung
templates-garments-final_inspection = Endkontrolle
templates-garments-packing = Verpackung
templates-garments-shipping = Versand

## timeline
timeline-decision_approved = Der Einkäufer hat genehmigt.
timeline-decision_rejected = Der Einkäufer hat abgelehnt.
timeline-decision_requested = Eine Entscheidung wurde angefragt.
timeline-decision_withdrawn = Die Anfrage wurde zurückgezogen.
timeline-empty = Noch keine Einträge im Verlauf.
timeline-format_hint = Beginnen Sie eine Zeile mit - für eine Liste; **fett** zur Hervorhebung.
timeline-milestone_added = Meilenstein hinzugefügt: { $status }, { $percent } %
timeline-milestone_updated = Meilenstein aktualisiert: { $status }, { $percent } %
timeline-new_comment = Ihr Kommentar
timeline-new_update = Fortschrittsmeldung
timeline-no_milestone = Kein Meilenstein
timeline-older = Ältere Einträge
timeline-post = Veröffentlichen
timeline-send = Senden
timeline-status_changed = Status von { $from } in { $to } geändert
timeline-title = Verlauf
timeline-visibility = Wer kann es sehen?
timeline-compose = Neuigkeit posten

## twofa
twofa-code = 6-stelliger Code aus Ihrer Authenticator-App
twofa-code_or_recovery = Code aus Ihrer Authenticator-App oder ein Wiederherstellungscode
twofa-codes_intro = Die Zwei-Schritt-Anmeldung ist aktiviert. Bewahren Sie diese Wiederherstellungscodes an einem sicheren Ort auf; jeder funktioniert einmal, falls Sie Ihr Telefon verlieren. Sie werden nur jetzt angezeigt:
twofa-confirm_first = Um die Zwei-Schritt-Anmeldung einzurichten, bestätigen Sie zuerst Ihr Passwort. Der QR-Code erscheint anschließend auf dieser Seite.
twofa-manual = Oder geben Sie diesen Schlüssel ein:
twofa-on =
    { $n ->
        [one] Die Zwei-Schritt-Anmeldung ist aktiviert. { $n } Wiederherstellungscode übrig.
       *[other] Die Zwei-Schritt-Anmeldung ist aktiviert. { $n } Wiederherstellungscodes übrig.
    }
twofa-qr_alt = QR-Code für Ihre Authenticator-App
twofa-scan = Scannen Sie diesen QR-Code mit einer Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder 1Password) und geben Sie dann den angezeigten Code ein.
twofa-title = Zwei-Schritt-Anmeldung
twofa-turn_off = Zwei-Schritt-Anmeldung deaktivieren
twofa-turn_on = Aktivieren

## verify
verify-advice-genuine = Sie können sich darauf verlassen. Verwenden Sie für Zahlungen dennoch die in Portico angezeigte Bankverbindung.
verify-advice-issued = Ein Code lässt sich auf jedes beliebige PDF kopieren. Um sicherzugehen, dass Ihr Dokument genau dieses ist, wählen Sie oben seine Datei aus: Nur die Dateiprüfung bestätigt dies. Sein SHA-256 muss mit dem hier angezeigten übereinstimmen.
verify-advice-superseded = Handeln Sie nicht auf Grundlage dieser Version: Öffnen Sie den Auftrag in Portico und verwenden Sie die aktuelle.
verify-advice-unknown = Zahlen oder unterschreiben Sie nicht auf Grundlage dieses Dokuments. Es wurde möglicherweise verändert (schon ein einziges geändertes Byte macht es unbekannt). Rufen Sie Ihren Lieferanten unter einer Nummer an, die Ihnen bereits bekannt ist, und verwenden Sie die Dokumente und die Bankverbindung in Portico.
verify-check = Prüfen
verify-code = oder seinen Prüfcode
verify-file = Das PDF, das Sie erhalten haben
verify-hint = Sie haben eine Rechnung, einen Vertrag oder eine Bankverbindung per E-Mail erhalten? Prüfen Sie sie hier: Wählen Sie das PDF aus oder geben Sie seinen Prüfcode ein. Die Datei wird im Arbeitsspeicher geprüft und nicht gespeichert.
verify-issued = Ausgestellt von { $supplier } ({ $who }) am
verify-issued_by = Ausgestellt von { $supplier } am
verify-newer = Eine neuere Version wurde ausgestellt am
verify-outcome-genuine = Echt: Dies ist das verbindliche Dokument
verify-outcome-issued = Dieser Code gehört zu einem aktuellen verbindlichen Dokument
verify-outcome-superseded = Ersetzt: Es gibt eine neuere Version
verify-outcome-unknown = Unbekannt: Dieses Dokument wurde nicht über Portico ausgestellt
verify-private = Prüfungen sind pro Stunde begrenzt; angemeldete Personen können mehr prüfen.
verify-report_note = Ein Fortschrittsbericht gibt wieder, was die Mitarbeiter des Lieferanten zum Auftrag veröffentlicht haben; er ist niemals eine Zahlungsanweisung. Zahlen Sie nur an die in Portico angezeigte verbindliche Bankverbindung.
verify-signature = Signatur
verify-title = Dokument prüfen

## visibility
visibility-customer = Für Einkäufer sichtbar
visibility-internal = Intern

## weekday
weekday-0 = Keine Wochenberichte
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

## viewer
viewer-close = Schließen
viewer-next = Nächstes
viewer-previous = Vorheriges

## device
device-kind_api = API
device-kind_browser = Browser
device-on = { $browser } unter { $os }
device-program = ein Programm
device-unknown = ein unbekannter Client

## err
# Fehlermeldungen, nach dem englischen Text, den der Code auslöst (src/error.rs sucht sie darüber).
err-a_change_of_these_bank = Eine Änderung dieser Bankverbindung wartet bereits; genehmigen oder stornieren Sie diese zuerst.
err-a_customer_with_this_name = Ein Kundenunternehmen mit diesem Namen existiert bereits.
err-a_sheet_exists_only_for = Ein Datenblatt gibt es nur für Bankverbindungen, die verbindlich sind oder waren.
err-a_template_with_this_name = Eine Vorlage mit diesem Namen existiert bereits.
err-account_invalid = Eine Kontonummer besteht aus 4 bis 34 Buchstaben und Ziffern (Leerzeichen und Bindestriche sind erlaubt).
err-account_invalid-2 = Geben Sie die Kontonummer oder IBAN, an die Sie gezahlt haben, so ein, wie sie auf der Bestätigung Ihrer Bank steht.
err-account_required = Geben Sie die Kontonummer oder IBAN ein.
err-amount_invalid = Geben Sie den Betrag in Ziffern an, zum Beispiel 52000 oder 52000.50.
err-an_order_with_this_reference = Ein Auftrag mit dieser Referenz existiert bereits.
err-answer_invalid = Wählen Sie „Genehmigen“ oder „Ablehnen“.
err-bic_invalid = Ein SWIFT/BIC-Code hat 8 oder 11 Zeichen: 4 Buchstaben für die Bank, 2 für das Land, dann 2 (und optional 3 weitere) Buchstaben oder Ziffern.
err-body_incomplete = Die Anfrage wurde während der Übertragung unterbrochen.
err-body_required = Geben Sie zuerst einen Text ein.
err-body_unreadable = Der Inhalt der Anfrage konnte nicht gelesen werden.
err-buyers_acknowledge_the_bank_details = Nur Einkäufer bestätigen die Bankverbindung, an die sie zahlen.
err-cannot_demote_self = Sie können Ihre eigene Rolle nicht ändern; bitten Sie einen anderen Administrator darum.
err-cannot_remove_self = Sie können sich nicht selbst entfernen.
err-category_invalid = Sicherheitshinweise und Zahlungsbenachrichtigungen können nicht deaktiviert werden; weitere Kategorien sind Fortschrittsmeldungen, Dateien, Entscheidungen, Meilensteine und Berichte.
err-challenge_expired = Die Anmeldung hat zu lange gedauert. Melden Sie sich erneut an.
err-code_invalid = Ein Prüfcode sieht so aus: 7KQ2M-XW9TD.
err-code_wrong = Der Code ist nicht korrekt oder abgelaufen.
err-code_wrong-2 = Der Code ist nicht korrekt. Prüfen Sie die Uhrzeit auf Ihrem Telefon und versuchen Sie es erneut.
err-code_wrong-3 = Der Code ist nicht korrekt.
err-comment_required = Geben Sie an, warum Sie ablehnen, damit der Lieferant darauf reagieren kann.
err-comment_too_long = Der Kommentar darf höchstens 2000 Zeichen lang sein.
err-confirmation_wrong = Dieses Passwort oder dieser Code ist nicht korrekt.
err-csrf = Das Formular ist abgelaufen oder stammt nicht von dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.
err-currency_invalid = Geben Sie die Währung als dreistelligen Buchstabencode an, zum Beispiel USD, EUR oder CNY.
err-cursor_invalid = Der Seitenverweis (Cursor) ist ungültig.
err-customer_invalid = Unbekanntes Kundenunternehmen.
err-customer_required = ein Einkäufer benötigt --customer
err-customer_required-2 = Wählen Sie den Kunden dieses Auftrags aus.
err-customer_required-3 = Wählen Sie den Kunden aus, der gezahlt hat.
err-customer_required-4 = Ein Einkäufer gehört zu einem Kundenunternehmen: Wählen Sie eines aus.
err-date_invalid = Geben Sie das Zahlungsdatum im Format JJJJ-MM-TT an.
err-date_invalid-2 = Das Zahlungsdatum muss innerhalb des letzten Jahres liegen und darf nicht in der Zukunft liegen.
err-description_too_long = Die Beschreibung darf höchstens 4000 Zeichen lang sein.
err-email_confirmation_required = Bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Code, der an sie gesendet wurde (/account/email): Sicherheits- und Zahlungswarnungen werden dorthin gesendet.
err-email_invalid = Geben Sie eine gültige E-Mail-Adresse ein.
err-enrolment_missing = Laden Sie die Seite neu, um von vorn zu beginnen.
err-enrolment_required = Ihr Lieferant schreibt die Zwei-Schritt-Anmeldung vor: Richten Sie sie zuerst unter /account/2fa ein.
err-expires_in_days = Die Anzahl der Tage muss eine ganze Zahl sein.
err-expiry_required = Wählen Sie den letzten Tag, an dem der Link funktioniert.
err-field-date = Das Feld „{ $field }“ muss ein Datum in der Form 2026-12-31 enthalten.
err-field-invalid_characters = Das Feld „{ $field }“ enthält Steuerzeichen oder Zeichen, die die Schreibrichtung umkehren.
err-field-range = Der Wert im Feld „{ $field }“ muss zwischen { $min } und { $max } liegen.
err-field-required = Das Feld „{ $field }“ muss ausgefüllt werden.
err-field-too_long = Das Feld „{ $field }“ darf höchstens { $max } Zeichen lang sein.
err-field_not_utf8 = Ein Formularfeld enthält keinen gültigen UTF-8-Text.
err-field_too_long = Ein Formularfeld des Uploads ist zu lang.
err-file_required = Wählen Sie mindestens eine Datei aus.
err-forbidden = Dazu sind Sie nicht berechtigt.
err-form_invalid = Das Formular konnte nicht gelesen werden.
err-form_invalid-2 = Senden Sie genau ein PDF oder einen Code.
err-form_invalid-3 = Senden Sie jeweils nur ein PDF.
err-iban_invalid = Diese IBAN ist ungültig: Prüfziffern oder Länge stimmen nicht. Prüfen Sie sie Zeichen für Zeichen.
err-internal = Auf unserer Seite ist etwas schiefgelaufen. Bitte versuchen Sie es erneut; falls der Fehler weiterhin auftritt, geben Sie die Anfrage-ID an.
err-invalid_credentials = Die E-Mail-Adresse oder das Passwort ist nicht richtig.
err-invitation_invalid = Dieser Code ist ungültig: Er ist möglicherweise abgelaufen, wurde bereits verwendet oder wurde zurückgezogen. Bitten Sie um eine neue Einladung.
err-invitation_other_account = Diese Einladung gilt für eine andere E-Mail-Adresse. Melden Sie sich ab und verwenden Sie diese Adresse.
err-invitation_sign_in = Sie haben bereits ein Portico-Konto: Melden Sie sich zuerst an und geben Sie den Code dann erneut ein.
err-invoices_contracts_and_other_official = Rechnungen, Verträge und andere offizielle Dokumente, die Einkäufern angezeigt werden, werden von einer angemeldeten Person ausgestellt, nicht von einem API-Token. Laden Sie das Dokument als intern hoch oder melden Sie sich an.
err-kind_invalid = Wählen Sie die Art der Entscheidung aus.
err-kind_invalid-2 = Wählen Sie eine der aufgeführten Dateiarten aus.
err-language_invalid = Wählen Sie eine der angebotenen Sprachen.
err-milestone_invalid = Der Meilensteinfilter ist keine Meilenstein-ID.
err-milestone_invalid-2 = Unbekannter Meilenstein.
err-mode_invalid = Wählen Sie „Sofort“, „Tägliche Zusammenfassung“ oder „Aus“.
err-no_admin = Dieser Lieferant hat keinen aktiven Administrator.
err-not_found = Die angeforderte Seite oder das angeforderte Objekt existiert nicht, oder Sie haben keinen Zugang dazu.
err-one_file = Eine neue Version besteht aus genau einer Datei.
err-only_a_change_that_has = Nur eine Änderung, die noch nicht wirksam geworden ist, kann storniert werden.
err-only_a_draft_can_be = Nur ein Entwurf kann ausgestellt werden; dieses Dokument wurde bereits ausgestellt oder vorgeschlagen.
err-only_a_proposed_change_can = Nur eine vorgeschlagene Änderung kann genehmigt werden.
err-only_a_proposed_document_can = Nur ein vorgeschlagenes Dokument kann genehmigt werden.
err-only_a_proposed_document_can-2 = Nur ein vorgeschlagenes Dokument kann zurückgezogen werden.
err-only_the_details_of_record = Nur die verbindliche Bankverbindung kann bestätigt werden.
err-order_draft = Bestätigen Sie den Auftrag, bevor Sie den Einkäufer um eine Entscheidung bitten.
err-order_draft-2 = Ein Auftrag im Entwurf kann nicht freigegeben werden.
err-order_invalid = Unbekannter Auftrag.
err-order_invalid-2 = Ein ausgewählter Auftrag gehört nicht zu diesem Kunden.
err-order_not_assigned = Sie können Einkäufer nur zu Aufträgen einladen, die Ihnen zugewiesen sind.
err-orders_required = Wählen Sie die Aufträge aus, die diese Person verfolgen darf.
err-orders_required-2 = Wählen Sie die Aufträge aus, die dieser Einkäufer verfolgen darf: Sie können Einkäufer nur zu Aufträgen einladen, die Ihnen zugewiesen sind.
err-owner_invalid = Der Verantwortliche muss zu Ihren Mitarbeitern gehören.
err-password_mismatch = Die beiden Passwörter stimmen nicht überein.
err-password_reset_required = Zu Ihrer Sicherheit ist ein neues Passwort erforderlich. Wählen Sie „Passwort vergessen?“, um mit einem Code, der an Ihre E-Mail-Adresse gesendet wird, ein neues festzulegen.
err-password_unchanged = Wählen Sie ein anderes Passwort als das aktuelle.
err-payments_are_recorded_by_buyers = Zahlungen werden von Einkäufern, Merchandisern und Administratoren erfasst.
err-percent_invalid = Der Prozentwert muss eine ganze Zahl von 0 bis 100 sein.
err-period_invalid = Wählen Sie Daten zwischen 2000 und heute.
err-period_invalid-2 = Wählen Sie einen Zeitraum von höchstens einem Jahr, der heute oder früher endet und dessen Beginn vor seinem Ende liegt.
err-phrase_too_short = Wählen Sie eine Phrase mit mindestens 4 Zeichen.
err-precondition_failed = Die Datei wurde geändert, seit Sie sie zuletzt geladen haben.
err-quantity_invalid = Die Menge muss eine ganze Zahl sein.
err-range_not_satisfiable = Der angeforderte Bytebereich ist für diese Datei ungültig.
err-reset_code_wrong = E-Mail-Adresse oder Code ist nicht korrekt, oder der Code ist abgelaufen. Fordern Sie einen neuen Code an.
err-role_invalid = Wählen Sie eine Rolle aus.
err-role_invalid-2 = Unbekannte Rolle.
err-scopes_required = Wählen Sie mindestens eine Berechtigung für das Token aus.
err-second_factor_required = Geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.
err-second_factor_required-2 = Dieses Konto nutzt die Zwei-Schritt-Anmeldung: Geben Sie einen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein. Haben Sie keines von beiden, bitten Sie den Administrator Ihres Lieferanten, die Zwei-Schritt-Anmeldung zurückzusetzen.
err-session_ended = Zu viele falsche Antworten: Diese Sitzung wurde beendet. Melden Sie sich erneut an.
err-share_password = Das Passwort ist nicht korrekt.
err-slug_invalid = Der Kurzname muss aus 3 bis 40 Zeichen bestehen: a-z, 0-9 and '-'.
err-sort_invalid = Wählen Sie als Sortierung „Neueste zuerst“, „Älteste zuerst“ oder „Nach Referenz“.
err-staff_invalid = Wählen Sie eine Person aus.
err-staff_invalid-2 = Nur Merchandiser und QC-Inspektoren können zugewiesen werden.
err-status_invalid = Unbekannter Auftragsstatus.
err-status_invalid-2 = Unbekannter Meilensteinstatus.
err-status_invalid-3 = Ein neuer Auftrag beginnt mit dem Status „Entwurf“ oder „Bestätigt“.
err-step_up_required = Bestätigen Sie zu Ihrer Sicherheit Ihre Identität: Geben Sie Ihr Passwort oder einen Code aus Ihrer Authenticator-App ein (POST /api/v1/auth/step-up) und versuchen Sie es dann erneut.
err-steps_required = Eine Vorlage benötigt mindestens einen Schritt.
err-storage_full = Auf dem Server ist kein Speicherplatz mehr frei, daher wurde nichts gespeichert. Bitte versuchen Sie es später erneut; die Betreiber wurden benachrichtigt.
err-subject_invalid = Wählen Sie einen Auftrag oder einen Kunden aus.
err-template_invalid = Unbekannte Meilensteinvorlage.
err-that_already_exists = Dieser Eintrag existiert bereits.
err-the_change_was_decided_meanwhile = Über die Änderung wurde inzwischen entschieden.
err-the_demo_tenant_already_exists = Das Demo-Portal existiert bereits (Kurzname demo-textiles).
err-the_document_changed_meanwhile = Das Dokument wurde inzwischen geändert.
err-the_order_was_changed_meanwhile = Der Auftrag wurde inzwischen geändert; laden Sie die Seite neu und versuchen Sie es erneut.
err-the_report_is_still_being = Der Bericht wird noch erstellt; versuchen Sie es gleich noch einmal.
err-the_report_was_built_meanwhile = der Bericht wurde inzwischen erstellt
err-there_is_already_a_request = Für diese Person liegt bereits eine Anfrage vor.
err-this_api_token_s_scopes = Die Berechtigungen dieses API-Tokens erlauben diese Anfrage nicht.
err-this_decision_was_already_answered = Diese Entscheidung wurde bereits beantwortet und kann nicht mehr geändert werden.
err-this_invitation_is_no_longer = Diese Einladung ist nicht mehr offen.
err-this_invitation_was_already_used = Diese Einladung wurde bereits verwendet.
err-this_kind_of_file_is = Eine Datei dieser Art ist kein verbindliches Dokument.
err-this_person_already_belongs_to = Diese Person gehört bereits zu diesem Lieferanten.
err-this_person_already_has_access = Diese Person hat bereits Zugang zu Ihrem Portal.
err-this_person_already_has_an = Für diese Person gibt es bereits eine offene Einladung: Senden Sie diese stattdessen erneut.
err-this_person_also_works_with = Diese Person arbeitet auf Portico auch mit anderen Lieferanten; ihre Zwei-Schritt-Anmeldung kann nur vom Plattformbetreiber zurückgesetzt werden.
err-this_person_is_already_assigned = Diese Person ist dem Auftrag bereits zugewiesen.
err-this_request_was_already_decided = Über diese Anfrage wurde bereits entschieden.
err-this_short_name_is_taken = Dieser Kurzname ist bereits vergeben; wählen Sie einen anderen.
err-timezone_invalid = Unbekannte Zeitzone: Verwenden Sie einen Namen wie Asia/Shanghai, Europe/Berlin oder UTC.
err-too_large = Die Anfrage ist größer als erlaubt.
err-too_many = Senden Sie höchstens 20 Einstellungen.
err-too_many_orders = Wählen Sie höchstens 1000 Aufträge aus.
err-two_step_sign_in_is = Die Zwei-Schritt-Anmeldung ist bereits aktiviert.
err-two_step_sign_in_is-2 = Die Zwei-Schritt-Anmeldung ist deaktiviert.
err-unauthenticated = Bitte melden Sie sich an.
err-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in Kürze erneut.
err-update_invalid = Dateien können nur an eine Fortschrittsmeldung dieses Auftrags angehängt werden.
err-upload_incomplete = Der Upload wurde vor dem Abschluss unterbrochen. Es wurde nichts gespeichert; bitte versuchen Sie es erneut.
err-upload_malformed = Der Upload konnte nicht gelesen werden (fehlerhafter Multipart-Inhalt). Es wurde nichts gespeichert.
err-visibility_invalid = Die Sichtbarkeit muss „Intern“ oder „Für Einkäufer sichtbar“ sein.
err-visibility_invalid-2 = Wählen Sie aus, wer die Meldung sehen kann.
err-your_account_has_no_access = Ihr Konto hat derzeit keinen Zugang zu einem Lieferanten.
err-password-too_short = Das Passwort muss mindestens { $min } Zeichen haben.
err-password-too_long = Das Passwort darf höchstens { $max } Zeichen haben.
err-template-line = Zeile { $n }: Geben Sie die Tage nach „|“ als ganze Zahl an.
err-template-too_many = Eine Vorlage hat höchstens { $max } Schritte.
err-order-transition = Ein Auftrag kann nicht von „{ $from }“ zu „{ $to }“ wechseln.
err-body-too_long = Höchstens { $max } Zeichen.
err-file-empty = { $name } ist leer.
err-limit-sign_ins = Zu viele Anmeldungen von hier. Versuchen Sie es in { $wait } erneut.
err-limit-codes = Zu viele falsche Codes. Versuchen Sie es in { $wait } erneut.
err-limit-email_codes = In der letzten Stunde wurden drei Codes gesendet. Verwenden Sie den neuesten oder versuchen Sie es in { $wait } erneut.
err-limit-reports = Sie haben in der letzten Stunde 20 Berichte angefordert; versuchen Sie es in { $wait } erneut.
err-limit-invitation_codes = Zu viele Codes von hier versucht. Versuchen Sie es in { $wait } erneut.
err-limit-share_passwords = Zu viele falsche Passwörter. Versuchen Sie es in { $wait } erneut.
err-limit-verify = Zu viele Prüfungen von hier in der letzten Stunde. Versuchen Sie es in { $wait } erneut, oder melden Sie sich bei Portico an, um mehr zu prüfen.
err-share-last_day = Der letzte Tag muss zwischen heute und in { $max } Tagen liegen.
err-carry_invalid = Das Formular konnte nicht weitergesendet werden; bitte erneut ausfüllen.
err-reason_required = Bitte begründen: Die Begründung erscheint im Verlauf.
err-reason_too_long = Die Begründung hat höchstens 1000 Zeichen.
err-close_open_decision = Ein Auftrag mit offener Entscheidung kann nicht abgeschlossen werden: Ziehen Sie die Entscheidung zuerst zurück oder warten Sie auf die Antwort.
err-cannot_go_back = Ein Auftrag kann von { $from } nicht zurückgehen.
err-accent_invalid = Wählen Sie eine Farbe im Format #rrggbb.
err-accent_contrast = Diese Farbe ist zu hell: Weiße Schrift darauf und Schrift in dieser Farbe auf Weiß wären schwer lesbar. Wählen Sie eine dunklere (WCAG AA verlangt einen Kontrast von mindestens 4,5:1).
err-logo_type = Das Logo muss ein PNG-, WebP- oder JPEG-Bild sein.
err-logo_too_large = Das Logobild ist zu groß; verwenden Sie eines unter 40 Megapixeln.
err-logo_too_big = Das Logo hat höchstens 2 MB.
err-decision_on_closed = Ein abgeschlossener oder stornierter Auftrag nimmt keine neuen Entscheidungen an: Öffnen Sie ihn zuerst wieder.
err-invalid_limit = limit muss eine ganze Zahl von 1 bis 200 sein.
err-webhook_event_unknown = Unbekannter Ereignistyp; siehe die Liste der Ereignistypen in der API-Dokumentation.
err-webhook_events_required = Wählen Sie mindestens ein Ereignis zum Senden.
err-webhook_limit = Ein Unternehmen hat höchstens 20 Webhook-Empfänger; löschen Sie zuerst einen.
err-webhook_disabled = Dieser Empfänger ist deaktiviert; aktivieren Sie ihn zuerst.
err-webhook_address_private = Der Empfänger muss im öffentlichen Internet sein: private, Loopback- und link-lokale Adressen werden abgelehnt.
err-webhook_url_invalid = Geben Sie die vollständige Adresse des Empfängers ein, etwa https://erp.example.com/portico/events.
err-webhook_url_https = Die Adresse des Empfängers muss mit https:// beginnen.
err-webhook_url_credentials = Lassen Sie Benutzername und Passwort aus der Adresse weg: Die Signatur beweist, wer sendet.
err-webhook_host_unknown = Der Hostname des Empfängers wurde nicht gefunden.
err-invalid_idempotency_key = Der Header Idempotency-Key muss 1 bis 255 druckbare ASCII-Zeichen haben.
err-idempotency_key_reused = Dieser Idempotency-Key wurde für eine andere Anfrage verwendet; nehmen Sie für eine neue Anfrage einen neuen Schlüssel.
err-idempotency_key_in_progress = Eine Anfrage mit diesem Idempotency-Key wird noch bearbeitet; versuchen Sie es gleich noch einmal.
err-method_not_allowed = Diese Adresse nimmt diese Methode nicht an; sie nimmt { $what }.
err-send_json = Senden Sie den Inhalt als JSON mit dem Header Content-Type: application/json.
err-send_form = Senden Sie das Formular als application/x-www-form-urlencoded.
err-json_malformed = Der Inhalt ist kein gültiges JSON (Zeile { $n }, Spalte { $count }).
err-query_unreadable = Die Abfragezeichenfolge konnte nicht gelesen werden.
err-json_fields = Der JSON-Inhalt hat nicht die erwarteten Felder: { $detail }
err-query_detail = Die Abfragezeichenfolge konnte nicht gelesen werden: { $detail }
err-form_detail = Das Formular konnte nicht gelesen werden: { $detail }

sheet-title = Zahlungsanweisungen
sheet-scope_customer = Nur für Ihr Unternehmen
sheet-scope_all = Für alle Kunden
sheet-valid_from = Gültig ab
sheet-verify_hint = Prüfen Sie dieses Blatt jederzeit: Öffnen Sie Portico selbst und nutzen Sie „Dokument prüfen“ mit dem Code unten.

csv-orders-reference = Referenz / Bestellnr.
csv-orders-title = Titel
csv-orders-customer = Kunde
csv-orders-product = Produkt
csv-orders-quantity = Menge
csv-orders-status = Status
csv-orders-ex_factory_date = Ab Werk
csv-orders-etd_date = ETD
csv-orders-next_milestone = Nächster Meilenstein
csv-orders-late_milestones = Verspätete Meilensteine
csv-orders-percent_done = Erledigt (%)
csv-orders-expected_finish = Voraussichtliches Ende
csv-orders-created_at = Angelegt (UTC)
csv-audit-seq = Nr.
csv-audit-id = Ereignis-ID
csv-audit-created_at_utc = Zeit (UTC)
csv-audit-actor_user_id = Von (Benutzer-ID)
csv-audit-action = Aktion
csv-audit-object_type = Objekttyp
csv-audit-object_id = Objekt-ID
csv-audit-detail = Einzelheiten
csv-audit-ip = IP-Adresse
csv-audit-prev_hash = Vorheriger Hash
csv-audit-hash = Hash

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    }
wait-minute =
    { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
wait-hour =
    { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }

more-title = Mehr
more-settings = Einstellungen und Sicherheit
more-documents = Dokumente und Zahlungen
more-suppliers = Lieferanten

table-actions = Aktionen

start-title = Erste Schritte
start-email = Bestätigen Sie Ihre E-Mail-Adresse (dorthin gehen die Zahlungswarnungen)
start-two_step = Aktivieren Sie die Anmeldung in zwei Schritten
start-customer = Legen Sie einen Kunden an
start-order = Legen Sie einen Auftrag an
start-invite_buyer = Laden Sie Ihren Einkäufer ein
start-second_admin = Laden Sie einen zweiten Administrator ein (Bankdaten brauchen zwei)
start-bank_details = Veröffentlichen Sie Ihre verbindlichen Bankdaten mit dem zweiten Administrator
start-done = erledigt
send_on-title = Bestätigt
send_on-body = Ihre Änderungen werden wie eingegeben gesendet …
send_on-continue = Weiter
glance-percent = { $n } % erledigt
glance-progress = Auftragsfortschritt
glance-next = Als Nächstes: { $name }
glance-decision_yours = Ihre Antwort wird gebraucht: { $title }
glance-decision_waiting = Wartet auf den Käufer: { $title }
glance-sections = Auf dieser Seite
brand-title = Ihre Marke
brand-why = Ihre Käufer sehen Ihren Namen und Ihr Logo oben auf jeder Seite, auf der Anmeldeseite eines bereits benutzten Geräts und in Berichten. Die Farbe gilt für Links und Schaltflächen.
brand-current_logo = Ihr aktuelles Logo
brand-logo = Logo (PNG, WebP oder JPEG, höchstens 2 MB)
brand-logo_hint = Ein breites Logo auf hellem oder transparentem Grund wirkt am besten; es wird 32 Pixel hoch angezeigt.
brand-remove_logo = Logo entfernen
brand-accent = Akzentfarbe
brand-accent_hint = Sie muss dunkel genug für weiße Schrift sein (geprüft: WCAG AA, 4,5:1).
brand-save = Marke speichern

## webhooks
webhooks-title = Webhooks
webhooks-intro = Portico teilt Ihren anderen Systemen (einem ERP, einem Chat) sofort mit, was geschieht: ein signierter POST an Ihre Adresse für jedes gewählte Ereignis. Der Empfänger prüft die Signatur mit dem Geheimnis und liest die Einzelheiten über die API.
webhooks-new = Empfänger hinzufügen
webhooks-url = Empfängeradresse
webhooks-description = Beschreibung
webhooks-events = Ereignisse
webhooks-create = Hinzufügen
webhooks-created = Empfänger hinzugefügt
webhooks-once = Kopieren Sie das Signaturgeheimnis jetzt: Es wird nur dieses eine Mal angezeigt.
webhooks-signature_hint = Jede Anfrage trägt Portico-Signature: t=…,v1=…, den HMAC-SHA256 aus Zeit, Punkt und Inhalt mit diesem Geheimnis als Schlüssel. Weisen Sie Anfragen mit falscher Signatur oder alter Zeit zurück.
webhooks-open = Details und Zustellprotokoll
webhooks-state = Status
webhooks-enabled = Aktiv
webhooks-disabled = Deaktiviert
webhooks-reason-admin = von einem Administrator abgeschaltet
webhooks-reason-failures = nach einem Tag voller Fehlschläge abgeschaltet; prüfen Sie den Empfänger und aktivieren Sie ihn wieder
webhooks-failures = Fehlschläge in Folge
webhooks-made_by = Hinzugefügt von
webhooks-none = Noch keine Empfänger. Fügen Sie unten einen hinzu, um Ereignisse an Ihr ERP zu senden.
webhooks-back = Alle Webhooks
webhooks-log = Zustellungen
webhooks-log_none = Noch nichts gesendet. Senden Sie einen Test, um den Empfänger zu prüfen.
webhooks-event = Ereignis
webhooks-result = Ergebnis
webhooks-attempts = Versuche
webhooks-when = Wann
webhooks-next_attempt = Nächster Versuch
webhooks-delivery-pending = wartet
webhooks-delivery-delivered = zugestellt
webhooks-delivery-failed = fehlgeschlagen
webhooks-test = Test senden
webhooks-disable = Deaktivieren
webhooks-enable = Aktivieren
webhooks-delete = Löschen
webhooks-delete_confirm = Diesen Empfänger und sein Zustellprotokoll löschen? Es wird nichts mehr an ihn gesendet.
webhooks-older = Ältere Zustellungen
webhooks-event-order-created = Auftrag angelegt
webhooks-event-order-status_changed = Auftragsstatus geändert
webhooks-event-milestone-updated = Meilenstein hinzugefügt oder geändert
webhooks-event-decision-requested = Entscheidung angefragt
webhooks-event-decision-answered = Entscheidung beantwortet
webhooks-event-decision-withdrawn = Entscheidung zurückgezogen
webhooks-event-file-uploaded = Datei oder neue Version hochgeladen
webhooks-event-report-ready = Bericht fertig
webhooks-event-bank_details-proposed = Bankverbindung vorgeschlagen
webhooks-event-bank_details-approved = Bankverbindung genehmigt
webhooks-event-bank_details-activated = Bankverbindung gültig
webhooks-event-bank_details-cancelled = Änderung der Bankverbindung abgebrochen
webhooks-event-payment-mismatch = Zahlung an andere Bankverbindung
