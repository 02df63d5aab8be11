import GRDB
import QuoteModel

/// A company with its contact people.
public struct CompanyWithPeople: Sendable, Hashable, Codable {
    public var company: Company
    public var people: [Person]
}

extension QuoteDatabase {
    /// Every associate, by name.
    public func associates() throws(QuoteError) -> [Associate] {
        try read { db in try Associate.order(Column("name")).fetchAll(db) }
    }

    /// Adds an associate; the user name must be new.
    @discardableResult
    public func add(_ associate: Associate) throws(QuoteError) -> Associate {
        try write { db in try associate.inserted(db) }
    }

    /// The associate with this user name.
    public func associate(userName: String) throws(QuoteError) -> Associate {
        let found = try read { db in try Associate.filter(Column("userName") == userName).fetchOne(db) }
        guard let found else { throw .notFound("associate", userName) }
        return found
    }

    /// Every company, by name.
    public func companies() throws(QuoteError) -> [Company] {
        try read { db in try Company.order(Column("name"), Column("code")).fetchAll(db) }
    }

    /// The company with this code, with its contact people.
    public func company(code: String) throws(QuoteError) -> CompanyWithPeople {
        let found = try read { db -> CompanyWithPeople? in
            guard let company = try Company.filter(Column("code") == code).fetchOne(db) else { return nil }
            let people = try Person.filter(Column("companyId") == company.id).order(Column("id")).fetchAll(db)
            return CompanyWithPeople(company: company, people: people)
        }
        guard let found else { throw .notFound("company", code) }
        return found
    }

    /// Adds a company and, optionally, its first contact person, in one transaction.
    @discardableResult
    public func add(_ company: Company, contact: Person? = nil) throws(QuoteError) -> CompanyWithPeople {
        try write { db in
            let company = try company.inserted(db)
            var people: [Person] = []
            if var contact {
                contact.companyId = company.id!
                people.append(try contact.inserted(db))
            }
            return CompanyWithPeople(company: company, people: people)
        }
    }
}
