import Foundation
import QuoteModel
import QuoteWorkflow
import StorageInterface
import XCTest

/// Changing the field configuration through the workflow, and the edit that obeys it.
final class FieldConfigurationWorkflowTests: WorkflowTestCase {
    func testChangesOfOneFieldAreSavedTogetherOrNotAtAll() throws {
        try workflow.changeField(.unitCost, [.shown(false), .label("Inköp", language: "sv"), .rank(1)])
        var configuration = try workflow.fieldConfiguration()
        XCTAssertEqual(configuration.hiddenFields, [.unitCost])
        XCTAssertEqual(configuration.fieldsByRank.first, .unitCost)
        XCTAssertEqual(configuration[.unitCost].label(language: "sv"), "Inköp")

        XCTAssertThrowsError(try workflow.changeField(.stock, [.shown(false), .readOnly(true)]))
        configuration = try workflow.fieldConfiguration()
        XCTAssertEqual(configuration.hiddenFields, [.unitCost], "the refused change saved nothing, not even the hiding before it")
    }

    func testEditLineRefusesAReadOnlyFieldAndSavesNothing() throws {
        _ = try workflow.edit(quoteNumber: "S1", acting: acting()) { tree, _ in
            tree.alternatives[0].lines.append(QuoteLine(copying: widget, alternativeId: tree.alternatives[0].alternative.id!, rank: 1, quantity: 2))
        }
        try workflow.changeField(.unitCost, [.readOnly(true)])
        let locate: (VersionWithAlternatives) throws -> (alternative: Int, line: Int) = { _ in (0, 0) }
        XCTAssertThrowsError(try workflow.editLine(quoteNumber: "S1", acting: acting(), locate: locate) { $0.unitCost = 11 }) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .makeFieldEditable("cost"))
        }
        XCTAssertEqual(try workflow.quote(number: "S1").version.alternatives[0].lines[0].unitCost, 10)
        let edited = try workflow.editLine(quoteNumber: "S1", acting: acting(), locate: locate) { $0.quantity = 3 }
        XCTAssertEqual(edited.detail.version.alternatives[0].lines[0].quantity, 3)
        XCTAssertEqual(edited.alternative, edited.detail.version.alternatives[0].alternative.name)
    }
}
