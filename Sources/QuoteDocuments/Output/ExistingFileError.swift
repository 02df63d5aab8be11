/// A document's final path holds a file with other bytes. Nothing was replaced: an archived
/// document, a preview or another sale's file stays as it was.
public struct ExistingFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path that is taken.
    public let path: String

    public var description: String {
        "\(path) exists already with other content and is never replaced; nothing was written there (move the file away first if it is not needed, an old preview say)"
    }
}
