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

    [Fact]
    public void FindMentions_AnyModelNameInASentence_FindsThatModel()
    {
        Garbled(ModelNames.Length).Sample((index, operations) =>
        {
            var (id, name) = ModelNames[index];

            var mentions = RepositoryDataset.Names.FindMentions($"so how good is {Respell(name, operations)} really?");

            return mentions.Any(m => m.Kind == MentionKind.Model && m.Id == id);
        });
    }

    private static Gen<(int Index, int[] Operations)> Garbled(int count) =>
        from index in Gen.Int[0, count - 1]
        from operations in Gen.Int[0, 7].Array[0, 40]
        select (index, operations);

    /// <summary>Changes case and swaps or drops the separators between words, as people write names in sentences.</summary>
    private static string Respell(string name, int[] operations)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var operation = operations.Length == 0 ? 0 : operations[i % operations.Length];
            if (c is ' ' or '-' or '.' or '_')
            {
                text.Append(operation switch { 0 => " ", 1 => "-", 2 => ".", 3 => "", _ => c.ToString() });
            }
            else
            {
                text.Append(operation % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

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
