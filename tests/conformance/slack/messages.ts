// The shapes ModelBot sends, built from @slack/types: a slash command reply / response_url message,
// a chat.postMessage body and a Socket Mode ack. Generated files declare their JSON with these types, so an
// unknown field, a wrong block type or a missing required property fails `tsc`.
import type { KnownBlock } from '@slack/types';

export interface ResponseMessage {
  text: string;
  blocks?: KnownBlock[];
  response_type?: 'in_channel' | 'ephemeral';
  replace_original?: boolean;
  thread_ts?: string;
}

export interface ChatPostMessageBody {
  channel: string;
  text: string;
  blocks?: KnownBlock[];
  thread_ts?: string;
  unfurl_links?: boolean;
}

export interface SocketModeAck {
  envelope_id: string;
  payload?: ResponseMessage;
}
