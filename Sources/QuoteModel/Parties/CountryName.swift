/// Countries as addresses name them: English (and Swedish) short names, common forms such as
/// "UK" and "USA", or an ISO 3166-1 alpha-2 code, resolved to the code UBL documents carry.
public enum CountryName {
    /// The ISO 3166-1 alpha-2 code for `text`: a name or common form first (so "UK" is GB, as
    /// ISO 3166-1 says), else an assigned code as is (any case); nil when unknown or blank.
    public static func code(for text: String) -> String? {
        // Documents ask for every address: the common case (a name or code as typed) takes one lookup.
        if let code = codes[text.lowercased()] { return code }
        let key = normalized(text)
        if key.isEmpty { return nil }
        if let code = codes[key] { return code }
        let upper = key.uppercased()
        return CountryCode.assigned.contains(upper) ? upper : nil
    }

    /// `text` when it names a country (``code(for:)``) or is blank; else an error naming the
    /// value, with a close name as a suggestion.
    public static func checked(_ text: String) throws(QuoteError) -> String {
        if normalized(text).isEmpty || code(for: text) != nil { return text }
        let suggestion = closest(to: normalized(text)).map { "; did you mean '\($0)'?" } ?? ""
        throw QuoteError(
            .invalid, "'\(text)' is not a country quotedoc knows: give its English name (Germany) or its ISO 3166-1 alpha-2 code (DE)\(suggestion)",
            value: text)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The known name closest to `key` by edit distance, when it is within a third of its length.
    static func closest(to key: String) -> String? {
        let candidates = codes.keys.map { ($0, editDistance(Array(key), Array($0))) }
        guard let best = candidates.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }), best.1 <= max(1, key.count / 3) else { return nil }
        return best.0.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Lower-case names and common forms → code.
    static let codes: [String: String] = [
        "argentina": "AR", "australia": "AU", "austria": "AT", "österrike": "AT", "belgium": "BE", "belgien": "BE",
        "brazil": "BR", "brasilien": "BR", "bulgaria": "BG", "canada": "CA", "kanada": "CA", "chile": "CL", "china": "CN", "kina": "CN",
        "colombia": "CO", "croatia": "HR", "cyprus": "CY", "czechia": "CZ", "czech republic": "CZ", "tjeckien": "CZ",
        "denmark": "DK", "danmark": "DK", "estonia": "EE", "estland": "EE", "finland": "FI", "france": "FR", "frankrike": "FR",
        "germany": "DE", "tyskland": "DE", "greece": "GR", "grekland": "GR", "hungary": "HU", "ungern": "HU",
        "iceland": "IS", "island": "IS", "india": "IN", "indien": "IN", "ireland": "IE", "irland": "IE", "israel": "IL",
        "italy": "IT", "italien": "IT", "japan": "JP", "kuwait": "KW", "latvia": "LV", "lettland": "LV",
        "lithuania": "LT", "litauen": "LT", "luxembourg": "LU", "luxemburg": "LU", "malta": "MT", "mexico": "MX", "mexiko": "MX",
        "netherlands": "NL", "the netherlands": "NL", "holland": "NL", "nederländerna": "NL", "new zealand": "NZ", "nya zeeland": "NZ",
        "norway": "NO", "norge": "NO", "poland": "PL", "polen": "PL", "portugal": "PT", "romania": "RO", "rumänien": "RO",
        "singapore": "SG", "slovakia": "SK", "slovakien": "SK", "slovenia": "SI", "slovenien": "SI",
        "south africa": "ZA", "sydafrika": "ZA", "south korea": "KR", "korea": "KR", "sydkorea": "KR",
        "spain": "ES", "spanien": "ES", "sweden": "SE", "sverige": "SE", "switzerland": "CH", "schweiz": "CH",
        "turkey": "TR", "türkiye": "TR", "turkiet": "TR", "ukraine": "UA", "ukraina": "UA",
        "uk": "GB", "u.k.": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "storbritannien": "GB", "usa": "US", "u.s.a.": "US", "us": "US", "u.s.": "US", "united states": "US",
        "united states of america": "US", "venezuela": "VE",
    ]
}
