import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

/**
 * The relay's side of join-by-code: a short-lived, one-use drop of a sealed blob (the room's id
 * and key, encrypted in the browser with a key derived from the code; see src/lib/pair-code.ts).
 * The relay never sees the code: it keeps the blob and a verifier, hands the blob to the first
 * caller who shows the verifier and forgets it. Guessing is limited here: 5 wrong verifiers burn a
 * slot, and an address may try 20 claims per 10 minutes.
 */
export interface CodeDropOptions {
  ttlMs?: number;
  maxDrops?: number;
  maxWrongPerSlot?: number;
  claimsPerWindow?: number;
  claimWindowMs?: number;
  now?: () => number;
}

const SLOT = /^[0-9A-HJKMNP-TV-Z]{4}$/;
const B64 = /^[A-Za-z0-9_-]+$/;
const verifier = z.string().regex(B64).length(43);
const dropSchema = z.strictObject({
  slot: z.string().regex(SLOT),
  verifier,
  blob: z.string().regex(B64).max(200),
});
const claimSchema = z.strictObject({ slot: z.string().regex(SLOT), verifier });

interface Drop {
  verifier: Buffer;
  blob: string;
  expires: number;
  wrong: number;
}

const MAX_BODY = 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > MAX_BODY) throw new Error('body too large');
  }
  return JSON.parse(body);
}

function reply(response: ServerResponse, status: number, body: object) {
  response
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

export function codeDrops(options: CodeDropOptions = {}) {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxDrops = options.maxDrops ?? 1000;
  const maxWrong = options.maxWrongPerSlot ?? 5;
  const claimsPerWindow = options.claimsPerWindow ?? 20;
  const windowMs = options.claimWindowMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const drops = new Map<string, Drop>();
  const claims = new Map<string, { count: number; since: number }>();

  const sweep = () => {
    const t = now();
    for (const [slot, drop] of drops) if (drop.expires <= t) drops.delete(slot);
    for (const [ip, c] of claims) if (c.since + windowMs <= t) claims.delete(ip);
  };

  const put = (body: unknown, response: ServerResponse) => {
    const parsed = dropSchema.safeParse(body);
    if (!parsed.success)
      return reply(response, 400, { error: 'expected { slot, verifier, blob }' });
    const { slot, blob } = parsed.data;
    if (drops.has(slot)) return reply(response, 409, { error: 'slot in use: pick another code' });
    if (drops.size >= maxDrops)
      return reply(response, 503, { error: 'the relay holds too many codes: try again later' });
    drops.set(slot, {
      verifier: Buffer.from(parsed.data.verifier),
      blob,
      expires: now() + ttlMs,
      wrong: 0,
    });
    reply(response, 201, { expiresInMs: ttlMs });
  };

  const claim = (body: unknown, ip: string, response: ServerResponse) => {
    const tries = claims.get(ip) ?? { count: 0, since: now() };
    claims.set(ip, tries);
    if (tries.count >= claimsPerWindow)
      return reply(response, 429, { error: 'too many attempts from this address: wait a while' });
    tries.count += 1;
    const parsed = claimSchema.safeParse(body);
    if (!parsed.success) return reply(response, 400, { error: 'expected { slot, verifier }' });
    const drop = drops.get(parsed.data.slot);
    if (!drop) return reply(response, 404, { error: 'no such code (used, expired or never made)' });
    if (!timingSafeEqual(drop.verifier, Buffer.from(parsed.data.verifier))) {
      drop.wrong += 1;
      const left = maxWrong - drop.wrong;
      if (left <= 0) drops.delete(parsed.data.slot);
      return reply(response, 403, { error: 'wrong code', attemptsLeft: left });
    }
    drops.delete(parsed.data.slot);
    reply(response, 200, { blob: drop.blob });
  };

  return {
    size: () => (sweep(), drops.size),
    /** Handles POST /relay/code and /relay/code/claim; false for any other request. */
    handle(request: IncomingMessage, response: ServerResponse): boolean {
      const path = request.url?.split('?')[0];
      if (path !== '/relay/code' && path !== '/relay/code/claim') return false;
      if (request.method !== 'POST') {
        reply(response, 405, { error: 'POST only' });
        return true;
      }
      sweep();
      readJson(request)
        .then((body) => {
          if (path === '/relay/code') put(body, response);
          else claim(body, request.socket.remoteAddress ?? '?', response);
        })
        .catch(() => reply(response, 400, { error: 'expected a small JSON body' }));
      return true;
    },
  };
}
