import QuoteModel

/// The media type (MIME type) an attachment is sent as.
enum MediaType {
    /// The media type of a rendered document: by its file name's extension, with
    /// `charset=utf-8` for the HTML quotedoc renders (always UTF-8); a file of an unknown kind is
    /// `application/octet-stream`.
    static func of(_ document: RenderedDocument) -> String {
        let type = of(fileName: document.fileName)
        return document.format == .html && type == "text/html" ? type + "; charset=utf-8" : type
    }

    /// The media type of a file by its name's extension (case-insensitive), else
    /// `application/octet-stream`.
    static func of(fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return octetStream }
        return byExtension[fileName[fileName.index(after: dot)...].lowercased()] ?? octetStream
    }

    static let octetStream = "application/octet-stream"

    /// Registered types (IANA) of the files a quote goes out with: documents, office files, images, archives.
    private static let byExtension: [String: String] = [
        "html": "text/html", "htm": "text/html", "xml": "application/xml", "pdf": "application/pdf", "eml": "message/rfc822",
        "txt": "text/plain", "csv": "text/csv", "md": "text/markdown", "rtf": "application/rtf", "json": "application/json",
        "doc": "application/msword", "xls": "application/vnd.ms-excel", "ppt": "application/vnd.ms-powerpoint",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml",
        "tif": "image/tiff", "tiff": "image/tiff", "bmp": "image/bmp",
        "zip": "application/zip", "gz": "application/gzip", "7z": "application/x-7z-compressed",
        "mp4": "video/mp4", "mp3": "audio/mpeg",
    ]
}
