# Portico: Spanish (es), translated from the reference catalogue en.ftl. Ids are the keys code
# and templates use, with "." written as "-" and ":" as "_". Register: usted.

## accept
accept-choose = Elija su nombre y una contraseña para Portico.
accept-code = Código de invitación
accept-continue = Continuar
accept-signed_in_as = Ha iniciado sesión como { $email }; la invitación se añadirá a esta cuenta.
accept-title = Aceptar una invitación

## account
account-current_password = Contraseña actual
account-end = Cerrar sesión
account-end_others = Cerrar las demás sesiones
account-first_seen = desde
account-last_seen = última actividad
account-new_password = Nueva contraseña (de 12 a 128 caracteres)
account-password = Cambiar la contraseña
account-password_done = Su contraseña se ha cambiado. Se han cerrado todas las demás sesiones.
account-sessions = Dónde tiene la sesión iniciada
account-sessions_intro = Si no reconoce un dispositivo o una dirección, cierre esa sesión y cambie su contraseña.
account-this_session = Este dispositivo

## action
action-continue = Continuar
action-older = Anteriores
action-remove = Quitar
action-save = Guardar

## adminsec
adminsec-coverage = Verificación en dos pasos por rol
adminsec-failures =
    { $n ->
        [one] { $n } inicio de sesión fallido
       *[other] { $n } inicios de sesión fallidos
    }
adminsec-locked = Cuentas bloqueadas por inicios de sesión fallidos (últimos 15 minutos)
adminsec-mail = Correo saliente
adminsec-mail_off =
    { $n ->
        [one] No hay ningún servidor de envío de correo configurado (PORTICO_SMTP_HOST): los mensajes se quedan en la cola y no se envían. { $n } mensaje en espera.
       *[other] No hay ningún servidor de envío de correo configurado (PORTICO_SMTP_HOST): los mensajes se quedan en la cola y no se envían. { $n } mensajes en espera.
    }
adminsec-mail_on =
    { $n ->
        [one] El correo se envía a través de { $host }; { $n } mensaje en espera.
       *[other] El correo se envía a través de { $host }; { $n } mensajes en espera.
    }
adminsec-none = Ninguno.
adminsec-people = Personas
adminsec-required = obligatoria según la política
adminsec-suspicious = Inicios de sesión inusuales (últimos 30 días)
adminsec-title = Resumen de seguridad

## api_tokens
api_tokens-create = Crear token
api_tokens-created = Nuevo token
api_tokens-days = Validez (días)
api_tokens-expired = caducado
api_tokens-expires = Caduca
api_tokens-intro = Los tokens permiten que su ERP u otros sistemas lean pedidos y publiquen avances y archivos sin usar la contraseña de una persona. Un token actúa en su nombre, solo dentro de los permisos que usted marque, hasta que caduque o usted lo revoque. Deja de funcionar si usted deja de ser administrador.
api_tokens-last_used = Último uso
api_tokens-made_by = Creado por
api_tokens-name = Nombre
api_tokens-never = nunca
api_tokens-new = Crear un token
api_tokens-none = Aún no hay tokens.
api_tokens-once = Copie el token ahora: solo se muestra esta vez. Portico solo guarda una huella digital del token.
api_tokens-revoke = Revocar
api_tokens-revoked = revocado
api_tokens-scope-files_write = subir fotos y documentos
api_tokens-scope-orders_read = leer pedidos, hitos, cronología, archivos e informes
api_tokens-scope-orders_write = crear pedidos y hacerlos avanzar por sus etapas
api_tokens-scope-updates_write = publicar actualizaciones de avance y añadir o actualizar hitos
api_tokens-scopes = Permisos
api_tokens-title = Tokens de API
api_tokens-usage = Envíelo con cada solicitud:
api_tokens-scope-reports_write = solicitar informes de avance a demanda

## audit
audit-action = Acción
audit-detail = Detalle
audit-ip = Dirección
audit-object = Objeto
audit-title = Registro de auditoría
audit-when = Fecha (UTC)

## confirm
confirm-or_code = o código de la aplicación de autenticación
confirm-submit = Confirmar
confirm-title = Confirme su identidad
confirm-why = Este cambio afecta a quién puede ver sus datos. Para continuar, introduzca su contraseña o un código de su aplicación de autenticación. No se le volverá a pedir durante unos minutos.
confirm-kept = Lo que escribió se conserva: cuando confirme, se enviará tal cual.

## copy
copy-button = Copiar
copy-done = Copiado
copy-failed = No se pudo copiar: el valor está seleccionado, cópielo con el teclado o el menú.
copy-account = Copiar el número de cuenta
copy-bic = Copiar el SWIFT/BIC
copy-beneficiary = Copiar el nombre del beneficiario
copy-sha256 = Copiar el SHA-256
copy-public_key = Copiar la clave pública
copy-code = Copiar el código de verificación
copy-token = Copiar el token
copy-secret = Copiar la clave
copy-invitation_code = Copiar el código de invitación

## customers
customers-add = Añadir cliente
customers-name = Nombre de la organización cliente
customers-none = Aún no hay organizaciones cliente.
customers-title = Organizaciones cliente

## dashboard
dashboard-all_orders = Todos los pedidos
dashboard-awaiting_buyers = Pendiente de la decisión del comprador
dashboard-awaiting_you = Pendiente de su decisión
dashboard-by_status = Pedidos por estado
dashboard-due_soon = Salida de fábrica en las próximas dos semanas
dashboard-late_milestones = Hitos retrasados
dashboard-late_orders = Retrasados
dashboard-title = Resumen
dashboard-urgent = Urgente: pagos y datos bancarios
dashboard-your_orders = Sus pedidos

## decisions
decisions-answered_by = Respondida por { $name }
decisions-approve = Aprobar
decisions-ask = Solicitar una decisión al comprador
decisions-asked_by = Solicitada por { $name }
decisions-comment = Comentario (obligatorio si rechaza)
decisions-description = Detalles
decisions-due = Plazo de respuesta
decisions-kind = Tipo de decisión
decisions-none = No hay decisiones en este pedido.
decisions-reject = Rechazar
decisions-send = Enviar al comprador
decisions-title = Decisiones
decisions-waiting = Pendiente del comprador.
decisions-withdraw = Retirar

## dkind
dkind-delay_acceptance = Aceptar un retraso
dkind-option = Elegir una opción
dkind-other = Otra
dkind-sample_approval = Muestra de preproducción
dkind-shipment_approval = Aprobación del embarque

## dstatus
dstatus-approved = Aprobada
dstatus-open = Abierta
dstatus-rejected = Rechazada
dstatus-withdrawn = Retirada

## email
email-change = Cambiar su dirección de correo electrónico
email-change_hint = Se envía un código a la nueva dirección; cuando se completa el cambio, se avisa a su dirección actual.
email-code = Código del correo
email-new = Nueva dirección
email-send_code = Enviar un código
email-sent = Le hemos enviado un código (válido durante 30 minutos). Introdúzcalo a continuación.
email-title = Dirección de correo electrónico
email-unverified = sin confirmar
email-verified = confirmada
email-why = Confirme su dirección con un código para que Portico pueda enviarle avisos de seguridad.

## error
error-forbidden = No permitido
error-home = Volver a la página de inicio
error-not_found = No encontrado
error-request = No se ha podido procesar esta solicitud
error-request_id = Id. de solicitud:
error-server = Se ha producido un error

## field
field-access_until = Acceso hasta
field-actual_date = Fecha real
field-bank = Banco
field-bank_address = Dirección del banco
field-beneficiary = Beneficiario
field-beneficiary_address = Dirección del beneficiario
field-comment = Comentario
field-company_name = Nombre de la empresa
field-customer = Cliente
field-days = Número de días
field-description = Descripción
field-due_date = Plazo de respuesta
field-email = Correo electrónico
field-etd_date = ETD
field-ex_factory_date = Salida de fábrica
field-expires_in_days = Validez (días)
field-expires_on = Último día
field-idle_minutes = Minutos de inactividad
field-label = Para quién (nota)
field-name = Nombre
field-note = Nota para el proveedor
field-notes = Notas
field-password = Contraseña
field-percent = Porcentaje
field-phrase = Frase antiphishing
field-planned_date = Fecha prevista
field-product = Producto
field-quantity = Cantidad
field-reason = Motivo
field-reference = Referencia / PO
field-report_hour = Hora de los informes
field-report_weekday = Día de los informes
field-role = Rol
field-search = Búsqueda
field-session_hours = Horas de sesión
field-share_link_days = Días del enlace compartido
field-status = Estado
field-step_name = Nombre del paso
field-text = Texto
field-title = Título
field-your_name = Su nombre
field-url = Dirección
field-events = Eventos

## files
files-add_photos = Añadir fotos
files-added = Añadido
files-all = Todos
files-check_bad = Distinto de esta versión. No confíe en su copia; utilice la de Portico. Su SHA-256:
files-check_copy = Comprobar una copia recibida
files-check_copy_hint = Elija el archivo que tiene (por ejemplo, el recibido por correo electrónico). Su navegador calcula aquí su SHA-256; no se sube nada.
files-check_ok = Idéntico a esta versión:
files-choose = Elegir archivos
files-clean_refused = Los compradores no pueden abrir este archivo: no se pudieron eliminar sus datos de cámara (como la posición GPS). Súbalo de nuevo como foto o video normal.
files-cleaned = Las fotos y los videos se muestran sin sus datos de cámara (posición GPS, números de serie, propietario); la imagen en sí no se modifica.
files-current = actual
files-dimensions = Tamaño en píxeles
files-documents = Documentos
files-download = Descargar
files-drop_hint = o arrastre los archivos aquí
files-for_update = Estos archivos se adjuntarán a la actualización de avance y tendrán su misma visibilidad.
files-history = Versiones
files-kind = Categoría
files-kind_auto = Foto / video / otro (según el contenido)
files-limits = Fotos (JPEG, PNG, WebP, HEIC), videos (MP4, MOV), PDF, Office, CSV y ZIP; hasta { $mb } MiB por archivo.
files-media = Fotos y videos
files-name = Nombre
files-new_version = Subir una nueva versión
files-no_documents = Aún no hay documentos.
files-no_media = Aún no hay fotos ni videos.
files-no_preview = Sin vista previa; ábralo para descargarlo
files-of_record = documento oficial firmado: cualquiera puede comprobar una copia en Verificar un documento
files-older = Anteriores
files-open = Abrir
files-original = Original con datos de cámara (solo personal; queda registrado)
files-preparing = Preparando la vista previa…
files-section = Fotos y documentos
files-see_all = Ver todas las fotos y documentos
files-send = Subir
files-size = Tamaño
files-superseded = Sustituido por una versión más reciente
files-take_photo = Tomar foto
files-taken = Fecha de captura
files-title = Fotos y documentos
files-type = Tipo
files-upload = Añadir fotos, videos o documentos
files-uploaded =
    { $n ->
        [one] Se ha subido { $n } archivo.
       *[other] Se han subido { $n } archivos.
    }
files-version = Versión

## fkind
fkind-bill_of_lading = Conocimiento de embarque
fkind-certificate = Certificado
fkind-contract = Contrato
fkind-inspection_report = Informe de inspección
fkind-invoice = Factura comercial
fkind-material_receipt = Recepción de materiales
fkind-other = Otro documento
fkind-packing_list = Lista de empaque
fkind-payment_instructions = Instrucciones de pago
fkind-photo = Foto
fkind-proforma_invoice = Factura proforma
fkind-progress_report = Informe de avance
fkind-video = Video

## footer
footer-note = Portico nunca le pedirá la contraseña de su buzón de correo. Nuestros correos nunca contienen enlaces de inicio de sesión: abra usted mismo el portal.

## forgot
forgot-have_code = Tengo un código
forgot-send = Enviarme un código
forgot-sent = Si existe una cuenta con esa dirección, recibirá un código (válido durante 30 minutos). Abra la página de restablecimiento e introdúzcalo.
forgot-title = ¿Ha olvidado su contraseña?
forgot-why = Introduzca su dirección de correo electrónico. Si tiene una cuenta de Portico, le enviaremos un código para establecer una nueva contraseña. Portico nunca envía enlaces que inicien sesión por usted.

## fraud
fraud-changes = Cambios de datos bancarios pendientes
fraud-failed = Verificaciones fallidas
fraud-mismatches = Pagos a otras cuentas
fraud-none = Ninguna.
fraud-title = Señales de fraude

## invite
invite-code_is = Si el correo no llega, facilite este código a la persona por teléfono o chat:
invite-expires = caduca
invite-how = La persona abre { $url } e introduce el código antes del { $day } UTC.
invite-intro = La persona recibe un correo con un código de un solo uso y abre Portico por su cuenta para introducirlo. El código es válido durante 7 días.
invite-open = Invitaciones pendientes
invite-resend = Nuevo código
invite-revoke = Retirar
invite-send = Enviar invitación
invite-sent = Invitación enviada
invite-sent_to = Se ha enviado un correo con el código a { $email }.
invite-title = Invitar a alguien
invite-language = Idioma de la invitación y de la cuenta

## jobs
jobs-attempts = Intentos
jobs-error = Último error
jobs-hint = Las tareas generan vistas previas e informes. Una tarea que falla se reintenta con esperas cada vez más largas; tras cinco intentos se detiene y queda aquí.
jobs-kind = Tarea
jobs-kind-file-derive = Vista previa de foto
jobs-kind-report-build = Informe de avance
jobs-none = No ha fallado ninguna tarea.
jobs-retry = Reintentar
jobs-state = Estado
jobs-status-done = Completada
jobs-status-failed = Fallida
jobs-status-queued = En espera
jobs-status-running = En curso
jobs-title = Tareas en segundo plano
jobs-updated = Actualizada

## lifecycle
lifecycle-move_to = Pasar a:
lifecycle-confirm_cancelled = ¿Cancelar este pedido? Se avisa al comprador de inmediato; solo un administrador puede reabrirlo.
lifecycle-confirm_shipped = ¿Marcar este pedido como enviado? Se avisa al comprador de que la mercancía salió de fábrica.
lifecycle-yes_cancelled = Sí, cancelar el pedido
lifecycle-yes_shipped = Sí, marcar como enviado
lifecycle-reopen = Reabrir
lifecycle-step_back = Retroceder
lifecycle-back_to = El pedido vuelve a: { $status }. El comprador ve el cambio y su motivo en la cronología.
lifecycle-reason = Motivo (obligatorio)
lifecycle-step_back_go = Retroceder el pedido

## mail
mail-digest-intro = Novedades de { $tenant } en Portico desde el último resumen:
mail-digest-subject =
    { $count ->
        [one] { $tenant } en Portico: { $count } novedad hoy
       *[other] { $tenant } en Portico: { $count } novedades hoy
    }
mail-email_changed-body = La dirección de correo electrónico de su cuenta de Portico se ha cambiado de { $old } a otra dirección (desde { $ip }). Si no ha sido usted, póngase en contacto de inmediato con el administrador de su proveedor.
mail-email_changed-subject = Se ha cambiado su dirección de correo electrónico en Portico
mail-email_confirm-body =
    Su código de confirmación: { $code } (válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }). Introdúzcalo en Portico, en Cuenta → Correo electrónico ({ $url }).
mail-email_confirm-subject = Confirme su dirección de correo electrónico para Portico
mail-email_taken-body = Otra cuenta de Portico (desde { $ip }) ha intentado cambiar su dirección de correo electrónico por la de usted. No se ha cambiado nada y su cuenta no se ve afectada. Si esto le preocupa, informe al administrador de su proveedor.
mail-email_taken-subject = Alguien ha intentado usar su dirección de correo electrónico en Portico
mail-notice-intro = Novedades de { $tenant } en Portico:
mail-notice-subject = { $tenant } en Portico: { $what }
mail-open_portal = Para ver los detalles, abra Portico usted mismo: escriba { $url } en su navegador o use su marcador. Los correos de Portico nunca contienen enlaces de inicio de sesión, y nuestros datos bancarios nunca cambian por correo electrónico.
mail-phrase = Su frase antiphishing de Portico: «{ $phrase }». El correo de Portico siempre la muestra; un correo sin ella no es de Portico.
mail-phrase_tip = Consejo: elija una frase antiphishing en Portico (Cuenta → Seguridad); a partir de entonces, cada correo de Portico la mostrará.
mail-quoted = El texto entre “comillas” lo escribieron personas de { $tenant }, no Portico: Portico nunca le pide por correo electrónico que pague, que cambie datos bancarios ni que inicie sesión.
mail-reset-advice = Abra usted mismo { $url } en su navegador e introduzca el código. Si no lo ha solicitado, ignore este correo: su contraseña no cambia.
mail-reset-asked = Alguien (esperamos que usted) ha solicitado desde { $ip } restablecer su contraseña de Portico.
mail-reset-code =
    Su código: { $code } (válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }; solo puede usarse una vez).
mail-reset-subject = Su código para restablecer la contraseña de Portico
mail-security-advice = Si ha sido usted, no tiene que hacer nada. Si no ha sido usted, abra Portico usted mismo (escriba la dirección que usa siempre; no siga los enlaces de los correos electrónicos), inicie sesión y elija «No he sido yo» en Cuenta → Avisos de seguridad: esto cierra la sesión en todos los dispositivos y exige una nueva contraseña.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Aviso de seguridad de Portico: { $what }
mail-written = Este mensaje se escribió el { $date }.
mail-invite-subject = Invitación de { $tenant } en Portico
mail-invite-intro = { $inviter } le invita a seguir sus pedidos con { $tenant } en Portico.
mail-invite-code = Abra Portico usted mismo en { $url } e introduzca este código: { $code }
mail-invite-expires = El código sirve una sola vez, hasta el { $day }.
mail-invite-advice = Portico nunca envía enlaces que inicien sesión por usted ni pide la contraseña de su correo. Si no esperaba este mensaje, ignórelo.

## mailhealth
mailhealth-no_relay = No sale ningún correo: no hay ningún servidor de envío de correo configurado (PORTICO_SMTP_HOST). Las alertas sobre pagos y datos bancarios solo se muestran en Portico.
mailhealth-stuck =
    { $n ->
        [one] { $n } correo a su equipo falló o esperó más de 15 minutos en las últimas 24 horas.
       *[other] { $n } correos a su equipo fallaron o esperaron más de 15 minutos en las últimas 24 horas.
    }
mailhealth-title = Es posible que las alertas no lleguen a sus administradores
mailhealth-unconfirmed = Estos administradores no han confirmado su dirección de correo electrónico y no reciben alertas:

## milestones
milestones-actual = Real
milestones-add = Añadir hito
milestones-late = Retrasado
milestones-name = Hito
milestones-none = Aún no hay hitos.
milestones-owner = Responsable
milestones-planned = Previsto
milestones-title = Hitos
milestones-update = Actualizar

## mstatus
mstatus-done = Completado
mstatus-in_progress = En curso
mstatus-pending = Pendiente

## nav
nav-api_tokens = Tokens de API
nav-audit = Registro de auditoría
nav-customers = Clientes
nav-fraud = Señales de fraude
nav-home = Resumen
nav-invite = Invitar
nav-jobs = Tareas en segundo plano
nav-language = Idioma
nav-language_go = Cambiar
nav-notifications = Notificaciones
nav-orders = Pedidos
nav-payments = Datos bancarios
nav-people = Personas
nav-reports = Informes
nav-requests = Solicitar acceso
nav-security = Seguridad
nav-security_admin = Resumen de seguridad
nav-settings = Configuración
nav-signout = Cerrar sesión
nav-switch = Cambiar de proveedor
nav-templates = Plantillas
nav-tenant = Proveedor actual
nav-verify = Verificar un documento
nav-more = Más
nav-main = Menú principal
nav-skip = Ir al contenido
nav-account = Su cuenta
nav-sessions = Dispositivos con sesión iniciada
nav-notification_prefs = Ajustes de notificaciones
nav-webhooks = Webhooks

## ncat
ncat-decisions = Decisiones solicitadas y respondidas
ncat-files = Nuevas fotos, videos y documentos
ncat-milestones = Hitos retrasados
ncat-payments = Datos bancarios y documentos oficiales
ncat-reports = Informes de avance
ncat-security = Avisos de seguridad
ncat-updates = Actualizaciones de avance, cambios de estado y de hitos, comentarios

## nmode
nmode-daily = Resumen diario
nmode-now = Al instante
nmode-off = Desactivado

## notice
notice-admin_added = Nuevo administrador
notice-admin_demoted = Administrador retirado
notice-detail-admin_demoted = { $name } <{ $email }>, por { $by }
notice-detail-email_changed = de { $old } a { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } inicio de sesión fallido en la última hora, desde { $ip }
       *[other] { $n } inicios de sesión fallidos en la última hora; el último, desde { $ip }
    }
notice-detail-from = desde { $ip }
notice-detail-new_sign_in = { $device } desde { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = por { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } código de verificación en dos pasos incorrecto tras una contraseña correcta, desde { $ip }
       *[other] { $n } códigos de verificación en dos pasos incorrectos tras una contraseña correcta; el último, desde { $ip }
    }
notice-email_changed = Dirección de correo electrónico cambiada
notice-failed_sign_ins = Inicios de sesión fallidos
notice-new_sign_in = Nuevo inicio de sesión
notice-password_changed = Contraseña cambiada
notice-password_reset = Contraseña restablecida
notice-second_factor_failed = Códigos de verificación en dos pasos incorrectos
notice-two_factor_off = Verificación en dos pasos desactivada
notice-two_factor_on = Verificación en dos pasos activada
notice-two_factor_reset = Verificación en dos pasos restablecida por un administrador

## notif
notif-comment = Nuevo comentario del comprador en el pedido { $ref } ({ $title })
notif-decision_answered = Se ha respondido una decisión en el pedido { $ref }: { $what }
notif-decision_requested = Se solicita su decisión en el pedido { $ref }: { $what }
notif-documents =
    { $count ->
        [one] { $count } documento nuevo en el pedido { $ref } ({ $title })
       *[other] { $count } documentos nuevos en el pedido { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } ha invitado a { $email } como comprador, con acceso a { $orders } pedido
       *[other] { $by } ha invitado a { $email } como comprador, con acceso a { $orders } pedidos
    }
notif-milestone = Hito modificado en el pedido { $ref }: { $what }
notif-milestone_late = Hito retrasado en el pedido { $ref }: { $what } (previsto para el { $date })
notif-payment = Datos bancarios: { $event }
notif-photos =
    { $count ->
        [one] { $count } foto o video nuevo en el pedido { $ref } ({ $title })
       *[other] { $count } fotos o videos nuevos en el pedido { $ref } ({ $title })
    }
notif-record = Documento oficial en el pedido { $ref }: { $name }, { $event } (por { $by })
notif-report_ready = Informe de avance listo para { $ref } ({ $period })
notif-security = Aviso de seguridad sobre su cuenta: { $event }
notif-status = Nuevo estado del pedido { $ref } ({ $title }): { $what }
notif-update = Nueva actualización en el pedido { $ref } ({ $title })
notif-webhook_disabled = El webhook a { $host } se desactivó tras { $count } envíos fallidos seguidos. Revise el receptor y vuelva a activarlo.

## notifications
notifications-always = Los avisos de seguridad y los cambios de datos de pago siempre le llegan al instante; no se pueden desactivar.
notifications-mark_read = Marcar como leída
notifications-none = No hay notificaciones.
notifications-preferences = Ajustes de notificaciones
notifications-prefs_hint = Para cada tipo de novedad, elija: al instante (en Portico y por correo electrónico), en un resumen diario por correo o nunca. Estos ajustes se aplican a todos los proveedores que usted sigue.
notifications-read_all = Marcar todas como leídas
notifications-title = Notificaciones
notifications-unread =
    { $count ->
        [one] { $count } no leída
       *[other] { $count } no leídas
    }
notifications-choose = Elija qué avisos recibe

## orders
orders-all_customers = Todos los clientes
orders-all_statuses = Todos los estados
orders-edit = Editar pedido
orders-ex_factory_from = Salida de fábrica desde
orders-ex_factory_to = hasta
orders-export = Exportar CSV
orders-filter = Filtrar
orders-more = Más pedidos
orders-new = Nuevo pedido
orders-no_customers = Primero añada una organización cliente:
orders-none = No hay pedidos que mostrar.
orders-only_late = Solo retrasados
orders-reports = Informes
orders-search = Buscar referencia, título o producto
orders-sort = Ordenar
orders-title = Pedidos
orders-none_filtered = Ningún pedido coincide con estos filtros.
orders-clear_filters = Ver todos los pedidos
orders-none_staff = Aún no hay pedidos. Cree el primero: su comprador lo verá en cuanto se confirme.
orders-none_buyer = Aún no hay pedidos: su proveedor no ha compartido ninguno. Aparecerán aquí en cuanto lo haga y recibirá un aviso.

## payment
payment-differs-account = otra cuenta
payment-differs-bank = otro banco (SWIFT/BIC)
payment-differs-both = otra cuenta y otro banco
payment-differs-no_record = aún no hay datos bancarios oficiales
payment-event-active = los nuevos datos bancarios son ahora los oficiales; confirme en Portico que los ha revisado
payment-event-cancelled = se ha cancelado el cambio de datos bancarios anunciado; los datos actuales siguen siendo válidos
payment-event-cooling = se han aprobado nuevos datos bancarios que entrarán en vigor el { $date }; hasta entonces, los actuales siguen siendo válidos. Compruébelos en Portico
payment-event-mismatch = URGENTE: su pago de { $amount } del { $date } se realizó a la cuenta { $account }, que NO es nuestra cuenta oficial ({ $differs }). Llame ahora a su banco para solicitar la devolución del pago y, después, llámenos a un número que ya conozca
payment-event-mismatch_staff = URGENTE: un comprador pagó { $amount } el { $date } a la cuenta { $account }, que NO es su cuenta oficial ({ $differs }). Llame ahora al comprador a un número que ya conozca y ayúdele a solicitar a su banco la devolución del pago
payment-event-proposed = { $who } ha propuesto un cambio; un segundo administrador debe aprobarlo

## payments
payments-account = Número de cuenta o IBAN
payments-acknowledge = He comprobado estos datos
payments-acknowledged = Confirmado
payments-amount = Importe
payments-applies_to = Se aplica a
payments-approve = Aprobar (segundo administrador)
payments-bank = Banco
payments-bank_address = Dirección del banco
payments-beneficiary = Beneficiario
payments-beneficiary_address = Dirección del beneficiario
payments-cancel = Cancelar el cambio
payments-cancelled_why = Cancelado porque:
payments-currency = Moneda
payments-for_all = Todos los clientes
payments-for_customer = Este cliente
payments-history = Datos e historial
payments-lone_admin = Usted es el único administrador: nadie puede aprobar un cambio de datos bancarios. Primero añada un segundo administrador en Personas.
payments-mismatch = NO es nuestra cuenta oficial
payments-none = Aún no hay datos bancarios registrados.
payments-notes = Notas
payments-paid_on = Fecha de pago
payments-paid_to = Pagado a la cuenta / IBAN
payments-pending = Hay un cambio de datos bancarios pendiente
payments-pending_hint = Dos administradores han aprobado los nuevos datos, que entrarán en vigor el { $date } UTC. Hasta entonces, siga pagando con los datos actuales. Si no esperaba este cambio, llame a su proveedor a un número que ya conozca.
payments-propose = Proponer nuevos datos bancarios
payments-propose_hint = Un cambio necesita la aprobación de un segundo administrador y, después, pasa por el período de espera; se avisa de inmediato a todos los compradores afectados.
payments-proposed_hint = Se ha propuesto un cambio de datos bancarios, pendiente de la aprobación de un segundo administrador. No es válido: siga pagando con los datos actuales. Si no lo esperaba, llame a su proveedor a un número que ya conozca.
payments-public_key = Los documentos oficiales se firman con la clave de esta empresa:
payments-reason = Motivo
payments-record = Registrar un pago
payments-record_hint = Introduzca la cuenta a la que pagó exactamente como figura en la confirmación de su banco: si no es la nuestra, se avisa de inmediato a ambas partes.
payments-reference = Referencia
payments-state = Estado
payments-status-active = Oficial
payments-status-cancelled = Cancelado
payments-status-cooling = Aprobado, en período de espera
payments-status-proposed = Propuesto, pendiente de un segundo administrador
payments-status-superseded = Sustituido
payments-title = Datos bancarios oficiales
payments-version = Versión
payments-waiting_second = Pendiente de un segundo administrador
payments-warning = Nuestros datos bancarios nunca cambian por correo electrónico; compruébelos en Portico.

## people
people-access_report = ¿Qué puede ver?
people-access_until = Acceso hasta (opcional)
people-add = Añadir persona
people-added = Persona añadida
people-all_orders = Todos los pedidos del cliente
people-all_roles = Todos los roles
people-back = Volver a Personas
people-buyer_access = Para compradores: cliente y acceso
people-chosen_orders = Solo los pedidos elegidos
people-disabled = desactivada
people-edit = Cambiar el acceso
people-existing_account = Esta dirección de correo electrónico ya tenía una cuenta de Portico; ahora también tiene acceso a este proveedor con la misma contraseña.
people-filter = Filtrar
people-last_sign_in = Último inicio de sesión
people-lead = Responsable de la organización (puede solicitar acceso para sus colegas)
people-remove = Retirar el acceso
people-reset_2fa = Restablecer la verificación en dos pasos
people-reset_2fa_hint = Para quien haya perdido su teléfono y sus códigos de recuperación. La persona recibe un aviso y la acción queda registrada en la auditoría.
people-temp_password = Se ha creado una cuenta nueva. Entregue esta contraseña de un solo uso a la persona por un canal distinto del correo electrónico (por ejemplo, por teléfono); solo se muestra una vez:
people-title = Personas
people-two_factor = Verificación en dos pasos
people-two_factor_off = desactivada
people-two_factor_on = activada

## progress
progress-expected = Fin previsto
progress-late_count =
    { $n ->
        [one] { $n } retrasado
       *[other] { $n } retrasados
    }
progress-next = Siguiente
progress-slip =
    { $n ->
        [one] { $n } día después de la salida de fábrica
       *[other] { $n } días después de la salida de fábrica
    }

## record
record-approve = Aprobar y emitir
record-draft_hint = Borrador: los compradores no lo ven y no se verifica como auténtico hasta que un administrador lo emita.
record-event-issued = emitido y visible para el comprador
record-event-proposed = propuesto para su emisión, pendiente de un segundo administrador
record-event-withdrawn = propuesta retirada
record-issue = Emitir al comprador
record-propose = Proponer para emisión
record-proposed_hint = Propuesto para emisión: pendiente de la aprobación de un segundo administrador.
record-title = Documento oficial
record-two_admins_hint = Contiene condiciones de pago: un segundo administrador debe aprobarlo antes de emitirlo.
record-waiting_second = Usted lo ha propuesto: otro administrador debe aprobarlo.
record-withdraw = Retirar la propuesta

## report
report-inspection_passed = Inspección superada
report-inspection_rework = Inspección: requiere reproceso
report-more = Solo se muestran los primeros 500 pedidos.
report-order_link = ¿Quién puede ver este pedido?
report-order_title = Quién puede ver este pedido
report-person_title = Qué puede ver esta persona
report-reason-admin = Administrador: todos los pedidos
report-reason-assigned = Asignado al pedido
report-reason-customer_all = Comprador: todos los pedidos del cliente
report-reason-granted = Comprador: acceso concedido a este pedido
report-reason-share =
    { $n ->
        [one] Enlace compartido ({ $n } visita)
       *[other] Enlace compartido ({ $n } visitas)
    }
report-until = Hasta
report-why = Motivo
report-pdf-title = Informe de avance
report-pdf-period = Período
report-pdf-generated = Generado
report-pdf-zone = Zona horaria
report-pdf-code = Código de verificación
report-pdf-customer = Cliente
report-pdf-status = Estado
report-pdf-product = Producto
report-pdf-quantity = Cantidad
report-pdf-ex_factory = Salida de fábrica
report-pdf-etd = ETD (salida estimada)
report-pdf-milestones = Hitos
report-pdf-milestone = Hito
report-pdf-planned = Previsto
report-pdf-actual = Real
report-pdf-late = Retrasado
report-pdf-updates = Novedades
report-pdf-photos = Fotos
report-pdf-inspection = Inspección
report-pdf-documents = Documentos añadidos
report-pdf-document = Documento
report-pdf-kind = Tipo
report-pdf-added = Añadido
report-pdf-decisions = Decisiones
report-pdf-decision = Decisión
report-pdf-due = Vence
report-pdf-comment = Comentario
report-pdf-next = Próximo período
report-pdf-empty = nada

## reports
reports-code = Código de verificación
reports-customer = Cliente
reports-default_period = Deje las fechas vacías para obtener los últimos siete días.
reports-from = Desde
reports-make = Generar un informe ahora
reports-none = Aún no hay informes.
reports-period = Período
reports-status = Estado
reports-status-failed = Fallido (reintentando)
reports-status-queued = En preparación
reports-status-ready = Listo
reports-subject = Pedido o cliente
reports-title = Informes de avance
reports-to = Hasta
reports-trigger-on_demand = a petición
reports-trigger-scheduled = semanal
reports-language = Idioma del informe
reports-language_buyers = El idioma de los compradores
reports-make_first = Crear el primero

## requests
requests-approve = Aprobar e invitar
requests-intro = La decisión corresponde a su proveedor. Si la acepta, su colega recibirá una invitación y verá los mismos pedidos que usted.
requests-line = { $lead } solicita acceso para { $name } ({ $email }) de { $customer }
requests-note = Nota para el proveedor (opcional)
requests-pending = Solicitudes de acceso de clientes
requests-refuse = Rechazar
requests-send = Enviar solicitud
requests-title = Solicitar acceso para un colega
requests-yours = Sus solicitudes

## reset
reset-code = Código del correo
reset-second_factor = Código de autenticación o de recuperación (si usa la verificación en dos pasos)
reset-title = Establecer una nueva contraseña

## role
role-admin = Administrador
role-buyer = Comprador
role-forwarder = Agente de carga
role-merchandiser = Merchandiser
role-qc = Inspector de calidad

## rstatus
rstatus-approved = Aprobada
rstatus-pending = Pendiente
rstatus-refused = Rechazada

## security
security-acted = gestionado: se cerraron todas las sesiones
security-email = Correo electrónico
security-no_notices = No hay avisos de seguridad.
security-not_me = No he sido yo
security-not_me_hint = «No he sido yo» cierra la sesión en todos los dispositivos, incluido este, y exige una nueva contraseña (que se establece con un código enviado a su correo electrónico).
security-notices = Avisos de seguridad
security-phrase = Frase antiphishing
security-phrase_why = Elija una frase que solo usted conozca. Portico la muestra al principio de cada correo que le envía y en la página de inicio de sesión de sus dispositivos. Un correo sin ella no procede de Portico: no haga nada de lo que le pida.
security-sessions = Dónde tiene la sesión iniciada
security-title = Seguridad
security-twofactor = Verificación en dos pasos
security-time_zone = Su zona horaria
security-time_zone_hint = Las fechas y horas se muestran en esta zona, con su desfase. Déjelo vacío para usar la zona de su proveedor ({ $name }).

## settings
settings-cooling_hours = Período de espera antes de que los nuevos datos bancarios entren en vigor (horas, 24–336)
settings-idle_minutes = Cerrar la sesión tras estos minutos sin actividad
settings-merch_invite = Los merchandisers pueden invitar a compradores
settings-report_hour = Hora de los informes semanales y los resúmenes diarios (0–23, hora local)
settings-report_weekday = Día de los informes semanales
settings-require_2fa = Exigir la verificación en dos pasos para
settings-saved = Guardado.
settings-session_hours = Cerrar la sesión tras estas horas en cualquier caso
settings-share_days = Duración máxima de un enlace compartido, en días (de 1 a 90)
settings-timezone = Zona horaria (nombre IANA, p. ej., Asia/Shanghai)
settings-title = Configuración del portal
settings-language = Idioma de la empresa
settings-language_hint = La plantilla de hitos predeterminada está escrita en este idioma, las invitaciones empiezan en él y un informe se redacta en él cuando ninguno de sus compradores ha elegido idioma.

## setup
setup-admin_name = Su nombre
setup-company = Nombre de la empresa
setup-intro = Cree el portal de su empresa y su cuenta de administrador. Este enlace solo funciona una vez.
setup-password_confirm = Repita la contraseña
setup-slug = Nombre corto (a-z, 0-9, -)
setup-submit = Crear portal
setup-title = Configurar Portico

## share
share-back = Volver al pedido
share-copy_now = Copie esta dirección ahora; solo se muestra una vez:
share-create = Crear enlace
share-created = Enlace compartido creado
share-expired = caducado
share-label = Para quién (nota)
share-last_day = Último día
share-new = Crear un enlace de solo lectura
share-password = Contraseña (opcional, 12 caracteres o más)
share-protected = Este pedido compartido está protegido
share-revoke = Revocar
share-revoked = revocado
share-shared_by = Compartido por { $name } a través de Portico (solo lectura)
share-title = Enlaces compartidos
share-until = Funciona hasta el { $day } UTC, salvo que usted lo revoque.
share-uses =
    { $n ->
        [one] { $n } visita
       *[other] { $n } visitas
    }
share-with_password = con contraseña

## signin
signin-forgot = ¿Ha olvidado su contraseña?
signin-hint = Portico nunca le pedirá la contraseña de su correo electrónico.
signin-invalid = La dirección de correo electrónico o la contraseña no son correctas.
signin-no_access = En este momento, su cuenta no tiene acceso a ningún proveedor.
signin-phrase = Su frase antiphishing:
signin-phrase_hint = Si eligió una frase antiphishing, aparecerá aquí en sus propios dispositivos después de introducir su dirección de correo electrónico.
signin-reset_done = Su contraseña se ha cambiado y se han cerrado todas las sesiones. Inicie sesión con la nueva contraseña.
signin-reset_required = Por su seguridad, debe establecer una nueva contraseña. Elija «¿Ha olvidado su contraseña?» más abajo para crearla con un código enviado a su correo electrónico.
signin-submit = Iniciar sesión
signin-throttled = Demasiados inicios de sesión fallidos para esta cuenta o desde esta red. Espere unos minutos y vuelva a intentarlo.
signin-title = Iniciar sesión

## sort
sort-newest = Más recientes primero
sort-oldest = Más antiguos primero
sort-reference = Por referencia

## staff
staff-assign = Asignar
staff-none = Aún no hay nadie asignado.
staff-title = Personal asignado

## status
status-cancelled = Cancelado
status-closed = Cerrado
status-confirmed = Confirmado
status-draft = Borrador
status-in_production = En producción
status-inspection = Inspección
status-ready_to_ship = Listo para embarque
status-shipped = Embarcado

## switch
switch-current = Actual
switch-open = Abrir
switch-title = Sus proveedores

## templates
templates-days = días
templates-new = Nueva plantilla
templates-none = Sin plantilla
templates-steps = Pasos, uno por línea: nombre | días desde el inicio del pedido
templates-steps_hint = Las fechas previstas se cuentan desde el día en que se crea el pedido.
templates-title = Plantillas de hitos
templates-use = Hitos a partir de una plantilla
templates-garments = Prendas
templates-garments-fabric = Compra de tejidos
templates-garments-cutting = Corte
templates-garments-sewing = Confección
templates-garments-finishing = Acabado
templates-garments-final_inspection = Inspección final
templates-garments-packing = Embalaje
templates-garments-shipping = Envío

## timeline
timeline-decision_approved = El comprador aprobó.
timeline-decision_rejected = El comprador rechazó.
timeline-decision_requested = Se solicitó una decisión.
timeline-decision_withdrawn = Se retiró la consulta.
timeline-empty = Aún no hay nada en la cronología.
timeline-format_hint = Empiece una línea con - para crear una lista; **negrita** para resaltar.
timeline-milestone_added = Hito añadido: { $status }, { $percent } %
timeline-milestone_updated = Hito actualizado: { $status }, { $percent } %
timeline-new_comment = Su comentario
timeline-new_update = Actualización de avance
timeline-no_milestone = Sin hito
timeline-older = Entradas anteriores
timeline-post = Publicar
timeline-send = Enviar
timeline-status_changed = Estado cambiado de { $from } a { $to }
timeline-title = Cronología
timeline-visibility = Quién puede verlo
timeline-compose = Publicar una novedad

## twofa
twofa-code = Código de 6 dígitos de su aplicación de autenticación
twofa-code_or_recovery = Código de su aplicación de autenticación o un código de recuperación
twofa-codes_intro = La verificación en dos pasos está activada. Guarde estos códigos de recuperación en un lugar seguro; cada uno sirve una sola vez si pierde su teléfono. Solo se muestran ahora:
twofa-confirm_first = Para configurar la verificación en dos pasos, confirme primero su contraseña. A continuación aparecerá el código QR en esta página.
twofa-manual = O escriba esta clave:
twofa-on =
    { $n ->
        [one] La verificación en dos pasos está activada. Le queda { $n } código de recuperación.
       *[other] La verificación en dos pasos está activada. Le quedan { $n } códigos de recuperación.
    }
twofa-qr_alt = Código QR para su aplicación de autenticación
twofa-scan = Escanee este código QR con una aplicación de autenticación (por ejemplo, Google Authenticator, Microsoft Authenticator o 1Password) y, a continuación, introduzca el código que muestre.
twofa-title = Verificación en dos pasos
twofa-turn_off = Desactivar la verificación en dos pasos
twofa-turn_on = Activar

## verify
verify-advice-genuine = Puede confiar en él. Para los pagos, utilice igualmente los datos bancarios que se muestran en Portico.
verify-advice-issued = Un código se puede copiar en cualquier PDF. Para asegurarse de que su documento es este, elija su archivo más arriba: solo la comprobación del archivo lo confirma. Su SHA-256 debe coincidir con el que se muestra aquí.
verify-advice-superseded = No actúe según esta versión: abra el pedido en Portico y utilice la versión vigente.
verify-advice-unknown = No pague ni firme nada basándose en él. Puede haber sido alterado (basta con modificar un solo byte para que resulte desconocido). Llame a su proveedor a un número que ya conozca y utilice los documentos y los datos bancarios que figuran en Portico.
verify-check = Comprobar
verify-code = o su código de verificación
verify-file = El PDF que recibió
verify-hint = ¿Ha recibido por correo electrónico una factura, un contrato o datos bancarios? Compruébelo aquí: elija el PDF o escriba su código de verificación. El archivo se comprueba en memoria y no se guarda.
verify-issued = Emitido por { $supplier } ({ $who }) el
verify-issued_by = Emitido por { $supplier } el
verify-newer = Se emitió una versión más reciente el
verify-outcome-genuine = Auténtico: este es el documento oficial
verify-outcome-issued = Este código corresponde a un documento oficial vigente
verify-outcome-superseded = Sustituido: existe una versión más reciente
verify-outcome-unknown = Desconocido: este documento no se emitió a través de Portico
verify-private = Las comprobaciones están limitadas por hora; las personas con sesión iniciada pueden hacer más.
verify-report_note = Un informe de avance recoge lo que el personal del proveedor publicó sobre el pedido; nunca es una instrucción de pago. Pague únicamente a la cuenta de los datos bancarios oficiales que se muestran en Portico.
verify-signature = Firma
verify-title = Verificar un documento

## visibility
visibility-customer = Visible para el comprador
visibility-internal = Interno

## weekday
weekday-0 = Sin informes semanales
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miércoles
weekday-4 = Jueves
weekday-5 = Viernes
weekday-6 = Sábado
weekday-7 = Domingo

## viewer
viewer-close = Cerrar
viewer-next = Siguiente
viewer-previous = Anterior

## device
device-kind_api = API
device-kind_browser = navegador
device-on = { $browser } en { $os }
device-program = un programa
device-unknown = un cliente desconocido

## err
# Mensajes de error, según el texto en inglés que genera el código (src/error.rs los busca por él).
err-a_change_of_these_bank = Ya hay un cambio pendiente de estos datos bancarios; apruébelo o cancélelo primero.
err-a_customer_with_this_name = Ya existe una organización cliente con este nombre.
err-a_sheet_exists_only_for = Solo existe hoja en PDF para los datos bancarios que son o han sido oficiales.
err-a_template_with_this_name = Ya existe una plantilla con este nombre.
err-account_invalid = Un número de cuenta tiene de 4 a 34 letras y dígitos (se admiten espacios y guiones).
err-account_invalid-2 = Introduzca el número de cuenta o IBAN al que pagó, tal como figura en la confirmación de su banco.
err-account_required = Introduzca el número de cuenta o IBAN.
err-amount_invalid = Indique el importe en cifras, por ejemplo 52000 o 52000.50.
err-an_order_with_this_reference = Ya existe un pedido con esta referencia.
err-answer_invalid = Elija «Aprobar» o «Rechazar».
err-bic_invalid = Un código SWIFT/BIC tiene 8 u 11 caracteres: 4 letras para el banco, 2 para el país y, después, 2 letras o dígitos (y, opcionalmente, 3 más).
err-body_incomplete = El cuerpo de la solicitud se interrumpió.
err-body_required = Escriba algo primero.
err-body_unreadable = No se ha podido leer el cuerpo de la solicitud.
err-buyers_acknowledge_the_bank_details = Son los compradores quienes confirman los datos bancarios a los que pagan.
err-cannot_demote_self = No puede cambiar su propio rol; pídaselo a otro administrador.
err-cannot_remove_self = No puede retirarse el acceso a sí mismo.
err-category_invalid = Los avisos de seguridad y de pagos no se pueden desactivar; las demás categorías son actualizaciones, archivos, decisiones, hitos e informes.
err-challenge_expired = El inicio de sesión ha tardado demasiado. Vuelva a iniciar sesión.
err-code_invalid = Un código de verificación tiene este formato: 7KQ2M-XW9TD.
err-code_wrong = El código no es correcto o ha caducado.
err-code_wrong-2 = El código no es correcto. Compruebe la hora de su teléfono y vuelva a intentarlo.
err-code_wrong-3 = El código no es correcto.
err-comment_required = Indique por qué rechaza, para que el proveedor pueda actuar en consecuencia.
err-comment_too_long = El comentario debe tener 2000 caracteres como máximo.
err-confirmation_wrong = Esa contraseña o ese código no son correctos.
err-csrf = El formulario ha caducado o no procede de este sitio. Vuelva a cargar la página e inténtelo de nuevo.
err-currency_invalid = Indique la moneda con su código de tres letras, por ejemplo USD, EUR o CNY.
err-cursor_invalid = El cursor de página no es válido.
err-customer_invalid = Organización cliente desconocida.
err-customer_required = un comprador necesita --customer
err-customer_required-2 = Elija el cliente de este pedido.
err-customer_required-3 = Elija el cliente que pagó.
err-customer_required-4 = Un comprador pertenece a una organización cliente: elija una.
err-date_invalid = Indique la fecha de pago en formato AAAA-MM-DD.
err-date_invalid-2 = La fecha de pago debe estar dentro del último año y no puede ser futura.
err-description_too_long = La descripción debe tener 4000 caracteres como máximo.
err-email_confirmation_required = Confirme primero su dirección de correo electrónico con el código que se le envió (/account/email): allí llegan las alertas de seguridad y de pagos.
err-email_invalid = Introduzca una dirección de correo electrónico válida.
err-enrolment_missing = Vuelva a cargar la página para empezar de nuevo.
err-enrolment_required = Su proveedor exige la verificación en dos pasos: configúrela primero en /account/2fa.
err-expires_in_days = El número de días debe ser un número entero.
err-expiry_required = Elija el último día en que funcionará el enlace.
err-field-date = El campo «{ $field }» debe contener una fecha con el formato 2026-12-31.
err-field-invalid_characters = El campo «{ $field }» contiene caracteres de control o de cambio de dirección del texto.
err-field-range = El valor del campo «{ $field }» debe estar entre { $min } y { $max }.
err-field-required = El campo «{ $field }» es obligatorio.
err-field-too_long = El campo «{ $field }» debe tener { $max } caracteres como máximo.
err-field_not_utf8 = Un campo del formulario no es texto UTF-8 válido.
err-field_too_long = Un campo del formulario de subida es demasiado largo.
err-file_required = Elija al menos un archivo.
err-forbidden = No tiene permiso para hacer esto.
err-form_invalid = No se ha podido leer el formulario.
err-form_invalid-2 = Envíe un solo PDF o un solo código.
err-form_invalid-3 = Envíe un solo PDF cada vez.
err-iban_invalid = Este IBAN no es válido: sus dígitos de control o su longitud no coinciden. Revíselo carácter por carácter.
err-internal = Se ha producido un error por nuestra parte. Vuelva a intentarlo; si el problema persiste, indique el Id. de solicitud.
err-invalid_credentials = La dirección de correo o la contraseña no son correctas.
err-invitation_invalid = Este código no es válido: puede haber caducado, haberse utilizado o haberse retirado. Solicite una nueva invitación.
err-invitation_other_account = Esta invitación es para otra dirección de correo electrónico. Cierre la sesión y use esa dirección.
err-invitation_sign_in = Ya tiene una cuenta de Portico: inicie sesión primero y, después, vuelva a introducir el código.
err-invoices_contracts_and_other_official = Las facturas, los contratos y otros documentos oficiales que se muestran a los compradores los emite una persona con sesión iniciada, no un token de API. Súbalo como interno o inicie sesión.
err-kind_invalid = Elija el tipo de decisión.
err-kind_invalid-2 = Elija una de las categorías de archivo de la lista.
err-language_invalid = Elija uno de los idiomas disponibles.
err-milestone_invalid = El filtro de hito no es un identificador de hito.
err-milestone_invalid-2 = Hito desconocido.
err-mode_invalid = Elija «Al instante», «Resumen diario» o «Desactivado».
err-no_admin = Este proveedor no tiene ningún administrador activo.
err-not_found = La página o el objeto que ha solicitado no existe, o usted no tiene acceso a él.
err-one_file = Una nueva versión debe ser exactamente un archivo.
err-only_a_change_that_has = Solo se puede cancelar un cambio que aún no ha entrado en vigor.
err-only_a_draft_can_be = Solo se puede emitir un borrador; este documento ya se ha emitido o propuesto.
err-only_a_proposed_change_can = Solo se puede aprobar un cambio propuesto.
err-only_a_proposed_document_can = Solo se puede aprobar un documento propuesto.
err-only_a_proposed_document_can-2 = Solo se puede retirar un documento propuesto.
err-only_the_details_of_record = Solo se pueden confirmar los datos bancarios oficiales.
err-order_draft = Confirme el pedido antes de solicitar una decisión al comprador.
err-order_draft-2 = Un pedido en borrador no se puede compartir.
err-order_invalid = Pedido desconocido.
err-order_invalid-2 = Uno de los pedidos elegidos no pertenece a este cliente.
err-order_not_assigned = Solo puede invitar a compradores a los pedidos que tiene asignados.
err-orders_required = Elija los pedidos que esta persona podrá seguir.
err-orders_required-2 = Elija los pedidos que este comprador podrá seguir: solo puede invitar a compradores a los pedidos que tiene asignados.
err-owner_invalid = El responsable debe ser un miembro de su personal.
err-password_mismatch = Las dos contraseñas no coinciden.
err-password_reset_required = Por su seguridad, debe establecer una nueva contraseña. Elija «¿Ha olvidado su contraseña?» para crearla con un código enviado a su correo electrónico.
err-password_unchanged = Elija una contraseña distinta de la actual.
err-payments_are_recorded_by_buyers = Los pagos los registran los compradores, los merchandisers y los administradores.
err-percent_invalid = El porcentaje debe ser un número entero de 0 a 100.
err-period_invalid = Elija fechas entre 2000 y hoy.
err-period_invalid-2 = Elija un período de un año como máximo que termine hoy o antes, con la fecha de inicio anterior a la de fin.
err-phrase_too_short = Elija una frase de al menos 4 caracteres.
err-precondition_failed = El archivo ha cambiado desde la última vez que lo cargó.
err-quantity_invalid = La cantidad debe ser un número entero.
err-range_not_satisfiable = El rango de bytes solicitado no es válido para este archivo.
err-reset_code_wrong = La dirección de correo electrónico o el código no son correctos, o el código ha caducado. Solicite un código nuevo.
err-role_invalid = Elija un rol.
err-role_invalid-2 = Rol desconocido.
err-scopes_required = Elija al menos un permiso para el token.
err-second_factor_required = Introduzca el código de su aplicación de autenticación o un código de recuperación.
err-second_factor_required-2 = Esta cuenta usa la verificación en dos pasos: introduzca un código de su aplicación de autenticación o uno de sus códigos de recuperación. Si no tiene ninguno de los dos, pida al administrador de su proveedor que restablezca la verificación en dos pasos.
err-session_ended = Demasiadas respuestas incorrectas: esta sesión ha finalizado. Vuelva a iniciar sesión.
err-share_password = La contraseña no es correcta.
err-slug_invalid = El nombre corto debe tener de 3 a 40 caracteres de a-z, 0-9 y '-'.
err-sort_invalid = Ordene por más recientes, más antiguos o referencia.
err-staff_invalid = Elija una persona.
err-staff_invalid-2 = Solo se pueden asignar merchandisers e inspectores de calidad.
err-status_invalid = Estado de pedido desconocido.
err-status_invalid-2 = Estado de hito desconocido.
err-status_invalid-3 = Un pedido nuevo empieza como borrador o confirmado.
err-step_up_required = Por su seguridad, confirme su identidad: introduzca su contraseña o un código de su aplicación de autenticación (POST /api/v1/auth/step-up) y vuelva a intentarlo.
err-steps_required = Una plantilla necesita al menos un paso.
err-storage_full = El servidor se ha quedado sin espacio de almacenamiento, por lo que no se ha guardado nada. Vuelva a intentarlo más tarde; ya se ha avisado a los operadores.
err-subject_invalid = Elija un pedido o un cliente.
err-template_invalid = Plantilla de hitos desconocida.
err-that_already_exists = Eso ya existe.
err-the_change_was_decided_meanwhile = Entretanto, ya se ha tomado una decisión sobre el cambio.
err-the_demo_tenant_already_exists = El proveedor de demostración ya existe (nombre corto demo-textiles).
err-the_document_changed_meanwhile = Entretanto, el documento ha cambiado.
err-the_order_was_changed_meanwhile = Entretanto, el pedido se ha modificado; vuelva a cargar la página e inténtelo de nuevo.
err-the_report_is_still_being = El informe todavía se está generando; vuelva a intentarlo en un momento.
err-the_report_was_built_meanwhile = el informe se generó entretanto
err-there_is_already_a_request = Ya existe una solicitud para esta persona.
err-this_api_token_s_scopes = Los permisos de este token de API no admiten esta solicitud.
err-this_decision_was_already_answered = Esta decisión ya se ha respondido y no se puede cambiar.
err-this_invitation_is_no_longer = Esta invitación ya no está vigente.
err-this_invitation_was_already_used = Esta invitación ya se ha utilizado.
err-this_kind_of_file_is = Este tipo de archivo no es un documento oficial.
err-this_person_already_belongs_to = Esta persona ya pertenece a este proveedor.
err-this_person_already_has_access = Esta persona ya tiene acceso a su portal.
err-this_person_already_has_an = Esta persona ya tiene una invitación pendiente: vuelva a enviarla en lugar de crear otra.
err-this_person_also_works_with = Esta persona también trabaja con otros proveedores en Portico; solo el operador de la plataforma puede restablecer su verificación en dos pasos.
err-this_person_is_already_assigned = Esta persona ya está asignada al pedido.
err-this_request_was_already_decided = Ya se ha tomado una decisión sobre esta solicitud.
err-this_short_name_is_taken = Este nombre corto ya está en uso; elija otro.
err-timezone_invalid = Zona horaria desconocida: use un nombre como Asia/Shanghai, Europe/Berlin o UTC.
err-too_large = La solicitud supera el tamaño permitido.
err-too_many = Envíe como máximo 20 preferencias.
err-too_many_orders = Elija como máximo 1000 pedidos.
err-two_step_sign_in_is = La verificación en dos pasos ya está activada.
err-two_step_sign_in_is-2 = La verificación en dos pasos está desactivada.
err-unauthenticated = Inicie sesión.
err-unavailable = El servicio no está disponible temporalmente. Vuelva a intentarlo en breve.
err-update_invalid = Solo se pueden adjuntar archivos a una actualización de avance de este pedido.
err-upload_incomplete = La subida se interrumpió antes de terminar. No se ha guardado nada; vuelva a intentarlo.
err-upload_malformed = No se ha podido leer la subida (cuerpo multipart con formato incorrecto). No se ha guardado nada.
err-visibility_invalid = La visibilidad debe ser «Interno» o «Visible para el comprador».
err-visibility_invalid-2 = Elija quién puede ver la actualización.
err-your_account_has_no_access = En este momento, su cuenta no tiene acceso a ningún proveedor.
err-password-too_short = La contraseña debe tener al menos { $min } caracteres.
err-password-too_long = La contraseña debe tener como máximo { $max } caracteres.
err-template-line = Línea { $n }: escriba los días después de '|' como número entero.
err-template-too_many = Una plantilla tiene como máximo { $max } pasos.
err-order-transition = Un pedido no puede pasar de «{ $from }» a «{ $to }».
err-body-too_long = Como máximo { $max } caracteres.
err-file-empty = { $name } está vacío.
err-limit-sign_ins = Demasiados inicios de sesión desde aquí. Inténtelo de nuevo en { $wait }.
err-limit-codes = Demasiados códigos incorrectos. Inténtelo de nuevo en { $wait }.
err-limit-email_codes = Se enviaron tres códigos en la última hora. Use el más reciente o inténtelo de nuevo en { $wait }.
err-limit-reports = Ha pedido 20 informes en la última hora; inténtelo de nuevo en { $wait }.
err-limit-invitation_codes = Demasiados códigos probados desde aquí. Inténtelo de nuevo en { $wait }.
err-limit-share_passwords = Demasiadas contraseñas incorrectas. Inténtelo de nuevo en { $wait }.
err-limit-verify = Demasiadas comprobaciones desde aquí en la última hora. Inténtelo de nuevo en { $wait } o inicie sesión en Portico para comprobar más.
err-share-last_day = El último día debe estar entre hoy y dentro de { $max } días.
err-carry_invalid = No se pudo enviar el formulario; rellénelo de nuevo.
err-reason_required = Indique el motivo: aparece en la cronología.
err-reason_too_long = El motivo tiene como máximo 1000 caracteres.
err-close_open_decision = No se puede cerrar un pedido con una decisión abierta: retírela primero o espere la respuesta.
err-cannot_go_back = Un pedido no puede retroceder desde { $from }.
err-accent_invalid = Elija un color en formato #rrggbb.
err-accent_contrast = Este color es demasiado claro: el texto blanco sobre él, y el texto de este color sobre blanco, se leerían mal. Elija uno más oscuro (WCAG AA exige un contraste de al menos 4,5:1).
err-logo_type = El logotipo debe ser una imagen PNG, WebP o JPEG.
err-logo_too_large = La imagen del logotipo es demasiado grande; use una de menos de 40 megapíxeles.
err-logo_too_big = El logotipo tiene como máximo 2 MB.
err-decision_on_closed = Un pedido cerrado o cancelado no admite nuevas decisiones: reábralo primero.
err-invalid_limit = limit debe ser un número entero de 1 a 200.
err-webhook_event_unknown = Tipo de evento desconocido; consulte la lista de tipos de evento en la documentación de la API.
err-webhook_events_required = Elija al menos un evento que enviar.
err-webhook_limit = Una empresa tiene como máximo 20 destinos de webhook; elimine uno primero.
err-webhook_disabled = Este destino está desactivado; actívelo primero.
err-webhook_address_private = El receptor debe estar en internet público: se rechazan las direcciones privadas, de bucle local y de enlace local.
err-webhook_url_invalid = Escriba la dirección completa del receptor, como https://erp.example.com/portico/events.
err-webhook_url_https = La dirección del receptor debe empezar por https://.
err-webhook_url_credentials = No incluya usuario ni contraseña en la dirección: la firma prueba quién envía.
err-webhook_host_unknown = No se encontró el nombre de host del receptor.
err-invalid_idempotency_key = La cabecera Idempotency-Key debe tener de 1 a 255 caracteres ASCII imprimibles.
err-idempotency_key_reused = Esta Idempotency-Key se usó con otra petición; use una clave nueva para una petición nueva.
err-idempotency_key_in_progress = Una petición con esta Idempotency-Key aún se está procesando; inténtelo de nuevo en un momento.
err-method_not_allowed = Esta dirección no admite este método; admite { $what }.
err-send_json = Envíe el cuerpo como JSON, con la cabecera Content-Type: application/json.
err-send_form = Envíe el formulario como application/x-www-form-urlencoded.
err-json_malformed = El cuerpo no es JSON válido (línea { $n }, columna { $count }).
err-query_unreadable = No se pudo leer la cadena de consulta.
err-json_fields = El cuerpo JSON no tiene los campos esperados: { $detail }
err-query_detail = No se pudo leer la cadena de consulta: { $detail }
err-form_detail = No se pudo leer el formulario: { $detail }

sheet-title = Instrucciones de pago
sheet-scope_customer = Solo para su empresa
sheet-scope_all = Para todos los clientes
sheet-valid_from = Válido desde
sheet-verify_hint = Compruebe esta hoja en cualquier momento: abra Portico usted mismo y use Verificar un documento con el código de abajo.

csv-orders-reference = Referencia / OC
csv-orders-title = Título
csv-orders-customer = Cliente
csv-orders-product = Producto
csv-orders-quantity = Cantidad
csv-orders-status = Estado
csv-orders-ex_factory_date = Salida de fábrica
csv-orders-etd_date = ETD
csv-orders-next_milestone = Próximo hito
csv-orders-late_milestones = Hitos retrasados
csv-orders-percent_done = Hecho (%)
csv-orders-expected_finish = Fin prevista
csv-orders-created_at = Creado (UTC)
csv-audit-seq = N.º
csv-audit-id = Id. del evento
csv-audit-created_at_utc = Hora (UTC)
csv-audit-actor_user_id = Por (id. de usuario)
csv-audit-action = Acción
csv-audit-object_type = Tipo de objeto
csv-audit-object_id = Id. del objeto
csv-audit-detail = Detalle
csv-audit-ip = Dirección IP
csv-audit-prev_hash = Hash anterior
csv-audit-hash = Hash

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }
wait-minute =
    { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
wait-hour =
    { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }

more-title = Más
more-settings = Ajustes y seguridad
more-documents = Documentos y pagos
more-suppliers = Proveedores

table-actions = Acciones

start-title = Primeros pasos
start-email = Confirme su dirección de correo (allí llegan las alertas de pago)
start-two_step = Active el inicio de sesión en dos pasos
start-customer = Añada un cliente
start-order = Cree un pedido
start-invite_buyer = Invite a su comprador
start-second_admin = Invite a un segundo administrador (los datos bancarios necesitan dos)
start-bank_details = Publique sus datos bancarios oficiales con el segundo administrador
start-done = hecho
send_on-title = Confirmado
send_on-body = Enviando sus cambios tal como los escribió…
send_on-continue = Continuar
glance-percent = { $n } % hecho
glance-progress = Avance del pedido
glance-next = Siguiente: { $name }
glance-decision_yours = Se necesita su respuesta: { $title }
glance-decision_waiting = Esperando al comprador: { $title }
glance-sections = En esta página
brand-title = Su marca
brand-why = Sus compradores ven su nombre y logotipo en la parte superior de cada página, en la página de acceso de un dispositivo que ya usaron y en los informes. El color se usa para enlaces y botones.
brand-current_logo = Su logotipo actual
brand-logo = Logotipo (PNG, WebP o JPEG, máx. 2 MB)
brand-logo_hint = Funciona mejor un logotipo ancho sobre fondo claro o transparente; se muestra con 32 píxeles de alto.
brand-remove_logo = Quitar el logotipo
brand-accent = Color de acento
brand-accent_hint = Debe ser lo bastante oscuro para llevar texto blanco (se comprueba: WCAG AA, 4,5:1).
brand-save = Guardar la marca

## webhooks
webhooks-title = Webhooks
webhooks-intro = Portico avisa a sus otros sistemas (un ERP, un chat) de lo que ocurre en el momento: un POST firmado a su dirección por cada evento que elija. El receptor comprueba la firma con el secreto y lee los detalles a través de la API.
webhooks-new = Añadir un destino
webhooks-url = Dirección del receptor
webhooks-description = Descripción
webhooks-events = Eventos
webhooks-create = Añadir destino
webhooks-created = Destino añadido
webhooks-once = Copie ahora el secreto de firma: solo se muestra esta vez.
webhooks-signature_hint = Cada petición lleva Portico-Signature: t=…,v1=…, el HMAC-SHA256 de la hora, un punto y el cuerpo, con este secreto como clave. Rechace una petición cuya firma no coincida o cuya hora sea antigua.
webhooks-open = Detalles y registro de envíos
webhooks-state = Estado
webhooks-enabled = Activo
webhooks-disabled = Desactivado
webhooks-reason-admin = desactivado por un administrador
webhooks-reason-failures = desactivado tras fallar durante un día; revise el receptor y vuelva a activarlo
webhooks-failures = Fallos seguidos
webhooks-made_by = Añadido por
webhooks-none = Aún no hay destinos. Añada uno abajo para enviar eventos a su ERP.
webhooks-back = Todos los webhooks
webhooks-log = Envíos
webhooks-log_none = Aún no se ha enviado nada. Envíe una prueba para comprobar el receptor.
webhooks-event = Evento
webhooks-result = Resultado
webhooks-attempts = Intentos
webhooks-when = Cuándo
webhooks-next_attempt = Próximo intento
webhooks-delivery-pending = en espera
webhooks-delivery-delivered = entregado
webhooks-delivery-failed = fallido
webhooks-test = Enviar una prueba
webhooks-disable = Desactivar
webhooks-enable = Activar
webhooks-delete = Eliminar
webhooks-delete_confirm = ¿Eliminar este destino y su registro de envíos? No se le enviará nada más.
webhooks-older = Envíos anteriores
webhooks-event-order-created = Pedido creado
webhooks-event-order-status_changed = Estado del pedido cambiado
webhooks-event-milestone-updated = Hito añadido o actualizado
webhooks-event-decision-requested = Decisión solicitada
webhooks-event-decision-answered = Decisión respondida
webhooks-event-decision-withdrawn = Decisión retirada
webhooks-event-file-uploaded = Archivo o nueva versión subidos
webhooks-event-report-ready = Informe listo
webhooks-event-bank_details-proposed = Datos bancarios propuestos
webhooks-event-bank_details-approved = Datos bancarios aprobados
webhooks-event-bank_details-activated = Datos bancarios en vigor
webhooks-event-bank_details-cancelled = Cambio de datos bancarios cancelado
webhooks-event-payment-mismatch = Pago a otros datos bancarios
