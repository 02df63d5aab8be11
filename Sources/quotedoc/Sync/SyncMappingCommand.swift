import ArgumentParser

/// `quotedoc sync mapping`: which company field goes to which ERP field, and which way.
struct SyncMappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: "List and set a sync connection's field mappings.",
        subcommands: [SyncMappingListCommand.self, SyncMappingSetCommand.self])
}
