namespace ModelBot.Slack.Tests.Support;

/// <summary>
/// The base of test classes that talk to the Slack app over HTTP: every test gets its own fake Slack Web API and its
/// own app host pointed at it, started before the test and stopped after.
/// </summary>
public abstract class SlackHttpAppTests : IAsyncLifetime
{
    private FakeSlackServer? _fakeSlack;
    private SlackAppHost? _appHost;

    /// <summary>The fake Slack Web API the app posts to.</summary>
    private protected FakeSlackServer FakeSlack => _fakeSlack ?? throw new InvalidOperationException("not started");

    /// <summary>The Slack app on Kestrel, configured for HTTP endpoints.</summary>
    private protected SlackAppHost AppHost => _appHost ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        _fakeSlack = await FakeSlackServer.StartAsync();
        _appHost = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_fakeSlack));
    }

    public async ValueTask DisposeAsync()
    {
        if (_appHost is not null)
        {
            await _appHost.DisposeAsync();
        }
        if (_fakeSlack is not null)
        {
            await _fakeSlack.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
