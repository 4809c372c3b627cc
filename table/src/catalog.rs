//! The catalog: one table, the single source of truth for every registered code.
//!
//! The rows are written once, in [`__catalog_rows!`], which hands them to a
//! callback macro: here, `entries!` builds [`ENTRIES`], the data behind
//! every accessor and lookup; in `http-status-core`, `catalog!` builds the
//! documented constants of `StatusCode` from the same rows. Nothing about a
//! code is written anywhere else.

use crate::class::Class;
use crate::entry::{
    Act, Entry, FirstDefined, HeaderRule, OtherUse, Party, Requirement, ResponseRule, SpecRef,
};

/// Expands one row's optional value into an `Option`.
macro_rules! option {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

/// The values of one protocol rule of a row.
macro_rules! rule {
    (@cacheable_ref) => {
        SpecRef {
            rfc: 9110,
            section: "15.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.1",
        }
    };
    (@cacheable_ref $rfc:literal $section:literal) => {
        SpecRef {
            rfc: $rfc,
            section: $section,
            url: concat!(
                "https://www.rfc-editor.org/rfc/rfc",
                $rfc,
                "#section-",
                $section
            ),
        }
    };
    (@requirement must) => {
        Requirement::Must
    };
    (@requirement should) => {
        Requirement::Should
    };
    (@requirement may) => {
        Requirement::May
    };
    (@requirement names) => {
        Requirement::Named
    };
    (@requirement must_not) => {
        Requirement::MustNot
    };
    (@requirement should_not) => {
        Requirement::ShouldNot
    };
    (@party server) => {
        Party::Server
    };
    (@party origin) => {
        Party::OriginServer
    };
    (@party proxy) => {
        Party::Proxy
    };
    (@party cache) => {
        Party::Cache
    };
    (@party sender) => {
        Party::Sender
    };
    (@act generate) => {
        Act::Generate
    };
    (@act send) => {
        Act::Send
    };
    (@act store) => {
        Act::Store
    };
    (@act send_metadata) => {
        Act::SendMetadata
    };
}

/// Builds `ENTRIES`, `CODES` and `COUNT` from the rows.
macro_rules! entries {
    (
        $(
            $class:ident $class_doc:literal {
                $(
                    $code:literal $name:ident $reason:literal $zh:literal,
                    spec $rfc:literal $section:literal, first $first:literal,
                    former [$($former:literal),*] [$($former_zh:literal),*],
                    $(no_content $no_content:literal $($ends:ident)?,)?
                    $(cacheable yes $($crfc:literal $csection:literal)?,)?
                    $(header $header:literal $level:ident $hrfc:literal $hsection:literal $($when:literal $when_zh:literal)?,)*
                    $(by $party:ident $rlevel:ident $act:ident $rrfc:literal $rsection:literal $($rwhen:literal $rwhen_zh:literal)?,)*
                    $(also $auser:literal $aname:literal $asource:literal $aen:literal $azh:literal,)*
                    $(deprecated $deprecated:literal,)?
                    $summary:literal
                    $summary_zh:literal;
                )+
            }
        )+
    ) => {
        /// Every registered number, ascending (a test checks the order).
        pub const CODES: [u16; COUNT] = [$($($code),+),+];

        /// How many codes the table registers.
        pub const COUNT: usize = [$($($code),+),+].len();

        /// One row per registered code, ascending; `StatusCode` indexes it.
        pub static ENTRIES: [Entry; COUNT] = [$($(
            Entry {
                code: $code,
                name: stringify!($name),
                reason: [$reason, $zh],
                digits: stringify!($code),
                display: concat!($code, " ", $reason),
                summary: [$summary, $summary_zh],
                class: Class::$class,
                spec: SpecRef {
                    rfc: $rfc,
                    section: $section,
                    url: concat!("https://www.rfc-editor.org/rfc/rfc", $rfc, "#section-", $section),
                },
                first_defined: FirstDefined { rfc: $first },
                former: [&[$($former),*], &[$($former_zh),*]],
                deprecation: option!($($deprecated)?),
                no_content: option!($(SpecRef {
                    rfc: 9110,
                    section: $no_content,
                    url: concat!("https://www.rfc-editor.org/rfc/rfc9110#section-", $no_content),
                })?),
                cacheable: option!($(rule!(@cacheable_ref $($crfc $csection)?))?),
                headers: &[$(HeaderRule {
                    name: $header,
                    level: rule!(@requirement $level),
                    when: option!($([$when, $when_zh])?),
                    spec: SpecRef {
                        rfc: $hrfc,
                        section: $hsection,
                        url: concat!("https://www.rfc-editor.org/rfc/rfc", $hrfc, "#section-", $hsection),
                    },
                }),*],
                responses: &[$(ResponseRule {
                    party: rule!(@party $party),
                    level: rule!(@requirement $rlevel),
                    act: rule!(@act $act),
                    when: option!($([$rwhen, $rwhen_zh])?),
                    spec: SpecRef {
                        rfc: $rrfc,
                        section: $rsection,
                        url: concat!("https://www.rfc-editor.org/rfc/rfc", $rrfc, "#section-", $rsection),
                    },
                }),*],
                also: &[$(OtherUse {
                    user: $auser,
                    name: $aname,
                    source: $asource,
                    meaning: [$aen, $azh],
                }),*],
            },
        )+)+];
    };
}

/// The rows of the catalog, handed to `$callback!`, a macro in the caller's
/// scope. Each row: code, constant, IANA phrase, Chinese name; the defining
/// section; the RFC that first defined it; former phrases (English, then
/// Chinese); optional protocol rules; an English and a Chinese summary.
#[doc(hidden)]
#[macro_export]
macro_rules! __catalog_rows {
    ($callback:ident) => {
        $callback! {
            Informational "1xx Informational (信息响应)" {
                100 CONTINUE "Continue" "继续",
                    spec 9110 "15.2.1", first 2068, former [] [],
                    no_content "15.2" ends,
                    header "Content-Length" must_not 9110 "8.6",
                    header "Transfer-Encoding" must_not 9112 "6.1",
                    by server must_not send 9110 "15.2" "to an HTTP/1.0 client" "对 HTTP/1.0 客户端",
                    // RFC 9110 §15.2.1: "has been received and has not yet been rejected".
                    "The start of the request was received and not yet rejected; the client should send the rest, or ignore this if it already has."
                    "请求的开头已被收到且尚未被拒绝，客户端应继续发送其余部分；若已发送完毕则可忽略。";
                101 SWITCHING_PROTOCOLS "Switching Protocols" "切换协议",
                    spec 9110 "15.2.2", first 2068, former [] [],
                    no_content "15.2" ends,
                    header "Upgrade" must 9110 "15.2.2",
                    header "Content-Length" must_not 9110 "8.6",
                    header "Transfer-Encoding" must_not 9112 "6.1",
                    by server must_not send 9110 "15.2" "to an HTTP/1.0 client" "对 HTTP/1.0 客户端",
                    "The server agrees to the client's Upgrade request and switches to the protocol it names."
                    "服务器同意客户端的 Upgrade 请求，并改用其中指明的协议。";
                102 PROCESSING "Processing" "处理中",
                    spec 2518 "10.1", first 2518, former [] [],
                    no_content "15.2" ends,
                    header "Content-Length" must_not 9110 "8.6",
                    header "Transfer-Encoding" must_not 9112 "6.1",
                    by server must_not send 9110 "15.2" "to an HTTP/1.0 client" "对 HTTP/1.0 客户端",
                    // RFC 4918 §21.4 and Appendix F.3 removed it "due to lack of
                    // implementation"; IANA still lists it, citing RFC 2518, so it stays.
                    "An interim reply: the server accepted the request and is still working on it. RFC 4918 removed it from WebDAV for lack of implementations; IANA still lists it."
                    "临时响应：服务器已接受请求，仍在处理中，尚无最终结果。RFC 4918 因缺少实现已将其从 WebDAV 中移除，但 IANA 仍登记该状态码。";
                103 EARLY_HINTS "Early Hints" "早期提示",
                    spec 8297 "2", first 8297, former [] [],
                    no_content "15.2" ends,
                    header "Content-Length" must_not 9110 "8.6",
                    header "Transfer-Encoding" must_not 9112 "6.1",
                    by server must_not send 9110 "15.2" "to an HTTP/1.0 client" "对 HTTP/1.0 客户端",
                    "An interim reply carrying header fields, usually `Link` preloads, that the final response is likely to have."
                    "临时响应：提前发送最终响应很可能包含的头字段（通常是用于预加载的 `Link`）。";
            }
            Success "2xx Successful (成功)" {
                200 OK "OK" "成功",
                    spec 9110 "15.3.1", first 1945, former [] [],
                    cacheable yes,
                    "The request succeeded; what the content means depends on the request method."
                    "请求已成功；响应内容的含义取决于请求方法。";
                201 CREATED "Created" "已创建",
                    spec 9110 "15.3.2", first 1945, former [] [],
                    header "Location" names 9110 "15.3.2",
                    "The request succeeded and created at least one new resource, usually named by the `Location` header."
                    "请求已成功并创建了新资源，其位置通常由 `Location` 头给出。";
                202 ACCEPTED "Accepted" "已接受",
                    spec 9110 "15.3.3", first 1945, former [] [],
                    "The request was accepted for processing, which has not finished and may still fail."
                    "请求已被接受等待处理，但处理尚未完成，最终也可能失败。";
                203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" "非权威信息",
                    spec 9110 "15.3.4", first 2068, former [] ["非授权信息"],
                    cacheable yes,
                    "The request succeeded, but a transforming proxy changed the content that the origin server sent."
                    "请求已成功，但内容经过中间转换代理的修改，与源服务器发出的不同。";
                204 NO_CONTENT "No Content" "无内容",
                    spec 9110 "15.3.5", first 1945, former [] [],
                    no_content "15.3.5" ends,
                    cacheable yes,
                    header "Content-Length" must_not 9110 "8.6",
                    header "Transfer-Encoding" must_not 9112 "6.1",
                    "The request succeeded and there is no content to send back; the client keeps its current view."
                    "请求已成功，但没有需要返回的内容；客户端保持当前视图即可。";
                205 RESET_CONTENT "Reset Content" "重置内容",
                    spec 9110 "15.3.6", first 2068, former [] [],
                    no_content "15.3.6",
                    "The request succeeded and the client should reset the view that sent it, such as clearing a form."
                    "请求已成功，客户端应重置发出该请求的视图，例如清空表单。";
                206 PARTIAL_CONTENT "Partial Content" "部分内容",
                    spec 9110 "15.3.7", first 2068, former [] [],
                    cacheable yes,
                    header "Content-Range" must 9110 "15.3.7.1" "when one part is sent" "只发送一个部分时",
                    header "Content-Type" must 9110 "15.3.7.2" "as multipart/byteranges when several parts are sent" "发送多个部分时，须为 multipart/byteranges",
                    header "Content-Range" must_not 9110 "15.3.7.2" "in the header section when several parts are sent (each part carries its own)" "发送多个部分时不得放在头部，应由各部分各自携带",
                    header "Date" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Cache-Control" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "ETag" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Expires" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Content-Location" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Vary" must 9110 "15.3.7" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    "The server sends only the ranges of the resource that the `Range` header asked for."
                    "服务器只返回了 `Range` 头所请求的那部分资源。";
                207 MULTI_STATUS "Multi-Status" "多状态",
                    spec 4918 "11.1", first 2518, former [] [],
                    "A WebDAV reply whose XML body gives a separate status for each of several resources."
                    "WebDAV 响应：XML 正文分别给出多个资源各自的状态。";
                208 ALREADY_REPORTED "Already Reported" "已报告",
                    spec 5842 "7.1", first 5842, former [] [],
                    "Within a WebDAV multistatus body, this binding's members were listed earlier and are not repeated."
                    "用于 WebDAV 多状态正文：该绑定的成员已在前面列出，不再重复。";
                226 IM_USED "IM Used" "已使用实例操作",
                    spec 3229 "10.4.1", first 3229, former [] [],
                    header "ETag" must 3229 "10.4.1",
                    "The server answered a GET with the result of instance manipulations, such as a delta, on the current instance."
                    "服务器对 GET 的响应是对当前实例施加实例操作（如增量编码）后的结果。";
            }
            Redirection "3xx Redirection (重定向)" {
                300 MULTIPLE_CHOICES "Multiple Choices" "多种选择",
                    spec 9110 "15.4.1", first 1945, former [] [],
                    cacheable yes,
                    header "Location" should 9110 "15.4.1" "when the server has a preferred choice" "服务器有首选项时",
                    "The resource has several representations, and the client or the user may pick one."
                    "目标资源有多种表示形式，可由客户端或用户从中选择。";
                301 MOVED_PERMANENTLY "Moved Permanently" "永久移动",
                    spec 9110 "15.4.2", first 1945, former [] [],
                    cacheable yes,
                    header "Location" should 9110 "15.4.2",
                    "The resource has a new permanent URI, given in `Location`; references to it should be updated."
                    "资源已永久迁移到 `Location` 头给出的新 URI，对它的引用应随之更新。";
                302 FOUND "Found" "临时移动",
                    spec 9110 "15.4.3", first 1945, former ["Moved Temporarily"] [],
                    header "Location" should 9110 "15.4.3",
                    "The resource is for now at another URI, given in `Location`; the client keeps using the original URI."
                    "资源暂时位于 `Location` 头给出的另一个 URI，今后仍应使用原 URI。";
                303 SEE_OTHER "See Other" "查看其他位置",
                    spec 9110 "15.4.4", first 2068, former [] [],
                    header "Location" names 9110 "15.4.4",
                    "The answer is at another URI, given in `Location`, which the client should fetch with GET."
                    "结果位于 `Location` 头给出的另一个 URI，客户端应使用 GET 获取。";
                304 NOT_MODIFIED "Not Modified" "未修改",
                    spec 9110 "15.4.5", first 1945, former [] [],
                    no_content "15.4.5" ends,
                    header "Content-Location" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Date" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "ETag" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Vary" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Cache-Control" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    header "Expires" must 9110 "15.4.5" "if a 200 to the same request would carry it" "若对同一请求的 200 响应会携带",
                    // §15.4.5 does not name Content-Length; §8.6 does.
                    header "Content-Length" must_not 9110 "8.6" "unless its value is the length a 200 would have sent" "除非其值等于 200 响应会发送的内容长度",
                    by sender should_not send_metadata 9110 "15.4.5",
                    "A conditional GET or HEAD found the resource unchanged, so the client's cached copy is still good."
                    "条件 GET 或 HEAD 请求表明资源未变，客户端缓存的副本仍然可用。";
                305 USE_PROXY "Use Proxy" "使用代理",
                    spec 9110 "15.4.6", first 2068, former [] [],
                    deprecated "305 Use Proxy is deprecated by RFC 9110 §15.4.6: letting a response choose the client's proxy is a security risk",
                    "Deprecated: it once told the client to repeat the request through a proxy, which is unsafe, so it is no longer used."
                    "已弃用：它曾要求客户端通过指定代理重发请求，因存在安全隐患已不再使用。";
                307 TEMPORARY_REDIRECT "Temporary Redirect" "临时重定向",
                    spec 9110 "15.4.8", first 2616, former [] [],
                    header "Location" should 9110 "15.4.8",
                    // §15.4.8: a user agent "MUST NOT change the request method if it
                    // performs an automatic redirection"; it need not redirect at all.
                    "The resource is for now at another URI; a user agent that follows the redirect automatically must not change the request method."
                    "资源暂时位于另一个 URI；自动跟随重定向的用户代理不得改变请求方法。";
                308 PERMANENT_REDIRECT "Permanent Redirect" "永久重定向",
                    spec 9110 "15.4.9", first 7238, former [] [],
                    cacheable yes,
                    header "Location" should 9110 "15.4.9",
                    // §15.4.9 has no MUST NOT of its own: §15.4 says 307 and 308 were
                    // added "to unambiguously indicate method-preserving redirects".
                    "The resource has a new permanent URI; like 307, the redirect keeps the request method (RFC 9110, section 15.4)."
                    "资源已永久迁移到新 URI；与 307 一样，重定向保留原请求方法（RFC 9110 §15.4）。";
            }
            // 中文 names: MDN's zh-CN pages title every code in English
            // (mdn/translated-content, files/zh-cn/web/http/reference/status/NNN),
            // so where the 2017 table's name read wrongly, the row uses the term
            // in common use and keeps the old one as a former name (DESIGN.md,
            // "中文 names", says why for each).
            ClientError "4xx Client Error (客户端错误)" {
                400 BAD_REQUEST "Bad Request" "错误请求",
                    spec 9110 "15.5.1", first 1945, former [] [],
                    "The server will not process the request because of something it sees as a client error, such as malformed syntax."
                    "服务器认为请求存在客户端错误（如语法格式有误），因而不予处理。";
                401 UNAUTHORIZED "Unauthorized" "未授权",
                    spec 9110 "15.5.2", first 1945, former [] [],
                    header "WWW-Authenticate" must 9110 "15.5.2",
                    "The request lacks valid credentials for the resource; the `WWW-Authenticate` header says how to authenticate."
                    "请求缺少有效的身份凭证；响应中的 `WWW-Authenticate` 头说明了认证方式。";
                402 PAYMENT_REQUIRED "Payment Required" "需要付款",
                    spec 9110 "15.5.3", first 2068, former [] [],
                    "Reserved for future use: the specification gives it no meaning yet."
                    "保留供将来使用，规范尚未为其定义含义。";
                403 FORBIDDEN "Forbidden" "禁止访问",
                    spec 9110 "15.5.4", first 1945, former [] ["已禁止"],
                    "The server understood the request but refuses to fulfil it; the client may retry with other credentials, though the refusal need not concern them."
                    "服务器理解该请求但拒绝执行；客户端可以换用其他凭证重试，但拒绝的原因未必与凭证有关。";
                404 NOT_FOUND "Not Found" "未找到",
                    spec 9110 "15.5.5", first 1945, former [] [],
                    cacheable yes,
                    "The server has nothing at the target URI, or will not say whether it has."
                    "服务器在目标 URI 上没有找到资源，或不愿透露该资源是否存在。";
                405 METHOD_NOT_ALLOWED "Method Not Allowed" "方法不被允许",
                    spec 9110 "15.5.6", first 2068, former [] ["方法禁用"],
                    cacheable yes,
                    header "Allow" must 9110 "15.5.6",
                    "The resource does not support the request's method; the `Allow` header lists the methods it does support."
                    "目标资源不支持该请求方法；响应的 `Allow` 头列出了支持的方法。";
                406 NOT_ACCEPTABLE "Not Acceptable" "不可接受",
                    spec 9110 "15.5.7", first 2068, former [] ["不接受"],
                    "The resource has no representation that satisfies the request's content negotiation headers."
                    "目标资源没有符合请求中内容协商头（如 `Accept`）要求的表示形式。";
                407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" "需要代理身份验证",
                    spec 9110 "15.5.8", first 2068, former [] ["需要代理授权"],
                    header "Proxy-Authenticate" must 9110 "15.5.8",
                    "Like 401, but the client must first authenticate with the proxy."
                    "与 401 类似，但客户端须先通过代理服务器的认证。";
                408 REQUEST_TIMEOUT "Request Timeout" "请求超时",
                    spec 9110 "15.5.9", first 2068, former ["Request Time-out"] [],
                    "The server gave up waiting for the complete request."
                    "服务器等待完整请求的时间已超出限度，不再等待。";
                409 CONFLICT "Conflict" "冲突",
                    spec 9110 "15.5.10", first 2068, former [] [],
                    "The request conflicts with the current state of the resource, such as an edit based on an outdated version."
                    "请求与目标资源的当前状态冲突，例如基于旧版本所做的修改。";
                410 GONE "Gone" "已删除",
                    spec 9110 "15.5.11", first 2068, former [] [],
                    cacheable yes,
                    // §15.5.11: "this condition is likely to be permanent".
                    "The resource used to be here and is no longer; this is likely permanent, and there is no forwarding address."
                    "目标资源已不在此处，且很可能是永久性的；也没有新的地址。";
                411 LENGTH_REQUIRED "Length Required" "需要有效长度",
                    spec 9110 "15.5.12", first 2068, former [] [],
                    "The server refuses the request because it has no `Content-Length` header."
                    "请求没有 `Content-Length` 头，服务器拒绝处理。";
                412 PRECONDITION_FAILED "Precondition Failed" "未满足前提条件",
                    spec 9110 "15.5.13", first 2068, former [] [],
                    "At least one condition in the request's header fields evaluated to false."
                    "请求头字段中给出的前提条件至少有一个不成立。";
                413 CONTENT_TOO_LARGE "Content Too Large" "内容过大",
                    spec 9110 "15.5.14", first 2068, former ["Request Entity Too Large", "Payload Too Large"] ["请求实体过大"],
                    header "Retry-After" should 9110 "15.5.14" "when the condition is temporary" "若该情况只是暂时的",
                    "The request content is larger than the server is willing or able to process."
                    "请求内容超出了服务器愿意或能够处理的大小。";
                414 URI_TOO_LONG "URI Too Long" "URI 过长",
                    spec 9110 "15.5.15", first 2068, former ["Request-URI Too Long", "Request-URI Too Large"] ["请求的 URI 过长"],
                    cacheable yes,
                    "The target URI is longer than the server is willing to interpret."
                    "目标 URI 超出了服务器愿意解析的长度。";
                415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" "不支持的媒体类型",
                    spec 9110 "15.5.16", first 2068, former [] [],
                    "The request content has a media type or encoding that the resource does not support."
                    "请求内容的媒体类型或编码不被目标资源支持。";
                416 RANGE_NOT_SATISFIABLE "Range Not Satisfiable" "范围无法满足",
                    spec 9110 "15.5.17", first 2616, former ["Requested Range Not Satisfiable"] ["请求范围不符合要求"],
                    header "Content-Range" should 9110 "15.5.17" "for a byte-range request" "对字节范围请求",
                    "The request's `Range` header was refused: none of its ranges can be satisfied, or it asks for too many small or overlapping ones."
                    "请求的 `Range` 头被拒绝：其中没有可满足的范围，或请求了过多细碎、重叠的范围。";
                417 EXPECTATION_FAILED "Expectation Failed" "未满足期望值",
                    spec 9110 "15.5.18", first 2616, former [] [],
                    "The server cannot meet the expectation given in the request's `Expect` header."
                    "服务器无法满足请求 `Expect` 头中提出的期望。";
                421 MISDIRECTED_REQUEST "Misdirected Request" "错误定向的请求",
                    spec 9110 "15.5.20", first 7540, former [] [],
                    by proxy must_not generate 9110 "15.5.20",
                    "The request reached a server that cannot answer for this combination of scheme and authority."
                    "请求被发送到了无法为该协议方案与主机组合作出响应的服务器。";
                422 UNPROCESSABLE_CONTENT "Unprocessable Content" "无法处理的内容",
                    spec 9110 "15.5.21", first 2518, former ["Unprocessable Entity"] [],
                    "The content is well-formed and of a supported type, but the server cannot act on the instructions in it."
                    "请求内容格式正确、类型也受支持，但服务器无法执行其中的指令。";
                423 LOCKED "Locked" "已锁定",
                    spec 4918 "11.3", first 2518, former [] [],
                    "The WebDAV resource being accessed is locked."
                    "所访问的 WebDAV 资源已被锁定。";
                424 FAILED_DEPENDENCY "Failed Dependency" "依赖失败",
                    spec 4918 "11.4", first 2518, former [] [],
                    "The WebDAV method could not run because an action it depended on failed."
                    "该 WebDAV 方法所依赖的另一项操作失败，因此无法执行。";
                425 TOO_EARLY "Too Early" "太早",
                    spec 8470 "5.2", first 8470, former [] [],
                    by server should_not send 8470 "5.2" "unless the request came in early data or with `Early-Data: 1`" "除非请求经由早期数据发送，或带有 `Early-Data: 1`",
                    "The server will not risk processing a request that might be replayed, such as one sent in TLS early data."
                    "服务器不愿冒险处理可能被重放的请求，例如通过 TLS 早期数据发送的请求。";
                426 UPGRADE_REQUIRED "Upgrade Required" "需要升级",
                    spec 9110 "15.5.22", first 2817, former [] [],
                    header "Upgrade" must 9110 "15.5.22",
                    "The server refuses the request over the current protocol; its `Upgrade` header names the protocol to switch to."
                    "服务器拒绝以当前协议处理请求；响应的 `Upgrade` 头指明须切换到的协议。";
                428 PRECONDITION_REQUIRED "Precondition Required" "需要前提条件",
                    spec 6585 "3", first 6585, former [] [],
                    by cache must_not store 6585 "3",
                    "The server requires the request to be conditional, so that concurrent updates are not lost."
                    "服务器要求请求带有前提条件，以免并发修改导致更新丢失。";
                429 TOO_MANY_REQUESTS "Too Many Requests" "请求过多",
                    spec 6585 "4", first 6585, former [] [],
                    header "Retry-After" may 6585 "4",
                    by cache must_not store 6585 "4",
                    "The client sent too many requests in a given time; `Retry-After` may say when to try again."
                    "客户端在给定时间内发送的请求过多；`Retry-After` 头可指明何时重试。";
                431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" "请求头字段过大",
                    spec 6585 "5", first 6585, former [] [],
                    by cache must_not store 6585 "5",
                    "The server will not process the request because one header field, or all of them together, are too large."
                    "单个或全部请求头字段过大，服务器不愿处理该请求。";
                451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" "因法律原因不可用",
                    spec 7725 "3", first 7725, former [] [],
                    cacheable yes 7725 "3",
                    header "Link" should 7725 "4" "identifying who blocks access" "指明阻止访问的一方",
                    header "Link" must 7725 "4" "with rel=\"blocked-by\", when sent for that purpose" "用于此目的时，须带 rel=\"blocked-by\"",
                    also "Microsoft Exchange ActiveSync" "Redirect" "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d"
                        "the device reached a server that cannot access the user's mailbox, or a better one exists; the `X-MS-Location` header, when present, names the server to use from then on ([MS-ASHTTP] §2.2.2.1.1, §3.1.5.2.2)"
                        "设备连接的服务器无法访问用户邮箱，或有更合适的服务器；若响应带有 `X-MS-Location` 头，之后的请求应改用其中的地址（[MS-ASHTTP] §2.2.2.1.1、§3.1.5.2.2）",
                    "The server denies access to the resource because of a legal demand."
                    "由于法律要求，服务器拒绝提供该资源。";
            }
            ServerError "5xx Server Error (服务器错误)" {
                500 INTERNAL_SERVER_ERROR "Internal Server Error" "服务器内部错误",
                    spec 9110 "15.6.1", first 1945, former [] [],
                    "The server met an unexpected condition that kept it from fulfilling the request."
                    "服务器遇到意外情况，无法完成请求。";
                501 NOT_IMPLEMENTED "Not Implemented" "未实现",
                    spec 9110 "15.6.2", first 1945, former [] ["尚未实施"],
                    cacheable yes,
                    "The server lacks the functionality the request needs, for example it does not recognise the method."
                    "服务器不具备完成请求所需的功能，例如无法识别请求方法。";
                502 BAD_GATEWAY "Bad Gateway" "网关错误",
                    spec 9110 "15.6.3", first 1945, former [] ["错误网关"],
                    "The server, acting as a gateway or proxy, got an invalid response from the server upstream."
                    "作为网关或代理的服务器从上游服务器收到了无效响应。";
                503 SERVICE_UNAVAILABLE "Service Unavailable" "服务不可用",
                    spec 9110 "15.6.4", first 1945, former [] [],
                    header "Retry-After" may 9110 "15.6.4",
                    "The server cannot handle the request for now, because of overload or maintenance; `Retry-After` may say for how long."
                    "服务器因过载或维护暂时无法处理请求；`Retry-After` 头可指明需要等待多久。";
                504 GATEWAY_TIMEOUT "Gateway Timeout" "网关超时",
                    spec 9110 "15.6.5", first 2068, former ["Gateway Time-out"] [],
                    "The server, acting as a gateway or proxy, did not get a response in time from the server upstream."
                    "作为网关或代理的服务器未能及时从上游服务器获得响应。";
                505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" "HTTP 版本不受支持",
                    spec 9110 "15.6.6", first 2068, former [] [],
                    "The server does not support, or refuses to support, the major HTTP version of the request."
                    "服务器不支持（或拒绝支持）请求所用的 HTTP 主版本。";
                506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" "变体也在协商",
                    spec 2295 "8.1", first 2295, former [] [],
                    "The server's transparent content negotiation is misconfigured: the chosen variant negotiates again, making a loop."
                    "服务器的透明内容协商配置有误：选中的变体自身又要协商，形成循环。";
                507 INSUFFICIENT_STORAGE "Insufficient Storage" "存储空间不足",
                    spec 4918 "11.5", first 2518, former [] [],
                    "The WebDAV server cannot store the representation it needs to complete the request."
                    "WebDAV 服务器无法存储完成请求所需的内容。";
                508 LOOP_DETECTED "Loop Detected" "检测到循环",
                    spec 5842 "7.2", first 5842, former [] [],
                    "The WebDAV server stopped the operation because it met an infinite loop."
                    "WebDAV 服务器在处理请求时遇到无限循环，因而终止了操作。";
                510 NOT_EXTENDED "Not Extended" "未扩展",
                    spec 2774 "7", first 2774, former [] [],
                    deprecated "510 Not Extended is obsoleted in the IANA registry: the HTTP Extension Framework (RFC 2774) it belongs to is Historic",
                    "Obsolete: the request did not meet the policy of the HTTP Extension Framework."
                    "已废弃：请求不符合 HTTP 扩展框架的访问策略。";
                511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" "需要网络认证",
                    spec 6585 "6", first 6585, former [] [],
                    by cache must_not store 6585 "6",
                    by origin should_not generate 6585 "6",
                    "The client must authenticate to gain network access, as on a captive portal."
                    "客户端须先完成认证才能访问网络，常见于强制门户。";
            }
        }
    };
}

__catalog_rows!(entries);

/// `INDEX` covers the codes from the first registered one to the last.
pub const FIRST: u16 = CODES[0];
/// How many numbers lie from the first registered code to the last.
pub const SPAN: usize = (CODES[COUNT - 1] - FIRST) as usize + 1;

/// `INDEX[code - FIRST]` is the code's row in `ENTRIES` plus one, or 0 when
/// the code is not registered: O(1) lookups, built at compile time.
static INDEX: [u8; SPAN] = {
    let mut index = [0u8; SPAN];
    let mut row = 0;
    while row < COUNT {
        index[(ENTRIES[row].code - FIRST) as usize] = row as u8 + 1;
        row += 1;
    }
    index
};

/// The row of `code` in `ENTRIES`, if it is registered.
#[inline]
pub const fn row_of(code: u16) -> Option<usize> {
    let offset = code.wrapping_sub(FIRST) as usize;
    if offset < SPAN && INDEX[offset] != 0 {
        Some(INDEX[offset] as usize - 1)
    } else {
        None
    }
}

/// `code`, checked to be registered: a table that names an unregistered
/// code (a constant, an unofficial code's `instead`) fails the build.
pub const fn registered(code: u16) -> u16 {
    match row_of(code) {
        Some(_) => code,
        None => panic!("a table names a code that is not registered"),
    }
}

/// The entry of `code`, if it is registered.
#[inline]
pub const fn entry_of(code: u16) -> Option<&'static Entry> {
    match row_of(code) {
        Some(row) => Some(&ENTRIES[row]),
        None => None,
    }
}

/// The entry whose reason phrase, current or former, is `phrase`, ignoring
/// ASCII case and surrounding white space.
pub fn entry_of_reason(phrase: &str) -> Option<&'static Entry> {
    let phrase = phrase.trim();
    ENTRIES.iter().find(|entry| {
        entry.iana_reason().eq_ignore_ascii_case(phrase)
            || entry
                .iana_former()
                .iter()
                .any(|f| f.eq_ignore_ascii_case(phrase))
    })
}

/// The entry whose phrase, current or former, is closest to `phrase`, when
/// it is close enough to be a likely typo (`"Not Fond"` gives 404).
pub fn closest_reason(phrase: &str) -> Option<&'static Entry> {
    let phrase = phrase.trim();
    // A third of the phrase may be wrong, and never more than four edits.
    let allowed = (phrase.len() / 3).clamp(1, 4);
    ENTRIES
        .iter()
        .flat_map(|entry| {
            core::iter::once(entry.iana_reason())
                .chain(entry.iana_former().iter().copied())
                .filter_map(move |known| Some((edit_distance(phrase, known)?, entry)))
        })
        .filter(|&(distance, _)| distance <= allowed)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, entry)| entry)
}

/// The edit distance between two ASCII-case-folded strings, or `None` when
/// either is too long to be a reason phrase.
fn edit_distance(a: &str, b: &str) -> Option<usize> {
    const MAX: usize = 64;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > MAX || b.len() > MAX {
        return None;
    }
    let mut row = [0usize; MAX + 1];
    for (j, cell) in row.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(!ca.eq_ignore_ascii_case(&cb));
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    Some(row[b.len()])
}

/// A registered code as `404 Not Found`, for messages.
pub(crate) struct Named(pub(crate) u16);

impl core::fmt::Display for Named {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match entry_of(self.0) {
            Some(entry) => f.write_str(entry.display),
            None => write!(f, "{}", self.0),
        }
    }
}

/// The number that exactly three ASCII digits spell (`"404"`), registered
/// or not; `None` for anything else. `StatusCode`'s `FromStr` and the
/// macros' fast path read codes with it.
pub const fn three_digits(text: &str) -> Option<u16> {
    let &[a, b, c] = text.as_bytes() else {
        return None;
    };
    if !(a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit()) {
        return None;
    }
    Some((a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16)
}
