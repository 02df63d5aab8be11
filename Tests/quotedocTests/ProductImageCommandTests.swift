import Foundation
import QuoteModel
import XCTest

/// `product add --image` and `product image set` apply one rule to a picture file: PNG, JPEG or
/// GIF by content (never by the file's name), at most 1 MiB; anything else fails with exit 1,
/// names the file and the problem, and stores nothing.
final class ProductImageCommandTests: LifecycleTestCase {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Writes `bytes` to a file named `name` in the test's folder.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Text in a file named like a PNG, and a real PNG header followed by one byte too many.
    func refusedFiles() throws -> [(path: String, problem: String)] {
        let text = try file("notes.png", Array("not a picture at all\n".utf8))
        let tooLarge = try file("large.png", Self.pngSignature + [UInt8](repeating: 0, count: ProductImage.maximumByteCount + 1 - Self.pngSignature.count))
        return [
            (text, "\(text) cannot be a product picture: the file is not a PNG, JPEG or GIF picture"),
            (tooLarge, "\(tooLarge) cannot be a product picture: the picture has \(ProductImage.maximumByteCount + 1) bytes; at most \(ProductImage.maximumByteCount) are allowed"),
        ]
    }

    func addArguments(code: String, image: String) -> [String] {
        ["product", "add", "--pricelist", "Northwind", "--code", code, "--name", "Pictured", "--list-price", "1.00", "--image", image]
    }

    func testProductAddRefusesATextFileNamedPNGAndAnOversizePictureAndAddsNothing() throws {
        let before = try database().products().count
        for (index, refused) in try refusedFiles().enumerated() {
            let run = try fail(addArguments(code: "PIC\(index)", image: refused.path))
            XCTAssertTrue(run.stderr.contains(refused.problem), run.stderr)
            XCTAssertThrowsError(try database().product(code: "PIC\(index)"), "no product was added")
        }
        XCTAssertEqual(try database().products().count, before)
    }

    func testProductImageSetRefusesATextFileNamedPNGAndAnOversizePictureAndKeepsTheOldOne() throws {
        let product = try XCTUnwrap(database().products().first)
        let picture = try file("picture.png", Self.pngSignature + [1, 2, 3])
        try succeed(["product", "image", "set", product.code, picture])
        for refused in try refusedFiles() {
            let run = try fail(["product", "image", "set", product.code, refused.path])
            XCTAssertTrue(run.stderr.contains(refused.problem), run.stderr)
            XCTAssertEqual(try database().product(code: product.code).image, ProductImage(mediaType: "image/png", bytes: Self.pngSignature + [1, 2, 3]))
        }
    }

    func testProductAddTakesThePictureTypeFromItsContentNotItsName() throws {
        let gif = try file("photo.png", Array("GIF89a".utf8) + [0, 1])
        try succeed(addArguments(code: "GIF1", image: gif))
        XCTAssertEqual(try database().product(code: "GIF1").image, ProductImage(mediaType: "image/gif", bytes: Array("GIF89a".utf8) + [0, 1]))
        let largest = try file("largest.bin", Self.pngSignature + [UInt8](repeating: 7, count: ProductImage.maximumByteCount - Self.pngSignature.count))
        try succeed(addArguments(code: "PNG1", image: largest))
        XCTAssertEqual(try database().product(code: "PNG1").image?.bytes.count, ProductImage.maximumByteCount)
    }
}
