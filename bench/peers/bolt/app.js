// The reference Node setup for Slack slash commands: @slack/bolt's HTTPReceiver verifies the v0 signature (and the
// 5-minute timestamp window) and the /compare listener acks with a fixed in-channel reply.
// Started by bench/ModelBot.LoadHarness with SLACK_SIGNING_SECRET and PORT (0 = any) in the environment; binds 127.0.0.1
// and prints "listening on <port>".
//
// botId/botUserId are given so Bolt never calls auth.test: without them it asks slack.com lazily on the first request,
// which cannot answer on a machine without internet, and no request is acked in time.
const { App, HTTPReceiver, LogLevel } = require("@slack/bolt");

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  endpoints: ["/slack/commands"],
});
const app = new App({
  receiver,
  token: "xoxb-0000000000-0000000000000-loadharnessbenchtoken0",
  botId: "B0000000001",
  botUserId: "U0000000001",
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
});

app.command("/compare", async ({ ack }) => {
  await ack({ response_type: "in_channel", text: "ok" });
});

(async () => {
  const server = await app.start({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
  console.log(`listening on ${server.address().port}`);
})();
