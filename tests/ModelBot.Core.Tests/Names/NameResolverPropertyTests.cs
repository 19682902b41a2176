using System.Text;
using CsCheck;
using ModelBot.Core.Names;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Names;

public class NameResolverPropertyTests
{
    private static readonly (string ModelId, string Name)[] ModelNames =
    [
        .. RepositoryDataset.Dataset.Models.SelectMany(m => new[] { m.Id, m.Name }.Concat(m.Aliases).Select(name => (m.Id, name))),
    ];

    private static readonly (string BenchmarkId, string Name)[] BenchmarkNames =
    [
        .. RepositoryDataset.Dataset.Benchmarks.SelectMany(b => new[] { b.Id, b.Name }.Concat(b.Aliases).Select(name => (b.Id, name))),
    ];

    [Fact]
    public void ResolveModel_AnyNameWithCaseSpaceAndPunctuationChanges_FindsThatModel()
    {
        Garbled(ModelNames.Length).Sample((index, operations) =>
        {
            var (id, name) = ModelNames[index];
            var typed = Garble(name, operations);

            var resolution = RepositoryDataset.Names.ResolveModel(typed);

            return resolution.IsFound && resolution.Value.Id == id;
        });
    }

    [Fact]
    public void ResolveBenchmark_AnyNameWithCaseSpaceAndPunctuationChanges_FindsThatBenchmark()
    {
        Garbled(BenchmarkNames.Length).Sample((index, operations) =>
        {
            var (id, name) = BenchmarkNames[index];
            var typed = Garble(name, operations);

            var resolution = RepositoryDataset.Names.ResolveBenchmark(typed);

            return resolution.IsFound && resolution.Value.Id == id;
        });
    }

    /// <summary>Every (model id, name) pair of the dataset: one case each, so new data adds cases instead of reshuffling seeds.</summary>
    public static TheoryData<string, string> EveryModelName() => [.. ModelNames.Distinct()];

    /// <summary>
    /// Exhaustive rather than sampled: every way of writing the separators (space, hyphen, dot, none, as given) in three
    /// casings. The sampled version drew a random index into the data-derived name list, so a recorded seed named a
    /// different name once the data grew and could never be replayed; enumerating all spellings per name (a few
    /// hundred at most) is deterministic, covers every case the generator could draw, and names the failing spelling.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryModelName))]
    public void FindMentions_AnyModelNameInASentence_FindsThatModel(string id, string name)
    {
        var missed = Respellings(name)
            .Where(typed => !RepositoryDataset.Names.FindMentions($"so how good is {typed} really?").Any(m => m.Kind == MentionKind.Model && m.Id == id))
            .ToList();

        missed.ShouldBeEmpty($"'{name}' ({id}) was not found in the sentence when written as: {string.Join(" | ", missed.Take(10))}");
    }

    /// <summary>All separator choices for <paramref name="name"/>, each upper case, lower case and alternating.</summary>
    private static IEnumerable<string> Respellings(string name)
    {
        var separators = name.Count(IsSeparator);
        var choices = (int)Math.Pow(5, separators);
        for (var combination = 0; combination < choices; combination++)
        {
            for (var casing = 0; casing < 3; casing++)
            {
                var text = new StringBuilder();
                var rest = combination;
                for (var i = 0; i < name.Length; i++)
                {
                    var c = name[i];
                    if (IsSeparator(c))
                    {
                        text.Append((rest % 5) switch { 0 => " ", 1 => "-", 2 => ".", 3 => "", _ => c.ToString() });
                        rest /= 5;
                    }
                    else
                    {
                        var upper = casing == 0 || (casing == 2 && i % 2 == 0);
                        text.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                    }
                }

                yield return text.ToString();
            }
        }

        static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '_';
    }

    private static Gen<(int Index, int[] Operations)> Garbled(int count) =>
        from index in Gen.Int[0, count - 1]
        from operations in Gen.Int[0, 7].Array[0, 40]
        select (index, operations);

    /// <summary>Changes case, adds spaces and punctuation between characters and drops existing separators.</summary>
    private static string Garble(string name, int[] operations)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var operation = operations.Length == 0 ? 0 : operations[i % operations.Length];
            var isSeparator = c is ' ' or '-' or '.' or '_' or '\'' or '’';
            switch (operation)
            {
                case 1:
                    text.Append(char.ToUpperInvariant(c));
                    break;
                case 2:
                    text.Append(char.ToLowerInvariant(c));
                    break;
                case 3:
                    text.Append(' ').Append(c);
                    break;
                case 4:
                    text.Append(c).Append('-');
                    break;
                case 5 when isSeparator:
                    break;
                case 6:
                    text.Append(c).Append('.');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }
}
