/// ISO 3166-1 alpha-2 codes for country names as addresses write them (UBL wants the code).
enum CountryCodes {
    /// The code for `name` (English short names and common forms such as "UK" and "USA", case-
    /// insensitive), a two-letter code given as is, or "" when unknown.
    static func code(for name: String) -> String {
        let key = name.trimmingSpaces.uppercased()
        if key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }) { return key }
        return codes[key] ?? ""
    }

    private static let codes: [String: String] = [
        "ARGENTINA": "AR", "AUSTRALIA": "AU", "AUSTRIA": "AT", "BELGIUM": "BE", "BRAZIL": "BR", "CANADA": "CA", "CHILE": "CL",
        "CHINA": "CN", "COLOMBIA": "CO", "CZECHIA": "CZ", "CZECH REPUBLIC": "CZ", "DENMARK": "DK", "ESTONIA": "EE",
        "FINLAND": "FI", "FRANCE": "FR", "GERMANY": "DE", "GREECE": "GR", "HUNGARY": "HU", "ICELAND": "IS", "INDIA": "IN",
        "IRELAND": "IE", "ISRAEL": "IL", "ITALY": "IT", "JAPAN": "JP", "LATVIA": "LV", "LITHUANIA": "LT", "LUXEMBOURG": "LU",
        "MEXICO": "MX", "NETHERLANDS": "NL", "THE NETHERLANDS": "NL", "NEW ZEALAND": "NZ", "NORWAY": "NO", "POLAND": "PL",
        "PORTUGAL": "PT", "ROMANIA": "RO", "SINGAPORE": "SG", "SLOVAKIA": "SK", "SLOVENIA": "SI", "SOUTH AFRICA": "ZA",
        "SOUTH KOREA": "KR", "SPAIN": "ES", "SWEDEN": "SE", "SWITZERLAND": "CH", "TURKEY": "TR", "TÜRKIYE": "TR",
        "UK": "GB", "UNITED KINGDOM": "GB", "GREAT BRITAIN": "GB", "USA": "US", "US": "US", "UNITED STATES": "US",
        "UNITED STATES OF AMERICA": "US", "VENEZUELA": "VE", "KUWAIT": "KW",
    ]
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
