import Foundation
import QuoteModel

/// The OASIS UBL 2.1 schemas bundled with this module (unmodified; see `ubl-2.1/NOTICE.txt`).
/// Each is compiled on first use (about 60 ms) and then shared.
public enum UBLSchemas {
    /// `UBL-Quotation-2.1.xsd`: a quote sent to a customer.
    public static func quotation() throws(XMLError) -> XMLSchema {
        try quotationSchema.get()
    }

    /// `UBL-OrderResponse-2.1.xsd`: the confirmation of an order.
    public static func orderResponse() throws(XMLError) -> XMLSchema {
        try orderResponseSchema.get()
    }

    /// Starts compiling the schema that documents of `kind` are validated against on a thread
    /// of its own, so that its 60 ms overlap with reading the quote and rendering it; the first
    /// validation waits for it if it is not done. Commands that will write XML call it first.
    public static func prepare(for kind: DocumentKind) {
        Thread { _ = kind == .proposal ? quotationSchema : orderResponseSchema }.start()
    }

    // A `static let` is initialized once, on first access, safely from any thread (a second
    // thread asking while it is being made waits for it).
    private static let quotationSchema = compile("UBL-Quotation-2.1.xsd")
    private static let orderResponseSchema = compile("UBL-OrderResponse-2.1.xsd")

    private static func compile(_ mainDocument: String) -> Result<XMLSchema, XMLError> {
        let relativePath = "ubl-2.1/xsd/maindoc/\(mainDocument)"
        guard let root = Bundle.module.resourceURL else {
            return .failure(.schemaNotLoadable(path: relativePath, issues: []))
        }
        let path = root.appendingPathComponent(relativePath).path
        return Result { () throws(XMLError) in try XMLSchema(path: path) }
    }
}
