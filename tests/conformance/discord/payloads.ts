// The checked payloads: every golden response ModelBot sends to Discord, typed against discord-api-types v10.
export * from "./payloads.generated.js";
