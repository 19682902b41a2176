// Bolt's HTTPReceiver verifies the signature (same signing secret as ModelBot) and acks /compare with a fixed reply.
// Started by bench/ModelBot.SlackLoad with PORT and SLACK_SIGNING_SECRET; prints "listening" when ready.
const { App, HTTPReceiver, LogLevel } = require('@slack/bolt');

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  endpoints: ['/slack/commands'],
});
const app = new App({ token: 'xoxb-bench', receiver, tokenVerificationEnabled: false, logLevel: LogLevel.ERROR });

app.command('/compare', async ({ ack }) => {
  await ack({ response_type: 'in_channel', text: 'Muse Spark vs GPT-5.4: fixed reply' });
});

(async () => {
  await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log('listening');
})();
