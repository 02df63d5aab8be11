import Foundation
import XCTest

@testable import QuoteDocuments

final class ConcurrentValidationTests: XCTestCase {
    /// One compiled schema (first used here from several threads at once), many threads parsing
    /// and validating their own documents: every result is the one a lone thread gets.
    func testValidationFromEightThreadsOnOneSchema() throws {
        let valid = try UBLSamples.text(UBLSamples.orderResponse)
        let invalid = UBLSamples.replacing("<cbc:IssueDate>1996-07-04</cbc:IssueDate>\n  <cbc:OrderResponseCode>",
                                           with: "<cbc:IssueDate>27.11.2026</cbc:IssueDate>\n  <cbc:OrderResponseCode>", in: valid)
        // Guarded by an NSLock rather than a Mutex: Mutex uses raw futexes on Linux, which
        // ThreadSanitizer cannot see.
        let lock = NSLock()
        nonisolated(unsafe) var results: [Int: [Int]] = [:]
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0 ..< 20 {
                let lines: [Int]
                do {
                    try UBLSchemas.orderResponse().validate(XMLDocument(text: (thread + round).isMultiple(of: 2) ? valid : invalid))
                    lines = []
                } catch let XMLError.schemaViolations(issues) {
                    lines = issues.map(\.line)
                } catch {
                    lines = [-1]
                }
                lock.withLock { results[thread * 100 + round] = lines }
            }
        }
        XCTAssertEqual(results.count, 160)
        for (key, lines) in results {
            XCTAssertEqual(lines, (key / 100 + key % 100).isMultiple(of: 2) ? [] : [9], "thread \(key / 100) round \(key % 100)")
        }
    }
}
