import GRDB
import QuoteModel

// Values stored in a group of adjacent columns (an address's five, the five extra fields), found
// by the group's first column: the rest follow it in the record's `Columns`.

extension Row {
    /// An address from the five columns that start at `street` (`deliveryStreet`, `deliveryCity`, …).
    func address<Column>(_ layout: ColumnLayout<Column>, from street: Column) throws -> PostalAddress {
        PostalAddress(
            street: try value(at: layout[street, 0]), city: try value(at: layout[street, 1]), region: try value(at: layout[street, 2]),
            postalCode: try value(at: layout[street, 3]), country: try value(at: layout[street, 4]))
    }

    /// The extra fields from the columns that start at `first` (`extraField1` … `extraField5`).
    func extraFields<Column>(_ layout: ColumnLayout<Column>, from first: Column) throws -> ExtraFields {
        ExtraFields(try (0..<ExtraFields.count).map { try value(at: layout[first, $0]) as String })
    }
}

extension PersistenceContainer {
    /// Writes `address` to the five columns that start at `street`.
    mutating func encode<Column: RecordColumns>(_ address: PostalAddress, from street: Column) {
        let values = [address.street, address.city, address.region, address.postalCode, address.country]
        for (column, value) in zip(street.group(of: values.count), values) { self[column] = value }
    }

    /// Writes `fields` to the columns that start at `first`.
    mutating func encode<Column: RecordColumns>(_ fields: ExtraFields, from first: Column) {
        for (number, column) in zip(1...ExtraFields.count, first.group(of: ExtraFields.count)) { self[column] = fields[number] }
    }
}
