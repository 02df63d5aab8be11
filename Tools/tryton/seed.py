#!/usr/bin/env python3
"""Create and seed a fresh SQLite Tryton database for quotedoc's tests.

Usage: python seed.py DIR [--name quotedoc_erp] [--force]

Writes DIR/NAME.sqlite (Tryton's sqlite backend opens
`[database] path` + `/` + NAME + `.sqlite`), activates `sale` and its
dependencies, sets the admin password, and creates the demo company,
currencies, a minimal chart of accounts, products and customers through
trytond's Python API. Everything is deterministic except Tryton's own
timestamps and password salt. Copy the file to reuse it as a template.
"""
import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from decimal import Decimal

ADMIN_LOGIN = 'admin'
ADMIN_PASSWORD = 'admin-secret-8'
COMPANY_NAME = 'Northwind Traders ERP'

# code, name, type, list price, cost price
PRODUCTS = [
    ('NW-1', 'Chai', 'goods', '18.00', '12.50'),
    ('NW-2', 'Chang', 'goods', '19.00', '13.30'),
    ('NW-3', 'Aniseed Syrup', 'goods', '10.00', '7.00'),
    ('NW-4', "Chef Anton's Cajun Seasoning", 'goods', '22.00', '15.40'),
    ('NW-11', 'Queso Cabrales', 'goods', '21.00', '14.70'),
    ('NW-12', 'Queso Manchego La Pastora', 'goods', '38.00', '26.60'),
    ('NW-SVC-1', 'Delivery and setup', 'service', '45.00', '30.00'),
    ]

# code, name, street, postal code, city, country code
CUSTOMERS = [
    ('ALFKI', 'Alfreds Futterkiste',
        'Obere Str. 57', '12209', 'Berlin', 'DE'),
    ('BONAP', "Bon app'",
        '12, rue des Bouchers', '13008', 'Marseille', 'FR'),
    ('ERNSH', 'Ernst Handel',
        'Kirchgasse 6', '8010', 'Graz', 'AT'),
    ]

COUNTRIES = [
    ('DE', 'DEU', 'Germany'),
    ('FR', 'FRA', 'France'),
    ('AT', 'AUT', 'Austria'),
    ('US', 'USA', 'United States'),
    ]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('dir', help="directory of the database file")
    parser.add_argument('--name', default='quotedoc_erp',
        help="database name (file NAME.sqlite)")
    parser.add_argument('--force', action='store_true',
        help="replace an existing database file")
    return parser.parse_args()


def create_database(name):
    "Create the file, the base schema and activate sale like trytond-admin"
    from trytond import admin, commandline

    with tempfile.NamedTemporaryFile('w', suffix='.pass') as passfile:
        passfile.write(ADMIN_PASSWORD + '\n')
        passfile.flush()
        os.environ['TRYTONPASSFILE'] = passfile.name
        options = commandline.get_parser_admin().parse_args([
                '-d', name, '-u', 'sale', '--activate-dependencies',
                '--email', 'admin@example.com'])
        admin.run(options)


def in_transaction(name, context, func, *args):
    "Run func in one committed transaction, retried as trytond's dispatcher does"
    from trytond.transaction import Transaction, TransactionError

    extras = {}
    while True:
        with Transaction().start(name, 0, context=context, **extras) as tx:
            try:
                return func(*args)
            except TransactionError as e:
                tx.rollback()
                e.fix(extras)


def seed(name):
    context = {'language': 'en'}
    company, countries = in_transaction(name, context, create_company)
    context.update(company=company, companies=[company])
    in_transaction(name, context, create_data, countries)


def create_company():
    from trytond.pool import Pool

    pool = Pool()
    Country = pool.get('country.country')
    Currency = pool.get('currency.currency')
    Rate = pool.get('currency.currency.rate')
    Party = pool.get('party.party')
    Company = pool.get('company.company')
    User = pool.get('res.user')

    countries = {c.code: c.id for c in Country.create([{
                    'code': c2, 'code3': c3, 'name': n}
                for c2, c3, n in COUNTRIES])}

    usd, eur = Currency.create([{
                'name': 'U.S. Dollar', 'code': 'USD', 'symbol': '$',
                'numeric_code': '840', 'digits': 2,
                'rounding': Decimal('0.01'),
                }, {
                'name': 'Euro', 'code': 'EUR', 'symbol': '€',
                'numeric_code': '978', 'digits': 2,
                'rounding': Decimal('0.01'),
                }])
    Rate.create([
            {'currency': usd.id, 'date': dt.date(2000, 1, 1),
                'rate': Decimal('1')},
            {'currency': eur.id, 'date': dt.date(2000, 1, 1),
                'rate': Decimal('0.9')},
            ])

    company_party, = Party.create([{
                'code': 'NWERP', 'name': COMPANY_NAME,
                'addresses': [('create', [{
                                'street_unstructured': '1 Northwind Way',
                                'postal_code': '98052',
                                'city': 'Redmond',
                                'country': countries['US'],
                                }])],
                }])
    company, = Company.create([{
                'party': company_party.id, 'currency': usd.id,
                'timezone': 'UTC',
                }])
    admin, = User.search([('login', '=', ADMIN_LOGIN)])
    User.write([admin], {
            'companies': [('add', [company.id])],
            'company': company.id,
            })
    return company.id, countries


def create_data(countries):
    from trytond.pool import Pool
    from trytond.transaction import Transaction

    pool = Pool()
    company = pool.get('company.company')(Transaction().context['company'])
    accounts = create_accounts(pool, company)
    create_products(pool, accounts)
    create_customers(pool, countries)
    number_sales(pool)


def number_sales(pool):
    "Quoted sales get numbers SO-00001, SO-00002, ..."
    Configuration = pool.get('sale.configuration')
    Sequence = pool.get('ir.sequence')
    sequence = Configuration(1).get_multivalue('sale_sequence')
    Sequence.write([sequence], {'prefix': 'SO-', 'padding': 5})


def create_accounts(pool, company):
    "The least chart that lets a confirmed sale create its invoice"
    Type = pool.get('account.account.type')
    Account = pool.get('account.account')
    Configuration = pool.get('account.configuration')

    root, = Type.create([{'name': 'Chart', 'statement': None,
                'company': company.id}])
    receivable, payable, revenue, expense = Type.create([
            {'name': 'Receivable', 'statement': 'balance', 'parent': root.id,
                'assets': True, 'receivable': True, 'company': company.id},
            {'name': 'Payable', 'statement': 'balance', 'parent': root.id,
                'payable': True, 'company': company.id},
            {'name': 'Revenue', 'statement': 'income', 'parent': root.id,
                'revenue': True, 'company': company.id},
            {'name': 'Expense', 'statement': 'income', 'parent': root.id,
                'expense': True, 'company': company.id},
            ])
    chart, = Account.create([{'name': 'Chart', 'company': company.id}])
    accounts = dict(zip(
            ['receivable', 'payable', 'revenue', 'expense'],
            Account.create([
                    {'code': '1200', 'name': 'Receivable', 'parent': chart.id,
                        'type': receivable.id, 'reconcile': True,
                        'party_required': True, 'company': company.id},
                    {'code': '2100', 'name': 'Payable', 'parent': chart.id,
                        'type': payable.id, 'reconcile': True,
                        'party_required': True, 'company': company.id},
                    {'code': '4000', 'name': 'Revenue', 'parent': chart.id,
                        'type': revenue.id, 'company': company.id},
                    {'code': '5000', 'name': 'Expense', 'parent': chart.id,
                        'type': expense.id, 'company': company.id},
                    ])))
    config = Configuration(1)
    config.default_account_receivable = accounts['receivable']
    config.default_account_payable = accounts['payable']
    config.default_category_account_revenue = accounts['revenue']
    config.default_category_account_expense = accounts['expense']
    config.save()
    return accounts


def create_products(pool, accounts):
    Uom = pool.get('product.uom')
    Category = pool.get('product.category')
    Template = pool.get('product.template')

    unit, = Uom.search([('name', '=', 'Unit')])
    category, = Category.create([{
                'name': 'Sales', 'accounting': True,
                'account_revenue': accounts['revenue'].id,
                'account_expense': accounts['expense'].id,
                }])
    Template.create([{
                'name': name, 'code': code, 'type': type_,
                'default_uom': unit.id, 'sale_uom': unit.id,
                'salable': True, 'list_price': Decimal(list_price),
                'account_category': category.id,
                'products': [('create', [{'cost_price': Decimal(cost)}])],
                } for code, name, type_, list_price, cost in PRODUCTS])


def create_customers(pool, countries):
    Party = pool.get('party.party')
    Party.create([{
                'code': code, 'name': name,
                'addresses': [('create', [{
                                'street_unstructured': street,
                                'postal_code': postal_code, 'city': city,
                                'country': countries[country],
                                }])],
                } for code, name, street, postal_code, city, country
            in CUSTOMERS])


def self_contained(name, path):
    "One file to copy: trytond opens SQLite in WAL mode; fold the WAL back in"
    import gc
    import sqlite3

    # trytond leaves a connection per transaction to the garbage collector.
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            obj.close()
    conn = sqlite3.connect(path)
    conn.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    mode, = conn.execute('PRAGMA journal_mode = DELETE').fetchone()
    conn.close()
    assert mode == 'delete', mode
    assert not os.path.exists(path + '-wal'), path + '-wal'


def main():
    args = parse_args()
    directory = os.path.abspath(args.dir)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, args.name + '.sqlite')
    if os.path.exists(path):
        if not args.force:
            sys.exit(f"{path} exists (use --force to replace it)")
        os.remove(path)

    started = time.monotonic()
    os.environ['TRYTOND_DATABASE__URI'] = 'sqlite://'
    os.environ['TRYTOND_DATABASE__PATH'] = directory
    os.environ.pop('TRYTOND_CONFIG', None)
    from trytond import backend

    backend.Database.create(None, args.name)
    create_database(args.name)
    activated = time.monotonic()
    seed(args.name)
    self_contained(args.name, path)
    done = time.monotonic()
    print(f"seeded {path}: modules {activated - started:.1f} s, "
        f"data {done - activated:.1f} s, total {done - started:.1f} s")


if __name__ == '__main__':
    main()
