# Portico : français. Mêmes identifiants que le catalogue anglais (en.ftl) ; voir
# /tmp/i18n/glossary-fr.md pour les termes du commerce d'exportation.

## accept
accept-choose = Choisissez votre nom et un mot de passe pour Portico.
accept-code = Code d'invitation
accept-continue = Continuer
accept-signed_in_as = Vous êtes connecté en tant que { $email } ; l'invitation sera ajoutée à ce compte.
accept-title = Accepter une invitation

## account
account-current_password = Mot de passe actuel
account-end = Déconnecter
account-end_others = Déconnecter toutes les autres sessions
account-first_seen = depuis le
account-last_seen = dernière activité le
account-new_password = Nouveau mot de passe (12 à 128 caractères)
account-password = Changer le mot de passe
account-password_done = Votre mot de passe a été modifié. Toutes les autres sessions ont été déconnectées.
account-sessions = Vos sessions ouvertes
account-sessions_intro = Si vous ne reconnaissez pas un appareil ou une adresse, mettez fin à cette session et changez votre mot de passe.
account-this_session = Cet appareil

## action
action-continue = Continuer
action-older = Plus anciens
action-remove = Retirer
action-save = Enregistrer

## adminsec
adminsec-coverage = Connexion en deux étapes par rôle
adminsec-failures =
    { $n ->
        [one] { $n } échec de connexion
       *[other] { $n } échecs de connexion
    }
adminsec-locked = Comptes bloqués après des échecs de connexion (15 dernières minutes)
adminsec-mail = E-mails sortants
adminsec-mail_off =
    Aucun relais de messagerie n'est configuré (PORTICO_SMTP_HOST) : les e-mails restent dans la file d'attente et ne sont pas envoyés. { $n ->
        [one] { $n } e-mail en attente.
       *[other] { $n } e-mails en attente.
    }
adminsec-mail_on =
    { $n ->
        [one] Les e-mails sont envoyés via { $host } ; { $n } e-mail en attente.
       *[other] Les e-mails sont envoyés via { $host } ; { $n } e-mails en attente.
    }
adminsec-none = Aucun.
adminsec-people = Utilisateurs
adminsec-required = exigée par la politique de sécurité
adminsec-suspicious = Connexions inhabituelles (30 derniers jours)
adminsec-title = Vue d'ensemble de la sécurité

## api_tokens
api_tokens-create = Créer le jeton
api_tokens-created = Nouveau jeton
api_tokens-days = Validité (jours)
api_tokens-expired = expiré
api_tokens-expires = Expiration
api_tokens-intro = Les jetons permettent à votre ERP ou à d'autres systèmes de lire les commandes et de publier l'avancement et des fichiers sans utiliser le mot de passe d'une personne. Un jeton agit en votre nom, uniquement dans les limites des autorisations que vous cochez, jusqu'à son expiration ou sa révocation. Il cesse de fonctionner si vous n'êtes plus administrateur.
api_tokens-last_used = Dernière utilisation
api_tokens-made_by = Créé par
api_tokens-name = Nom
api_tokens-never = jamais
api_tokens-new = Créer un jeton
api_tokens-none = Aucun jeton pour l'instant.
api_tokens-once = Copiez le jeton maintenant : il n'est affiché qu'une seule fois. Portico n'en conserve qu'une empreinte.
api_tokens-revoke = Révoquer
api_tokens-revoked = révoqué
api_tokens-scope-files_write = téléverser des photos et des documents
api_tokens-scope-orders_read = lire les commandes, les jalons, l'historique, les fichiers et les rapports
api_tokens-scope-orders_write = créer des commandes et les faire passer d'une étape à l'autre
api_tokens-scope-updates_write = publier des points d'avancement et ajouter ou modifier des jalons
api_tokens-scopes = Autorisations
api_tokens-title = Jetons API
api_tokens-usage = Envoyez-le avec chaque requête :
api_tokens-scope-reports_write = demander des rapports d'avancement à la demande

## audit
audit-action = Action
audit-detail = Détail
audit-ip = Adresse
audit-object = Objet
audit-title = Journal d'audit
audit-when = Date (UTC)

## confirm
confirm-or_code = ou code de l'application d'authentification
confirm-submit = Confirmer
confirm-title = Confirmez votre identité
confirm-why = Cette modification change qui peut voir vos données. Saisissez votre mot de passe, ou un code de votre application d'authentification, pour continuer. Cela ne vous sera pas redemandé pendant quelques minutes.
confirm-kept = Ce que vous avez saisi est conservé : une fois confirmé, il sera envoyé tel quel.

## copy
copy-button = Copier
copy-done = Copié
copy-failed = Impossible de copier : la valeur est sélectionnée, copiez-la avec le clavier ou le menu.
copy-account = Copier le numéro de compte
copy-bic = Copier le SWIFT/BIC
copy-beneficiary = Copier le nom du bénéficiaire
copy-sha256 = Copier le SHA-256
copy-public_key = Copier la clé publique
copy-code = Copier le code de vérification
copy-token = Copier le jeton
copy-secret = Copier la clé
copy-invitation_code = Copier le code d'invitation

## customers
customers-add = Ajouter un client
customers-name = Nom de l'organisation cliente
customers-none = Aucune organisation cliente pour l'instant.
customers-title = Organisations clientes

## dashboard
dashboard-all_orders = Toutes les commandes
dashboard-awaiting_buyers = En attente de la décision de l'acheteur
dashboard-awaiting_you = En attente de votre décision
dashboard-by_status = Commandes par statut
dashboard-due_soon = Sortie d'usine dans les deux prochaines semaines
dashboard-late_milestones = Jalons en retard
dashboard-late_orders = En retard
dashboard-title = Vue d'ensemble
dashboard-urgent = Urgent : paiements et coordonnées bancaires
dashboard-your_orders = Vos commandes

## decisions
decisions-answered_by = Réponse de { $name }
decisions-approve = Approuver
decisions-ask = Demander une décision à l'acheteur
decisions-asked_by = Demandée par { $name }
decisions-comment = Commentaire (obligatoire en cas de refus)
decisions-description = Détails
decisions-due = Date limite de réponse
decisions-kind = Type de décision
decisions-none = Aucune décision sur cette commande.
decisions-reject = Refuser
decisions-send = Envoyer à l'acheteur
decisions-title = Décisions
decisions-waiting = En attente de l'acheteur.
decisions-withdraw = Retirer

## dkind
dkind-delay_acceptance = Accepter un retard
dkind-option = Choisir une option
dkind-other = Autre
dkind-sample_approval = Échantillon de pré-production (PP)
dkind-shipment_approval = Validation de l'expédition

## dstatus
dstatus-approved = Approuvée
dstatus-open = Ouverte
dstatus-rejected = Refusée
dstatus-withdrawn = Retirée

## email
email-change = Changer votre adresse e-mail
email-change_hint = Un code est envoyé à la nouvelle adresse ; votre adresse actuelle est prévenue une fois le changement effectué.
email-code = Code reçu par e-mail
email-new = Nouvelle adresse
email-send_code = Envoyer un code
email-sent = Un code vous a été envoyé (valable 30 minutes). Saisissez-le ci-dessous.
email-title = Adresse e-mail
email-unverified = non confirmée
email-verified = confirmée
email-why = Confirmez votre adresse avec un code pour que Portico puisse vous envoyer les alertes de sécurité.

## error
error-forbidden = Accès refusé
error-home = Retour à l'accueil
error-not_found = Introuvable
error-request = Cette demande n'a pas pu être traitée
error-request_id = Identifiant de la demande :
error-server = Une erreur s'est produite

## field
field-access_until = Accès jusqu'au
field-actual_date = Date réelle
field-bank = Banque
field-bank_address = Adresse de la banque
field-beneficiary = Bénéficiaire
field-beneficiary_address = Adresse du bénéficiaire
field-comment = Commentaire
field-company_name = Nom de l'entreprise
field-customer = Client
field-days = Nombre de jours
field-description = Description
field-due_date = Date limite de réponse
field-email = Adresse e-mail
field-etd_date = ETD
field-ex_factory_date = Sortie d'usine
field-expires_in_days = Validité (jours)
field-expires_on = Dernier jour
field-idle_minutes = Minutes d'inactivité
field-label = Destinataire (note)
field-name = Nom
field-note = Note pour le fournisseur
field-notes = Remarques
field-password = Mot de passe
field-percent = Pourcentage
field-phrase = Phrase anti-hameçonnage
field-planned_date = Date prévue
field-product = Produit
field-quantity = Quantité
field-reason = Motif
field-reference = Référence / PO
field-report_hour = Heure des rapports
field-report_weekday = Jour des rapports
field-role = Rôle
field-search = Recherche
field-session_hours = Heures de session
field-share_link_days = Jours du lien de partage
field-status = Statut
field-step_name = Nom de l'étape
field-text = Texte
field-title = Intitulé
field-your_name = Votre nom
field-url = Adresse
field-events = Événements

## files
files-add_photos = Ajouter des photos
files-added = Date d'ajout
files-all = Tous
files-check_bad = Différent de cette version. Ne vous fiez pas à votre copie ; utilisez celle de Portico. Son SHA-256 :
files-check_copy = Vérifier une copie reçue
files-check_copy_hint = Choisissez le fichier dont vous disposez (par exemple reçu par e-mail). Votre navigateur calcule ici son SHA-256 ; rien n'est envoyé.
files-check_ok = Identique à cette version :
files-choose = Choisir des fichiers
files-clean_refused = Les acheteurs ne peuvent pas ouvrir ce fichier : ses données d'appareil photo (comme la position GPS) n'ont pas pu être supprimées. Téléversez-le de nouveau comme photo ou vidéo ordinaire.
files-cleaned = Les photos et vidéos sont affichées sans leurs données d'appareil photo (position GPS, numéros de série, propriétaire) ; l'image elle-même n'est pas modifiée.
files-current = actuelle
files-dimensions = Taille en pixels
files-documents = Documents
files-download = Télécharger
files-drop_hint = ou déposez des fichiers ici
files-for_update = Ces fichiers seront joints au point d'avancement et auront la même visibilité que lui.
files-history = Versions
files-kind = Type
files-kind_auto = Photo / vidéo / autre (selon le contenu)
files-limits = Photos (JPEG, PNG, WebP, HEIC), vidéos (MP4, MOV), PDF, Office, CSV et ZIP ; jusqu'à { $mb } Mio par fichier.
files-media = Photos et vidéos
files-name = Nom
files-new_version = Téléverser une nouvelle version
files-no_documents = Aucun document pour l'instant.
files-no_media = Aucune photo ni vidéo pour l'instant.
files-no_preview = Pas d'aperçu ; ouvrez pour télécharger
files-of_record = document de référence signé : chacun peut en vérifier une copie sous « Vérifier un document »
files-older = Plus anciens
files-open = Ouvrir
files-original = Original avec données d'appareil photo (personnel uniquement, accès journalisé)
files-preparing = Aperçu en préparation…
files-section = Photos et documents
files-see_all = Voir toutes les photos et tous les documents
files-send = Envoyer
files-size = Taille
files-superseded = Remplacé par une version plus récente
files-take_photo = Prendre une photo
files-taken = Prise de vue
files-title = Photos et documents
files-type = Type
files-upload = Ajouter des photos, vidéos ou documents
files-uploaded =
    { $n ->
        [one] { $n } fichier téléversé.
       *[other] { $n } fichiers téléversés.
    }
files-version = Version

## fkind
fkind-bill_of_lading = Connaissement
fkind-certificate = Certificat
fkind-contract = Contrat
fkind-inspection_report = Rapport d'inspection
fkind-invoice = Facture commerciale
fkind-material_receipt = Bon de réception des matières
fkind-other = Autre document
fkind-packing_list = Liste de colisage
fkind-payment_instructions = Instructions de paiement
fkind-photo = Photo
fkind-proforma_invoice = Facture pro forma
fkind-progress_report = Rapport d'avancement
fkind-video = Vidéo

## footer
footer-note = Portico ne vous demande jamais le mot de passe de votre messagerie. Nos e-mails ne contiennent jamais de lien de connexion : ouvrez vous-même le portail.

## forgot
forgot-have_code = J'ai un code
forgot-send = M'envoyer un code
forgot-sent = Si un compte existe pour cette adresse, un code vous a été envoyé (valable 30 minutes). Ouvrez la page de réinitialisation et saisissez-le.
forgot-title = Mot de passe oublié ?
forgot-why = Saisissez votre adresse e-mail. Si elle correspond à un compte Portico, nous y envoyons un code pour définir un nouveau mot de passe. Portico n'envoie jamais de lien qui vous connecte.

## fraud
fraud-changes = Modifications de coordonnées bancaires en attente
fraud-failed = Vérifications échouées
fraud-mismatches = Paiements vers d'autres comptes
fraud-none = Aucun.
fraud-title = Signaux de fraude

## invite
invite-code_is = Si l'e-mail n'arrive pas, communiquez-lui ce code par téléphone ou par messagerie instantanée :
invite-expires = expire le
invite-how = La personne ouvre { $url } et saisit le code avant le { $day } UTC.
invite-intro = La personne reçoit un e-mail avec un code à usage unique et ouvre elle-même Portico pour le saisir. Le code est valable 7 jours.
invite-open = Invitations en cours
invite-resend = Nouveau code
invite-revoke = Retirer
invite-send = Envoyer l'invitation
invite-sent = Invitation envoyée
invite-sent_to = Un e-mail contenant le code a été envoyé à { $email }.
invite-title = Inviter une personne
invite-language = Langue de l’invitation et du compte

## jobs
jobs-attempts = Tentatives
jobs-error = Dernière erreur
jobs-hint = Les tâches génèrent les aperçus et les rapports. Une tâche qui échoue est relancée à intervalles croissants ; après cinq tentatives, elle s'arrête et attend ici.
jobs-kind = Tâche
jobs-kind-file-derive = Aperçu de photo
jobs-kind-report-build = Rapport d'avancement
jobs-none = Aucune tâche n'a échoué.
jobs-retry = Réessayer
jobs-state = État
jobs-status-done = Terminée
jobs-status-failed = Échouée
jobs-status-queued = En attente
jobs-status-running = En cours
jobs-title = Tâches en arrière-plan
jobs-updated = Mise à jour

## lifecycle
lifecycle-move_to = Passer à :
lifecycle-confirm_cancelled = Annuler cette commande ? L'acheteur est prévenu aussitôt ; seul un administrateur peut la rouvrir.
lifecycle-confirm_shipped = Marquer cette commande comme expédiée ? L'acheteur est prévenu que la marchandise a quitté l'usine.
lifecycle-yes_cancelled = Oui, annuler la commande
lifecycle-yes_shipped = Oui, marquer comme expédiée
lifecycle-reopen = Rouvrir
lifecycle-step_back = Revenir en arrière
lifecycle-back_to = La commande revient à : { $status }. L'acheteur voit le changement et votre motif dans l'historique.
lifecycle-reason = Motif (obligatoire)
lifecycle-step_back_go = Faire revenir la commande

## mail
mail-digest-intro = Ce qui s'est passé chez { $tenant } sur Portico depuis le dernier récapitulatif :
mail-digest-subject =
    { $count ->
        [one] { $tenant } sur Portico : { $count } nouveauté aujourd'hui
       *[other] { $tenant } sur Portico : { $count } nouveautés aujourd'hui
    }
mail-email_changed-body = L'adresse e-mail de votre compte Portico, { $old }, a été remplacée par une autre adresse (depuis { $ip }). Si ce n'était pas vous, contactez immédiatement l'administrateur de votre fournisseur.
mail-email_changed-subject = Votre adresse e-mail Portico a été modifiée
mail-email_confirm-body =
    Votre code de confirmation : { $code } (valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }). Saisissez-le dans Portico, sous Compte → Adresse e-mail ({ $url }).
mail-email_confirm-subject = Confirmez votre adresse e-mail pour Portico
mail-email_taken-body = Un autre compte Portico (depuis { $ip }) a tenté de remplacer son adresse e-mail par la vôtre. Rien n'a été modifié et votre compte n'est pas concerné. Si cela vous inquiète, prévenez l'administrateur de votre fournisseur.
mail-email_taken-subject = Quelqu'un a tenté d'utiliser votre adresse e-mail dans Portico
mail-notice-intro = Du nouveau chez { $tenant } sur Portico :
mail-notice-subject = { $tenant } sur Portico : { $what }
mail-open_portal = Pour voir les détails, ouvrez vous-même Portico : saisissez { $url } dans votre navigateur ou utilisez votre favori. Les e-mails de Portico ne contiennent jamais de lien de connexion, et nos coordonnées bancaires ne changent jamais par e-mail.
mail-phrase = Votre phrase anti-hameçonnage Portico : « { $phrase } ». Les e-mails de Portico l'affichent toujours ; un e-mail sans elle ne vient pas de Portico.
mail-phrase_tip = Conseil : choisissez une phrase anti-hameçonnage dans Portico (Compte → Sécurité) ; chaque e-mail de Portico l'affichera ensuite.
mail-quoted = Le texte entre guillemets a été saisi par des personnes de { $tenant } et non rédigé par Portico : Portico ne vous demande jamais par e-mail de payer, de modifier des coordonnées bancaires ou de vous connecter.
mail-reset-advice = Ouvrez vous-même { $url } dans votre navigateur et saisissez-y le code. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.
mail-reset-asked = Quelqu'un (vous, espérons-le) a demandé depuis { $ip } la réinitialisation de votre mot de passe Portico.
mail-reset-code =
    Votre code : { $code } (valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, utilisable une seule fois).
mail-reset-subject = Votre code de réinitialisation du mot de passe Portico
mail-security-advice = Si c'était vous, vous n'avez rien à faire. Sinon, ouvrez vous-même Portico (saisissez l'adresse que vous utilisez toujours ; ne suivez pas les liens des e-mails), connectez-vous et choisissez « Ce n'était pas moi » dans Compte → Alertes de sécurité : cela déconnecte tous les appareils et exige un nouveau mot de passe.
mail-security-body = { $what } : { $detail }.
mail-security-subject = Alerte de sécurité Portico : { $what }
mail-written = Ce message a été écrit le { $date }.
mail-invite-subject = Invitation de { $tenant } sur Portico
mail-invite-intro = { $inviter } vous invite à suivre vos commandes avec { $tenant } sur Portico.
mail-invite-code = Ouvrez Portico vous-même à l’adresse { $url } et saisissez ce code : { $code }
mail-invite-expires = Le code ne fonctionne qu’une fois, jusqu’au { $day }.
mail-invite-advice = Portico n’envoie jamais de lien qui vous connecte et ne demande jamais le mot de passe de votre messagerie. Si vous ne l’attendiez pas, ignorez ce message.

## mailhealth
mailhealth-no_relay = Aucun e-mail ne part : aucun relais de messagerie n'est configuré (PORTICO_SMTP_HOST). Les alertes concernant les paiements et les coordonnées bancaires restent uniquement dans Portico.
mailhealth-stuck =
    { $n ->
        [one] { $n } e-mail destiné à vos utilisateurs a échoué ou a attendu plus de 15 minutes au cours des dernières 24 heures.
       *[other] { $n } e-mails destinés à vos utilisateurs ont échoué ou ont attendu plus de 15 minutes au cours des dernières 24 heures.
    }
mailhealth-title = Les alertes risquent de ne pas parvenir à vos administrateurs
mailhealth-unconfirmed = Ces administrateurs n'ont pas confirmé leur adresse e-mail et ne reçoivent aucune alerte :

## milestones
milestones-actual = Date réelle
milestones-add = Ajouter un jalon
milestones-late = En retard
milestones-name = Jalon
milestones-none = Aucun jalon pour l'instant.
milestones-owner = Responsable
milestones-planned = Date prévue
milestones-title = Jalons
milestones-update = Mettre à jour

## mstatus
mstatus-done = Terminé
mstatus-in_progress = En cours
mstatus-pending = À venir

## nav
nav-api_tokens = Jetons API
nav-audit = Journal d'audit
nav-customers = Clients
nav-fraud = Signaux de fraude
nav-home = Vue d'ensemble
nav-invite = Inviter
nav-jobs = Tâches en arrière-plan
nav-language = Langue
nav-language_go = Changer
nav-notifications = Vos notifications
nav-orders = Commandes
nav-payments = Coordonnées bancaires
nav-people = Utilisateurs
nav-reports = Rapports
nav-requests = Demander un accès
nav-security = Sécurité
nav-security_admin = Vue d'ensemble sécurité
nav-settings = Paramètres
nav-signout = Se déconnecter
nav-switch = Changer de fournisseur
nav-templates = Modèles
nav-tenant = Fournisseur actuel
nav-verify = Vérifier un document
nav-more = Plus
nav-main = Menu principal
nav-skip = Aller au contenu
nav-account = Votre compte
nav-sessions = Appareils connectés
nav-notification_prefs = Réglages des notifications
nav-webhooks = Webhooks

## ncat
ncat-decisions = Demandes de décision et réponses
ncat-files = Nouvelles photos, vidéos et nouveaux documents
ncat-milestones = Jalons en retard
ncat-payments = Coordonnées bancaires et documents de référence
ncat-reports = Rapports d'avancement
ncat-security = Alertes de sécurité
ncat-updates = Points d'avancement, changements de statut et de jalons, commentaires

## nmode
nmode-daily = Récapitulatif quotidien
nmode-now = Immédiatement
nmode-off = Désactivé

## notice
notice-admin_added = Nouvel administrateur
notice-admin_demoted = Administrateur retiré
notice-detail-admin_demoted = { $name } <{ $email }>, par { $by }
notice-detail-email_changed = de { $old } à { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } échec de connexion au cours de la dernière heure, depuis { $ip }
       *[other] { $n } échecs de connexion au cours de la dernière heure ; le dernier depuis { $ip }
    }
notice-detail-from = depuis { $ip }
notice-detail-new_sign_in = { $device } depuis { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = par { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } code de connexion en deux étapes erroné après un mot de passe correct, depuis { $ip }
       *[other] { $n } codes de connexion en deux étapes erronés après un mot de passe correct ; le dernier depuis { $ip }
    }
notice-email_changed = Adresse e-mail modifiée
notice-failed_sign_ins = Échecs de connexion
notice-new_sign_in = Nouvelle connexion
notice-password_changed = Mot de passe modifié
notice-password_reset = Mot de passe réinitialisé
notice-second_factor_failed = Codes de connexion en deux étapes erronés
notice-two_factor_off = Connexion en deux étapes désactivée
notice-two_factor_on = Connexion en deux étapes activée
notice-two_factor_reset = Connexion en deux étapes réinitialisée par un administrateur

## notif
notif-comment = Nouveau commentaire de l'acheteur sur la commande { $ref } ({ $title })
notif-decision_answered = Réponse à une décision sur la commande { $ref } : { $what }
notif-decision_requested = Votre décision est demandée sur la commande { $ref } : { $what }
notif-documents =
    { $count ->
        [one] { $count } nouveau document sur la commande { $ref } ({ $title })
       *[other] { $count } nouveaux documents sur la commande { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } a invité { $email } en tant qu'acheteur, sur { $orders } commande
       *[other] { $by } a invité { $email } en tant qu'acheteur, sur { $orders } commandes
    }
notif-milestone = Jalon modifié sur la commande { $ref } : { $what }
notif-milestone_late = Jalon en retard sur la commande { $ref } : { $what } (prévu le { $date })
notif-payment = Coordonnées bancaires : { $event }
notif-photos =
    { $count ->
        [one] { $count } nouvelle photo ou vidéo sur la commande { $ref } ({ $title })
       *[other] { $count } nouvelles photos ou vidéos sur la commande { $ref } ({ $title })
    }
notif-record = Document de référence sur la commande { $ref } : { $name }, { $event } (par { $by })
notif-report_ready = Rapport d'avancement prêt pour { $ref } ({ $period })
notif-security = Alerte de sécurité sur votre compte : { $event }
notif-status = La commande { $ref } ({ $title }) est désormais : { $what }
notif-update = Nouveau point d'avancement sur la commande { $ref } ({ $title })
notif-webhook_disabled = Le webhook vers { $host } a été désactivé après { $count } envois échoués de suite. Vérifiez le destinataire, puis réactivez-le.

## notifications
notifications-always = Les alertes de sécurité et les modifications de coordonnées bancaires vous parviennent toujours immédiatement ; elles ne peuvent pas être désactivées.
notifications-mark_read = Marquer comme lu
notifications-none = Aucune notification.
notifications-preferences = Paramètres des notifications
notifications-prefs_hint = Pour chaque type d'information, choisissez : immédiatement (dans Portico et par e-mail), dans un récapitulatif quotidien par e-mail, ou jamais. Ces paramètres s'appliquent à tous les fournisseurs que vous suivez.
notifications-read_all = Tout marquer comme lu
notifications-title = Vos notifications
notifications-unread =
    { $count ->
        [one] { $count } non lue
       *[other] { $count } non lues
    }
notifications-choose = Choisir ce dont vous êtes averti

## orders
orders-all_customers = Tous les clients
orders-all_statuses = Tous les statuts
orders-edit = Modifier la commande
orders-ex_factory_from = Sortie d'usine du
orders-ex_factory_to = au
orders-export = Exporter en CSV
orders-filter = Filtrer
orders-more = Plus de commandes
orders-new = Nouvelle commande
orders-no_customers = Ajoutez d'abord une organisation cliente :
orders-none = Aucune commande à afficher.
orders-only_late = En retard uniquement
orders-reports = Rapports
orders-search = Rechercher une référence, un intitulé ou un produit
orders-sort = Trier
orders-title = Commandes
orders-none_filtered = Aucune commande ne correspond à ces filtres.
orders-clear_filters = Voir toutes les commandes
orders-none_staff = Pas encore de commande. Créez la première : son acheteur la verra dès sa confirmation.
orders-none_buyer = Pas encore de commande : votre fournisseur n'en a partagé aucune. Elles apparaîtront ici dès qu'il le fera, avec un avis.

## payment
payment-differs-account = un autre compte
payment-differs-bank = une autre banque (SWIFT/BIC)
payment-differs-both = un autre compte et une autre banque
payment-differs-no_record = il n'existe encore aucune coordonnée bancaire de référence
payment-event-active = les nouvelles coordonnées bancaires sont désormais les coordonnées de référence ; veuillez en accuser réception dans Portico
payment-event-cancelled = le changement de coordonnées bancaires annoncé a été annulé ; les coordonnées actuelles restent valables
payment-event-cooling = de nouvelles coordonnées bancaires ont été approuvées et prendront effet le { $date } ; d'ici là, les coordonnées actuelles restent valables. Vérifiez-les dans Portico
payment-event-mismatch = URGENT : votre paiement de { $amount } du { $date } a été versé sur le compte { $account }, qui N'EST PAS notre compte de référence ({ $differs }). Appelez immédiatement votre banque pour demander le rappel des fonds, puis appelez-nous à un numéro que vous connaissez déjà
payment-event-mismatch_staff = URGENT : le paiement d'un acheteur de { $amount } du { $date } a été versé sur le compte { $account }, qui N'EST PAS votre compte de référence ({ $differs }). Appelez immédiatement l'acheteur à un numéro que vous connaissez déjà et aidez-le à demander le rappel des fonds auprès de sa banque
payment-event-proposed = un changement a été proposé par { $who } ; un second administrateur doit l'approuver

## payments
payments-account = Numéro de compte ou IBAN
payments-acknowledge = J'ai vérifié ces coordonnées
payments-acknowledged = Vérification confirmée
payments-amount = Montant
payments-applies_to = S'applique à
payments-approve = Approuver (second administrateur)
payments-bank = Banque
payments-bank_address = Adresse de la banque
payments-beneficiary = Bénéficiaire
payments-beneficiary_address = Adresse du bénéficiaire
payments-cancel = Annuler le changement
payments-cancelled_why = Motif de l'annulation :
payments-currency = Devise
payments-for_all = Tous les clients
payments-for_customer = Ce client
payments-history = Coordonnées et historique
payments-lone_admin = Vous êtes le seul administrateur : personne ne peut approuver un changement de coordonnées bancaires. Ajoutez d'abord un second administrateur dans Utilisateurs.
payments-mismatch = CE N'EST PAS notre compte de référence
payments-none = Aucune coordonnée bancaire n'est encore enregistrée.
payments-notes = Remarques
payments-paid_on = Date du paiement
payments-paid_to = Versé sur le compte / IBAN
payments-pending = Un changement de coordonnées bancaires est en cours
payments-pending_hint = De nouvelles coordonnées ont été approuvées par deux administrateurs et prendront effet le { $date } UTC. D'ici là, continuez à payer sur les coordonnées actuelles. Si vous ne vous y attendiez pas, appelez votre fournisseur à un numéro que vous connaissez déjà.
payments-propose = Proposer de nouvelles coordonnées bancaires
payments-propose_hint = Un changement doit être approuvé par un second administrateur, puis attendre la fin du délai de sécurité ; chaque acheteur concerné est prévenu immédiatement.
payments-proposed_hint = Un changement de coordonnées bancaires a été proposé et attend l'approbation d'un second administrateur. Il n'est pas valable : continuez à payer sur les coordonnées actuelles. Si vous ne vous y attendiez pas, appelez votre fournisseur à un numéro que vous connaissez déjà.
payments-public_key = Les documents de référence sont signés avec la clé de cette entreprise :
payments-reason = Motif
payments-record = Enregistrer un paiement
payments-record_hint = Saisissez le compte sur lequel vous avez payé exactement comme sur la confirmation de votre banque : s'il ne s'agit pas du nôtre, les deux parties sont alertées immédiatement.
payments-reference = Référence
payments-state = État
payments-status-active = De référence
payments-status-cancelled = Annulé
payments-status-cooling = Approuvé, délai de sécurité en cours
payments-status-proposed = Proposé, en attente d'un second administrateur
payments-status-superseded = Remplacé
payments-title = Coordonnées bancaires de référence
payments-version = Version
payments-waiting_second = En attente d'un second administrateur
payments-warning = Nos coordonnées bancaires ne changent jamais par e-mail ; vérifiez-les dans Portico.

## people
people-access_report = Que voit cette personne ?
people-access_until = Accès jusqu'au (facultatif)
people-add = Ajouter une personne
people-added = Personne ajoutée
people-all_orders = Toutes les commandes du client
people-all_roles = Tous les rôles
people-back = Retour aux utilisateurs
people-buyer_access = Pour les acheteurs : client et accès
people-chosen_orders = Commandes choisies uniquement
people-disabled = désactivé
people-edit = Modifier l'accès
people-existing_account = Cette adresse e-mail avait déjà un compte Portico ; elle a désormais aussi accès à ce fournisseur, avec le même mot de passe.
people-filter = Filtrer
people-last_sign_in = Dernière connexion
people-lead = Responsable de l'organisation (peut demander un accès pour des collègues)
people-remove = Retirer l'accès
people-reset_2fa = Réinitialiser la connexion en deux étapes
people-reset_2fa_hint = Pour une personne qui a perdu son téléphone et ses codes de récupération. Elle en est informée, et l'opération est journalisée.
people-temp_password = Un nouveau compte a été créé. Communiquez ce mot de passe à usage unique à la personne par un autre canal que l'e-mail (par exemple par téléphone) ; il n'est affiché qu'une seule fois :
people-title = Utilisateurs
people-two_factor = Connexion en deux étapes
people-two_factor_off = désactivée
people-two_factor_on = activée

## progress
progress-expected = Fin prévue
progress-late_count =
    { $n ->
        [one] { $n } jalon en retard
       *[other] { $n } jalons en retard
    }
progress-next = Prochaine étape
progress-slip =
    { $n ->
        [one] { $n } jour après la sortie d'usine
       *[other] { $n } jours après la sortie d'usine
    }

## record
record-approve = Approuver et émettre
record-draft_hint = Brouillon : les acheteurs ne le voient pas, et il n'est pas reconnu comme authentique tant qu'un administrateur ne l'a pas émis.
record-event-issued = émis et présenté à l'acheteur
record-event-proposed = proposé pour émission, en attente d'un second administrateur
record-event-withdrawn = proposition retirée
record-issue = Émettre pour l'acheteur
record-propose = Proposer pour émission
record-proposed_hint = Proposé pour émission : en attente de l'approbation d'un second administrateur.
record-title = Document de référence
record-two_admins_hint = Il comporte des conditions de paiement : un second administrateur doit l'approuver avant son émission.
record-waiting_second = Vous l'avez proposé : un autre administrateur doit l'approuver.
record-withdraw = Retirer la proposition

## report
report-inspection_passed = Inspection réussie
report-inspection_rework = Inspection : retouches nécessaires
report-more = Seules les 500 premières commandes sont affichées.
report-order_link = Qui peut voir cette commande ?
report-order_title = Qui peut voir cette commande
report-person_title = Ce que cette personne peut voir
report-reason-admin = Administrateur : toutes les commandes
report-reason-assigned = Affecté à la commande
report-reason-customer_all = Acheteur : toutes les commandes du client
report-reason-granted = Acheteur : accès accordé à cette commande
report-reason-share =
    { $n ->
        [one] Lien de partage ({ $n } consultation)
       *[other] Lien de partage ({ $n } consultations)
    }
report-until = Jusqu'au
report-why = Motif
report-pdf-title = Rapport d’avancement
report-pdf-period = Période
report-pdf-generated = Généré le
report-pdf-zone = Fuseau horaire
report-pdf-code = Code de vérification
report-pdf-customer = Client
report-pdf-status = Statut
report-pdf-product = Produit
report-pdf-quantity = Quantité
report-pdf-ex_factory = Sortie d’usine
report-pdf-etd = ETD (départ estimé)
report-pdf-milestones = Étapes
report-pdf-milestone = Étape
report-pdf-planned = Prévu
report-pdf-actual = Réel
report-pdf-late = En retard
report-pdf-updates = Actualités
report-pdf-photos = Photos
report-pdf-inspection = Inspection
report-pdf-documents = Documents ajoutés
report-pdf-document = Document
report-pdf-kind = Type
report-pdf-added = Ajouté
report-pdf-decisions = Décisions
report-pdf-decision = Décision
report-pdf-due = Échéance
report-pdf-comment = Commentaire
report-pdf-next = Période suivante
report-pdf-empty = aucun

## reports
reports-code = Code de vérification
reports-customer = Client
reports-default_period = Laissez les dates vides pour obtenir les sept derniers jours.
reports-from = Du
reports-make = Générer un rapport maintenant
reports-none = Aucun rapport pour l'instant.
reports-period = Période
reports-status = État
reports-status-failed = Échec (nouvel essai en cours)
reports-status-queued = En préparation
reports-status-ready = Prêt
reports-subject = Commande ou client
reports-title = Rapports d'avancement
reports-to = Au
reports-trigger-on_demand = à la demande
reports-trigger-scheduled = hebdomadaire
reports-language = Langue du rapport
reports-language_buyers = La langue des acheteurs
reports-make_first = Créer le premier

## requests
requests-approve = Approuver et inviter
requests-intro = C'est votre fournisseur qui décide. S'il accepte, votre collègue reçoit une invitation et voit les mêmes commandes que vous.
requests-line = { $lead } demande un accès pour { $name } ({ $email }) chez { $customer }
requests-note = Note pour le fournisseur (facultatif)
requests-pending = Demandes d'accès des clients
requests-refuse = Refuser
requests-send = Envoyer la demande
requests-title = Demander un accès pour un collègue
requests-yours = Vos demandes

## reset
reset-code = Code reçu par e-mail
reset-second_factor = Code d'authentification ou code de récupération (si vous utilisez la connexion en deux étapes)
reset-title = Définir un nouveau mot de passe

## role
role-admin = Administrateur
role-buyer = Acheteur
role-forwarder = Transitaire
role-merchandiser = Merchandiser
role-qc = Contrôleur qualité (QC)

## rstatus
rstatus-approved = Approuvée
rstatus-pending = En attente
rstatus-refused = Refusée

## security
security-acted = traité : toutes les sessions ont été fermées
security-email = Adresse e-mail
security-no_notices = Aucune alerte de sécurité.
security-not_me = Ce n'était pas moi
security-not_me_hint = « Ce n'était pas moi » déconnecte tous les appareils, y compris celui-ci, et exige un nouveau mot de passe (à définir avec un code envoyé à votre adresse e-mail).
security-notices = Alertes de sécurité
security-phrase = Phrase anti-hameçonnage
security-phrase_why = Choisissez une phrase connue de vous seul. Portico l'affiche en haut de chaque e-mail qu'il vous envoie et sur la page de connexion de vos appareils. Un e-mail qui ne la contient pas ne provient pas de Portico : n'y donnez pas suite.
security-sessions = Vos sessions ouvertes
security-title = Sécurité
security-twofactor = Connexion en deux étapes
security-time_zone = Votre fuseau horaire
security-time_zone_hint = Les dates et heures s’affichent dans ce fuseau, avec son décalage. Laissez vide pour utiliser celui de votre fournisseur ({ $name }).

## settings
settings-cooling_hours = Délai de sécurité avant l'entrée en vigueur de nouvelles coordonnées bancaires (heures, 24–336)
settings-idle_minutes = Déconnexion après ce nombre de minutes d'inactivité
settings-merch_invite = Les merchandisers peuvent inviter des acheteurs
settings-report_hour = Heure des rapports hebdomadaires et des récapitulatifs quotidiens (0–23, heure locale)
settings-report_weekday = Rapports hebdomadaires le
settings-require_2fa = Exiger la connexion en deux étapes pour
settings-saved = Enregistré.
settings-session_hours = Déconnexion après ce nombre d'heures dans tous les cas
settings-share_days = Durée maximale d'un lien de partage, en jours (1 à 90)
settings-timezone = Fuseau horaire (nom IANA, p. ex. Asia/Shanghai)
settings-title = Paramètres du portail
settings-language = Langue de l’entreprise
settings-language_hint = Le modèle d’étapes par défaut est rédigé dans cette langue, les invitations partent dans cette langue, et un rapport l’utilise lorsqu’aucun de ses acheteurs n’a choisi de langue.

## setup
setup-admin_name = Votre nom
setup-company = Nom de l'entreprise
setup-intro = Créez le portail de votre entreprise et votre compte administrateur. Ce lien ne fonctionne qu'une seule fois.
setup-password_confirm = Confirmez le mot de passe
setup-slug = Nom court (a-z, 0-9, -)
setup-submit = Créer le portail
setup-title = Configurer Portico

## share
share-back = Retour à la commande
share-copy_now = Copiez cette adresse maintenant ; elle n'est affichée qu'une seule fois :
share-create = Créer le lien
share-created = Lien de partage créé
share-expired = expiré
share-label = Destinataire (note)
share-last_day = Dernier jour
share-new = Créer un lien en lecture seule
share-password = Mot de passe (facultatif, 12 caractères min.)
share-protected = Cette commande partagée est protégée
share-revoke = Révoquer
share-revoked = révoqué
share-shared_by = Partagé par { $name } via Portico (lecture seule)
share-title = Liens de partage
share-until = Il fonctionne jusqu'au { $day } UTC, sauf si vous le révoquez.
share-uses =
    { $n ->
        [one] { $n } consultation
       *[other] { $n } consultations
    }
share-with_password = avec mot de passe

## signin
signin-forgot = Mot de passe oublié ?
signin-hint = Portico ne vous demandera jamais le mot de passe de votre messagerie.
signin-invalid = L'adresse e-mail ou le mot de passe est incorrect.
signin-no_access = Votre compte n'a actuellement accès à aucun fournisseur.
signin-phrase = Votre phrase anti-hameçonnage :
signin-phrase_hint = Si vous avez choisi une phrase anti-hameçonnage, elle s'affiche ici, sur vos propres appareils, après la saisie de votre adresse e-mail.
signin-reset_done = Votre mot de passe a été modifié et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.
signin-reset_required = Pour votre sécurité, un nouveau mot de passe est requis. Choisissez « Mot de passe oublié ? » ci-dessous pour en définir un avec un code envoyé à votre adresse e-mail.
signin-submit = Se connecter
signin-throttled = Trop d'échecs de connexion pour ce compte ou depuis ce réseau. Patientez quelques minutes, puis réessayez.
signin-title = Connexion

## sort
sort-newest = Plus récentes d'abord
sort-oldest = Plus anciennes d'abord
sort-reference = Par référence

## staff
staff-assign = Affecter
staff-none = Personne n'est encore affecté.
staff-title = Personnel affecté

## status
status-cancelled = Annulée
status-closed = Clôturée
status-confirmed = Confirmée
status-draft = Brouillon
status-in_production = En production
status-inspection = Inspection
status-ready_to_ship = Prête à expédier
status-shipped = Expédiée

## switch
switch-current = Actuel
switch-open = Ouvrir
switch-title = Vos fournisseurs

## templates
templates-days = jours
templates-new = Nouveau modèle
templates-none = Aucun modèle
templates-steps = Étapes, une par ligne : nom | jours après le début de la commande
templates-steps_hint = Les dates prévues sont calculées à partir du jour de création de la commande.
templates-title = Modèles de jalons
templates-use = Jalons d'après un modèle
templates-garments = Vêtements
templates-garments-fabric = Approvisionnement en tissu
templates-garments-cutting = Coupe
templates-garments-sewing = Couture
templates-garments-finishing = Finitions
templates-garments-final_inspection = Inspection finale
templates-garments-packing = Emballage
templates-garments-shipping = Expédition

## timeline
timeline-decision_approved = L'acheteur a approuvé.
timeline-decision_rejected = L'acheteur a refusé.
timeline-decision_requested = Une décision a été demandée.
timeline-decision_withdrawn = La question a été retirée.
timeline-empty = Rien dans l'historique pour l'instant.
timeline-format_hint = Commencez une ligne par - pour une liste ; **gras** pour mettre en évidence.
timeline-milestone_added = Jalon ajouté : { $status }, { $percent } %
timeline-milestone_updated = Jalon mis à jour : { $status }, { $percent } %
timeline-new_comment = Votre commentaire
timeline-new_update = Point d'avancement
timeline-no_milestone = Aucun jalon
timeline-older = Entrées plus anciennes
timeline-post = Publier
timeline-send = Envoyer
timeline-status_changed = Statut passé de { $from } à { $to }
timeline-title = Historique
timeline-visibility = Visible par
timeline-compose = Publier une mise à jour

## twofa
twofa-code = Code à 6 chiffres de votre application d'authentification
twofa-code_or_recovery = Code de votre application d'authentification, ou code de récupération
twofa-codes_intro = La connexion en deux étapes est activée. Conservez ces codes de récupération en lieu sûr ; chacun ne fonctionne qu'une fois, si vous perdez votre téléphone. Ils ne sont affichés que maintenant :
twofa-confirm_first = Pour configurer la connexion en deux étapes, confirmez d'abord votre mot de passe. Le QR code s'affichera ensuite sur cette page.
twofa-manual = Ou saisissez cette clé :
twofa-on =
    { $n ->
        [one] La connexion en deux étapes est activée. { $n } code de récupération restant.
       *[other] La connexion en deux étapes est activée. { $n } codes de récupération restants.
    }
twofa-qr_alt = Code QR pour votre application d'authentification
twofa-scan = Scannez ce QR code avec une application d'authentification (par exemple Google Authenticator, Microsoft Authenticator ou 1Password), puis saisissez le code qu'elle affiche.
twofa-title = Connexion en deux étapes
twofa-turn_off = Désactiver la connexion en deux étapes
twofa-turn_on = Activer

## verify
verify-advice-genuine = Vous pouvez vous y fier. Pour les paiements, utilisez néanmoins les coordonnées bancaires affichées dans Portico.
verify-advice-issued = Un code peut être recopié sur n'importe quel PDF. Pour être sûr que votre document est bien celui-ci, choisissez son fichier ci-dessus : seule la vérification du fichier le confirme. Son SHA-256 doit être celui affiché ici.
verify-advice-superseded = Ne vous fondez pas sur cette version : ouvrez la commande dans Portico et utilisez la version actuelle.
verify-advice-unknown = Ne payez rien et ne signez rien sur la foi de ce document. Il a peut-être été modifié (un seul octet modifié suffit à le rendre inconnu). Appelez votre fournisseur à un numéro que vous connaissez déjà, et utilisez les documents et les coordonnées bancaires de Portico.
verify-check = Vérifier
verify-code = ou son code de vérification
verify-file = Le PDF que vous avez reçu
verify-hint = Vous avez reçu une facture, un contrat ou des coordonnées bancaires par e-mail ? Vérifiez-les ici : choisissez le PDF ou saisissez son code de vérification. Le fichier est vérifié en mémoire et n'est pas conservé.
verify-issued = Émis par { $supplier } ({ $who }) le
verify-issued_by = Émis par { $supplier } le
verify-newer = Une version plus récente a été émise le
verify-outcome-genuine = Authentique : il s'agit du document de référence
verify-outcome-issued = Ce code correspond à un document de référence en vigueur
verify-outcome-superseded = Remplacé : une version plus récente existe
verify-outcome-unknown = Inconnu : ce document n'a pas été émis via Portico
verify-private = Le nombre de vérifications par heure est limité ; les personnes connectées peuvent en effectuer davantage.
verify-report_note = Un rapport d'avancement reprend ce que l'équipe du fournisseur a publié sur la commande ; ce n'est jamais une instruction de paiement. Payez uniquement sur les coordonnées bancaires de référence affichées dans Portico.
verify-signature = Signature
verify-title = Vérifier un document

## visibility
visibility-customer = Visible par l'acheteur
visibility-internal = Interne

## weekday
weekday-0 = Pas de rapport hebdomadaire
weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi
weekday-7 = Dimanche

## viewer
viewer-close = Fermer
viewer-next = Suivante
viewer-previous = Précédente

## device
device-kind_api = API
device-kind_browser = navigateur
device-on = { $browser } sous { $os }
device-program = un programme
device-unknown = un client inconnu

## err
err-a_change_of_these_bank = Un changement de ces coordonnées bancaires est déjà en attente ; approuvez-le ou annulez-le d'abord.
err-a_customer_with_this_name = Un client portant ce nom existe déjà.
err-a_sheet_exists_only_for = Une fiche n'existe que pour des coordonnées bancaires qui sont ou ont été de référence.
err-a_template_with_this_name = Un modèle portant ce nom existe déjà.
err-account_invalid = Un numéro de compte comporte de 4 à 34 lettres et chiffres (les espaces et les tirets sont autorisés).
err-account_invalid-2 = Saisissez le numéro de compte ou l'IBAN sur lequel vous avez payé, tel qu'il figure sur la confirmation de votre banque.
err-account_required = Saisissez le numéro de compte ou l'IBAN.
err-amount_invalid = Indiquez le montant en chiffres, par exemple 52000 ou 52000.50.
err-an_order_with_this_reference = Une commande portant cette référence existe déjà.
err-answer_invalid = Choisissez « Approuver » ou « Refuser ».
err-bic_invalid = Un code SWIFT/BIC comporte 8 ou 11 caractères : 4 lettres pour la banque, 2 pour le pays, puis 2 lettres ou chiffres (et éventuellement 3 de plus).
err-body_incomplete = Le corps de la requête a été interrompu.
err-body_required = Saisissez d'abord un texte.
err-body_unreadable = Le corps de la requête n'a pas pu être lu.
err-buyers_acknowledge_the_bank_details = Ce sont les acheteurs qui accusent réception des coordonnées bancaires sur lesquelles ils paient.
err-cannot_demote_self = Vous ne pouvez pas modifier votre propre rôle ; adressez-vous à un autre administrateur.
err-cannot_remove_self = Vous ne pouvez pas vous retirer vous-même.
err-category_invalid = Les alertes de sécurité et de paiement ne peuvent pas être désactivées ; les autres catégories sont : points d'avancement, fichiers, décisions, jalons et rapports.
err-challenge_expired = La connexion a pris trop de temps. Connectez-vous de nouveau.
err-code_invalid = Un code de vérification se présente sous la forme 7KQ2M-XW9TD.
err-code_wrong = Le code est incorrect ou a expiré.
err-code_wrong-2 = Le code est incorrect. Vérifiez l'heure de votre téléphone, puis réessayez.
err-code_wrong-3 = Le code est incorrect.
err-comment_required = Indiquez le motif du refus, afin que le fournisseur puisse y donner suite.
err-comment_too_long = Le commentaire ne doit pas dépasser 2000 caractères.
err-confirmation_wrong = Ce mot de passe ou ce code est incorrect.
err-csrf = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page, puis réessayez.
err-currency_invalid = Indiquez la devise par son code à trois lettres, par exemple USD, EUR ou CNY.
err-cursor_invalid = Le curseur de page n'est pas valide.
err-customer_invalid = Organisation cliente inconnue.
err-customer_required = un acheteur nécessite --customer
err-customer_required-2 = Choisissez le client de cette commande.
err-customer_required-3 = Choisissez le client qui a payé.
err-customer_required-4 = Un acheteur appartient à une organisation cliente : choisissez-en une.
err-date_invalid = Indiquez la date du paiement au format AAAA-MM-JJ.
err-date_invalid-2 = La date du paiement doit se situer dans l'année écoulée, et non dans le futur.
err-description_too_long = La description ne doit pas dépasser 4000 caractères.
err-email_confirmation_required = Confirmez d'abord votre adresse e-mail avec le code qui y a été envoyé (/account/email) : c'est à cette adresse que parviennent les alertes de sécurité et de paiement.
err-email_invalid = Saisissez une adresse e-mail valide.
err-enrolment_missing = Rechargez la page pour recommencer.
err-enrolment_required = Votre fournisseur exige la connexion en deux étapes : configurez-la d'abord sur /account/2fa.
err-expires_in_days = Le nombre de jours doit être un nombre entier.
err-expiry_required = Choisissez le dernier jour de validité du lien.
err-field-date = Le champ « { $field } » doit contenir une date sous la forme 2026-12-31.
err-field-invalid_characters = Le champ « { $field } » contient des caractères de contrôle ou de forçage du sens d'écriture.
err-field-range = La valeur du champ « { $field } » doit être comprise entre { $min } et { $max }.
err-field-required = Le champ « { $field } » est obligatoire.
err-field-too_long = Le champ « { $field } » ne doit pas dépasser { $max } caractères.
err-field_not_utf8 = Un champ du formulaire n'est pas un texte UTF-8 valide.
err-field_too_long = Un champ du formulaire de téléversement est trop long.
err-file_required = Choisissez au moins un fichier.
err-forbidden = Vous n'avez pas l'autorisation d'effectuer cette action.
err-form_invalid = Le formulaire n'a pas pu être lu.
err-form_invalid-2 = Envoyez soit un PDF, soit un code.
err-form_invalid-3 = Envoyez un seul PDF à la fois.
err-iban_invalid = Cet IBAN n'est pas valide : sa clé de contrôle ou sa longueur ne correspond pas. Vérifiez-le caractère par caractère.
err-internal = Une erreur s'est produite de notre côté. Veuillez réessayer ; si le problème persiste, indiquez l'identifiant de la demande.
err-invalid_credentials = L'adresse e-mail ou le mot de passe est incorrect.
err-invitation_invalid = Ce code n'est pas valide : il a peut-être expiré, déjà été utilisé ou été retiré. Demandez une nouvelle invitation.
err-invitation_other_account = Cette invitation est destinée à une autre adresse e-mail. Déconnectez-vous et utilisez cette adresse.
err-invitation_sign_in = Vous avez déjà un compte Portico : connectez-vous d'abord, puis saisissez de nouveau le code.
err-invoices_contracts_and_other_official = Les factures, contrats et autres documents officiels présentés aux acheteurs sont émis par une personne connectée, et non par un jeton API. Téléversez ce fichier comme document interne, ou connectez-vous.
err-kind_invalid = Choisissez le type de cette décision.
err-kind_invalid-2 = Choisissez l'un des types de fichier proposés.
err-language_invalid = Choisissez l’une des langues proposées.
err-milestone_invalid = Le filtre de jalon n'est pas un identifiant de jalon.
err-milestone_invalid-2 = Jalon inconnu.
err-mode_invalid = Choisissez « Immédiatement », « Récapitulatif quotidien » ou « Désactivé ».
err-no_admin = Ce portail n'a aucun administrateur actif.
err-not_found = La page ou l'objet demandé n'existe pas, ou vous n'y avez pas accès.
err-one_file = Une nouvelle version se compose d'un seul fichier.
err-only_a_change_that_has = Seul un changement qui n'a pas encore pris effet peut être annulé.
err-only_a_draft_can_be = Seul un brouillon peut être émis ; ce document a déjà été émis ou proposé.
err-only_a_proposed_change_can = Seul un changement proposé peut être approuvé.
err-only_a_proposed_document_can = Seul un document proposé peut être approuvé.
err-only_a_proposed_document_can-2 = Seul un document proposé peut être retiré.
err-only_the_details_of_record = Seules les coordonnées bancaires de référence peuvent faire l'objet d'un accusé de réception.
err-order_draft = Confirmez la commande avant de demander une décision à l'acheteur.
err-order_draft-2 = Une commande à l'état de brouillon ne peut pas être partagée.
err-order_invalid = Commande inconnue.
err-order_invalid-2 = L'une des commandes choisies n'appartient pas à ce client.
err-order_not_assigned = Vous ne pouvez inviter des acheteurs que sur les commandes qui vous sont affectées.
err-orders_required = Choisissez les commandes que cette personne peut suivre.
err-orders_required-2 = Choisissez les commandes que cet acheteur peut suivre : vous ne pouvez inviter des acheteurs que sur les commandes qui vous sont affectées.
err-owner_invalid = Le responsable doit être un membre de votre personnel.
err-password_mismatch = Les deux mots de passe ne sont pas identiques.
err-password_reset_required = Pour votre sécurité, un nouveau mot de passe est requis. Choisissez « Mot de passe oublié ? » pour en définir un avec un code envoyé à votre adresse e-mail.
err-password_unchanged = Choisissez un mot de passe différent du mot de passe actuel.
err-payments_are_recorded_by_buyers = Les paiements sont enregistrés par les acheteurs, les merchandisers et les administrateurs.
err-percent_invalid = Le pourcentage doit être un nombre entier de 0 à 100.
err-period_invalid = Choisissez des dates comprises entre 2000 et aujourd'hui.
err-period_invalid-2 = Choisissez une période d'un an au plus, se terminant aujourd'hui ou avant, et dont le début précède la fin.
err-phrase_too_short = Choisissez une phrase d'au moins 4 caractères.
err-precondition_failed = Le fichier a été modifié depuis votre dernier chargement.
err-quantity_invalid = La quantité doit être un nombre entier.
err-range_not_satisfiable = La plage d'octets demandée n'est pas valide pour ce fichier.
err-reset_code_wrong = L'adresse e-mail ou le code est incorrect, ou le code a expiré. Demandez un nouveau code.
err-role_invalid = Choisissez un rôle.
err-role_invalid-2 = Rôle inconnu.
err-scopes_required = Cochez au moins une autorisation pour le jeton.
err-second_factor_required = Saisissez le code de votre application d'authentification, ou un code de récupération.
err-second_factor_required-2 = Ce compte utilise la connexion en deux étapes : saisissez un code de votre application d'authentification ou l'un de vos codes de récupération. Si vous n'avez ni l'un ni l'autre, demandez à l'administrateur de votre fournisseur de réinitialiser la connexion en deux étapes.
err-session_ended = Trop de réponses erronées : cette session a pris fin. Connectez-vous de nouveau.
err-share_password = Le mot de passe est incorrect.
err-slug_invalid = Le nom court doit comporter de 3 à 40 caractères parmi a-z, 0-9 and '-'.
err-sort_invalid = Choisissez un tri : plus récentes d'abord, plus anciennes d'abord ou par référence.
err-staff_invalid = Choisissez une personne.
err-staff_invalid-2 = Seuls les merchandisers et les contrôleurs qualité (QC) peuvent être affectés.
err-status_invalid = Statut de commande inconnu.
err-status_invalid-2 = Statut de jalon inconnu.
err-status_invalid-3 = Une nouvelle commande doit être créée au statut « Brouillon » ou « Confirmée ».
err-step_up_required = Pour votre sécurité, confirmez votre identité : saisissez votre mot de passe ou un code de votre application d'authentification (POST /api/v1/auth/step-up), puis réessayez.
err-steps_required = Un modèle doit comporter au moins une étape.
err-storage_full = Le serveur ne dispose plus d'espace de stockage : rien n'a été enregistré. Veuillez réessayer plus tard ; les opérateurs ont été alertés.
err-subject_invalid = Choisissez une commande ou un client.
err-template_invalid = Modèle de jalons inconnu.
err-that_already_exists = Cet élément existe déjà.
err-the_change_was_decided_meanwhile = Une décision a été prise entre-temps sur ce changement.
err-the_demo_tenant_already_exists = Le portail de démonstration existe déjà (nom court demo-textiles).
err-the_document_changed_meanwhile = Le document a été modifié entre-temps.
err-the_order_was_changed_meanwhile = La commande a été modifiée entre-temps ; rechargez la page, puis réessayez.
err-the_report_is_still_being = Le rapport est encore en préparation ; réessayez dans un instant.
err-the_report_was_built_meanwhile = le rapport a été généré entre-temps
err-there_is_already_a_request = Une demande existe déjà pour cette personne.
err-this_api_token_s_scopes = Les autorisations de ce jeton API ne permettent pas cette requête.
err-this_decision_was_already_answered = Cette décision a déjà reçu une réponse et ne peut plus être modifiée.
err-this_invitation_is_no_longer = Cette invitation n'est plus valable.
err-this_invitation_was_already_used = Cette invitation a déjà été utilisée.
err-this_kind_of_file_is = Ce type de fichier ne peut pas être un document de référence.
err-this_person_already_belongs_to = Cette personne est déjà rattachée à ce fournisseur.
err-this_person_already_has_access = Cette personne a déjà accès à votre portail.
err-this_person_already_has_an = Cette personne a déjà une invitation en cours : renvoyez-la plutôt que d'en créer une nouvelle.
err-this_person_also_works_with = Cette personne travaille aussi avec d'autres fournisseurs sur Portico ; seul l'opérateur de la plateforme peut réinitialiser sa connexion en deux étapes.
err-this_person_is_already_assigned = Cette personne est déjà affectée à la commande.
err-this_request_was_already_decided = Cette demande a déjà été traitée.
err-this_short_name_is_taken = Ce nom court est déjà pris ; choisissez-en un autre.
err-timezone_invalid = Fuseau horaire inconnu : utilisez un nom tel que Asia/Shanghai, Europe/Berlin ou UTC.
err-too_large = La requête dépasse la taille autorisée.
err-too_many = Envoyez au maximum 20 préférences.
err-too_many_orders = Choisissez au maximum 1000 commandes.
err-two_step_sign_in_is = La connexion en deux étapes est déjà activée.
err-two_step_sign_in_is-2 = La connexion en deux étapes est désactivée.
err-unauthenticated = Veuillez vous connecter.
err-unavailable = Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.
err-update_invalid = Les fichiers ne peuvent être joints qu'à un point d'avancement de cette commande.
err-upload_incomplete = Le téléversement a été interrompu avant la fin. Rien n'a été enregistré ; veuillez réessayer.
err-upload_malformed = Le téléversement n'a pas pu être lu (corps multipart mal formé). Rien n'a été enregistré.
err-visibility_invalid = La visibilité doit être « Interne » ou « Visible par l'acheteur ».
err-visibility_invalid-2 = Choisissez qui peut voir ce point d'avancement.
err-your_account_has_no_access = Votre compte n'a actuellement accès à aucun fournisseur.
err-password-too_short = Le mot de passe doit comporter au moins { $min } caractères.
err-password-too_long = Le mot de passe doit comporter au plus { $max } caractères.
err-template-line = Ligne { $n } : écrivez les jours après « | » sous forme de nombre entier.
err-template-too_many = Un modèle comporte au plus { $max } étapes.
err-order-transition = Une commande ne peut pas passer de « { $from } » à « { $to } ».
err-body-too_long = { $max } caractères au maximum.
err-file-empty = { $name } est vide.
err-limit-sign_ins = Trop de connexions depuis cet endroit. Réessayez dans { $wait }.
err-limit-codes = Trop de codes erronés. Réessayez dans { $wait }.
err-limit-email_codes = Trois codes ont été envoyés au cours de la dernière heure. Utilisez le plus récent ou réessayez dans { $wait }.
err-limit-reports = Vous avez demandé 20 rapports au cours de la dernière heure ; réessayez dans { $wait }.
err-limit-invitation_codes = Trop de codes essayés depuis cet endroit. Réessayez dans { $wait }.
err-limit-share_passwords = Trop de mots de passe erronés. Réessayez dans { $wait }.
err-limit-verify = Trop de vérifications depuis cet endroit au cours de la dernière heure. Réessayez dans { $wait }, ou connectez-vous à Portico pour en vérifier davantage.
err-share-last_day = Le dernier jour doit se situer entre aujourd’hui et dans { $max } jours.
err-carry_invalid = Le formulaire n'a pas pu être envoyé ; remplissez-le à nouveau.
err-reason_required = Indiquez pourquoi : le motif figure dans l'historique.
err-reason_too_long = Le motif fait au plus 1000 caractères.
err-close_open_decision = Une commande avec une décision ouverte ne peut pas être clôturée : retirez d'abord la décision, ou attendez la réponse.
err-cannot_go_back = Une commande ne peut pas revenir en arrière depuis { $from }.
err-accent_invalid = Choisissez une couleur au format #rrggbb.
err-accent_contrast = Cette couleur est trop claire : un texte blanc dessus, ou un texte de cette couleur sur du blanc, serait difficile à lire. Choisissez-en une plus foncée (WCAG AA exige un contraste d'au moins 4,5:1).
err-logo_type = Le logo doit être une image PNG, WebP ou JPEG.
err-logo_too_large = L'image du logo est trop grande ; utilisez-en une de moins de 40 mégapixels.
err-logo_too_big = Le logo fait 2 Mo au plus.
err-decision_on_closed = Une commande clôturée ou annulée ne reçoit plus de décisions : rouvrez-la d'abord.
err-invalid_limit = limit doit être un nombre entier de 1 à 200.
err-webhook_event_unknown = Type d’événement inconnu ; voyez la liste des types d’événement dans la documentation de l’API.
err-webhook_events_required = Choisissez au moins un événement à envoyer.
err-webhook_limit = Une entreprise a au plus 20 destinataires de webhook ; supprimez-en un d’abord.
err-webhook_disabled = Ce destinataire est désactivé ; activez-le d’abord.
err-webhook_address_private = Le destinataire doit être sur l’internet public : les adresses privées, de bouclage et de lien local sont refusées.
err-webhook_url_invalid = Saisissez l’adresse complète du destinataire, par exemple https://erp.example.com/portico/events.
err-webhook_url_https = L’adresse du destinataire doit commencer par https://.
err-webhook_url_credentials = N’incluez ni nom d’utilisateur ni mot de passe dans l’adresse : la signature prouve l’expéditeur.
err-webhook_host_unknown = Le nom d’hôte du destinataire est introuvable.
err-invalid_idempotency_key = L’en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII imprimables.
err-idempotency_key_reused = Cette Idempotency-Key a servi pour une autre requête ; utilisez une nouvelle clé pour une nouvelle requête.
err-idempotency_key_in_progress = Une requête avec cette Idempotency-Key est encore en cours ; réessayez dans un instant.
err-method_not_allowed = Cette adresse n'accepte pas cette méthode ; elle accepte { $what }.
err-send_json = Envoyez le corps en JSON, avec l'en-tête Content-Type: application/json.
err-send_form = Envoyez le formulaire en application/x-www-form-urlencoded.
err-json_malformed = Le corps n'est pas un JSON valide (ligne { $n }, colonne { $count }).
err-query_unreadable = La chaîne de requête n'a pas pu être lue.
err-json_fields = Le corps JSON n'a pas les champs attendus : { $detail }
err-query_detail = La chaîne de requête n'a pas pu être lue : { $detail }
err-form_detail = Le formulaire n'a pas pu être lu : { $detail }

sheet-title = Instructions de paiement
sheet-scope_customer = Pour votre entreprise uniquement
sheet-scope_all = Pour tous les clients
sheet-valid_from = Valable à partir du
sheet-verify_hint = Vérifiez cette fiche à tout moment : ouvrez Portico vous-même et utilisez Vérifier un document avec le code ci-dessous.

csv-orders-reference = Référence / BC
csv-orders-title = Titre
csv-orders-customer = Client
csv-orders-product = Produit
csv-orders-quantity = Quantité
csv-orders-status = Statut
csv-orders-ex_factory_date = Sortie d’usine
csv-orders-etd_date = ETD
csv-orders-next_milestone = Prochaine étape
csv-orders-late_milestones = Étapes en retard
csv-orders-percent_done = Fait (%)
csv-orders-expected_finish = Fin prévue
csv-orders-created_at = Créé (UTC)
csv-audit-seq = N°
csv-audit-id = Id. de l’événement
csv-audit-created_at_utc = Heure (UTC)
csv-audit-actor_user_id = Par (id. utilisateur)
csv-audit-action = Action
csv-audit-object_type = Type d’objet
csv-audit-object_id = Id. de l’objet
csv-audit-detail = Détail
csv-audit-ip = Adresse IP
csv-audit-prev_hash = Empreinte précédente
csv-audit-hash = Empreinte

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }
wait-minute =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
wait-hour =
    { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }

more-title = Plus
more-settings = Réglages et sécurité
more-documents = Documents et paiements
more-suppliers = Fournisseurs

table-actions = Actions

start-title = Premiers pas
start-email = Confirmez votre adresse e-mail (les alertes de paiement y arrivent)
start-two_step = Activez la connexion en deux étapes
start-customer = Ajoutez un client
start-order = Créez une commande
start-invite_buyer = Invitez votre acheteur
start-second_admin = Invitez un second administrateur (les coordonnées bancaires en demandent deux)
start-bank_details = Publiez vos coordonnées bancaires de référence avec le second administrateur
start-done = fait
send_on-title = Confirmé
send_on-body = Envoi de vos modifications telles que saisies…
send_on-continue = Continuer
glance-percent = { $n } % terminé
glance-progress = Avancement de la commande
glance-next = Prochaine étape : { $name }
glance-decision_yours = Votre réponse est attendue : { $title }
glance-decision_waiting = En attente de l'acheteur : { $title }
glance-sections = Sur cette page
brand-title = Votre marque
brand-why = Vos acheteurs voient votre nom et votre logo en haut de chaque page, sur la page de connexion d'un appareil déjà utilisé et dans les rapports. La couleur sert aux liens et aux boutons.
brand-current_logo = Votre logo actuel
brand-logo = Logo (PNG, WebP ou JPEG, 2 Mo au plus)
brand-logo_hint = Un logo large sur fond clair ou transparent rend le mieux ; il est affiché sur 32 pixels de haut.
brand-remove_logo = Retirer le logo
brand-accent = Couleur d'accent
brand-accent_hint = Elle doit être assez foncée pour porter du texte blanc (vérifié : WCAG AA, 4,5:1).
brand-save = Enregistrer la marque

## webhooks
webhooks-title = Webhooks
webhooks-intro = Portico informe vos autres systèmes (un ERP, une messagerie) de ce qui se passe, au moment où cela se passe : un POST signé vers votre adresse pour chaque événement choisi. Le destinataire vérifie la signature avec le secret et lit les détails via l’API.
webhooks-new = Ajouter un destinataire
webhooks-url = Adresse du destinataire
webhooks-description = Description
webhooks-events = Événements
webhooks-create = Ajouter
webhooks-created = Destinataire ajouté
webhooks-once = Copiez le secret de signature maintenant : il n’est affiché qu’une fois.
webhooks-signature_hint = Chaque requête porte Portico-Signature: t=…,v1=…, le HMAC-SHA256 de l’heure, d’un point et du corps, avec ce secret pour clé. Refusez une requête dont la signature ne correspond pas ou dont l’heure est ancienne.
webhooks-open = Détails et journal des envois
webhooks-state = État
webhooks-enabled = Actif
webhooks-disabled = Désactivé
webhooks-reason-admin = désactivé par un administrateur
webhooks-reason-failures = désactivé après une journée d’échecs ; vérifiez le destinataire, puis réactivez-le
webhooks-failures = Échecs consécutifs
webhooks-made_by = Ajouté par
webhooks-none = Aucun destinataire pour l’instant. Ajoutez-en un ci-dessous pour envoyer les événements à votre ERP.
webhooks-back = Tous les webhooks
webhooks-log = Envois
webhooks-log_none = Rien n’a encore été envoyé. Envoyez un test pour vérifier le destinataire.
webhooks-event = Événement
webhooks-result = Résultat
webhooks-attempts = Tentatives
webhooks-when = Quand
webhooks-next_attempt = Prochaine tentative
webhooks-delivery-pending = en attente
webhooks-delivery-delivered = remis
webhooks-delivery-failed = échoué
webhooks-test = Envoyer un test
webhooks-disable = Désactiver
webhooks-enable = Activer
webhooks-delete = Supprimer
webhooks-delete_confirm = Supprimer ce destinataire et son journal d’envois ? Plus rien ne lui sera envoyé.
webhooks-older = Envois plus anciens
webhooks-event-order-created = Commande créée
webhooks-event-order-status_changed = Statut de commande modifié
webhooks-event-milestone-updated = Jalon ajouté ou mis à jour
webhooks-event-decision-requested = Décision demandée
webhooks-event-decision-answered = Décision répondue
webhooks-event-decision-withdrawn = Décision retirée
webhooks-event-file-uploaded = Fichier ou nouvelle version déposé
webhooks-event-report-ready = Rapport prêt
webhooks-event-bank_details-proposed = Coordonnées bancaires proposées
webhooks-event-bank_details-approved = Coordonnées bancaires approuvées
webhooks-event-bank_details-activated = Coordonnées bancaires en vigueur
webhooks-event-bank_details-cancelled = Changement de coordonnées bancaires annulé
webhooks-event-payment-mismatch = Paiement vers d’autres coordonnées
