import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Every sale type, by name.
    public func saleTypes() throws -> [SaleType] {
        try storage.snapshot { store in try store.saleTypes() }
    }

    /// Adds a sale type: its rules checked (``SaleType/validate()``), its proposal and
    /// confirmation templates found in `templates` and compiled, its default culture known.
    @discardableResult
    public func addSaleType(_ saleType: SaleType, templates: TemplateLibrary) throws -> SaleType {
        let checked = try Self.checked(saleType, original: nil, templates: templates)
        return try storage.transaction { store in try store.insert(checked) }
    }

    /// Changes the sale type named `name` with `change`, in one transaction: the rules are
    /// checked again, and a template or culture that changed is checked as ``addSaleType(_:templates:)``
    /// checks them (`templates` is needed only when a template changes).
    @discardableResult
    public func editSaleType(named name: String, templates: TemplateLibrary?, _ change: (inout SaleType) throws -> Void) throws -> SaleType {
        try storage.transaction { store in
            guard let original = try store.saleType(named: name) else { throw QuoteError.notFound("sale type", name) }
            var edited = original
            try change(&edited)
            edited.id = original.id
            let checked = try Self.checked(edited, original: original, templates: templates)
            try store.update(checked)
            return checked
        }
    }

    /// `saleType` with its template names without extension and its culture's identifier in
    /// canonical form, after checking what is new compared with `original`.
    static func checked(_ saleType: SaleType, original: SaleType?, templates: TemplateLibrary?) throws -> SaleType {
        var saleType = saleType
        saleType.quoteTemplate = templateName(saleType.quoteTemplate)
        saleType.confirmationTemplate = templateName(saleType.confirmationTemplate)
        try saleType.validate()
        let chosen: [(DocumentKind, String, String?)] = [
            (.proposal, saleType.quoteTemplate, original?.quoteTemplate),
            (.orderConfirmation, saleType.confirmationTemplate, original?.confirmationTemplate),
        ]
        for (kind, name, before) in chosen where name != before {
            guard let templates else {
                throw QuoteError(.templates, "template '\(name)' cannot be checked without the templates folder", value: name)
            }
            try templates.checkDocumentTemplate(name, for: kind)
        }
        if let culture = saleType.defaultCulture, culture != original?.defaultCulture {
            saleType.defaultCulture = try TemplateLibrary.culture(named: culture).identifier
        }
        return saleType
    }

    /// A template name as sale types keep it: without the `.html` a user may have typed.
    static func templateName(_ name: String) -> String {
        name.lowercased().hasSuffix(".html") ? String(name.dropLast(5)) : name
    }
}
