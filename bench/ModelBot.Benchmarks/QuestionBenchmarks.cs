using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Host.Cli;

namespace ModelBot.Benchmarks;

/// <summary>
/// Free-text questions through the one query model: parse (names, vocabulary, misspellings, operation) and answer,
/// without the reply cache, so what a person waits for on a question never asked before is measured.
/// </summary>
[MemoryDiagnoser]
public class QuestionBenchmarks
{
    private IHost? _host;
    private ModelBot.Commands.Routing.CommandRouter? _handler;
    private ChatRequest? _chatRequest;

    /// <summary>One question per kind of reading: leaderboard, gap, note lookup, misspelling, off-topic refusal.</summary>
    [Params(
        "which model leads HLE?",
        "how many points behind gpt-5.4 is muse spark on GDPval",
        "is muse spark based on llama?",
        "muse sprak vs gpt 5.4",
        "write me a python function")]
    public string Question { get; set; } = "";

    /// <summary>Builds the host (never started) and answers once so the dataset is loaded.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = QuietCommandHost.Build();
        _handler = _host.Services.GetRequiredService<ModelBot.Commands.Routing.CommandRouter>();
        _chatRequest = new ChatRequest { Platform = AskCommand.Platform, Text = Question };
        Answer();
    }

    /// <summary>Disposes the host.</summary>
    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    /// <summary>Parse and answer: the neutral answer.</summary>
    [Benchmark]
    public Answer Answer()
    {
        var pending = _handler!.HandleAsync(_chatRequest!, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
