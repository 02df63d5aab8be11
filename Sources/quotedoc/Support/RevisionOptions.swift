import ArgumentParser

/// `--if-revision N`: change the active version only while it is at revision N (as `quote show`
/// printed it), so that a change made meanwhile by someone else is reported instead of
/// overwritten.
struct RevisionOptions: ParsableArguments {
    @Option(name: .customLong("if-revision"), help: ArgumentHelp(
        "Only if the active version is still at this revision (`quote show` prints it); else refuse, naming who changed it.",
        valueName: "n"))
    var expected: Int?

    func validate() throws {
        if let expected, expected < 1 { throw ValidationError("--if-revision is at least 1") }
    }
}
