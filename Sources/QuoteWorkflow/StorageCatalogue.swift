import QuoteConnectors
import QuoteModel
import StorageInterface

/// The database's own price lists as the standalone connector searches them.
struct StorageCatalogue: LocalCatalogue {
    let storage: any QuoteStorage

    func products(matching text: String, limit: Int) throws -> [Product] {
        try storage.snapshot { store in try store.products(matching: text, limit: limit) }
    }
}
