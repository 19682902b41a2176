// The reference Node setup for Discord HTTP interactions: express with discord-interactions' verifyKeyMiddleware
// (Ed25519 over timestamp + raw body), answering PING with PONG and every command with a fixed message.
// Started by bench/ModelBot.LoadHarness with PUBLIC_KEY and PORT (0 = any) in the environment; binds 127.0.0.1.
const express = require("express");
const { InteractionResponseType, InteractionType, verifyKeyMiddleware } = require("discord-interactions");

const app = express();
app.post("/discord/interactions", verifyKeyMiddleware(process.env.PUBLIC_KEY), (req, res) => {
  if (req.body.type === InteractionType.PING) {
    return res.send({ type: InteractionResponseType.PONG });
  }
  return res.send({ type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: "ok", allowed_mentions: { parse: [] } } });
});

const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening on ${server.address().port}`);
});
