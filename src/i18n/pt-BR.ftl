# Portico: português do Brasil (Brazilian Portuguese).

## accept
accept-choose = Escolha seu nome e uma senha para o Portico.
accept-code = Código de convite
accept-continue = Continuar
accept-signed_in_as = Você está conectado como { $email }; o convite será adicionado a esta conta.
accept-title = Aceitar um convite

## account
account-current_password = Senha atual
account-end = Sair
account-end_others = Sair de todos os outros dispositivos
account-first_seen = desde
account-last_seen = última atividade
account-new_password = Nova senha (de 12 a 128 caracteres)
account-password = Alterar senha
account-password_done = Sua senha foi alterada. Todas as outras sessões foram encerradas.
account-sessions = Onde você está conectado
account-sessions_intro = Se você não reconhecer um dispositivo ou endereço, encerre essa sessão e altere sua senha.
account-this_session = Este dispositivo

## action
action-continue = Continuar
action-older = Anteriores
action-remove = Remover
action-save = Salvar

## adminsec
adminsec-coverage = Verificação em duas etapas por função
adminsec-failures =
    { $n ->
        [one] { $n } login malsucedido
       *[other] { $n } logins malsucedidos
    }
adminsec-locked = Contas bloqueadas por logins malsucedidos (últimos 15 minutos)
adminsec-mail = E-mails enviados
adminsec-mail_off =
    { $n ->
        [one] Nenhum servidor de envio de e-mail está configurado (PORTICO_SMTP_HOST): os e-mails ficam na fila e não são enviados. { $n } e-mail aguardando.
       *[other] Nenhum servidor de envio de e-mail está configurado (PORTICO_SMTP_HOST): os e-mails ficam na fila e não são enviados. { $n } e-mails aguardando.
    }
adminsec-mail_on =
    { $n ->
        [one] Os e-mails são enviados por { $host }; { $n } e-mail aguardando.
       *[other] Os e-mails são enviados por { $host }; { $n } e-mails aguardando.
    }
adminsec-none = Nenhum.
adminsec-people = Pessoas
adminsec-required = exigida pela política
adminsec-suspicious = Logins incomuns (últimos 30 dias)
adminsec-title = Visão geral de segurança

## api_tokens
api_tokens-create = Criar token
api_tokens-created = Novo token
api_tokens-days = Validade (dias)
api_tokens-expired = expirado
api_tokens-expires = Expira em
api_tokens-intro = Os tokens permitem que seu ERP ou outros sistemas leiam pedidos e publiquem andamentos e arquivos sem a senha de uma pessoa. Um token age em seu nome, apenas dentro dos escopos que você marcar, até expirar ou ser revogado por você. Ele deixa de funcionar se você deixar de ser administrador.
api_tokens-last_used = Último uso
api_tokens-made_by = Criado por
api_tokens-name = Nome
api_tokens-never = nunca
api_tokens-new = Criar um token
api_tokens-none = Nenhum token ainda.
api_tokens-once = Copie o token agora: ele é exibido apenas esta vez. O Portico guarda somente uma impressão digital dele.
api_tokens-revoke = Revogar
api_tokens-revoked = revogado
api_tokens-scope-files_write = enviar fotos e documentos
api_tokens-scope-orders_read = ler pedidos, etapas, linha do tempo, arquivos e relatórios
api_tokens-scope-orders_write = criar pedidos e avançá-los pelas fases
api_tokens-scope-updates_write = publicar atualizações de andamento e adicionar ou atualizar etapas
api_tokens-scopes = Escopos
api_tokens-title = Tokens de API
api_tokens-usage = Envie-o em cada requisição:
api_tokens-scope-reports_write = solicitar relatórios de progresso sob demanda

## audit
audit-action = Ação
audit-detail = Detalhe
audit-ip = Endereço
audit-object = Objeto
audit-title = Registro de auditoria
audit-when = Quando (UTC)

## confirm
confirm-or_code = ou código do autenticador
confirm-submit = Confirmar
confirm-title = Confirme que é você
confirm-why = Esta alteração afeta quem pode ver seus dados. Para continuar, digite sua senha ou um código do seu aplicativo autenticador. Isso não será solicitado novamente nos próximos minutos.
confirm-kept = O que você digitou foi mantido: ao confirmar, será enviado como estava.

## copy
copy-button = Copiar
copy-done = Copiado
copy-failed = Não foi possível copiar: o valor está selecionado, copie-o pelo teclado ou pelo menu.
copy-account = Copiar o número da conta
copy-bic = Copiar o SWIFT/BIC
copy-beneficiary = Copiar o nome do beneficiário
copy-sha256 = Copiar o SHA-256
copy-public_key = Copiar a chave pública
copy-code = Copiar o código de verificação
copy-token = Copiar o token
copy-secret = Copiar a chave
copy-invitation_code = Copiar o código do convite

## customers
customers-add = Adicionar cliente
customers-name = Nome da organização cliente
customers-none = Nenhuma organização cliente ainda.
customers-title = Organizações clientes

## dashboard
dashboard-all_orders = Todos os pedidos
dashboard-awaiting_buyers = Aguardando a decisão do comprador
dashboard-awaiting_you = Aguardando a sua decisão
dashboard-by_status = Pedidos por status
dashboard-due_soon = Saída da fábrica (ex-factory) nas próximas duas semanas
dashboard-late_milestones = Etapas atrasadas
dashboard-late_orders = Atrasados
dashboard-title = Visão geral
dashboard-urgent = Urgente: pagamentos e dados bancários
dashboard-your_orders = Seus pedidos

## decisions
decisions-answered_by = Respondida por { $name }
decisions-approve = Aprovar
decisions-ask = Solicitar uma decisão ao comprador
decisions-asked_by = Solicitada por { $name }
decisions-comment = Comentário (obrigatório em caso de rejeição)
decisions-description = Detalhes
decisions-due = Responder até
decisions-kind = Tipo de decisão
decisions-none = Nenhuma decisão neste pedido.
decisions-reject = Rejeitar
decisions-send = Enviar ao comprador
decisions-title = Decisões
decisions-waiting = Aguardando o comprador.
decisions-withdraw = Retirar

## dkind
dkind-delay_acceptance = Aceitar um atraso
dkind-option = Escolher uma opção
dkind-other = Outra
dkind-sample_approval = Amostra de pré-produção (PP)
dkind-shipment_approval = Aprovação do embarque

## dstatus
dstatus-approved = Aprovada
dstatus-open = Em aberto
dstatus-rejected = Rejeitada
dstatus-withdrawn = Retirada

## email
email-change = Alterar seu endereço de e-mail
email-change_hint = Um código é enviado ao novo endereço; seu endereço atual é avisado quando a alteração for concluída.
email-code = Código recebido por e-mail
email-new = Novo endereço
email-send_code = Enviar um código
email-sent = Um código está a caminho (válido por 30 minutos). Digite-o abaixo.
email-title = Endereço de e-mail
email-unverified = não confirmado
email-verified = confirmado
email-why = Confirme seu endereço com um código para que o Portico possa lhe enviar avisos de segurança.

## error
error-forbidden = Não permitido
error-home = Voltar à página inicial
error-not_found = Não encontrado
error-request = Não foi possível processar esta solicitação
error-request_id = ID da solicitação:
error-server = Ocorreu um erro

## field
field-access_until = Acesso até
field-actual_date = Data real
field-bank = Banco
field-bank_address = Endereço do banco
field-beneficiary = Beneficiário
field-beneficiary_address = Endereço do beneficiário
field-comment = Comentário
field-company_name = Nome da empresa
field-customer = Cliente
field-days = Número de dias
field-description = Descrição
field-due_date = Prazo de resposta
field-email = Endereço de e-mail
field-etd_date = ETD
field-ex_factory_date = Saída da fábrica
field-expires_in_days = Validade (dias)
field-expires_on = Último dia
field-idle_minutes = Minutos de inatividade
field-label = Para quem (observação)
field-name = Nome
field-note = Observação para o fornecedor
field-notes = Observações
field-password = Senha
field-percent = Percentual
field-phrase = Frase antiphishing
field-planned_date = Data prevista
field-product = Produto
field-quantity = Quantidade
field-reason = Motivo
field-reference = Referência / PO
field-report_hour = Hora dos relatórios
field-report_weekday = Dia dos relatórios
field-role = Função
field-search = Busca
field-session_hours = Horas de sessão
field-share_link_days = Dias do link de compartilhamento
field-status = Status
field-step_name = Nome da etapa
field-text = Texto
field-title = Título
field-your_name = Seu nome
field-url = Endereço
field-events = Eventos

## files
files-add_photos = Adicionar fotos
files-added = Adicionado em
files-all = Todos
files-check_bad = Diferente desta versão. Não confie na sua cópia; use a que está no Portico. SHA-256 dela:
files-check_copy = Conferir uma cópia recebida
files-check_copy_hint = Escolha o arquivo que você tem (por exemplo, recebido por e-mail). Seu navegador calcula o SHA-256 dele aqui mesmo; nada é enviado.
files-check_ok = Idêntico a esta versão:
files-choose = Escolher arquivos
files-clean_refused = Os compradores não podem abrir este arquivo: não foi possível remover os dados da câmera (como a localização GPS). Envie-o novamente como foto ou vídeo comum.
files-cleaned = Fotos e vídeos são exibidos sem os dados da câmera (localização GPS, números de série, proprietário); a imagem em si não é alterada.
files-current = atual
files-dimensions = Tamanho em pixels
files-documents = Documentos
files-download = Baixar
files-drop_hint = ou solte os arquivos aqui
files-for_update = Estes arquivos serão anexados à atualização de andamento e terão a mesma visibilidade dela.
files-history = Versões
files-kind = Tipo
files-kind_auto = Foto / vídeo / outro (pelo conteúdo)
files-limits = Fotos (JPEG, PNG, WebP, HEIC), vídeos (MP4, MOV), PDF, Office, CSV e ZIP; até { $mb } MiB por arquivo.
files-media = Fotos e vídeos
files-name = Nome
files-new_version = Enviar uma nova versão
files-no_documents = Nenhum documento ainda.
files-no_media = Nenhuma foto ou vídeo ainda.
files-no_preview = Sem pré-visualização; abra para baixar
files-of_record = documento oficial assinado: qualquer pessoa pode conferir uma cópia em Verificar um documento
files-older = Anteriores
files-open = Abrir
files-original = Original com dados da câmera (somente equipe, com registro)
files-preparing = Preparando a pré-visualização…
files-section = Fotos e documentos
files-see_all = Ver todas as fotos e documentos
files-send = Enviar
files-size = Tamanho
files-superseded = Substituído por uma versão mais recente
files-take_photo = Tirar foto
files-taken = Tirada em
files-title = Fotos e documentos
files-type = Tipo
files-upload = Adicionar fotos, vídeos ou documentos
files-uploaded =
    { $n ->
        [one] { $n } arquivo enviado.
       *[other] { $n } arquivos enviados.
    }
files-version = Versão

## fkind
fkind-bill_of_lading = Conhecimento de embarque (B/L)
fkind-certificate = Certificado
fkind-contract = Contrato
fkind-inspection_report = Relatório de inspeção
fkind-invoice = Fatura comercial
fkind-material_receipt = Recebimento de materiais
fkind-other = Outro documento
fkind-packing_list = Packing list (romaneio)
fkind-payment_instructions = Instruções de pagamento
fkind-photo = Foto
fkind-proforma_invoice = Fatura proforma
fkind-progress_report = Relatório de andamento
fkind-video = Vídeo

## footer
footer-note = O Portico nunca pede a senha do seu e-mail. Nossos e-mails nunca contêm links de login: abra o portal você mesmo.

## forgot
forgot-have_code = Já tenho um código
forgot-send = Enviar um código
forgot-sent = Se houver uma conta com esse endereço, um código está a caminho (válido por 30 minutos). Abra a página de redefinição e digite-o.
forgot-title = Esqueceu sua senha?
forgot-why = Digite seu endereço de e-mail. Se ele tiver uma conta no Portico, enviaremos um código para definir uma nova senha. O Portico nunca envia links que façam login por você.

## fraud
fraud-changes = Alterações de dados bancários pendentes
fraud-failed = Verificações que falharam
fraud-mismatches = Pagamentos feitos a outras contas
fraud-none = Nenhum.
fraud-title = Sinais de fraude

## invite
invite-code_is = Se o e-mail não chegar, informe este código por telefone ou chat:
invite-expires = expira em
invite-how = A pessoa abre { $url } e digita o código antes de { $day } UTC.
invite-intro = A pessoa recebe um e-mail com um código de uso único e abre o Portico por conta própria para digitá-lo. O código vale por 7 dias.
invite-open = Convites em aberto
invite-resend = Novo código
invite-revoke = Retirar
invite-send = Enviar convite
invite-sent = Convite enviado
invite-sent_to = Um e-mail com o código está a caminho de { $email }.
invite-title = Convidar alguém
invite-language = Idioma do convite e da conta

## jobs
jobs-attempts = Tentativas
jobs-error = Último erro
jobs-hint = As tarefas geram pré-visualizações e relatórios. Uma tarefa que falha é repetida com intervalos crescentes; após cinco tentativas, ela para e aguarda aqui.
jobs-kind = Tarefa
jobs-kind-file-derive = Pré-visualização de foto
jobs-kind-report-build = Relatório de andamento
jobs-none = Nenhuma tarefa falhou.
jobs-retry = Tentar novamente
jobs-state = Estado
jobs-status-done = Concluída
jobs-status-failed = Falhou
jobs-status-queued = Na fila
jobs-status-running = Em execução
jobs-title = Tarefas em segundo plano
jobs-updated = Atualizada em

## lifecycle
lifecycle-move_to = Mover para:
lifecycle-confirm_cancelled = Cancelar este pedido? O comprador é avisado imediatamente; só um administrador pode reabri-lo.
lifecycle-confirm_shipped = Marcar este pedido como enviado? O comprador é avisado de que a mercadoria saiu da fábrica.
lifecycle-yes_cancelled = Sim, cancelar o pedido
lifecycle-yes_shipped = Sim, marcar como enviado
lifecycle-reopen = Reabrir
lifecycle-step_back = Voltar uma etapa
lifecycle-back_to = O pedido volta para: { $status }. O comprador vê a mudança e o seu motivo na linha do tempo.
lifecycle-reason = Motivo (obrigatório)
lifecycle-step_back_go = Voltar o pedido

## mail
mail-digest-intro = O que aconteceu em { $tenant } no Portico desde o último resumo:
mail-digest-subject =
    { $count ->
        [one] { $tenant } no Portico: { $count } novidade hoje
       *[other] { $tenant } no Portico: { $count } novidades hoje
    }
mail-email_changed-body = O endereço de e-mail da sua conta no Portico foi alterado de { $old } para outro endereço (a partir de { $ip }). Se não foi você, entre em contato imediatamente com o administrador do seu fornecedor.
mail-email_changed-subject = Seu endereço de e-mail no Portico foi alterado
mail-email_confirm-body =
    Seu código de confirmação: { $code } (válido por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }). Digite-o no Portico, em Conta → Endereço de e-mail ({ $url }).
mail-email_confirm-subject = Confirme seu endereço de e-mail para o Portico
mail-email_taken-body = Outra conta do Portico (a partir de { $ip }) tentou alterar o próprio endereço de e-mail para o seu. Nada foi alterado e sua conta não foi afetada. Se isso lhe causar preocupação, avise o administrador do seu fornecedor.
mail-email_taken-subject = Alguém tentou usar seu endereço de e-mail no Portico
mail-notice-intro = Novidades de { $tenant } no Portico:
mail-notice-subject = { $tenant } no Portico: { $what }
mail-open_portal = Para ver os detalhes, abra o Portico você mesmo: digite { $url } no seu navegador ou use seu favorito. Os e-mails do Portico nunca contêm links de login, e nossos dados bancários nunca mudam por e-mail.
mail-phrase = Sua frase antiphishing do Portico: «{ $phrase }». Os e-mails do Portico sempre a mostram; um e-mail sem ela não é do Portico.
mail-phrase_tip = Dica: escolha uma frase antiphishing no Portico (Conta → Segurança); a partir daí, cada e-mail do Portico a mostrará.
mail-quoted = O texto entre “aspas” foi digitado por pessoas de { $tenant }, não escrito pelo Portico: o Portico nunca pede por e-mail que você faça um pagamento, altere dados bancários ou faça login.
mail-reset-advice = Abra você mesmo { $url } no seu navegador e digite o código. Se você não fez esse pedido, ignore este e-mail: sua senha continua a mesma.
mail-reset-asked = Alguém (esperamos que você) pediu, a partir de { $ip }, para redefinir sua senha do Portico.
mail-reset-code =
    Seu código: { $code } (válido por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, para um único uso).
mail-reset-subject = Seu código para redefinir a senha do Portico
mail-security-advice = Se foi você, não é preciso fazer nada. Se não foi, abra o Portico você mesmo (digite o endereço que você sempre usa; não siga links de e-mails), entre e escolha "Não fui eu" em Conta → Avisos de segurança: isso encerra a sessão em todos os dispositivos e exige uma nova senha.
mail-security-body = { $what }: { $detail }.
mail-security-subject = Aviso de segurança do Portico: { $what }
mail-written = Esta mensagem foi escrita em { $date }.
mail-invite-subject = Convite de { $tenant } no Portico
mail-invite-intro = { $inviter } convida você a acompanhar seus pedidos com { $tenant } no Portico.
mail-invite-code = Abra o Portico você mesmo em { $url } e digite este código: { $code }
mail-invite-expires = O código funciona uma única vez, até { $day }.
mail-invite-advice = O Portico nunca envia links que fazem login por você e nunca pede a senha do seu e-mail. Se você não esperava esta mensagem, ignore-a.

## mailhealth
mailhealth-no_relay = Nenhum e-mail está saindo: nenhum servidor de envio de e-mail está configurado (PORTICO_SMTP_HOST). Alertas sobre pagamentos e dados bancários ficam apenas no Portico.
mailhealth-stuck =
    { $n ->
        [one] { $n } e-mail para a sua equipe falhou ou aguardou mais de 15 minutos nas últimas 24 horas.
       *[other] { $n } e-mails para a sua equipe falharam ou aguardaram mais de 15 minutos nas últimas 24 horas.
    }
mailhealth-title = Os alertas podem não chegar aos seus administradores
mailhealth-unconfirmed = Estes administradores não confirmaram o endereço de e-mail e não recebem alertas:

## milestones
milestones-actual = Real
milestones-add = Adicionar etapa
milestones-late = Atrasada
milestones-name = Etapa
milestones-none = Nenhuma etapa ainda.
milestones-owner = Responsável
milestones-planned = Prevista
milestones-title = Etapas
milestones-update = Atualizar

## mstatus
mstatus-done = Concluída
mstatus-in_progress = Em andamento
mstatus-pending = Pendente

## nav
nav-api_tokens = Tokens de API
nav-audit = Registro de auditoria
nav-customers = Clientes
nav-fraud = Sinais de fraude
nav-home = Visão geral
nav-invite = Convidar
nav-jobs = Tarefas em segundo plano
nav-language = Idioma
nav-language_go = Alterar
nav-notifications = Notificações
nav-orders = Pedidos
nav-payments = Dados bancários
nav-people = Pessoas
nav-reports = Relatórios
nav-requests = Solicitar acesso
nav-security = Segurança
nav-security_admin = Visão geral de segurança
nav-settings = Configurações
nav-signout = Sair
nav-switch = Trocar de fornecedor
nav-templates = Modelos
nav-tenant = Fornecedor atual
nav-verify = Verificar um documento
nav-more = Mais
nav-main = Menu principal
nav-skip = Ir para o conteúdo
nav-account = Sua conta
nav-sessions = Dispositivos conectados
nav-notification_prefs = Configurações de notificações
nav-webhooks = Webhooks

## ncat
ncat-decisions = Decisões solicitadas e respondidas
ncat-files = Novas fotos, vídeos e documentos
ncat-milestones = Etapas atrasadas
ncat-payments = Dados bancários e documentos oficiais
ncat-reports = Relatórios de andamento
ncat-security = Avisos de segurança
ncat-updates = Atualizações de andamento, mudanças de status e de etapas, comentários

## nmode
nmode-daily = Resumo diário
nmode-now = Imediatamente
nmode-off = Desativado

## notice
notice-admin_added = Novo administrador
notice-admin_demoted = Administrador removido
notice-detail-admin_demoted = { $name } <{ $email }>, por { $by }
notice-detail-email_changed = de { $old } para { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [one] { $n } login malsucedido na última hora, a partir de { $ip }
       *[other] { $n } logins malsucedidos na última hora; o último a partir de { $ip }
    }
notice-detail-from = a partir de { $ip }
notice-detail-new_sign_in = { $device } a partir de { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = por { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [one] { $n } código de verificação em duas etapas incorreto após uma senha correta, a partir de { $ip }
       *[other] { $n } códigos de verificação em duas etapas incorretos após uma senha correta; o último a partir de { $ip }
    }
notice-email_changed = Endereço de e-mail alterado
notice-failed_sign_ins = Logins malsucedidos
notice-new_sign_in = Novo login
notice-password_changed = Senha alterada
notice-password_reset = Senha redefinida
notice-second_factor_failed = Códigos de verificação em duas etapas incorretos
notice-two_factor_off = Verificação em duas etapas desativada
notice-two_factor_on = Verificação em duas etapas ativada
notice-two_factor_reset = Verificação em duas etapas redefinida por um administrador

## notif
notif-comment = Novo comentário do comprador no pedido { $ref } ({ $title })
notif-decision_answered = Uma decisão foi respondida no pedido { $ref }: { $what }
notif-decision_requested = Sua decisão é solicitada no pedido { $ref }: { $what }
notif-documents =
    { $count ->
        [one] { $count } novo documento no pedido { $ref } ({ $title })
       *[other] { $count } novos documentos no pedido { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [one] { $by } convidou { $email } como comprador, para { $orders } pedido
       *[other] { $by } convidou { $email } como comprador, para { $orders } pedidos
    }
notif-milestone = Etapa alterada no pedido { $ref }: { $what }
notif-milestone_late = Etapa atrasada no pedido { $ref }: { $what } (prevista para { $date })
notif-payment = Dados bancários: { $event }
notif-photos =
    { $count ->
        [one] { $count } nova foto ou vídeo no pedido { $ref } ({ $title })
       *[other] { $count } novas fotos ou vídeos no pedido { $ref } ({ $title })
    }
notif-record = Documento oficial no pedido { $ref }: { $name }, { $event } (por { $by })
notif-report_ready = Relatório de andamento pronto para { $ref } ({ $period })
notif-security = Aviso de segurança sobre sua conta: { $event }
notif-status = Pedido { $ref } ({ $title }) agora está: { $what }
notif-update = Nova atualização no pedido { $ref } ({ $title })
notif-webhook_disabled = O webhook para { $host } foi desativado após { $count } envios com falha seguidos. Verifique o receptor e ative-o de novo.

## notifications
notifications-always = Avisos de segurança e alterações de dados bancários sempre chegam a você imediatamente; eles não podem ser desativados.
notifications-mark_read = Marcar como lida
notifications-none = Nenhuma notificação.
notifications-preferences = Configurações de notificação
notifications-prefs_hint = Para cada tipo de novidade, escolha: imediatamente (no Portico e por e-mail), em um resumo diário por e-mail ou nunca. Estas configurações valem para todos os fornecedores que você acompanha.
notifications-read_all = Marcar todas como lidas
notifications-title = Notificações
notifications-unread =
    { $count ->
        [one] { $count } não lida
       *[other] { $count } não lidas
    }
notifications-choose = Escolha sobre o que ser avisado

## orders
orders-all_customers = Todos os clientes
orders-all_statuses = Todos os status
orders-edit = Editar pedido
orders-ex_factory_from = Saída da fábrica de
orders-ex_factory_to = até
orders-export = Exportar CSV
orders-filter = Filtrar
orders-more = Mais pedidos
orders-new = Novo pedido
orders-no_customers = Adicione primeiro uma organização cliente:
orders-none = Nenhum pedido para exibir.
orders-only_late = Somente atrasados
orders-reports = Relatórios
orders-search = Buscar referência, título ou produto
orders-sort = Ordenar
orders-title = Pedidos
orders-none_filtered = Nenhum pedido corresponde a estes filtros.
orders-clear_filters = Ver todos os pedidos
orders-none_staff = Ainda não há pedidos. Crie o primeiro: o comprador o vê assim que for confirmado.
orders-none_buyer = Ainda não há pedidos: seu fornecedor ainda não compartilhou nenhum. Eles aparecem aqui assim que ele o fizer, com um aviso.

## payment
payment-differs-account = uma conta diferente
payment-differs-bank = um banco diferente (SWIFT/BIC)
payment-differs-both = uma conta e um banco diferentes
payment-differs-no_record = ainda não há dados bancários oficiais
payment-event-active = os novos dados bancários passaram a ser os oficiais; confirme no Portico que você os conferiu
payment-event-cancelled = a alteração anunciada dos dados bancários foi cancelada; os dados atuais continuam válidos
payment-event-cooling = novos dados bancários foram aprovados e entram em vigor em { $date }; até lá, os dados atuais continuam válidos. Confira-os no Portico
payment-event-mismatch = URGENTE: seu pagamento de { $amount } em { $date } foi para a conta { $account }, que NÃO é a nossa conta oficial ({ $differs }). Ligue agora para o seu banco e peça a devolução do valor; depois, ligue para nós em um número que você já conhece
payment-event-mismatch_staff = URGENTE: o pagamento de { $amount } de um comprador em { $date } foi para a conta { $account }, que NÃO é a sua conta oficial ({ $differs }). Ligue agora para o comprador em um número que você já conhece e ajude-o a pedir ao banco dele a devolução do valor
payment-event-proposed = uma alteração foi proposta por { $who }; um segundo administrador precisa aprová-la

## payments
payments-account = Número da conta ou IBAN
payments-acknowledge = Conferi estes dados
payments-acknowledged = Conferidos
payments-amount = Valor
payments-applies_to = Aplica-se a
payments-approve = Aprovar (segundo administrador)
payments-bank = Banco
payments-bank_address = Endereço do banco
payments-beneficiary = Beneficiário
payments-beneficiary_address = Endereço do beneficiário
payments-cancel = Cancelar a alteração
payments-cancelled_why = Cancelada porque:
payments-currency = Moeda
payments-for_all = Todos os clientes
payments-for_customer = Este cliente
payments-history = Dados e histórico
payments-lone_admin = Você é o único administrador: ninguém pode aprovar uma alteração de dados bancários. Primeiro, adicione um segundo administrador em Pessoas.
payments-mismatch = NÃO é a nossa conta oficial
payments-none = Nenhum dado bancário registrado ainda.
payments-notes = Observações
payments-paid_on = Pago em
payments-paid_to = Pago à conta / IBAN
payments-pending = Há uma alteração de dados bancários pendente
payments-pending_hint = Novos dados foram aprovados por dois administradores e entram em vigor em { $date } UTC. Até lá, continue pagando aos dados atuais. Se você não esperava por isso, ligue para o seu fornecedor em um número que você já conhece.
payments-propose = Propor novos dados bancários
payments-propose_hint = Uma alteração precisa da aprovação de um segundo administrador e, depois, aguarda o período de espera de segurança; todos os compradores afetados são avisados imediatamente.
payments-proposed_hint = Uma alteração de dados bancários foi proposta e aguarda a aprovação de um segundo administrador. Ela não é válida: continue pagando aos dados atuais. Se você não esperava por isso, ligue para o seu fornecedor em um número que você já conhece.
payments-public_key = Os documentos oficiais são assinados com a chave desta empresa:
payments-reason = Motivo
payments-record = Registrar um pagamento
payments-record_hint = Informe a conta para a qual você pagou exatamente como consta na confirmação do seu banco: se não for a nossa, os dois lados são alertados imediatamente.
payments-reference = Referência
payments-state = Situação
payments-status-active = Oficiais
payments-status-cancelled = Cancelados
payments-status-cooling = Aprovados, em período de espera
payments-status-proposed = Propostos, aguardando um segundo administrador
payments-status-superseded = Substituídos
payments-title = Dados bancários oficiais
payments-version = Versão
payments-waiting_second = Aguardando um segundo administrador
payments-warning = Nossos dados bancários nunca mudam por e-mail; confira-os no Portico.

## people
people-access_report = O que essa pessoa pode ver?
people-access_until = Acesso até (opcional)
people-add = Adicionar pessoa
people-added = Pessoa adicionada
people-all_orders = Todos os pedidos do cliente
people-all_roles = Todas as funções
people-back = Voltar para Pessoas
people-buyer_access = Para compradores: cliente e acesso
people-chosen_orders = Somente pedidos escolhidos
people-disabled = desativada
people-edit = Alterar acesso
people-existing_account = Este endereço de e-mail já tinha uma conta no Portico; agora ela também tem acesso a este fornecedor, com a mesma senha.
people-filter = Filtrar
people-last_sign_in = Último login
people-lead = Responsável da organização (pode solicitar acesso para colegas)
people-remove = Remover acesso
people-reset_2fa = Redefinir a verificação em duas etapas
people-reset_2fa_hint = Para quem perdeu o celular e os códigos de recuperação. A pessoa é notificada, e a ação fica registrada na auditoria.
people-temp_password = Uma nova conta foi criada. Entregue esta senha de uso único à pessoa por um canal que não seja o e-mail (por exemplo, por telefone); ela é exibida apenas uma vez:
people-title = Pessoas
people-two_factor = Verificação em duas etapas
people-two_factor_off = desativada
people-two_factor_on = ativada

## progress
progress-expected = Término previsto
progress-late_count =
    { $n ->
        [one] { $n } etapa atrasada
       *[other] { $n } etapas atrasadas
    }
progress-next = Próxima
progress-slip =
    { $n ->
        [one] { $n } dia após a saída da fábrica
       *[other] { $n } dias após a saída da fábrica
    }

## record
record-approve = Aprovar e emitir
record-draft_hint = Rascunho: os compradores não o veem, e ele não é verificado como autêntico até que um administrador o emita.
record-event-issued = emitido e exibido ao comprador
record-event-proposed = proposto para emissão, aguardando um segundo administrador
record-event-withdrawn = proposta retirada
record-issue = Emitir para o comprador
record-propose = Propor para emissão
record-proposed_hint = Proposto para emissão: aguardando a aprovação de um segundo administrador.
record-title = Documento oficial
record-two_admins_hint = Ele contém condições de pagamento: um segundo administrador precisa aprová-lo antes da emissão.
record-waiting_second = Você o propôs: outro administrador precisa aprová-lo.
record-withdraw = Retirar a proposta

## report
report-inspection_passed = Inspeção aprovada
report-inspection_rework = Inspeção: retrabalho necessário
report-more = Apenas os primeiros 500 pedidos são listados.
report-order_link = Quem pode ver este pedido?
report-order_title = Quem pode ver este pedido
report-person_title = O que esta pessoa pode ver
report-reason-admin = Administrador: todos os pedidos
report-reason-assigned = Designado para o pedido
report-reason-customer_all = Comprador: todos os pedidos do cliente
report-reason-granted = Comprador: acesso concedido a este pedido
report-reason-share =
    { $n ->
        [one] Link de compartilhamento ({ $n } visualização)
       *[other] Link de compartilhamento ({ $n } visualizações)
    }
report-until = Até
report-why = Motivo
report-pdf-title = Relatório de andamento
report-pdf-period = Período
report-pdf-generated = Gerado em
report-pdf-zone = Fuso horário
report-pdf-code = Código de verificação
report-pdf-customer = Cliente
report-pdf-status = Status
report-pdf-product = Produto
report-pdf-quantity = Quantidade
report-pdf-ex_factory = Saída da fábrica
report-pdf-etd = ETD (saída prevista)
report-pdf-milestones = Etapas
report-pdf-milestone = Etapa
report-pdf-planned = Previsto
report-pdf-actual = Real
report-pdf-late = Atrasado
report-pdf-updates = Atualizações
report-pdf-photos = Fotos
report-pdf-inspection = Inspeção
report-pdf-documents = Documentos adicionados
report-pdf-document = Documento
report-pdf-kind = Tipo
report-pdf-added = Adicionado
report-pdf-decisions = Decisões
report-pdf-decision = Decisão
report-pdf-due = Prazo
report-pdf-comment = Comentário
report-pdf-next = Próximo período
report-pdf-empty = nada

## reports
reports-code = Código de verificação
reports-customer = Cliente
reports-default_period = Deixe as datas em branco para os últimos sete dias.
reports-from = De
reports-make = Gerar um relatório agora
reports-none = Nenhum relatório ainda.
reports-period = Período
reports-status = Situação
reports-status-failed = Falhou (nova tentativa)
reports-status-queued = Em geração
reports-status-ready = Pronto
reports-subject = Pedido ou cliente
reports-title = Relatórios de andamento
reports-to = Até
reports-trigger-on_demand = sob demanda
reports-trigger-scheduled = semanal
reports-language = Idioma do relatório
reports-language_buyers = O idioma dos compradores
reports-make_first = Criar o primeiro

## requests
requests-approve = Aprovar e convidar
requests-intro = A decisão é do seu fornecedor. Se ele concordar, seu colega recebe um convite e vê os mesmos pedidos que você.
requests-line = { $lead } solicita acesso para { $name } ({ $email }) em { $customer }
requests-note = Observação para o fornecedor (opcional)
requests-pending = Solicitações de acesso dos clientes
requests-refuse = Recusar
requests-send = Enviar solicitação
requests-title = Solicitar acesso para um colega
requests-yours = Suas solicitações

## reset
reset-code = Código recebido por e-mail
reset-second_factor = Código do autenticador ou de recuperação (se você usa a verificação em duas etapas)
reset-title = Definir uma nova senha

## role
role-admin = Administrador
role-buyer = Comprador
role-forwarder = Agente de cargas
role-merchandiser = Merchandiser
role-qc = Inspetor de qualidade

## rstatus
rstatus-approved = Aprovada
rstatus-pending = Aguardando
rstatus-refused = Recusada

## security
security-acted = resolvido: todas as sessões foram encerradas
security-email = Endereço de e-mail
security-no_notices = Nenhum aviso de segurança.
security-not_me = Não fui eu
security-not_me_hint = "Não fui eu" encerra a sessão em todos os dispositivos, inclusive neste, e exige uma nova senha (definida com um código enviado ao seu e-mail).
security-notices = Avisos de segurança
security-phrase = Frase antiphishing
security-phrase_why = Escolha uma frase que só você conheça. O Portico a exibe no topo de cada e-mail que lhe envia e na página de login dos seus dispositivos. Um e-mail sem ela não é do Portico: não tome nenhuma ação com base nele.
security-sessions = Onde você está conectado
security-title = Segurança
security-twofactor = Verificação em duas etapas
security-time_zone = Seu fuso horário
security-time_zone_hint = Datas e horas aparecem neste fuso, com a diferença indicada. Deixe vazio para usar o fuso do seu fornecedor ({ $name }).

## settings
settings-cooling_hours = Período de espera antes que novos dados bancários entrem em vigor (horas, 24–336)
settings-idle_minutes = Encerrar a sessão após este número de minutos sem uso
settings-merch_invite = Merchandisers podem convidar compradores
settings-report_hour = Hora dos relatórios semanais e dos resumos diários (0–23, horário local)
settings-report_weekday = Dia dos relatórios semanais
settings-require_2fa = Exigir verificação em duas etapas para
settings-saved = Salvo.
settings-session_hours = Encerrar a sessão após este número de horas, em qualquer caso
settings-share_days = Validade máxima de um link de compartilhamento, em dias (1 a 90)
settings-timezone = Fuso horário (nome IANA, ex.: Asia/Shanghai)
settings-title = Configurações do portal
settings-language = Idioma da empresa
settings-language_hint = O modelo padrão de etapas é escrito neste idioma, os convites começam nele e um relatório sai nele quando nenhum dos seus compradores escolheu um idioma.

## setup
setup-admin_name = Seu nome
setup-company = Nome da empresa
setup-intro = Crie o portal da sua empresa e sua conta de administrador. Este link funciona uma única vez.
setup-password_confirm = Repita a senha
setup-slug = Nome curto (a-z, 0-9, -)
setup-submit = Criar portal
setup-title = Configurar o Portico

## share
share-back = Voltar ao pedido
share-copy_now = Copie este endereço agora; ele é exibido apenas uma vez:
share-create = Criar link
share-created = Link de compartilhamento criado
share-expired = expirado
share-label = Para quem (observação)
share-last_day = Último dia
share-new = Criar um link somente leitura
share-password = Senha (opcional, 12 ou mais caracteres)
share-protected = Este pedido compartilhado está protegido
share-revoke = Revogar
share-revoked = revogado
share-shared_by = Compartilhado por { $name } pelo Portico (somente leitura)
share-title = Links de compartilhamento
share-until = Funciona até { $day } UTC, a menos que você o revogue.
share-uses =
    { $n ->
        [one] { $n } visualização
       *[other] { $n } visualizações
    }
share-with_password = com senha

## signin
signin-forgot = Esqueceu sua senha?
signin-hint = O Portico nunca pedirá a senha do seu e-mail.
signin-invalid = O endereço de e-mail ou a senha não está correto.
signin-no_access = No momento, sua conta não tem acesso a nenhum fornecedor.
signin-phrase = Sua frase antiphishing:
signin-phrase_hint = Se você escolheu uma frase antiphishing, ela aparece aqui nos seus próprios dispositivos depois que você digita seu endereço de e-mail.
signin-reset_done = Sua senha foi alterada e todas as sessões foram encerradas. Entre com a nova senha.
signin-reset_required = Para sua segurança, é necessária uma nova senha. Escolha "Esqueceu sua senha?" abaixo para definir uma com um código enviado ao seu e-mail.
signin-submit = Entrar
signin-throttled = Muitos logins malsucedidos para esta conta ou a partir desta rede. Aguarde alguns minutos e tente novamente.
signin-title = Entrar

## sort
sort-newest = Mais recentes primeiro
sort-oldest = Mais antigos primeiro
sort-reference = Por referência

## staff
staff-assign = Designar
staff-none = Ninguém designado ainda.
staff-title = Equipe designada

## status
status-cancelled = Cancelado
status-closed = Encerrado
status-confirmed = Confirmado
status-draft = Rascunho
status-in_production = Em produção
status-inspection = Em inspeção
status-ready_to_ship = Pronto para embarque
status-shipped = Embarcado

## switch
switch-current = Atual
switch-open = Abrir
switch-title = Seus fornecedores

## templates
templates-days = dias
templates-new = Novo modelo
templates-none = Nenhum modelo
templates-steps = Etapas, uma por linha: nome | dias após o início do pedido
templates-steps_hint = As datas previstas são contadas a partir do dia em que o pedido é criado.
templates-title = Modelos de etapas
templates-use = Etapas a partir do modelo
templates-garments = Vestuário
templates-garments-fabric = Compra de tecidos
templates-garments-cutting = Corte
templates-garments-sewing = Costura
templates-garments-finishing = Acabamento
templates-garments-final_inspection = Inspeção final
templates-garments-packing = Embalagem
templates-garments-shipping = Embarque

## timeline
timeline-decision_approved = O comprador aprovou.
timeline-decision_rejected = O comprador rejeitou.
timeline-decision_requested = Uma decisão foi solicitada.
timeline-decision_withdrawn = A pergunta foi retirada.
timeline-empty = Nada na linha do tempo ainda.
timeline-format_hint = Comece uma linha com - para criar uma lista; use **negrito** para dar ênfase.
timeline-milestone_added = Etapa adicionada: { $status }, { $percent }%
timeline-milestone_updated = Etapa atualizada: { $status }, { $percent }%
timeline-new_comment = Seu comentário
timeline-new_update = Atualização de andamento
timeline-no_milestone = Nenhuma etapa
timeline-older = Registros anteriores
timeline-post = Publicar
timeline-send = Enviar
timeline-status_changed = Status alterado de { $from } para { $to }
timeline-title = Linha do tempo
timeline-visibility = Quem pode ver
timeline-compose = Publicar uma atualização

## twofa
twofa-code = Código de 6 dígitos do seu aplicativo autenticador
twofa-code_or_recovery = Código do seu aplicativo autenticador ou um código de recuperação
twofa-codes_intro = A verificação em duas etapas está ativada. Guarde estes códigos de recuperação em um lugar seguro; cada um funciona uma vez, caso você perca o celular. Eles são exibidos somente agora:
twofa-confirm_first = Para configurar a verificação em duas etapas, confirme primeiro sua senha. Em seguida, o QR code aparecerá nesta página.
twofa-manual = Ou digite esta chave:
twofa-on =
    { $n ->
        [one] A verificação em duas etapas está ativada. Resta { $n } código de recuperação.
       *[other] A verificação em duas etapas está ativada. Restam { $n } códigos de recuperação.
    }
twofa-qr_alt = Código QR para o seu aplicativo autenticador
twofa-scan = Escaneie este QR code com um aplicativo autenticador (por exemplo, Google Authenticator, Microsoft Authenticator ou 1Password) e digite o código exibido.
twofa-title = Verificação em duas etapas
twofa-turn_off = Desativar a verificação em duas etapas
twofa-turn_on = Ativar

## verify
verify-advice-genuine = Você pode confiar nele. Para pagamentos, use mesmo assim os dados bancários exibidos no Portico.
verify-advice-issued = Um código pode ser copiado para qualquer PDF. Para ter certeza de que o documento que você tem é este, escolha o arquivo dele acima: somente a verificação do arquivo confirma isso. O SHA-256 dele precisa ser o exibido aqui.
verify-advice-superseded = Não tome nenhuma ação com base nesta versão: abra o pedido no Portico e use a versão atual.
verify-advice-unknown = Não pague nem assine nada com base nele. Ele pode ter sido alterado (basta um único byte modificado para torná-lo desconhecido). Ligue para o seu fornecedor em um número que você já conhece e use os documentos e os dados bancários do Portico.
verify-check = Verificar
verify-code = ou o código de verificação dele
verify-file = O PDF que você recebeu
verify-hint = Recebeu uma fatura, um contrato ou dados bancários por e-mail? Verifique aqui: escolha o PDF ou digite o código de verificação. O arquivo é verificado em memória e não é armazenado.
verify-issued = Emitido por { $supplier } ({ $who }) em
verify-issued_by = Emitido por { $supplier } em
verify-newer = Uma versão mais recente foi emitida em
verify-outcome-genuine = Autêntico: este é o documento oficial
verify-outcome-issued = Este código pertence a um documento oficial vigente
verify-outcome-superseded = Substituído: existe uma versão mais recente
verify-outcome-unknown = Desconhecido: este documento não foi emitido pelo Portico
verify-private = As verificações são limitadas por hora; pessoas conectadas podem verificar mais.
verify-report_note = Um relatório de andamento repete o que a equipe do fornecedor publicou sobre o pedido; ele nunca é uma instrução de pagamento. Pague somente aos dados bancários oficiais exibidos no Portico.
verify-signature = Assinatura
verify-title = Verificar um documento

## visibility
visibility-customer = Visível ao comprador
visibility-internal = Interno

## weekday
weekday-0 = Sem relatórios semanais
weekday-1 = Segunda-feira
weekday-2 = Terça-feira
weekday-3 = Quarta-feira
weekday-4 = Quinta-feira
weekday-5 = Sexta-feira
weekday-6 = Sábado
weekday-7 = Domingo

## viewer
viewer-close = Fechar
viewer-next = Próxima
viewer-previous = Anterior

## device
device-kind_api = API
device-kind_browser = navegador
device-on = { $browser } no { $os }
device-program = um programa
device-unknown = um cliente desconhecido

## err
# Mensagens de erro, indexadas pelo texto em inglês que o código gera (src/error.rs as procura por ele).
err-a_change_of_these_bank = Já existe uma alteração destes dados bancários aguardando; aprove-a ou cancele-a primeiro.
err-a_customer_with_this_name = Já existe um cliente com este nome.
err-a_sheet_exists_only_for = Só existe ficha para dados bancários que são ou já foram oficiais.
err-a_template_with_this_name = Já existe um modelo com este nome.
err-account_invalid = Um número de conta tem de 4 a 34 letras e dígitos (espaços e hífens são permitidos).
err-account_invalid-2 = Informe o número da conta ou o IBAN para o qual você pagou, como consta na confirmação do seu banco.
err-account_required = Informe o número da conta ou o IBAN.
err-amount_invalid = Informe o valor em algarismos, como 52000 ou 52000.50.
err-an_order_with_this_reference = Já existe um pedido com esta referência.
err-answer_invalid = Escolha aprovar ou rejeitar.
err-bic_invalid = Um código SWIFT/BIC tem 8 ou 11 caracteres: 4 letras para o banco, 2 para o país e, depois, 2 (e, opcionalmente, mais 3) letras ou dígitos.
err-body_incomplete = O corpo da requisição foi interrompido.
err-body_required = Escreva algo primeiro.
err-body_unreadable = Não foi possível ler o corpo da requisição.
err-buyers_acknowledge_the_bank_details = São os compradores que confirmam ter conferido os dados bancários aos quais pagam.
err-cannot_demote_self = Você não pode alterar a sua própria função; peça a outro administrador.
err-cannot_remove_self = Você não pode remover a si mesmo.
err-category_invalid = Os avisos de segurança e de pagamento não podem ser desativados; as outras categorias são atualizações, arquivos, decisões, etapas e relatórios.
err-challenge_expired = O login demorou demais. Entre novamente.
err-code_invalid = Um código de verificação tem o formato 7KQ2M-XW9TD.
err-code_wrong = O código não está correto ou expirou.
err-code_wrong-2 = O código não está correto. Confira o horário do seu celular e tente novamente.
err-code_wrong-3 = O código não está correto.
err-comment_required = Explique o motivo da rejeição, para que o fornecedor possa tomar providências.
err-comment_too_long = O comentário deve ter no máximo 2000 caracteres.
err-confirmation_wrong = A senha ou o código não está correto.
err-csrf = O formulário expirou ou não veio deste site. Recarregue a página e tente novamente.
err-currency_invalid = Informe a moeda pelo código de três letras, como USD, EUR ou CNY.
err-cursor_invalid = O cursor de paginação não é válido.
err-customer_invalid = Organização cliente desconhecida.
err-customer_required = um comprador precisa de --customer
err-customer_required-2 = Escolha o cliente deste pedido.
err-customer_required-3 = Escolha o cliente que fez o pagamento.
err-customer_required-4 = Um comprador pertence a uma organização cliente: escolha uma.
err-date_invalid = Informe a data do pagamento no formato AAAA-MM-DD.
err-date_invalid-2 = A data do pagamento deve estar dentro do último ano, e não no futuro.
err-description_too_long = A descrição deve ter no máximo 4000 caracteres.
err-email_confirmation_required = Confirme primeiro o seu endereço de e-mail com o código enviado a ele (/account/email): é para lá que vão os alertas de segurança e de pagamento.
err-email_invalid = Informe um endereço de e-mail válido.
err-enrolment_missing = Recarregue a página para começar de novo.
err-enrolment_required = Seu fornecedor exige a verificação em duas etapas: configure-a primeiro em /account/2fa.
err-expires_in_days = O número de dias deve ser um número inteiro.
err-expiry_required = Escolha o último dia em que o link funciona.
err-field-date = O campo "{ $field }" deve conter uma data no formato 2026-12-31.
err-field-invalid_characters = O campo "{ $field }" contém caracteres de controle ou de inversão da direção do texto.
err-field-range = O valor do campo "{ $field }" deve estar entre { $min } e { $max }.
err-field-required = O campo "{ $field }" é obrigatório.
err-field-too_long = O campo "{ $field }" deve ter no máximo { $max } caracteres.
err-field_not_utf8 = Um campo do formulário não é um texto UTF-8 válido.
err-field_too_long = Um campo do formulário de envio é longo demais.
err-file_required = Escolha pelo menos um arquivo.
err-forbidden = Você não tem permissão para fazer isso.
err-form_invalid = Não foi possível ler o formulário.
err-form_invalid-2 = Envie um PDF ou um código.
err-form_invalid-3 = Envie um PDF por vez.
err-iban_invalid = Este IBAN não é válido: os dígitos de controle ou o comprimento não conferem. Confira-o caractere por caractere.
err-internal = Ocorreu um erro do nosso lado. Tente novamente; se o problema persistir, informe o ID da solicitação.
err-invalid_credentials = O e-mail ou a senha não está correto.
err-invitation_invalid = Este código não é válido: ele pode ter expirado, já ter sido usado ou ter sido retirado. Solicite um novo convite.
err-invitation_other_account = Este convite é para outro endereço de e-mail. Saia e use esse endereço.
err-invitation_sign_in = Você já tem uma conta no Portico: entre primeiro e, depois, digite o código novamente.
err-invoices_contracts_and_other_official = Faturas, contratos e outros documentos oficiais exibidos aos compradores são emitidos por uma pessoa conectada, e não por um token de API. Envie o arquivo como interno ou faça login.
err-kind_invalid = Escolha o tipo de decisão.
err-kind_invalid-2 = Escolha um dos tipos de arquivo listados.
err-language_invalid = Escolha um dos idiomas oferecidos.
err-milestone_invalid = O filtro de marco não é um identificador de marco.
err-milestone_invalid-2 = Etapa desconhecida.
err-mode_invalid = Escolha "Imediatamente", "Resumo diário" ou "Desativado".
err-no_admin = Este portal não tem nenhum administrador ativo.
err-not_found = A página ou o objeto solicitado não existe, ou você não tem acesso a ele.
err-one_file = Uma nova versão deve ser exatamente um arquivo.
err-only_a_change_that_has = Somente uma alteração que ainda não entrou em vigor pode ser cancelada.
err-only_a_draft_can_be = Somente um rascunho pode ser emitido; este documento já foi emitido ou proposto.
err-only_a_proposed_change_can = Somente uma alteração proposta pode ser aprovada.
err-only_a_proposed_document_can = Somente um documento proposto pode ser aprovado.
err-only_a_proposed_document_can-2 = Somente um documento proposto pode ser retirado.
err-only_the_details_of_record = Somente os dados bancários oficiais podem ser confirmados como conferidos.
err-order_draft = Confirme o pedido antes de solicitar uma decisão ao comprador.
err-order_draft-2 = Um pedido em rascunho não pode ser compartilhado.
err-order_invalid = Pedido desconhecido.
err-order_invalid-2 = Um dos pedidos escolhidos não pertence a este cliente.
err-order_not_assigned = Você só pode convidar compradores para pedidos designados a você.
err-orders_required = Escolha os pedidos que esta pessoa poderá acompanhar.
err-orders_required-2 = Escolha os pedidos que este comprador poderá acompanhar: você só pode convidar compradores para pedidos designados a você.
err-owner_invalid = O responsável deve ser um membro da sua equipe.
err-password_mismatch = As duas senhas não são iguais.
err-password_reset_required = Para sua segurança, é necessária uma nova senha. Escolha "Esqueceu sua senha?" para definir uma com um código enviado ao seu e-mail.
err-password_unchanged = Escolha uma senha diferente da atual.
err-payments_are_recorded_by_buyers = Os pagamentos são registrados por compradores, merchandisers e administradores.
err-percent_invalid = O percentual deve ser um número inteiro de 0 a 100.
err-period_invalid = Escolha datas entre 2000 e hoje.
err-period_invalid-2 = Escolha um período de no máximo um ano, que termine hoje ou antes, com o início anterior ao fim.
err-phrase_too_short = Escolha uma frase de pelo menos 4 caracteres.
err-precondition_failed = O arquivo foi alterado desde a última vez que você o carregou.
err-quantity_invalid = A quantidade deve ser um número inteiro.
err-range_not_satisfiable = O intervalo de bytes solicitado não é válido para este arquivo.
err-reset_code_wrong = O endereço de e-mail ou o código não está correto, ou o código expirou. Solicite um novo código.
err-role_invalid = Escolha uma função.
err-role_invalid-2 = Função desconhecida.
err-scopes_required = Escolha pelo menos um escopo para o token.
err-second_factor_required = Digite o código do seu aplicativo autenticador ou um código de recuperação.
err-second_factor_required-2 = Esta conta usa a verificação em duas etapas: digite um código do seu aplicativo autenticador ou um dos seus códigos de recuperação. Se não tiver nenhum dos dois, peça ao administrador do seu fornecedor que redefina a verificação em duas etapas.
err-session_ended = Muitas respostas incorretas: esta sessão foi encerrada. Entre novamente.
err-share_password = A senha não está correta.
err-slug_invalid = O nome curto deve ter de 3 a 40 caracteres entre a-z, 0-9 e '-'.
err-sort_invalid = Ordene por mais recentes, mais antigos ou referência.
err-staff_invalid = Escolha uma pessoa.
err-staff_invalid-2 = Somente merchandisers e inspetores de qualidade (QC) podem ser designados.
err-status_invalid = Status do pedido desconhecido.
err-status_invalid-2 = Status da etapa desconhecido.
err-status_invalid-3 = Um novo pedido começa como rascunho ou confirmado.
err-step_up_required = Para sua segurança, confirme que é você: digite sua senha ou um código do autenticador (POST /api/v1/auth/step-up) e tente novamente.
err-steps_required = Um modelo precisa de pelo menos uma etapa.
err-storage_full = O servidor ficou sem espaço de armazenamento; por isso, nada foi salvo. Tente novamente mais tarde; os operadores já foram alertados.
err-subject_invalid = Escolha um pedido ou um cliente.
err-template_invalid = Modelo de etapas desconhecido.
err-that_already_exists = Isso já existe.
err-the_change_was_decided_meanwhile = A alteração foi decidida nesse meio-tempo.
err-the_demo_tenant_already_exists = O portal de demonstração já existe (nome curto demo-textiles).
err-the_document_changed_meanwhile = O documento foi alterado nesse meio-tempo.
err-the_order_was_changed_meanwhile = O pedido foi alterado nesse meio-tempo; recarregue a página e tente novamente.
err-the_report_is_still_being = O relatório ainda está sendo gerado; tente novamente em instantes.
err-the_report_was_built_meanwhile = o relatório foi gerado nesse meio-tempo
err-there_is_already_a_request = Já existe uma solicitação para esta pessoa.
err-this_api_token_s_scopes = Os escopos deste token de API não permitem esta requisição.
err-this_decision_was_already_answered = Esta decisão já foi respondida e não pode ser alterada.
err-this_invitation_is_no_longer = Este convite não está mais em aberto.
err-this_invitation_was_already_used = Este convite já foi usado.
err-this_kind_of_file_is = Este tipo de arquivo não é um documento oficial.
err-this_person_already_belongs_to = Esta pessoa já pertence a este fornecedor.
err-this_person_already_has_access = Esta pessoa já tem acesso ao seu portal.
err-this_person_already_has_an = Esta pessoa já tem um convite em aberto: reenvie esse convite em vez de criar outro.
err-this_person_also_works_with = Esta pessoa também trabalha com outros fornecedores no Portico; a verificação em duas etapas dela só pode ser redefinida pelo operador da plataforma.
err-this_person_is_already_assigned = Esta pessoa já está designada para o pedido.
err-this_request_was_already_decided = Esta solicitação já foi decidida.
err-this_short_name_is_taken = Este nome curto já está em uso; escolha outro.
err-timezone_invalid = Fuso horário desconhecido: use um nome como Asia/Shanghai, Europe/Berlin ou UTC.
err-too_large = A requisição é maior do que o permitido.
err-too_many = Envie no máximo 20 preferências.
err-too_many_orders = Escolha no máximo 1000 pedidos.
err-two_step_sign_in_is = A verificação em duas etapas já está ativada.
err-two_step_sign_in_is-2 = A verificação em duas etapas está desativada.
err-unauthenticated = Faça login.
err-unavailable = O serviço está temporariamente indisponível. Tente novamente em instantes.
err-update_invalid = Só é possível anexar arquivos a uma atualização de andamento deste pedido.
err-upload_incomplete = O envio foi interrompido antes de terminar. Nada foi salvo; tente novamente.
err-upload_malformed = Não foi possível ler o envio (corpo multipart malformado). Nada foi salvo.
err-visibility_invalid = A visibilidade deve ser interna (internal) ou visível ao comprador (customer).
err-visibility_invalid-2 = Escolha quem pode ver a atualização.
err-your_account_has_no_access = No momento, sua conta não tem acesso a nenhum fornecedor.
err-password-too_short = A senha deve ter pelo menos { $min } caracteres.
err-password-too_long = A senha deve ter no máximo { $max } caracteres.
err-template-line = Linha { $n }: escreva os dias depois de '|' como número inteiro.
err-template-too_many = Um modelo tem no máximo { $max } etapas.
err-order-transition = Um pedido não pode passar de “{ $from }” para “{ $to }”.
err-body-too_long = No máximo { $max } caracteres.
err-file-empty = { $name } está vazio.
err-limit-sign_ins = Muitos logins a partir daqui. Tente novamente em { $wait }.
err-limit-codes = Muitos códigos errados. Tente novamente em { $wait }.
err-limit-email_codes = Três códigos foram enviados na última hora. Use o mais recente ou tente novamente em { $wait }.
err-limit-reports = Você pediu 20 relatórios na última hora; tente novamente em { $wait }.
err-limit-invitation_codes = Muitos códigos tentados a partir daqui. Tente novamente em { $wait }.
err-limit-share_passwords = Muitas senhas erradas. Tente novamente em { $wait }.
err-limit-verify = Muitas verificações a partir daqui na última hora. Tente novamente em { $wait } ou entre no Portico para verificar mais.
err-share-last_day = O último dia deve estar entre hoje e daqui a { $max } dias.
err-carry_invalid = Não foi possível enviar o formulário; preencha-o novamente.
err-reason_required = Diga o motivo: ele aparece na linha do tempo.
err-reason_too_long = O motivo tem no máximo 1000 caracteres.
err-close_open_decision = Um pedido com decisão em aberto não pode ser encerrado: retire a decisão primeiro ou aguarde a resposta.
err-cannot_go_back = Um pedido não pode voltar de { $from }.
err-accent_invalid = Escolha uma cor no formato #rrggbb.
err-accent_contrast = Esta cor é clara demais: texto branco sobre ela, e texto nela sobre branco, seriam difíceis de ler. Escolha uma mais escura (WCAG AA exige contraste de pelo menos 4,5:1).
err-logo_type = O logotipo deve ser uma imagem PNG, WebP ou JPEG.
err-logo_too_large = A imagem do logotipo é grande demais; use uma com menos de 40 megapixels.
err-logo_too_big = O logotipo tem no máximo 2 MB.
err-decision_on_closed = Um pedido encerrado ou cancelado não recebe novas decisões: reabra-o primeiro.
err-invalid_limit = limit deve ser um número inteiro de 1 a 200.
err-webhook_event_unknown = Tipo de evento desconhecido; veja a lista de tipos de evento na documentação da API.
err-webhook_events_required = Escolha pelo menos um evento para enviar.
err-webhook_limit = Uma empresa tem no máximo 20 destinos de webhook; exclua um primeiro.
err-webhook_disabled = Este destino está desativado; ative-o primeiro.
err-webhook_address_private = O receptor precisa estar na internet pública: endereços privados, de loopback e de link local são recusados.
err-webhook_url_invalid = Informe o endereço completo do receptor, como https://erp.example.com/portico/events.
err-webhook_url_https = O endereço do receptor deve começar com https://.
err-webhook_url_credentials = Não inclua usuário e senha no endereço: a assinatura prova quem envia.
err-webhook_host_unknown = O nome de host do receptor não foi encontrado.
err-invalid_idempotency_key = O cabeçalho Idempotency-Key deve ter de 1 a 255 caracteres ASCII imprimíveis.
err-idempotency_key_reused = Esta Idempotency-Key foi usada com outra requisição; use uma chave nova para uma requisição nova.
err-idempotency_key_in_progress = Uma requisição com esta Idempotency-Key ainda está em processamento; tente de novo em instantes.
err-method_not_allowed = Este endereço não aceita este método; aceita { $what }.
err-send_json = Envie o corpo como JSON, com o cabeçalho Content-Type: application/json.
err-send_form = Envie o formulário como application/x-www-form-urlencoded.
err-json_malformed = O corpo não é um JSON válido (linha { $n }, coluna { $count }).
err-query_unreadable = Não foi possível ler a string de consulta.
err-json_fields = O corpo JSON não tem os campos esperados: { $detail }
err-query_detail = Não foi possível ler a string de consulta: { $detail }
err-form_detail = Não foi possível ler o formulário: { $detail }

sheet-title = Instruções de pagamento
sheet-scope_customer = Somente para a sua empresa
sheet-scope_all = Para todos os clientes
sheet-valid_from = Válido a partir de
sheet-verify_hint = Confira esta folha a qualquer momento: abra o Portico você mesmo e use Verificar um documento com o código abaixo.

csv-orders-reference = Referência / PO
csv-orders-title = Título
csv-orders-customer = Cliente
csv-orders-product = Produto
csv-orders-quantity = Quantidade
csv-orders-status = Status
csv-orders-ex_factory_date = Saída da fábrica
csv-orders-etd_date = ETD
csv-orders-next_milestone = Próxima etapa
csv-orders-late_milestones = Etapas atrasadas
csv-orders-percent_done = Concluído (%)
csv-orders-expected_finish = Conclusão prevista
csv-orders-created_at = Criado (UTC)
csv-audit-seq = N.º
csv-audit-id = ID do evento
csv-audit-created_at_utc = Hora (UTC)
csv-audit-actor_user_id = Por (ID do usuário)
csv-audit-action = Ação
csv-audit-object_type = Tipo de objeto
csv-audit-object_id = ID do objeto
csv-audit-detail = Detalhe
csv-audit-ip = Endereço IP
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

more-title = Mais
more-settings = Configurações e segurança
more-documents = Documentos e pagamentos
more-suppliers = Fornecedores

table-actions = Ações

start-title = Primeiros passos
start-email = Confirme seu endereço de e-mail (os alertas de pagamento vão para lá)
start-two_step = Ative o login em duas etapas
start-customer = Adicione um cliente
start-order = Crie um pedido
start-invite_buyer = Convide seu comprador
start-second_admin = Convide um segundo administrador (os dados bancários exigem dois)
start-bank_details = Publique seus dados bancários oficiais com o segundo administrador
start-done = concluído
send_on-title = Confirmado
send_on-body = Enviando suas alterações como foram digitadas…
send_on-continue = Continuar
glance-percent = { $n }% concluído
glance-progress = Andamento do pedido
glance-next = Próximo: { $name }
glance-decision_yours = Sua resposta é necessária: { $title }
glance-decision_waiting = Aguardando o comprador: { $title }
glance-sections = Nesta página
brand-title = Sua marca
brand-why = Seus compradores veem seu nome e logotipo no topo de cada página, na página de entrada de um dispositivo já usado e nos relatórios. A cor é usada em links e botões.
brand-current_logo = Seu logotipo atual
brand-logo = Logotipo (PNG, WebP ou JPEG, no máximo 2 MB)
brand-logo_hint = Um logotipo largo em fundo claro ou transparente funciona melhor; ele aparece com 32 pixels de altura.
brand-remove_logo = Remover o logotipo
brand-accent = Cor de destaque
brand-accent_hint = Deve ser escura o bastante para texto branco (verificado: WCAG AA, 4,5:1).
brand-save = Salvar a marca

## webhooks
webhooks-title = Webhooks
webhooks-intro = O Portico avisa seus outros sistemas (um ERP, um chat) do que acontece, na hora: um POST assinado para o seu endereço a cada evento escolhido. O receptor confere a assinatura com o segredo e lê os detalhes pela API.
webhooks-new = Adicionar um destino
webhooks-url = Endereço do receptor
webhooks-description = Descrição
webhooks-events = Eventos
webhooks-create = Adicionar destino
webhooks-created = Destino adicionado
webhooks-once = Copie o segredo de assinatura agora: ele só é mostrado desta vez.
webhooks-signature_hint = Cada requisição traz Portico-Signature: t=…,v1=…, o HMAC-SHA256 da hora, um ponto e o corpo, com este segredo como chave. Recuse uma requisição cuja assinatura não confira ou cuja hora seja antiga.
webhooks-open = Detalhes e registro de envios
webhooks-state = Estado
webhooks-enabled = Ativo
webhooks-disabled = Desativado
webhooks-reason-admin = desativado por um administrador
webhooks-reason-failures = desativado após falhar por um dia; verifique o receptor e ative-o de novo
webhooks-failures = Falhas seguidas
webhooks-made_by = Adicionado por
webhooks-none = Ainda não há destinos. Adicione um abaixo para enviar eventos ao seu ERP.
webhooks-back = Todos os webhooks
webhooks-log = Envios
webhooks-log_none = Nada enviado ainda. Envie um teste para conferir o receptor.
webhooks-event = Evento
webhooks-result = Resultado
webhooks-attempts = Tentativas
webhooks-when = Quando
webhooks-next_attempt = Próxima tentativa
webhooks-delivery-pending = aguardando
webhooks-delivery-delivered = entregue
webhooks-delivery-failed = falhou
webhooks-test = Enviar um teste
webhooks-disable = Desativar
webhooks-enable = Ativar
webhooks-delete = Excluir
webhooks-delete_confirm = Excluir este destino e seu registro de envios? Nada mais será enviado a ele.
webhooks-older = Envios anteriores
webhooks-event-order-created = Pedido criado
webhooks-event-order-status_changed = Status do pedido alterado
webhooks-event-milestone-updated = Marco adicionado ou atualizado
webhooks-event-decision-requested = Decisão solicitada
webhooks-event-decision-answered = Decisão respondida
webhooks-event-decision-withdrawn = Decisão retirada
webhooks-event-file-uploaded = Arquivo ou nova versão enviados
webhooks-event-report-ready = Relatório pronto
webhooks-event-bank_details-proposed = Dados bancários propostos
webhooks-event-bank_details-approved = Dados bancários aprovados
webhooks-event-bank_details-activated = Dados bancários em vigor
webhooks-event-bank_details-cancelled = Alteração de dados bancários cancelada
webhooks-event-payment-mismatch = Pagamento para outros dados bancários
