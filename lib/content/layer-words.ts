import type { LayerId } from "./schema";

// The words documents use for each layer, in English, Chinese, Japanese, Korean, Russian, Spanish,
// Portuguese, German, French, Polish, Italian and Arabic. Checked in order: the first rule whose
// pattern matches a label wins, so narrow phrases ("API gateway", "vector DB", "AI assistants")
// come before the broad words they contain.
export const LAYER_RULES: Array<[LayerId, RegExp]> = [
  [
    "tooling",
    /\b(ai assistants?|coding assistants?|ides?|editors?|package manag\w*|dependenc\w*|dependency mgmt|monorepo|build (tools?|system)|bundlers?|version control|vcs|code review|repositor\w*|dev(elopment)? (tools?|environment)|developer tools|dev ?tools|documentation tools?|project management)\b|зависимост|依赖|依存|의존성|dependencias|dependências|abhängigkeiten|dépendances|zależności|dipendenze|工具|开发工具|构建|包管理|ツール|開発環境|ビルド|パッケージ管理|도구|개발 ?환경|빌드|инструмент|сборк|менеджер пакетов|herramientas|ferramentas|gestor de paquetes|werkzeuge|entwicklungsumgebung|outils|narzędzia|strumenti|الأدوات/i,
  ],
  [
    "infra",
    /\b(api gateway|service mesh|edge|cdn|iac|infrastructure as code|load balanc\w*|reverse proxy|dns)\b|网关|ゲートウェイ|게이트웨이|шлюз|балансировщик|pasarela/i,
  ],
  [
    "data",
    /\b(vector|databases?|dbs?|storage|cach\w*|orms?|db client|db driver|drivers?|data (layer|access|lake|warehouse|store|stores|base)|warehouse|lakehouse|olap|relational|document|key-value|time-series|search( engine)?|full-text|hybrid search|graph|sql|nosql|persistence|query builders?|migrations?|object storage|files? storage|blob|bd|bbdd)\b|数据|存储|缓存|数据库|データ|ストレージ|キャッシュ|永続化|데이터|저장소|캐시|데이터베이스|база данных|баз[аы] данных|бд|хранилищ|кэш|кеш|субд|datenbank|daten|speicher|persistenz|base de datos|bases de datos|almacenamiento|banco de dados|armazenamento|base de données|stockage|données|baza danych|bazy danych|przechowywanie|pamięć podręczna|base di dati|database|archiviazione|قاعدة البيانات|قواعد البيانات|التخزين/i,
  ],
  [
    "security",
    /\b(auth\w*|security|identity|secrets?|iam|sast|dast|privacy|encryption|compliance|access control|sso|login|permissions?)\b|安全|认证|鉴权|授权|認証|認可|セキュリティ|보안|인증|권한|безопасн|аутентиф|авториз|sicherheit|authentifizierung|seguridad|autenticaci|segurança|autenticação|sécurité|authentification|bezpieczeństwo|uwierzytelnian|autoryzacj|sicurezza|autenticazione|الأمان|المصادقة/i,
  ],
  [
    "testing",
    /\b(test\w*|lint\w*|format\w*|code quality|qa|quality|e2e)\b|测试|テスト|品質|테스트|품질|тест|качеств|pruebas|testes|qualidade|prüf|qualität|tests?|qualité|testy|testowanie|jakość|collaudo|qualità|الاختبار/i,
  ],
  [
    "delivery",
    /\b(ci\/cd|ci|cd|continuous (integration|delivery|deployment)|release|delivery|pipelines? ci)\b|持续集成|持续部署|发布|デプロイ|リリース|배포|릴리스|развертыван|развёртыван|деплой|despliegue|implantação|bereitstellung|déploiement|wdrożeni|rilascio/i,
  ],
  [
    "ai",
    /\b(ai|ml|ai\/ml|aiml|llms?|models?|inference|machine learning|deep learning|nlp|speech|voice|stt|tts|ocr|agents?|agentic|embeddings?|mlops|rag|serving|training|experiment\w*|foundation|genai|generative|computer vision)\b|人工智能|机器学习|大模型|模型|機械学習|生成ai|モデル|인공지능|머신러닝|모델|(?<![а-яё])ии(?![а-яё])|нейро|машинн|модел|inteligencia artificial|aprendizaje|inteligência artificial|künstliche intelligenz|maschinelles lernen|intelligence artificielle|sztuczna inteligencja|intelligenza artificiale|الذكاء الاصطناعي/i,
  ],
  [
    "observability",
    /\b(monitor\w*|observab\w*|logging|logs?|metrics|tracing|traces|error tracking|apm|alert\w*|profil\w*|analytics|telemetry)\b|监控|日志|可观测|モニタリング|監視|ログ|모니터링|로깅|мониторинг|логирован|наблюдаем|метрик|monitoreo|observabilidad|monitoramento|überwachung|protokollierung|surveillance|journalisation|monitorowanie|logowanie|monitoraggio|المراقبة/i,
  ],
  [
    "language",
    /\b(languages?|runtimes?|programming)\b|语言|编程语言|言語|언어|язык|sprache|lenguaje|idioma|linguagem|langage|język|linguaggio|اللغة|لغة البرمجة/i,
  ],
  [
    "messaging",
    /\b(queues?|messag\w*|events?|event-driven|stream\w*|real-?time|realtime|pub\/?sub|brokers?|workflows?|pipelines?|jobs?|tasks?|background|scheduler|cron|websockets?)\b|消息|队列|异步|メッセージ|キュー|非同期|메시지|큐|비동기|очеред|сообщен|брокер|asincron|colas?|mensajer|filas?|mensageria|warteschlange|nachrichten|files d'attente|messagerie|kolejk|wiadomości|code di messaggi|messaggistica|الرسائل|قائمة الانتظار/i,
  ],
  ["backend", /\b(web|api|python|node|go|java|http|asgi|wsgi) (frameworks?|servers?)\b/i],
  [
    "frontend",
    /\b(front-?end|front end|ui|ux|web|mobile|styling|css|design system|state( management)?|icons?|client|components? library|ui kit|charts?|routing|navigation|forms?|animations?|i18n|internationali[sz]ation)\b|前端|界面|移动端|客户端|フロントエンド|フロント|画面|モバイル|프론트엔드|프런트엔드|프론트|모바일|화면|фронтенд|фронт|клиент|интерфейс|мобильн|interfaz|móvil|interface do usuário|celular|oberfläche|mobil|interface utilisateur|interfejs|mobilna|interfaccia|واجهة|الواجهة الأمامية/i,
  ],
  [
    "backend",
    /\b(back-?end|back end|server|api|apis|framework|frameworks|validation|business logic|core services?|web framework)\b|后端|服务端|服务器|框架|接口|バックエンド|サーバー|サーバ|フレームワーク|백엔드|서버|프레임워크|бэкенд|бекенд|сервер|фреймворк|servidor|rahmenwerk|serveur|serwer|framework|الخادم|الواجهة الخلفية|إطار العمل/i,
  ],
  [
    "infra",
    /\b(infra\w*|cloud|hosting|deploy\w*|containers?|container\w*|kubernetes|orchestration|compute|serverless|network\w*|scal\w*|platform|devops|ops)\b|基础设施|部署|云|容器|运维|インフラ|クラウド|コンテナ|ホスティング|인프라|클라우드|컨테이너|호스팅|инфраструктур|хостинг|облак|контейнер|развертывание|infraestructura|nube|alojamiento|contenedores|infraestrutura|nuvem|hospedagem|infrastruktur|bereitstellung|hébergement|nuage|infrastruktura|chmura|hosting|infrastruttura|البنية التحتية|الاستضافة|السحابة/i,
  ],
  [
    "integrations",
    /\b(integrations?|third-party|3rd-party|payments?|maps?|sheets|calendars?|email|mail|sms|notifications?|push|sync|saas|external services?)\b|集成|第三方|支付|通知|連携|外部サービス|決済|通知|연동|외부 서비스|결제|알림|интеграц|платеж|уведомлен|integraci|pagos|notificaciones|integraç|pagamentos|notificações|integration|zahlung|benachrichtigung|paiement|intégration|integracj|płatności|powiadomienia|integrazion|pagamenti|notifiche|التكامل|الدفع|الإشعارات/i,
  ],
];
