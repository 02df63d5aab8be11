import ArgumentParser
import Foundation

/// `--as USER`: who acts; else $QUOTEDOC_USER; else the sale's owner (where that is allowed).
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("The acting associate's user name (default: $QUOTEDOC_USER, else the sale's owner).", valueName: "user"))
    var actingUser: String?

    /// The acting user, or nil for the sale's owner.
    var user: String? {
        if let actingUser { return actingUser }
        if let fromEnvironment = ProcessInfo.processInfo.environment["QUOTEDOC_USER"], !fromEnvironment.isEmpty { return fromEnvironment }
        return nil
    }
}
