import QuoteModel

/// What to type next after a refusal: the command line's own addition to a library's
/// ``QuoteError`` (libraries never name commands or options).
enum CommandHint {
    /// The hint for `error`, or nil when there is nothing more to say.
    static func hint(for error: QuoteError) -> String? {
        let quote = error.quoteNumber ?? "NUMBER"
        switch error.code {
        case .databaseMissing:
            return "create one with `quotedoc init` (or `quotedoc init --demo` for the Northwind demo)"
        case .notEditable, .notSendable:
            return "create a new version with `quotedoc version new \(quote)`"
        case .needsApproval:
            return "ask for approval with `quotedoc approval request \(quote) --approver NAME --comment TEXT`"
        case .notApproved:
            return "change the version, then ask again with `quotedoc approval request \(quote) --approver NAME`"
        case .versionChanged:
            return "render and send again: `quotedoc quote show \(quote)` shows the active version"
        case .notAllowed:
            return "`quotedoc associate list` shows who may approve quotes"
        case .ambiguous:
            return "name the price list with --pricelist NAME"
        case _ where error.message.contains("resume run"):
            return "continue with `quotedoc batch confirmations --resume \(error.value ?? "RUN")`"
        case .output where error.message.contains("is never overwritten"):
            return "render the preview into another folder with --out DIR"
        case .output where error.message.contains("needs WeasyPrint"):
            return "--pdf needs WeasyPrint or Chromium; leave out --pdf to send without a PDF"
        default:
            return nil
        }
    }

    /// The message and, on its own line, the hint.
    static func describe(_ error: QuoteError) -> String {
        guard let hint = hint(for: error) else { return error.message }
        return "\(error.message)\nHint: \(hint)"
    }
}
