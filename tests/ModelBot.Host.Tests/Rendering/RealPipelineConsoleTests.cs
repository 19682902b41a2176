using ModelBot.Host.Rendering;

namespace ModelBot.Host.Tests.Rendering;

/// <summary>Console answers over the real data/: what a terminal user reads in full.</summary>
public class RealPipelineConsoleTests(RealPipeline pipeline) : IClassFixture<RealPipeline>
{
    [Theory]
    [InlineData("/compare muse-spark gpt-5.4")]
    [InlineData("/compare muse-spark gpt-5.4 claude-opus-4.6")]
    [InlineData("/model muse-spark")]
    [InlineData("/model gpt-5.4")]
    public async Task Render_AnswerWithALowerIsBetterBenchmark_ShowsItsFullNameAndMarker(string request)
    {
        var answer = await pipeline.AskAsync(request);

        var text = ConsoleTextRenderer.Render(answer);

        // A row's label is its text up to the column gap; a wrapped label goes on in the indented lines below it.
        var labels = string.Join(' ', text.Split('\n').Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l.Trim() : l.Split("  ")[0]));
        labels.ShouldContain("Output tokens to run the Artificial Analysis Intelligence Index v4.0 (lower is better)");
    }

    [Theory]
    [InlineData("/compare muse-spark gpt-5.4 claude-opus-4.6")]
    [InlineData("/model muse-spark")]
    [InlineData("what benchmarks does muse spark lead?")]
    [InlineData("best model for reasoning")]
    public async Task Render_RealAnswer_CutsNoTableCell(string request)
    {
        var answer = await pipeline.AskAsync(request);
        answer.Ok.ShouldBeTrue(answer.Error);

        var text = ConsoleTextRenderer.Render(answer);

        // Tables run from the rule under their header to the next blank line; notes and footnotes may shorten titles.
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            inTable = line.StartsWith('─') || (inTable && line.Length > 0);
            if (inTable)
            {
                line.ShouldNotContain('…');
            }
        }
    }
}
