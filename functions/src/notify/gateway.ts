import type { PushGateway } from './push.js';
import type { Template } from './text.js';

/** One text message for a provider: the approved template and its variables, and the text as rendered. */
export interface SmsMessage {
  /** E.164, a mainland mobile (`+8613800000001`). */
  to: string;
  template: Template;
  params: Record<string, string>;
  text: string;
}

/** A way to send text messages. Throws when the provider did not take the message. */
export interface SmsGateway {
  readonly name: string;
  send(msg: SmsMessage): Promise<{ id: string }>;
}

/**
 * On the emulators: no message leaves the machine. Each is printed in the terminal (as the Auth emulator
 * prints sign-in codes), and its delivery record holds the text.
 */
export function logGateway(print: (line: string) => void = console.log): SmsGateway {
  let n = 0;
  return {
    name: 'local',
    async send(msg) {
      print(`[短信] → ${msg.to}  ${msg.text}`);
      return { id: `local-${Date.now()}-${++n}` };
    },
  };
}

/** The channels the functions send by: text messages, and (where configured) phone notifications. */
export interface Gateways {
  sms: SmsGateway;
  push?: PushGateway | null;
}

/** A text-message gateway alone means text messages only. */
export function channels(g: SmsGateway | Gateways): Gateways {
  return 'send' in g ? { sms: g } : g;
}
