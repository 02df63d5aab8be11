import QuoteModel

/// A list's mapping as `sync lists` prints it.
struct SyncListJSON: Encodable {
    let list: String
    let entries: [SyncListMap.Entry]
    let unmappedValuesInUse: [String]

    init(map: SyncListMap, unmapped: [String]) {
        list = map.list.rawValue
        entries = map.entries
        unmappedValuesInUse = unmapped
    }

    static func text(map: SyncListMap, unmapped: [String]) -> String {
        var table = TextTable([.left("ERP value"), .left("ERP name"), .left("quotedoc value"), .left("")])
        for entry in map.entries {
            table.append([entry.erpValue, entry.erpName, entry.crmValue ?? "(no mapping)", entry.isDefault ? "the ERP's name" : (entry.crmValue == nil ? "" : "set")])
        }
        var text = "The \(map.list.rawValue) list\n" + table.rendered(indent: "  ")
        if !unmapped.isEmpty {
            text += "\n\nValues companies use that map to no ERP value (set them with --set VALUE=ERPVALUE):\n"
                + unmapped.map { "  \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
