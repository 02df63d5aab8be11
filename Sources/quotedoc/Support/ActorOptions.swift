import ArgumentParser
import Foundation
import QuoteWorkflow

/// `--as USER`: who acts; else $QUOTEDOC_USER; else the sale's owner (where that is allowed).
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("The acting associate's user name (default: $QUOTEDOC_USER, else the sale's owner).", valueName: "user"))
    var actingUser: String?

    /// The acting user, or nil for the sale's owner.
    var user: String? { actingUser ?? Self.environmentUser }

    /// Who acts, today and now.
    var acting: QuoteWorkflow.Acting { Self.acting(user: user) }

    /// Who acts, today and now, on the active version only while it is at revision `expected`.
    func acting(ifRevision expected: Int?) -> QuoteWorkflow.Acting {
        var acting = acting
        acting.expectedRevision = expected
        return acting
    }

    /// `$QUOTEDOC_USER`, when set.
    static var environmentUser: String? {
        guard let user = ProcessInfo.processInfo.environment["QUOTEDOC_USER"], !user.isEmpty else { return nil }
        return user
    }

    /// `user` acting today and now.
    static func acting(user: String?) -> QuoteWorkflow.Acting {
        QuoteWorkflow.Acting(user: user, today: .today, now: Date())
    }
}
