import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Our own company, as every document prints it.
    public func ownCompany() throws -> OwnCompany {
        try storage.snapshot { store in try store.ownCompany() }
    }

    /// Changes our own company with `change`, in one transaction: its rules checked
    /// (``OwnCompany/validate()``: a name, a logo that is a picture) and a changed country
    /// checked as an ISO 3166 alpha-2 code (``OwnCompany/setCountry(_:)`` checks a country given
    /// even when it is unchanged).
    @discardableResult
    public func editOwnCompany(_ change: (inout OwnCompany) throws -> Void) throws -> OwnCompany {
        try storage.transaction { store in
            let original = try store.ownCompany()
            var edited = original
            try change(&edited)
            if edited.address.country != original.address.country, !edited.address.country.isEmpty {
                try OwnCompany.checkCountryCode(edited.address.country)
            }
            try edited.validate()
            try store.update(edited)
            return edited
        }
    }
}
