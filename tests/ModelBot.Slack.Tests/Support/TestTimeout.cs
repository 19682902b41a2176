namespace ModelBot.Slack.Tests.Support;

/// <summary>A safety net so a broken test fails instead of hanging; never an assertion about speed.</summary>
internal static class TestTimeout
{
    public static CancellationToken Token(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
