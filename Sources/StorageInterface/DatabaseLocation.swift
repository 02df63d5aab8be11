import Foundation
import QuoteModel

/// Where the quotes are kept, as `--database` or `$QUOTEDOC_DATABASE` names it: a file path
/// selects the embedded SQLite store, a `postgres://` (or `postgresql://`) URL a PostgreSQL
/// server. A password is never part of what is shown: ``description`` masks it.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// `text` read as a location; an ill-formed URL is an error naming what is wrong (never the
    /// password). `environment` and `passwordFile` supply a password the URL leaves out
    /// (`PGPASSWORD`, then `~/.pgpass`).
    public init(_ text: String, environment: [String: String] = [:], passwordFile: String? = nil) throws(QuoteError) {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") else {
            self = .sqlite(path: text)
            return
        }
        self = .postgres(try PostgresLocation(url: text, environment: environment, passwordFile: passwordFile))
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }
}

/// A PostgreSQL server and database, with how to authenticate and whether TLS is used.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// libpq's `sslmode` values quotedoc supports.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable
        case require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    /// The password, from the URL, `PGPASSWORD` or `~/.pgpass`; nil when none was found (the
    /// server may still let the user in, by trust).
    public var password: String?

    /// Reads `postgres://user[:password]@host[:port]/database[?sslmode=…]`.
    public init(url text: String, environment: [String: String] = [:], passwordFile: String? = nil) throws(QuoteError) {
        let shown = Self.masked(text)
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw QuoteError(.invalid, "'\(shown)' is not a PostgreSQL URL: write postgres://USER@HOST:PORT/DATABASE", value: shown)
        }
        guard let user = components.user, !user.isEmpty else {
            throw QuoteError(.invalid, "'\(shown)' names no user: write postgres://USER@HOST:PORT/DATABASE", value: shown)
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw QuoteError(.invalid, "'\(shown)' names no database: write postgres://USER@HOST:PORT/DATABASE", value: shown)
        }
        var tls = TLSMode.disable
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw QuoteError(.invalid, "sslmode is disable, require or verify-full, not '\(item.value ?? "")'", value: item.value)
                }
                tls = mode
            default:
                throw QuoteError(.invalid, "'\(item.name)' is not a setting quotedoc reads in a PostgreSQL URL (only sslmode)", value: item.name)
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.database = database.removingPercentEncoding ?? database
        self.tls = tls
        if let password = components.password {
            self.password = password.removingPercentEncoding ?? password
        } else if let password = environment["PGPASSWORD"], !password.isEmpty {
            self.password = password
        } else {
            self.password = passwordFile.flatMap { Self.passwordFromFile($0, host: host, port: components.port ?? 5432, database: database, user: user) }
        }
    }

    /// The URL without the password, to pass on (the password then comes from `PGPASSWORD` or
    /// `~/.pgpass`): `postgres://quotedoc@127.0.0.1:5432/quotedoc`.
    public var urlWithoutPassword: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (tls == .disable ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// The location as it may be shown: `postgres://quotedoc:••••@127.0.0.1:5432/quotedoc`.
    public var description: String {
        "postgres://\(user)\(password == nil ? "" : ":••••")@\(host):\(port)/\(database)" + (tls == .disable ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// `text` with the password of a URL replaced by `••••`, for messages about a URL that
    /// could not even be read.
    public static func masked(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@") else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":••••" + String(text[at...])
    }

    /// The password `~/.pgpass` gives for this server, database and user: the first line
    /// `host:port:database:user:password` that matches, `*` matching anything.
    static func passwordFromFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.pgpassFields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A `.pgpass` line split at its unescaped colons (`\:` and `\\` are a colon and a backslash).
    static func pgpassFields(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
