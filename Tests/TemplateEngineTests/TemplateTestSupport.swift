import ExactValues
import TemplateEngine

/// A small data contract for engine tests: an order with a customer, lines and a total.
enum TestContract {
    static let line = ObjectType("line", fields: [
        .init("name", .string), .init("category", .string), .init("quantity", .decimal),
        .init("price", .money), .init("discountPercent", .decimal), .init("rank", .integer),
    ])
    static let customer = ObjectType("customer", fields: [
        .init("name", .string), .init("email", .optional(.string)), .init("logo", .optional(.image)),
    ])
    static let order = ObjectType("order", fields: [
        .init("number", .string), .init("customer", .object(customer)), .init("lines", .list(.object(line))),
        .init("total", .money), .init("date", .date), .init("paid", .bool), .init("notes", .list(.string)),
        .init("contact", .optional(.object(customer))),
    ])

    static func line(_ name: String, _ category: String, quantity: String, price: String, discount: String = "0", rank: Int) -> TemplateValue {
        .object(TemplateObject(Self.line, [
            "name": .string(name), "category": .string(category), "quantity": .decimal(ExactDecimal(quantity)!),
            "price": .money(ExactDecimal(price)!, .usd), "discountPercent": .decimal(ExactDecimal(discount)!), "rank": .integer(rank),
        ]))
    }

    static var sample: TemplateObject {
        TemplateObject(order, [
            "number": .string("10248"),
            "customer": .object(TemplateObject(customer, ["name": .string("Vins & <Chevalier> \"Fils\""), "email": .null])),
            "lines": .list([
                line("Queso Cabrales", "Dairy Products", quantity: "12", price: "168.00", rank: 1),
                line("Singaporean Hokkien Fried Mee", "Grains/Cereals", quantity: "10", price: "98.00", discount: "15", rank: 2),
                line("Mozzarella di Giovanni", "Dairy Products", quantity: "5", price: "174.00", rank: 3),
            ]),
            "total": .money(ExactDecimal("440.00")!, .usd),
            "date": .date(LocalDate("1996-07-04")!),
            "paid": .bool(true),
            "notes": .list([.string("fragile"), .string("by air")]),
            "contact": .null,
        ])
    }

    static func compile(_ templates: [String: String], _ name: String = "main.html") throws -> CompiledTemplate {
        try TemplateCompiler(contract: order, loader: InMemoryTemplateLoader(templates)).compile(name)
    }

    static func render(_ template: String, name: String = "main.html", culture: String = "en-US") throws -> String {
        try compile([name: template], name).render(sample, culture: Culture.named(culture)!)
    }

    static func diagnostics(_ templates: [String: String], _ name: String = "main.html") -> [Diagnostic] {
        TemplateCompiler(contract: order, loader: InMemoryTemplateLoader(templates)).check(name)
    }
}
