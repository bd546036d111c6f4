/// A DOT file as Graphviz's parser read it: attributes of the graph, nodes and
/// edges, in file order, with no layout. The raw material `DOTGraphReader` turns
/// into a stance graph.
public struct ParsedDOT: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String]
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    public var graphAttributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
}
