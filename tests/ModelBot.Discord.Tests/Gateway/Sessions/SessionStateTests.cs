using ModelBot.Discord.Gateway.Sessions;

namespace ModelBot.Discord.Tests.Gateway.Sessions;

public class SessionStateTests
{
    [Fact]
    public void Start_ThenObserve_KeepsSessionUrlAndSequence()
    {
        var session = new SessionState();
        session.CanResume.ShouldBeFalse();
        session.Sequence.ShouldBeNull();

        session.Start("s1", "wss://resume");
        session.Observe(41);
        session.Observe(42);

        (session.CanResume, session.SessionId, session.ResumeGatewayUrl, session.Sequence).ShouldBe((true, "s1", "wss://resume", 42L));
    }

    [Fact]
    public void Invalidate_AfterReady_ForgetsEverything()
    {
        var session = new SessionState();
        session.Start("s1", "wss://resume");
        session.Observe(5);

        session.Invalidate();

        (session.CanResume, session.SessionId, session.Sequence).ShouldBe((false, (string?)null, (long?)null));
    }
}
