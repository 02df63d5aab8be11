import QuoteWorkflow

/// An order status as `--json` prints it.
struct OrderStatusJSON: Encodable {
    let quote: String
    let connection: String
    let orderKey: String
    let orderNumber: String
    let state: String
    let previousState: String
    let reason: String
    let recorded: [String]
    let differences: [String]

    init(_ report: QuoteWorkflow.OrderStatusReport) {
        quote = report.quoteNumber
        connection = report.connectionName
        orderKey = report.status.key
        orderNumber = report.status.number
        state = report.status.state.rawValue
        previousState = report.previousState
        reason = report.status.reason
        recorded = report.recorded
        differences = report.differences
    }
}
