/// Reads a rendered XML document into its shape: its markup byte for byte (the XML declaration,
/// every start and end tag with its names, whitespace and attribute names, the namespace
/// declarations with their values), with each text and attribute value replaced by a token:
/// `0x01` and one byte, whether the value is of the built-in type the schema gives it there
/// (``ShapeRules/ValueTypes``, ``ValueClassifier``), or `0x02` and the value as written.
///
/// Two documents with the same shape differ at most in values that are, each in its place,
/// equally of their type or not, so the schema gives both the same verdict (``ShapeRules``). The
/// encoding is unambiguous: a value never holds `0x01`, `0x02` (no XML characters), `<`, or its
/// own quote.
///
/// The scanner takes only what it reads exactly and returns `nil` for the rest, which is then
/// validated in full: comments, processing instructions, CDATA sections, a document type, names
/// outside ASCII, prefixed attributes other than namespace declarations, a namespace the rules do
/// not cover, and any value that is not well-formed (a character XML does not allow, a broken
/// reference, `]]>` in text). One scanner per thread.
struct ShapeScanner {
    let rules: ShapeRules
    private var classifier = ValueClassifier()
    private var shape: [UInt8] = []
    private var decoded: [UInt8] = []
    /// The open elements: the types of their values, and how many namespaces each declared.
    private var open: [(types: ShapeRules.ValueTypes?, declared: Int)] = []
    /// The namespace declarations in scope, innermost last (an empty prefix: the default namespace).
    private var bindings: [(prefix: [UInt8], namespace: [UInt8])] = []
    /// The types of elements by their name as written, for the bindings in scope.
    private var resolved: [[UInt8]: ShapeRules.ValueTypes?] = [:]
    /// The attributes of the tag being read: where each name and value is.
    private var attributes: [(name: Range<Int>, value: Range<Int>)] = []

    init(rules: ShapeRules) {
        self.rules = rules
    }

    private static let verdictToken: UInt8 = 0x01
    private static let verbatimToken: UInt8 = 0x02

    /// The shape of `document`, or `nil` when the document is not one the shape check covers.
    mutating func shape(of document: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        shape.removeAll(keepingCapacity: true)
        shape.reserveCapacity(document.count)
        open.removeAll(keepingCapacity: true)
        bindings.removeAll(keepingCapacity: true)
        resolved.removeAll(keepingCapacity: true)
        var index = 0
        if Self.hasPrefix(document, at: 0, "<?xml") {
            guard let end = Self.declarationEnd(document) else { return nil }
            shape.append(contentsOf: document[0..<end])
            index = end
        }
        while index < document.count {
            if document[index] == 0x3C {
                guard let next = document[index + 1 < document.count ? index + 1 : index] == 0x2F
                    ? endTag(document, at: index) : startTag(document, at: index) else { return nil }
                index = next
            } else {
                var end = index
                while end < document.count, document[end] != 0x3C { end += 1 }
                guard value(document[index..<end], type: open.last?.types?.text, isText: true) else { return nil }
                index = end
            }
        }
        return shape
    }

    /// The end of an XML declaration of printable ASCII, copied as it is.
    private static func declarationEnd(_ document: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 5
        while index + 1 < document.count {
            let byte = document[index]
            if byte == 0x3F, document[index + 1] == 0x3E { return index + 2 }
            guard byte >= 0x20, byte < 0x7F else { return nil }
            index += 1
        }
        return nil
    }

    /// Reads the end tag at `start` into the shape, closing its element; returns the index after it.
    private mutating func endTag(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard let nameEnd = Self.nameEnd(document, at: start + 2) else { return nil }
        let end = Self.spaceEnd(document, at: nameEnd)
        guard end < document.count, document[end] == 0x3E, let closed = open.popLast() else { return nil }
        shape.append(contentsOf: document[start...end])
        undeclare(closed.declared)
        return end + 1
    }

    /// Reads the start tag at `start` into the shape, opening its element (unless it is empty);
    /// returns the index after it.
    private mutating func startTag(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard let nameEnd = Self.nameEnd(document, at: start + 1) else { return nil }
        attributes.removeAll(keepingCapacity: true)
        var index = nameEnd
        var declared = 0
        let end: Int, isEmpty: Bool
        while true {
            let spaced = Self.spaceEnd(document, at: index)
            guard spaced < document.count else { return nil }
            if document[spaced] == 0x3E {
                (end, isEmpty) = (spaced, false)
                break
            }
            if document[spaced] == 0x2F {
                guard spaced + 1 < document.count, document[spaced + 1] == 0x3E else { return nil }
                (end, isEmpty) = (spaced + 1, true)
                break
            }
            // An attribute, after at least one space: name, `=`, quoted value.
            guard spaced > index, let attributeEnd = Self.nameEnd(document, at: spaced) else { return nil }
            var equals = Self.spaceEnd(document, at: attributeEnd)
            guard equals < document.count, document[equals] == 0x3D else { return nil }
            equals = Self.spaceEnd(document, at: equals + 1)
            guard equals < document.count, document[equals] == 0x22 || document[equals] == 0x27 else { return nil }
            let quote = document[equals]
            var valueEnd = equals + 1
            while valueEnd < document.count, document[valueEnd] != quote { valueEnd += 1 }
            guard valueEnd < document.count else { return nil }
            let name = spaced..<attributeEnd, value = (equals + 1)..<valueEnd
            if let prefix = Self.declaredPrefix(document[name]) {
                guard rules.namespaces.contains(Array(document[value])) else { return nil }
                bindings.append((Array(prefix), Array(document[value])))
                declared += 1
            } else if document[name].contains(0x3A) {
                return nil
            }
            attributes.append((name, value))
            index = valueEnd + 1
        }
        if declared > 0 { resolved.removeAll(keepingCapacity: true) }
        let types = types(of: document[(start + 1)..<nameEnd])
        var copied = start
        for attribute in attributes {
            shape.append(contentsOf: document[copied..<attribute.value.lowerBound])
            if Self.declaredPrefix(document[attribute.name]) != nil {
                shape.append(contentsOf: document[attribute.value])
            } else {
                guard value(document[attribute.value], type: types?.attribute(named: document[attribute.name]), isText: false) else { return nil }
            }
            copied = attribute.value.upperBound
        }
        shape.append(contentsOf: document[copied...end])
        if isEmpty { undeclare(declared) } else { open.append((types, declared)) }
        return end + 1
    }

    /// Ends the scope of the last `count` namespace declarations.
    private mutating func undeclare(_ count: Int) {
        guard count > 0 else { return }
        bindings.removeLast(count)
        resolved.removeAll(keepingCapacity: true)
    }

    /// The prefix a namespace declaration binds (empty for the default namespace), or `nil` when
    /// `name` is not `xmlns` or `xmlns:…`.
    private static func declaredPrefix(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard name.starts(with: "xmlns".utf8) else { return nil }
        if name.count == 5 { return name[name.endIndex...] }
        return name[name.startIndex + 5] == 0x3A ? name[(name.startIndex + 6)...] : nil
    }

    /// The value types of the element named `name` (as written) under the bindings in scope.
    private mutating func types(of name: Slice<UnsafeBufferPointer<UInt8>>) -> ShapeRules.ValueTypes? {
        let written = Array(name)
        if let known = resolved[written] { return known }
        let colon = name.firstIndex(of: 0x3A)
        let prefix = colon.map { name[name.startIndex..<$0] } ?? name[name.startIndex..<name.startIndex]
        let local = colon.map { name[($0 + 1)...] } ?? name
        let types = bindings.last { $0.prefix.elementsEqual(prefix) }.flatMap { binding in
            rules.elements[ShapeRules.elementKey(namespace: binding.namespace, name: local)]
        }
        resolved[written] = types
        return types
    }

    /// Appends the token of one value of `type` (`nil`: kept as written); `false` when the value
    /// is not well-formed.
    private mutating func value(_ raw: Slice<UnsafeBufferPointer<UInt8>>, type: BuiltInType?, isText: Bool) -> Bool {
        guard let plain = decode(raw, isText: isText) else { return false }
        let verdict: Bool?
        if let type {
            verdict = plain
                ? classifier.verdict(of: UnsafeBufferPointer(rebasing: raw), as: type)
                : decoded.withUnsafeBufferPointer { classifier.verdict(of: $0, as: type) }
        } else {
            verdict = nil
        }
        if let verdict {
            shape.append(Self.verdictToken)
            shape.append(verdict ? 1 : 0)
        } else {
            shape.append(Self.verbatimToken)
            shape.append(contentsOf: raw)
        }
        return true
    }

    /// Checks that `raw` is well-formed character data and, when it holds references, writes the
    /// text they stand for into `decoded`. Returns `true` when `raw` holds no reference (it is
    /// its own text), `false` when it does, `nil` when it is not well-formed or not covered.
    private mutating func decode(_ raw: Slice<UnsafeBufferPointer<UInt8>>, isText: Bool) -> Bool? {
        var index = raw.startIndex
        var plain = true
        while index < raw.endIndex {
            let byte = raw[index]
            switch byte {
            case 0x26:
                if plain {
                    decoded.removeAll(keepingCapacity: true)
                    decoded.append(contentsOf: raw[raw.startIndex..<index])
                    plain = false
                }
                guard let next = reference(raw, at: index) else { return nil }
                index = next
                continue
            case 0x3C:
                return nil
            case 0x5D where isText:
                if index + 2 < raw.endIndex, raw[index + 1] == 0x5D, raw[index + 2] == 0x3E { return nil }
            case 0x09, 0x0A, 0x0D:
                break
            case ..<0x20:
                return nil
            case 0x80...:
                guard let next = Self.scalarEnd(raw, at: index) else { return nil }
                if !plain { decoded.append(contentsOf: raw[index..<next]) }
                index = next
                continue
            default:
                break
            }
            if !plain { decoded.append(byte) }
            index += 1
        }
        return plain
    }

    /// Decodes the reference at `start` (an `&`) into `decoded`: one of the five predefined
    /// entities or a character reference to a character XML allows. Returns the index after it.
    private mutating func reference(_ raw: Slice<UnsafeBufferPointer<UInt8>>, at start: Int) -> Int? {
        guard let end = raw[start...].firstIndex(of: 0x3B), end - start >= 3 else { return nil }
        let name = raw[(start + 1)..<end]
        if name.first == 0x23 {
            let hex = name.count > 1 && name[name.startIndex + 1] == 0x78
            let digits = name.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            var scalar: UInt32 = 0
            for digit in digits {
                let value: UInt32
                switch digit {
                case 0x30...0x39: value = UInt32(digit - 0x30)
                case 0x61...0x66 where hex: value = UInt32(digit - 0x61 + 10)
                case 0x41...0x46 where hex: value = UInt32(digit - 0x41 + 10)
                default: return nil
                }
                scalar = scalar * (hex ? 16 : 10) + value
            }
            guard Self.isXMLCharacter(scalar), let unicode = Unicode.Scalar(scalar) else { return nil }
            decoded.append(contentsOf: String(Character(unicode)).utf8)
            return end + 1
        }
        let character: UInt8
        if name.elementsEqual("lt".utf8) {
            character = 0x3C
        } else if name.elementsEqual("gt".utf8) {
            character = 0x3E
        } else if name.elementsEqual("amp".utf8) {
            character = 0x26
        } else if name.elementsEqual("quot".utf8) {
            character = 0x22
        } else if name.elementsEqual("apos".utf8) {
            character = 0x27
        } else {
            return nil
        }
        decoded.append(character)
        return end + 1
    }

    /// Whether XML 1.0 allows the character `scalar`.
    private static func isXMLCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The end of the UTF-8 sequence at `start` when it encodes a character XML allows.
    private static func scalarEnd(_ raw: Slice<UnsafeBufferPointer<UInt8>>, at start: Int) -> Int? {
        let lead = raw[start]
        let length: Int, initial: UInt32, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, initial, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, initial, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, initial, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard start + length <= raw.endIndex else { return nil }
        var scalar = initial
        for index in (start + 1)..<(start + length) {
            let byte = raw[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, isXMLCharacter(scalar) else { return nil }
        return start + length
    }

    /// The end of the ASCII XML name at `start` (at least one character).
    private static func nameEnd(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start < document.count, isNameStart(document[start]) else { return nil }
        var index = start + 1
        while index < document.count, isNameStart(document[index]) || isNameRest(document[index]) { index += 1 }
        return index
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x3A
    }

    private static func isNameRest(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E
    }

    /// The index after the spaces (space, tab, line feed, carriage return) at `start`.
    private static func spaceEnd(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = start
        while index < document.count, document[index] == 0x20 || document[index] == 0x09 || document[index] == 0x0A || document[index] == 0x0D { index += 1 }
        return index
    }

    private static func hasPrefix(_ document: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: StaticString) -> Bool {
        guard start + prefix.utf8CodeUnitCount <= document.count else { return false }
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return bytes.indices.allSatisfy { document[start + $0] == bytes[$0] }
    }
}
