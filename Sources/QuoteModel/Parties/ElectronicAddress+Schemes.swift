extension ElectronicAddress {
    /// The codes of Peppol's Electronic Address Scheme (EAS) code list.
    public static let schemes: Set<String> = Set("""
        0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177 0183 0184 0188 0190 \
        0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 0211 0212 0213 0215 0216 \
        0217 0218 0221 0225 0230 0235 0240 0244 9901 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 \
        9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 \
        9950 9951 9952 9953 9957 9959
        """.split(separator: " ").map(String.init))

    /// What is wrong with `identifier` in `scheme`, by the checks Peppol's rules make; nil when it
    /// passes (schemes the rules do not check pass as they are).
    static func problem(_ identifier: String, scheme: String) -> String? {
        let digits = identifier.compactMap(\.wholeNumberValue)
        let allDigits = identifier.allSatisfy { $0.isASCII && $0.isNumber }
        switch scheme {
        case "0088":
            guard allDigits, [8, 12, 13, 14].contains(digits.count) else { return "a GLN is 13 digits" }
            return gs1CheckDigit(digits.dropLast()) == digits.last ? nil : "its GS1 check digit does not match"
        case "0007":
            guard allDigits, digits.count == 10 else { return "a Swedish organisation number is 10 digits, without a hyphen" }
            return luhnCheckDigit(digits.prefix(9)) == digits[9] ? nil : "its check digit (Luhn) does not match"
        case "0192":
            guard allDigits, digits.count == 9 else { return "a Norwegian organisation number is 9 digits" }
            let weights = [3, 2, 7, 6, 5, 4, 3, 2]
            let remainder = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
            let check = remainder == 0 ? 0 : 11 - remainder
            return check != 10 && check == digits[8] ? nil : "its check digit (mod 11) does not match"
        case "0184":
            let number = identifier.hasPrefix("DK") ? String(identifier.dropFirst(2)) : identifier
            return number.count == 8 && number.allSatisfy({ $0.isASCII && $0.isNumber }) ? nil : "a Danish CVR number is 8 digits, optionally after DK"
        case "0208":
            guard allDigits, digits.count == 10 else { return "a Belgian enterprise number is 10 digits" }
            let first = digits.prefix(8).reduce(0) { $0 * 10 + $1 }
            return 97 - first % 97 == digits[8] * 10 + digits[9] ? nil : "its last two digits are not 97 − (the first eight mod 97)"
        case "0151":
            guard allDigits, digits.count == 11 else { return "an Australian ABN is 11 digits" }
            let weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
            let sum = zip([digits[0] - 1] + digits.dropFirst(), weights).reduce(0) { $0 + $1.0 * $1.1 }
            return sum % 89 == 0 ? nil : "its ABN check (weighted mod 89) fails"
        default:
            return nil
        }
    }

    /// The GS1 (GLN, GTIN) check digit of `digits`: weights 3 and 1 alternating from the right.
    static func gs1CheckDigit<Digits: BidirectionalCollection<Int>>(_ digits: Digits) -> Int {
        let sum = digits.reversed().enumerated().reduce(0) { $0 + $1.element * ($1.offset.isMultiple(of: 2) ? 3 : 1) }
        return (10 - sum % 10) % 10
    }

    /// The Luhn check digit of `digits`: every second digit from the right doubled.
    static func luhnCheckDigit<Digits: BidirectionalCollection<Int>>(_ digits: Digits) -> Int {
        let sum = digits.reversed().enumerated().reduce(0) { total, entry in
            let value = entry.offset.isMultiple(of: 2) ? entry.element * 2 : entry.element
            return total + (value > 9 ? value - 9 : value)
        }
        return (10 - sum % 10) % 10
    }
}
