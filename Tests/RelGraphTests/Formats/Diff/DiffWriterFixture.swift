@testable import RelGraph

/// One diff with every kind of entry and hostile text in its evidence.
enum DiffWriterFixture {
    static let diff = GraphDiff(
        old: DiffFixtures.graph("""
            title "Before"
            Turkey meets Russia "Erdogan met | Putin *today* <b>_x_</b>"
            US supports Kurds
            Turkey opposes Kurds "kept"
            """),
        new: DiffFixtures.graph("""
            title "After"
            Turkey opposes Russia "Ankara \u{1b}[31mcondemned\\nMoscow"
            Russia attacks Rebels
            Turkey opposes Kurds "kept"
            """))
}
