/// A command that could not be carried out for a reason the store does not know about; shown as
/// "Error: …" with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
