import ArgumentParser
import Foundation
import RelGraph
import RelGraphStore

/// `relgraph query`: lists stored stances, with the article and evidence
/// behind each, by actor, kind and date.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List stored stances with their articles and evidence.",
        discussion: """
        --actor names an actor by id, name or alias (Turkey, TUR, Ankara); given twice, only the \
        stances between the two. --since and --until are inclusive ISO dates (YYYY-MM-DD, YYYY-MM \
        or YYYY: from its first day, until its last) of the articles; an article dated only by month or \
        year counts as that period's first day; undated articles are left out when either is given. Stances are \
        listed by article date, then article. The database is opened read-only.
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, jsonl, csv
    }

    @Option(help: "The database file.")
    var db = "relgraph.sqlite"

    @Option(help: "An actor (id, name or alias); twice for the stances between two actors.")
    var actor: [String] = []

    @Option(help: "A stance kind: \(StanceKind.allCases.map(\.rawValue).joined(separator: ", ")); may be repeated.")
    var kind: [StanceKind] = []

    @Option(help: "Articles dated on or after this date.")
    var since: String?

    @Option(help: "Articles dated on or before this date.")
    var until: String?

    @Option(help: "Output format: text, json, jsonl, csv.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Where to write the listing; - for standard output.")
    var output: String?

    func validate() throws {
        guard actor.count <= 2 else { throw ValidationError("--actor may be given at most twice") }
        do {
            _ = try DateWindow(since: since, until: until)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        try reportingFailures {
            let store = try Store(path: db, mode: .readOnly)
            let rows = try store.stances(StanceQuery(actors: actor, kinds: kind,
                                                     window: DateWindow(since: since, until: until)))
            let text: String
            switch format {
            case .text: text = StanceRowWriter.text(rows)
            case .json: text = try StanceRowWriter.json(rows)
            case .jsonl: text = try StanceRowWriter.jsonLines(rows)
            case .csv: text = StanceRowWriter.csv(rows)
            }
            try OutputFile.write(text: text, to: output)
        }
    }
}

extension StanceKind: ExpressibleByArgument {}
