import QuoteConnectors
import QuoteModel

extension TrytonConnector {
    /// Places `order` as a Tryton sale in quotation state: the customer's party, one line per
    /// quote line, the PO number as its reference, the quote in its description and the order's
    /// idempotency key as its comment. A sale with that comment (not cancelled) is the order of
    /// an earlier attempt: it is taken, moved on to quotation when a crash left it a draft, and
    /// never made twice. A sale found with other lines is refused rather than taken.
    public func placeOrder(_ order: ERPOrder) async throws -> ERPOrderReceipt {
        let context = try await session.context()
        if let existing = try await sale(withKey: order.idempotencyKey) {
            let lines = try await saleLines(existing)
            guard Self.sameLines(lines, order.lines) else {
                throw QuoteError(.erpRefused, """
                    Tryton at \(session.server) has sale \(try await header(of: existing).number) for quote \(order.quoteNumber) version \(order.versionNumber) already, \
                    with other lines (placed before with another alternative?): cancel it in Tryton, then place the order again
                    """, value: String(existing))
            }
            return try await quoted(existing, wasAlreadyPlaced: true)
        }
        let lines = try await saleLines(for: order)
        let party = try await party(order.customer)
        guard let address = party.addressId else {
            throw QuoteError(.erpRefused, "Tryton's party for \(order.customer.label) has no address: a Tryton sale needs one to be quoted", value: order.customer.code)
        }
        var values: [String: JSONValue] = [
            "party": .integer(party.id), "invoice_address": .integer(address), "shipment_address": .integer(address),
            "currency": .integer(try await currency(order.currency)), "reference": .string(order.poNumber),
            "description": .string("quotedoc quote \(order.quoteNumber) version \(order.versionNumber)" + (order.comment.isEmpty ? "" : ": \(order.comment)")),
            "comment": .string(order.idempotencyKey), "sale_date": .date(order.date),
            "lines": .array([.array([.string("create"), .array(lines)])]),
        ]
        if let company = context["company"] { values["company"] = company }
        let created = try await session.call("model.sale.sale.create", [.array([.object(values)]), context])
        guard let id = created.array?.first?.integer else {
            throw QuoteError(.erpUnavailable, "Tryton at \(session.server) made no sale for quote \(order.quoteNumber)", value: session.server)
        }
        return try await quoted(id, wasAlreadyPlaced: false)
    }

    public func orderStatus(key: String) async throws -> ERPOrderStatus {
        guard let id = Int64(key) else { throw QuoteError(.invalid, "'\(key)' is not a Tryton sale key", value: key) }
        let context = try await session.context()
        // Searched rather than read: a sale deleted in Tryton is then no answer, not an error.
        let found = try await session.call("model.sale.sale.search_read", [
            .array([.array([.string("id"), .string("="), .integer(id)])]), .integer(0), .integer(1), .null,
            .array([.string("number"), .string("state")]), context,
        ])
        guard let sale = found.array?.first else {
            throw QuoteError(.erpRefused, "Tryton at \(session.server) has no sale with key \(key) any more: it was deleted in the ERP", value: key)
        }
        let state = try known(sale["state"]?.string ?? "", sale: id)
        return ERPOrderStatus(key: key, number: sale["number"]?.string ?? "", state: state, lines: try await saleLines(id))
    }

    /// The sale carrying `key` as its comment, not cancelled; nil when there is none.
    private func sale(withKey key: String) async throws -> Int64? {
        let found = try await session.call("model.sale.sale.search", [
            .array([.array([.string("comment"), .string("="), .string(key)]), .array([.string("state"), .string("!="), .string("cancelled")])]),
            .integer(0), .integer(1), .null, try await session.context(),
        ])
        return found.array?.first?.integer
    }

    /// Moves sale `id` on to quotation when it is still a draft, and reads back its number and state.
    private func quoted(_ id: Int64, wasAlreadyPlaced: Bool) async throws -> ERPOrderReceipt {
        var sale = try await header(of: id)
        if sale.state == .draft {
            _ = try await session.call("model.sale.sale.quote", [.array([.integer(id)]), try await session.context()])
            sale = try await header(of: id)
        }
        return ERPOrderReceipt(key: String(id), number: sale.number, state: sale.state, wasAlreadyPlaced: wasAlreadyPlaced)
    }

    /// The number and state of sale `id`.
    private func header(of id: Int64) async throws -> (number: String, state: ERPOrderState) {
        let read = try await session.call("model.sale.sale.read", [.array([.integer(id)]), .array([.string("number"), .string("state")]), try await session.context()])
        let record = read.array?.first
        return (record?["number"]?.string ?? "", try known(record?["state"]?.string ?? "", sale: id))
    }

    /// `state` as quotedoc knows it; a state it does not know is an error naming it.
    private func known(_ state: String, sale id: Int64) throws -> ERPOrderState {
        guard let known = ERPOrderState(rawValue: state) else {
            throw QuoteError(.erpUnavailable, "Tryton at \(session.server) gave sale \(id) the state '\(state)', which quotedoc does not know", value: state)
        }
        return known
    }

    /// The sale lines to create for `order`: each needs a Tryton product (a Tryton sale line of
    /// type `line` has one), sold in the product's sale unit.
    private func saleLines(for order: ERPOrder) async throws -> [JSONValue] {
        let keys = try order.lines.enumerated().map { index, line in
            guard let id = Int64(line.productKey) else {
                throw QuoteError(.erpRefused, """
                    line \(index + 1) ('\(line.description)') of quote \(order.quoteNumber) has no Tryton product: a Tryton sale takes product \
                    lines only; replace it by a product of the ERP or remove it
                    """, value: line.description, quote: order.quoteNumber)
            }
            return id
        }
        let read = try await session.call("model.product.product.search_read", [
            .array([.array([.string("id"), .string("in"), .array(Set(keys).sorted().map { .integer($0) })])]), .integer(0), .null, .null,
            .array([.string("code"), .string("sale_uom"), .string("default_uom"), .string("active")]), try await session.context().merging(["active_test": .bool(false)]),
        ])
        var units: [Int64: JSONValue] = [:]
        for product in read.array ?? [] {
            if let id = product["id"]?.integer { units[id] = product["sale_uom"].flatMap { $0.isEmpty ? nil : $0 } ?? product["default_uom"] ?? .null }
        }
        return try zip(order.lines, keys).map { line, id in
            guard let unit = units[id], !unit.isEmpty else {
                throw QuoteError(.erpRefused, "Tryton at \(session.server) no longer has product \(line.code) (key \(id)): it was deleted in the ERP", value: line.code, quote: order.quoteNumber)
            }
            return .object([
                "type": .string("line"), "product": .integer(id), "quantity": .number(line.quantity.description), "unit": unit,
                "unit_price": .decimal(line.unitPrice), "description": .string(line.description),
            ])
        }
    }

    /// The product lines of sale `id`, in order.
    private func saleLines(_ id: Int64) async throws -> [ERPOrderLine] {
        let found = try await session.call("model.sale.line.search_read", [
            .array([.array([.string("sale"), .string("="), .integer(id)]), .array([.string("type"), .string("="), .string("line")])]),
            .integer(0), .null, .array([.array([.string("sequence"), .string("ASC")]), .array([.string("id"), .string("ASC")])]),
            .array([.string("product"), .string("product.code"), .string("description"), .string("quantity"), .string("unit_price")]),
            try await session.context(),
        ])
        return (found.array ?? []).map { line in
            ERPOrderLine(
                productKey: line["product"]?.integer.map(String.init) ?? "", code: line["product."]?["code"]?.string ?? "",
                description: line["description"]?.string ?? "", quantity: line["quantity"]?.exactDecimal ?? .zero,
                unitPrice: line["unit_price"]?.exactDecimal ?? .zero)
        }
    }

    /// True when the ERP's lines are the order's: same products, quantities and prices, in order.
    static func sameLines(_ erp: [ERPOrderLine], _ ordered: [ERPOrderLine]) -> Bool {
        erp.count == ordered.count && zip(erp, ordered).allSatisfy { now, then in
            now.productKey == then.productKey && now.quantity == then.quantity && now.unitPrice == then.unitPrice
        }
    }
}
