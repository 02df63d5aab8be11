import Foundation
import QuoteModel
@testable import TrytonConnector

/// What an ERP user does with parties in Tryton, for the sync tests.
extension TrytonAdmin {
    /// The active and archived parties with `code`.
    func parties(code: String) async throws -> [JSONValue] {
        try await session.call("model.party.party.search_read", [
            .array([.array([.string("code"), .string("="), .string(code)])]), .integer(0), .null, .null,
            .array(["code", "name", "active"].map { .string($0) }), Self.context.merging(["active_test": .bool(false)]),
        ]).array ?? []
    }

    /// The id of the one party with `code`.
    func partyId(code: String) async throws -> Int64 {
        let found = try await call("model.party.party.search", [.array([.array([.string("code"), .string("="), .string(code)])]), .integer(0), .null, .null])
        guard let ids = found.array, ids.count == 1, let id = ids[0].integer else { throw TrytonServer.ScriptFailure(message: "not one party \(code): \(found)") }
        return id
    }

    /// Party `code` as the connector reads it (name, address, phone, e-mail, VAT, country code).
    func party(code: String) async throws -> ERPParty {
        let connector = try TrytonConnector(session: session)
        guard let party = try await connector.party(key: String(try await partyId(code: code))) else { throw TrytonServer.ScriptFailure(message: "no party \(code)") }
        return party
    }

    /// The write dates of party `code` and of its first address, to tell whether anything wrote them.
    func writeDates(code: String) async throws -> String {
        let id = try await partyId(code: code)
        let party = try await call("model.party.party.read", [.array([.integer(id)]), .array([.string("write_date")])])
        let address = try await call("model.party.address.search_read", [
            .array([.array([.string("party"), .string("="), .integer(id)])]), .integer(0), .null, .null, .array([.string("write_date")]),
        ])
        let mechanisms = try await call("model.party.contact_mechanism.search_read", [
            .array([.array([.string("party"), .string("="), .integer(id)])]), .integer(0), .null, .null, .array([.string("write_date")]),
        ])
        let records = (party.array ?? []) + (address.array ?? []) + (mechanisms.array ?? [])
        return records.map { record in
            let date = record["write_date"]
            let parts = ["year", "month", "day", "hour", "minute", "second", "microsecond"].map { date?[$0]?.integer.map(String.init) ?? "-" }
            return "\(record["id"]?.integer ?? 0):" + parts.joined(separator: ".")
        }.joined(separator: " ")
    }

    /// Writes `values` to party `code` as a Tryton user would, through the connector's writer.
    func edit(code: String, _ values: [String: String]) async throws {
        _ = try await TrytonConnector(session: session).updateParty(key: String(try await partyId(code: code)), values: values)
    }

    /// Renames party `from` to code `to`.
    func recode(_ from: String, to: String) async throws {
        try await call("model.party.party.write", [.array([.integer(try await partyId(code: from))]), .object(["code": .string(to)])])
    }

    /// Archives party `code` (Tryton's delete for a party in use).
    func archive(code: String) async throws {
        try await call("model.party.party.write", [.array([.integer(try await partyId(code: code))]), .object(["active": .bool(false)])])
    }

    /// Makes a party with an address in the country with ISO code `country`.
    func addParty(code: String, name: String, street: String, postalCode: String, city: String, country: String) async throws {
        _ = try await TrytonConnector(session: session).createParty(code: code, values: [
            "name": name, "street": street, "postal_code": postalCode, "city": city, "country": country,
        ])
    }
}
