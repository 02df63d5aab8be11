import ExactValues

/// A token inside `{{ … }}` or `{% … %}`.
struct ExpressionToken {
    enum Kind: Equatable {
        case identifier(String)
        case number(ExactDecimal)
        case string(String)
        /// An operator or punctuation: `==`, `!=`, `<=`, `>=`, `<`, `>`, `|`, `.`, `,`, `(`, `)`, `=`.
        case symbol(String)
        case end
    }

    let kind: Kind
    let location: SourceLocation
}

/// Splits the text of an output or tag into tokens.
struct ExpressionTokenizer {
    /// The tokens of `text`, which starts at `start`, or a diagnostic for the first bad character.
    static func tokens(_ text: String, at start: SourceLocation) -> Result<[ExpressionToken], Diagnostic> {
        let scalars = Array(text.unicodeScalars)
        var tokens: [ExpressionToken] = []
        var index = 0
        var line = start.line
        var column = start.column

        func location() -> SourceLocation { SourceLocation(file: start.file, line: line, column: column) }
        func advance(_ count: Int = 1) {
            for _ in 0..<count where index < scalars.count {
                if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
                continue
            }
            let here = location()
            if scalar.properties.isAlphabetic && scalar.isASCII || scalar == "_" {
                var name = ""
                while index < scalars.count, scalars[index].isASCII,
                      scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil || scalars[index] == "_" {
                    name.unicodeScalars.append(scalars[index])
                    advance()
                }
                tokens.append(ExpressionToken(kind: .identifier(name), location: here))
            } else if ("0"..."9").contains(scalar) {
                var digits = ""
                while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
                    if scalars[index] == ".", !(index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])) { break }
                    digits.unicodeScalars.append(scalars[index])
                    advance()
                }
                guard let number = ExactDecimal(digits) else {
                    return .failure(Diagnostic(severity: .error, location: here, message: "'\(digits)' is not a number"))
                }
                tokens.append(ExpressionToken(kind: .number(number), location: here))
            } else if scalar == "\"" || scalar == "'" {
                let quote = scalar
                advance()
                var value = ""
                var closed = false
                while index < scalars.count {
                    let character = scalars[index]
                    if character == quote { advance(); closed = true; break }
                    if character == "\\", index + 1 < scalars.count {
                        let escaped = scalars[index + 1]
                        switch escaped {
                        case "n": value.append("\n")
                        case "t": value.append("\t")
                        default: value.unicodeScalars.append(escaped)
                        }
                        advance(2)
                        continue
                    }
                    value.unicodeScalars.append(character)
                    advance()
                }
                guard closed else {
                    return .failure(Diagnostic(severity: .error, location: here, message: "this string is never closed (expected \(quote))"))
                }
                tokens.append(ExpressionToken(kind: .string(value), location: here))
            } else {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let pair = String(scalar) + String(next)
                if ["==", "!=", "<=", ">="].contains(pair) {
                    tokens.append(ExpressionToken(kind: .symbol(pair), location: here))
                    advance(2)
                } else if "|.,()<>=".unicodeScalars.contains(scalar) {
                    tokens.append(ExpressionToken(kind: .symbol(String(scalar)), location: here))
                    advance()
                } else {
                    return .failure(Diagnostic(severity: .error, location: here, message: "unexpected character '\(scalar)'"))
                }
            }
        }
        tokens.append(ExpressionToken(kind: .end, location: location()))
        return .success(tokens)
    }
}
