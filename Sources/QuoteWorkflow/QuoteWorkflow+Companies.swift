import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Adds customer `company` and, when given, its first contact person, in one transaction,
    /// after checking its rules (``Company/validate()``: a code, a name, a known country).
    @discardableResult
    public func addCompany(_ company: Company, contact: Person?) throws -> (company: Company, contact: Person?) {
        try company.validate()
        return try storage.transaction { store in try store.insert(company, contact: contact) }
    }

    /// Changes customer `code` with `change`, in one transaction, its rules checked; returns the
    /// company before and after.
    @discardableResult
    public func editCompany(code: String, _ change: (inout Company) throws -> Void) throws -> (before: Company, after: Company) {
        try storage.transaction { store in
            guard let original = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            var edited = original
            try change(&edited)
            edited.id = original.id
            edited.code = original.code
            try edited.validate()
            try store.update(edited)
            return (original, edited)
        }
    }
}
