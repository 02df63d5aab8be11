/// How the XML a renderer makes is checked against its UBL schema.
public enum XMLValidation: String, Sendable, CaseIterable {
    /// Not checked (the live preview, which shows a document with its violations).
    case off
    /// Every document parsed and its tree validated: libxml2's full check, every time.
    case full
    /// A document whose every element has the local shape of an element of a document found
    /// valid before is valid without being parsed (``ShapeRules`` and ``ShapeScanner`` state why
    /// that is sound, and when the schema allows it); every other document, and every one the
    /// schema rejects, is validated in full. The shapes found valid may be kept between runs
    /// (``UBLSchemas/keepShapes(in:)``). The command line's default.
    case shape
}
