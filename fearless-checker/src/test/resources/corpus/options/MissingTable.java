// options: table=src/test/resources/tables/missing.table
class MissingTable {
}
