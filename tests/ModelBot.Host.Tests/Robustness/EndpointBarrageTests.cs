using System.Collections.Concurrent;
using CsCheck;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// Every route the real host maps (read from its endpoint data source, so a new route cannot be missed) takes a
/// barrage of hostile bodies, most of them correctly signed: each is answered with a 4xx or a well-formed reply,
/// never a 5xx or a hang, and the host answers real requests correctly after each barrage.
/// </summary>
public class EndpointBarrageTests(SignedHost host) : IClassFixture<SignedHost>
{
    private static readonly (string Method, string Route)[] ContractRoutes =
    [
        ("POST", "/discord/interactions"), ("POST", "/slack/commands"), ("POST", "/slack/events"), ("POST", "/slack/interactivity"), ("GET", "/healthz"),
    ];

    [Fact]
    public void Routes_EveryMappedRoute_HasAValidRequestToFuzzFrom()
    {
        ContractRoutes.ShouldBeSubsetOf(host.Routes);
        host.Routes.Where(route => !ValidRequests.ByRoute.ContainsKey(route.Route))
            .ShouldBeEmpty("a mapped route has no valid request in Robustness/ValidRequests.cs to truncate and reshape; add one");
    }

    [Fact]
    public async Task AnyHostileBody_EveryRoute_AnsweredWith4xxOrAWellFormedReply()
    {
        var iterations = FuzzSettings.Iterations(250);
        var problems = new ConcurrentQueue<string>();
        var sent = new ConcurrentDictionary<string, int>();
        foreach (var (method, route) in host.Routes)
        {
            await BodyGenerators.For(route).SampleAsync(async request =>
            {
                var response = await host.SendAsync(method, route, request);
                sent.AddOrUpdate(route, 1, (_, count) => count + 1);
                foreach (var problem in ReplyRules.Problems(response))
                {
                    problems.Enqueue(problem);
                }
            }, iter: iterations);

            await host.AssertStillServingAsync();
        }

        problems.ShouldBeEmpty($"{problems.Count} bad answers:\n{string.Join("\n", problems.Take(20))}");
        host.Routes.ShouldAllBe(route => sent.GetValueOrDefault(route.Route) >= iterations);
    }

    [Fact]
    public async Task WrongMethodOrUnmappedPath_AnyRoute_AnsweredWith4xx()
    {
        var problems = new List<string>();
        string[] methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
        foreach (var (mapped, route) in host.Routes)
        {
            foreach (var method in methods.Where(m => m != mapped))
            {
                problems.AddRange(ReplyRules.Problems(await host.SendAsync(method, route, [], null, [], $"{method} {route}")));
            }
            foreach (var path in new[] { route + "/x", route + "%00", route.ToUpperInvariant() + "/..", route + "?" + new string('a', 4000) })
            {
                problems.AddRange(ReplyRules.Problems(await host.SendAsync(mapped, path, [], null, host.Server.SignatureHeaders(route, []), path)).Select(p => path + ": " + p));
            }
        }

        problems.ShouldBeEmpty();
        await host.AssertStillServingAsync();
    }
}
