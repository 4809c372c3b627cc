//! Well-known unofficial codes: numbers that vendors use but IANA never
//! registered (nginx's 499, Cloudflare's 52x, …). Like the reserved entries,
//! they are never a `StatusCode`; they exist so that errors and `lookup` can
//! say what a number means where people meet it, and what to send instead.
//!
//! Every row was checked against the vendor's own documentation or source,
//! which its `source` links to; entries that could not be sourced are left out.

use crate::StatusCode;

/// One vendor's use of a code that IANA has not registered.
///
/// 某厂商使用、但未在 IANA 注册的状态码。
///
/// ```
/// use http_status_core::{StatusCode, Unofficial};
///
/// let uses = Unofficial::for_code(499);
/// assert!(uses.iter().any(|u| u.user() == "nginx" && u.name() == "Client Closed Request" && !u.is_sent()));
/// assert!(uses.iter().any(|u| u.user() == "Esri ArcGIS" && u.name() == "Token Required"));
/// assert!(StatusCode::from_u16(499).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unofficial {
    code: u16,
    user: &'static str,
    name: &'static str,
    sent: bool,
    instead: Option<StatusCode>,
    source: &'static str,
    meaning: &'static str,
    meaning_zh: &'static str,
}

/// A registered code, or a compile error in this table.
const fn registered(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("`instead` must name a registered code"),
    }
}

macro_rules! table {
    ($(
        $code:literal $user:literal $name:literal $wire:ident
        instead $instead:expr, source $source:literal,
        en $en:literal,
        zh $zh:literal;
    )*) => {
        impl Unofficial {
            /// Every entry, by code; a code with several users has one entry each.
            ///
            /// ```
            /// use http_status_core::*;
            /// assert!(Unofficial::ALL.len() >= 25);
            /// assert!(Unofficial::ALL.is_sorted_by_key(|u| u.code()));
            /// ```
            pub const ALL: &'static [Unofficial] = &[$(
                Unofficial {
                    code: $code,
                    user: $user,
                    name: $name,
                    sent: table!(@sent $wire),
                    instead: match $instead { Some(code) => Some(registered(code)), None => None },
                    source: $source,
                    meaning: $en,
                    meaning_zh: $zh,
                },
            )*];
        }
    };
    (@sent wire) => { true };
    (@sent log) => { false };
}

table! {
    419 "Laravel" "Page Expired" wire
        instead Some(403), source "https://github.com/laravel/framework/blob/bd71b45fbb7e672957bf6ff61baddefe15fbca6a/src/Illuminate/Foundation/Exceptions/Handler.php",
        en "Laravel returns this when the CSRF token is missing or stale, usually because the session expired before a form was submitted.",
        zh "CSRF 令牌缺失或已失效（通常是表单提交前会话已过期）时，Laravel 返回该状态码。";
    419 "Spring" "Insufficient Space On Resource" wire
        instead Some(507), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "A leftover from an early WebDAV draft: the server lacks the space to store the resource (deprecated; dropped in Spring 7.0).",
        zh "早期 WebDAV 草案遗留的状态码，表示服务器没有足够空间存放资源（已弃用，Spring 7.0 中移除）。";
    420 "Spring" "Method Failure" wire
        instead Some(424), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "A leftover from an early WebDAV draft: the method failed because another method in the same request failed (deprecated; removed in 7.0).",
        zh "早期 WebDAV 草案遗留：因同一请求中另一方法失败而导致本方法失败（已弃用，Spring 7.0 中移除）。";
    420 "Twitter's old API" "Enhance Your Calm" wire
        instead Some(429), source "https://developer.x.com/ja/docs/basics/response-codes",
        en "The legacy Twitter API (Search/Streaming, v1) returned this when an app was being rate limited; later versions use 429.",
        zh "旧版 Twitter API（v1 的搜索/流式接口）在应用被限流时返回此码；后续版本改用 429。";
    440 "Microsoft IIS (Outlook Web Access)" "Login Time-out" wire
        instead Some(401), source "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
        en "Outlook Web Access sends this when the user's logon session is no longer valid (expired or failed auth), so the user must sign in again.",
        zh "Outlook Web Access 在用户登录会话失效（过期或认证失败）时返回该码，要求用户重新登录。";
    444 "nginx" "No Response" log
        instead None, source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "nginx closes the connection without sending any response; configs use it (return 444) to drop unwanted or malicious requests.",
        zh "nginx 不发送任何响应而直接关闭连接，常在配置中用 return 444 丢弃恶意或不想处理的请求。";
    449 "Microsoft WebDAV" "Retry With" wire
        instead None, source "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100",
        en "The server needs more information from the client; the client should resend the request with an Ms-Echo-Reply header.",
        zh "服务器需要客户端提供更多信息；客户端应带上 Ms-Echo-Reply 头重发该请求。";
    456 "Microsoft Exchange ActiveSync" "Blocked" wire
        instead Some(403), source "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d",
        en "Exchange ActiveSync refuses the sync because the user's account is blocked.",
        zh "用户账户已被阻止，Exchange ActiveSync 因此拒绝同步。";
    457 "Microsoft Exchange ActiveSync" "Expired Password" wire
        instead Some(401), source "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d",
        en "Exchange ActiveSync refuses the request because the user's password has expired and must be changed.",
        zh "用户密码已过期，Exchange ActiveSync 因此拒绝请求，需先修改密码。";
    460 "AWS Elastic Load Balancing" "Client Closed Connection" log
        instead None, source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The client closed its connection to the load balancer before the idle timeout expired, so no response could be delivered.",
        zh "客户端在负载均衡器空闲超时之前关闭了连接，因此响应无法送达。";
    463 "AWS Elastic Load Balancing" "X-Forwarded-For Header Too Many IPs" wire
        instead Some(400), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The request's X-Forwarded-For header listed more IP addresses than the load balancer accepts (limit 30).",
        zh "请求的 X-Forwarded-For 头中包含的 IP 地址数量超过负载均衡器的上限（30 个）。";
    464 "AWS Elastic Load Balancing" "Incompatible Protocol Version" wire
        instead Some(400), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The request's protocol (HTTP/1.1, HTTP/2 or gRPC) doesn't match the protocol version configured on the target group.",
        zh "请求使用的协议（HTTP/1.1、HTTP/2 或 gRPC）与目标组配置的协议版本不匹配。";
    494 "nginx" "Request Header Too Large" log
        instead Some(431), source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "The request line or headers (often cookies) went over nginx's header buffer limits; nginx logs 494 but sends 400 to the client.",
        zh "请求行或请求头（常见为 Cookie）超出了 nginx 的头部缓冲区限制；日志记为 494，实际返回给客户端的是 400。";
    495 "nginx" "SSL Certificate Error" log
        instead Some(400), source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "The client sent a TLS certificate that failed verification; nginx records 495 internally and replies 400.",
        zh "客户端提供的 TLS 证书验证失败；nginx 内部记为 495，实际回复 400。";
    496 "nginx" "SSL Certificate Required" log
        instead Some(400), source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "Client-certificate verification is required but the client did not present any certificate; nginx logs 496 and replies 400.",
        zh "服务器要求客户端证书但客户端没有提供；nginx 日志记为 496，实际回复 400。";
    497 "nginx" "HTTP Request Sent to HTTPS Port" log
        instead Some(400), source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "A plain-HTTP request arrived on a port nginx expects TLS on; nginx logs 497 (usable in error_page) and replies 400.",
        zh "明文 HTTP 请求发到了 nginx 的 HTTPS 端口；日志记为 497（可在 error_page 中使用），实际回复 400。";
    498 "Esri ArcGIS" "Invalid Token" wire
        instead Some(401), source "https://github.com/Esri/arcgis-rest-js/blob/7e3424af2fe57024af3bfa97c0f36bafecf91520/packages/arcgis-rest-request/src/request.ts",
        en "The request carried an ArcGIS access token that is expired, revoked or otherwise not accepted.",
        zh "请求携带的 ArcGIS 访问令牌已过期、被撤销或因其他原因不被接受。";
    499 "nginx" "Client Closed Request" log
        instead None, source "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h",
        en "The client closed the connection before nginx could send a response; the code exists only in the access log.",
        zh "在 nginx 返回响应之前客户端已断开连接；该状态码只出现在访问日志中。";
    499 "Google APIs" "Client Closed Request" wire
        instead None, source "https://github.com/googleapis/googleapis/blob/16b971c46e2f6a9015a9faf60eb38e40c0133ff2/google/rpc/code.proto",
        en "The HTTP form of the gRPC CANCELLED code in Google's API error model: the caller cancelled the operation.",
        zh "Google API 错误模型中 gRPC CANCELLED 对应的 HTTP 状态码，表示操作已被调用方取消。";
    499 "Esri ArcGIS" "Token Required" wire
        instead Some(401), source "https://github.com/Esri/arcgis-rest-js/blob/7e3424af2fe57024af3bfa97c0f36bafecf91520/packages/arcgis-rest-request/test/mocks/errors.ts",
        en "The resource is secured and the request didn't include an ArcGIS token.",
        zh "所请求的资源受保护，但请求中没有携带 ArcGIS 令牌。";
    509 "Spring" "Bandwidth Limit Exceeded" wire
        instead Some(503), source "https://github.com/spring-projects/spring-framework/blob/v6.2.19/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        en "The site has used up its bandwidth allowance, a convention from shared hosting; Spring 7.0 deprecates it as unassigned.",
        zh "站点已用完带宽配额（源自虚拟主机的惯例）；Spring 7.0 将其标记为弃用（未分配）。";
    520 "Cloudflare" "Web Server Returns an Unknown Error" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
        en "The origin sent Cloudflare a response that was empty, unexpected or invalid, or the connection failed in a way that no other code covers.",
        zh "源站返回给 Cloudflare 的响应为空、异常或无效，或连接以其他状态码无法归类的方式失败。";
    521 "Cloudflare" "Web Server Is Down" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
        en "The origin refused the TCP connection from Cloudflare, e.g. the web server is stopped or a firewall blocks Cloudflare's IPs.",
        zh "源站拒绝了 Cloudflare 的 TCP 连接，例如 Web 服务未运行或防火墙屏蔽了 Cloudflare 的 IP。";
    522 "Cloudflare" "Connection Timed Out" wire
        instead Some(504), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/",
        en "Cloudflare timed out trying to establish a TCP connection to the origin.",
        zh "Cloudflare 尝试与源站建立 TCP 连接时超时。";
    523 "Cloudflare" "Origin Is Unreachable" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
        en "Cloudflare cannot reach the origin at all, typically because of a routing problem or wrong DNS origin records.",
        zh "Cloudflare 完全无法到达源站，通常是路由问题或源站 DNS 记录错误。";
    524 "Cloudflare" "A Timeout Occurred" wire
        instead Some(504), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
        en "Cloudflare connected to the origin, but the origin did not send an HTTP response before Cloudflare's timeout ran out.",
        zh "Cloudflare 已连上源站，但源站在超时时间内没有返回 HTTP 响应。";
    525 "Cloudflare" "SSL Handshake Failed" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
        en "The TLS handshake between Cloudflare and the origin server failed.",
        zh "Cloudflare 与源站之间的 TLS 握手失败。";
    526 "Cloudflare" "Invalid SSL Certificate" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
        en "Cloudflare could not validate the certificate the origin presented, e.g. it was expired, self-signed or for the wrong host.",
        zh "Cloudflare 无法验证源站提供的证书（如已过期、自签名或主机名不匹配）。";
    529 "Qualys SSL Labs" "Site Is Overloaded" wire
        instead Some(503), source "https://github.com/ssllabs/ssllabs-scan/blob/50e3144b378f2dbc57f8b9eebd6d42c8f519b110/ssllabs-api-docs-v3.md",
        en "The SSL Labs assessment service is overloaded for reasons unrelated to the client; clients should back off (~30 min) and retry.",
        zh "SSL Labs 评估服务因非客户端原因过载；客户端应退避（约 30 分钟）后再重试。";
    530 "Cloudflare" "Origin DNS Error" wire
        instead Some(502), source "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
        en "Cloudflare could not resolve the origin hostname; the page body includes a more specific Cloudflare 1xxx error.",
        zh "Cloudflare 无法解析源站主机名；响应正文中会附带更具体的 Cloudflare 1xxx 错误码。";
    561 "AWS Elastic Load Balancing" "Unauthorized" wire
        instead Some(401), source "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
        en "The listener rule authenticates users, and the identity provider returned an error during authentication.",
        zh "监听器规则配置了用户认证，而身份提供商（IdP）在认证过程中返回了错误。";
    599 "Tornado" "Network Timeout / No Response" log
        instead Some(504), source "https://github.com/tornadoweb/tornado/blob/e530031405e2154654dedc4c84d5656b557ea310/tornado/httpclient.py",
        en "Tornado's HTTP client makes up this code when no HTTP response arrived at all, e.g. on timeout or when the stream closed.",
        zh "当根本没有收到 HTTP 响应（如超时或连接流被关闭）时，Tornado 的 HTTP 客户端会用此码表示。";
}

impl Unofficial {
    /// Every use of `code`, in the table's order; empty when nobody is known
    /// to use it.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Unofficial::for_code(520)[0].user(), "Cloudflare");
    /// assert!(Unofficial::for_code(404).is_empty());
    /// ```
    pub fn for_code(code: u16) -> &'static [Unofficial] {
        let start = Unofficial::ALL.partition_point(|u| u.code < code);
        let end = Unofficial::ALL.partition_point(|u| u.code <= code);
        &Unofficial::ALL[start..end]
    }

    /// The number.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Unofficial::for_code(444)[0].code(), 444);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// Who uses it: `"nginx"`, `"Cloudflare"`, `"AWS Elastic Load Balancing"`…
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Unofficial::for_code(444)[0].user(), "nginx");
    /// ```
    pub const fn user(&self) -> &'static str {
        self.user
    }

    /// The name its user gives it.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Unofficial::for_code(444)[0].name(), "No Response");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Whether its user ever sends it on the wire; `false` for a number that
    /// is only logged, such as nginx's 444 and 499.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(!Unofficial::for_code(444)[0].is_sent());
    /// assert!(Unofficial::for_code(520)[0].is_sent());
    /// ```
    pub const fn is_sent(&self) -> bool {
        self.sent
    }

    /// The registered code to send for the same situation, where one is clear.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Unofficial::for_code(522)[0].instead(), Some(StatusCode::GATEWAY_TIMEOUT));
    /// assert_eq!(Unofficial::for_code(444)[0].instead(), None);
    /// ```
    pub const fn instead(&self) -> Option<StatusCode> {
        self.instead
    }

    /// The vendor's own documentation or source that defines it.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(Unofficial::for_code(444)[0].source().starts_with("https://"));
    /// ```
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// What it means, in one sentence.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(Unofficial::for_code(499)[0].meaning().contains("client"));
    /// ```
    pub const fn meaning(&self) -> &'static str {
        self.meaning
    }

    /// What it means, in Chinese.
    ///
    /// 含义（中文）。
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(!Unofficial::for_code(499)[0].meaning_zh().is_empty());
    /// ```
    pub const fn meaning_zh(&self) -> &'static str {
        self.meaning_zh
    }
}
