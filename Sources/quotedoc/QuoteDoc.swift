import ArgumentParser
import Foundation
import QuoteModel

/// The `quotedoc` command: sales, companies, price lists and quotes in one SQLite file or on a PostgreSQL server.
@main
struct QuoteDoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotedoc",
        abstract: "Quotes, priced exactly, merged into proposals and order confirmations.",
        discussion: """
            Every command works on one database: --database PATH (a SQLite file) or --database postgres://USER@HOST:PORT/DB \
            (a team's PostgreSQL server), else $QUOTEDOC_DATABASE, else ./quotedoc.sqlite. New here? Run `quotedoc demo`.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, DemoCommand.self, SaleCommand.self, CompanyCommand.self, AssociateCommand.self,
            PriceListCommand.self, ProductCommand.self, QuoteCommand.self, AlternativeCommand.self, LineCommand.self,
            RenderCommand.self, PreviewCommand.self, TemplatesCommand.self, SendCommand.self, OrderCommand.self, BatchCommand.self, BenchCommand.self, VersionCommand.self, ApprovalCommand.self,
            ApproveCommand.self, RejectCommand.self, LostCommand.self, ActivitiesCommand.self, DocumentCommand.self,
            ConnectorCommand.self, ConnectionCommand.self, FieldsCommand.self,
            SaleTypeCommand.self, SettingsCommand.self, AttachmentCommand.self, SyncCommand.self, DbCommand.self,
        ]
    )

    /// Parses and runs the command. A refusal from the libraries (a ``QuoteError``) is printed
    /// with what to type next, exit status 1; usage errors keep ArgumentParser's exit status 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as QuoteError {
            FileHandle.standardError.write(Data("Error: \(CommandHint.describe(error))\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
