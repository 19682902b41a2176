using System.Net;
using System.Text;
using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Tests.Running;

public sealed class ReplyCheckTests
{
    [Theory]
    [InlineData(200, """{"type":4,"data":{"content":"ok"}}""", true)]
    [InlineData(200, """  {"response_type":"in_channel","blocks":[]}  """, true)]
    [InlineData(200, "", false)]
    [InlineData(200, "{}", false)]
    [InlineData(200, "[1,2]", false)]
    [InlineData(200, "ok", false)]
    [InlineData(200, """{"type":4,"data":{"content":"ok"}""", false)]
    [InlineData(200, """{"a":1}{"b":2}""", false)]
    [InlineData(200, """{"a":1} trailing""", false)]
    [InlineData(401, """{"error":"bad signature"}""", false)]
    [InlineData(500, """{"type":4}""", false)]
    [InlineData(202, """{"type":5}""", false)]
    public void IsAnswer_StatusAndBody_OnlyOkWithNonEmptyJsonObject(int status, string body, bool expected) =>
        ReplyCheck.IsAnswer((HttpStatusCode)status, Encoding.UTF8.GetBytes(body)).ShouldBe(expected);
}
