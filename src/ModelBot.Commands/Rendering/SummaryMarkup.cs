namespace ModelBot.Commands.Rendering;

/// <summary>
/// Reads the one markup an <see cref="Answers.Answer.Summary"/> may hold, <c>**bold**</c>, so each renderer can
/// write it in its own syntax and escape everything else. An unpaired <c>**</c> is literal text.
/// </summary>
public static class SummaryMarkup
{
    private const string Marker = "**";

    /// <summary>The runs of <paramref name="text"/>, markers removed, in order; empty runs are skipped.</summary>
    public static BoldSpanEnumerator Spans(string text) => new(text);

    /// <summary>Enumerates <see cref="BoldSpan"/>s without allocating.</summary>
    public struct BoldSpanEnumerator
    {
        private readonly string _text;
        private int _position;
        private int _markersLeft;
        private bool _bold;

        internal BoldSpanEnumerator(string text)
        {
            _text = text;
            _position = 0;
            _bold = false;
            var count = 0;
            for (var i = text.IndexOf(Marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Marker, i + Marker.Length, StringComparison.Ordinal))
            {
                count++;
            }
            _markersLeft = count - (count % 2);
            Current = default;
        }

        /// <summary>The current run.</summary>
        public BoldSpan Current { get; private set; }

        /// <summary>Allows <c>foreach</c>.</summary>
        public readonly BoldSpanEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next non-empty run.</summary>
        public bool MoveNext()
        {
            while (_position < _text.Length)
            {
                var next = _markersLeft > 0 ? _text.IndexOf(Marker, _position, StringComparison.Ordinal) : -1;
                var end = next < 0 ? _text.Length : next;
                var span = new BoldSpan(_position, end - _position, _bold);
                if (next < 0)
                {
                    _position = _text.Length;
                }
                else
                {
                    _position = next + Marker.Length;
                    _markersLeft--;
                    _bold = !_bold;
                }
                if (span.Length > 0)
                {
                    Current = span;
                    return true;
                }
            }
            return false;
        }
    }
}
