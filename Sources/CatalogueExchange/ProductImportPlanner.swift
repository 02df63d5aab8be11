import Foundation
import QuoteModel

/// Turns the rows of a spreadsheet into a ``ProductImportPlan`` for one price list: each row is
/// a new product, an update of the product its key finds, unchanged, or a problem.
///
/// The rules:
/// - A column in the file sets its field; a field without a column keeps the product's value
///   (a new product takes the default). An empty cell clears a text field and an optional amount
///   (cost, minimum price, stock, subscription quantity); for the name, list price, VAT and the
///   yes/no fields an empty cell keeps the product's value (a new product needs a name and a list
///   price).
/// - Amounts are exact decimals in the file's culture (text cells) or as the workbook stores them
///   (number cells); none may be negative.
/// - VAT must be a rate some product of the price list has already, or one of ``standardVATRates``.
/// - Every row needs a code; the key (code, name or both) must not repeat inside the file (every
///   row that repeats it is a problem), nor may a code; a code that belongs to another product of
///   the list than the row's is a problem.
public struct ProductImportPlanner: Sendable {
    public var key: ImportKey
    public var culture: NumberCulture

    /// The VAT rates accepted in every price list (percent): 0 and the Swedish 6, 12 and 25.
    public static let standardVATRates: [ExactDecimal] = [0, 6, 12, 25]

    public init(key: ImportKey = .code, culture: NumberCulture = .enUS) {
        self.key = key
        self.culture = culture
    }

    /// The plan for `sheet` (matched by `columns`) against `existing`, the products of price
    /// list `priceListId`.
    public func plan(_ sheet: Spreadsheet, columns: ProductColumns, existing: [Product], priceListId: Int64) -> ProductImportPlan {
        var plan = ProductImportPlan(additions: [], updates: [], unchangedRows: [], problems: [], ignoredColumns: columns.ignored)
        if let imageColumn = columns.imageColumn {
            plan.problems.append(ImportProblem(row: 1, column: imageColumn, reason: "pictures cannot be imported; the column is left out (set a product's picture on its own)"))
        }
        var rows = sheet.rows.map { read($0, columns: columns) }
        markRepeats(in: &rows, columns: columns)

        let byCode = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(grouping: existing, by: \.name)
        let vatRates = Set(existing.map(\.vatPercent)).union(Self.standardVATRates)
        for row in rows {
            var row = row
            let outcome = classify(&row, columns: columns, byCode: byCode, byName: byName, vatRates: vatRates, priceListId: priceListId)
            guard row.problems.isEmpty else {
                plan.problems += row.problems
                continue
            }
            switch outcome {
            case .new(let product): plan.additions.append(.init(row: row.number, product: product))
            case .update(let before, let after, let fields): plan.updates.append(.init(row: row.number, before: before, after: after, changedFields: fields))
            case .unchanged: plan.unchangedRows.append(row.number)
            case nil: break
            }
        }
        return plan
    }

    // MARK: Reading a row

    /// A row's values by field, with the problems found reading them.
    struct ReadRow {
        var number: Int
        var values: [ProductField: ProductFieldValue] = [:]
        var problems: [ImportProblem] = []
        /// The fields whose cells could not be read (each is a problem already).
        var unreadable: Set<ProductField> = []
        var code: String { if case .text(let code) = values[.code] { code } else { "" } }
        var name: String { if case .text(let name) = values[.name] { name } else { "" } }
    }

    private func read(_ row: SpreadsheetRow, columns: ProductColumns) -> ReadRow {
        var read = ReadRow(number: row.number)
        for (index, field) in columns.fields.sorted(by: { $0.key < $1.key }) {
            do {
                read.values[field] = try value(row[column: index], for: field)
            } catch let problem as CellProblem {
                read.problems.append(ImportProblem(row: row.number, column: columns.header(index), reason: problem.reason))
                read.unreadable.insert(field)
            } catch {
                preconditionFailure("only cell problems are thrown")
            }
        }
        return read
    }

    private struct CellProblem: Error {
        var reason: String
    }

    /// The value `cell` gives `field`; nil for an empty cell of an amount or a yes/no field.
    private func value(_ cell: SpreadsheetCell, for field: ProductField) throws -> ProductFieldValue? {
        switch field.exchangeKind {
        case .text:
            return .text(cell.text.trimmed)
        case .amount:
            let amount: ExactDecimal
            switch cell {
            case .empty: return .amount(nil)
            case .text(let text) where text.allSatisfy(\.isWhitespace): return .amount(nil)
            case .number(let number): amount = number
            case .text(let text):
                guard let number = culture.number(text) else {
                    throw CellProblem(reason: "'\(text)' is not a number (\(culture.identifier): \(Self.example(culture)))")
                }
                amount = number
            case .boolean(let flag):
                throw CellProblem(reason: "'\(flag ? "TRUE" : "FALSE")' is not a number")
            }
            if amount.isNegative {
                throw CellProblem(reason: "the \(field.englishLabel.lowercased()) must not be negative (\(amount))")
            }
            return .amount(amount)
        case .flag:
            switch cell {
            case .boolean(let flag): return .flag(flag)
            case .number(let number) where number == 0 || number == 1: return .flag(number == 1)
            case .text(let text):
                let word = text.trimmed.lowercased()
                if word.isEmpty { return nil }
                if Self.yes.contains(word) { return .flag(true) }
                if Self.no.contains(word) { return .flag(false) }
                throw CellProblem(reason: "'\(text)' is not yes or no (true/false, yes/no, ja/nej, 1/0)")
            case .empty: return nil
            case .number(let number): throw CellProblem(reason: "'\(number)' is not yes or no (1 or 0)")
            }
        }
    }

    private static let yes: Set<String> = ["true", "yes", "y", "ja", "j", "1", "x", "sant"]
    private static let no: Set<String> = ["false", "no", "n", "nej", "0", "falskt"]

    private static func example(_ culture: NumberCulture) -> String {
        "write amounts like " + (culture.decimalSeparator == "," ? "1234,50" : "1234.50")
    }

    // MARK: Repeats inside the file

    /// Marks every row whose key, or code, another row of the file has too.
    private func markRepeats(in rows: inout [ReadRow], columns: ProductColumns) {
        func mark(_ field: ProductField, by value: (ReadRow) -> String, what: String) {
            let groups = Dictionary(grouping: rows.indices.filter { !value(rows[$0]).isEmpty }, by: { value(rows[$0]) })
            let header = columns.column(of: field).map(columns.header) ?? field.englishLabel
            for indices in groups.values where indices.count > 1 {
                for index in indices {
                    let others = indices.filter { $0 != index }.map { String(rows[$0].number) }.joined(separator: ", ")
                    rows[index].problems.append(ImportProblem(
                        row: rows[index].number, column: header,
                        reason: "\(what) '\(value(rows[index]))' is repeated inside the file (also row \(others))"))
                }
            }
        }
        switch key {
        case .code:
            mark(.code, by: \.code, what: "the code")
        case .name:
            mark(.name, by: \.name, what: "the name")
            mark(.code, by: \.code, what: "the code")
        case .both:
            mark(.code, by: \.code, what: "the code")
        }
    }

    // MARK: Classifying a row

    private enum Outcome {
        case new(Product)
        case update(before: Product, after: Product, fields: [ProductField])
        case unchanged
    }

    private func classify(
        _ row: inout ReadRow, columns: ProductColumns, byCode: [String: Product], byName: [String: [Product]],
        vatRates: Set<ExactDecimal>, priceListId: Int64
    ) -> Outcome? {
        func problem(_ field: ProductField, _ reason: String) {
            row.problems.append(ImportProblem(row: row.number, column: columns.column(of: field).map(columns.header) ?? field.englishLabel, reason: reason))
        }
        let code = row.code
        let name = row.name
        if code.isEmpty { problem(.code, "the product code is missing") }
        if key != .code, name.isEmpty { problem(.name, "the name is missing (rows are found by name)") }
        if case .amount(let vat?) = row.values[.vatPercent], !vatRates.contains(vat) {
            let rates = vatRates.sorted().map(\.description).joined(separator: ", ")
            problem(.vatPercent, "\(vat) % is not a VAT rate of this price list (the rates are \(rates))")
        }
        guard !code.isEmpty, key == .code || !name.isEmpty else { return nil }

        let match: Product?
        switch key {
        case .code:
            match = byCode[code]
        case .name:
            let named = byName[name] ?? []
            if named.count > 1 {
                problem(.name, "the name '\(name)' is that of \(named.count) products (codes \(named.map(\.code).joined(separator: ", "))); find them by code")
                return nil
            }
            match = named.first
        case .both:
            match = byCode[code].flatMap { $0.name == name ? $0 : nil }
        }
        if let holder = byCode[code], holder.id != match?.id {
            problem(.code, "the code '\(code)' is that of product '\(holder.name)', which this row does not match")
            return nil
        }

        guard let before = match else {
            if name.isEmpty { problem(.name, "a new product needs a name") }
            guard case .amount(let price?) = row.values[.unitListPrice] else {
                if !row.unreadable.contains(.unitListPrice) { problem(.unitListPrice, "a new product needs a list price") }
                return nil
            }
            var product = Product(priceListId: priceListId, code: code, name: name, unitListPrice: price)
            apply(row.values, to: &product)
            return .new(product)
        }
        var after = before
        apply(row.values, to: &after)
        let changed = ProductField.exchanged.filter { $0.cell(of: before) != $0.cell(of: after) }
        return changed.isEmpty ? .unchanged : .update(before: before, after: after, fields: changed)
    }

    /// Sets `product`'s fields from a row's values; a missing value (an empty name, list price,
    /// VAT or yes/no cell) keeps the product's own.
    private func apply(_ values: [ProductField: ProductFieldValue], to product: inout Product) {
        for (field, value) in values {
            if field == .name, value == .text("") { continue }
            if case .amount(nil) = value, case .amount(optional: false) = field.exchangeKind { continue }
            field.set(value, on: &product)
        }
    }
}
