import QuoteModel

/// What to type next after a refusal: the command line's words for a library's
/// ``QuoteError/Remedy`` (libraries never name commands or options).
enum CommandHint {
    /// The hint for `error`, or nil when there is nothing more to say.
    static func hint(for error: QuoteError) -> String? {
        let quote = error.quoteNumber ?? "NUMBER"
        switch error.remedy {
        case .createDatabase?:
            return "create one with `quotedoc init` (or `quotedoc init --demo` for the Northwind demo)"
        case .loadDemo?:
            return "load it first with `quotedoc init --demo`"
        case .newVersion?:
            return "create a new version with `quotedoc version new \(quote)`"
        case .requestApproval?:
            return "ask for approval with `quotedoc approval request \(quote) --approver NAME --comment TEXT`"
        case .changeAndRequestApproval?:
            return "change the version, then ask again with `quotedoc approval request \(quote) --approver NAME`"
        case .retry?:
            return "look at it again with `quotedoc quote show \(quote)` and repeat"
        case .retryWhenERPAnswers?:
            return "nothing was recorded; when the ERP answers again (`quotedoc connection test \(error.value ?? "NAME")` tells), run the same command again"
        case .askSomeoneAllowed?:
            return "`quotedoc associate list` shows who may approve quotes"
        case .namePriceList?:
            return "name the price list with --pricelist NAME"
        case .resumeRun(let run)?:
            return "continue with `quotedoc batch confirmations --resume \(run)`"
        case .writeElsewhere?:
            return "render the preview into another folder with --out DIR"
        case .installPDFConverter?:
            return "--pdf needs WeasyPrint (`pip install weasyprint`) or Chromium (`apt-get install chromium`); leave out --pdf to go on without a PDF"
        case .giveMandatoryFields(let fields)?:
            return "give " + fields.map { $0.hasPrefix("extra-field-") ? "--extra-field (number \($0.dropFirst(12)))" : "--\($0)" }.joined(separator: ", ") + ", or make a field optional with `quotedoc fields set FIELD --optional`"
        case .makeFieldEditable(let field)?:
            return "make it editable with `quotedoc fields set \(field) --editable`"
        case .allowAlternativeDiscount?:
            return "turn it on with `quotedoc settings set --alternative-discount on`, or give the lines their discounts"
        case .giveOwnEndpoint?:
            return "set it with `quotedoc company own edit --endpoint SCHEME:ID` (e.g. 0007:5560125790, a Swedish organisation number), or order with --profile standard"
        case .giveCompanyEndpoint(let code)?:
            return "set it with `quotedoc company edit \(code) --endpoint SCHEME:ID`, or order with --profile standard"
        case .useStandardProfile?:
            return "order with --profile standard"
        case .showField(let field)?:
            return "show it with `quotedoc fields set \(field) --shown`, or order with --profile standard"
        case .giveRecipientAddress?:
            return "give the address with --to ADDRESS (or --to \"NAME <ADDRESS>\"), or leave out --email"
        case .giveSenderAddress?:
            return "give our company an e-mail address with `quotedoc company own edit --email ADDRESS`"
        case .pushCompany(let code, let connection)?:
            return "make its party with `quotedoc sync push \(connection) \(code)`, or let orders do it: `quotedoc connection edit \(connection) --push-on-order on`"
        case .deactivateSync(let connection)?:
            return "switch the sync off with `quotedoc sync deactivate \(connection)`, change it, then `quotedoc sync activate \(connection)`"
        case .activateSync(let connection)?:
            return "check its mappings with `quotedoc sync mapping list \(connection)`, then `quotedoc sync activate \(connection)`"
        case nil:
            return nil
        }
    }

    /// The message and, on its own line, the hint.
    static func describe(_ error: QuoteError) -> String {
        guard let hint = hint(for: error) else { return error.message }
        return "\(error.message)\nHint: \(hint)"
    }
}
