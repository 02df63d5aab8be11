import ExactValues

/// Checks a filter application against the types of its input and arguments, and resolves it.
struct FilterChecker {
    let name: String
    let input: ValueType
    let arguments: [Expression]
    let location: SourceLocation

    func fail(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, location: location, message: message, hint: hint)
    }

    /// Argument `index` as a literal of the wanted kind.
    func literal(_ index: Int) -> TemplateValue? {
        guard arguments.indices.contains(index), case .literal(let value, _) = arguments[index] else { return nil }
        return value
    }

    func expectArguments(_ range: ClosedRange<Int>, _ usage: String) throws(Diagnostic) {
        guard range.contains(arguments.count) else { throw fail("'\(name)' takes \(usage)") }
    }

    func decimalsArgument(_ index: Int) throws(Diagnostic) -> Int? {
        guard arguments.indices.contains(index) else { return nil }
        guard case .integer(let decimals)? = literal(index), (0...9).contains(decimals) else {
            throw fail("the number of decimals for '\(name)' is a whole number from 0 to 9, written as is")
        }
        return decimals
    }

    /// The decimals argument of `money` and `plain`: a whole number, or "unit" for a unit price.
    func placesArgument(_ index: Int) throws(Diagnostic) -> DecimalPlaces {
        guard arguments.indices.contains(index) else { return .natural }
        switch literal(index) {
        case .integer(let decimals)? where (0...9).contains(decimals): return .fixed(decimals)
        case .string("unit")?: return .unitPrice
        default:
            throw fail("the decimals for '\(name)' are a whole number from 0 to 9, written as is, or \"unit\" for a unit price")
        }
    }

    func expectInput(_ accepted: Bool, _ wanted: String) throws(Diagnostic) {
        guard accepted else {
            let hint: String? = switch (name, input.unwrapped) {
            case ("money", .decimal), ("money", .integer): "use 'number' for a plain number"
            case ("number", .money), ("percent", .money): "use 'money' for an amount"
            case (_, .list): "loop over the list with 'for', or use 'count'"
            default: nil
            }
            throw fail("'\(name)' needs \(wanted), but gets a \(input)", hint: hint)
        }
    }

    /// The object type of a list input and the field named by argument `index`.
    func listField(_ index: Int, orderable: Bool = false, numeric: Bool = false) throws(Diagnostic) -> (ObjectType, Int, ObjectType.Field) {
        guard let element = input.listElement?.objectType else {
            throw fail("'\(name)' needs a list of objects, but gets a \(input)")
        }
        guard case .string(let fieldName)? = literal(index) else {
            throw fail("'\(name)' takes the name of a field of \(element.name) in quotes, e.g. \(name)(\"\(element.fields.first?.name ?? "name")\")")
        }
        guard let position = element.index(of: fieldName) else {
            throw fail("\(element.name) has no field '\(fieldName)'",
                       hint: Suggestions.closest(to: fieldName, in: element.fields.map(\.name)).map { "did you mean '\($0)'?" })
        }
        let field = element.fields[position]
        if orderable, !field.type.isOrderable { throw fail("'\(name)' cannot order by '\(fieldName)', a \(field.type)") }
        if numeric, !field.type.isNumeric { throw fail("'\(name)' can only add numbers; '\(fieldName)' is a \(field.type)") }
        return (element, position, field)
    }

    /// The resolved filter and the type it produces. `compile` compiles a general argument.
    func check(compile: (Expression) throws(Diagnostic) -> (CompiledExpression, ValueType)) throws(Diagnostic) -> (Filter, ValueType) {
        let type = input.unwrapped
        switch name {
        case "money":
            try expectArguments(0...1, "at most one argument, the number of decimals or \"unit\"")
            try expectInput(type == .money, "a money amount")
            return (.money(try placesArgument(0)), .string)
        case "number":
            try expectArguments(0...1, "at most one argument, the number of decimals")
            try expectInput(input.isNumeric, "a number")
            return (.number(decimals: try decimalsArgument(0)), .string)
        case "percent":
            try expectArguments(0...1, "at most one argument, the number of decimals")
            try expectInput(type == .decimal || type == .integer, "a percentage (a decimal)")
            return (.percent(decimals: try decimalsArgument(0) ?? 2), .string)
        case "plain":
            try expectArguments(0...1, "at most one argument, the number of decimals or \"unit\"")
            try expectInput(input.isNumeric, "a number")
            return (.plain(try placesArgument(0)), .string)
        case "date":
            try expectArguments(0...1, "at most one argument: \"short\", \"long\" or \"iso\"")
            try expectInput(type == .date, "a date")
            var style = DateFilterStyle.short
            if !arguments.isEmpty {
                guard case .string(let name)? = literal(0), let chosen = DateFilterStyle(rawValue: name) else {
                    throw fail("'date' takes \"short\", \"long\" or \"iso\"")
                }
                style = chosen
            }
            return (.date(style), .string)
        case "currency":
            try expectArguments(0...0, "no arguments")
            try expectInput(type == .money, "a money amount")
            return (.currency, .string)
        case "default":
            try expectArguments(1...1, "one argument, the value to print when there is none")
            let (fallback, fallbackType) = try compile(arguments[0])
            return (.defaultValue(fallback), fallbackType.unwrapped == type ? type : .string)
        case "upper", "lower", "trim":
            try expectArguments(0...0, "no arguments")
            try expectInput(type == .string, "text")
            return (name == "upper" ? .upper : name == "lower" ? .lower : .trim, .string)
        case "image":
            try expectArguments(0...0, "no arguments")
            try expectInput(type == .image, "an image")
            return (.image, .string)
        case "raw":
            try expectArguments(0...0, "no arguments")
            try expectInput(type == .string, "text")
            return (.raw, .string)
        case "join":
            try expectArguments(0...1, "at most one argument, the separator")
            try expectInput(input.listElement?.unwrapped == .string, "a list of text")
            var separator = ", "
            if !arguments.isEmpty {
                guard case .string(let text)? = literal(0) else { throw fail("'join' takes the separator in quotes") }
                separator = text
            }
            return (.join(separator), .string)
        case "count", "length":
            try expectArguments(0...0, "no arguments")
            try expectInput(input.listElement != nil, "a list")
            return (.count, .integer)
        case "first", "last":
            try expectArguments(0...0, "no arguments")
            guard let element = input.listElement else { throw fail("'\(name)' needs a list, but gets a \(input)") }
            return (name == "first" ? .first : .last, .optional(element))
        case "sortby":
            try expectArguments(1...2, "a field name and optionally \"desc\"")
            let (_, position, _) = try listField(0, orderable: true)
            var descending = false
            if arguments.count == 2 {
                guard case .string(let order)? = literal(1), order == "asc" || order == "desc" else {
                    throw fail("the order for 'sortby' is \"asc\" or \"desc\"")
                }
                descending = order == "desc"
            }
            return (.sortBy(field: position, descending: descending), type)
        case "groupby":
            try expectArguments(1...1, "one argument, the field to group by")
            let (element, position, field) = try listField(0, orderable: true)
            let group = Filter.groupType(of: element, by: field)
            return (.groupBy(field: position, groupType: group), .list(.object(group)))
        case "sum":
            try expectArguments(1...1, "one argument, the field to add up")
            let (_, position, field) = try listField(0, numeric: true)
            return (.sum(field: position), field.type.unwrapped)
        default:
            throw fail("unknown filter '\(name)'", hint: Suggestions.closest(to: name, in: Filter.names).map { "did you mean '\($0)'?" })
        }
    }
}
