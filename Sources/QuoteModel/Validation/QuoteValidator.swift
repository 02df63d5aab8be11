/// Checks a priced version and records a status and reason on every line, alternative and the
/// version: the version's status is the worst below it and its reason lists every problem.
///
/// Errors block sending; warnings mean the version needs approval before it can be sent. Figures
/// too large to check (which pricing never stores) are an ``ArithmeticOverflow``.
public struct QuoteValidator: Sendable {
    public let context: ValidationContext

    public init(context: ValidationContext) {
        self.context = context
    }

    /// The problems of one priced line.
    public func issues(for line: QuoteLine) throws(ArithmeticOverflow) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let label = line.code.isEmpty ? "'\(line.name)'" : "\(line.code) '\(line.name)'"
        if let productId = line.productId, let product = context.products[productId] {
            if product.isRemoved {
                issues.append(ValidationIssue(.warning, .removedFromPriceList, "product \(label) was removed from its price list"))
            } else if !product.inAssortment {
                issues.append(ValidationIssue(.warning, .notInAssortment, "product \(label) is not in the assortment"))
            }
            if let priceList = context.priceLists[product.priceListId] {
                if !priceList.isActive {
                    issues.append(ValidationIssue(.error, .priceListInactive, "price list '\(priceList.name)' of product \(label) is inactive"))
                }
                if !priceList.isValid(on: context.today) {
                    let period = "\(priceList.validFrom?.description ?? "…") to \(priceList.validTo?.description ?? "…")"
                    issues.append(ValidationIssue(.error, .priceListNotValid, "price list '\(priceList.name)' of product \(label) is not valid on \(context.today) (valid \(period))"))
                }
                if priceList.currency != context.saleCurrency {
                    issues.append(ValidationIssue(.error, .priceListCurrency, "price list '\(priceList.name)' of product \(label) is in \(priceList.currency), the sale in \(context.saleCurrency)"))
                }
            }
        }
        let units = try line.billedQuantity
        if let minimum = line.unitMinimumPrice, !units.isZero, try line.totalPrice < minimum * units {
            issues.append(ValidationIssue(.error, .belowMinimumPrice, "line \(line.rank) \(label) is priced below the minimum price of \(minimum) a unit"))
        }
        if let cost = line.unitCost, try line.totalPrice < cost * units {
            issues.append(ValidationIssue(.warning, .belowCost, "line \(line.rank) \(label) is priced below its cost of \(cost) a unit"))
        }
        if line.totalPrice.isZero {
            issues.append(ValidationIssue(.warning, .zeroTotal, "line \(line.rank) \(label) has a total of zero"))
        } else if line.totalPrice.isNegative {
            issues.append(ValidationIssue(.error, .negativeTotal, "line \(line.rank) \(label) has a negative total"))
        }
        return issues
    }

    /// The problems of one priced alternative as a whole (its lines' problems not included).
    public func issues(for alternative: AlternativeWithLines) throws(ArithmeticOverflow) -> [ValidationIssue] {
        let header = alternative.alternative
        var issues: [ValidationIssue] = []
        if alternative.lines.isEmpty {
            issues.append(ValidationIssue(.okWithInfo, .emptyAlternative, "alternative '\(header.name)' has no lines"))
            return issues
        }
        if header.totalPrice.isZero {
            issues.append(ValidationIssue(.warning, .zeroTotal, "alternative '\(header.name)' has a total of zero"))
        } else if header.totalPrice.isNegative {
            issues.append(ValidationIssue(.error, .negativeTotal, "alternative '\(header.name)' has a negative total"))
        }
        if let limit = context.saleType.maxDiscountPercent, let discount = try totalDiscountPercent(alternative), discount > limit {
            issues.append(ValidationIssue(.warning, .discountOverLimit, "alternative '\(header.name)' has a total discount of \(discount.description(decimals: 2)) %, above the limit of \(limit) % for \(context.saleType.name) sales: needs approval"))
        }
        if let limit = context.saleType.minEarningPercent, let earning = header.earningPercent, earning < limit {
            issues.append(ValidationIssue(.warning, .earningUnderLimit, "alternative '\(header.name)' earns \(earning.description(decimals: 2)) %, below the minimum of \(limit) % for \(context.saleType.name) sales: needs approval"))
        }
        return issues
    }

    /// Every discount of the alternative (line and alternative level) as a percentage of the
    /// lines' list value; nil when that value is zero.
    public func totalDiscountPercent(_ alternative: AlternativeWithLines) throws(ArithmeticOverflow) -> ExactDecimal? {
        let listValue = try alternative.lines.sum(\.subTotal)
        return try ((listValue - alternative.alternative.totalPrice) * .hundred).divided(by: listValue, scale: PriceCalculator.percentScale)
    }

    /// The version with status and reason set on every line, alternative and the version.
    public func validated(_ version: VersionWithAlternatives) throws(ArithmeticOverflow) -> VersionWithAlternatives {
        var result = version
        var versionIssues: [ValidationIssue] = []
        for index in result.alternatives.indices {
            var alternativeIssues: [ValidationIssue] = []
            for lineIndex in result.alternatives[index].lines.indices {
                let issues = try issues(for: result.alternatives[index].lines[lineIndex])
                result.alternatives[index].lines[lineIndex].status = issues.worstStatus
                result.alternatives[index].lines[lineIndex].reason = issues.reason
                alternativeIssues += issues
            }
            alternativeIssues += try issues(for: result.alternatives[index])
            result.alternatives[index].alternative.status = alternativeIssues.worstStatus
            result.alternatives[index].alternative.reason = alternativeIssues.reason
            versionIssues += alternativeIssues
        }
        result.version.status = versionIssues.worstStatus
        result.version.reason = versionIssues.reason
        return result
    }
}
