namespace ModelBot.LoadHarness.Running;

/// <summary>A running endpoint under load and how to make its requests; disposing it stops the server.</summary>
public sealed class LoadTarget : IAsyncDisposable
{
    private readonly Func<ValueTask> _stop;

    /// <summary>Creates a target.</summary>
    /// <param name="name">Shown in the report.</param>
    /// <param name="role">Its place in the comparison.</param>
    /// <param name="createRequest">Builds request number n (bodies may rotate).</param>
    /// <param name="stop">Stops the server.</param>
    public LoadTarget(string name, TargetRole role, Func<int, HttpRequestMessage> createRequest, Func<ValueTask> stop)
    {
        Name = name;
        Role = role;
        CreateRequest = createRequest;
        _stop = stop;
    }

    /// <summary>Shown in the report.</summary>
    public string Name { get; }

    /// <summary>Its place in the comparison.</summary>
    public TargetRole Role { get; }

    /// <summary>Builds request number n.</summary>
    public Func<int, HttpRequestMessage> CreateRequest { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stop();
}
