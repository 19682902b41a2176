namespace ModelBot.LoadHarness.Bare;

/// <summary>Writes a fixed JSON reply, or a bodiless status.</summary>
public static class BareReply
{
    /// <summary>Largest body a bare endpoint reads.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>200 with <paramref name="json"/>.</summary>
    public static Task JsonAsync(HttpContext context, byte[] json)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json, context.RequestAborted).AsTask();
    }

    /// <summary>A status without a body (401, 413).</summary>
    public static Task StatusAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
