using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Tests.Delivery;

public class FollowOnStepsTests
{
    private sealed class Step(Action<Answer> run, bool fail = false) : IAnswerFollowOn<string>
    {
        public async ValueTask RunAsync(DeliveredAnswer<string> delivered, CancellationToken cancellationToken)
        {
            var answer = await delivered.GetAnswerAsync(cancellationToken);
            run(answer);
            if (fail)
            {
                throw new InvalidOperationException("upload failed");
            }
        }
    }

    private static readonly ChatRequest Request = new() { Platform = "slack", Command = "benchmark", Text = "arc-agi-2" };

    [Fact]
    public async Task RunAsync_FirstStepFails_NextStepStillRunsWithTheAnswer()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var seen = new List<string>();
        var steps = new FollowOnSteps<string>([new Step(a => seen.Add("1:" + a.Title), fail: true), new Step(a => seen.Add("2:" + a.Title))], work, NullLogger<FollowOnSteps<string>>.Instance);

        await steps.RunAsync("1234", new DeliveredAnswer<string>(Request, "C1", ScriptedHandler.Answer("arc"), _ => throw new InvalidOperationException("not needed")), TestContext.Current.CancellationToken);

        seen.ShouldBe(["1:arc", "2:arc"]);
    }

    [Fact]
    public async Task Start_CachedReply_StepGetsTheAnswerComputedAgain()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var steps = new FollowOnSteps<string>([new Step(a => seen.SetResult(a.Title))], work, NullLogger<FollowOnSteps<string>>.Instance);

        steps.Start("1234", new DeliveredAnswer<string>(Request, "C1", answer: null, _ => ValueTask.FromResult(ScriptedHandler.Answer("recomputed"))));

        (await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBe("recomputed");
    }

    [Fact]
    public void Start_NoStepRegistered_StartsNoWork()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var steps = new FollowOnSteps<string>([], work, NullLogger<FollowOnSteps<string>>.Instance);

        steps.Start("1234", new DeliveredAnswer<string>(Request, "C1", null, _ => throw new InvalidOperationException("not needed")));

        steps.Any.ShouldBeFalse();
        work.InFlight.ShouldBe(0);
    }
}
