import Foundation
import QuoteModel

/// A product picture from a file, for `product add --image` and `product image set`: the file is
/// only read here; whether its bytes are a picture (and small enough) is
/// ``ProductImage/detect(_:)``'s rule, by content, never by the file's name.
enum ProductImageFile {
    static func read(_ path: String) throws(CommandFailure) -> ProductImage {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the picture file \(path)")
        }
        switch ProductImage.detect(Array(data)) {
        case .success(let image): return image
        case .failure(let problem): throw CommandFailure("\(path) cannot be a product picture: \(problem)")
        }
    }
}
