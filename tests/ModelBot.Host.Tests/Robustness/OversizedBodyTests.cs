using System.Net;
using System.Text;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// Bodies over the limits (1 MiB for Slack, 64 KiB for Discord) are refused with 413, signed or not, declared or
/// chunked, without the server reading them to the end; and the host keeps serving.
/// </summary>
public class OversizedBodyTests(SignedHost host) : IClassFixture<SignedHost>
{
    private const int OverAMegabyte = (1024 * 1024) + (512 * 1024);
    private const long Endless = 256L * 1024 * 1024;

    public static TheoryData<bool> Signing => [true, false];

    [Theory]
    [MemberData(nameof(Signing))]
    public async Task DeclaredLength_OverAMegabyte_EveryPostRouteRefusesWith4xx(bool sign)
    {
        var body = Encoding.UTF8.GetBytes("payload=" + new string('x', OverAMegabyte));
        foreach (var (_, route) in host.Routes.Where(r => r.Method == "POST"))
        {
            var response = await host.SendAsync("POST", route, new FuzzRequest("1.5 MB", body, ValidRequests.Form, sign));

            response.Code.ShouldBeInRange(400, 499, response.ToString());
            if (sign)
            {
                response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge, response.ToString());
            }
        }
        await host.AssertStillServingAsync();
    }

    /// <summary>
    /// A signed-looking chunked upload of 256 MB: the endpoint stops after its limit and answers 413 while most of the
    /// body was never sent (it neither buffers nor waits for the whole thing).
    /// </summary>
    [Fact]
    public async Task ChunkedEndlessBody_EveryPostRoute_RefusedWith413BeforeItEnds()
    {
        foreach (var (_, route) in host.Routes.Where(r => r.Method == "POST"))
        {
            using var hang = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            hang.CancelAfter(FuzzSettings.HangLimit);

            var (status, written) = await RawChunkedUpload.SendAsync(host.Client.BaseAddress!, route, host.Server.SignatureHeaders(route, [1, 2, 3]), Endless, hang.Token);

            status.ShouldBe(413, route);
            written.ShouldBeLessThan(Endless / 4, $"{route} read {written} bytes before refusing");
        }
        await host.AssertStillServingAsync();
    }
}
