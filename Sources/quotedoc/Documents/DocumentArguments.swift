import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow

/// `--document proposal|confirmation`.
enum DocumentKindArgument: String, ExpressibleByArgument, CaseIterable {
    case proposal
    case confirmation

    var kind: DocumentKind { self == .proposal ? .proposal : .orderConfirmation }
}

/// `--format html|xml|all`.
enum FormatArgument: String, ExpressibleByArgument, CaseIterable {
    case html, xml, all

    var formats: [DocumentFormat] {
        switch self {
        case .html: [.html]
        case .xml: [.xml]
        case .all: [.html, .xml]
        }
    }
}

extension AlternativeSelection: ExpressibleByArgument {}

extension XMLValidation: ExpressibleByArgument {}

extension ConfirmationProfile: ExpressibleByArgument {}

/// Where the templates and the generated documents are.
struct DocumentFolderOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        """
        The templates folder (default: $QUOTEDOC_TEMPLATES, else ./Templates). A document uses its sale type's \
        proposal or confirmation template NAME (`quotedoc saletype`): NAME.html for HTML; for UBL XML NAME.xml when \
        the folder has it, else the standard proposal.xml or order-confirmation.xml.
        """, valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Where documents are written, one folder per sale (default: ./Output; previews ./Output/previews).", valueName: "dir"))
    var out: String?

    var templatesFolder: URL { Self.templatesFolder(templates) }

    /// `given`, else `$QUOTEDOC_TEMPLATES`, else `./Templates`.
    static func templatesFolder(_ given: String?) -> URL {
        if let given { return URL(fileURLWithPath: given, isDirectory: true) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["QUOTEDOC_TEMPLATES"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment, isDirectory: true)
        }
        return URL(fileURLWithPath: "Templates", isDirectory: true)
    }

    /// `--out`, else `defaultFolder`.
    func outputFolder(default defaultFolder: String = "Output") -> URL {
        URL(fileURLWithPath: out ?? defaultFolder, isDirectory: true)
    }

    /// The template library of the templates folder.
    func library() throws -> TemplateLibrary {
        guard FileManager.default.fileExists(atPath: templatesFolder.path) else {
            throw CommandFailure("no templates folder at \(templatesFolder.path): pass --templates DIR or set QUOTEDOC_TEMPLATES")
        }
        return try TemplateLibrary(folder: templatesFolder)
    }

    /// The renderer (checking XML as `validation` says), the writer into `--out` (else
    /// `defaultFolder`) and, with `pdf`, the PDF converter found on the PATH. The shapes of
    /// valid UBL documents are kept in the ``CacheFolder`` between runs.
    func output(pdf: Bool = false, defaultFolder: String = "Output", validation: XMLValidation = .shape) throws -> DocumentOutput {
        if let cache = CacheFolder.url() { UBLSchemas.keepShapes(in: cache) }
        return DocumentOutput(
            renderer: DocumentRenderer(library: try library(), validation: validation), writer: DocumentWriter(outputFolder: outputFolder(default: defaultFolder)),
            converter: pdf ? PDFConverter.find() : nil)
    }
}
