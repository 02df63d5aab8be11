import Foundation

/// Reads a rendered XML document into its local shapes: one for each element, holding what the
/// schema checks at that element and nothing else — the element (by namespace and name), whether
/// it is the document's root, its attributes by name, each with a token for its value, and its
/// content in order: each child element (by namespace and name, not its content) and a token for
/// each text. A value's token is whether it is of the built-in type the schema gives it there
/// (``ShapeRules/ValueTypes``, ``ValueClassifier``); text between child elements is only
/// "white space" or not; a value the shape cannot judge (leading, trailing, repeated or other
/// than space white space, on which the types' white-space rules would act) is kept as written.
///
/// Under ``ShapeRules`` a document is valid exactly when every one of its elements is valid in
/// its place, and that depends only on the element's local shape; so a document whose every
/// local shape was seen in a valid document is valid. The encoding is unambiguous: every part
/// has a tag and a fixed or given length.
///
/// The scanner takes only what it reads exactly and returns `nil` for the rest, which is then
/// validated in full: comments, processing instructions, CDATA sections, a document type, an XML
/// declaration other than version 1.0, names outside ASCII, prefixed attributes other than
/// namespace declarations, a namespace the rules do not cover, an element the schema does not
/// declare or whose content has a wildcard, text outside the root, and any value that is not
/// well-formed (a character XML does not allow, a broken reference, `]]>` in text). One scanner
/// per thread.
struct ShapeScanner {
    let rules: ShapeRules
    /// The local shapes of the last document scanned, in the order its elements close.
    private(set) var shapes = LocalShapes()
    private var classifier = ValueClassifier()
    /// A value with its references replaced, when it has any.
    private let decoded = ScanBuffer(capacity: 256)
    /// The local shapes of the open elements so far, outermost first: an element's children
    /// close before its next part is added, so the innermost one's is always at the end.
    private let pending = ScanBuffer()
    /// The open elements: where their names are written, their numbers, where their shapes
    /// start in `pending`, how many namespaces each declared and whether a value of theirs is
    /// kept as written.
    private var open: [(name: Range<Int>, element: Int, shapeStart: Int, declared: Int, holdsValue: Bool)] = []
    /// Whether the last ``token(_:_:type:isText:)`` kept its value as written.
    private var keptAsWritten = false
    /// The namespace declarations in scope, innermost last (an empty prefix: the default namespace).
    private var bindings: [(prefix: [UInt8], namespace: [UInt8])] = []
    /// The element numbers (-1: none) by names as written, for `resolvedBindings`; kept from one
    /// document to the next while they declare the same namespaces.
    private var resolved = ShapeTable()
    private var resolvedBindings: [(prefix: [UInt8], namespace: [UInt8])] = []
    private var bindingsChanged = true
    /// The attributes of the tag being read: where each name and value is.
    private var attributes: [(name: Range<Int>, value: Range<Int>)] = []
    private var rootSeen = false

    /// The type of each element's text, by element number: the rules' own, in an array of
    /// plain values that reading does not retain.
    private let textTypes: [BuiltInType?]

    init(rules: ShapeRules) {
        self.rules = rules
        textTypes = rules.elementTypes.map(\.text)
    }

    /// The parts of a local shape.
    private enum Part: UInt8 {
        case element = 1, root, attribute, child, text
        /// A value's verdict against its type follows: 0 or 1.
        case verdict
        /// Text of nothing but white space.
        case whiteSpace
        /// A value kept as written: its length (4 bytes) and bytes follow.
        case written
    }

    /// Reads the local shapes of `document`'s elements into ``shapes``; `false` when the document
    /// is not one the shape check covers.
    mutating func scan(_ document: UnsafeBufferPointer<UInt8>) -> Bool {
        shapes.removeAll()
        pending.removeAll()
        open.removeAll(keepingCapacity: true)
        bindings.removeAll(keepingCapacity: true)
        bindingsChanged = true
        rootSeen = false
        var index = 0
        if Self.hasPrefix(document, at: 0, "<?xml") {
            guard let end = Self.declarationEnd(document) else { return false }
            index = end
        }
        while index < document.count {
            if document[index] == 0x3C {
                guard let next = index + 1 < document.count && document[index + 1] == 0x2F
                    ? endTag(document, at: index) : startTag(document, at: index) else { return false }
                index = next
            } else {
                let end = memchr(document.baseAddress! + index, 0x3C, document.count - index)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - document.baseAddress! } ?? document.count
                guard text(document, index..<end) else { return false }
                index = end
            }
        }
        return rootSeen && open.isEmpty
    }

    /// The XML declarations taken: version 1.0, UTF-8 or no encoding named (the text is always
    /// read as UTF-8), no `standalone` (without a document type it would change nothing).
    private static let declarations: [[UInt8]] = [
        "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
        "<?xml version='1.0'?>", "<?xml version='1.0' encoding='UTF-8'?>", "<?xml version='1.0' encoding='utf-8'?>",
    ].map { Array($0.utf8) }

    /// The end of the document's XML declaration when it is one of ``declarations``.
    private static func declarationEnd(_ document: UnsafeBufferPointer<UInt8>) -> Int? {
        declarations.first { document.starts(with: $0) }?.count
    }

    /// Reads the end tag at `start`, closing its element; returns the index after it.
    private mutating func endTag(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        // Local shapes do not hold end tags: each must close the element it names.
        guard let closed = open.popLast() else { return nil }
        let nameEnd = start + 2 + closed.name.count
        guard nameEnd < document.count, Self.equal(document, closed.name, (start + 2)..<nameEnd) else { return nil }
        let end = Self.spaceEnd(document, at: nameEnd)
        guard end < document.count, document[end] == 0x3E else { return nil }
        close(shapeStart: closed.shapeStart, declared: closed.declared, holdsValue: closed.holdsValue)
        return end + 1
    }

    /// Moves the shape of the element closed from `pending` to ``shapes`` and ends the scope of
    /// the namespaces it declared.
    private mutating func close(shapeStart: Int, declared: Int, holdsValue: Bool) {
        shapes.append(pending.bytes(from: shapeStart), holdsValue: holdsValue)
        pending.removeLast(from: shapeStart)
        if declared > 0 {
            bindings.removeLast(declared)
            bindingsChanged = true
        }
    }

    /// Reads the start tag at `start`, opening its element (closing it too when it is empty);
    /// returns the index after it.
    private mutating func startTag(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard let nameEnd = Self.nameEnd(document, at: start + 1) else { return nil }
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
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
            guard let found = memchr(document.baseAddress! + equals + 1, Int32(quote), document.count - equals - 1) else { return nil }
            let valueEnd = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - document.baseAddress!
            let name = spaced..<attributeEnd, value = (equals + 1)..<valueEnd
            if let prefix = Self.declaredPrefix(document, name) {
                // Local shapes do not hold namespace declarations: one prefix is declared once.
                let namespace = Array(document[value])
                guard rules.namespaces.contains(namespace),
                    !bindings.suffix(declared).contains(where: { $0.prefix.elementsEqual(document[prefix]) }) else { return nil }
                bindings.append((Array(document[prefix]), namespace))
                bindingsChanged = true
                declared += 1
            } else if document[name].contains(0x3A) {
                return nil
            } else {
                attributes.append((name, value))
            }
            index = valueEnd + 1
        }
        guard let element = element(named: (start + 1)..<nameEnd, in: document), !rules.elementTypes[element].hasWildcard else { return nil }
        if open.isEmpty {
            guard !rootSeen else { return nil }
            rootSeen = true
        } else {
            append(.child, element)
        }
        let shapeStart = pending.count
        append(open.isEmpty ? .root : .element, element)
        var holdsValue = false
        for attribute in attributes {
            pending.append(Part.attribute.rawValue)
            appendWritten(document, attribute.name)
            let type = rules.elementTypes[element].attribute(named: UnsafeBufferPointer(rebasing: document[attribute.name]))
            guard token(document, attribute.value, type: type, isText: false) else { return nil }
            holdsValue = holdsValue || keptAsWritten
        }
        if isEmpty {
            close(shapeStart: shapeStart, declared: declared, holdsValue: holdsValue)
        } else {
            open.append(((start + 1)..<nameEnd, element, shapeStart, declared, holdsValue))
        }
        return end + 1
    }

    /// Adds the text at `range` to the open element's local shape: outside the root, only white
    /// space may be.
    private mutating func text(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let element = open.last?.element else { return Self.isWhiteSpace(document, range) }
        pending.append(Part.text.rawValue)
        let type = textTypes[element]
        if type == nil, Self.isWhiteSpace(document, range) {
            pending.append(Part.whiteSpace.rawValue)
            return true
        }
        guard token(document, range, type: type, isText: true) else { return false }
        if keptAsWritten { open[open.count - 1].holdsValue = true }
        return true
    }

    /// Where the prefix a namespace declaration binds is (empty for the default namespace), or
    /// `nil` when the attribute named at `name` is not `xmlns` or `xmlns:…`.
    private static func declaredPrefix(_ document: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Range<Int>? {
        let written = document.baseAddress! + name.lowerBound
        // `xmlns`
        guard name.count >= 5, written[0] == 0x78, written[1] == 0x6D, written[2] == 0x6C, written[3] == 0x6E, written[4] == 0x73 else { return nil }
        if name.count == 5 { return name.upperBound..<name.upperBound }
        return document[name.lowerBound + 5] == 0x3A ? (name.lowerBound + 6)..<name.upperBound : nil
    }

    /// The number of the global element named at `name` (as written) under the bindings in scope.
    private mutating func element(named name: Range<Int>, in document: UnsafeBufferPointer<UInt8>) -> Int? {
        if bindingsChanged {
            bindingsChanged = false
            let same = bindings.count == resolvedBindings.count
                && zip(bindings, resolvedBindings).allSatisfy { $0.prefix == $1.prefix && $0.namespace == $1.namespace }
            if !same {
                resolved.removeAll()
                resolvedBindings = bindings
            }
        }
        let written = UnsafeBufferPointer(rebasing: document[name])
        let hash = ShapeHash.of(written)
        if let known = resolved.value(of: written, hash: hash) { return known < 0 ? nil : known }
        let colon = written.firstIndex(of: 0x3A)
        let prefix = colon.map { written[..<$0] } ?? written[0..<0]
        let local = colon.map { written[($0 + 1)...] } ?? written[...]
        let element = bindings.last { $0.prefix.elementsEqual(prefix) }.flatMap { binding in
            rules.elementNumbers[ShapeRules.elementKey(namespace: binding.namespace, name: local)]
        }
        resolved.insert(written, hash: hash, value: element ?? -1)
        return element
    }

    /// Appends the token of the value at `range` of `type` (`nil`: kept as written); `false` when
    /// the value is not well-formed.
    private mutating func token(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, type: BuiltInType?, isText: Bool) -> Bool {
        guard let plain = decode(document, range, isText: isText) else { return false }
        let verdict: Bool?
        if let type {
            verdict = plain
                ? classifier.verdict(of: UnsafeBufferPointer(rebasing: document[range]), as: type)
                : classifier.verdict(of: decoded.bytes(), as: type)
        } else {
            verdict = nil
        }
        keptAsWritten = verdict == nil
        if let verdict {
            pending.append(Part.verdict.rawValue)
            pending.append(verdict ? 1 : 0)
        } else {
            appendWritten(document, range)
        }
        return true
    }

    private mutating func append(_ part: Part, _ element: Int) {
        pending.append(part.rawValue)
        pending.append(number: UInt32(element))
    }

    private mutating func appendWritten(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        pending.append(Part.written.rawValue)
        pending.append(number: UInt32(range.count))
        pending.append(UnsafeBufferPointer(rebasing: document[range]))
    }

    /// Checks that the value at `range` is well-formed character data and, when it holds
    /// references, writes the text they stand for into `decoded`. Returns `true` when it holds no
    /// reference (it is its own text), `false` when it does, `nil` when it is not well-formed or
    /// not covered.
    private mutating func decode(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isText: Bool) -> Bool? {
        var index = range.lowerBound
        var plain = true
        while index < range.upperBound {
            let byte = document[index]
            switch byte {
            case 0x26:
                if plain {
                    decoded.removeAll()
                    decoded.append(UnsafeBufferPointer(rebasing: document[range.lowerBound..<index]))
                    plain = false
                }
                guard let next = reference(document, index..<range.upperBound) else { return nil }
                index = next
                continue
            case 0x3C:
                return nil
            case 0x5D where isText:
                if index + 2 < range.upperBound, document[index + 1] == 0x5D, document[index + 2] == 0x3E { return nil }
            case 0x09, 0x0A, 0x0D:
                break
            case ..<0x20:
                return nil
            case 0x80...:
                guard let next = Self.scalarEnd(document, index..<range.upperBound) else { return nil }
                if !plain { decoded.append(UnsafeBufferPointer(rebasing: document[index..<next])) }
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

    /// Decodes the reference at the start of `range` (an `&`) into `decoded`: one of the five
    /// predefined entities or a character reference to a character XML allows. Returns the index
    /// after it.
    private mutating func reference(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let start = range.lowerBound
        guard let end = document[range].firstIndex(of: 0x3B), end - start >= 3 else { return nil }
        let name = document[(start + 1)..<end]
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
            var character = String(Character(unicode))
            character.withUTF8 { decoded.append($0) }
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

    /// The end of the UTF-8 sequence at the start of `range` when it encodes a character XML allows.
    private static func scalarEnd(_ raw: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let start = range.lowerBound
        let lead = raw[start]
        let length: Int, initial: UInt32, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, initial, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, initial, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, initial, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard start + length <= range.upperBound else { return nil }
        var scalar = initial
        for index in (start + 1)..<(start + length) {
            let byte = raw[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, isXMLCharacter(scalar) else { return nil }
        return start + length
    }

    /// The end of the ASCII qualified name at `start`: a name, or two joined by one colon.
    private static func nameEnd(_ document: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        byteClasses.withUnsafeBufferPointer { classes in
            let base = document.baseAddress!, end = document.count
            guard start < end, classes[Int(base[start])] & nameStart != 0 else { return nil }
            var index = start + 1
            while index < end, classes[Int(base[index])] & nameCharacter != 0 { index += 1 }
            guard index < end, base[index] == 0x3A else { return index }
            guard index + 1 < end, classes[Int(base[index + 1])] & nameStart != 0 else { return nil }
            index += 2
            while index < end, classes[Int(base[index])] & nameCharacter != 0 { index += 1 }
            return index < end && base[index] == 0x3A ? nil : index
        }
    }

    /// The class of each byte: ``nameStart`` for an ASCII letter or `_`, ``nameCharacter`` for
    /// those, ASCII digits, `-` and `.`.
    private static let byteClasses: [UInt8] = (0...255).map { (byte: UInt8) in
        let letter = (byte | 0x20) &- 0x61 < 26, digit = byte &- 0x30 < 10
        let start = letter || byte == 0x5F
        return (start ? nameStart : 0) | (start || digit || byte == 0x2D || byte == 0x2E ? nameCharacter : 0)
    }
    private static let nameStart: UInt8 = 1, nameCharacter: UInt8 = 2

    /// Whether the bytes at `range` are all spaces, tabs, line feeds or carriage returns.
    private static func isWhiteSpace(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        document[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether the bytes at `first` and at `second` are the same.
    private static func equal(_ document: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count && memcmp(document.baseAddress! + first.lowerBound, document.baseAddress! + second.lowerBound, first.count) == 0
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
