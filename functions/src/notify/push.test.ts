// @vitest-environment node
/**
 * A notification's payload as a phone's browser receives it: encrypted by `web-push` exactly as the
 * functions send it (RFC 8291, aes128gcm), for a subscription whose keys this test makes as a browser does
 * (a P-256 key pair and a 16-byte auth secret), then DECRYPTED here the way the browser does — with node's
 * crypto alone, step by step from the RFC — and read back as the JSON the service worker shows.
 */
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from 'node:crypto';
import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { pushDevicesMax } from '../../../src/lib/policy';
import { DEV_VAPID_PUBLIC_KEY } from '../../../src/features/notify/vapid';
import { PUSH_DEVICES_MAX } from './config.js';
import { DEV_VAPID } from './dev-vapid.js';
import { isGone, logPushGateway, pushPayload, webPushOptions, type PushOptions } from './push.js';

const b64url = (b: Buffer) => b.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** A browser's side of a subscription: its ECDH key pair and auth secret. */
function browser() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    subscription: {
      endpoint: 'https://fcm.googleapis.com/fcm/send/test-subscription',
      keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) },
    },
  };
}

/** RFC 8291 §3.4 + RFC 8188: what the browser does with a push message's body. */
function decrypt(body: Buffer, ua: ReturnType<typeof browser>): string {
  // The aes128gcm header (RFC 8188 §2.1): salt (16) | record size (4) | key id length (1) | key id — here the
  // application server's ephemeral public key (65 bytes, uncompressed P-256).
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const records = body.subarray(21 + idlen);
  expect(idlen).toBe(65);
  expect(records.length).toBeLessThanOrEqual(rs); // one record

  // ecdh_secret = ECDH(ua_private, as_public)
  const ecdhSecret = ua.ecdh.computeSecret(asPublic);
  // HKDF-Extract(salt=auth_secret, IKM=ecdh_secret), HKDF-Expand(PRK_key, key_info, 32)
  const uaPublic = ua.ecdh.getPublicKey();
  const prkKey = hmac(ua.auth, ecdhSecret);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = hmac(prkKey, Buffer.concat([keyInfo, Buffer.from([1])]));
  // PRK = HKDF-Extract(salt, IKM); CEK = HKDF-Expand(PRK, cek_info, 16); NONCE = HKDF-Expand(PRK, nonce_info, 12)
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  // The only record: AES-128-GCM, its 16-byte tag last; the record's sequence number 0 leaves the nonce as is.
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  // Padding: the plaintext, then the delimiter 0x02 (the last record), then zeros.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

const opts: PushOptions = { ttl: 86400, urgency: 'normal', label: 'Android · Chrome' };
const vapid = { ...DEV_VAPID, subject: 'https://shequ.example.cn' };

describe('a notification as the phone’s browser decrypts it', () => {
  it('is the JSON the service worker shows: title, words, page — nobody’s name, no link in the words', () => {
    const ua = browser();
    const payload = pushPayload(
      'ticketResolved',
      { date: '12月3日', link: 'https://shequ.example.cn/tickets/t1' },
      'zh-CN',
      false,
    );
    const req = webpush.generateRequestDetails(
      ua.subscription,
      JSON.stringify(payload),
      webPushOptions(vapid, opts),
    );
    expect(req.endpoint).toBe(ua.subscription.endpoint);
    expect(req.headers['Content-Encoding']).toBe('aes128gcm');
    expect(req.headers.TTL).toBe(86400);
    expect(req.headers.Urgency).toBe('normal');

    const body = req.body as Buffer;
    expect(body.toString('utf8')).not.toContain('处理完毕'); // encrypted on the wire
    const plain = JSON.parse(decrypt(body, ua)) as unknown;
    expect(plain).toEqual({
      title: '社区服务',
      body: '您家12月3日反映的问题已处理完毕，请确认是否解决并评价。',
      url: 'https://shequ.example.cn/tickets/t1',
      silent: false,
    });

    // Another browser's keys cannot read it (the tag does not verify).
    expect(() => decrypt(body, { ...browser(), auth: ua.auth })).toThrow();
  });

  it('is signed with the community’s VAPID key: the push service can check who sent it', () => {
    const ua = browser();
    const req = webpush.generateRequestDetails(ua.subscription, '{}', webPushOptions(vapid, opts));
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(String(req.headers.Authorization));
    expect(m).not.toBeNull();
    const [jwt, k] = [m![1]!, m![2]!];
    expect(k).toBe(DEV_VAPID.publicKey);
    const [header, claims, sig] = jwt.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toMatchObject({
      aud: 'https://fcm.googleapis.com',
      sub: 'https://shequ.example.cn',
    });
    const raw = Buffer.from(k, 'base64url');
    const key = createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) },
      format: 'jwk',
    });
    const signed = Buffer.from(`${header}.${claims}`);
    expect(verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig, 'base64url'))).toBe(
      true,
    );
  });
});

describe('the push channel’s pieces', () => {
  it('the emulators’ key pair is one pair, the app holds its public half, and the phone limit is the policy’s', () => {
    expect(DEV_VAPID_PUBLIC_KEY).toBe(DEV_VAPID.publicKey);
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(DEV_VAPID.privateKey, 'base64url'));
    expect(b64url(ecdh.getPublicKey())).toBe(DEV_VAPID.publicKey);
    expect(PUSH_DEVICES_MAX).toBe(pushDevicesMax);
  });

  it('gone means 404 or 410 from the push service; other refusals are tried again', () => {
    expect(isGone({ statusCode: 410 })).toBe(true);
    expect(isGone({ statusCode: 404 })).toBe(true);
    expect(isGone({ statusCode: 429 })).toBe(false);
    expect(isGone(new Error('ECONNRESET'))).toBe(false);
    expect(isGone(null)).toBe(false);
  });

  it('on the emulators each notification is printed, as a text message is', async () => {
    const lines: string[] = [];
    const g = logPushGateway((l) => lines.push(l));
    const payload = pushPayload(
      'ticketNew',
      { building: '3', link: 'http://127.0.0.1:4173/tickets/t1' },
      'zh-CN',
      true,
    );
    await g.send(browser().subscription, JSON.stringify(payload), opts);
    expect(lines).toEqual([
      '[推送] → Android · Chrome  社区服务：3栋有新报事，请及时受理。  http://127.0.0.1:4173/tickets/t1  (静音)',
    ]);
  });
});
