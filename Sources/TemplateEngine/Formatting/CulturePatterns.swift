/// A compiled money or percent pattern: the positive and the negative arrangement of number,
/// sign, currency and literal text.
///
/// Notation (parsed once, when a culture is built): `#` is the number, `¤` the currency, `-` the
/// culture's minus sign, `;` separates the negative pattern from the positive one; every other
/// character is literal text. Without a negative pattern, the negative is `-` then the positive.
struct AffixPattern: Sendable {
    enum Piece: Sendable, Equatable {
        case number
        case minus
        case currency
        /// Bytes of ``AffixPattern/literalBytes``.
        case literal(Range<Int>)
    }

    let positive: [Piece]
    let negative: [Piece]
    /// The UTF-8 of all literal text.
    let literalBytes: [UInt8]

    init(_ pattern: String) {
        var bytes: [UInt8] = []
        func pieces(_ pattern: Substring) -> [Piece] {
            var pieces: [Piece] = []
            var start = bytes.count
            func flush() {
                if bytes.count > start { pieces.append(.literal(start..<bytes.count)) }
                start = bytes.count
            }
            for character in pattern {
                switch character {
                case "#": flush(); pieces.append(.number)
                case "¤": flush(); pieces.append(.currency)
                case "-": flush(); pieces.append(.minus)
                default: bytes.append(contentsOf: character.utf8)
                }
            }
            flush()
            return pieces
        }
        let halves = pattern.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        let positive = pieces(halves[0])
        let negative = halves.count == 2 ? pieces(halves[1]) : [.minus] + positive
        precondition(positive.filter { $0 == .number }.count == 1, "pattern '\(pattern)' needs one '#'")
        precondition(negative.filter { $0 == .number }.count == 1, "pattern '\(pattern)' needs one '#'")
        precondition(!positive.contains(.minus), "positive pattern '\(pattern)' has a minus sign")
        self.positive = positive
        self.negative = negative
        self.literalBytes = bytes
    }
}

/// A compiled date or time pattern in CLDR notation.
///
/// Fields: `y` (the year as is), `yy` (two digits), `yyyy` (four digits), `M`/`MM` (month number,
/// `MM` padded to two digits), `MMM` (abbreviated month name), `MMMM` (full month name), `d`/`dd`
/// (day), `H`/`HH` (hour 0–23), `h`/`hh` (hour 1–12), `m`/`mm` (minute), `s`/`ss` (second), `a`
/// (AM/PM). Text in single quotes is literal (`''` is one quote); any other character is literal.
struct CalendarPattern: Sendable {
    enum Piece: Sendable, Equatable {
        case year(width: Int)
        case twoDigitYear
        case month(width: Int)
        case monthName
        case abbreviatedMonthName
        case day(width: Int)
        case hour24(width: Int)
        case hour12(width: Int)
        case minute(width: Int)
        case second(width: Int)
        case dayPeriod
        /// Bytes of ``CalendarPattern/literalBytes``.
        case literal(Range<Int>)
    }

    let pieces: [Piece]
    /// The UTF-8 of all literal text.
    let literalBytes: [UInt8]

    var usesDayPeriod: Bool { pieces.contains(.dayPeriod) }

    /// Bytes enough for this pattern when no field is longer than `fieldBytes`.
    func capacity(fieldBytes: Int) -> Int {
        pieces.reduce(0) { sum, piece in
            if case .literal(let range) = piece { return sum + range.count }
            return sum + fieldBytes
        }
    }

    init(_ pattern: String) {
        var pieces: [Piece] = []
        var bytes: [UInt8] = []
        var start = 0
        func flush() {
            if bytes.count > start { pieces.append(.literal(start..<bytes.count)) }
            start = bytes.count
        }
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                // Quoted literal text; '' (inside or outside quotes) is one quote.
                if index + 1 < characters.count, characters[index + 1] == "'" {
                    bytes.append(UInt8(ascii: "'"))
                    index += 2
                    continue
                }
                var end = index + 1
                while end < characters.count {
                    if characters[end] == "'" {
                        if end + 1 < characters.count, characters[end + 1] == "'" {
                            bytes.append(UInt8(ascii: "'"))
                            end += 2
                            continue
                        }
                        break
                    }
                    bytes.append(contentsOf: characters[end].utf8)
                    end += 1
                }
                index = end + 1
                continue
            }
            var run = 1
            while index + run < characters.count, characters[index + run] == character { run += 1 }
            let piece: Piece? = switch character {
            case "y": run == 2 ? .twoDigitYear : .year(width: run)
            case "M": run >= 4 ? .monthName : run == 3 ? .abbreviatedMonthName : .month(width: run)
            case "d": .day(width: run)
            case "H": .hour24(width: run)
            case "h": .hour12(width: run)
            case "m": .minute(width: run)
            case "s": .second(width: run)
            case "a": .dayPeriod
            default: nil
            }
            if let piece {
                flush()
                pieces.append(piece)
            } else {
                for _ in 0..<run { bytes.append(contentsOf: character.utf8) }
            }
            index += run
        }
        flush()
        self.pieces = pieces
        self.literalBytes = bytes
    }
}
