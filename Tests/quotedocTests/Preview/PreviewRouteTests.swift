import Foundation
import Hummingbird
import QuoteModel
import QuotePreview
import TemplateEngine
import XCTest

/// The preview's routes, over HTTP without a socket: every page, the byte-identical preview,
/// errors in place and recovery, the schema verdict, the comparison with what was sent, the
/// path checks, the security headers, and nothing written.
final class PreviewRouteTests: PreviewTestCase {
    func testTheIndexListsQuotesSearchedByNumberOrCompanyAndFilteredByState() async throws {
        let all = try await get("/")
        XCTAssertEqual(all.status, 200)
        XCTAssertTrue(all.body.contains("<a href=\"/quotes/10248\">10248</a>"), all.body)
        let searched = try await get("/?q=rancho")
        XCTAssertTrue(searched.body.contains("11019") && !searched.body.contains(">10248<"), searched.body)
        let drafts = try await get("/?state=draft")
        XCTAssertTrue(drafts.body.contains("11019") && !drafts.body.contains(">10248<"))
    }

    func testTheProposalOfADraftIsByteForByteWhatRenderWrites() async throws {
        let page = try await get("/quotes/11019")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("<iframe class=\"document\""), page.body)
        let document = try await get("/quotes/11019/document.html?kind=proposal&alternatives=favourite")
        XCTAssertEqual(document.headers[.contentType], "text/html; charset=utf-8")
        try succeed(["render", "11019", "--document", "proposal", "--format", "html", "--templates", templates.path, "--out", outputFolder.path])
        let sale = try database().quote(number: "11019").sale.number
        let rendered = try String(contentsOf: saleFolder(sale).appendingPathComponent("11019-v1-proposal.html"), encoding: .utf8)
        XCTAssertEqual(document.body, rendered, "the preview is what `render` writes")
    }

    func testAMisspeltFieldShowsItsDiagnosticInPlaceAndTheFixedFileBringsThePageBack() async throws {
        try edit("proposal.html", replacing: "{{ company.name }}", with: "{{ company.nmae }}")
        let broken = try await get("/quotes/11019")
        XCTAssertEqual(broken.status, 200, "the page itself still loads, with its reload script")
        XCTAssertTrue(broken.body.contains("id=\"diagnostics\""), broken.body)
        XCTAssertNotNil(broken.body.range(of: #"proposal\.html:\d+:\d+"#, options: .regularExpression), broken.body)
        XCTAssertTrue(broken.body.contains("name"), "suggests the field: \(broken.body)")
        XCTAssertFalse(broken.body.contains("<iframe"))
        try edit("proposal.html", replacing: "{{ company.nmae }}", with: "{{ company.name }}")
        let fixed = try await get("/quotes/11019")
        XCTAssertTrue(fixed.body.contains("<iframe class=\"document\""), fixed.body)
    }

    func testTheXMLViewGivesTheSchemasVerdictWithEveryViolationsLine() async throws {
        let valid = try await get("/quotes/11019/document.xml")
        XCTAssertTrue(valid.body.contains("UBL 2.1 accepts this document"), valid.body)
        try edit("proposal.xml", replacing: "<cbc:ID>", with: "<cbc:Identifier>")
        try edit("proposal.xml", replacing: "</cbc:ID>", with: "</cbc:Identifier>")
        let invalid = try await get("/quotes/11019/document.xml")
        XCTAssertTrue(invalid.body.contains("UBL 2.1 rejects this document"), invalid.body)
        XCTAssertTrue(invalid.body.contains("class=\"line bad\""), "the violating lines are marked")
        XCTAssertNotNil(invalid.body.range(of: #"line \d+"#, options: .regularExpression), invalid.body)
    }

    func testTheComparisonWithWhatWasSentShowsNoChangeThenALabelEdit() async throws {
        try succeed(["send", "11019", "--templates", templates.path, "--out", outputFolder.path])
        let unchanged = try await get("/quotes/11019/diff")
        XCTAssertTrue(unchanged.body.contains("No change: today's render"), unchanged.body)
        XCTAssertFalse(unchanged.body.contains("<ins>"))
        try edit("labels/en.json", replacing: "\"Total excl. VAT\"", with: "\"Total before VAT\"")
        let changed = try await get("/quotes/11019/diff")
        XCTAssertTrue(changed.body.contains("lines added by the current templates"), changed.body)
        XCTAssertTrue(changed.body.contains("<ins>") && changed.body.contains("Total before VAT"), changed.body)
        XCTAssertTrue(changed.body.contains("<del>") && changed.body.contains("Total excl. VAT"))
        let draft = try await get("/quotes/11040/diff")
        XCTAssertTrue(draft.body.contains("it was never sent"), draft.body)
    }

    func testPathsFromURLsNeverLeaveTheTemplatesFolderOrTheArchive() async throws {
        for uri in [
            "/../Package.swift", "/assets/../../Package.swift", "/quotes/..%2F..%2FPackage.swift/document.html", "/%2e%2e/%2e%2e/etc/passwd",
            "/quotes/11019/document.html?template=../../Package.swift", "/quotes/11019/document.html?template=%2Fetc%2Fpasswd",
            "/quotes/11019/document.html?template=partials/../../../Package.swift", "/Templates/proposal.html",
        ] {
            let answer = try await get(uri)
            XCTAssertEqual(answer.status, 404, uri)
            XCTAssertFalse(answer.body.contains("swift-tools-version") || answer.body.contains("root:"), uri)
        }
        let chosen = try await get("/quotes/11019/document.html?template=proposal.html")
        XCTAssertEqual(chosen.status, 200, "a template the folder lists may be picked")
    }

    func testATemplatePastTheRenderLimitsOrTheIncludeLimitIsAnErrorOnThePage() async throws {
        site = PreviewSite(
            workflow: site.workflow, watcher: site.watcher, today: site.today, pdfConverter: nil,
            limits: RenderLimits(maximumBytes: 4_000, maximumDuration: .seconds(10)))
        let large = try await get("/quotes/11019")
        XCTAssertTrue(large.body.contains("proposal.html rendered more than"), large.body)
        XCTAssertFalse(large.body.contains("<iframe"))
        for level in 1...4 {
            try String(repeating: "{% include \"partials/p\(level + 1).html\" %}", count: 20)
                .write(to: templates.appendingPathComponent("partials/p\(level).html"), atomically: true, encoding: .utf8)
        }
        try "<p>leaf</p>".write(to: templates.appendingPathComponent("partials/p5.html"), atomically: true, encoding: .utf8)
        try edit("proposal.html", replacing: "{{ labels.greeting }}", with: "{% include \"partials/p1.html\" %}")
        let exploding = try await get("/quotes/11019")
        XCTAssertTrue(exploding.body.contains("includes partials more than 2000 times"), exploding.body)
    }

    func testPagesCarryAContentSecurityPolicyThatAllowsNoScriptInDocuments() async throws {
        let page = try await get("/quotes/11019")
        XCTAssertEqual(page.headers[.init("Content-Security-Policy")!], PreviewResponse.pagePolicy)
        let document = try await get("/quotes/11019/document.html")
        let policy = try XCTUnwrap(document.headers[.init("Content-Security-Policy")!])
        XCTAssertTrue(policy.hasPrefix("default-src 'none'") && !policy.contains("script-src"), policy)
        let script = try await get("/assets/reload.js")
        XCTAssertTrue(script.body.contains("new EventSource(\"/events\")"))
    }

    func testThePreviewWritesNothingToTheDatabaseOrTheOutputFolder() async throws {
        try succeed(["send", "11019", "--templates", templates.path, "--out", outputFolder.path])
        let before = try fingerprint()
        for uri in ["/", "/?q=a", "/quotes/11019", "/quotes/11019/document.html", "/quotes/11019/document.xml", "/quotes/11019/diff",
                    "/quotes/10248?kind=confirmation", "/quotes/10248/document.xml?kind=confirmation", "/quotes/nope"] {
            _ = try await get(uri)
        }
        XCTAssertEqual(try fingerprint(), before)
    }
}
