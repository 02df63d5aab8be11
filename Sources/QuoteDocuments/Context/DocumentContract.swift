import TemplateEngine

/// The data contract of a quote document: every name a proposal or order-confirmation template
/// can use, its type and its meaning (reference §4.3's merge fields, in camelCase). Templates are
/// compiled against it, so a misspelt field is an error before anything renders; and every amount
/// in it comes from the pricing engine: templates print money, they never compute it. A line field
/// the field configuration hides merges as blank: empty text, false, or no value at all (so
/// `{% if %}` on it is false and the template needs no change).
public struct DocumentContract: Sendable {
    public let root: ObjectType
    public let address: ObjectType
    public let company: ObjectType
    public let person: ObjectType
    public let associate: ObjectType
    public let ownCompany: ObjectType
    public let sale: ObjectType
    public let quote: ObjectType
    public let version: ObjectType
    public let line: ObjectType
    public let group: ObjectType
    public let vatRate: ObjectType
    public let alternative: ObjectType
    public let document: ObjectType
    public let labels: ObjectType

    /// The contract, with one text field under `labels` for each translated label.
    public init(labelKeys: [String]) {
        let extraFields = (1...5).map { ObjectType.Field("extraField\($0)", .string, "extra field \($0), free text from the ERP or an import") }
        address = ObjectType("address", fields: [
            .init("street", .string, "street address"),
            .init("city", .string, "city"),
            .init("region", .string, "region or state"),
            .init("postalCode", .string, "postal code"),
            .init("country", .string, "country"),
            .init("countryCode", .string, "the country's ISO 3166 two-letter code, or empty when unknown"),
            .init("lines", .list(.string), "the address as printed lines, blank parts left out"),
        ])
        company = ObjectType("company", fields: [
            .init("code", .string, "the customer's code"),
            .init("name", .string, "the customer's name"),
            .init("address", .object(address), "the customer's address"),
            .init("phone", .string, "phone number"),
            .init("fax", .string, "fax number"),
            .init("email", .string, "the customer's general e-mail address; empty when none"),
            .init("vatNumber", .string, "the customer's VAT registration number (DE136695976); empty when none"),
            .init("endpointScheme", .string, "the EAS scheme of where the customer receives electronic documents (0007, 0088…); empty when none"),
            .init("endpointId", .string, "the customer's electronic address in that scheme (Peppol EndpointID); empty when none"),
        ])
        person = ObjectType("person", fields: [
            .init("firstName", .string, "first name"),
            .init("lastName", .string, "last name"),
            .init("fullName", .string, "first and last name"),
            .init("title", .string, "job title"),
            .init("email", .string, "e-mail address"),
            .init("phone", .string, "phone number"),
        ])
        associate = ObjectType("associate", fields: [
            .init("userName", .string, "user name"),
            .init("name", .string, "full name"),
            .init("title", .string, "job title"),
            .init("email", .string, "e-mail address"),
        ])
        ownCompany = ObjectType("ourCompany", fields: [
            .init("name", .string, "our company's name"),
            .init("address", .object(address), "our address"),
            .init("phone", .string, "our phone number"),
            .init("email", .string, "our e-mail address"),
            .init("website", .string, "our website"),
            .init("vatNumber", .string, "our VAT registration number"),
            .init("logo", .optional(.image), "our logo (`quotedoc company own edit --logo`); print it with the image filter"),
            .init("endpointScheme", .string, "the EAS scheme of our electronic address (0007, 0088…); empty when none"),
            .init("endpointId", .string, "our electronic address in that scheme (Peppol EndpointID); empty when none"),
        ])
        sale = ObjectType("sale", fields: [
            .init("number", .string, "the sale number"),
            .init("title", .string, "the sale's heading"),
            .init("status", .string, "open, sold or lost"),
            .init("date", .date, "the sale date"),
            .init("amount", .money, "the sale amount (the favourite alternative's total)"),
            .init("saleType", .string, "the sale type's name"),
        ])
        quote = ObjectType("quote", fields: [
            .init("number", .string, "the quote number"),
            .init("poNumber", .string, "the customer's purchase-order number"),
            .init("orderComment", .string, "comment for the order"),
            .init("orderDate", .optional(.date), "the day the order was placed"),
            .init("currency", .string, "ISO 4217 code of the quote's currency"),
            .init("connectionName", .string, "the ERP connection the quote is priced through"),
        ])
        version = ObjectType("version", fields: [
            .init("rank", .integer, "the version number, from 1"),
            .init("state", .string, "draft, needsApproval, approved, notApproved, sent, archived, lost or sold"),
            .init("status", .string, "the validation status: ok, okWithInfo, warning or error"),
            .init("reason", .string, "every validation problem, one per line"),
            .init("description", .string, "the version's description"),
            .init("sentDate", .optional(.date), "the day the version was sent"),
            .init("expirationDate", .optional(.date), "the last day the quote is valid"),
            .init("paymentTerms", .string, "payment terms"),
            .init("paymentType", .string, "payment type"),
            .init("deliveryTerms", .string, "delivery terms"),
            .init("deliveryType", .string, "delivery type (e.g. the shipper)"),
            .init("deliveryAddress", .object(address), "where the goods go"),
            .init("invoiceAddress", .object(address), "where the invoice goes"),
            .init("roundingPolicy", .string, "perLine or perTotal"),
        ] + extraFields)
        line = ObjectType("line", fields: [
            .init("rank", .integer, "position in the alternative, from 1"),
            .init("code", .string, "product code"),
            .init("name", .string, "product name"),
            .init("description", .string, "description"),
            .init("quantity", .decimal, "quantity"),
            .init("quantityUnit", .string, "the unit the quantity counts"),
            .init("priceUnit", .string, "the unit the price is for"),
            .init("unitListPrice", .optional(.money), "list price of one unit, with the decimals it has (print it with money(\"unit\") or plain(\"unit\")); empty when hidden"),
            .init("netUnitPrice", .money, "price of one unit after the line's discount: totalPrice ÷ quantity, with the fewest decimals (at least the currency's) that give totalPrice back when multiplied by the quantity and rounded"),
            .init("unitDiscountAmount", .optional(.money), "the line's discount per unit: unitListPrice − netUnitPrice; empty when the list price is hidden"),
            .init("subTotal", .money, "unitListPrice × quantity"),
            .init("discountPercent", .optional(.decimal), "the line's discount in percent; empty when hidden"),
            .init("discountAmount", .optional(.money), "the line's discount as an amount; empty when hidden"),
            .init("totalPrice", .money, "subTotal − discountAmount"),
            .init("totalPriceWithAlternativeDiscount", .money, "totalPrice less the line's share of the alternative's discount"),
            .init("vatPercent", .optional(.decimal), "VAT in percent; empty when hidden"),
            .init("taxCategory", .string, "the UNCL 5305 VAT category: S (standard rated) when vatPercent > 0, else Z"),
            .init("vatAmount", .money, "the line's share of its rate's VAT: VAT on totalPriceWithAlternativeDiscount, the rate's last line taking the rounding remainder"),
            .init("totalPriceIncVAT", .money, "totalPriceWithAlternativeDiscount + vatAmount"),
            .init("vatInfo", .string, "free text about VAT"),
            .init("productCategory", .string, "product category"),
            .init("productFamily", .string, "product family"),
            .init("productType", .string, "product type"),
            .init("itemNumber", .string, "item number"),
            .init("url", .string, "product web page"),
            .init("supplier", .string, "supplier"),
            .init("supplierCode", .string, "the supplier's code"),
            .init("image", .optional(.image), "the product's picture; print it with the image filter"),
            .init("status", .string, "the validation status of the line"),
            .init("unitCost", .optional(.money), "cost of one unit; empty when unknown or hidden"),
            .init("unitMinimumPrice", .optional(.money), "the lowest price one unit may be sold for; empty when there is none or hidden"),
            .init("earningAmount", .optional(.money), "totalPrice − cost; empty when the cost is unknown or the field hidden"),
            .init("earningPercent", .optional(.decimal), "earningAmount ÷ totalPrice × 100; empty when unknown or hidden"),
            .init("stock", .optional(.decimal), "units of the product in stock now; empty when not tracked or hidden"),
            .init("isSubscription", .bool, "true for a subscription (false when hidden)"),
            .init("subscriptionUnit", .string, "the subscription period (month)"),
            .init("subscriptionQuantity", .optional(.decimal), "how many subscription periods; empty when not given or hidden"),
        ] + extraFields)
        group = ObjectType("lineGroup", fields: [
            .init("groupField", .string, "the product category these lines share"),
            .init("lines", .list(.object(line)), "the lines of the group, by rank"),
            .init("numLines", .integer, "how many lines"),
            .init("sumDiscountAmount", .money, "Σ discountAmount"),
            .init("sumTotalPrice", .money, "Σ totalPrice"),
            .init("sumVat", .money, "Σ vatAmount"),
        ])
        vatRate = ObjectType("vatRate", fields: [
            .init("vatPercent", .decimal, "the VAT rate in percent"),
            .init("taxCategory", .string, "the UNCL 5305 VAT category: S (standard rated) when vatPercent > 0, else Z"),
            .init("lineExtensionAmount", .money, "Σ totalPrice of the lines at this rate, before the alternative's discount"),
            .init("allowanceAmount", .money, "the alternative's discount on the lines at this rate (its shares of the discount)"),
            .init("taxableAmount", .money, "lineExtensionAmount − allowanceAmount: Σ totalPriceWithAlternativeDiscount of the lines at this rate"),
            .init("vatAmount", .money, "taxableAmount × vatPercent / 100, rounded once to the currency's minor unit; Σ vatAmount of the lines at this rate"),
        ])
        alternative = ObjectType("alternative", fields: [
            .init("rank", .integer, "position in the version, from 1"),
            .init("name", .string, "the alternative's name"),
            .init("description", .string, "description"),
            .init("isFavourite", .bool, "true for the favourite alternative"),
            .init("isAccepted", .bool, "true for the alternative the customer ordered"),
            .init("numLines", .integer, "how many lines"),
            .init("subTotal", .money, "Σ line totalPrice, before the alternative's discount"),
            .init("discountPercent", .decimal, "the alternative's own discount in percent"),
            .init("discountAmount", .money, "the alternative's own discount as an amount"),
            .init("sumDiscountAmount", .money, "every discount: the lines' and the alternative's"),
            .init("totalPrice", .money, "subTotal − discountAmount: every discount included, VAT excluded"),
            .init("vatAmount", .money, "Σ vatAmount of the VAT rates (and of the lines)"),
            .init("totalPriceIncVAT", .money, "totalPrice + vatAmount"),
            .init("earningAmount", .optional(.money), "totalPrice − cost, when every cost is known; empty when the line field is hidden"),
            .init("earningPercent", .optional(.decimal), "earningAmount ÷ totalPrice × 100; empty when the line field is hidden"),
            .init("status", .string, "the validation status of the alternative"),
            .init("lines", .list(.object(line)), "the lines, by rank"),
            .init("groups", .list(.object(group)), "the lines grouped by product category, groups in alphabetical order"),
            .init("vatBreakdown", .list(.object(vatRate)), "taxable amount and VAT per VAT rate, lowest rate first"),
        ] + extraFields)
        document = ObjectType("document", fields: [
            .init("kind", .string, "proposal or orderConfirmation"),
            .init("number", .string, "the document's number: the quote number, with the version for a proposal"),
            .init("date", .date, "the day the document is issued"),
            .init("culture", .string, "the culture money and dates are formatted in, e.g. sv-SE"),
            .init("language", .string, "the language of the labels, e.g. sv"),
            .init("allAlternatives", .bool, "true when every alternative is included, false for the favourite only"),
        ])
        labels = ObjectType("labels", fields: labelKeys.map { .init($0, .string, "translated label") })
        root = ObjectType("quoteDocument", fields: [
            .init("document", .object(document), "the document itself"),
            .init("sale", .object(sale), "the sale"),
            .init("company", .object(company), "the customer"),
            .init("person", .optional(.object(person)), "the customer's contact person"),
            .init("ourContact", .object(associate), "the salesperson who owns the sale"),
            .init("ourCompany", .object(ownCompany), "our company"),
            .init("quote", .object(quote), "the quote"),
            .init("version", .object(version), "the quote version"),
            .init("alternatives", .list(.object(alternative)), "the alternatives included in the document"),
            .init("favourite", .object(alternative), "the favourite alternative"),
            .init("accepted", .optional(.object(alternative)), "the alternative the customer ordered"),
            .init("labels", .object(labels), "translated texts for the document's language"),
        ])
    }
}
