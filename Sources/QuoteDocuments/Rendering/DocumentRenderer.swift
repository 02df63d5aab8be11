import Foundation
import QuoteModel
import StorageInterface
import TemplateEngine

/// Renders a quote's documents — the same code for previews, sending and batches: builds the
/// data, renders each format through its template, checks UBL XML against the official schema,
/// and fingerprints the result. It writes nothing.
public struct DocumentRenderer: Sendable {
    /// The version recorded with every document.
    public static let engineVersion = "quotedoc 0.1.0"

    public let library: TemplateLibrary
    /// How UBL XML is checked against its schema (and refused when it breaks it): in full by
    /// default, by shape in batches, not at all in the live preview (which shows the document
    /// with its violations).
    public let validation: XMLValidation
    /// How much one document may render and how long it may take.
    public let limits: RenderLimits

    public init(library: TemplateLibrary, validation: XMLValidation = .full, limits: RenderLimits = .standard) {
        self.library = library
        self.validation = validation
        self.limits = limits
    }

    /// The standard template name of a document kind: `proposal` or `order-confirmation`.
    public static func templateBaseName(_ kind: DocumentKind) -> String {
        switch kind {
        case .proposal: "proposal"
        case .orderConfirmation: "order-confirmation"
        }
    }

    /// The template of a Peppol order agreement (``ConfirmationProfile/peppol``).
    public static let peppolConfirmationTemplate = "peppol/order-confirmation.xml"

    /// The template that renders `format` of a `kind` document of a sale of `saleType`: the sale
    /// type's proposal or confirmation template — `<name>.html` for HTML; for UBL XML the Peppol
    /// order agreement when the confirmation's profile (`profile`, else the sale type's) is
    /// Peppol, else `<name>.xml` when the templates folder has it, else the kind's standard UBL
    /// template (`proposal.xml`, `order-confirmation.xml`).
    public func templateName(_ kind: DocumentKind, format: DocumentFormat, saleType: SaleType, culture: Culture, profile: ConfirmationProfile? = nil) -> String {
        if kind == .orderConfirmation, format == .xml, (profile ?? saleType.confirmationProfile) == .peppol { return Self.peppolConfirmationTemplate }
        let name = kind == .proposal ? saleType.quoteTemplate : saleType.confirmationTemplate
        let file = "\(name).\(format.rawValue)"
        if format == .xml, !library.has(file, culture: culture) { return "\(Self.templateBaseName(kind)).xml" }
        return file
    }

    /// Renders `formats` (HTML and XML) of the document for `detail`, each through the template
    /// its sale type names (``templateName(_:format:saleType:culture:)``).
    ///
    /// - Parameters:
    ///   - stock: the current stock of the lines' products, by product id.
    ///   - fields: the field configuration; every field it hides merges as blank.
    ///   - templateOverride: a template file to use instead of the standard one (for the format
    ///     its extension names).
    public func render(
        _ detail: QuoteDetail, ownCompany: OwnCompany, images: [Int64: ProductImage], stock: [Int64: ExactDecimal] = [:],
        fields: FieldConfiguration = .standard, options: DocumentOptions, formats: [DocumentFormat], templateOverride: URL? = nil
    ) throws(QuoteError) -> [RenderedDocument] {
        if options.kind == .orderConfirmation, detail.quote.acceptedAlternativeId == nil {
            throw QuoteError(.notApplicable, "quote \(detail.quote.number) has no order placed, so it has no order confirmation; render a proposal instead")
        }
        guard let culture = Culture.named(options.culture ?? "en-US") else {
            throw QuoteError(.templates, "unknown culture '\(options.culture ?? "")'\(Culture.suggestion(for: options.culture ?? "").map { "; did you mean '\($0)'?" } ?? "")")
        }
        let profile = options.profile ?? detail.saleType.confirmationProfile
        if options.kind == .orderConfirmation, formats.contains(.xml) {
            try profile.checkRequirements(
                quoteNumber: detail.quote.number, company: detail.company, ownCompany: ownCompany, currency: detail.sale.currency,
                rounding: detail.version.version.roundingPolicy, fields: fields)
        }
        let labels = try library.labels(for: culture)
        let data = try Self.context(
            of: detail, ownCompany: ownCompany, options: options, culture: culture, labels: labels, images: images, stock: stock,
            fields: fields, library: library)
        var documents: [RenderedDocument] = []
        for format in formats {
            let name = templateName(options.kind, format: format, saleType: detail.saleType, culture: culture, profile: profile)
            let override = templateOverride.flatMap { $0.pathExtension.lowercased() == format.rawValue ? $0 : nil }
            let (template, templateHash) = try library.compiled(name, culture: culture, override: override)
            let bytes: [UInt8]
            do {
                bytes = try template.renderBytes(data, culture: format == .xml ? .invariant : culture, limits: limits)
            } catch {
                throw QuoteError(.templates, "\(error.description) (quote \(detail.quote.number))", quote: detail.quote.number)
            }
            if format == .xml, validation != .off { try validateUBL(bytes, kind: options.kind, name: name) }
            documents.append(RenderedDocument(
                kind: options.kind, format: format,
                fileName: DocumentFileName(quoteNumber: detail.quote.number, versionRank: detail.version.version.rank, kind: options.kind, format: format).description,
                bytes: bytes, sha256: SHA256Digest.hex(bytes), templateName: override?.lastPathComponent ?? name,
                templateHash: templateHash, engineVersion: Self.engineVersion))
        }
        return documents
    }

    /// The document data for `detail`; figures too large to add up make no document.
    static func context(
        of detail: QuoteDetail, ownCompany: OwnCompany, options: DocumentOptions, culture: Culture, labels: [String: String],
        images: [Int64: ProductImage] = [:], stock: [Int64: ExactDecimal] = [:], fields: FieldConfiguration = .standard,
        library: TemplateLibrary
    ) throws(QuoteError) -> TemplateObject {
        do {
            return try DocumentContextBuilder(contract: library.contract).context(
                for: detail, ownCompany: ownCompany, options: options, culture: culture, labels: labels, images: images, stock: stock,
                fields: fields)
        } catch {
            throw QuoteError(.notApplicable, "quote \(detail.quote.number) cannot be made into a document: \(error)")
        }
    }

    /// Checks XML against the UBL 2.1 schema of its kind: Quotation or OrderResponse.
    func validateUBL(_ bytes: [UInt8], kind: DocumentKind, name: String) throws(QuoteError) {
        do {
            try UBLSchemas.validate(bytes, kind: kind, fileName: name, validation: validation)
        } catch {
            throw QuoteError(.invalidXML, "\(name) produced XML that UBL 2.1 rejects; nothing was written:\n\(error.description)")
        }
    }
}
