namespace ModelBot.Core.Names;

/// <summary>
/// The name keys of one index as a trie, for "did you mean" without an edit distance against every key: the
/// optimal-string-alignment distance is computed along the trie's paths, one row per node, and a branch is left as
/// soon as its row exceeds the threshold (the row minimum never falls deeper down, transpositions included). Gives
/// exactly what the distance against every key gives: per entity the smallest of its keys' distances, and for a typo
/// in the start of a longer name (query of four or more characters, a key longer than the query plus one) the distance
/// to the key's prefix of the query's length plus one.
/// </summary>
internal sealed class KeyTrie
{
    /// <summary>The smallest entity indexes kept per node for prefix typos: no more can be suggested.</summary>
    private readonly int _kept;
    private readonly Node _root = new('\0');

    public KeyTrie(int kept) => _kept = kept;

    /// <summary>Adds a key of <paramref name="entity"/>.</summary>
    public void Add(string key, int entity)
    {
        var node = _root;
        foreach (var c in key)
        {
            node = node.Child(c);
        }

        node.Ends ??= [];
        if (!node.Ends.Contains(entity))
        {
            node.Ends.Add(entity);
        }
    }

    /// <summary>Computes every node's smallest entity indexes below it; call once, after the last <see cref="Add"/>.</summary>
    public void Seal() => Seal(_root);

    /// <summary>
    /// Fills <paramref name="distances"/> (entity → best distance) with every entity within <paramref name="threshold"/>
    /// of <paramref name="key"/>, as <c>NameIndex.SuggestForKey</c> defines it; with <paramref name="sameStart"/>, only
    /// among the keys whose first character is the key's.
    /// </summary>
    public void Search(string key, int threshold, Dictionary<int, int> distances, bool sameStart = false)
    {
        var width = key.Length + 1;
        // A path longer than the key plus the threshold is too far already: its row minimum exceeds the threshold.
        var depths = key.Length + threshold + 2;
        var rows = new int[depths * width];
        // Row of depth 0: the distance from the empty path to each prefix of the key.
        for (var i = 0; i < width; i++)
        {
            rows[i] = i;
        }

        var path = new char[depths];
        foreach (var child in _root.Children)
        {
            if (!sameStart || child.Char == key[0])
            {
                Visit(child, 1, key, threshold, rows, width, path, distances);
            }
        }
    }

    private void Visit(Node node, int depth, string key, int threshold, int[] rows, int width, char[] path, Dictionary<int, int> distances)
    {
        if (depth >= path.Length)
        {
            return;
        }

        path[depth - 1] = node.Char;
        var rowStart = depth * width;

        var previous = (depth - 1) * width;
        var previous2 = (depth - 2) * width;
        rows[rowStart] = depth;
        var minimum = depth;
        for (var i = 1; i < width; i++)
        {
            var cost = key[i - 1] == node.Char ? 0 : 1;
            var value = Math.Min(Math.Min(rows[previous + i] + 1, rows[rowStart + i - 1] + 1), rows[previous + i - 1] + cost);
            if (i > 1 && depth > 1 && key[i - 1] == path[depth - 2] && key[i - 2] == node.Char)
            {
                value = Math.Min(value, rows[previous2 + i - 2] + 1);
            }

            rows[rowStart + i] = value;
            minimum = Math.Min(minimum, value);
        }

        if (node.Ends is not null && rows[rowStart + key.Length] <= threshold)
        {
            foreach (var entity in node.Ends)
            {
                Offer(distances, entity, rows[rowStart + key.Length]);
            }
        }

        if (depth == key.Length && key.Length >= 4 && rows[rowStart + key.Length] + 1 <= threshold)
        {
            // Keys longer than the query plus one, through this prefix: the grandchildren's subtrees.
            var distance = rows[rowStart + key.Length] + 1;
            foreach (var child in node.Children)
            {
                foreach (var grandchild in child.Children)
                {
                    foreach (var entity in grandchild.Smallest!)
                    {
                        Offer(distances, entity, distance);
                    }
                }
            }
        }

        if (minimum > threshold)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            Visit(child, depth + 1, key, threshold, rows, width, path, distances);
        }
    }

    private static void Offer(Dictionary<int, int> distances, int entity, int distance)
    {
        if (!distances.TryGetValue(entity, out var known) || distance < known)
        {
            distances[entity] = distance;
        }
    }

    private List<int> Seal(Node node)
    {
        var smallest = new List<int>();
        if (node.Ends is not null)
        {
            smallest.AddRange(node.Ends);
        }

        foreach (var child in node.Children)
        {
            foreach (var entity in Seal(child))
            {
                if (!smallest.Contains(entity))
                {
                    smallest.Add(entity);
                }
            }
        }

        smallest.Sort();
        if (smallest.Count > _kept)
        {
            smallest.RemoveRange(_kept, smallest.Count - _kept);
        }

        node.Smallest = [.. smallest];
        return smallest;
    }

    private sealed class Node(char c)
    {
        private static readonly List<Node> None = [];
        private List<Node>? _children;

        public char Char { get; } = c;

        public List<int>? Ends { get; set; }

        public int[]? Smallest { get; set; }

        public List<Node> Children => _children ?? None;

        public Node Child(char c)
        {
            _children ??= [];
            foreach (var child in _children)
            {
                if (child.Char == c)
                {
                    return child;
                }
            }

            var added = new Node(c);
            _children.Add(added);
            return added;
        }
    }
}
