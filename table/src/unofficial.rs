//! Well-known unofficial codes: numbers that vendors use but IANA never
//! registered (nginx's 499, Cloudflare's 52x, …). Like the reserved entries,
//! they are never a `StatusCode`; they exist so that errors and `lookup` can
//! say what a number means, where people meet it, and what to send instead.
//!
//! Every row was checked against the vendor's own documentation or source,
//! which its `source` links to; entries that could not be sourced are left out.
//! Where the vendor's software runs here, it was run: nginx 1.22 answers and
//! logs 400 for 494–497 (DESIGN.md, "Unofficial codes, as run").

use core::fmt;

use crate::catalog::{Named, registered};
use crate::language::{Language, Texts};

/// One vendor's use of a code that IANA has not registered.
///
/// 某厂商使用、但未在 IANA 注册的状态码。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Seen, StatusCode, Unofficial};
///
/// let uses = Unofficial::from_u16(499);
/// assert!(uses.iter().any(|u| u.user() == "nginx" && u.seen() == Seen::AccessLog));
/// assert!(uses.iter().any(|u| u.user() == "Esri ArcGIS" && u.seen() == Seen::ResponseBody));
/// assert!(StatusCode::from_u16(499).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unofficial {
    code: u16,
    user: &'static str,
    name: Option<&'static str>,
    seen: Seen,
    instead: Option<u16>,
    source: &'static str,
    meaning: Texts,
}

/// Where a person meets an unofficial number.
///
/// 在哪里会见到这个非官方状态码。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Seen, StatusCode, Unofficial};
///
/// let nginx = Unofficial::from_u16(494)[0];
/// assert_eq!(nginx.seen(), Seen::Configuration { answered: 400, directive: "error_page" });
/// assert!(!nginx.seen().is_in_status_line());
/// assert_eq!(
///     nginx.where_seen().to_string(),
///     "never sent: nginx answers 400 Bad Request and logs 400; only `error_page` can match 494"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Seen {
    /// In the status line of a response: clients receive it (Cloudflare's 52x).
    ///
    /// 出现在响应状态行中，客户端会收到。
    StatusLine,
    /// Only in the server's access log: the client received no response with
    /// it (nginx's 444 and 499).
    ///
    /// 只出现在服务器访问日志中，客户端收不到带这个码的响应。
    AccessLog,
    /// Inside a response body, under another HTTP status (Esri's 498 and 499
    /// in a JSON error object, usually under a success status).
    ///
    /// 出现在响应正文中，而响应本身是另一个 HTTP 状态码。
    ResponseBody,
    /// Made up by a client library when no response arrived (Tornado's 599).
    ///
    /// 由客户端库在没有收到响应时自行生成。
    ClientLibrary,
    /// Defined as a named constant in a framework's API, which never sends
    /// it itself; an app may (ASP.NET Core's 419, Spring's 419, 420, 509).
    ///
    /// 仅在框架的 API 中定义为常量，框架自身不会发送；应用可能会发送。
    Constant,
    /// Only inside the server's configuration: the server answers and logs
    /// another code, and only `directive` can match this number (nginx's
    /// 494–497 with `error_page`).
    ///
    /// 只存在于服务器配置中：实际发送和记录的是另一个状态码，只有该配置指令能匹配此码。
    Configuration {
        /// The code the client receives and the log records.
        answered: u16,
        /// The configuration directive that can match the number.
        directive: &'static str,
    },
}

impl Seen {
    /// Whether clients receive the number in a status line.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Unofficial::from_u16(520)[0].seen().is_in_status_line());
    /// assert!(!Unofficial::from_u16(444)[0].seen().is_in_status_line());
    /// ```
    pub const fn is_in_status_line(self) -> bool {
        matches!(self, Seen::StatusLine)
    }

    /// A stable name of the kind, for JSON: `"status_line"`,
    /// `"access_log"`, `"response_body"`, `"client_library"`,
    /// `"constant"`, `"configuration"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Seen::AccessLog.key(), "access_log");
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
            Seen::StatusLine => "status_line",
            Seen::AccessLog => "access_log",
            Seen::ResponseBody => "response_body",
            Seen::ClientLibrary => "client_library",
            Seen::Constant => "constant",
            Seen::Configuration { .. } => "configuration",
        }
    }

    /// A few words for lists, such as `"access log only"`; `None` for a
    /// number sent in the status line, the ordinary case.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Seen::AccessLog.tag(), Some("access log only"));
    /// assert_eq!(Seen::StatusLine.tag(), None);
    /// ```
    pub const fn tag(self) -> Option<&'static str> {
        match self {
            Seen::StatusLine => None,
            Seen::AccessLog => Some("access log only"),
            Seen::ResponseBody => Some("usually in response bodies"),
            Seen::ClientLibrary => Some("made up by the client"),
            Seen::Constant => Some("a constant only"),
            Seen::Configuration { .. } => Some("configuration only"),
        }
    }
}

macro_rules! table {
    ($(
        $code:literal $user:literal $name:tt $seen:ident $($answered:literal $directive:literal)?
        instead $instead:expr, source $source:literal,
        en $en:literal,
        zh $zh:literal;
    )*) => {
        impl Unofficial {
            /// Every entry, by code; a code with several users has one entry each.
            ///
            /// ```
            /// # use http_status_core as http_status;
            /// use http_status::*;
            /// assert!(Unofficial::ALL.is_sorted_by_key(|u| u.code()));
            /// ```
            pub const ALL: &'static [Unofficial] = &[$(
                Unofficial {
                    code: $code,
                    user: $user,
                    name: table!(@name $name),
                    seen: table!(@seen $seen $($answered $directive)?),
                    instead: match $instead { Some(code) => Some(registered(code)), None => None },
                    source: $source,
                    meaning: [$en, $zh],
                },
            )*];
        }
    };
    (@name unnamed) => { None };
    (@name $name:literal) => { Some($name) };
    (@seen line) => { Seen::StatusLine };
    (@seen log) => { Seen::AccessLog };
    (@seen body) => { Seen::ResponseBody };
    (@seen client) => { Seen::ClientLibrary };
    (@seen constant) => { Seen::Constant };
    (@seen config $answered:literal $directive:literal) => {
        Seen::Configuration { answered: registered($answered), directive: $directive }
    };
}

table! {
    // Microsoft's API page gives the constant no more than its number
    // (learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.statuscodes.status419authenticationtimeout).
    419 "ASP.NET Core" "Authentication Timeout" constant
        instead Some(401), source "https://github.com/dotnet/aspnetcore/blob/105e1b2d91a6704a769a90ebd1e0a284805483b8/src/Http/Http.Abstractions/src/StatusCodes.cs#L236-L239",
        en "The constant `StatusCodes.Status419AuthenticationTimeout`, which its source says no RFC defines; its name suggests a sign-in that timed out.",
        zh "常量 `StatusCodes.Status419AuthenticationTimeout`，其源码注明它不属于任何 RFC；从名称看，指登录认证已超时。";
    419 "Laravel" "Page Expired" line
        instead Some(403), source "https://github.com/laravel/framework/blob/bd71b45fbb7e672957bf6ff61baddefe15fbca6a/src/Illuminate/Foundation/Exceptions/Handler.php",
        en "Laravel returns this when the CSRF token is missing or stale, usually because the session expired before a form was submitted.",
        zh "CSRF 令牌缺失或已失效（通常是表单提交前会话已过期）时，Laravel 返回该状态码。";
    // Deprecated since 4.1 ("See WebDAV Draft Changes"); removed in 7.0
    // (spring-framework commit 83c020e, gh-33809).
    419 "Spring" "Insufficient Space On Resource" constant
        instead Some(507), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "The constant `HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE`, from an early WebDAV draft: no space to store the resource (deprecated in 4.1, removed in 7.0).",
        zh "常量 `HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE`，源自早期 WebDAV 草案：没有足够空间存放资源（Spring 4.1 起弃用，7.0 中移除）。";
    420 "Shopify" unnamed line
        instead Some(423), source "https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420",
        en "Until 30 August 2018, Shopify's Admin API answered requests to a locked store with 420; since then it answers 423 Locked.",
        zh "2018 年 8 月 30 日之前，Shopify Admin API 对已锁定店铺的请求返回 420；此后改为 423 Locked。";
    // Deprecated since 4.1; removed in 7.0 (commit 83c020e, gh-33809).
    420 "Spring" "Method Failure" constant
        instead Some(424), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "The constant `HttpStatus.METHOD_FAILURE`, from an early WebDAV draft: a method failed because another in the request did (deprecated in 4.1, removed in 7.0).",
        zh "常量 `HttpStatus.METHOD_FAILURE`，源自早期 WebDAV 草案：因同一请求中另一方法失败而失败（Spring 4.1 起弃用，7.0 中移除）。";
    420 "Twitter's old API" "Enhance Your Calm" line
        instead Some(429), source "https://dev.twitter.com/docs/error-codes-responses",
        en "Twitter's version 1 Search and Trends APIs returned this when a client was being rate limited; later versions use 429.",
        zh "Twitter 第 1 版的搜索（Search）与趋势（Trends）API 在客户端被限流时返回此码；后续版本改用 429。";
    // No Microsoft page defines the code itself: the source is Microsoft's
    // troubleshooting topic for the error, which lists its causes.
    430 "Shopify" "Shopify Security Rejection" line
        instead Some(403), source "https://shopify.dev/docs/api/usage/response-codes",
        en "Shopify did not accept the request because it might be malicious, and rejected it to protect the app from a possible attack.",
        zh "Shopify 认为请求可能是恶意的，为保护应用免受可能的攻击而拒绝了它。";
    440 "Microsoft Exchange (Outlook Web Access)" "Login Timeout" line
        instead Some(401), source "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
        en "OWA answers it when a logon to Exchange fails; Microsoft's troubleshooting page for it lists IIS permission and authentication causes, and no page defines the code.",
        zh "登录 Exchange 失败时 OWA 返回此码；微软的排障页面列出的原因是 IIS 的权限或身份验证问题，但没有页面正式定义该状态码。";
    444 "nginx" unnamed log
        instead None, source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_request.h#L113-L114",
        en "nginx closes the connection without any response (`return 444` drops unwanted requests); nginx gives it no name; \"No Response\" is Wikipedia's.",
        zh "nginx 不发送任何响应而直接关闭连接（配置中用 `return 444` 丢弃不想处理的请求）；nginx 未给它命名，常见的 “No Response” 出自维基百科。";
    // [MS-WDV] §2.2.6 is headed "449 Retry With" while its ABNF and the
    // §4.7 example's status line say "Reply With"; §3.1.5.5 has the MUST.
    449 "Microsoft WebDAV" "Retry With" line
        instead None, source "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100",
        en "The client must repeat the request with an `Ms-Echo-Reply` header ([MS-WDV] §3.1.5.5); Microsoft writes the phrase both as \"Retry With\" and \"Reply With\".",
        zh "客户端必须带上 `Ms-Echo-Reply` 头重发该请求（[MS-WDV] §3.1.5.5）；微软文档中该短语同时写作 “Retry With” 与 “Reply With”。";
    456 "Microsoft Exchange ActiveSync" "Blocked" line
        instead Some(403), source "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d",
        en "Exchange ActiveSync refuses the sync because the user's account is blocked.",
        zh "用户账户已被封禁，Exchange ActiveSync 因此拒绝同步。";
    457 "Microsoft Exchange ActiveSync" "Expired Password" line
        instead Some(401), source "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d",
        en "Exchange ActiveSync refuses the request because the user's password has expired and must be changed.",
        zh "用户密码已过期，Exchange ActiveSync 因此拒绝请求，需先修改密码。";
    460 "AWS Elastic Load Balancing" unnamed log
        instead None, source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The client closed its connection to the load balancer before the idle timeout expired, so no response could be delivered.",
        zh "客户端在负载均衡器空闲超时之前关闭了连接，因此响应无法送达。";
    463 "AWS Elastic Load Balancing" unnamed line
        instead Some(400), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The request's X-Forwarded-For header listed more IP addresses than the load balancer's upper limit of 30.",
        zh "请求的 X-Forwarded-For 头中包含的 IP 地址数量超过负载均衡器的上限（30 个）。";
    464 "AWS Elastic Load Balancing" unnamed line
        instead Some(400), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The request's protocol (HTTP/1.1, HTTP/2 or gRPC) doesn't match the protocol version configured on the target group.",
        zh "请求使用的协议（HTTP/1.1、HTTP/2 或 gRPC）与目标组配置的协议版本不匹配。";
    494 "nginx" "Request Header Or Cookie Too Large" config 400 "error_page"
        instead Some(431), source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_special_response.c#L513-L524",
        en "A request header line (often a cookie) did not fit nginx's header buffers (`large_client_header_buffers`); a request line too long gets 414 instead.",
        zh "某个请求头行（常见为 Cookie）放不进 nginx 的头部缓冲区（`large_client_header_buffers`）；请求行过长时得到的则是 414。";
    495 "nginx" "The SSL certificate error" config 400 "error_page"
        instead Some(400), source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_special_response.c#L513-L524",
        en "The client presented a TLS certificate that failed verification (`ssl_verify_client`).",
        zh "客户端提供的 TLS 证书未通过验证（`ssl_verify_client`）。";
    496 "nginx" "No required SSL certificate was sent" config 400 "error_page"
        instead Some(400), source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_special_response.c#L513-L524",
        en "nginx requires a client certificate (`ssl_verify_client on`) and the client presented none.",
        zh "nginx 要求客户端证书（`ssl_verify_client on`），但客户端没有提供。";
    497 "nginx" "The plain HTTP request was sent to HTTPS port" config 400 "error_page"
        instead Some(400), source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_special_response.c#L513-L524",
        en "A plain-HTTP request arrived on a port where nginx expects TLS.",
        zh "明文 HTTP 请求发到了 nginx 期望 TLS 的端口。";
    498 "Esri ArcGIS" "Invalid Token" body
        instead Some(401), source "https://github.com/Esri/arcgis-rest-js/blob/3cc3bed9bad78a04514753b1d750bff162eb677b/packages/arcgis-rest-request/src/request.ts#L526-L527",
        en "The request carried an ArcGIS access token that is expired, revoked or otherwise not accepted.",
        zh "请求携带的 ArcGIS 访问令牌已过期、被撤销或因其他原因不被接受。";
    499 "nginx" "Client Closed Request" log
        instead None, source "https://github.com/nginx/nginx/blob/39ffdd8ece695aeb3874c7d3eaf863dc64e82482/src/http/ngx_http_request.h#L131-L137",
        en "The client closed the connection before nginx could send a response.",
        zh "在 nginx 返回响应之前客户端已断开连接。";
    499 "Google APIs" "Client Closed Request" line
        instead None, source "https://github.com/googleapis/googleapis/blob/16b971c46e2f6a9015a9faf60eb38e40c0133ff2/google/rpc/code.proto",
        en "The HTTP form of the gRPC CANCELLED code in Google's API error model: the caller cancelled the operation.",
        zh "Google API 错误模型中 gRPC CANCELLED 对应的 HTTP 状态码，表示操作已被调用方取消。";
    499 "Esri ArcGIS" "Token Required" body
        instead Some(401), source "https://github.com/Esri/arcgis-rest-js/blob/3cc3bed9bad78a04514753b1d750bff162eb677b/packages/arcgis-rest-request/src/request.ts#L181-L195",
        en "The resource is secured and the request didn't include an ArcGIS token.",
        zh "所请求的资源受保护，但请求中没有携带 ArcGIS 令牌。";
    // "@deprecated since 7.0, this is now unassigned" (commit 7112efe, gh-32870).
    509 "Spring" "Bandwidth Limit Exceeded" constant
        instead Some(503), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "The constant `HttpStatus.BANDWIDTH_LIMIT_EXCEEDED`, a shared-hosting convention for a site out of bandwidth; Spring 7.0 deprecates it as unassigned.",
        zh "常量 `HttpStatus.BANDWIDTH_LIMIT_EXCEEDED`，源自虚拟主机的惯例，表示站点带宽已用完；Spring 7.0 将其标记为弃用（未分配）。";
    520 "Cloudflare" "Web Server Returns an Unknown Error" line
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
        en "The origin sent Cloudflare a response that was empty, unexpected or invalid, or the connection failed in a way that no other code covers.",
        zh "源站给 Cloudflare 的响应为空、无法识别或不合规范；其他 52x 状态码都不适用的连接故障也归入此码。";
    521 "Cloudflare" "Web Server Is Down" line
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
        en "The origin refused the TCP connection from Cloudflare, e.g. the web server is stopped or a firewall blocks Cloudflare's IPs.",
        zh "源站拒绝了 Cloudflare 的 TCP 连接，例如 Web 服务未运行或防火墙屏蔽了 Cloudflare 的 IP。";
    522 "Cloudflare" "Connection Timed Out" line
        instead Some(504), source "https://github.com/cloudflare/cloudflare-docs/blob/0309c8bed23afe438f28fd5026b5a7999e653081/src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522.mdx#L16-L19",
        en "The origin did not answer Cloudflare's TCP handshake within 19 s, or accepted the connection but did not acknowledge the request within 90 s.",
        zh "Cloudflare 连接源站超时：源站未在 19 秒内响应 TCP 握手，或已接受连接却未在 90 秒内确认（ACK）请求。";
    523 "Cloudflare" "Origin Is Unreachable" line
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
        en "Cloudflare cannot reach the origin at all, typically because of a routing problem or wrong DNS origin records.",
        zh "Cloudflare 完全无法到达源站，通常是路由问题或源站 DNS 记录错误。";
    524 "Cloudflare" "A Timeout Occurred" line
        instead Some(504), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
        en "Cloudflare connected to the origin, but the origin did not send an HTTP response before Cloudflare's timeout ran out.",
        zh "Cloudflare 已连上源站，但源站在超时时间内没有返回 HTTP 响应。";
    525 "Cloudflare" "SSL Handshake Failed" line
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
        en "The TLS handshake between Cloudflare and the origin server failed.",
        zh "Cloudflare 与源站之间的 TLS 握手失败。";
    526 "Cloudflare" "Invalid SSL Certificate" line
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
        en "Cloudflare could not validate the certificate the origin presented, e.g. it was expired, self-signed or for the wrong host.",
        zh "Cloudflare 无法验证源站提供的证书（如已过期、自签名或主机名不匹配）。";
    529 "Qualys SSL Labs" unnamed line
        instead Some(503), source "https://github.com/ssllabs/ssllabs-scan/blob/50e3144b378f2dbc57f8b9eebd6d42c8f519b110/ssllabs-api-docs-v3.md",
        en "The SSL Labs API is overloaded, not through the client's fault; wait about 30 minutes and retry. (\"Site is overloaded\" is Wikipedia's name.)",
        zh "SSL Labs API 因非客户端原因过载；应等待约 30 分钟后重试。（“Site is overloaded” 这一名称出自维基百科，Qualys 未命名。）";
    530 "Cloudflare" unnamed line
        instead Some(502), source "https://github.com/cloudflare/cloudflare-docs/blob/c0d017de8c0744c3bb762868876bf6103f92d148/src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530.mdx#L7-L14",
        en "Cloudflare could not resolve the origin's hostname; the body carries a more specific Cloudflare 1xxx error (Cloudflare names its page only \"Error 530\").",
        zh "Cloudflare 无法解析源站主机名；响应正文附带更具体的 Cloudflare 1xxx 错误码（Cloudflare 只称其为 \"Error 530\"）。";
    561 "AWS Elastic Load Balancing" "Unauthorized" line
        instead Some(401), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The listener rule authenticates users, and the identity provider returned an error during authentication.",
        zh "监听器规则配置了用户认证，而身份提供商（IdP）在认证过程中返回了错误。";
    599 "Tornado" unnamed client
        instead None, source "https://github.com/tornadoweb/tornado/blob/48fc2d43d1f48b8b3b0be5dcf6a7634c6f45b1c4/tornado/httpclient.py#L695-L696",
        en "Tornado's HTTP client makes up this code when no HTTP response arrived at all, e.g. on timeout or when the stream closed.",
        zh "当根本没有收到 HTTP 响应（如超时或连接流被关闭）时，Tornado 的 HTTP 客户端会自行生成此码。";
}

impl Unofficial {
    /// Every use of `code`, in the table's order; empty when nobody is known
    /// to use it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(520)[0].user(), "Cloudflare");
    /// assert!(Unofficial::from_u16(404).is_empty());
    /// ```
    pub fn from_u16(code: u16) -> &'static [Unofficial] {
        let start = Unofficial::ALL.partition_point(|u| u.code < code);
        let end = Unofficial::ALL.partition_point(|u| u.code <= code);
        &Unofficial::ALL[start..end]
    }

    /// The number.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(444)[0].code(), 444);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// Who uses it: `"nginx"`, `"Cloudflare"`, `"AWS Elastic Load Balancing"`…
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(444)[0].user(), "nginx");
    /// ```
    pub const fn user(&self) -> &'static str {
        self.user
    }

    /// The name its user gives it, in the vendor's own words; `None` where
    /// the vendor gives none (Cloudflare titles its page only "Error 530";
    /// nginx's 444 has no name, and "No Response" comes from Wikipedia,
    /// as the meaning says).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(499)[0].name(), Some("Client Closed Request"));
    /// assert_eq!(Unofficial::from_u16(444)[0].name(), None);
    /// ```
    pub const fn name(&self) -> Option<&'static str> {
        self.name
    }

    /// Where a person meets the number: a status line, an access log, a
    /// response body, a client library, or only a server's configuration.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(444)[0].seen(), Seen::AccessLog);
    /// assert_eq!(Unofficial::from_u16(599)[0].seen(), Seen::ClientLibrary);
    /// ```
    pub const fn seen(&self) -> Seen {
        self.seen
    }

    /// [`Unofficial::seen`] in a sentence, with the vendor and the codes:
    /// `never sent: it appears only in nginx's access log`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(
    ///     Unofficial::from_u16(599)[0].where_seen().to_string(),
    ///     "never sent: Tornado's HTTP client makes it up when no response arrived"
    /// );
    /// ```
    pub const fn where_seen(&self) -> WhereSeen {
        self.where_seen_in(Language::English)
    }

    /// The same sentence in `language`.
    ///
    /// 说明在哪里会见到此码。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let nginx = Unofficial::from_u16(444)[0];
    /// assert!(nginx.where_seen_in(Language::Chinese).to_string().contains("访问日志"));
    /// ```
    pub const fn where_seen_in(&self, language: Language) -> WhereSeen {
        WhereSeen {
            entry: *self,
            language,
        }
    }

    /// Every use whose name is `phrase`, ignoring ASCII case: how a phrase
    /// such as "Client Closed Request" is explained.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let uses: Vec<_> = Unofficial::from_reason("enhance your calm").collect();
    /// assert_eq!(uses[0].code(), 420);
    /// assert_eq!(Unofficial::from_reason("Not Found").count(), 0);
    /// ```
    pub fn from_reason(phrase: &str) -> impl Iterator<Item = &'static Unofficial> + '_ {
        let phrase = phrase.trim();
        Unofficial::ALL
            .iter()
            .filter(move |u| u.name.is_some_and(|name| name.eq_ignore_ascii_case(phrase)))
    }

    /// The registered code to send for the same situation, where one is clear.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Unofficial::from_u16(522)[0].instead(), Some(504));
    /// assert_eq!(Unofficial::from_u16(444)[0].instead(), None);
    /// ```
    pub const fn instead(&self) -> Option<u16> {
        self.instead
    }

    /// The vendor's own documentation or source that defines it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Unofficial::from_u16(444)[0].source().starts_with("https://"));
    /// ```
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// What it means, in one sentence.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Unofficial::from_u16(499)[0].meaning().contains("client"));
    /// ```
    pub const fn meaning(&self) -> &'static str {
        self.meaning_in(Language::English)
    }

    /// What it means, in `language`.
    ///
    /// 含义。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(!Unofficial::from_u16(499)[0].meaning_in(Language::Chinese).is_empty());
    /// ```
    pub const fn meaning_in(&self, language: Language) -> &'static str {
        self.meaning[language.index()]
    }
}

/// The sentence of [`Unofficial::where_seen_in`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WhereSeen {
    entry: Unofficial,
    language: Language,
}

impl fmt::Display for WhereSeen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Unofficial { code, user, .. } = self.entry;
        match (self.entry.seen, self.language) {
            (Seen::StatusLine, Language::English) => {
                write!(f, "sent: {user} answers with {code} in the status line")
            }
            (Seen::StatusLine, Language::Chinese) => {
                write!(f, "会发送：{user} 在响应状态行中使用 {code}")
            }
            (Seen::AccessLog, Language::English) => {
                write!(f, "never sent: it appears only in {user}'s access log")
            }
            (Seen::AccessLog, Language::Chinese) => {
                write!(f, "不会发送：只出现在 {user} 的访问日志中")
            }
            (Seen::ResponseBody, Language::English) => write!(
                f,
                "usually in the response body: {user} puts it in a JSON error object, under another HTTP status"
            ),
            (Seen::ResponseBody, Language::Chinese) => {
                write!(
                    f,
                    "通常出现在响应正文中：{user} 把它放在 JSON 错误对象里，响应本身是另一个 HTTP 状态码"
                )
            }
            (Seen::ClientLibrary, Language::English) => {
                write!(
                    f,
                    "never sent: {user}'s HTTP client makes it up when no response arrived"
                )
            }
            (Seen::Constant, Language::English) => write!(
                f,
                "defined as a constant in {user}, which does not send it itself; an app may"
            ),
            (Seen::Constant, Language::Chinese) => {
                write!(
                    f,
                    "在 {user} 中定义为常量，{user} 自身不会发送；应用可能会发送"
                )
            }
            (Seen::ClientLibrary, Language::Chinese) => {
                write!(
                    f,
                    "不会发送：没有收到响应时由 {user} 的 HTTP 客户端自行生成"
                )
            }
            (
                Seen::Configuration {
                    answered,
                    directive,
                },
                Language::English,
            ) => write!(
                f,
                "never sent: {user} answers {} and logs {answered}; only `{directive}` can match {code}",
                Named(answered)
            ),
            (
                Seen::Configuration {
                    answered,
                    directive,
                },
                Language::Chinese,
            ) => write!(
                f,
                "不会发送：{user} 实际返回并记录 {answered}；只有配置中的 `{directive}` 能匹配 {code}"
            ),
        }
    }
}
