import Foundation
import ArgumentParser
import QuoteModel

// The values `quote set` reads: an address, an extra field, a rounding policy.

extension RoundingPolicy: ExpressibleByArgument {}

extension VersionDetailsChange.Address {
    /// The keys of an address given part by part, with the part each sets.
    static var parts: KeyValuePairs<String, WritableKeyPath<PostalAddress, String>> {
        ["street": \.street, "postal-code": \.postalCode, "city": \.city, "region": \.region, "country": \.country]
    }

    /// `customer`, `none`, or `KEY=VALUE; KEY=VALUE; …` with the keys of ``parts`` (each at most
    /// once; a part not given is blank; a value cannot contain `;`).
    static func parse(_ text: String) throws(ValidationError) -> Self {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "customer": return .customer
        case "none": return .cleared
        default: break
        }
        var address = PostalAddress()
        var given: Set<String> = []
        let keys = parts.map(\.key).joined(separator: ", ")
        for part in text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let equals = part.firstIndex(of: "=") else {
                throw ValidationError("address part '\(part)' is not KEY=VALUE (keys: \(keys)); or give `customer` or `none`")
            }
            let key = part[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard let path = parts.first(where: { $0.key == key })?.value else {
                throw ValidationError("unknown address part '\(key)' (keys: \(keys))")
            }
            guard given.insert(key).inserted else { throw ValidationError("address part '\(key)' is given twice") }
            address[keyPath: path] = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        guard !address.isEmpty else { throw ValidationError("an address needs at least one part (or `none` for no address)") }
        return .address(address)
    }
}

/// `--extra-field N=TEXT`: extra field N (1 to 5) of the version becomes TEXT (empty clears it).
struct ExtraFieldAssignment {
    let number: Int
    let text: String

    static func parse(_ argument: String) throws(ValidationError) -> Self {
        guard let equals = argument.firstIndex(of: "="), let number = Int(argument[..<equals].trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("an extra field is given as N=TEXT with N from 1 to \(ExtraFields.count) (got '\(argument)')")
        }
        return ExtraFieldAssignment(number: number, text: String(argument[argument.index(after: equals)...]))
    }
}
