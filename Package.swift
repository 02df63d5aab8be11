// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "quotedoc",
    products: [
        .executable(name: "quotedoc", targets: ["quotedoc"]),
        .executable(name: "quotedoc-bench", targets: ["QuoteBenchmarks"]),
        .library(name: "QuoteModel", targets: ["QuoteModel"]),
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "QuoteStore", targets: ["QuoteStore"]),
        .library(name: "QuoteWorkflow", targets: ["QuoteWorkflow"]),
        .library(name: "QuoteDocuments", targets: ["QuoteDocuments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket.git", from: "1.6.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // Exact decimals, ISO 4217 currencies and calendar days: the value types every module shares.
        .target(name: "ExactValues"),
        // Pure domain: quotes, versions, alternatives, lines, price lists, pricing, validation. No I/O.
        .target(name: "QuoteModel", dependencies: ["ExactValues"]),
        // The template language; knows nothing of quotes.
        .target(name: "TemplateEngine", dependencies: ["ExactValues"]),
        // The one narrow interface every store implements: loading, saving, querying; no rules.
        .target(name: "StorageInterface", dependencies: ["QuoteModel"]),
        // SQLite through GRDB: schema, migrations, records, queries.
        .target(
            name: "QuoteStore",
            dependencies: [
                "QuoteModel", "StorageInterface", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // PostgreSQL through postgres-nio, for a team on one server: the same interface, records and
        // audit chain as the SQLite store, its own schema, triggers and connection pool.
        .target(
            name: "PostgresStore",
            dependencies: [
                "QuoteModel", "StorageInterface", "QuoteStore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // A whole database copied between the stores, ids and audit chains kept.
        .target(
            name: "StoreCopy",
            dependencies: ["QuoteModel", "StorageInterface", "QuoteStore", "PostgresStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The Northwind sample data and its import into the store.
        .target(
            name: "NorthwindDemo",
            dependencies: [
                "QuoteModel", "StorageInterface",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.copy("Resources/northwind")]
        ),
        // libxml2 from the system (apt: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Document context, rendering, XML validation, output files, archiving.
        .target(
            name: "QuoteDocuments",
            dependencies: [
                "QuoteModel", "StorageInterface", "TemplateEngine", "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/ubl-2.1")]
        ),
        // Spreadsheets (CSV, XLSX) turned into product rows and back: header matching, culture-aware
        // exact numbers, the import plan, the export. Pure apart from reading and writing bytes.
        .target(
            name: "CatalogueExchange",
            dependencies: ["QuoteModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        // The connector protocol (what an ERP can do for a quote), configuration fields, the
        // registry, and the standalone connector over the database's own price lists.
        .target(name: "QuoteConnectors", dependencies: ["QuoteModel"]),
        // The connector to a Tryton ERP over JSON-RPC.
        .target(
            name: "TrytonConnector",
            dependencies: ["QuoteConnectors", "QuoteModel", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        // Every use case of a quote (edit, approve, send, order, preview, verify), the one place
        // the model's rules are applied; talks to storage through StorageInterface only.
        .target(name: "QuoteWorkflow", dependencies: ["QuoteModel", "StorageInterface", "QuoteDocuments", "QuoteConnectors", "CatalogueExchange"]),
        // The template designer's live preview: a local web server over the workflow's previews,
        // reloading on template changes, with errors in place and a diff against what was sent.
        .target(
            name: "QuotePreview",
            dependencies: [
                "QuoteModel", "StorageInterface", "QuoteDocuments", "QuoteWorkflow", "TemplateEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The command-line tool: one file per subcommand, all work done by the libraries.
        .executableTarget(
            name: "quotedoc",
            dependencies: [
                "ExactValues", "QuoteModel", "StorageInterface", "QuoteStore", "PostgresStore", "StoreCopy", "QuoteDocuments", "QuoteWorkflow", "NorthwindDemo",
                "TemplateEngine", "QuoteConnectors", "TrytonConnector", "CatalogueExchange", "QuotePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Rerunnable benchmarks: `swift run -c release quotedoc-bench`.
        .executableTarget(
            name: "QuoteBenchmarks",
            dependencies: [
                "ExactValues", "QuoteModel", "StorageInterface", "QuoteStore", "PostgresStore", "QuoteDocuments", "QuoteWorkflow", "TemplateEngine",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "QuoteModelTests",
            dependencies: ["QuoteModel", "ExactValues", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "CatalogueExchangeTests",
            dependencies: ["CatalogueExchange", "QuoteModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "QuoteConnectorsTests", dependencies: ["QuoteConnectors", "QuoteModel"]),
        .testTarget(name: "TrytonConnectorTests", dependencies: ["TrytonConnector", "QuoteConnectors", "QuoteModel"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine", "ExactValues"]),
        // The PostgreSQL server of the tests (started when the environment names none).
        .target(
            name: "PostgresTestSupport",
            dependencies: [
                "PostgresStore", "QuoteModel", "StorageInterface", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tests/PostgresTestSupport"
        ),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "PostgresStore", "PostgresTestSupport", "QuoteStore", "QuoteModel", "StorageInterface", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "QuoteStoreTests",
            dependencies: ["QuoteStore", "QuoteModel", "StorageInterface", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "NorthwindDemoTests",
            dependencies: ["NorthwindDemo", "QuoteStore", "QuoteModel", "StorageInterface", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "QuoteWorkflowTests",
            dependencies: [
                "QuoteWorkflow", "QuoteConnectors", "QuoteDocuments", "QuoteStore", "QuoteModel", "StorageInterface", "CatalogueExchange",
                "PostgresTestSupport",
            ]
        ),
        .testTarget(
            name: "QuoteDocumentsTests",
            dependencies: [
                "QuoteDocuments", "CLibXML2", "NorthwindDemo", "QuoteStore", "QuoteModel", "StorageInterface", "QuoteWorkflow", "TemplateEngine",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "quotedocTests",
            dependencies: [
                "quotedoc", "QuoteStore", "QuoteModel", "StorageInterface", "QuoteDocuments", "QuoteWorkflow", "TrytonConnector", "CatalogueExchange",
                "QuotePreview", "TemplateEngine", "PostgresTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
    ]
)
