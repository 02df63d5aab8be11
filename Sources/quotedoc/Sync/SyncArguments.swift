import ArgumentParser
import Foundation
import QuoteModel

extension CompanyField: ExpressibleByArgument {}
extension SyncDirection: ExpressibleByArgument {}
extension SyncSide: ExpressibleByArgument {}
extension SyncListName: ExpressibleByArgument {}

/// Who runs a sync, for its log: `--as`, else $QUOTEDOC_USER, else the login name.
struct SyncUserOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Who runs it, for the sync log (default: $QUOTEDOC_USER, else your login name).", valueName: "user"))
    var actingUser: String?

    var user: String { actingUser ?? ActorOptions.environmentUser ?? NSUserName() }
}

/// `KEY=VALUE` split at its first `=`; the key must not be empty.
func keyValue(_ text: String, option: String) throws -> (key: String, value: String) {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
        throw ValidationError("\(option) takes KEY=VALUE: '\(text)' is not")
    }
    return (String(text[..<equals]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
}
