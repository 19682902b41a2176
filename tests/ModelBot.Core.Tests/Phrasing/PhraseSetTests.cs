using CsCheck;
using ModelBot.Core.Phrasing;
using Shouldly;

namespace ModelBot.Core.Tests.Phrasing;

public sealed class PhraseSetTests
{
    [Fact]
    public void Longer_phrases_take_their_words_first_and_matches_come_in_text_order()
    {
        var set = new PhraseSet<string>([("reasoning", "reasoning"), ("abstract reasoning", "abstract"), ("coding", "coding")]);

        var found = set.FindAll("Who leads Coding and abstract reasoning benchmarks?");

        found.Select(m => (m.Phrase, m.Value)).ShouldBe([("Coding", "coding"), ("abstract reasoning", "abstract")]);
    }

    [Fact]
    public void Only_whole_words_match_but_a_plural_s_still_does()
    {
        var set = new PhraseSet<bool>([("lead", true), ("benchmark", true)]);

        set.FindAll("misleading pleads").ShouldBeEmpty();
        set.Contains("the benchmarks it leads").ShouldBeTrue();
        set.FindAll("the benchmarks it leads").Select(m => m.Phrase).ShouldBe(["benchmark", "lead"]);
    }

    [Fact]
    public void An_empty_set_finds_nothing()
    {
        var set = new PhraseSet<int>([("", 1)]);

        set.IsEmpty.ShouldBeTrue();
        set.FindAll("anything at all").ShouldBeEmpty();
        set.Contains("anything at all").ShouldBeFalse();
    }

    [Fact]
    public void Finds_what_searching_the_text_for_each_phrase_in_turn_finds()
    {
        // Texts and phrases over a small alphabet, so phrases overlap, repeat, nest and meet word edges often.
        var words = Gen.OneOf("a", "ab", "b", "ba", "abs", "s", "A", "B-a", "a.b");
        var phrase = words.Array[1, 3].Select(w => string.Join(' ', w));
        var text = Gen.OneOf("a", "ab", "b", "ba", "abs", "s", "A", "B", "-", ".", "x", "a.b", "ab-a", "as", "bas").Array[0, 12].Select(w => string.Join(' ', w));
        Gen.Select(phrase.Array[0, 6], text).Sample((phrases, question) =>
        {
            var entries = phrases.Select((p, i) => (p, i)).ToArray();
            var expected = Naive(question, entries);
            var actual = new PhraseSet<int>(entries).FindAll(question);
            actual.ShouldBe(expected, $"'{question}' with [{string.Join(" | ", phrases)}]");
            new PhraseSet<int>(entries).Contains(question).ShouldBe(expected.Count > 0);
        }, iter: 20_000);
    }

    // The definition: each phrase, longest first, searched for in the whole text; a match keeps its characters.
    private static List<PhraseMatch<T>> Naive<T>(string text, IEnumerable<(string Phrase, T Value)> phrases)
    {
        var taken = new bool[text.Length];
        var found = new List<PhraseMatch<T>>();
        foreach (var (phrase, value) in phrases.Where(p => p.Phrase.Length > 0).OrderByDescending(p => p.Phrase.Length))
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])));
                if (!startsWord || !endsWord || Array.IndexOf(taken, true, at, phrase.Length) >= 0)
                {
                    continue;
                }

                Array.Fill(taken, true, at, phrase.Length);
                found.Add(new PhraseMatch<T>(at, phrase.Length, text.Substring(at, phrase.Length), value));
            }
        }

        found.Sort((left, right) => left.Start.CompareTo(right.Start));
        return found;
    }
}
