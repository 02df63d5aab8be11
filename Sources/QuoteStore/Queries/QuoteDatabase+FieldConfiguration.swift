import GRDB
import QuoteModel

extension QuoteDatabase {
    /// The field configuration: the stored settings over the defaults. A row naming a field this
    /// build does not know is skipped (a newer quotedoc's field).
    static func fieldConfiguration(_ db: Database) throws -> FieldConfiguration {
        var labels: [ProductField: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT field, language, label FROM fieldLabel") {
            guard let field = ProductField(rawValue: row["field"]) else { continue }
            labels[field, default: [:]][row["language"]] = row["label"]
        }
        // A label is only ever stored with its field's setting row (labels make the setting differ
        // from the default), so the rows hold every changed field.
        let settings = try Row.fetchAll(db, sql: "SELECT field, shown, mandatory, readOnly, rank FROM fieldSetting").compactMap { row -> FieldSetting? in
            guard let field = ProductField(rawValue: row["field"]) else { return nil }
            return FieldSetting(
                field: field, isShown: row["shown"], isMandatory: row["mandatory"], isReadOnly: row["readOnly"], rank: row["rank"],
                labels: labels[field] ?? [:])
        }
        return try FieldConfiguration(settings: settings)
    }

    /// Replaces the stored field configuration with `configuration`: a row for each field whose
    /// setting differs from the default, a label row for each label set.
    static func save(_ db: Database, _ configuration: FieldConfiguration) throws {
        try db.execute(sql: "DELETE FROM fieldSetting; DELETE FROM fieldLabel")
        let insertSetting = try db.cachedStatement(sql: "INSERT INTO fieldSetting (field, shown, mandatory, readOnly, rank) VALUES (?, ?, ?, ?, ?)")
        let insertLabel = try db.cachedStatement(sql: "INSERT INTO fieldLabel (field, language, label) VALUES (?, ?, ?)")
        for setting in configuration.changedSettings {
            try insertSetting.execute(arguments: [setting.field.rawValue, setting.isShown, setting.isMandatory, setting.isReadOnly, setting.rank])
            for (language, label) in setting.labels.sorted(by: { $0.key < $1.key }) {
                try insertLabel.execute(arguments: [setting.field.rawValue, language, label])
            }
        }
    }

    /// The field configuration.
    public func fieldConfiguration() throws(QuoteError) -> FieldConfiguration {
        try read { db in try Self.fieldConfiguration(db) }
    }
}
