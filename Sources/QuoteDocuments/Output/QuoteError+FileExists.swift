import QuoteModel

extension QuoteError {
    /// A document's final path holds a file with other bytes. Nothing was replaced: an archived
    /// document, a preview or another sale's file stays as it was.
    public static func fileExists(_ path: String) -> QuoteError {
        QuoteError(
            .fileExists,
            "\(path) exists already with other content and is never replaced; nothing was written there (move the file away first if it is not needed, an old preview say)",
            value: path)
    }
}
