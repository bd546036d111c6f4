import Foundation
import GRDB
import RelGraph

/// Which stored stances to list: those of an actor (or between two), of some
/// kinds, in articles dated within a window.
///
/// Actors are named as everywhere in RelGraph: by id, else by name or alias
/// (case-insensitive, a leading "the" ignored), across every stored article.
public struct StanceQuery: Sendable {
    /// One or two actor references; two select the stances between them (either direction).
    public var actors: [String]
    /// The kinds to keep; empty keeps every kind.
    public var kinds: [StanceKind]
    public var window: DateWindow

    public init(actors: [String] = [], kinds: [StanceKind] = [], window: DateWindow = .all) {
        self.actors = actors
        self.kinds = kinds
        self.window = window
    }
}

/// One stored stance as a query lists it: the two actors, the kind, and the
/// article it was found in with its evidence.
public struct StanceRow: Codable, Sendable, Hashable {
    public var source: Actor
    public var target: Actor
    public var kind: StanceKind
    public var polarity: Polarity
    public var count: Int
    public var article: StoredArticleSummary
    public var evidence: [Evidence]
}

/// What a listing says about a stored article.
public struct StoredArticleSummary: Codable, Sendable, Hashable {
    /// Its key: the SHA-256 of its normalised body (`ArticleKey`).
    public var id: String
    public var name: String
    public var title: String?
    public var url: String?
    public var date: String?
}

/// An actor reference that names no stored actor.
public struct UnknownActorError: Error, Sendable, CustomStringConvertible {
    public var reference: String
    public var path: String
    public var description: String { "no actor named '\(reference)' in \(path) (by id, name or alias)" }
}

extension Store {
    /// The ids of the stored actors that `reference` names: an exact id first,
    /// else every actor with that name or alias.
    public func actorIDs(named reference: String) throws -> Set<String> {
        try read { db in
            if try ActorRecord.filter(Column("id") == reference).fetchCount(db) > 0 { return [reference] }
            let rows = try Row.fetchAll(db, sql: "SELECT DISTINCT id, name, aliases FROM actor")
            var ids = Set<String>()
            for row in rows {
                var candidate = Actor(id: row["id"], name: row["name"])
                candidate.aliases = (try? JSONDecoder().decode([String].self, from: Data((row["aliases"] as String).utf8))) ?? []
                if candidate.isNamed(reference) { ids.insert(candidate.id) }
            }
            return ids
        }
    }

    /// The stances `query` selects, ordered by article date (undated last),
    /// article name, then source, target and kind.
    ///
    /// With actors, the search starts from the `actor_id` index (the named
    /// actors' articles and positions) and reaches their stances by the
    /// article key; stances name their actors by position in the article.
    public func stances(_ query: StanceQuery) throws -> [StanceRow] {
        precondition(query.actors.count <= 2, "a query names at most two actors")
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible] = []
        var actorSets: [Set<String>] = []
        for reference in query.actors {
            let ids = try actorIDs(named: reference)
            guard !ids.isEmpty else { throw UnknownActorError(reference: reference, path: path) }
            actorSets.append(ids)
        }
        func placeholders(_ ids: Set<String>) -> String { Array(repeating: "?", count: ids.count).joined(separator: ",") }
        // The stances to list, as (article, position) keys: one actor's stances
        // either way, or those between two actors.
        var selection = ""
        if actorSets.count == 1 {
            let ids = actorSets[0]
            selection = """
                WITH chosen(article, position) AS (
                    SELECT stance.article, stance.position FROM actor a
                    JOIN stance ON stance.article = a.article AND stance.source = a.position WHERE a.id IN (\(placeholders(ids)))
                    UNION
                    SELECT stance.article, stance.position FROM actor a
                    JOIN stance ON stance.article = a.article AND stance.target = a.position WHERE a.id IN (\(placeholders(ids)))
                )
                """
            arguments += ids.sorted() + ids.sorted()
        } else if actorSets.count == 2 {
            let (a, b) = (actorSets[0], actorSets[1])
            selection = """
                WITH chosen(article, position) AS (
                    SELECT stance.article, stance.position FROM actor a
                    JOIN stance ON stance.article = a.article AND stance.source = a.position
                    JOIN actor b ON b.article = stance.article AND b.position = stance.target
                    WHERE a.id IN (\(placeholders(a))) AND b.id IN (\(placeholders(b)))
                    UNION
                    SELECT stance.article, stance.position FROM actor a
                    JOIN stance ON stance.article = a.article AND stance.source = a.position
                    JOIN actor b ON b.article = stance.article AND b.position = stance.target
                    WHERE a.id IN (\(placeholders(b))) AND b.id IN (\(placeholders(a)))
                )
                """
            arguments += a.sorted() + b.sorted() + b.sorted() + a.sorted()
        }
        if !actorSets.isEmpty {
            conditions.append("(stance.article, stance.position) IN (SELECT article, position FROM chosen)")
        }
        if !query.kinds.isEmpty {
            conditions.append("stance.kind IN (\(Array(repeating: "?", count: query.kinds.count).joined(separator: ",")))")
            arguments += query.kinds.map(\.rawValue)
        }
        let window = query.window.sqlCondition
        conditions.append(window.sql)
        arguments += window.arguments
        let sql = """
            \(selection)
            SELECT stance.article AS article_row, stance.position AS stance_position, stance.kind, stance.count,
                   article.hash, article.name, article.title, article.url, article.date,
                   s.id AS source, s.name AS source_name, s.kind AS source_kind,
                   t.id AS target, t.name AS target_name, t.kind AS target_kind
            FROM stance
            JOIN article ON article.id = stance.article
            JOIN actor s ON s.article = stance.article AND s.position = stance.source
            JOIN actor t ON t.article = stance.article AND t.position = stance.target
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY article.date IS NULL, article.date, article.name, s.id, t.id, stance.kind
            """
        return try read { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            let evidenceStatement = try db.cachedStatement(sql: """
                SELECT * FROM evidence WHERE article = ? AND stance = ? ORDER BY position
                """)
            return try rows.compactMap { row -> StanceRow? in
                guard let kind = StanceKind(rawValue: row["kind"]) else { return nil }
                let name: String = row["name"]
                let date: String? = row["date"]
                let evidence = try EvidenceRecord.fetchAll(evidenceStatement,
                                                           arguments: [row["article_row"] as Int64, row["stance_position"] as Int])
                    .map { $0.evidence(article: name, date: date) }
                func actor(_ id: String, _ name: String, _ kind: String) -> Actor {
                    Actor(id: id, name: name, kind: ActorKind(rawValue: kind) ?? .unknown)
                }
                return StanceRow(
                    source: actor(row["source"], row["source_name"], row["source_kind"]),
                    target: actor(row["target"], row["target_name"], row["target_kind"]),
                    kind: kind, polarity: kind.polarity, count: row["count"],
                    article: StoredArticleSummary(id: row["hash"], name: name, title: row["title"],
                                                  url: row["url"], date: date),
                    evidence: evidence)
            }
        }
    }
}
