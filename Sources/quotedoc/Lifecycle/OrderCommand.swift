import ArgumentParser

/// `quotedoc order`: place an order (the default), or ask the ERP how it stands.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Place the order on an alternative (`order Q --alternative A`), or ask the ERP how it stands (`order status Q`).",
        subcommands: [OrderPlaceCommand.self, OrderStatusCommand.self],
        defaultSubcommand: OrderPlaceCommand.self)
}
