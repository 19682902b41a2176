using CsCheck;
using ModelBot.Rendering.Tests;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// What people (or attackers) type after a command: any script, control characters, thousands of characters,
/// mention attempts (@everyone, &lt;!channel&gt;), markdown and mrkdwn specials, mixed with real model and benchmark
/// names so that answers that succeed are exercised as well as errors.
/// </summary>
internal static class UserText
{
    private static readonly string[] Words =
    [
        "muse-spark", "gpt-5.4", "Gemini 3.1 Pro", "opus 4.6", "avocado", "arc-agi-2", "HLE", "with tools", "no tools", "vs", ",", "\"",
        "@everyone", "@here", "<!channel>", "<!here|here>", "<!subteam^S1>", "<@U123>", "<@&456>", "<#C1>", "<https://x.test|click>",
        "```", "`", "||spoiler||", "**", "~~", "> quote", "# heading", "[link](https://x.test)", "&amp;", "&lt;", "\u0000", "\u001b[31m",
        "\u202e", "\ufeff", "\ud83d\ude80",
    ];

    /// <summary>One piece of user text, up to about <paramref name="longest"/> atoms.</summary>
    public static Gen<string> Any(int longest = 2000) => Gen.Frequency(
        (4, AnswerGenerators.Text(longest)),
        (3, Gen.OneOf(Words).Array[0, 12].Select(words => string.Join(' ', words))),
        (1, Gen.Int[0x20, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Array[0, 400].Select(codes => string.Concat(codes.Select(char.ConvertFromUtf32)))),
        (1, Gen.Char[(char)0, (char)31].Array[0, 50].Select(chars => new string(chars))),
        (1, Gen.Int[2_000, 12_000].Select(n => new string('x', n))));
}
