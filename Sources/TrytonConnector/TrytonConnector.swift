import Foundation
import QuoteConnectors
import QuoteModel

/// The connector to a Tryton ERP (https://www.tryton.org) over its JSON-RPC: products and prices
/// from Tryton's product catalogue, orders placed as Tryton sales in quotation state, the
/// sale's state read back. Customers are Tryton parties, found by their sync link, else by code, then by name; sync
/// reads and writes a party's name, first address, first phone, fax and e-mail, EU VAT number
/// and language.
public struct TrytonConnector: QuoteConnector {
    public static let descriptor = ConnectorDescriptor(
        name: "tryton", displayName: "Tryton",
        summary: "a Tryton ERP over JSON-RPC: its products and prices, orders placed as Tryton sales",
        capabilities: [.provideCost, .computePrice, .searchProducts, .placeOrder, .provideOrderState, .syncParties],
        fields: [
            ConfigurationField("url", "Server address", .text, required: true, help: "e.g. http://127.0.0.1:8000"),
            ConfigurationField("database", "Database name", .text, required: true),
            ConfigurationField("user", "User name", .text, required: true),
            ConfigurationField("password", "Password", .secret, required: true),
            ConfigurationField("timeout", "Seconds the ERP has to answer one request", .decimal, default: "10"),
        ],
        partyFields: PartyFields.all)

    let session: TrytonSession

    public init(settings: ConnectionSettings, context: ConnectorContext) throws {
        try self.init(settings: settings, context: context, transport: AsyncHTTPTransport())
    }

    /// A connector that speaks HTTP through `transport` (tests give one of their own).
    public init(settings: ConnectionSettings, context: ConnectorContext, transport: any HTTPTransport) throws {
        let address = settings.text("url") ?? ""
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw QuoteError(.invalid, "'url' is an http:// or https:// address: '\(address)' is not", value: address)
        }
        let seconds = settings.decimal("timeout") ?? 10
        guard seconds > .zero, let milliseconds = try? seconds * 1000, let timeout = Int64(milliseconds.rounded(toAtMost: 0).description) else {
            throw QuoteError(.invalid, "'timeout' is a number of seconds above zero: '\(seconds)' is not", value: seconds.description)
        }
        session = TrytonSession(
            server: url, database: settings.text("database") ?? "", user: settings.text("user") ?? "",
            password: try settings.secret("password", environment: context.environment),
            timeout: .milliseconds(timeout), transport: transport)
    }

    /// A connector on an open `session` (the tests' admin uses it to read and write parties).
    init(session: TrytonSession) {
        self.session = session
    }

    public func test() async throws -> String {
        let context = try await session.context()
        guard let company = context["company"]?.integer else {
            throw QuoteError(.erpRefused, "Tryton user '\(session.user)' at \(session.server) has no company to sell from")
        }
        let names = try await session.call("model.company.company.read", [.array([.integer(company)]), .array([.string("rec_name")]), context])
        let name = names.array?.first?["rec_name"]?.string ?? "company \(company)"
        return "logged in to Tryton at \(session.server) as '\(session.user)', selling as \(name)"
    }
}
