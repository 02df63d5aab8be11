import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// The settings.
    public func settings() throws -> QuoteSettings {
        try storage.snapshot { store in try store.settings() }
    }

    /// Changes the settings with `change`, in one transaction: their rules checked
    /// (``QuoteSettings/validate()``) and a new default culture known.
    @discardableResult
    public func editSettings(_ change: (inout QuoteSettings) throws -> Void) throws -> QuoteSettings {
        try storage.transaction { store in
            let original = try store.settings()
            var edited = original
            try change(&edited)
            if let culture = edited.defaultCulture, culture != original.defaultCulture {
                edited.defaultCulture = try TemplateLibrary.culture(named: culture).identifier
            }
            try edited.validate()
            try store.update(edited)
            return edited
        }
    }
}
