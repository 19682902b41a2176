using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Interactions;

public class InteractionDispatcherTests
{
    [Fact]
    public async Task Dispatch_MoreThanTheLimit_ReturnsAtOnceAndRunsAtMostLimitConcurrently()
    {
        var handler = new GatedHandler();
        using var dispatcher = new InteractionDispatcher(handler, Options.Create(new DiscordGatewayOptions { MaxConcurrentInteractions = 2 }), NullLogger<InteractionDispatcher>.Instance);

        for (var i = 0; i < 5; i++)
        {
            dispatcher.Dispatch(0, Interaction(i));
        }

        await Within(handler.WaitForRunningAsync(2));
        dispatcher.InFlight.ShouldBe(5);
        handler.Running.ShouldBe(2);
        handler.Release.SetResult();
        (await dispatcher.DrainAsync(TimeSpan.FromSeconds(30), TimeProvider.System, TestContext.Current.CancellationToken)).ShouldBeTrue();

        handler.MaxRunning.ShouldBe(2);
        handler.Completed.ShouldBe(5);
        dispatcher.InFlight.ShouldBe(0);
    }

    [Fact]
    public async Task DrainAsync_HandlerNeverFinishes_GivesUpAfterTheTimeoutAndCancelsIt()
    {
        var time = new FakeTimeProvider();
        var handler = new GatedHandler();
        using var dispatcher = new InteractionDispatcher(handler, Options.Create(new DiscordGatewayOptions()), NullLogger<InteractionDispatcher>.Instance);
        dispatcher.Dispatch(0, Interaction(1));
        await Within(handler.WaitForRunningAsync(1));

        var draining = dispatcher.DrainAsync(TimeSpan.FromSeconds(10), time, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(10));

        (await Within(draining)).ShouldBeFalse();
        await Within(handler.Cancelled.Task);
    }

    [Fact]
    public async Task Dispatch_HandlerThrows_OtherInteractionsStillRun()
    {
        var handler = new GatedHandler { ThrowFor = 1 };
        handler.Release.SetResult();
        using var dispatcher = new InteractionDispatcher(handler, Options.Create(new DiscordGatewayOptions()), NullLogger<InteractionDispatcher>.Instance);

        dispatcher.Dispatch(0, Interaction(1));
        dispatcher.Dispatch(0, Interaction(2));

        (await dispatcher.DrainAsync(TimeSpan.FromSeconds(30), TimeProvider.System, TestContext.Current.CancellationToken)).ShouldBeTrue();
        handler.Completed.ShouldBe(1);
    }

    private static JsonElement Interaction(int id) => JsonDocument.Parse($$"""{"id":"{{id}}"}""").RootElement.Clone();

    private sealed class GatedHandler : IGatewayInteractionHandler
    {
        private int _running;
        private int _maxRunning;
        private int _completed;
        private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
        private readonly Lock _gate = new();

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int? ThrowFor { get; init; }
        public int Running => Volatile.Read(ref _running);
        public int MaxRunning => Volatile.Read(ref _maxRunning);
        public int Completed => Volatile.Read(ref _completed);

        public Task WaitForRunningAsync(int count)
        {
            lock (_gate)
            {
                if (_running >= count)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, done));
                return done.Task;
            }
        }

        public async ValueTask HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _running++;
                _maxRunning = Math.Max(_maxRunning, _running);
                foreach (var waiter in _waiters.Where(w => _running >= w.Count).ToArray())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }
            }

            try
            {
                if (interaction.GetProperty("id").GetString() == ThrowFor?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException("handler bug");
                }

                try
                {
                    await Release.Task.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.TrySetResult();
                    throw;
                }

                Interlocked.Increment(ref _completed);
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                }
            }
        }
    }
}
