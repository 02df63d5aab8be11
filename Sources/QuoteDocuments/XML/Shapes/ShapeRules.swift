import CLibXML2
import Foundation

/// Whether, and for which namespaces, a schema's verdict on a document follows from the local
/// shapes of its elements (``ShapeScanner``) — worked out by reading the schema's files when the
/// first document is checked by shape — and the global elements with the built-in type of each
/// one's text and attributes, which the shapes' value verdicts are taken against.
///
/// XSD validation checks each element in its place: its content (the names and order of its
/// children, and its text) against its type's content model, its attributes, and its values'
/// lexical spaces; its type is that of its declaration. It reaches beyond one element only
/// through identity constraints (`key`, `keyref`, `unique`) and `ID`s (unique per document), and
/// an element's type depends on more than its name only through local element declarations and
/// `xsi:type`; values are judged by more than their built-in type's lexical space only under
/// facets (patterns, enumerations, lengths, ranges, digits), `fixed` and `default` values and
/// list or union types; and wildcards (`xs:any`) may leave content unchecked. A namespace
/// qualifies when none of its schema files uses any of these, every built-in type they use is
/// one of ``BuiltInType``, and every type they build on belongs to a qualifying namespace. Then a
/// document of qualifying namespaces, without `xsi:` attributes (the scanner takes no prefixed
/// attribute) and without elements whose content has a wildcard, is valid exactly when each of
/// its elements is valid in its place, which depends only on that element's local shape. The
/// UBL 2.1 schemas qualify for the UBL namespaces; XML Signature and XAdES (patterns, `ID`s) do not.
struct ShapeRules: Sendable, Equatable {
    /// The schema files the rules were read from, the main one first.
    let files: [String]
    /// The namespaces a document may declare and still be checked by its shape.
    let namespaces: Set<[UInt8]>
    /// The value types of each global element of the qualifying namespaces, by the element's number.
    let elementTypes: [ValueTypes]
    /// The number of each global element, by ``elementKey(namespace:name:)``.
    let elementNumbers: [[UInt8]: Int]

    /// The built-in types of an element's text (`nil` for element content, or a type that is
    /// not built on one) and of its attributes (`nil` for one whose type is not built on one),
    /// and whether its content model has a wildcard (`xs:any`, whose content may be skipped).
    struct ValueTypes: Sendable, Equatable {
        var text: BuiltInType?
        var attributes: [(name: [UInt8], type: BuiltInType?)]
        var hasWildcard = false

        static func == (left: Self, right: Self) -> Bool {
            left.text == right.text && left.hasWildcard == right.hasWildcard
                && left.attributes.elementsEqual(right.attributes) { $0.name == $1.name && $0.type == $1.type }
        }

        /// The type of the attribute named `name`, when the schema declares one built on a built-in type.
        func attribute(named name: UnsafeBufferPointer<UInt8>) -> BuiltInType? {
            for attribute in attributes where attribute.name.count == name.count {
                if attribute.name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }) { return attribute.type }
            }
            return nil
        }
    }

    /// The key of an element: its namespace, a space, its local name.
    static func elementKey(namespace: some Sequence<UInt8>, name: some Sequence<UInt8>) -> [UInt8] {
        Array(namespace) + [0x20] + Array(name)
    }

    /// The rules of the schema whose main file is `path` (with the files it imports and
    /// includes), or `nil` when its own namespace does not qualify.
    init?(schemaAt path: String) {
        guard let files = try? SchemaFiles(mainFile: path), let main = files.all.first else { return nil }
        var qualifying = Set(files.all.map(\.namespace))
        for file in files.all where !file.qualifies { qualifying.remove(file.namespace) }
        // A namespace whose types build on a namespace that does not qualify does not either.
        var changed = true
        while changed {
            changed = false
            for file in files.all where qualifying.contains(file.namespace) && !file.typeNamespaces.isSubset(of: qualifying) {
                qualifying.remove(file.namespace)
                changed = true
            }
        }
        guard qualifying.contains(main.namespace) else { return nil }
        self.files = files.all.map(\.path)
        namespaces = Set(qualifying.map { Array($0.utf8) })
        var types: [ValueTypes] = []
        var numbers: [[UInt8]: Int] = [:]
        for file in files.all where qualifying.contains(file.namespace) {
            for (name, type) in file.elements {
                let key = Self.elementKey(namespace: file.namespace.utf8, name: name.utf8)
                guard numbers[key] == nil else { continue }
                numbers[key] = types.count
                types.append(files.valueTypes(of: type))
            }
        }
        elementTypes = types
        elementNumbers = numbers
    }

    /// Rules read before (``KeptShapes``): the global elements' keys and value types in number order.
    init(files: [String], namespaces: Set<[UInt8]>, elements: [(key: [UInt8], types: ValueTypes)]) {
        self.files = files
        self.namespaces = namespaces
        elementTypes = elements.map(\.types)
        elementNumbers = Dictionary(elements.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A name in a namespace, as a schema refers to types.
private struct QualifiedName: Hashable {
    var namespace: String
    var name: String
}

/// What one schema file declares, as the rules need it.
private struct SchemaFile {
    var path: String
    var namespace: String
    /// No value constraints, no local elements, only the built-in types the shape records.
    var qualifies = true
    /// The namespaces of the types it references (other than the XSD built-ins).
    var typeNamespaces: Set<String> = []
    var locations: [String] = []
    /// Global elements and their types.
    var elements: [(name: String, type: QualifiedName)] = []
    var complexTypes: [QualifiedName: ComplexType] = [:]
    /// Simple types and the type each restricts.
    var simpleTypes: [QualifiedName: QualifiedName] = [:]
}

/// A complex type: the type its simple content builds on (`nil` for element content), the
/// complex type it extends or restricts, the attributes it declares with their types, and
/// whether its content model has a wildcard.
private struct ComplexType {
    var simpleBase: QualifiedName?
    var complexBase: QualifiedName?
    var attributes: [(name: String, type: QualifiedName?)] = []
    var hasWildcard = false
}

/// A schema's files, read with libxml2, and the types they define.
private struct SchemaFiles {
    static let xsd = "http://www.w3.org/2001/XMLSchema"
    static let valueConstraints: Set<String> = [
        "key", "keyref", "unique", "list", "union", "redefine", "override", "length", "minLength", "maxLength", "pattern", "enumeration",
        "whiteSpace", "maxInclusive", "maxExclusive", "minInclusive", "minExclusive", "totalDigits", "fractionDigits", "assertion", "assert",
        "attributeGroup", "anyAttribute",
    ]

    var all: [SchemaFile] = []
    private var complexTypes: [QualifiedName: ComplexType] = [:]
    private var simpleTypes: [QualifiedName: QualifiedName] = [:]

    /// The file at `mainFile` and every file it imports or includes, each once, the main first.
    init(mainFile: String) throws {
        var seen: Set<String> = []
        var pending = [URL(fileURLWithPath: mainFile).standardizedFileURL]
        while let url = pending.first {
            pending.removeFirst()
            guard seen.insert(url.path).inserted else { continue }
            let file = try Self.read(url)
            all.append(file)
            complexTypes.merge(file.complexTypes) { first, _ in first }
            simpleTypes.merge(file.simpleTypes) { first, _ in first }
            pending += file.locations.map { URL(fileURLWithPath: $0, relativeTo: url.deletingLastPathComponent()).standardizedFileURL }
        }
    }

    /// The value types of an element of type `type`.
    func valueTypes(of type: QualifiedName, depth: Int = 0) -> ShapeRules.ValueTypes {
        guard depth < 32 else { return .init(text: nil, attributes: []) }
        if let builtIn = builtIn(type) { return .init(text: builtIn, attributes: []) }
        guard let complex = complexTypes[type] else { return .init(text: nil, attributes: []) }
        var types = ShapeRules.ValueTypes(text: nil, attributes: [])
        if let base = complex.simpleBase ?? complex.complexBase {
            types = valueTypes(of: base, depth: depth + 1)
        }
        if complex.simpleBase == nil { types.text = nil }
        types.hasWildcard = types.hasWildcard || complex.hasWildcard
        // A restriction declares again the attributes whose use or type it changes.
        for attribute in complex.attributes {
            let name = Array(attribute.name.utf8)
            types.attributes.removeAll { $0.name == name }
            types.attributes.append((name, attribute.type.flatMap { builtIn($0) }))
        }
        return types
    }

    /// The built-in type a simple type comes down to, if it is one of ``BuiltInType``.
    private func builtIn(_ type: QualifiedName, depth: Int = 0) -> BuiltInType? {
        if type.namespace == Self.xsd { return BuiltInType(named: type.name) }
        guard depth < 32, let base = simpleTypes[type] else { return nil }
        return builtIn(base, depth: depth + 1)
    }

    private static func read(_ url: URL) throws -> SchemaFile {
        let document = try XMLDocument(bytes: Array(try Data(contentsOf: url)), fileName: url.path)
        guard let root = xmlDocGetRootElement(document.pointer) else { throw XMLError.notWellFormed([]) }
        var file = SchemaFile(path: url.path, namespace: Node.attribute(root, "targetNamespace") ?? "")
        for child in Node.elements(root) {
            switch Node.name(child) {
            case "import", "include":
                if let location = Node.attribute(child, "schemaLocation") { file.locations.append(location) }
            case "element":
                if let name = Node.attribute(child, "name"), let type = reference(child, "type", in: &file) {
                    file.elements.append((name, type))
                } else {
                    file.qualifies = false
                }
            case "complexType":
                if let name = Node.attribute(child, "name") {
                    file.complexTypes[QualifiedName(namespace: file.namespace, name: name)] = complexType(child, in: &file)
                }
            case "simpleType":
                let restriction = Node.elements(child).first { Node.name($0) == "restriction" }
                if let name = Node.attribute(child, "name"), let restriction, let base = reference(restriction, "base", in: &file) {
                    file.simpleTypes[QualifiedName(namespace: file.namespace, name: name)] = base
                } else {
                    file.qualifies = false
                }
            default:
                break
            }
        }
        check(root, isGlobal: true, in: &file)
        return file
    }

    /// Marks `file` as not qualifying when below `node` there is a value constraint, a local
    /// element declaration or a built-in type the shape does not record.
    private static func check(_ node: xmlNodePtr, isGlobal: Bool, in file: inout SchemaFile) {
        for child in Node.elements(node) {
            let name = Node.name(child)
            if valueConstraints.contains(name) || Node.attribute(child, "fixed") != nil || Node.attribute(child, "default") != nil {
                file.qualifies = false
            }
            if name == "element", !isGlobal, Node.attribute(child, "name") != nil { file.qualifies = false }
            for attribute in ["type", "base"] { _ = reference(child, attribute, in: &file) }
            check(child, isGlobal: false, in: &file)
        }
    }

    private static func complexType(_ node: xmlNodePtr, in file: inout SchemaFile) -> ComplexType {
        var type = ComplexType(hasWildcard: hasWildcard(node))
        var holders = [node]
        for child in Node.elements(node) {
            let name = Node.name(child)
            guard name == "simpleContent" || name == "complexContent" else { continue }
            for derivation in Node.elements(child) where ["extension", "restriction"].contains(Node.name(derivation)) {
                let base = reference(derivation, "base", in: &file)
                if name == "simpleContent" { type.simpleBase = base } else { type.complexBase = base }
                holders.append(derivation)
            }
        }
        for holder in holders {
            for attribute in Node.elements(holder) where Node.name(attribute) == "attribute" {
                guard let name = Node.attribute(attribute, "name") else { continue }
                type.attributes.append((name, reference(attribute, "type", in: &file)))
            }
        }
        return type
    }

    /// Whether an `xs:any` is anywhere below `node`.
    private static func hasWildcard(_ node: xmlNodePtr) -> Bool {
        Node.elements(node).contains { Node.name($0) == "any" || hasWildcard($0) }
    }

    /// The type `node`'s `attribute` names, its prefix resolved where it is used; notes its
    /// namespace, and whether a built-in is one the shape records.
    private static func reference(_ node: xmlNodePtr, _ attribute: String, in file: inout SchemaFile) -> QualifiedName? {
        guard let value = Node.attribute(node, attribute) else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        let prefix = parts.count == 2 ? parts[0] : nil
        let namespace = prefix.map { prefix in LibXML2.withXMLChars(prefix) { xmlSearchNs(node.pointee.doc, node, $0) } }
            ?? xmlSearchNs(node.pointee.doc, node, nil)
        guard let href = namespace?.pointee.href else {
            file.qualifies = false
            return nil
        }
        let name = QualifiedName(namespace: String(cString: href), name: parts.last!)
        if name.namespace == xsd {
            if BuiltInType(named: name.name) == nil { file.qualifies = false }
        } else {
            file.typeNamespaces.insert(name.namespace)
        }
        return name
    }
}

/// Reading libxml2's tree of a schema file.
private enum Node {
    /// The element children of `node` in the XSD namespace.
    static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let ns = current.pointee.ns, String(cString: ns.pointee.href) == SchemaFiles.xsd {
                children.append(current)
            }
            child = current.pointee.next
        }
        return children
    }

    static func name(_ node: xmlNodePtr) -> String {
        String(cString: node.pointee.name)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        LibXML2.withXMLChars(name) { name in
            guard let value = xmlGetNoNsProp(node, name) else { return nil }
            return LibXML2.string(taking: value)
        }
    }
}
