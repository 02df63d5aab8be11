import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// The field configuration: every product and quote-line field's setting, in rank order.
    public func fieldConfiguration() throws -> FieldConfiguration {
        try storage.snapshot { store in try store.fieldConfiguration() }
    }

    /// Changes the setting of `field` by `changes`, in one transaction: all of them are saved, or
    /// none when one breaks a rule of ``FieldConfiguration``. Returns the configuration saved.
    @discardableResult
    public func changeField(_ field: ProductField, _ changes: [FieldChange]) throws -> FieldConfiguration {
        try storage.transaction { store in
            var configuration = try store.fieldConfiguration()
            try configuration.apply(changes, to: field)
            try store.save(configuration)
            return configuration
        }
    }

    /// Changes one line of the active version of quote `quoteNumber` by hand, through ``edit``:
    /// `locate` finds the line (alternative and line index) in the version, `change` changes it.
    /// A change of a field the configuration makes read-only is refused and nothing is saved.
    /// Returns the quote as saved, the alternative's name and the line as changed (before
    /// repricing).
    public func editLine(
        quoteNumber: String, acting: Acting, locate: (VersionWithAlternatives) throws -> (alternative: Int, line: Int),
        _ change: (inout QuoteLine) throws -> Void
    ) throws -> (detail: QuoteDetail, alternative: String, line: QuoteLine) {
        let (detail, changed) = try edit(quoteNumber: quoteNumber, acting: acting) { tree, context in
            let (alternative, index) = try locate(tree)
            let original = tree.alternatives[alternative].lines[index]
            var line = original
            try change(&line)
            try context.fields.checkReadOnlyFields(changing: original, to: line)
            tree.alternatives[alternative].lines[index] = line
            return (tree.alternatives[alternative].alternative.name, line)
        }
        return (detail, changed.0, changed.1)
    }
}
