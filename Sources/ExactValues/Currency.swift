/// An ISO 4217 currency: its three-letter code and the number of digits after the decimal point
/// that its amounts carry (USD 2, JPY 0, KWD 3).
public struct Currency: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code's three ASCII letters and the minor unit, packed in four bytes: a currency is
    /// copied with every amount a document shows, and so costs no reference counting.
    private let packed: UInt32

    /// The upper-case ISO 4217 code (the low three bytes, first letter lowest).
    public var code: String {
        withUnsafeBytes(of: packed.littleEndian) { String(decoding: $0.prefix(3), as: UTF8.self) }
    }

    /// The digits of the minor unit (cents have 2).
    public var minorUnits: Int { Int(packed >> 24) }

    /// The currency with this ISO 4217 code (case-insensitive), or nil for an unknown code.
    public init?(code: String) {
        let upper = code.uppercased()
        guard let minorUnits = Self.minorUnitsByCode[upper] else { return nil }
        // Every code in the table is three ASCII letters.
        let letters = Array(upper.utf8)
        packed = UInt32(letters[0]) | UInt32(letters[1]) << 8 | UInt32(letters[2]) << 16 | UInt32(minorUnits) << 24
    }

    public static let usd = Currency(code: "USD")!
    public static let eur = Currency(code: "EUR")!
    public static let sek = Currency(code: "SEK")!

    public var description: String { code }

    /// `amount` rounded half-up to this currency's minor unit (an ``ArithmeticOverflow`` only
    /// when writing a huge whole amount with the minor unit's decimals does not fit).
    public func rounded(_ amount: ExactDecimal) throws(ArithmeticOverflow) -> ExactDecimal {
        try amount.rounded(scale: minorUnits, rule: .halfUp)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let currency = Currency(code: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown currency '\(code)'")
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// Active ISO 4217 codes with their minor units (ISO 4217 list one, 2024 edition).
    static let minorUnitsByCode: [String: Int] = {
        var table: [String: Int] = [:]
        let twoDigits = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
            GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD \
            MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP \
            PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS \
            TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG
            """
        for code in twoDigits.split(separator: " ") { table[String(code)] = 2 }
        for code in ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"] {
            table[code] = 0
        }
        for code in ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] { table[code] = 3 }
        table["CLF"] = 4
        table["UYW"] = 4
        return table
    }()
}
