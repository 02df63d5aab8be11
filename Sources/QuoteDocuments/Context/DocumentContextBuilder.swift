import QuoteModel
import StorageInterface
import TemplateEngine

/// Turns a quote, priced by the pricing engine, into the data a document template reads: one
/// ``TemplateObject`` of the ``DocumentContract``'s root type. Every amount is the engine's figure.
public struct DocumentContextBuilder: Sendable {
    public let contract: DocumentContract

    public init(contract: DocumentContract) {
        self.contract = contract
    }

    /// The document data for `detail`.
    ///
    /// - Parameters:
    ///   - images: product pictures by product id, for the lines that have one.
    ///   - labels: the translated labels, by key; keys the contract has but `labels` lacks are empty.
    ///     A label the field configuration sets for the document's language replaces the
    ///     template's column heading of that field; a hidden field's heading is blank.
    ///   - stock: the current stock of the lines' products, by product id.
    ///   - fields: the field configuration; every field it hides merges as blank.
    /// - Throws: ``ArithmeticOverflow`` when stored figures add up past an exact decimal.
    public func context(
        for detail: QuoteDetail, ownCompany: OwnCompany, options: DocumentOptions, culture: Culture,
        labels: [String: String], images: [Int64: ProductImage] = [:], stock: [Int64: ExactDecimal] = [:],
        fields: FieldConfiguration = .standard
    ) throws(ArithmeticOverflow) -> TemplateObject {
        let language = culture.identifier.split(separator: "-").first.map(String.init) ?? "en"
        let hidden = HiddenFields(fields, line: contract.line)
        let extras = LineExtras(images: images, stock: stock, hidden: hidden)
        let currency = detail.sale.currency
        let calculator = PriceCalculator(currency: currency, policy: detail.version.version.roundingPolicy)
        let favouriteId = detail.version.favourite?.alternative.id
        let acceptedId = detail.quote.acceptedAlternativeId
        // Only the alternatives the document can show are built: all of them, or the favourite and
        // (for a confirmation) the accepted one.
        let shown = options.alternatives == .all
            ? detail.version.alternatives
            : detail.version.alternatives.filter { $0.alternative.id == nil || $0.alternative.id == favouriteId || $0.alternative.id == acceptedId }
        let figures = try calculator.figures(for: VersionWithAlternatives(version: detail.version.version, alternatives: shown))

        var alternatives: [TemplateObject] = []
        var favourite: TemplateObject?
        var accepted: TemplateObject?
        for (entry, figure) in zip(shown, figures.alternatives) {
            let object = try alternative(entry, figure, calculator: calculator, isFavourite: entry.alternative.id == favouriteId,
                                     isAccepted: acceptedId != nil && entry.alternative.id == acceptedId, extras: extras)
            alternatives.append(object)
            if entry.alternative.id == favouriteId { favourite = object }
            if acceptedId != nil, entry.alternative.id == acceptedId { accepted = object }
        }
        let favouriteObject: TemplateObject
        if let shownFavourite = favourite ?? alternatives.first {
            favouriteObject = shownFavourite
        } else {
            favouriteObject = try alternative(
                AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: ""), lines: []),
                calculator.figures(for: VersionWithAlternatives(version: detail.version.version, alternatives: [])).alternatives.first,
                calculator: calculator, isFavourite: true, isAccepted: false, extras: LineExtras(images: [:], stock: [:], hidden: hidden))
        }
        let included: [TemplateObject] = switch (options.alternatives, options.kind) {
        case (.all, _): alternatives
        case (.favourite, .orderConfirmation): [accepted ?? favouriteObject]
        case (.favourite, .proposal): [favouriteObject]
        }

        let version = detail.version.version
        // A confirmation is dated the day of the order, so issuing it again gives the same bytes.
        let issueDate = options.kind == .orderConfirmation ? (detail.quote.orderDate ?? options.issueDate) : options.issueDate
        let documentNumber = options.kind == .proposal ? "\(detail.quote.number)-\(version.rank)" : detail.quote.number
        let labels = Self.labels(labels, fields: fields, language: language)
        return TemplateObject(contract.root, values: [
            .object(TemplateObject(contract.document, values: [
                .string(options.kind.rawValue), .string(documentNumber), .date(issueDate),
                .string(culture.identifier), .string(language), .bool(options.alternatives == .all),
            ])),
            .object(TemplateObject(contract.sale, values: [
                .string(detail.sale.number), .string(detail.sale.title), .string(detail.sale.status.rawValue),
                .date(detail.sale.date), .money(detail.sale.amount, currency), .string(detail.saleType.name),
            ])),
            .object(TemplateObject(contract.company, values: [
                .string(detail.company.code), .string(detail.company.name), address(detail.company.address),
                .string(detail.company.phone), .string(detail.company.fax), .string(detail.company.email), .string(detail.company.vatNumber),
                .string(detail.company.endpoint?.scheme ?? ""), .string(detail.company.endpoint?.identifier ?? ""),
            ])),
            detail.person.map { person in
                .object(TemplateObject(contract.person, values: [
                    .string(person.firstName), .string(person.lastName), .string(person.fullName), .string(person.title),
                    .string(person.email), .string(person.phone),
                ]))
            } ?? .null,
            .object(TemplateObject(contract.associate, values: [
                .string(detail.owner.userName), .string(detail.owner.name), .string(detail.owner.title), .string(detail.owner.email),
            ])),
            .object(TemplateObject(contract.ownCompany, values: [
                .string(ownCompany.name), address(ownCompany.address), .string(ownCompany.phone), .string(ownCompany.email),
                .string(ownCompany.website), .string(ownCompany.vatNumber),
                ownCompany.logo.map { .image(TemplateImage(mediaType: $0.mediaType, bytes: $0.bytes)) } ?? .null,
                .string(ownCompany.endpoint?.scheme ?? ""), .string(ownCompany.endpoint?.identifier ?? ""),
            ])),
            .object(TemplateObject(contract.quote, values: [
                .string(detail.quote.number), .string(detail.quote.poNumber), .string(detail.quote.orderComment),
                detail.quote.orderDate.map { .date($0) } ?? .null, .string(currency.code), .string(detail.quote.connectionName),
            ])),
            .object(TemplateObject(contract.version, values: [
                .integer(version.rank), .string(version.state.rawValue), .string(version.status.rawValue), .string(version.reason),
                .string(version.description), version.sentDate.map { .date($0) } ?? .null,
                version.expirationDate.map { .date($0) } ?? .null, .string(version.paymentTerms), .string(version.paymentType),
                .string(version.deliveryTerms), .string(version.deliveryType), address(version.deliveryAddress),
                address(version.invoiceAddress), .string(version.roundingPolicy.rawValue),
            ] + version.extraFields.values.map { .string($0) })),
            .list(included.map { .object($0) }),
            .object(favouriteObject),
            accepted.map { .object($0) } ?? .null,
            .object(TemplateObject(contract.labels, values: contract.labels.fields.map { .string(labels[$0.name] ?? "") })),
        ])
    }

    func address(_ address: PostalAddress) -> TemplateValue {
        .object(TemplateObject(contract.address, values: [
            .string(address.street), .string(address.city), .string(address.region), .string(address.postalCode),
            .string(address.country), .string(CountryName.code(for: address.country) ?? ""), .list(address.lines.map { .string($0) }),
        ]))
    }

    func alternative(
        _ entry: AlternativeWithLines, _ figures: AlternativeFigures?, calculator: PriceCalculator, isFavourite: Bool, isAccepted: Bool,
        extras: LineExtras
    ) throws(ArithmeticOverflow) -> TemplateObject {
        let currency = calculator.currency
        let header = entry.alternative
        let lineFigures = figures?.lines ?? []
        // Lines by index: a quote line is a large struct, and `zip` would copy each one out.
        let lines = try (0..<min(entry.lines.count, lineFigures.count)).map { index throws(ArithmeticOverflow) in
            try line(entry.lines[index], lineFigures[index], calculator: calculator, extras: extras)
        }
        let linesByCategory = Dictionary(grouping: lines.indices, by: { entry.lines[$0].productCategory })
        let groups: [TemplateValue] = (figures?.groups ?? []).map { group in
            .object(TemplateObject(contract.group, values: [
                .string(group.groupField), .list((linesByCategory[group.groupField] ?? []).map { .object(lines[$0]) }),
                .integer(group.numLines), .money(group.sumDiscountAmount, currency), .money(group.sumTotalPrice, currency),
                .money(group.sumVat, currency),
            ]))
        }
        let vatBreakdown: [TemplateValue] = try VATRateFigures.breakdown(entry.lines, lineFigures).map { rate throws(ArithmeticOverflow) in
            .object(TemplateObject(contract.vatRate, values: [
                .decimal(rate.vatPercent), .string(Self.taxCategory(rate.vatPercent)), .money(try currency.rounded(rate.lineExtensionAmount), currency),
                .money(try currency.rounded(rate.allowanceAmount), currency), .money(try currency.rounded(rate.taxableAmount), currency),
                .money(try currency.rounded(rate.vatAmount), currency),
            ]))
        }
        return TemplateObject(contract.alternative, values: [
            .integer(header.rank), .string(header.name), .string(header.description), .bool(isFavourite), .bool(isAccepted),
            .integer(entry.lines.count), .money(header.subTotal, currency), .decimal(header.discountPercent),
            .money(header.discountAmount, currency), .money(figures?.sumDiscountAmount ?? header.discountAmount, currency),
            .money(header.totalPrice, currency), .money(header.vatAmount, currency), .money(try header.totalPriceIncVAT, currency),
            extras.hidden.earningAmount ? .null : header.earningAmount.map { .money($0, currency) } ?? .null,
            extras.hidden.earningPercent ? .null : header.earningPercent.map { .decimal($0) } ?? .null,
            .string(header.status.rawValue), .list(lines.map { .object($0) }), .list(groups), .list(vatBreakdown),
        ] + header.extraFields.values.map { .string($0) })
    }

    func line(_ line: QuoteLine, _ figures: LineFigures, calculator: PriceCalculator, extras: LineExtras) throws(ArithmeticOverflow) -> TemplateObject {
        let currency = calculator.currency
        let netUnitPrice = try calculator.netUnitPrice(of: line)
        let unitDiscount: TemplateValue = extras.hidden.unitListPrice ? .null : .money(try line.unitListPrice - netUnitPrice, currency)
        let image = line.productId.flatMap { extras.images[$0] }.map { TemplateValue.image(TemplateImage(mediaType: $0.mediaType, bytes: $0.bytes)) } ?? .null
        let stock = line.productId.flatMap { extras.stock[$0] }.map { TemplateValue.decimal($0) } ?? .null
        var values: [TemplateValue] = [
            .integer(line.rank), .string(line.code), .string(line.name), .string(line.description), .decimal(line.quantity),
            .string(line.quantityUnit), .string(line.priceUnit), .money(line.unitListPrice, currency), .money(netUnitPrice, currency),
            unitDiscount, .money(line.subTotal, currency), .decimal(line.discountPercent), .money(line.discountAmount, currency),
            .money(line.totalPrice, currency), .money(figures.totalPriceWithAlternativeDiscount, currency),
            .decimal(line.vatPercent), .string(Self.taxCategory(line.vatPercent)), .money(figures.vatAmount, currency), .money(figures.totalPriceIncVAT, currency),
            .string(line.vatInfo), .string(line.productCategory), .string(line.productFamily), .string(line.productType),
            .string(line.itemNumber), .string(line.url), .string(line.supplier), .string(line.supplierCode), image,
            .string(line.status.rawValue), line.unitCost.map { .money($0, currency) } ?? .null,
            line.unitMinimumPrice.map { .money($0, currency) } ?? .null, line.earningAmount.map { .money($0, currency) } ?? .null,
            line.earningPercent.map { .decimal($0) } ?? .null, stock, .bool(line.isSubscription), .string(line.subscriptionUnit),
            line.subscriptionQuantity.map { .decimal($0) } ?? .null,
        ]
        // Room for the extra fields moves the values over once; concatenating arrays copied each.
        values.reserveCapacity(contract.line.fields.count)
        for extra in line.extraFields.values { values.append(.string(extra)) }
        for (position, blank) in extras.hidden.lineBlanks { values[position] = blank }
        return TemplateObject(contract.line, values: values)
    }

    /// The UNCL 5305 VAT category of a rate: S (standard rated) above zero, Z (zero rated) at zero.
    static func taxCategory(_ vatPercent: ExactDecimal) -> String {
        vatPercent > .zero ? "S" : "Z"
    }

    /// `labels` with the column headings the field configuration changes for `language`: its
    /// own label where one is set, blank for a hidden field.
    static func labels(_ labels: [String: String], fields: FieldConfiguration, language: String) -> [String: String] {
        var labels = labels
        for (field, key) in headingKeys {
            let setting = fields[field]
            if !setting.isShown {
                labels[key] = ""
            } else if let own = setting.labels[FieldSetting.languageCode(language)] {
                labels[key] = own
            }
        }
        return labels
    }

    /// The label keys of the standard templates' line columns, by the field each heads.
    static let headingKeys: [(ProductField, String)] = [
        (.code, "code"), (.name, "product"), (.quantity, "quantity"), (.unitListPrice, "unitPrice"), (.discountPercent, "discount"),
    ]

    /// Which fields the field configuration hides, looked up once per document: the positions of
    /// the hidden fields in the line type with the blank each merges as, and the alternative's
    /// earning fields.
    struct HiddenFields {
        let lineBlanks: [(Int, TemplateValue)]
        let earningAmount: Bool
        let earningPercent: Bool
        let unitListPrice: Bool

        init(_ fields: FieldConfiguration, line: ObjectType) {
            let hidden = fields.hiddenFields
            lineBlanks = hidden.compactMap { field in
                guard let position = line.index(of: field.rawValue) else { return nil }
                let blank: TemplateValue = switch line.fields[position].type {
                case .string: .string("")
                case .bool: .bool(false)
                default: .null
                }
                return (position, blank)
            }
            earningAmount = hidden.contains(.earningAmount)
            earningPercent = hidden.contains(.earningPercent)
            unitListPrice = hidden.contains(.unitListPrice)
        }
    }

    /// What lines take besides their own fields: the products' pictures and stock, and the
    /// hidden fields.
    struct LineExtras {
        let images: [Int64: ProductImage]
        let stock: [Int64: ExactDecimal]
        let hidden: HiddenFields
    }
}
