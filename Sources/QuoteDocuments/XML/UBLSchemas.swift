import Foundation
import QuoteModel

/// The OASIS UBL 2.1 schemas bundled with this module (unmodified; see `ubl-2.1/NOTICE.txt`).
/// Each is compiled on first need (about 60 ms) and then shared; checking by shape
/// (``XMLValidation/shape``) needs no compiled schema for a document made of known shapes, and
/// with ``keepShapes(in:)`` the shapes known outlive the process.
public enum UBLSchemas {
    /// `UBL-Quotation-2.1.xsd`: a quote sent to a customer.
    public static func quotation() throws(XMLError) -> XMLSchema {
        try quotationSchema.get()
    }

    /// `UBL-OrderResponse-2.1.xsd`: the confirmation of an order.
    public static func orderResponse() throws(XMLError) -> XMLSchema {
        try orderResponseSchema.get()
    }

    /// The schema documents of `kind` are validated against.
    public static func schema(for kind: DocumentKind) throws(XMLError) -> XMLSchema {
        try kind == .proposal ? quotation() : orderResponse()
    }

    /// Checks the XML `bytes` of a document of `kind` (named `fileName` in messages) as
    /// `validation` says, compiling the schema only when the document needs a full check.
    /// Throws what ``XMLSchema/validate(_:fileName:validation:)`` throws.
    public static func validate(_ bytes: [UInt8], kind: DocumentKind, fileName: String, validation: XMLValidation) throws(XMLError) {
        guard validation == .shape else { return try schema(for: kind).validate(bytes, fileName: fileName, validation: validation) }
        try shapes(for: kind).validate(bytes) { () throws(XMLError) in
            try schema(for: kind).validate(XMLDocument(bytes: bytes, fileName: fileName))
        }
    }

    /// Keeps the shapes of valid documents in `folder` between runs (``KeptShapes``): a later
    /// process checks a document made of them without compiling the schema. Call it before the
    /// first document is checked.
    public static func keepShapes(in folder: URL) {
        quotationShapes.keep(in: folder)
        orderResponseShapes.keep(in: folder)
    }

    /// Gets the checking of documents of `kind` as `validation` says ready on threads of their
    /// own, so that it overlaps reading the quote and rendering it. By shape: takes the rules and
    /// shapes kept by an earlier run, or reads the rules from the schema's files while the schema
    /// is compiled (about 60 ms). With kept shapes the schema is compiled only when a document
    /// needs it — measured, a compilation beside a `send` slows it by a fifth even on a second
    /// core — unless `manyDocuments` (a batch, some of whose documents hold values no shape is
    /// kept for) asks for it from the start. In full: compiles the schema. Commands that will
    /// write XML call it first.
    public static func prepare(for kind: DocumentKind, validation: XMLValidation, manyDocuments: Bool = false) {
        guard validation != .off else { return }
        Thread {
            let shapes = shapes(for: kind)
            if validation == .shape {
                if !manyDocuments, shapes.loadKept() { return }
                Thread { _ = shapes.shapeRules() }.start()
            }
            _ = kind == .proposal ? quotationSchema : orderResponseSchema
        }.start()
    }

    private static func shapes(for kind: DocumentKind) -> SchemaShapes {
        kind == .proposal ? quotationShapes : orderResponseShapes
    }

    // A `static let` is initialized once, on first access, safely from any thread (a second
    // thread asking while it is being made waits for it).
    private static let quotationShapes = SchemaShapes(mainFile: path("UBL-Quotation-2.1.xsd"))
    private static let orderResponseShapes = SchemaShapes(mainFile: path("UBL-OrderResponse-2.1.xsd"))
    private static let quotationSchema = compile(quotationShapes)
    private static let orderResponseSchema = compile(orderResponseShapes)

    /// The path of a main document schema in the module's resources (relative when they are missing).
    private static func path(_ mainDocument: String) -> String {
        let relativePath = "ubl-2.1/xsd/maindoc/\(mainDocument)"
        return Bundle.module.resourceURL?.appendingPathComponent(relativePath).path ?? relativePath
    }

    private static func compile(_ shapes: SchemaShapes) -> Result<XMLSchema, XMLError> {
        Result { () throws(XMLError) in try XMLSchema(path: shapes.mainFile, shapes: shapes) }
    }
}
