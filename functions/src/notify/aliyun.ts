import type { SmsGateway, SmsMessage } from './gateway.js';
import type { Template } from './text.js';

export interface AliyunConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (签名), e.g. 社区服务. */
  signName: string;
  /** Our template names → the template codes Aliyun approved (`SMS_123456789`). */
  templateCodes: Partial<Record<Template, string>>;
}

/**
 * Aliyun SMS (短信服务, `@alicloud/dysmsapi20170525`): the template code and its variables. Loaded only
 * when a message is sent in production; the emulator never imports the SDK.
 */
export function aliyunGateway(config: AliyunConfig): SmsGateway {
  let client: Promise<{ send(msg: SmsMessage, code: string): Promise<string> }> | null = null;
  const connect = async () => {
    // CommonJS packages: their exports object is the default import.
    const [{ default: sms }, { default: core }] = await Promise.all([
      import('@alicloud/dysmsapi20170525'),
      import('@alicloud/openapi-core'),
    ]);
    const { $OpenApiUtil } = core;
    const { SendSmsRequest } = sms;
    const api = new sms.default(
      new $OpenApiUtil.Config({
        accessKeyId: config.accessKeyId,
        accessKeySecret: config.accessKeySecret,
        endpoint: 'dysmsapi.aliyuncs.com',
      }),
    );
    return {
      async send(msg: SmsMessage, code: string) {
        const res = await api.sendSms(
          new SendSmsRequest({
            phoneNumbers: msg.to.replace(/^\+86/, ''),
            signName: config.signName,
            templateCode: code,
            templateParam: JSON.stringify(msg.params),
          }),
        );
        const body = res.body;
        if (body?.code !== 'OK')
          throw new Error(`Aliyun SMS: ${body?.code ?? 'no answer'} ${body?.message ?? ''}`);
        return body.bizId ?? '';
      },
    };
  };
  return {
    name: 'aliyun',
    async send(msg) {
      const code = config.templateCodes[msg.template];
      if (!code) throw new Error(`No Aliyun template code configured for ${msg.template}`);
      client ??= connect();
      return { id: await (await client).send(msg, code) };
    },
  };
}
