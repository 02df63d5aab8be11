import QuoteConnectors
import QuoteModel

extension TrytonConnector {
    /// The fields of `product.product` a quote line copies (`default_uom.rec_name` comes back
    /// under the key `default_uom.`).
    static let productFields: [JSONValue] = ["code", "name", "description", "list_price_used", "cost_price", "default_uom.rec_name", "categories.rec_name", "active", "salable"].map { .string($0) }

    public func searchProducts(matching text: String, limit: Int) async throws -> [ConnectorProduct] {
        let context = try await session.context()
        let pattern = JSONValue.string("%" + Self.escapedLike(text) + "%")
        let domain: JSONValue = .array([.array([.string("OR"), .array([.string("code"), .string("ilike"), pattern]), .array([.string("name"), .string("ilike"), pattern])])])
        let found = try await session.call("model.product.product.search_read", [
            domain, .integer(0), .integer(Int64(max(limit, 1))), .array([.array([.string("code"), .string("ASC")])]), .array(Self.productFields), context,
        ])
        return try (found.array ?? []).map(Self.product)
    }

    public func product(code: String) async throws -> ConnectorProduct {
        var context = try await session.context()
        context = context.merging(["active_test": .bool(false)])
        let found = try await session.call("model.product.product.search_read", [
            .array([.array([.string("code"), .string("="), .string(code)])]), .integer(0), .integer(2), .null, .array(Self.productFields), context,
        ])
        guard let first = found.array?.first else {
            throw QuoteError(.notFound, "Tryton at \(session.server) has no product with the code '\(code)'", value: code)
        }
        return try Self.product(first)
    }

    /// The price of one unit for the customer, quantity and currency of each request: Tryton's
    /// `sale_price_uom`, read with them in the context (its price lists apply when installed).
    /// Requests that differ only in their product are read in one call.
    public func prices(_ requests: [PriceRequest]) async throws -> [ExactDecimal] {
        let base = try await session.context()
        var prices = [ExactDecimal?](repeating: nil, count: requests.count)
        var parties: [ConnectorCustomer: Int64] = [:]
        var currencies: [String: Int64] = [:]
        // The requests by everything but their product: one context, one call.
        var groups: [PriceRequest: [Int]] = [:]
        for (index, request) in requests.enumerated() {
            var context = request
            context.productKey = ""
            groups[context, default: []].append(index)
        }
        for (request, indices) in groups {
            if parties[request.customer] == nil { parties[request.customer] = try await party(request.customer).id }
            if currencies[request.currency.code] == nil { currencies[request.currency.code] = try await currency(request.currency) }
            let ids = try indices.map { index in
                guard let id = Int64(requests[index].productKey) else {
                    throw QuoteError(.invalid, "'\(requests[index].productKey)' is not a Tryton product key", value: requests[index].productKey)
                }
                return id
            }
            let context = base.merging([
                "customer": .integer(parties[request.customer]!), "currency": .integer(currencies[request.currency.code]!),
                "quantity": .number(request.quantity.description), "sale_date": .date(request.date), "active_test": .bool(false),
            ])
            let found = try await session.call("model.product.product.search_read", [
                .array([.array([.string("id"), .string("in"), .array(Set(ids).sorted().map { .integer($0) })])]), .integer(0), .null, .null,
                .array([.string("code"), .string("sale_price_uom")]), context,
            ])
            let products = Dictionary((found.array ?? []).compactMap { product in product["id"]?.integer.map { ($0, product) } }, uniquingKeysWith: { first, _ in first })
            for (index, id) in zip(indices, ids) {
                guard let product = products[id] else {
                    throw QuoteError(.notFound, "Tryton at \(session.server) no longer has the product with key \(id): it was deleted in the ERP", value: requests[index].productKey)
                }
                guard let price = product["sale_price_uom"]?.exactDecimal else {
                    throw QuoteError(.erpRefused, "Tryton at \(session.server) has no sale price for product \(product["code"]?.string ?? requests[index].productKey) in \(request.currency.code)", value: requests[index].productKey)
                }
                prices[index] = price
            }
        }
        return prices.map { $0! }
    }

    /// The Tryton party of `customer`: its linked party when sync linked it, else by its code,
    /// else by its exact name.
    func party(_ customer: ConnectorCustomer) async throws -> (id: Int64, addressId: Int64?) {
        let context = try await session.context()
        if let key = customer.partyKey {
            let found = try await session.call("model.party.party.search_read", [
                .array([.array([.string("id"), .string("="), .integer(Int64(key) ?? -1)])]), .integer(0), .integer(1), .null,
                .array([.string("addresses")]), context,
            ])
            guard let party = found.array?.first, let id = party["id"]?.integer else {
                throw QuoteError(.erpRefused, "Tryton at \(session.server) no longer has party \(key), which \(customer.label) is linked to: it was deleted or archived in the ERP; unlink the company and push it again", value: customer.code)
            }
            return (id, party["addresses"]?.array?.first?.integer)
        }
        for (field, value) in [("code", customer.code), ("name", customer.name)] where !value.isEmpty {
            let found = try await session.call("model.party.party.search_read", [
                .array([.array([.string(field), .string("="), .string(value)])]), .integer(0), .integer(2), .null,
                .array([.string("addresses")]), context,
            ])
            guard let parties = found.array, !parties.isEmpty else { continue }
            guard parties.count == 1, let id = parties[0]["id"]?.integer else {
                throw QuoteError(.erpRefused, "Tryton at \(session.server) has several parties with the \(field) '\(value)'", value: value)
            }
            return (id, parties[0]["addresses"]?.array?.first?.integer)
        }
        throw QuoteError(.erpRefused, "Tryton at \(session.server) has no customer \(customer.label): add the party in Tryton (by code or name) first", value: customer.code.isEmpty ? customer.name : customer.code)
    }

    /// The id of Tryton's currency with `currency`'s ISO code.
    func currency(_ currency: Currency) async throws -> Int64 {
        let found = try await session.call("model.currency.currency.search", [
            .array([.array([.string("code"), .string("="), .string(currency.code)])]), .integer(0), .integer(1), .null, try await session.context(),
        ])
        guard let id = found.array?.first?.integer else {
            throw QuoteError(.erpRefused, "Tryton at \(session.server) has no currency \(currency.code)", value: currency.code)
        }
        return id
    }

    static func product(_ record: JSONValue) throws -> ConnectorProduct {
        guard let id = record["id"]?.integer else { throw QuoteError(.erpUnavailable, "Tryton sent a product without an id") }
        let categories = record["categories."]?.array?.compactMap { $0["rec_name"]?.string } ?? []
        return ConnectorProduct(
            key: String(id), code: record["code"]?.string ?? "", name: record["name"]?.string ?? "",
            description: record["description"]?.string ?? "", unit: record["default_uom."]?["rec_name"]?.string ?? "",
            category: categories.joined(separator: ", "), unitListPrice: record["list_price_used"]?.exactDecimal ?? .zero,
            unitCost: record["cost_price"]?.exactDecimal, isActive: record["active"]?.flag ?? true)
    }

    /// `text` with the LIKE wildcards `%` and `_` (and the escape `\`) matched literally.
    static func escapedLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension JSONValue {
    /// A boolean as Tryton sends it: `true`/`false`, or `1`/`0` for a column stored in SQLite.
    var flag: Bool? {
        switch self {
        case .bool(let value): value
        case .integer(let value): value != 0
        default: nil
        }
    }

    /// An object with `members` added (or replaced).
    func merging(_ members: [String: JSONValue]) -> JSONValue {
        guard case .object(var object) = self else { return .object(members) }
        object.merge(members) { _, new in new }
        return .object(object)
    }
}
