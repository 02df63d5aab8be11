import Foundation
@testable import TrytonConnector

/// What an ERP user does in Tryton, for the tests: read the sales quotedoc placed, confirm,
/// cancel or finish one, change its lines, remove a product. Over the same JSON-RPC as the
/// connector, as Tryton's own admin.
struct TrytonAdmin {
    let session: TrytonSession
    static let context = JSONValue.object(["company": .integer(1)])

    init(_ server: TrytonServer) {
        session = TrytonSession(
            server: URL(string: server.url)!, database: TrytonServer.database, user: TrytonServer.user, password: TrytonServer.password,
            timeout: .seconds(30), transport: AsyncHTTPTransport())
    }

    @discardableResult
    func call(_ method: String, _ params: [JSONValue]) async throws -> JSONValue {
        try await session.call(method, params + [Self.context])
    }

    /// The sales of the party with `code` whose reference (the PO number) is `reference`.
    func sales(party code: String, reference: String) async throws -> [JSONValue] {
        try await call("model.sale.sale.search_read", [
            .array([.array([.string("party.code"), .string("="), .string(code)]), .array([.string("reference"), .string("="), .string(reference)])]),
            .integer(0), .null, .null,
            .array(["number", "state", "reference", "description", "comment", "party.code", "currency.code"].map { .string($0) }),
        ]).array ?? []
    }

    /// The lines of sale `id`: product code, quantity, unit price, in order.
    func lines(ofSale id: Int64) async throws -> [(code: String, quantity: String, unitPrice: String)] {
        let lines = try await call("model.sale.line.search_read", [
            .array([.array([.string("sale"), .string("="), .integer(id)])]), .integer(0), .null,
            .array([.array([.string("sequence"), .string("ASC")]), .array([.string("id"), .string("ASC")])]),
            .array(["product.code", "quantity", "unit_price"].map { .string($0) }),
        ]).array ?? []
        return lines.map { line in
            (line["product."]?["code"]?.string ?? "", line["quantity"]?.exactDecimal?.description ?? "", line["unit_price"]?.exactDecimal?.description ?? "")
        }
    }

    /// Runs a button of sale `id` (`confirm`, `cancel`, `draft`, `quote`).
    func sale(_ id: Int64, _ button: String) async throws {
        try await call("model.sale.sale.\(button)", [.array([.integer(id)])])
    }

    /// Sets the state of sale `id` directly, as the tests' shortcut to `done` (which in Tryton
    /// needs a paid invoice and a delivered shipment).
    func setState(ofSale id: Int64, _ state: String) async throws {
        try await call("model.sale.sale.write", [.array([.integer(id)]), .object(["state": .string(state)])])
    }

    /// Changes the quantity of the first line of sale `id`, as a salesperson in Tryton would:
    /// back to draft, change, quote again.
    func changeFirstLine(ofSale id: Int64, quantity: Int64) async throws {
        try await sale(id, "draft")
        let lines = try await call("model.sale.line.search", [
            .array([.array([.string("sale"), .string("="), .integer(id)])]), .integer(0), .integer(1),
            .array([.array([.string("sequence"), .string("ASC")]), .array([.string("id"), .string("ASC")])]),
        ])
        try await call("model.sale.line.write", [.array([lines.array![0]]), .object(["quantity": .integer(quantity)])])
        try await sale(id, "quote")
    }

    /// Deletes the product with `code` (one no sale line uses).
    func deleteProduct(code: String) async throws {
        let ids = try await call("model.product.product.search", [.array([.array([.string("code"), .string("="), .string(code)])]), .integer(0), .null, .null])
        try await call("model.product.product.delete", [ids])
    }
}
