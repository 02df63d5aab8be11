import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// What `removeProduct` did with the product.
    public enum ProductRemoval: Sendable, Hashable {
        /// No quote line was copied from it, so it is gone.
        case deleted
        /// Quote lines were copied from it: they keep their copies, the product is marked removed.
        case markedRemoved
    }

    /// Adds a price list.
    public func addPriceList(_ priceList: PriceList) throws -> PriceList {
        try CatalogueRules.check(priceList)
        return try storage.transaction { store in try store.insert(priceList) }
    }

    /// Changes price list `name` by `change` (its name, description, validity or activity; the
    /// currency of a list never changes, since its prices are in it). Returns the list as saved.
    public func editPriceList(named name: String, _ change: (inout PriceList) -> Void) throws -> PriceList {
        try storage.transaction { store in
            let original = try Self.priceList(store, named: name)
            try CatalogueRules.checkEditable(original)
            var edited = original
            change(&edited)
            guard edited.currency == original.currency else {
                throw QuoteError(.notAllowed, "the currency of price list '\(name)' cannot change; copy it with --currency instead", value: name, remedy: nil)
            }
            try CatalogueRules.check(edited)
            try store.update(edited)
            return edited
        }
    }

    /// Copies price list `source` with every product that is not removed into a new list `name`,
    /// prices as `prices` says, valid from `validFrom` to `validTo` (the source's validity when
    /// both are nil); the copy is active and no ERP copy. Returns it with how many products it has.
    public func copyPriceList(
        named source: String, to name: String, prices: PriceListCopy, validFrom: LocalDate?, validTo: LocalDate?
    ) throws -> (priceList: PriceList, products: Int) {
        try storage.transaction { store in
            let original = try Self.priceList(store, named: source)
            let keepsValidity = validFrom == nil && validTo == nil
            var copy = PriceList(
                name: name, description: original.description, currency: prices.currency(from: original.currency),
                validFrom: keepsValidity ? original.validFrom : validFrom, validTo: keepsValidity ? original.validTo : validTo)
            try CatalogueRules.check(copy)
            copy = try store.insert(copy)
            let products = try store.products(inPriceList: original.id!)
            for product in products {
                do {
                    _ = try store.insert(try prices.copy(of: product, into: copy.id!))
                } catch let overflow as ArithmeticOverflow {
                    throw QuoteError(.invalid, "product '\(product.code)' cannot be converted: \(overflow)", value: product.code)
                }
            }
            return (copy, products.count)
        }
    }

    /// Adds `product` to price list `priceListName`; every mandatory field of the field
    /// configuration must be given. The code of a product removed from that list is free again:
    /// the removed row becomes the new product.
    public func addProduct(_ product: Product, priceListName: String) throws -> Product {
        try storage.transaction { store in
            let list = try Self.priceList(store, named: priceListName)
            try CatalogueRules.checkEditable(list)
            var product = product
            product.priceListId = list.id!
            product.isRemoved = false
            try CatalogueRules.check(product)
            try store.fieldConfiguration().checkMandatoryFields(of: product)
            return try Self.insertProduct(store, product)
        }
    }

    /// Inserts `product` into its price list; when its code is a removed product's, that row
    /// becomes the new product (a removed product's code is free). Any other clash of codes is
    /// ``QuoteError/Code/duplicate``. The removed row is looked for only after a clash, so adding
    /// new products costs one insert each.
    static func insertProduct(_ store: any StorageWriter, _ product: Product) throws -> Product {
        do {
            return try store.insert(product)
        } catch let error as QuoteError where error.code == .duplicate {
            guard let removed = try store.removedProduct(code: product.code, priceListId: product.priceListId) else { throw error }
            var revived = product
            revived.id = removed.id
            try store.update(revived)
            return revived
        }
    }

    /// Changes product `code` of price list `priceListName` (the only list that has it when nil)
    /// by `change`; every mandatory field of the field configuration must keep a value. Quote lines
    /// already copied from it keep their copies.
    public func editProduct(code: String, priceListName: String?, _ change: (inout Product) throws -> Void) throws -> Product {
        try storage.transaction { store in
            let original = try store.product(code: code, priceListName: priceListName)
            try CatalogueRules.checkEditable(try Self.priceList(store, id: original.priceListId))
            var edited = original
            try change(&edited)
            edited.id = original.id
            edited.priceListId = original.priceListId
            edited.isRemoved = false
            try CatalogueRules.check(edited)
            try store.fieldConfiguration().checkMandatoryFields(of: edited)
            try store.update(edited)
            return edited
        }
    }

    /// Takes product `code` out of the assortment (true) or puts it back (false): a retired
    /// product stays in its list, and quotes that have it get a "not in the assortment" warning.
    public func setInAssortment(_ inAssortment: Bool, code: String, priceListName: String?) throws -> Product {
        try storage.transaction { store in
            var product = try store.product(code: code, priceListName: priceListName)
            try CatalogueRules.checkEditable(try Self.priceList(store, id: product.priceListId))
            guard product.inAssortment != inAssortment else {
                throw QuoteError(.invalid, "product '\(code)' is \(inAssortment ? "in" : "out of") the assortment already", value: code)
            }
            product.inAssortment = inAssortment
            try store.update(product)
            return product
        }
    }

    /// Removes product `code` from its price list for good. Quote lines copied from it keep their
    /// copies (and its row, marked removed, so they keep their link); one never quoted is deleted.
    public func removeProduct(code: String, priceListName: String?) throws -> (product: Product, removal: ProductRemoval) {
        try storage.transaction { store in
            var product = try store.product(code: code, priceListName: priceListName)
            try CatalogueRules.checkEditable(try Self.priceList(store, id: product.priceListId))
            if try store.isQuoted(productId: product.id!) {
                product.isRemoved = true
                try store.update(product)
                return (product, .markedRemoved)
            }
            try store.delete(product)
            return (product, .deleted)
        }
    }

    static func priceList(_ store: any StorageReader, named name: String) throws -> PriceList {
        guard let list = try store.priceList(named: name) else { throw QuoteError.notFound("price list", name) }
        return list
    }

    static func priceList(_ store: any StorageReader, id: Int64) throws -> PriceList {
        guard let list = try store.priceLists(ids: [id]).first else { throw QuoteError.notFound("price list", String(id)) }
        return list
    }
}
