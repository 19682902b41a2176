namespace ModelBot.Host.Cli;

/// <summary>The process exit codes of the <c>modelbot</c> CLI.</summary>
public static class ExitCodes
{
    /// <summary>An answer was given, the host stopped cleanly, or the dataset is valid.</summary>
    public const int Success = 0;

    /// <summary>The dataset is invalid, or the program could not run (bad usage, unreadable data).</summary>
    public const int Failure = 1;

    /// <summary>A request the bot cannot answer: unknown model, bad syntax.</summary>
    public const int Unanswerable = 2;
}
