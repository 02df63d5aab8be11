/// A plain-text table: a header, a rule, then the rows, each column as wide as its widest cell.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        let title: String
        let alignment: Alignment

        static func left(_ title: String) -> Column { Column(title: title, alignment: .left) }
        static func right(_ title: String) -> Column { Column(title: title, alignment: .right) }
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; it must have one cell per column.
    mutating func append(_ cells: [String]) {
        precondition(cells.count == columns.count, "a row needs \(columns.count) cells")
        rows.append(cells)
    }

    /// The table as lines, each prefixed with `indent`, with no trailing spaces.
    func rendered(indent: String = "") -> String {
        let widths = columns.indices.map { index in
            rows.reduce(columns[index].title.count) { max($0, $1[index].count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { index in
                let gap = String(repeating: " ", count: widths[index] - cells[index].count)
                return columns[index].alignment == .left ? cells[index] + gap : gap + cells[index]
            }
            let text = indent + padded.joined(separator: "  ")
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(columns.map(\.title)), line(rule)] + rows.map(line)).joined(separator: "\n")
    }
}

/// Labelled values, one a line, values aligned after the longest label; empty values are left out.
func fieldList(_ fields: [(label: String, value: String)], indent: String = "") -> String {
    let shown = fields.filter { !$0.value.isEmpty }
    let width = shown.map(\.label.count).max() ?? 0
    return shown.map { field in
        let lines = field.value.split(separator: "\n", omittingEmptySubsequences: false)
        let continuation = "\n" + indent + String(repeating: " ", count: width + 3)
        let label = field.label + ":" + String(repeating: " ", count: width - field.label.count + 2)
        return indent + label + lines.joined(separator: continuation)
    }.joined(separator: "\n")
}
