import QuoteConnectors
import QuoteModel
import XCTest

/// A connection's settings are typed by its connector's fields: what is unknown, ill-typed or
/// missing is refused with the field named, and a secret is never shown.
final class ConnectionSettingsTests: XCTestCase {
    static let descriptor = ConnectorDescriptor(
        name: "sample", displayName: "Sample", summary: "for tests", capabilities: [.placeOrder],
        fields: [
            ConfigurationField("url", "Server address", .text, required: true),
            ConfigurationField("password", "Password", .secret, required: true),
            ConfigurationField("retries", "Retries", .integer, default: "2"),
            ConfigurationField("rate", "Rate", .decimal),
            ConfigurationField("verbose", "Verbose", .boolean),
            ConfigurationField("mode", "Mode", .list(["fast", "safe"])),
        ])

    func settings(_ assignments: [String], existing: [String: String] = [:]) throws -> ConnectionSettings {
        try ConnectionSettings.applying(assignments, to: existing, for: Self.descriptor)
    }

    func refusal(_ assignments: [String], existing: [String: String] = [:]) -> String {
        do {
            _ = try settings(assignments, existing: existing)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    func testTypedValuesAreReadBack() throws {
        let settings = try settings(["url=http://erp", "password=s3cret", "rate=0.925", "verbose=yes", "mode=safe"])
        XCTAssertEqual(settings.text("url"), "http://erp")
        XCTAssertEqual(settings.integer("retries"), 2, "the default")
        XCTAssertEqual(settings.decimal("rate"), ExactDecimal("0.925"))
        XCTAssertEqual(settings.boolean("verbose"), true)
        XCTAssertEqual(settings.text("mode"), "safe")
        XCTAssertEqual(try settings.secret("password", environment: [:]), "s3cret")
    }

    func testUnknownFieldIsRefusedNamingItAndTheKnownOnes() {
        let message = refusal(["url=x", "password=p", "colour=red"])
        XCTAssertTrue(message.contains("no field 'colour'"), message)
        XCTAssertTrue(message.contains("url, password, retries"), message)
    }

    func testIllTypedValuesAreRefusedTogether() {
        let message = refusal(["url=x", "password=p", "retries=many", "rate=1,5", "verbose=maybe", "mode=slow"])
        XCTAssertTrue(message.contains("'retries' is an integer: 'many' is not"), message)
        XCTAssertTrue(message.contains("'rate' is a decimal number: '1,5' is not"), message)
        XCTAssertTrue(message.contains("'verbose' is true or false"), message)
        XCTAssertTrue(message.contains("'mode' is one of fast, safe: 'slow' is not"), message)
    }

    func testRequiredFieldsAreNamed() {
        let message = refusal([])
        XCTAssertTrue(message.contains("'url' is required"), message)
        XCTAssertTrue(message.contains("'password' is required"), message)
    }

    func testSecretIsMaskedAndNeverInAnError() throws {
        let settings = try settings(["url=http://erp", "password=hunter2-secret"])
        let shown = settings.displayed.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        XCTAssertTrue(shown.contains("password=\(ConnectionSettings.maskedSecret)"), shown)
        XCTAssertFalse(shown.contains("hunter2"), shown)
        XCTAssertTrue(shown.contains("retries=2 (default)"), shown)
        let message = refusal(["url=x", "password=hunter2-secret", "retries=x"])
        XCTAssertFalse(message.contains("hunter2"), message)
        XCTAssertFalse(refusal(["hunter2-secret"]).contains("hunter2"))
    }

    func testSecretMayNameAnEnvironmentVariable() throws {
        let settings = try settings(["url=x", "password-env=ERP_PASSWORD"])
        XCTAssertEqual(try settings.secret("password", environment: ["ERP_PASSWORD": "from-env"]), "from-env")
        XCTAssertTrue(settings.displayed.contains { $0 == ("password", "$ERP_PASSWORD") })
        XCTAssertThrowsError(try settings.secret("password", environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("ERP_PASSWORD"), "\(error)")
        }
        XCTAssertTrue(refusal(["url=x", "password-env=not a name"]).contains("not a variable name"))
    }

    func testSettingTheSecretReplacesItsVariableAndEmptyValueClears() throws {
        let first = try settings(["url=x", "password-env=ERP_PASSWORD", "rate=2"])
        let second = try settings(["password=direct", "rate="], existing: first.values)
        XCTAssertNil(second.values["password-env"])
        XCTAssertEqual(second.values["password"], "direct")
        XCTAssertNil(second.decimal("rate"))
        XCTAssertThrowsError(try ConnectionSettings(["url": "x", "password": "a", "password-env": "B"], for: Self.descriptor)) { error in
            XCTAssertTrue("\(error)".contains("not both"), "\(error)")
        }
    }
}
