import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import XCTest

@testable import quotedoc

/// The base of the editing-command tests: a database file in a temporary folder holding one
/// draft quote (`S1`, USD, alternative "Standard", no lines) and two products, and helpers to
/// run commands in-process and read what they print.
class EditingTestCase: XCTestCase {
    var folder: URL!
    var path: String { folder.appendingPathComponent("quotedoc.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    /// A new database with quote S1 on sale S1 and the products of the SuperOffice worked
    /// example: W1 (list 13, cost 10, VAT 25 %, category Hardware) and G1 (list 50, cost 20,
    /// minimum price 45, no VAT, category Gadgets). The sale type is given allowsAlternatives.
    @discardableResult
    func makeQuote(allowsAlternatives: Bool = true) throws -> QuoteDatabase {
        let database = try QuoteDatabase.create(at: path)
        let owner = try database.add(Associate(userName: "ann", name: "Ann Smith"))
        let company = try database.add(Company(code: "ACME", name: "Acme Corp")).company
        let list = try database.add(PriceList(name: "Main", currency: .usd))
        try database.add(Product(
            priceListId: list.id!, code: "W1", name: "Widget", productCategory: "Hardware", vatPercent: 25,
            unitCost: 10, unitListPrice: 13))
        try database.add(Product(
            priceListId: list.id!, code: "G1", name: "Gadget", productCategory: "Gadgets", unitCost: 20,
            unitMinimumPrice: 45, unitListPrice: 50))
        let saleType = try database.add(SaleType(name: "Single", allowsAlternatives: allowsAlternatives))
        try database.add(Sale(
            number: "S1", title: "Widgets", ownerId: owner.id!, companyId: company.id!, saleTypeId: saleType.id!,
            currency: .usd, date: LocalDate(year: 2026, month: 3, day: 1)!))
        _ = try QuoteWorkflow(storage: database).createQuote(saleNumber: "S1", acting: .init(today: LocalDate(year: 2026, month: 3, day: 1)!, now: Date()))
        return database
    }

    /// Parses `arguments` with `--database` pointing at the test file, then runs the command
    /// (an async one to its end, as `quotedoc` does).
    func run(_ arguments: [String]) throws {
        var command = try QuoteDoc.parseAsRoot(arguments + ["--database", path])
        guard let asyncCommand = command as? AsyncParsableCommand else { return try command.run() }
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Void, any Error> = .success(())
        nonisolated(unsafe) var running = asyncCommand
        Task {
            do { try await running.run() } catch { result = .failure(error) }
            finished.signal()
        }
        finished.wait()
        try result.get()
    }

    /// What running `arguments` prints on standard output.
    func output(_ arguments: [String]) throws -> String {
        let file = folder.appendingPathComponent("stdout-\(UUID().uuidString).txt").path
        fflush(nil)
        let saved = dup(STDOUT_FILENO)
        let redirected = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        dup2(redirected, STDOUT_FILENO)
        close(redirected)
        let result = Result { try run(arguments) }
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
        try result.get()
        return try String(contentsOfFile: file, encoding: .utf8)
    }

    /// The quote as the database holds it now.
    func quote(_ number: String = "S1") throws -> QuoteDetail {
        try QuoteDatabase.open(at: path).quote(number: number)
    }

    /// The lines of alternative `name` (the first alternative when nil).
    func lines(_ name: String? = nil, of number: String = "S1") throws -> [QuoteLine] {
        let alternatives = try quote(number).version.alternatives
        let entry = name.map { name in alternatives.first { $0.alternative.name == name } } ?? alternatives.first
        return try XCTUnwrap(entry, "no alternative \(name ?? "")").lines
    }

    /// Asserts that running `arguments` fails as an operation (exit code 1) and returns the
    /// message the user sees after "Error: ".
    @discardableResult
    func assertFails(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            try run(arguments)
            XCTFail("\(arguments) did not fail", file: file, line: line)
            return ""
        } catch {
            XCTAssertEqual(QuoteDoc.exitCode(for: error).rawValue, 1, "\(arguments): \(error)", file: file, line: line)
            // What the command prints: a library's refusal with its hint, else ArgumentParser's message.
            return (error as? QuoteError).map(CommandHint.describe) ?? QuoteDoc.message(for: error)
        }
    }

    /// Asserts that parsing `arguments` fails with a usage error (exit code 64).
    func assertUsageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try QuoteDoc.parseAsRoot(arguments), "\(arguments)", file: file, line: line) { error in
            XCTAssertEqual(QuoteDoc.exitCode(for: error).rawValue, 64, "\(arguments)", file: file, line: line)
        }
    }

    /// Parses `arguments` as command `Command`.
    func parse<Command: ParsableCommand>(_ arguments: [String], as _: Command.Type) throws -> Command {
        let parsed = try QuoteDoc.parseAsRoot(arguments)
        return try XCTUnwrap(parsed as? Command, "parsed \(type(of: parsed)), not \(Command.self)")
    }
}
